"""The data categories and purposes a notice states reach its flows (so TIAs do not say "not recorded")."""

from __future__ import annotations

import pytest

from importers.notices import parse_text
from importers.notices.importer import contribution_from
from importers.notices.stated_data import KINDS, LANGUAGES, stated_data, vocabulary

# Sentences written for these tests, one per language: what is collected, why, and one purpose denied.
STATED = {
    "en": (
        "We collect your email address and policy number to handle your claim and for fraud prevention. "
        "We never use your data for marketing.",
        ("contact details", "contract and policy data"),
        ("handling claims", "preventing fraud"),
    ),
    "nl": (
        "Wij verwerken uw e-mailadres en polisnummer voor schadebehandeling en fraudebestrijding. "
        "Wij gebruiken uw gegevens niet voor marketing en nooit voor reclame.",
        ("contactgegevens", "contract- en polisgegevens"),
        ("schadebehandeling", "fraudebestrijding"),
    ),
    "de": (
        "Wir verarbeiten Ihre Telefonnummer und Ihre Bankverbindung zur Vertragserfüllung. "
        "Für Werbung nutzen wir Ihre Daten nicht; keine Daten gehen an Werbepartner für Marketing.",
        ("Kontaktdaten", "Finanz- und Zahlungsdaten"),
        ("Vertragserfüllung",),
    ),
    "fr": (
        "Nous traitons vos coordonnées bancaires et votre adresse postale pour la gestion des sinistres. "
        "Nous n'utilisons jamais vos données pour la prospection commerciale.",
        ("données financières et de paiement", "coordonnées"),
        ("gestion des sinistres",),
    ),
}


@pytest.mark.parametrize("lang", sorted(STATED))
def test_a_notice_s_categories_and_purposes_are_read_in_its_language(lang: str) -> None:
    text, categories, purposes = STATED[lang]
    found = stated_data(text, lang)
    assert set(found.categories) == set(categories)
    assert found.purposes == purposes  # the denied purpose (marketing, Werbung, ...) is not among them


def test_every_flow_of_the_notice_carries_them() -> None:
    text = (
        "Privacy statement of Testverzekeraar B.V.\n\n"
        "We are Testverzekeraar B.V. in Utrecht. We collect your email address and policy number "
        "to handle your claim. Our claims platform is hosted by Cloudhuis B.V. in Amsterdam. "
        "Unpaid premiums are passed to debt collection agencies.\n"
    )
    contribution = contribution_from(parse_text(text, language="en"))
    assert contribution.flows
    for flow in contribution.flows:
        assert set(flow.data_categories) == {"contact details", "contract and policy data"}
        assert {"handling claims", "collecting debts"} <= set(flow.purposes)


def test_a_notice_that_states_nothing_leaves_the_flows_unknown() -> None:
    assert stated_data("Our claims platform is hosted by Cloudhuis B.V. in Amsterdam.", "en").categories == ()


def test_the_vocabulary_names_and_words_every_entry_in_every_language() -> None:
    doc = vocabulary()
    for kind in KINDS:
        for entry in doc[kind].values():
            assert all(entry["name"][lang] and entry["terms"][lang] for lang in LANGUAGES)
