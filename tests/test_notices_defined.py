"""The stage that finds names a notice defines with their short form in brackets
(``importers.notices.defined``), on small texts written for these tests in the four languages."""

from __future__ import annotations

import pytest

from importers.notices.defined import defined_names, short_forms
from importers.notices.document import NoticeDoc
from importers.notices.lexicon import lexicon
from importers.notices.segment import segment


def _doc(text: str, language: str) -> NoticeDoc:
    return NoticeDoc.build(text, language, lexicon(language), segment(text))


def _defined(text: str, language: str) -> list[str]:
    doc = _doc(text, language)
    return [m.name for i in range(len(doc.sentences)) for m in defined_names(doc, i)]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "We inform the Harbour Safety and Rescue Board (HSRB) of incidents.",
            "Harbour Safety and Rescue Board",
        ),
        # the short form may leave out the name's first words
        (
            "en",
            "Claims go to the Commission for Ferry Regulation (FerReg).",
            "Commission for Ferry Regulation",
        ),
        (
            "nl",
            "Wij melden dit aan de Dienst Toezicht Veerdiensten en Havens (DTVH).",
            "Dienst Toezicht Veerdiensten en Havens",
        ),
        # a hyphenated word gives a letter for each part; a joiner may give one too
        (
            "nl",
            "Wij delen dit met de Belastingunie Kop van West-Brabant (BKWB).",
            "Belastingunie Kop van West-Brabant",
        ),
        (
            "de",
            "Wir melden Schäden an den Verband der Fährunternehmen Bayerns (VFB).",
            "Verband der Fährunternehmen Bayerns",
        ),
        # French writes such names in sentence case; a word may give two letters ("Fi")
        (
            "fr",
            "Nous transmettons vos données à la Direction régionale des finances portuaires (DRFiP).",
            "Direction régionale des finances portuaires",
        ),
        (
            "fr",
            "Nous informons l'Office pour la sécurité des traversées maritimes (OSTM).",
            "Office pour la sécurité des traversées maritimes",
        ),
    ],
)
def test_a_name_whose_initials_its_short_form_spells_is_found_whole(
    language: str, text: str, name: str
) -> None:
    assert _defined(text, language) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We keep your Passenger reference number (PRN) on file."),  # lower-case words: a term
        (
            "en",
            "Your data stays in the European Economic Area (EEA) under the General Data Protection "
            "Regulation (GDPR).",
        ),
        ("en", "We share data with Harbour Services (HLS)."),  # the short form spells no initials here
        ("de", "Wir speichern die Daten gemäß der Datenschutz-Grundverordnung (DSGVO)."),
        ("fr", "Nous appliquons le Règlement général sur la protection des données (RGPD)."),
        ("nl", "Wij delen gegevens met Havenzicht (HZ)."),
    ],
)
def test_terms_everyday_abbreviations_and_other_brackets_define_no_name(language: str, text: str) -> None:
    assert _defined(text, language) == []


def test_a_short_form_used_alone_later_stands_for_its_definition() -> None:
    doc = _doc(
        "The Harbour Safety and Rescue Board (HSRB) keeps a register. We send incidents to the HSRB.", "en"
    )
    assert short_forms(doc) == {"HSRB": "Harbour Safety and Rescue Board"}
