"""The organisation-mention stage: names a notice gives in lists and in the places notices put
recipients, one small text each (written for these tests), in the languages the cause concerns.

German writes every noun with a capital, so its names without a legal form are not read from
capitalised words (see ``named._placed``); these causes are tested in English, Dutch and French.
"""

from __future__ import annotations

import pytest

from importers.notices import parse_text

_INTRO = {
    "en": 'Larkspur Travel ("we", "us") is the controller. ',
    "nl": "Larkspur Reizen is de verwerkingsverantwoordelijke. ",
    "fr": "Le responsable du traitement est Larkspur Voyages. ",
}


def _named(text: str) -> set[str]:
    """The names of the named recipients of ``text``, in a notice whose controller is stated first."""
    language = parse_text(text).language
    x = parse_text(_INTRO[language] + text)
    return {r.name for r in x.recipients if r.named and r.name}


@pytest.mark.parametrize(
    "text",
    [
        "We pass passenger lists to the port operators, namely Harbourline Services (HLS) and "
        "Westport Marine Terminals (WMT).",
        "Wij geven passagierslijsten door aan de havenbedrijven, namelijk Harbourline Services (HLS) en "
        "Westport Marine Terminals (WMT).",
        "Nous transmettons les listes de passagers aux exploitants du port, notamment Harbourline "
        "Services (HLS) et Westport Marine Terminals (WMT).",
    ],
)
def test_a_name_after_the_short_form_of_the_name_before_it_goes_on_with_the_list(text: str) -> None:
    assert _named(text) >= {"Harbourline Services", "Westport Marine Terminals"}


@pytest.mark.parametrize(
    "text",
    [
        "We share bookings with our service providers Cloudbarn (hosting), Ledgerly (bookkeeping) "
        "and Mailwick (e-mail).",
        "Wij delen boekingen met onze dienstverleners Cloudbarn (hosting), Ledgerly (boekhouding) "
        "en Mailwick (e-mail).",
        "Nous partageons les réservations avec nos prestataires Cloudbarn (hébergement), Ledgerly "
        "(comptabilité) et Mailwick (e-mail).",
    ],
)
def test_names_that_alternate_with_what_each_does_are_all_found(text: str) -> None:
    assert _named(text) == {"Cloudbarn", "Ledgerly", "Mailwick"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nous transmettons votre dossier à nos prestataires, à la CPAL ou à la MUTEX.",
            {"CPAL", "MUTEX"},
        ),
        ("We share your file with our advisers, with the NRDA or with the HLRB.", {"NRDA", "HLRB"}),
        ("Wij delen uw dossier met onze adviseurs, met het RDWX of met het CBLR.", {"RDWX", "CBLR"}),
    ],
)
def test_a_conjunction_with_its_own_preposition_and_article_goes_on_with_the_list(
    text: str, names: set[str]
) -> None:
    assert _named(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nous partageons vos données avec nos filiales, notamment Optique Lumière à Genève.",
            {"Optique Lumière"},
        ),
        ("We share your data with our advisers, such as Ledgerly to Westport Harbour.", {"Ledgerly"}),
    ],
)
def test_a_preposition_alone_does_not_go_on_with_a_list(text: str, names: set[str]) -> None:
    assert _named(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "We share your data with:\n\n- The NRDA: keeps the national register;\n- Cloudbarn (CB): our host.\n",
        "Wij delen uw gegevens met:\n\n- Het RDWX: beheert het landelijke register;\n"
        "- Cloudbarn (CB): onze hostingpartij.\n",
        "Nous partageons vos données avec :\n\n- La CNRT : tient le registre national ;\n"
        "- Cloudbarn (CB) : notre hébergeur.\n",
    ],
)
def test_the_head_of_a_list_item_after_an_article_or_before_its_short_form_is_a_name(text: str) -> None:
    assert len(_named(text)) == 2 and "Cloudbarn" in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "We pass your request to a payment initiation provider of your choice (examples: Quillpay, Paymora).",
        "Wij geven uw verzoek door aan een betaaldienstverlener naar keuze (voorbeelden: Quillpay, Paymora).",
        "Nous transmettons votre demande à un prestataire de paiement de votre choix (exemples : Quillpay, "
        "Paymora).",
    ],
)
def test_names_after_examples_and_a_colon(text: str) -> None:
    assert _named(text) == {"Quillpay", "Paymora"}


