"""Unit tests of the notice extraction's pieces: segmentation, lexicons, places, names, dates, rules."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.notices import parse_text
from importers.notices.lexicon import LANGUAGES, LexiconError, lexicon, validate_terms
from importers.notices.meta import detect_language, parse_dates
from importers.notices.segment import Kind, segment
from importers.notices.textnorm import TOKEN_RE, fold


def _words(text: str) -> list[str]:
    return [m.group().replace("-", "") for m in TOKEN_RE.finditer(fold(text))]


def _hits(language: str, text: str, kind: str) -> list[str]:
    return [h.label or "x" for h in lexicon(language).matcher.find(_words(text)) if h.kind == kind]


def _roles(x) -> set[str]:
    return {r.role for r in x.recipients}


def test_fold_keeps_length_and_offsets() -> None:
    text = "Rückversicherer’s İstanbul ÉTAT\u00adsoft"
    assert len(fold(text)) == len(text)
    assert fold("Übermittlung") == "ubermittlung"


def test_segment_finds_headings_items_and_their_introducer() -> None:
    text = (
        "# Sharing\n\nWe share data with the following recipients:\n\n- processors;\n- auditors.\n\n"
        "Other text."
    )
    sentences = segment(text)
    kinds = [s.kind for s in sentences]
    assert kinds[0] is Kind.HEADING
    intro = next(s for s in sentences if s.intro)
    items = [s for s in sentences if s.kind is Kind.ITEM]
    assert [text[s.start : s.end] for s in items] == ["processors;", "auditors."]
    assert all(s.parent == intro.number and s.headings == (0,) for s in items)


def test_names_alone_on_their_lines_stay_items_of_their_lead_in() -> None:
    """A list of companies without bullets, each name alone on its line and what it does below
    it (a converted table): the names are items of the lead-in, neither they nor what they do
    are headings; a short title line standing alone still is one."""
    text = (
        "Our Group\n\nThese companies of our group receive data:\n\nAshgrove Life Ltd\n\n"
        "Claims handling, archiving\n\nAshgrove Home Insurance plc\n\nPolicy administration\n\n"
        "Brackenfield Pensions Ltd\n\nSome text follows."
    )
    sentences = segment(text)
    by_text = {text[s.start : s.end]: s for s in sentences}
    intro = by_text["These companies of our group receive data:"]
    names = ["Ashgrove Life Ltd", "Ashgrove Home Insurance plc", "Brackenfield Pensions Ltd"]
    assert all(by_text[n].kind is Kind.ITEM and by_text[n].parent == intro.number for n in names)
    assert by_text["Claims handling, archiving"].kind is Kind.PARA
    assert by_text["Our Group"].kind is Kind.HEADING


def test_sentences_do_not_end_at_abbreviations_or_ordinals() -> None:
    text = "Stand: 15. März 2024. Wir nutzen z. B. die Muster Pvt. Ltd. in Indien. Art. 6 gilt."
    quotes = [text[s.start : s.end] for s in segment(text)]
    assert quotes[0] == "Stand: 15. März 2024."
    assert any("Muster Pvt. Ltd. in Indien" in q for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Quillpay Inc. takes part in the EU-U.S. Data Privacy Framework. We keep records.",
        "Quillpay Inc. neemt deel aan het EU-U.S. Data Privacy Framework. Wij bewaren gegevens.",
        "Quillpay Inc. ist nach dem EU-U.S. Data Privacy Framework zertifiziert. Wir speichern Daten.",
        "Quillpay Inc. adhère au Swiss-U.S. Data Privacy Framework. Nous conservons les données.",
    ],
)
def test_a_dotted_initialism_after_a_hyphen_does_not_end_a_sentence(text: str) -> None:
    """ "EU-U.S. Data Privacy Framework" is one phrase: cut after "U.S." it left "EU-U" as a name."""
    quotes = [text[s.start : s.end] for s in segment(text)]
    assert len(quotes) == 2 and "Data Privacy Framework" in quotes[0]
    names = {
        r.name for r in parse_text('Larkspur Travel ("we") is the controller. ' + text).recipients if r.named
    }
    assert not any(n.startswith(("EU-U", "Swiss-U")) for n in names)


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("nl", "wij schakelen subverwerkers in", "processor"),
        ("nl", "de sub-verwerkers", "processor"),
        ("de", "an Inkasso-Unternehmen", "debt_collector"),
        ("de", "unsere Zahlungsdienstleistern", "bank_payment"),
        ("fr", "les sociétés de recouvrement", "debt_collector"),
        ("en", "credit reference agencies", "credit_bureau"),
        ("de", "die Unternehmen unseres Versicherungsverbunds", "group_company"),
        ("de", "im Unternehmensverbund", "group_company"),
    ],
)
def test_role_words_match_inflections_and_compounds(language: str, text: str, label: str) -> None:
    assert label in _hits(language, text, "role")


def test_separable_verbs_and_short_words() -> None:
    assert _hits("nl", "Wij geven uw gegevens niet door aan derden", "share")
    assert not _hits("de", "Wien", "example")  # "wie" + n is not an inflection
    assert _hits("fr", "des règles d'entreprise contraignantes", "safeguard") == ["bcr"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wij verwerken uw persoonsgegevens en delen deze niet met derden.", "nl"),
        ("We process your personal data and do not share it with anyone.", "en"),
        ("Wir verarbeiten Ihre personenbezogenen Daten und geben sie nicht weiter.", "de"),
        ("Nous traitons vos données personnelles et ne les partageons pas.", "fr"),
        ("Tratamos sus datos personales de acuerdo con la ley y para los fines del contrato.", "es"),
        ("", "und"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("voor het laatst bijgewerkt op 2 maart 2018", "nl", dt.date(2018, 3, 2)),
        ("Last updated: May 25th, 2018", "en", dt.date(2018, 5, 25)),
        ("Stand: 17.03.2016", "de", dt.date(2016, 3, 17)),
        ("Dernière mise à jour : 12 février 2025", "fr", dt.date(2025, 2, 12)),
        ("Last updated January 2026", "en", dt.date(2026, 1, 1)),
    ],
)
def test_dates_in_four_languages(text: str, language: str, date: dt.date) -> None:
    assert parse_dates(text, lexicon(language).months)[0] == date
    assert parse_text(text + "\n\nWe share data.", language=language).last_updated == date


def test_country_case_rules() -> None:
    us = parse_text(
        "Onze leverancier slaat gegevens op in de VS en in Indien nodig ook elders.", language="nl"
    )
    assert [t.destinations for t in us.transfers] == [("US",)]
    lower = parse_text("Our provider stores data for us on servers in Ireland.", language="en")
    assert lower.transfers == ()  # "us" is a pronoun, Ireland is in the EEA


def test_negation_scopes_over_sharing_and_transfers() -> None:
    x = parse_text(
        "We will not disclose your personal data to any third parties. "
        "We do not transfer personal data outside the EEA.",
        language="en",
    )
    assert x.recipients == () and x.transfers == ()
    y = parse_text("Wij geven uw persoonsgegevens niet door aan een derde land.", language="nl")
    assert y.transfers == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Eine Weitergabe Ihrer Daten an Stellen in Ländern außerhalb der Europäischen Union oder des "
            "Europäischen Wirtschaftsraums findet nicht statt.",
        ),
        (
            "nl",
            "Een doorgifte van uw gegevens naar landen buiten de Europese Unie of de Europese Economische "
            "Ruimte vindt niet plaats.",
        ),
    ],
)
def test_a_negation_closing_a_verb_final_clause_reaches_over_its_object(language: str, text: str) -> None:
    """The negation before the clause's final verb ("findet nicht statt") negates the whole clause,
    however long the place named in it ("… der EU oder des EWR")."""
    assert parse_text(text, language=language).transfers == ()


def test_a_negation_beside_a_word_does_not_reach_a_clause_s_end() -> None:
    x = parse_text(
        "Wir übermitteln Daten an Dienstleister außerhalb der Europäischen Union, die nicht für uns "
        "werben; dafür nutzen wir Standardvertragsklauseln.",
        language="de",
    )
    assert x.transfers != ()


def test_a_numbered_title_with_its_text_on_the_next_line_is_a_heading() -> None:
    text = (
        "Datenschutzhinweise\n\n3. Weitergabe in Drittländer\nWir speichern Ihre Daten nur in "
        "Deutschland. Eine Weitergabe in ein Drittland erfolgt nicht.\n\n"
        "Wir erheben:\n1. Name\n2. Anschrift\n"
    )
    sentences = segment(text)
    quotes = {text[s.start : s.end]: s.kind for s in sentences}
    assert quotes["3. Weitergabe in Drittländer"] is Kind.HEADING
    assert Kind.HEADING not in (quotes.get("1. Name"), quotes.get("Name"))  # a short list stays a list
    assert parse_text(text, language="de").transfers == ()


def test_data_subjects_and_complaint_authorities_are_not_recipients() -> None:
    x = parse_text(
        "## Sharing\n\nWe collect data about brokers and witnesses.\n\n"
        "You may lodge a complaint with the supervisory authority.",
        language="en",
    )
    assert "intermediary" not in _roles(x) and "regulator" not in _roles(x)


def test_generic_third_parties_give_way_to_their_examples() -> None:
    x = parse_text("We share data with third parties such as payment providers and auditors.", language="en")
    assert _roles(x) == {"bank_payment", "auditor_advisor"}
    y = parse_text("We may share your data with third parties.", language="en")
    assert _roles(y) == {"other_third_party"}


def test_named_recipient_with_legal_form_role_and_country() -> None:
    x = parse_text(
        "Wir übermitteln Daten an Auskunfteien:\n\n- Muster Kredit AG, Bahnstrasse 1, CH-8001 Zürich\n",
        language="de",
    )
    named = [r for r in x.recipients if r.named]
    assert [(r.name, r.role, r.country) for r in named] == [("Muster Kredit AG", "credit_bureau", "CH")]
    assert x.transfers[0].destinations == ("CH",) and x.transfers[0].safeguards == ()


def test_postcode_is_not_a_company() -> None:
    x = parse_text("Wij delen gegevens met derden. Adres: Havenkade 12, 3011 AB Rotterdam.", language="nl")
    assert not any(r.named for r in x.recipients)


def test_controller_with_country_from_address() -> None:
    x = parse_text(
        "Privacy notice\n\nNorthwind Trading Limited is the controller of your data. "
        "Registered office: 1 Harbour Road, Cork, Ireland.",
        language="en",
    )
    assert x.controller is not None
    assert (x.controller.name, x.controller.country) == ("Northwind Trading Limited", "IE")


def test_salary_is_sensitive_only_where_the_notice_says_so() -> None:
    said = parse_text("Wij verwerken bijzondere persoonsgegevens. Het gaat om uw salaris.", language="nl")
    plain = parse_text("Wij verwerken uw naam en uw salaris.", language="nl")
    assert "financial_sensitive" in {c.category for c in said.special_categories}
    assert plain.special_categories == ()


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        ("en", "Coaches working with children need a DBS check before they start.", "criminal"),
        ("en", "Staff of our Irish branch undergo Garda vetting.", "criminal"),
        ("fr", "Pour ces postes nous consultons le bulletin n° 3 du casier judiciaire.", "criminal"),
        ("nl", "Bij sommige aandoeningen doen wij DNA-onderzoek.", "genetic"),
        ("de", "Bei Sportunfällen leiten wir ärztliche Atteste an die Versicherung weiter.", "health"),
        ("fr", "Le laboratoire réalise un test ADN à votre demande.", "genetic"),
    ],
)
def test_special_categories_named_by_their_usual_checks_and_documents(
    language: str, text: str, category: str
) -> None:
    """A record check ("DBS check", "casier judiciaire"), a DNA test or a doctor's certificate is the
    special category it reveals; "n° 3" is a number, not the elided negation "n'"."""
    found = {c.category for c in parse_text(text, language=language).special_categories}
    assert category in found


def test_negated_special_category() -> None:
    x = parse_text(
        "Angaben zu Ihrer Religion verarbeiten wir nicht. Wir verarbeiten Gesundheitsdaten.", language="de"
    )
    assert {c.category for c in x.special_categories} == {"health"}


def test_contractual_obligations_are_an_unspecified_safeguard() -> None:
    x = parse_text(
        "Wij kunnen gegevens opslaan in landen buiten de Europese Economische Ruimte. "
        "Wij leggen de ontvanger daarbij contractuele verplichtingen op.",
        language="nl",
    )
    assert [(t.destinations, [s.value for s in t.safeguards]) for t in x.transfers] == [
        ((), ["contractual_unspecified"])
    ]


def test_a_table_column_that_says_who_receives_data_gives_its_cells_that_context() -> None:
    text = (
        "# Ontvangers\n\n| Doel | Gegevens | Met wie delen wij gegevens? |\n|---|---|---|\n"
        "| Klantenservice | Naam | Belwolk B.V., die telefonie levert.<br>Helpster Inc. |\n"
        "| Betalen | Rekening | Geldpoort B.V. |\n"
    )
    sentences = segment(text)
    header = next(s for s in sentences if text[s.start : s.end] == "Met wie delen wij gegevens?")
    cells = [text[s.start : s.end] for s in sentences if s.parent == header.number]
    assert cells == ["Belwolk B.V., die telefonie levert.", "Helpster Inc.", "Geldpoort B.V."]
    assert all(s.kind is Kind.ITEM for s in sentences if s.parent == header.number)
    names = {r.name for r in parse_text(text).recipients if r.named}
    assert {"Belwolk B.V.", "Helpster Inc.", "Geldpoort B.V."} <= names


def test_a_party_named_first_in_its_row_does_what_the_row_says_in_its_own_language() -> None:
    """A table of parties: each name's function and country stand in the later cells of its row,
    and a row that says nothing of its party takes no function from the row above it."""
    tables = {
        "en": "Sub-processor | Service | Location",
        "de": "Auftragsverarbeiter | Leistung | Standort",
        "fr": "Sous-traitant | Prestation | Pays",
    }
    rows = {
        "en": [
            ("Quillmark Ltd", "Payment processing", "Ireland"),
            ("Ostwind Ltd", "Office cleaning", "Ireland"),
            ("Vellum Ltd", "Debt collection", "United Kingdom"),
        ],
        "de": [
            ("Quillmark GmbH", "Zahlungsabwicklung", "Deutschland"),
            ("Ostwind GmbH", "Reinigung", "Deutschland"),
            ("Vellum Ltd", "Inkasso", "Vereinigtes Königreich"),
        ],
        "fr": [
            ("Quillmark SAS", "Paiement en ligne", "France"),
            ("Ostwind SAS", "Nettoyage des locaux", "France"),
            ("Vellum Ltd", "Recouvrement de créances", "Royaume-Uni"),
        ],
    }
    lead = {
        "en": "We share your data with these sub-processors:",
        "de": "Wir geben Ihre Daten an diese Auftragsverarbeiter weiter:",
        "fr": "Nous transmettons vos données à ces sous-traitants :",
    }
    for language, header in tables.items():
        body = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows[language])
        head = "| " + header + " |\n|---|---|---|\n"
        x = parse_text(lead[language] + "\n\n" + head + body + "\n", language=language)
        found = {r.name: (r.role, r.country) for r in x.recipients if r.named}
        names = [a for a, _, _ in rows[language]]
        assert found[names[0]] == (
            "bank_payment",
            "FR" if language == "fr" else ("DE" if language == "de" else "IE"),
        )
        assert found[names[1]][0] == "processor", language  # the list's role, not the row above's
        assert found[names[2]] == ("debt_collector", "GB"), language


@pytest.mark.parametrize(
    ("language", "lead_in", "plain"),
    [
        (
            "en",
            "We pass your data to the following debt collection agencies.",
            "We keep your data for as long as the law requires.",
        ),
        (
            "nl",
            "Wij geven uw gegevens aan de incassobureaus hieronder.",
            "Wij bewaren uw gegevens zo kort mogelijk.",
        ),
        (
            "de",
            "Wir übermitteln Ihre Daten an die nachstehenden Inkassounternehmen.",
            "Wir speichern Ihre Daten nur so lange wie nötig.",
        ),
        (
            "fr",
            "Nous transmettons vos données aux sociétés de recouvrement ci-dessous.",
            "Nous conservons vos données aussi peu que possible.",
        ),
    ],
)
def test_a_paragraph_that_points_ahead_leads_in_the_list_after_it(
    language: str, lead_in: str, plain: str
) -> None:
    """A lead-in that ends on a full stop ("the following ... .") still leads in its list; a
    paragraph that does not point ahead leads in nothing, whatever list follows it."""
    items = "\n\n- Brightfold Ltd\n- Ostwind Ltd\n"
    sentences = segment(lead_in + items, lexicon(language).list_leads)
    assert [s.parent for s in sentences] == [None, 0, 0]
    sentences = segment(plain + items, lexicon(language).list_leads)
    assert [s.parent for s in sentences] == [None, None, None]
    assert [s.parent for s in segment(lead_in + items)] == [None, None, None]  # no language, no lead


def test_a_name_in_a_later_cell_does_not_take_the_purpose_of_its_row() -> None:
    """A table of processing activities: the purpose in the first cell is the controller's, not
    what the recipient named in a later cell does."""
    text = (
        "# Sharing your data\n\n| Purpose | Recipients |\n|---|---|\n"
        "| Debt collection of unpaid invoices | Reservo Ltd, our IT provider |\n"
    )
    found = {r.name: r.role for r in parse_text(text).recipients if r.named}
    assert found["Reservo Ltd"] != "debt_collector"


def test_cells_of_a_column_that_does_not_name_recipients_are_no_names() -> None:
    text = (
        "# Sharing your data\n\n| Purpose | Data | Recipients |\n|---|---|---|\n"
        "| Bookings | Name, e-mail | Reservo Ltd |\n| Invoicing | Address | Ledgerline Ltd |\n"
    )
    names = {r.name for r in parse_text(text).recipients if r.named}
    assert names == {"Reservo Ltd", "Ledgerline Ltd"}


def test_a_paragraph_in_lower_case_after_a_blank_line_goes_on_with_the_sentence() -> None:
    text = "Nous partageons vos données avec\n\nnos prestataires informatiques.\n\nAutre paragraphe."
    sentences = [text[s.start : s.end] for s in segment(text)]
    assert sentences[0].startswith("Nous partageons") and sentences[0].endswith("informatiques.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Our website is hosted by Cloudbarn Ltd in Ireland.", "Cloudbarn Ltd", "it_hosting"),
        ("Onze website wordt gehost bij Serverkelder B.V. in Delft.", "Serverkelder B.V.", "it_hosting"),
        (
            "Unsere Website wird bei der Serverhaus Allgäu GmbH gehostet.",
            "Serverhaus Allgäu GmbH",
            "it_hosting",
        ),
        ("Vos données sont hébergées par Nuagerie SAS en France.", "Nuagerie SAS", "it_hosting"),
    ],
)
def test_hosting_verbs_say_what_a_party_does(text: str, name: str, role: str) -> None:
    roles = {r.name: r.role for r in parse_text(text).recipients if r.named}
    assert roles.get(name) == role


@pytest.mark.parametrize(
    ("terms", "problem"),
    [
        ({"rolle:processor": ["x"]}, "unknown kind 'rolle'"),
        ({"role:procesor": ["x"]}, "'role' takes one of"),
        ({"share:x": ["x"]}, "'share' takes no label"),
        ({"special:hobbies": ["x"]}, "'special' takes one of"),
        ({"share": "geven"}, "must be a list of terms"),
    ],
)
def test_a_lexicon_with_an_unknown_kind_or_role_is_refused(terms: dict, problem: str) -> None:
    with pytest.raises(LexiconError, match=problem):
        validate_terms(terms, "lexicons/xx.json")


def test_every_language_profile_loads_with_its_fields() -> None:
    for language in LANGUAGES:
        lex = lexicon(language)
        assert lex.copulas and lex.articles and lex.name_joiners and lex.others_possessives
    assert lexicon("de").nouns_capitalised and not lexicon("fr").nouns_capitalised
    assert lexicon("fr").names_in_sentence_case and not lexicon("en").names_in_sentence_case


@pytest.mark.parametrize(
    "text",
    [
        "We do not collect special category personal data (such as your health, religion or ethnic origin).",
        "Wij verwerken geen bijzondere persoonsgegevens, zoals gegevens over uw gezondheid of godsdienst.",
        "Wir verarbeiten keine besonderen Kategorien personenbezogener Daten, etwa Gesundheitsdaten oder "
        "Angaben zur Religion.",
        "Nous ne collectons aucune donnée dite sensible (origine ethnique, opinions politiques,\n\n"
        "convictions religieuses, données de santé).",
    ],
)
def test_examples_of_sensitive_data_a_notice_says_it_does_not_collect_are_not_collected(text: str) -> None:
    assert parse_text(text).special_categories == ()


def test_sensitive_data_a_notice_does_collect_is_kept() -> None:
    text = "We collect special category data, such as health data, when you file a claim."
    assert [c.category for c in parse_text(text).special_categories] == ["health"]


def test_a_table_cell_piece_in_lower_case_goes_on_with_the_sentence_before_it() -> None:
    text = (
        "| Purpose | Recipient |\n| --- | --- |\n"
        "| Recruiting | Talentloop AB<br><br>which provides our platform |\n"
        "| Contact | Talentloop AB<br>Storgatan 1<br>Stockholm |\n"
    )
    cells = [text[s.start : s.end] for s in segment(text) if s.kind is Kind.ITEM]
    assert "Talentloop AB<br><br>which provides our platform" in cells
    assert {"Talentloop AB", "Storgatan 1", "Stockholm"} <= set(cells)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("UAB “Nordvejas", "UAB Nordvejas"),  # the quote opened, the name cut before it closed
        ("Les Éditions «Soleil»", "Les Éditions «Soleil»"),  # balanced quotes stay
        ("Acme “Blue” Ltd", "Acme “Blue” Ltd"),
    ],
)
def test_a_name_keeps_no_quote_it_does_not_close(raw: str, name: str) -> None:
    from importers.notices.organisations import clean_name

    assert clean_name(raw) == name


def test_a_kind_of_local_office_is_a_described_recipient_not_a_name() -> None:
    """ "das zuständige Finanzamt" is one of hundreds of tax offices: the role, not an organisation."""
    x = parse_text(
        "Verantwortlich ist die Larkspur Reisen GmbH. "
        "Rechnungsdaten geben wir an das zuständige Finanzamt weiter.",
        language="de",
    )
    assert "tax_authority" in {r.role for r in x.recipients if not r.named}
    assert not [r.name for r in x.recipients if r.named]


@pytest.mark.parametrize(
    ("language", "glossary", "defined", "processed"),
    [
        (
            "en",
            "Definitions",
            "Special categories of personal data means data about health, religion or trade union "
            "membership.",
            "We process data about your health when you tell us about an allergy.",
        ),
        (
            "nl",
            "Begrippenlijst",
            "Onder bijzondere persoonsgegevens verstaan wij gegevens over gezondheid, religie of "
            "vakbondslidmaatschap.",
            "Wij verwerken gegevens over uw gezondheid als u ons over een allergie vertelt.",
        ),
        (
            "de",
            "Begriffsbestimmungen",
            "Besondere Kategorien personenbezogener Daten bezeichnet Daten über Gesundheit, Religion oder "
            "Gewerkschaftszugehörigkeit.",
            "Wir verarbeiten Daten über Ihre Gesundheit, wenn Sie uns von einer Allergie erzählen.",
        ),
        (
            "fr",
            "Définitions",
            "Les catégories particulières de données désignent les données de santé, la religion ou "
            "l'appartenance syndicale.",
            "Nous traitons des données relatives à votre santé lorsque vous nous signalez une allergie.",
        ),
    ],
)
def test_a_definition_of_sensitive_data_or_of_recipients_processes_and_shares_nothing(
    language: str, glossary: str, defined: str, processed: str
) -> None:
    """A glossary's entries and a sentence that defines a term name kinds of data and of parties:
    only what the notice says it processes counts."""
    entries = {
        "en": "- Recipient: a natural or legal person, public authority or agency to which data are "
        "disclosed.\n"
        "- Special category data: data revealing political opinions or religious beliefs.",
        "nl": "- Ontvanger: een natuurlijke persoon, overheidsinstantie of dienst aan wie gegevens worden "
        "verstrekt.\n"
        "- Bijzondere persoonsgegevens: gegevens over politieke opvattingen of religie.",
        "de": "- Empfänger: eine natürliche oder juristische Person, Behörde oder Stelle, der Daten "
        "offengelegt werden.\n"
        "- Besondere Kategorien: Daten über politische Meinungen oder religiöse Überzeugungen.",
        "fr": "- Destinataire : une personne physique ou morale, une autorité publique ou un service "
        "qui reçoit des données.\n"
        "- Catégories particulières : les opinions politiques ou les convictions religieuses.",
    }
    text = f"# {glossary}\n\n{entries[language]}\n\n# Privacy\n\n{defined} {processed}\n"
    x = parse_text(text, language=language)
    assert {c.category for c in x.special_categories} == {"health"}
    assert not x.recipients


def test_a_sentence_that_names_sensitive_data_and_what_we_do_with_it_is_no_definition() -> None:
    x = parse_text(
        "Special categories of personal data: we process data about your health to adjust your booking.",
        language="en",
    )
    assert {c.category for c in x.special_categories} == {"health"}


def test_a_body_named_by_its_head_word_and_a_place_is_one_named_recipient() -> None:
    """ "Finanzamt Grimma", "Landratsamt Wurzen": one body, named whole, with the head word's role;
    no separate described recipient for the head word inside the name."""
    x = parse_text(
        "Verantwortlich ist die Larkspur Reisen GmbH. Wir übermitteln Daten an folgende Stellen:\n\n"
        "- Finanzamt Grimma, zur Prüfung der Gemeinnützigkeit\n- Landratsamt Wurzen, für Zuschüsse\n",
        language="de",
    )
    assert {r.name: r.role for r in x.recipients if r.named} == {
        "Finanzamt Grimma": "tax_authority",
        "Landratsamt Wurzen": "regulator",
    }
    assert "tax_authority" not in {r.role for r in x.recipients if not r.named}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We share your data with our lawyers Hartley & Voss.", {"Hartley & Voss"}),
        ("Wij delen uw gegevens met ons accountantskantoor Brandsma & Kok.", {"Brandsma & Kok"}),
        ("Nous partageons vos données avec notre cabinet d'avocats Dufay & Roux.", {"Dufay & Roux"}),
        ("We share data with Meta & Google for advertising.", {"Meta", "Google"}),
    ],
)
def test_two_words_joined_by_an_ampersand_are_one_firm_unless_both_are_known(
    text: str, names: set[str]
) -> None:
    intro = {
        "en": 'Larkspur Travel Ltd ("we") is the controller. ',
        "nl": "Larkspur Reizen B.V. is verantwoordelijk. ",
    }
    x = parse_text(intro.get("nl" if "Wij" in text else "en", "") + text)
    assert {r.name for r in x.recipients if r.named} == names


@pytest.mark.parametrize(
    ("language", "text", "controller"),
    [
        (
            "fr",
            "L'association Les Jardins du Partage gère le site jardins-partage.fr. Elle est responsable des "
            "traitements décrits ici. Nous utilisons Google Workspace pour nos e-mails.",
            "Les Jardins du Partage",
        ),
        (
            "de",
            "Der Förderverein Lindenschule betreibt diese Seite. Er ist verantwortlich für die Verarbeitung "
            "Ihrer Daten.",
            "Förderverein Lindenschule",
        ),
        (
            "en",
            "Harbour Food Bank runs this website. It is the controller of your personal data.",
            "Harbour Food Bank",
        ),
        (
            "nl",
            "Tandartspraktijk Lindehof (vof, Dorpsstraat 3, 6041 CJ Roermond) is verantwoordelijk voor "
            "uw gegevens.",
            "Tandartspraktijk Lindehof",
        ),
    ],
)
def test_the_controller_named_through_a_pronoun_or_responsible_for_your_data(
    language: str, text: str, controller: str
) -> None:
    """ "Elle est responsable des traitements" speaks of the organisation that opens the sentence
    before; "X is verantwoordelijk voor uw gegevens" names X."""
    found = parse_text(text, language=language).controller
    assert found is not None and found.name == controller


@pytest.mark.parametrize(
    ("language", "text", "destination"),
    [
        (
            "en",
            'Larkspur Travel Ltd ("we") is the controller. We do not transfer your data outside the EEA, '
            "except to our support centre Quillcall Inc. in the United States.",
            "US",
        ),
        (
            "de",
            "Verantwortlich ist die Larkspur Reisen GmbH. Außer an unser Servicecenter in der Türkei "
            "übermitteln wir keine Daten in Länder außerhalb des EWR.",
            "TR",
        ),
        (
            "nl",
            "Larkspur Reizen B.V. is verantwoordelijk. Wij geven geen gegevens door buiten de EER, "
            "behalve aan ons klantcentrum in India.",
            "IN",
        ),
        (
            "fr",
            "Le responsable du traitement est Larkspur Voyages. Nous ne transférons pas vos données hors de "
            "l'UE, sauf vers notre centre d'appels au Maroc.",
            "MA",
        ),
    ],
)
def test_an_exception_to_a_negated_transfer_is_a_transfer(language: str, text: str, destination: str) -> None:
    """ "No transfers outside the EEA, except to X in the US": the exception is a transfer there,
    and a party named in it receives data; without the exception nothing leaves the EEA."""
    x = parse_text(text, language=language)
    assert [t.destinations for t in x.transfers] == [(destination,)]
    negated = text.split(", except")[0].split(", behalve")[0].split(", sauf")[0] + "."
    if language != "de":
        assert not parse_text(negated, language=language).transfers
    if language == "en":
        assert {r.name for r in x.recipients if r.named} == {"Quillcall Inc."}


def test_a_german_name_in_apposition_to_a_role_word_is_a_named_recipient() -> None:
    """In German every noun has a capital, so a name without legal form is found where the notice
    sets it beside its role: "an unsere Hausbank, die Taunus Sparkasse"; one word after the comma
    ("die Bundesnetzagentur, das Hauptzollamt") is no such name."""
    x = parse_text(
        "Verantwortlich ist der Turnverein Eiche. Dazu übermitteln wir Name, IBAN und Betrag an unsere "
        "Hausbank, die Taunus Sparkasse. Offene Beiträge übergeben wir unserem Inkassobüro, "
        "die Forderwerk Mitte.",
        language="de",
    )
    assert {r.name: r.role for r in x.recipients if r.named} == {
        "Taunus Sparkasse": "bank_payment",
        "Forderwerk Mitte": "debt_collector",
    }
    y = parse_text(
        "Verantwortlich ist der Turnverein Eiche. Wir übermitteln Daten an unsere Bank, "
        "die Daten für uns prüft.",
        language="de",
    )
    assert not [r for r in y.recipients if r.named]


def test_a_federal_authority_known_by_its_short_name_is_named() -> None:
    """The catalogue's "Bundesnetzagentur für Elektrizität, Gas, ..." is written "Bundesnetzagentur"."""
    x = parse_text(
        "Verantwortlich ist die Stadtwerke Muldental GmbH. Wir übermitteln Daten an die Bundesnetzagentur, "
        "wenn sie diese anfordert.",
        language="de",
    )
    assert {r.name: r.role for r in x.recipients if r.named} == {"Bundesnetzagentur": "regulator"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Verantwortlich ist die Larkspur Reisen GmbH, Hauptstr. 3, 10115 Berlin. Für E-Mail nutzen wir "
            "Google Workspace (Google Ireland Limited).",
        ),
        (
            "fr",
            "Le responsable du traitement est Larkspur Voyages SAS, 3 rue Haute, 75001 Paris. Nous utilisons "
            "Google Workspace (Google Ireland Limited) pour nos e-mails.",
        ),
        (
            "en",
            'Larkspur Travel Ltd ("we") is the controller. We use Google Workspace (Google Ireland Limited).',
        ),
    ],
)
def test_the_controllers_country_is_not_read_from_a_vendor_named_after_it(language: str, text: str) -> None:
    """ "Ireland" in "Google Ireland Limited", in the sentence after the controller's, is no address
    of the controller's; the vendor is still a recipient."""
    x = parse_text(text, language=language)
    assert x.controller is not None and x.controller.country != "IE"
    assert "Google Ireland Limited" in {r.name for r in x.recipients if r.named}


