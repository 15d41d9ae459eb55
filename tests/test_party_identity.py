"""One party per organisation, but never one party for two legal entities: names that differ only in
a stated legal form ('Acme B.V.' and its US parent 'Acme Inc.') stay apart, so a transfer between
them is never lost as a party sending data to itself; the merge is proposed instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from importers.batch import import_paths
from model.matching import propose_matches
from model.names import legal_form, same_entity
from model.project import Project


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Acme B.V.", "bv"),
        ("ACME BV", "bv"),
        ("Acme Incorporated", "inc"),
        ("Acme, Inc.", "inc"),
        ("Acme Limited", "ltd"),
        ("Acme GmbH", "gmbh"),
        ("Acme", ""),
        ("Acme Group", ""),
        ("SA", ""),
    ],
)
def test_legal_form_in_one_spelling(name: str, form: str) -> None:
    assert legal_form(name) == form


def test_names_with_different_legal_forms_are_different_entities() -> None:
    assert not same_entity("Acme B.V.", "Acme Inc.")
    assert same_entity("Acme B.V.", "ACME BV")
    assert same_entity("Acme", "Acme Inc.")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_subsidiary_sending_data_to_its_parent_of_the_same_name_keeps_the_transfer(
    tmp_path, capsys
) -> None:
    register = write(tmp_path, "register.csv", "Leverancier;Land;Doorgiftemechanisme\nAcme Inc.;India;\n")
    main(["check", str(register), "--controller", "Acme B.V.", "--json", "--fail-on", "never"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert any(f["rule"] == "no-safeguard" and f["importer"] == "Acme Inc." for f in findings)


def test_the_eu_and_us_entities_of_one_vendor_stay_two_parties_and_a_merge_is_proposed(tmp_path) -> None:
    register = write(
        tmp_path, "vendors.csv", "Vendor,Country\nZendesk B.V.,Netherlands\nZendesk Inc.,United States\n"
    )
    result = import_paths([str(register)], Project())
    countries = {p.name: p.country for p in result.project.parties}
    assert countries["Zendesk B.V."] == "NL" and countries["Zendesk Inc."] == "US"
    proposals = propose_matches(result.project.parties)
    assert any({p.keep_name, p.absorb_name} == {"Zendesk B.V.", "Zendesk Inc."} for p in proposals)


def test_spellings_of_one_legal_form_and_a_name_without_one_are_still_one_party(tmp_path) -> None:
    first = write(tmp_path, "a.csv", "Vendor,Country\nIntrum B.V.,Netherlands\n")
    second = write(tmp_path, "b.csv", "Vendor,Country\nINTRUM BV,Netherlands\nIntrum,Netherlands\n")
    result = import_paths([str(first), str(second)], Project())
    assert [p.name for p in result.project.parties if "ntrum" in p.name.lower()] == ["Intrum B.V."]