def test_provide_a_party_with_data_names_it() -> None:
    text = "We provide the Coastal Safety Agency with the number of passengers on each crossing."
    assert _named(text) == {"Coastal Safety Agency"}


@pytest.mark.parametrize(
    "text",
    [
        "We share bookings with our service providers Cloudbarn (hosting), Ledgerly (payment services) "
        "and Mailwick (e-mail).",
        "Wij delen boekingen met onze dienstverleners Cloudbarn (hosting), Ledgerly (betaaldiensten) "
        "en Mailwick (e-mail).",
        "Nous partageons les réservations avec nos prestataires Cloudbarn (hébergement), Ledgerly "
        "(paiement) et Mailwick (e-mail).",
    ],
)
def test_what_a_name_does_in_its_own_brackets_is_its_role_not_the_next_names(text: str) -> None:
    language = parse_text(text).language
    x = parse_text(_INTRO[language] + text)
    roles = {r.name: r.role for r in x.recipients if r.named and r.name}
    assert roles == {"Cloudbarn": "it_hosting", "Ledgerly": "bank_payment", "Mailwick": "processor"}


def test_a_catalogue_name_after_an_elided_article_is_found() -> None:
    text = "Nous transmettons les déclarations à l’Autorité des marchés financiers."
    x = parse_text(_INTRO["fr"] + text)
    roles = {r.name: r.role for r in x.recipients if r.named and r.name}
    assert roles == {"Autorité des marchés financiers": "regulator"}


@pytest.mark.parametrize(
    "text",
    [
        "We share your booking details with Tidemark, which plans the crossings.",
        "Wij delen uw aankomsttijd met Tidemark, dat de sleuteloverdracht regelt.",
        "Nous partageons vos dates de séjour avec Tidemark pour le planning des nettoyages.",
    ],
)
def test_a_name_after_the_preposition_of_a_sharing_verb_is_found(text: str) -> None:
    assert _named(text) == {"Tidemark"}


@pytest.mark.parametrize(
    "text",
    [
        "We may share your data with Irish authorities when the law requires it.",
        "Wij kunnen uw gegevens delen met Belgische toezichthouders als de wet dat vereist.",
        "Nous pouvons partager vos données avec Belges autorités si la loi l'exige.",
    ],
)
def test_a_word_before_a_role_word_in_lower_case_is_no_name(text: str) -> None:
    assert _named(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We share bookings with our service providers, each receiving what it needs: Stratoweb (hosting), "
        "Paynetic (payment services).",
        "Nous partageons les réservations avec nos prestataires, chacun recevant ce qui lui est utile : "
        "Stratoweb (hébergement), Paynetic (paiement).",
    ],
)
def test_names_after_the_colon_of_a_lead_in_with_a_role_word(text: str) -> None:
    assert _named(text) == {"Stratoweb", "Paynetic"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We share meter readings with the Network Operator Gridway.", "Gridway"),
        ("Wij delen technische gegevens met onze IT-dienstverlener Quillstack.", "Quillstack"),
        ("Nous partageons vos relevés avec notre Prestataire Informatique Quillstack.", "Quillstack"),
    ],
)
def test_role_words_written_with_capitals_before_a_name_are_no_part_of_it(text: str, name: str) -> None:
    assert _named(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Larkspur Travel Ltd is the controller.\n\nThese companies of our group receive the data each task "
        "needs:\n\nAshgrove Life Ltd\n\nClaims handling, archiving\n\nAshgrove Home plc\n\nPolicy "
        "administration\n\nBrackenfield Pensions Ltd\n\nPension administration",
        "Verantwortlich ist die Larkspur Reisen GmbH.\n\nDiese Unternehmen unserer Gruppe erhalten die "
        "Daten, die eine Aufgabe erfordert:\n\nAshgrove Leben AG\n\nSchadenbearbeitung, Archivierung\n\n"
        "Ashgrove Sach AG\n\nVertragsverwaltung\n\nBrackenfeld Pensionen AG\n\nVerwaltung der Renten",
        "Le responsable du traitement est Larkspur Voyages SAS.\n\nCes sociétés de notre groupe reçoivent "
        "les données nécessaires à chaque tâche :\n\nAshgrove Vie SA\n\nGestion des sinistres, archivage\n\n"
        "Ashgrove Habitation SA\n\nGestion des contrats\n\nBrackenfeld Retraite SAS\n\nGestion des retraites",
        "Larkspur Reizen B.V. is de verwerkingsverantwoordelijke.\n\nDeze ondernemingen van onze groep "
        "ontvangen de gegevens die een taak vraagt:\n\nAshgrove Leven N.V.\n\nSchadebehandeling, archivering"
        "\n\nAshgrove Schade N.V.\n\nPolisbeheer\n\nBrackenveld Pensioenen B.V.\n\nPensioenadministratie",
    ],
)
def test_names_alone_on_their_lines_between_what_each_does_are_all_found(text: str) -> None:
    """A list of group companies without bullets (a converted table): each name alone on its
    line, what it does in the paragraph below; every name is found with the lead-in's role."""
    x = parse_text(text)
    named = {r.name: r.role for r in x.recipients if r.named}
    assert len(named) == 3
    assert set(named.values()) == {"group_company"}


