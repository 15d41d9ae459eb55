"""The catalogue stage of the notice extraction: organisations without a legal form recognised
from the catalogue, their default role, and what the notice says winning over it."""

from __future__ import annotations

from importers.notices import parse_text


def _named(text: str, language: str) -> dict[str, str]:
    return {r.name: r.role for r in parse_text(text, language=language).recipients if r.named and r.name}


def test_a_catalogue_name_without_legal_form_is_a_recipient_in_every_language() -> None:
    items = "\n\n- Personio\n- Sendcloud\n"
    texts = {
        "en": "# Recipients\n\nWe share your data with these parties:" + items,
        "nl": "# Ontvangers\n\nWij delen uw gegevens met deze partijen:" + items,
        "de": "# Empfänger\n\nWir geben Ihre Daten an folgende Empfänger weiter:" + items,
        "fr": "# Destinataires\n\nNous communiquons vos données aux destinataires suivants :" + items,
    }
    for language, text in texts.items():
        assert _named(text, language) == {"Personio": "processor", "Sendcloud": "processor"}, language


def test_what_the_notice_says_beats_the_catalogue_role() -> None:
    text = "# Recipients\n\nWe share your data with Moneybird, our accountant.\n"
    named = _named(text, "en")
    assert named == {"Moneybird": "auditor_advisor"}
    assert "accountant" in next(r.reason for r in parse_text(text, language="en").recipients if r.named)


def test_the_catalogue_role_is_said_to_be_a_default() -> None:
    text = "# Recipients\n\nWe share your data with these parties:\n\n- Personio\n"
    found = [r for r in parse_text(text, language="en").recipients if r.named]
    assert [r.reason for r in found] == ["the notice says nothing of it: the catalogue's role"]


def test_a_word_the_notice_also_writes_in_lower_case_is_not_an_organisation() -> None:
    text = (
        "# Recipients\n\nWe share your data with these parties:\n\n- Sendcloud\n- Always a courier\n\n"
        "We always ask first.\n"
    )
    assert _named(text, "en") == {"Sendcloud": "processor"}


def test_a_product_beside_its_provider_is_not_a_party_of_its_own() -> None:
    text = (
        "# Recipients\n\nWe share your data with Meta Platforms Ireland Limited, which provides Facebook.\n"
    )
    assert list(_named(text, "en")) == ["Meta Platforms Ireland Limited"]


def test_a_short_form_in_brackets_is_not_a_second_party() -> None:
    text = "# Recipients\n\nWe share your data with the Commission for Regulation of Utilities (CRU).\n"
    assert "CRU" not in _named(text, "en")


def test_a_public_authority_the_catalogue_knows_keeps_its_role_over_a_role_word_nearby() -> None:
    # "supplier" speaks of us; the authority's role is fixed by law
    text = (
        "# Privacy notice\n\nLarkspur Energy Ltd is the controller.\n\nWe are the supplier of your "
        "energy; meter readings are shared with the {}.\n"
    )
    found = [r for r in parse_text(text.format("Companies House"), language="en").recipients if r.named]
    assert [(r.name, r.role, r.reason) for r in found] == [
        ("Companies House", "regulator", "a public authority the catalogue knows")
    ]
    # its name says so too ("Commission"): the name is the reason
    found = [
        r
        for r in parse_text(text.format("Commission for Regulation of Utilities"), language="en").recipients
        if r.named
    ]
    assert [(r.name, r.role) for r in found] == [("Commission for Regulation of Utilities", "regulator")]


def test_a_legal_name_has_the_catalogue_role_only_when_it_is_the_catalogues_entity() -> None:
    # 46elks AB is the catalogue's own entity (an SMS gateway); Google Ireland Limited is the
    # contracting entity of Google LLC, whose advertising role it need not share
    text = (
        "# Recipients\n\nLarkspur Travel Ltd is the controller. For text messages we share your "
        "telephone number with 46elks AB. Video statistics go to Google Ireland Limited.\n"
    )
    assert _named(text, "en") == {"46elks AB": "processor", "Google Ireland Limited": "other_third_party"}


def test_the_catalogue_knows_insurers_payment_services_and_identity_schemes() -> None:
    items = "\n\n- MGEN\n- Menzis\n- DAK-Gesundheit\n- Powens\n- Fintecture\n- BankID\n"
    lead = "# Recipients\n\nLarkspur Travel Ltd is the controller. We share your data with these parties:"
    text = lead + items
    assert _named(text, "en") == {
        "MGEN": "insurer",
        "Menzis": "insurer",
        "DAK-Gesundheit": "insurer",
        "Powens": "bank_payment",
        "Fintecture": "bank_payment",
        "BankID": "other_third_party",  # the e-ID scheme is a controller of the identification
    }