@pytest.mark.parametrize(
    "text",
    [
        "Acme Ltd is the controller. You can unlock the app with your fingerprint or Face ID.",
        "Acme B.V. is de verwerkingsverantwoordelijke. U kunt de app met een vingerafdruk "
        "ontgrendelen.",
        "Verantwortlich ist die Acme GmbH. Sie können die App mit Ihrem Fingerabdruck entsperren.",
        "Acme SAS est responsable du traitement. Vous pouvez déverrouiller l'application avec "
        "votre empreinte digitale.",
        "Acme Ltd is the controller. For boarding kennels we record the breed of your dog.",
        "Acme B.V. is de verwerkingsverantwoordelijke. Voor het pension noteren wij het ras van uw hond.",
        "Verantwortlich ist die Acme GmbH. Für die Tierpension erfassen wir die Rasse Ihres Hundes.",
        "Acme SAS est responsable du traitement. Pour la pension, nous notons la race de votre chien.",
    ],
)
def test_a_fingerprint_that_unlocks_a_device_or_an_animals_breed_is_no_special_category(text: str) -> None:
    assert not parse_text(text).special_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Acme Ltd is the controller. We scan your fingerprint at the gym entrance.", "biometric"),
        ("Acme B.V. is de verwerkingsverantwoordelijke. Wij noteren uw etnische afkomst.", "racial_ethnic"),
    ],
)
def test_the_same_words_in_their_own_sense_stay_special_categories(text: str, category: str) -> None:
    assert category in {c.category for c in parse_text(text).special_categories}


