"""The catalogue knows the recipients of sectors DPOs meet (travel, hotels, banks, telecoms, credit,
public bodies, schools, health, recruitment, ad tech, support, e-signature, cloud), finds them in
running text in four languages, and does not take the everyday words among them for names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from importers.notices import parse_text
from model.catalogue import bundled_catalogue

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from catalogue_coverage import DEFAULT, measure, read_rows  # noqa: E402


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in bundled_catalogue().find_in_text(text)]


def test_sector_names_are_known_with_their_country_and_role() -> None:
    rows = read_rows(DEFAULT)
    assert len(rows) >= 500
    results = measure(bundled_catalogue(), rows)
    names, matched, found, right = (sum(len(cells[k]) for cells in results.values()) for k in range(4))
    assert matched / names >= 0.9 and found / names >= 0.9
    assert right / names >= 0.85


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We share your booking with Amadeus, Sabre and Aer Lingus.", ["Amadeus", "Sabre", "Aer Lingus"]),
        ("Wij delen uw reisgegevens met KLM en de NS.", ["KLM", "NS"]),
        ("Wir übermitteln Ihre Daten an die Deutsche Lufthansa und an Sixt.", ["Deutsche Lufthansa", "Sixt"]),
        ("Nous transmettons vos données à la SNCF et à Pronote.", ["SNCF", "Pronote"]),
        ("Exams are proctored by Proctorio and checked by Turnitin.", ["Proctorio", "Turnitin"]),
        ("Wij sturen het dossier naar het OM en de CM.", ["OM", "CM"]),
    ],
)
def test_sector_names_are_found_in_running_text(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pull the lever to render the canvas; prices are in pounds sterling.",
        "We fly to the United Arab Emirates and pay by swift transfer.",
        "wij doen dit om u te helpen; de ns-tijden staan online.",
        "nous livrons des boots et un piano.",
        "Our hotel is in Kings Mews, near Heathrow.",
        "NICE guidance applies in Nice.",
    ],
)
def test_everyday_words_among_the_names_are_not_found(text: str) -> None:
    assert _found(text) == []


def test_a_german_notice_does_not_take_a_capitalised_noun_for_a_name() -> None:
    text = (
        "# Empfänger\n\nWir geben Ihre Daten an folgende Empfänger weiter: Hochschulen, bei denen Sie "
        "einen Magister erworben haben, und die Deutsche Lufthansa.\n"
    )
    named = {r.name for r in parse_text(text, language="de").recipients if r.named}
    assert "Magister" not in named and "Deutsche Lufthansa" in named
