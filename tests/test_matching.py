"""One party per organisation: merge proposals for close names, never merged silently."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from model.ids import PartyId
from model.interchange import project_json
from model.matching import (
    CONTAINED,
    MAX_CONTAINING,
    SAME_BUT_PLACE,
    SAME_NAME,
    SIMILAR,
    accept,
    propose_matches,
)
from model.parties import PartyKind, ReviewStatus, Role
from model.store import load_project, save_project
from tests.factories import flow, party, project


def pairs(*names: str, threshold: float = 85.0) -> set[tuple[str, str, str]]:
    parties = [party(f"p{i}", n) for i, n in enumerate(names)]
    return {(m.keep_name, m.absorb_name, m.reason) for m in propose_matches(parties, threshold)}


def test_names_equal_once_legal_forms_are_set_aside_are_proposed() -> None:
    assert pairs("Cigna Europe", "Cigna Europe group") == {("Cigna Europe group", "Cigna Europe", SAME_NAME)}
    assert pairs("Intrum B.V.", "intrum") == {("Intrum B.V.", "intrum", SAME_NAME)}
    assert pairs("Société Générale S.A.", "Societe Generale") == {
        ("Société Générale S.A.", "Societe Generale", SAME_NAME)
    }


def test_a_name_with_words_added_is_proposed() -> None:
    assert pairs("Intrum", "Intrum Justitia AB") == {("Intrum Justitia AB", "Intrum", CONTAINED)}
    assert pairs("Cigna Europe", "Cigna Europe Insurance Company") == {
        ("Cigna Europe Insurance Company", "Cigna Europe", CONTAINED)
    }


def test_similar_spellings_are_proposed() -> None:
    assert pairs("Microsoft Ireland Operations", "Microsft Ireland Operations") == {
        ("Microsoft Ireland Operations", "Microsft Ireland Operations", SIMILAR)
    }
    assert pairs("Ireland Microsoft", "Microsoft Ireland") == {
        ("Ireland Microsoft", "Microsoft Ireland", SAME_NAME)
    }


@pytest.mark.parametrize(
    "names",
    [
        ("Bank of America", "Bank of Ireland"),
        ("ING Bank", "ABN AMRO Bank"),
        ("Acme Cloud", "Apex Clouds"),
        ("Nationale-Nederlanden", "Nationale Borg"),
        ("Intrum", "Interpolis"),
        ("Gunu Deutschland", "Duru Deutschland"),
        ("Acme Nederland", "Apex Nederland"),
        ("Liu Ltd", "Liru Ltd"),
    ],
)
def test_different_organisations_are_not_proposed(names: tuple[str, str]) -> None:
    assert pairs(*names) == set()


def test_names_differing_in_places_or_generic_words_are_proposed() -> None:
    assert pairs("Acme Nederland B.V.", "Acme Deutschland GmbH") == {
        ("Acme Deutschland GmbH", "Acme Nederland B.V.", SAME_BUT_PLACE)
    }
    assert pairs("Skyvault Inc.", "Skyvault Europe Services Ltd") == {
        ("Skyvault Europe Services Ltd", "Skyvault Inc.", SAME_BUT_PLACE)
    }


def test_the_threshold_decides_for_similar_spellings() -> None:
    assert pairs("Intrum Justitia", "Intrun Justitia", threshold=95) == set()
    assert pairs("Intrum Justitia", "Intrun Justitia", threshold=90) != set()


def test_a_name_in_many_others_is_too_generic_to_propose() -> None:
    names = [
        "Data",
        *(
            f"Data {word}"
            for word in (
                "Alpha",
                "Beta",
                "Gamma",
                "Delta",
                "Epsilon",
                "Zeta",
                "Eta",
                "Theta",
                "Iota",
                "Kappa",
                "Lambda",
            )
        ),
    ]
    assert len(names) - 1 > MAX_CONTAINING
    assert not any(absorb == "Data" for _, absorb, _ in pairs(*names))


def test_described_rejected_and_placeholder_parties_are_left_out() -> None:
    parties = [
        party("a", "Intrum"),
        party("b", "Intrum", kind=PartyKind.DESCRIBED),
        replace(party("c", "Intrum B.V."), review=ReviewStatus.REJECTED),
        party("d", "Intrum", placeholder=True),
    ]
    assert propose_matches(parties) == []


def test_aliases_are_compared_too() -> None:
    parties = [
        replace(party("a", "IJ Holding"), aliases=("Intrum Justitia",)),
        party("b", "Intrum Justitia AB"),
    ]
    [match] = propose_matches(parties)
    assert {match.keep, match.absorb} == {"a", "b"} and match.reason == SAME_NAME


def test_the_confirmed_party_is_the_one_kept() -> None:
    confirmed = replace(party("b", "Intrum"), review=ReviewStatus.CONFIRMED)
    [match] = propose_matches([party("a", "Intrum Justitia AB"), confirmed])
    assert match.keep == "b" and match.absorb == "a"


def test_proposals_do_not_depend_on_order() -> None:
    names = [
        "Intrum",
        "Intrum Justitia",
        "Cigna Europe",
        "Cigna Europe group",
        "Microsoft Ireland",
        "Microsft Ireland",
        "Bank of America",
        "Bank of Ireland",
    ]
    parties = [party(f"p{i}", n) for i, n in enumerate(names)]
    expected = propose_matches(parties)
    shuffled = parties[:]
    random.Random(3).shuffle(shuffled)
    assert propose_matches(shuffled) == expected and len(expected) == 3


def test_accepting_merges_keeps_the_alias_and_moves_the_flows() -> None:
    p = project(
        party("a", "Intrum Justitia AB", Role.DEBT_COLLECTOR, "SE"),
        party("b", "Intrum", Role.DEBT_COLLECTOR),
        flow("f1", "ctrl", "a"),
        flow("f2", "b", "ctrl"),
    )
    [match] = propose_matches(p.parties)
    merged = accept(p, match)
    kept = merged.party(PartyId("a"))
    assert kept.aliases == ("Intrum",) and [x.id for x in merged.parties] == ["ctrl", "a"]
    assert {(f.exporter, f.importer) for f in merged.flows} == {("ctrl", "a"), ("a", "ctrl")}


def test_cli_parties_lists_proposals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        project_json(
            project(party("a", "Intrum"), party("b", "Intrum Justitia AB"), party("c", "CloudNest B.V."))
        ),
        encoding="utf-8",
    )
    assert main(["parties", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "transfer-atlas/parties/v1"
    assert [p["name"] for p in doc["parties"]] == [
        "Zorgverzekeraar Noord N.V.",
        "CloudNest B.V.",
        "Intrum",
        "Intrum Justitia AB",
    ]
    assert [(m["keep"], m["absorb"]) for m in doc["proposals"]] == [("Intrum Justitia AB", "Intrum")]
    assert main(["parties", str(path), "--proposals"]) == 0
    out = capsys.readouterr().out
    assert "1 proposed merges:" in out and "Intrum Justitia AB  <=  Intrum" in out and "CloudNest" not in out


def test_cli_accepts_proposals_into_the_project_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.atlas"
    p = project(
        party("a", "Intrum"),
        party("b", "Intrum Justitia AB"),
        party("c", "Intrum B.V."),
        party("d", "CloudNest B.V."),
        flow("f1", "ctrl", "b"),
    )
    save_project(p, path)
    assert main(["parties", str(path), "--proposals", "--json"]) == 0
    numbers = {
        (m["keep"], m["absorb"]): m["number"] for m in json.loads(capsys.readouterr().out)["proposals"]
    }
    assert main(["parties", str(path), *(f"--accept={n}" for n in sorted(numbers.values()))]) == 0
    merged = load_project(path)
    [intrum] = [x for x in merged.parties if "Intrum" in x.name]
    assert sorted((intrum.name, *intrum.aliases)) == ["Intrum", "Intrum B.V.", "Intrum Justitia AB"]
    assert [(f.exporter, f.importer) for f in merged.flows] == [("ctrl", intrum.id)]
    assert main(["parties", str(path), "--accept", "1"]) == 2  # nothing left to accept
    assert "no proposal 1 (there are 0)" in capsys.readouterr().err


def test_cli_accept_needs_a_project_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    path.write_text(project_json(project(party("a", "Intrum"), party("b", "Intrum AB"))), encoding="utf-8")
    assert main(["parties", str(path), "--accept", "1"]) == 2
    assert "exactly one INPUT, the .atlas project file" in capsys.readouterr().err