@pytest.mark.parametrize(
    ("text", "safeguard"),
    [
        (
            "Verantwortlich ist die Acme GmbH. Wir übermitteln Buchungsdaten an die Tripco Inc. in den USA "
            "nach Art. 49 Abs. 1 S. 1 lit. a DSGVO.",
            "consent",
        ),
        (
            "Acme Ltd is the controller. We send bookings to Tripco Inc. in the United States under "
            "Article 49(1)(b) GDPR.",
            "contract_necessity",
        ),
        (
            "Acme B.V. is de verwerkingsverantwoordelijke. Wij geven gegevens door aan Tripco Inc. in de "
            "Verenigde Staten op grond van art. 49, lid 1, onder e AVG.",
            "other_derogation",
        ),
        (
            "Acme SAS est responsable du traitement. Nous transférons vos données à Tripco Inc. aux "
            "États-Unis sur le fondement de l'article 49, paragraphe 1, point a) du RGPD.",
            "consent",
        ),
        (
            "Verantwortlich ist die Acme GmbH. Wir übermitteln Buchungsdaten an die Tripco Inc. in den USA. "
            "Die Übermittlung erfolgt nach Art. 49 Abs. 1 lit. b DSGVO.",
            "contract_necessity",
        ),
    ],
)
def test_the_point_of_article_49_cited_gives_the_derogation(text: str, safeguard: str) -> None:
    transfers = [t for t in parse_text(text).transfers if t.outside_eea]
    assert transfers and {s.value for s in transfers[0].safeguards} == {safeguard}


