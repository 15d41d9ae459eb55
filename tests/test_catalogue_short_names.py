"""Two-letter short forms the catalogue declares ("TK", "CZ", "EY"): found as names in running
text in four languages, written exactly so and standing alone, and not where the same letters are
a postcode, a country code, a unit or an everyday word."""

from __future__ import annotations

import json

import pytest

from importers.notices import parse_text
from model.catalogue import BUNDLED_CATALOGUE, bundled_catalogue, parse_catalogue


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], org.name) for s, e, org in bundled_catalogue().find_in_text(text)]


def _named(text: str, language: str) -> dict[str, str]:
    return {r.name: r.role for r in parse_text(text, language=language).recipients if r.named and r.name}


TK = "Techniker Krankenkasse"
CZ = "O.W.M. CZ groep Zorgverzekeraar U.A."
EY = "Ernst & Young Global Limited"
BT = "BT Group plc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir übermitteln Ihre Daten an die TK und an die AOK.", [("TK", TK), ("AOK", "AOK-Bundesverband")]),
        ("Wij delen uw declaraties met CZ en met VGZ.", [("CZ", CZ), ("VGZ", "Coöperatie VGZ U.A.")]),
        ("We share call records with BT, EY and NN.", [("BT", BT), ("EY", EY), ("NN", "NN Group N.V.")]),
        ("Nous transmettons vos données à EY, notre commissaire aux comptes.", [("EY", EY)]),
    ],
)
def test_a_declared_short_form_is_found_in_four_languages(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Gebühr beträgt 3 tk je Vorgang.",  # lower case: not the insurer
        "Bitte wenden Sie sich an Ihre Tk-Stelle.",  # joined to another word
        "Die TK-Anlage speichert Anrufe.",
        "Wir liefern nach AT, CZ, DE und PL.",  # a list of country codes
        "Ons adres: Stationsplein 1, 5611 CZ Eindhoven.",  # a Dutch postcode
        "Ons adres is 5611 CZ te Eindhoven; wij vragen dit om u te helpen.",
        "Our warehouse: CZ 110 00 Praha.",  # a postcode after a country code
        "Notre filiale à Prague (CZ) traite les commandes.",  # a country code in brackets
        "Notre filiale se trouve à Brno, CZ.",  # a country after a town
        "WIJ DELEN GEGEVENS MET CZ",  # a heading in capitals: the letters may be any word
        "| tracker.example | A, CM, CM9 | 30 days |",  # cookie names in a cookie table
        "Nos élèves de CM1 et de CM2 partent en classe verte.",  # school years, not the health fund
        "Les données sont conservées 5 ans (cf. art. 2, ey).",
    ],
)
def test_the_same_letters_in_ordinary_text_are_no_name(text: str) -> None:
    assert _found(text) == []


def test_a_notice_names_the_short_form_as_a_recipient_in_four_languages() -> None:
    texts = {
        "de": "# Empfänger\n\nDaten zu Ihrer Versicherung geben wir an Ihre Krankenkasse, etwa die TK.\n\n"
        "Das Porto beträgt 2 tk.\n",
        "nl": "# Ontvangers\n\nWij delen uw declaratiegegevens met uw zorgverzekeraar, bijvoorbeeld CZ.\n\n"
        "Ons kantoor: Stationsplein 1, 5611 CZ Eindhoven. Wij doen dit om u te helpen.\n",
        "en": "# Recipients\n\nWe share your line details with our telecoms provider BT.\n\n"
        "We ship to AT, CZ and DE.\n",
        "fr": "# Destinataires\n\nNous communiquons vos données à notre commissaire aux comptes EY.\n\n"
        "Nous livrons en République tchèque (CZ).\n",
    }
    expected = {"de": {"TK": "insurer"}, "nl": {"CZ": "insurer"}, "en": {"BT"}, "fr": {"EY"}}
    for language, text in texts.items():
        named = _named(text, language)
        if isinstance(expected[language], dict):
            assert named == expected[language], language
        else:
            assert set(named) == expected[language], language


def test_an_undeclared_two_letter_form_stays_silent() -> None:
    # "GB" is a brand of GB Group and a country code: not declared, so never found alone
    assert "GB" not in bundled_catalogue().short_names
    found = _found("Our office in London, GB, and GB Group Plc verify identities.")
    assert found == [("GB Group Plc", "GB Group Plc")]


def test_a_short_name_must_be_two_capitals_and_an_entrys_spelling() -> None:
    raw = json.loads(BUNDLED_CATALOGUE.read_text(encoding="utf-8"))
    for bad, message in [("Tk", "two capital letters"), ("O2", "two capital letters"), ("QQ", "no entry's")]:
        with pytest.raises(ValueError, match=message):
            parse_catalogue({**raw, "short_names": [bad]})