@pytest.mark.parametrize(
    "text",
    [
        "Larkspur Travel Ltd is the controller.\n\nWe share your data with these bodies:\n\n"
        "- **Harbour Pilots Guild** – to plan crossings;\n- **Tidewatch** – for weather alerts.",
        "Verantwortlich ist die Larkspur Reisen GmbH.\n\nWir teilen Ihre Daten mit diesen Stellen:\n\n"
        "- **HAFENLOTSEN** – zur Planung der Überfahrten;\n- **TideWatch** – für Wetterwarnungen.",
        "Le responsable du traitement est Larkspur Voyages SAS.\n\nNous partageons vos données avec :\n\n"
        "- **Guilde des Pilotes du Port** : pour planifier les traversées ;\n"
        "- **Tidewatch** : pour les alertes météo.",
        "Larkspur Reizen B.V. is de verwerkingsverantwoordelijke.\n\nWij delen uw gegevens met:\n\n"
        "- **Loodsgilde Haven** – voor de planning van overtochten;\n"
        "- **Tidewatch** – voor weerwaarschuwingen.",
    ],
)
def test_a_name_in_bold_at_the_head_of_a_list_item_is_found(text: str) -> None:
    x = parse_text(text)
    assert len({r.name for r in x.recipients if r.named}) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Larkspur Travel Ltd is the controller. The Harbour Safety and Rescue Board (HSRB) keeps the "
            "register of crossings. We report incidents to the HSRB.",
            "Harbour Safety and Rescue Board",
        ),
        (
            "Larkspur Reizen B.V. is de verwerkingsverantwoordelijke. De Dienst Toezicht Veerdiensten (DTV) "
            "houdt het register bij. Wij melden incidenten aan de DTV.",
            "Dienst Toezicht Veerdiensten",
        ),
        (
            "Le responsable du traitement est Larkspur Voyages SAS. L'Office de sécurité des traversées "
            "(OST) tient le registre. Nous transmettons les incidents à l'OST.",
            "Office de sécurité des traversées",
        ),
    ],
)
def test_a_short_form_defined_earlier_names_the_recipient_by_its_definition(text: str, name: str) -> None:
    x = parse_text(text)
    assert name in {r.name for r in x.recipients if r.named}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Voor het onderhoud schakelen wij aannemers in, zoals Van den Hoek Schilderwerken en "
            "Bouwbedrijf Ter Heide.",
            {"Van den Hoek Schilderwerken", "Bouwbedrijf Ter Heide"},
        ),
        (
            "Nos commandes sont confiées à des transporteurs, comme La Navette Express et Roulier du Lac.",
            {"La Navette Express", "Roulier du Lac"},
        ),
        (
            "We share booking details with our partners, such as The Quayside Group, for joint offers.",
            {"The Quayside Group"},
        ),
    ],
)
def test_a_name_particle_written_with_a_capital_inside_a_sentence_opens_the_name(
    text: str, names: set[str]
) -> None:
    assert _named(text) >= names


