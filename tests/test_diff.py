"""Notice versions: what a new version adds, removes and changes, with the sentences, and `diff`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from importers.notices import parse_text
from importers.notices_diff import Aspect, ChangeKind, diff_notices

OUTSIDE_OLD = (
    "Soms worden uw gegevens opgeslagen buiten de Europese Economische Ruimte. "
    "Wij maken dan contractuele afspraken met de ontvanger."
)
OUTSIDE_NEW = (
    "Onze e-maildienstverlener NimbusMail Inc. verwerkt gegevens in de Verenigde Staten. "
    "Voor die doorgifte gebruiken wij de standaardcontractbepalingen van de Europese Commissie."
)

OLD = f"""Privacyverklaring Noorderlicht Zorg

Laatst gewijzigd op 3 februari 2025.

Wie is verantwoordelijk?

De verwerkingsverantwoordelijke is Noorderlicht Zorg N.V., Stationsweg 40, 9726 AC Groningen, Nederland.

Aan wie geven wij uw gegevens?

Wij geven uw gegevens alleen door als dat nodig is:

- aan verwerkers die in onze opdracht de IT-systemen beheren;
- aan de Belastingdienst, als de wet ons daartoe verplicht.

Gegevens buiten Europa

{OUTSIDE_OLD}
"""

NEW = f"""Privacyverklaring Noorderlicht Zorg

Laatst gewijzigd op 1 september 2025.

Wie is verantwoordelijk?

De verwerkingsverantwoordelijke is Noorderlicht Zorg N.V., Stationsweg 40, 9726 AC Groningen, Nederland.

Welke gegevens gebruiken wij?

Wij gebruiken ook gegevens over uw gezondheid, als dat nodig is voor de uitvoering van uw verzekering.

Aan wie geven wij uw gegevens?

Wij geven uw gegevens alleen door als dat nodig is:

- aan verwerkers die in onze opdracht de IT-systemen beheren;
- aan een incassobureau, als u uw premie niet betaalt.

Gegevens buiten Europa

{OUTSIDE_NEW}
"""


def changes(old: str, new: str) -> set[tuple[Aspect, ChangeKind, str]]:
    result = diff_notices(parse_text(old, source="old.txt"), parse_text(new, source="new.txt"))
    return {(c.aspect, c.kind, c.subject) for c in result.changes}


def test_identical_versions_have_no_changes() -> None:
    assert changes(OLD, OLD) == set()


def test_added_and_removed_items_are_listed() -> None:
    found = changes(OLD, NEW)
    assert {
        (Aspect.COUNTRY, ChangeKind.ADDED, "US"),
        (Aspect.SAFEGUARD, ChangeKind.ADDED, "scc"),
        (Aspect.SAFEGUARD, ChangeKind.REMOVED, "contractual_unspecified"),
        (Aspect.SPECIAL_CATEGORY, ChangeKind.ADDED, "health"),
        (Aspect.ROLE, ChangeKind.ADDED, "debt_collector"),
        (Aspect.ROLE, ChangeKind.REMOVED, "tax_authority"),
    } <= found
    assert (Aspect.RECIPIENT, ChangeKind.REMOVED, "Belastingdienst (tax_authority)") in found


def test_the_reverse_diff_swaps_added_and_removed() -> None:
    forward, backward = changes(OLD, NEW), changes(NEW, OLD)
    swap = {ChangeKind.ADDED: ChangeKind.REMOVED, ChangeKind.REMOVED: ChangeKind.ADDED}
    assert {(a, swap.get(k, k), s) for a, k, s in forward if k in swap} == {
        (a, k, s) for a, k, s in backward if k in swap
    }


def test_quotes_point_into_their_own_version_and_transfer_changes_come_first() -> None:
    result = diff_notices(parse_text(OLD, source="old.txt"), parse_text(NEW, source="new.txt"))
    for change in result.changes:
        assert all(OLD[s.start : s.end] == s.quote for s in change.old_quotes)
        assert all(NEW[s.start : s.end] == s.quote for s in change.new_quotes)
        assert change.old_quotes or change.new_quotes
    flags = [c.affects_transfers for c in result.changes]
    assert flags == sorted(flags, reverse=True) and any(flags) and not all(flags)
    [country] = [c for c in result.changes if c.aspect is Aspect.COUNTRY]
    assert "Verenigde Staten" in country.new_quotes[0].quote


def test_a_notice_that_stops_mentioning_transfers() -> None:
    silent = OLD[: OLD.index("Gegevens buiten Europa")]
    found = changes(OLD, silent)
    assert (Aspect.TRANSFER, ChangeKind.REMOVED, "data may leave the EEA") in found


def test_cli_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    assert main(["diff", str(old), str(old)]) == 0
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "transfer-atlas/notice-diff/v1" and doc["new"]["last_updated"] == "2025-09-01"
    [us] = [c for c in doc["changes"] if c["aspect"] == "country"]
    assert (
        us["change"] == "added"
        and us["affects_transfers"]
        and us["new_evidence"][0]["quote"].startswith("Onze")
    )
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "concerning transfers (redo the TIAs they touch)" in out and "! + country: US" in out


def test_cli_diff_names_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "v1.txt"
    old.write_text(OLD, encoding="utf-8")
    assert main(["diff", str(old), str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