@pytest.mark.parametrize(
    "text",
    [
        "Acme Ltd is the controller. We do not collect data revealing racial or ethnic origin, political "
        "opinions, religious beliefs, trade union membership, genetic or biometric data, or data concerning "
        "health or sex life.",
        "Acme Ltd is the controller. Special categories of data (such as health data) are not processed.",
        "Verantwortlich ist die Acme GmbH. Besondere Kategorien personenbezogener Daten (z. B. "
        "Gesundheitsdaten) werden von uns nicht verarbeitet.",
        "Acme SAS est responsable du traitement. Les données de santé ne sont en aucun cas collectées.",
    ],
)
def test_a_negation_after_a_passive_subject_or_over_a_long_list_covers_every_category(text: str) -> None:
    assert not parse_text(text).special_categories


@pytest.mark.parametrize(
    "text",
    [
        "Acme Ltd is the controller. Your health data is processed by our doctors and is not shared.",
        "Acme SAS est responsable du traitement. Vos données de santé sont traitées par nos médecins et ne "
        "sont pas transmises.",
        "Acme Ltd is the controller. We do not collect your address. We process health data for members.",
    ],
)
def test_a_negation_of_another_predicate_leaves_the_category(text: str) -> None:
    assert {c.category for c in parse_text(text).special_categories} == {"health"}