@pytest.mark.parametrize(
    "text",
    [
        "Wij delen uw gegevens met de volgende partijen:\n\n- De Hoekse Drukkerij, voor onze nieuwsbrief.",
        "Nous partageons vos données avec : La Navette Express, pour les livraisons.",
    ],
)
def test_a_particle_opening_a_sentence_or_after_a_colon_opens_no_name(text: str) -> None:
    names = _named(text)
    assert names and not any(n.split()[0] in ("De", "La") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Our service providers receive what they need. Payroll is processed by Quayside Payroll.",
            "Quayside Payroll",
        ),
        (
            "Wij werken met dienstverleners. "
            "De loonadministratie wordt uitgevoerd door Kadeloon Administratie.",
            "Kadeloon Administratie",
        ),
        (
            "## Destinataires\n\nLe journal est imprimé et routé par Imprimerie des Quais.",
            "Imprimerie des Quais",
        ),
    ],
)
def test_the_agent_of_a_passive_in_a_recipient_context_is_a_name(text: str, name: str) -> None:
    assert name in _named(text)


def test_an_agent_in_a_sentence_about_something_else_is_no_recipient() -> None:
    text = "Our offices are certified by Harbour Standards Board. We keep your data for six years."
    assert "Harbour Standards Board" not in _named(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Verantwortlich ist die Larkspur Reisen GmbH. Unsere Buchhaltung übernimmt die Steuerkanzlei "
            "Brandt & Partner mbB; dafür übermitteln wir ihr unsere Belege.",
            "Brandt & Partner mbB",
            "auditor_advisor",
        ),
        (
            'Larkspur Travel ("we", "us") is the controller. We share our accounts with our accountants, '
            "Hale & Partners LLP.",
            "Hale & Partners LLP",
            "auditor_advisor",
        ),
    ],
)
def test_a_firm_of_partners_is_named_and_its_partners_are_not_its_role(
    text: str, name: str, role: str
) -> None:
    x = parse_text(text)
    assert {(r.name, r.role) for r in x.recipients if r.named} >= {(name, role)}


def _named_countries(text: str) -> dict[str, str | None]:
    language = parse_text(text).language
    x = parse_text(_INTRO[language] + text)
    return {r.name: r.country for r in x.recipients if r.named and r.name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We share your data with the following processors:\n\n"
            "- Quillstack Limited, Cork;\n- Tidewatch Services Private Limited, Pune and Noida, India;\n"
            "- Vantamail GmbH, Berlin (e-mail delivery).",
            {"Quillstack Limited": "IE", "Tidewatch Services Private Limited": "IN", "Vantamail GmbH": "DE"},
        ),
        (
            "Wij delen uw gegevens met de volgende verwerkers:\n\n"
            "- Quillstack B.V. te Utrecht;\n- Tidewatch Services Private Limited, Pune, India.",
            {"Quillstack B.V.": "NL", "Tidewatch Services Private Limited": "IN"},
        ),
        (
            "Nous partageons vos données avec notre filiale Tidewatch Services Private Limited, à Bangalore, "
            "qui assure le support technique.",
            {"Tidewatch Services Private Limited": "IN"},
        ),
    ],
)
def test_a_town_after_a_name_is_its_address_not_a_party(text: str, expected: dict[str, str]) -> None:
    assert _named_countries(text) == expected


def test_a_street_that_opens_with_a_town_name_gives_no_country() -> None:
    text = (
        "We share your data with our processors, such as Quillstack Limited, Victoria Buildings, "
        "Haddington Road, Dublin 4, Ireland."
    )
    assert _named_countries(text) == {"Quillstack Limited": "IE"}


def test_a_coordinator_of_the_notices_language_joins_two_names_not_one() -> None:
    text = "Wij geven uw adres door aan vervoerders zoals Kadepost, Snelkoerier of Havenexpress."
    assert _named(text) >= {"Kadepost", "Snelkoerier", "Havenexpress"}


