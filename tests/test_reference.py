"""Reference data: the bundled file's facts, a user's newer file, and clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from model.countries import country_code, country_name
from model.reference import (
    BUNDLED_REFERENCE,
    DestinationStatus,
    ReferenceDataError,
    bundled_reference,
    load_reference,
)

D = DestinationStatus


def test_bundled_reference_facts() -> None:
    ref = bundled_reference()
    eea = {c.code for c in ref.jurisdictions.values() if c.status is D.EEA}
    assert len(eea - {"EU"}) == 30 and "EU" in eea  # the 30 states, and "the EU" when no state is named
    assert ref.jurisdictions["GB"].expires == dt.date(2031, 12, 27)
    assert ref.jurisdictions["US"].status is D.PARTIAL and ref.jurisdictions["US"].legal_risk
    assert {i.id for i in ref.invalidated} == {"safe_harbour", "privacy_shield", "scc_legacy"}
    assert "US" in ref.laws and all(j.source for j in ref.jurisdictions.values())
    assert ref.scenarios["dpf-invalidated"].withdraw == ("US",)


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("NL", D.EEA),
        ("AX", D.EEA),
        ("RE", D.EEA),
        ("CH", D.ADEQUATE),
        ("FO", D.ADEQUATE),
        ("US", D.PARTIAL),
        ("GL", D.THIRD_COUNTRY),
        ("GI", D.THIRD_COUNTRY),
        ("IN", D.THIRD_COUNTRY),
        (None, D.UNKNOWN),
    ],
)
def test_destination_status(code: str | None, status: DestinationStatus) -> None:
    assert bundled_reference().destination(code, dt.date(2026, 11, 22)).status is status


def test_user_can_point_at_a_newer_file(tmp_path: Path) -> None:
    raw = json.loads(BUNDLED_REFERENCE.read_text(encoding="utf-8"))
    raw["version"] = "2027.01"
    raw["jurisdictions"].append(
        {
            "code": "KE",
            "name": "Kenya",
            "status": "adequate",
            "scope": "Whole territory.",
            "decision": "hypothetical",
            "adopted": "2027-01-10",
            "expires": None,
            "source": "https://example.invalid/ke",
        }
    )
    newer = tmp_path / "reference-2027.json"
    newer.write_text(json.dumps(raw), encoding="utf-8")
    ref = load_reference(newer)
    assert ref.version == "2027.01"
    assert ref.destination("KE", dt.date(2027, 2, 1)).status is D.ADEQUATE
    assert ref.destination("KE", dt.date(2026, 12, 1)).lapse == "not yet in force"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ('{"schema": "x"}', "malformed"),
        (
            '{"schema": "transfer-atlas/reference/v1", "version": 1, "as_of": "2026-11-22", '
            '"jurisdictions": [{}]}',
            "malformed",
        ),
    ],
)
def test_bad_reference_file_is_named(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "ref.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=f"ref.json: .*{message}"):
        load_reference(bad)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Verenigde Staten", "US"),
        ("États-Unis", "US"),
        ("Vereinigte Staaten von Amerika", "US"),
        ("USA", "US"),
        ("Verenigd Koninkrijk", "GB"),
        ("Royaume-Uni", "GB"),
        ("uk", "GB"),
        ("Zwitserland", "CH"),
        ("Schweiz", "CH"),
        ("Inde", "IN"),
        ("Indien", "IN"),
        ("Japon", "JP"),
        ("Zuid-Korea", "KR"),
        ("de", "DE"),
        ("CAN", "CA"),
        ("Atlantis", None),
    ],
)
def test_country_names_in_four_languages(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_country_names_are_localised() -> None:
    assert country_name("DE", "nl") == "Duitsland" and country_name("DE", "fr") == "Allemagne"
    assert country_name("EPO", "de") == "Europäische Patentorganisation"


REGISTER_DESTINATIONS = ("US", "CN", "RU", "IN", "ZA", "SG", "PH", "MX", "AU", "TR", "AE", "EG", "AL")


def test_laws_of_concern_for_every_third_country_registers_name() -> None:
    ref = bundled_reference()
    for code in REGISTER_DESTINATIONS:
        assert ref.laws.get(code), code
        for law in ref.laws[code]:
            ratings = dict(law.guarantees)
            assert set(ratings) == {g[0] for g in ref.guarantees} == {"a", "b", "c", "d"}, law.law
            assert set(ratings.values()) <= {"meets", "partly", "does not", "unclear", "not affected"}
            # public sources (the laws, courts, EUR-Lex, EDPB, reporting), never an internal file name
            assert law.sources and all(s.startswith(("https://", "http://")) for s in law.sources), law.law
            assert ".md" not in law.source and law.as_of >= dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda law: law["eeg"].pop("d"), "rates guarantees ['a', 'b', 'c'], expected ['a', 'b', 'c', 'd']"),
        (lambda law: law["eeg"].update(a="bad"), "ratings ['bad'] are not in eeg_ratings"),
        (lambda law: law.update(sources=["chapter-v.md"]), "sources must be a non-empty list of web"),
        (lambda law: law.update(as_of="soon"), "Invalid isoformat string"),
    ],
)
def test_a_malformed_law_of_concern_is_refused_naming_it(tmp_path: Path, change, message: str) -> None:
    raw = json.loads(BUNDLED_REFERENCE.read_text(encoding="utf-8"))
    change(raw["laws_of_concern"]["SG"][0])
    bad = tmp_path / "ref.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        load_reference(bad)
    assert str(bad) in str(err.value) and message in str(err.value)
    if "isoformat" not in message:
        assert "laws_of_concern SG 'Criminal Procedure Code 2010 ss.20, 39 and 40'" in str(err.value)


def test_a_place_given_only_as_the_eu_is_inside_the_eea() -> None:
    """A register cell "European Union" and a Societas Europaea's legal form give "EU": inside the
    EEA (no Chapter V transfer), never a third country."""
    from importers.notices.places import name_country
    from model.countries import country_code

    ref = bundled_reference()
    assert country_code("European Union") == "EU" and name_country("Nordlicht Rückversicherung SE") == "EU"
    assert ref.destination("EU", dt.date(2026, 12, 7)).status is D.EEA and ref.is_eea("EU")