def test_an_english_name_may_hold_and() -> None:
    text = "We share reports with public bodies such as the Department of Harbours and Coastal Affairs."
    assert "Department of Harbours and Coastal Affairs" in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wij geven uw adres door aan vervoerders zoals Kadepost, Snelkoerier of Havenexpress, en "
        "aan betaaldiensten zoals Mollie.",
        "Nous transmettons vos coordonnées à nos transporteurs, comme Kadepost, Snelkoerier ou "
        "Havenexpress, et à nos prestataires de paiement comme Lydia.",
    ],
)
def test_every_example_of_a_role_word_takes_its_role(text: str) -> None:
    language = parse_text(text).language
    x = parse_text(_INTRO[language] + text)
    roles = {r.name: r.role for r in x.recipients if r.named}
    # carriers deliver for the controller: processors
    assert {roles.get(n) for n in ("Kadepost", "Snelkoerier", "Havenexpress")} == {"processor"}


@pytest.mark.parametrize(
    "text",
    [
        "## Who receives your data\n\nOur EU representative under Article 27 GDPR is Harbourrep Europe "
        "Limited. Follow us on Facebook and LinkedIn.",
        "## Ontvangers\n\nOnze vertegenwoordiger in de EU is Kaderep B.V. Volg ons op Facebook en LinkedIn.",
        "Verantwortlich ist die Larkspur Reisen GmbH.\n\n## Empfänger\n\nUnser Vertreter in der EU "
        "nach Art. 27 DSGVO ist die Hafenrep GmbH. Folgen Sie uns auf Facebook und LinkedIn.",
        "## Destinataires\n\nNotre représentant dans l'Union est Quairep SAS. Suivez-nous sur Facebook et "
        "LinkedIn.",
    ],
)
def test_the_representative_and_the_networks_to_follow_us_on_receive_nothing(text: str) -> None:
    x = parse_text(text)
    own = x.controller.name if x.controller else None
    intro = "" if own else _INTRO[x.language]
    assert {r.name for r in parse_text(intro + text).recipients if r.named} == set()


@pytest.mark.parametrize(
    "text",
    [
        "## Who receives your data\n\nYou can reach us on WhatsApp or see our pages on Instagram and "
        "LinkedIn.",
        "## Ontvangers\n\nWij zijn bereikbaar via WhatsApp en Facebook. U kunt ons een bericht sturen "
        "via Instagram.",
        "Verantwortlich ist die Larkspur Reisen GmbH.\n\n## Empfänger\n\nSie erreichen uns über "
        "WhatsApp; unsere Seiten auf Instagram und LinkedIn zeigen Neuigkeiten.",
        "## Destinataires\n\nVous pouvez nous contacter via WhatsApp ; nos pages sur Instagram et "
        "LinkedIn présentent nos actualités.",
    ],
)
def test_the_channels_to_contact_us_on_receive_nothing(text: str) -> None:
    """'reach us on WhatsApp', 'bereikbaar via Facebook', 'nos pages sur Instagram': channels the
    reader uses to contact the controller, not parties it passes data to."""
    x = parse_text(text)
    own = x.controller.name if x.controller else None
    intro = "" if own else _INTRO[x.language]
    assert {r.name for r in parse_text(intro + text).recipients if r.named} == set()


def test_a_network_we_share_data_with_is_still_a_recipient() -> None:
    text = "You can reach us on WhatsApp. We share a hashed e-mail with Meta Platforms Ireland Limited."
    x = parse_text(_INTRO["en"] + text)
    assert {r.name for r in x.recipients if r.named} == {"Meta Platforms Ireland Limited"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "## Who receives your data\n\nThe Regional Archive of Kadeport receives files older than twenty "
            "years.",
            "Regional Archive of Kadeport",
        ),
        (
            "## Ontvangers\n\nHet Regionaal Archief Kadeland ontvangt dossiers ouder dan twintig jaar.",
            "Regionaal Archief Kadeland",
        ),
    ],
)
def test_the_subject_of_a_receiving_verb_in_a_recipient_context_is_a_name(text: str, name: str) -> None:
    language = parse_text(text).language
    x = parse_text(_INTRO[language] + "\n\n" + text)
    assert name in {r.name for r in x.recipients if r.named}


def test_a_capitalised_first_word_before_a_receiving_verb_is_no_name() -> None:
    text = "## Ontvangers\n\nTijdens uw opdracht ontvangt u van ons een loonstrook."
    x = parse_text(_INTRO["nl"] + "\n\n" + text)
    assert {r.name for r in x.recipients if r.named} == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "## Aan wie geven wij uw gegevens?\n\nVoor onze taken werken wij samen met andere overheden. "
            "Zo geven wij:\n\n"
            "- de waarde van uw huis door aan de Belastingdienst, die deze gebruikt voor de heffing;\n"
            "- gegevens over uw uitkering door aan het UWV, via een beveiligd netwerk.",
            {"Belastingdienst", "UWV"},
        ),
        (
            "## Who receives your data\n\nWe work with other public bodies where the law requires it. "
            "For example, we send:\n\n"
            "- the rateable value of your home to HMRC, which uses it for tax;\n"
            "- details of your benefit to the DWP, via a secure network.",
            {"HMRC", "DWP"},
        ),
    ],
)
def test_a_public_body_in_a_list_of_recipients_stays_though_its_item_has_a_verb_of_using(
    text: str, names: set[str]
) -> None:
    assert names <= _named(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Verantwortlich ist die Hochschule Talwerk.\n\n## Empfänger\n\nAn öffentliche Stellen geben wir "
            "Daten weiter, wenn ein Gesetz es verlangt:\n\n"
            "das Landesamt für Statistik Nordland für die Hochschulstatistik nach dem Statistikgesetz;\n\n"
            "das Nordländische Krebsregister bei Krebserkrankungen;\n\n"
            "das Standesamt Talwerk bei Geburten;\n\n"
            "das Bundesamt für Zoll und Grenzschutz bei Sendungen ins Ausland.\n\n"
            "Die Krankenkassen erhalten Daten nach dem Sozialgesetzbuch. Innerhalb des Klinikums sehen nur "
            "Beschäftigte Ihre Daten, die sie innerhalb ihrer Aufgaben brauchen.",
            {
                "Landesamt für Statistik Nordland",
                "Standesamt Talwerk",
                "Bundesamt für Zoll und Grenzschutz",
            },
        ),
        (
            "De verwerkingsverantwoordelijke is Gemeente Talwerk.\n\n## Ontvangers\n\n"
            "Wij geven gegevens door "
            "als de wet dat eist:\n\n"
            "het Centraal Bureau voor de Statistiek voor de statistiek van de bevolking;\n\n"
            "de Rijksdienst voor Ondernemend Nederland bij subsidies.",
            {"Centraal Bureau voor de Statistiek", "Rijksdienst voor Ondernemend Nederland"},
        ),
    ],
)
def test_a_public_body_opening_a_line_of_a_recipients_section_is_named(text: str, names: set[str]) -> None:
    x = parse_text(text)
    assert {r.name for r in x.recipients if r.named} == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our collection partner Debtwise Recoveries receives your name, address and the amount owed.", None),
        ("Incassobureau Vordering Noord ontvangt uw naam, adres en het openstaande bedrag.", None),
        (
            "Les factures sont recouvrées par le Trésor public, qui reçoit vos nom et adresse.",
            "Trésor public",
        ),
    ],
)
def test_a_party_that_receives_the_readers_data_is_a_recipient(text: str, name: str | None) -> None:
    found = _named(text)
    assert found and (name is None or name in found)


@pytest.mark.parametrize(
    "text",
    [
        "We receive your details from Tradeview when you apply through its site.",
        "You receive a booking confirmation from Bookly by e-mail.",
        "Wij ontvangen uw gegevens van Woonnet als u zich daar inschrijft.",
    ],
)
def test_we_or_the_reader_receiving_names_no_recipient(text: str) -> None:
    assert _named(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Before we open an account we check your file with credit reference agencies: Northcredit and "
            "Scorewell.",
            {"Northcredit", "Scorewell"},
        ),
        (
            "Bij een aanvraag toetsen wij uw betaalgedrag bij incassobureaus: Vordering Direct en "
            "Inning Zuid.",
            {"Vordering Direct", "Inning Zuid"},
        ),
    ],
)
def test_names_after_a_word_for_their_kind_and_a_colon_are_parties_of_that_kind(
    text: str, names: set[str]
) -> None:
    assert names <= _named(text)
