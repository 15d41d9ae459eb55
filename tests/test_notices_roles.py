"""Roles of named recipients: what a body's name says it is, what the words beside a name say it
does, and how they rank (small notices written for these tests, in the four languages)."""

from __future__ import annotations

import pytest

from importers.notices import parse_text
from importers.notices.lexicon import LexiconError, validate_terms

_INTRO = {
    "en": 'Larkspur Travel ("we", "us") is the controller. ',
    "nl": "Larkspur Reizen is de verwerkingsverantwoordelijke. ",
    "de": "Verantwortlicher ist Larkspur Reisen. ",
    "fr": "Le responsable du traitement est Larkspur Voyages. ",
}


def _named(text: str) -> dict[str, str]:
    """Named recipients (name -> role) of ``text`` after a sentence that states the controller."""
    language = parse_text(text).language
    between = "\n\n" if text.startswith("#") else ""  # a heading starts a line
    found = parse_text(_INTRO[language] + between + text, language=language)
    return {r.name: r.role for r in found.recipients if r.named and r.name}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the head word of a public body's name says what it is, where the notice says nothing more
        (
            "We share data with these bodies:\n\n- **Department of Harbours** – for our mooring permit;\n",
            "Department of Harbours",
            "regulator",
        ),
        (
            "Wij verstrekken gegevens aan:\n\n- **Stad Kortrijk** – voor de subsidie van ons kamp;\n",
            "Stad Kortrijk",
            "regulator",
        ),
        (
            "Wir übermitteln Daten an:\n\n- **Landespolizei NRW** – nur auf schriftliche Anforderung;\n",
            "Landespolizei NRW",
            "law_enforcement",
        ),
        (
            "Nous transmettons vos données :\n\n- **Préfecture du Var** – pour la déclaration de la fête ;\n",
            "Préfecture du Var",
            "regulator",
        ),
        # the name's head beats an activity word beside it ("invordering": it collects taxes)
        (
            "Wij verstrekken gegevens aan:\n\n- **Belastingsamenwerking Westland** – voor de heffing en "
            "invordering van de afvalstoffenheffing;\n",
            "Belastingsamenwerking Westland",
            "tax_authority",
        ),
    ],
)
def test_a_body_is_what_its_name_says(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We share data with these bodies:\n\n- **Association of Harbour Insurers** – claim statistics;\n",
            "Association of Harbour Insurers",
        ),
        (
            "Wij verstrekken gegevens aan:\n\n"
            "- **Vereniging van Zorgaanbieders Noord** – voor de wachtlijst;\n",
            "Vereniging van Zorgaanbieders Noord",
        ),
    ],
)
def test_role_words_in_an_associations_name_name_its_members(text: str, name: str) -> None:
    """An association of insurers is not an insurer: the words of its name give it no role."""
    assert _named(text).get(name) == "other_third_party"


def test_what_the_notice_says_beside_the_name_beats_the_bodys_name() -> None:
    text = "We share data with Kilbeg County Council, which hosts our booking website for the town."
    assert _named(text).get("Kilbeg County Council") == "it_hosting"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "We use these suppliers for our website:\n\nSupport chat: Oarline Ltd\n",
            "Oarline Ltd",
            "processor",
        ),
        (
            "We use these suppliers for our app:\n\nError monitoring: Faultwatch Inc.\n",
            "Faultwatch Inc.",
            "processor",
        ),
        (
            "We use these suppliers for our fees:\n\nDirect debits: Paydrift Ltd\n",
            "Paydrift Ltd",
            "bank_payment",
        ),
        (
            "We use these suppliers for our shop:\n\nCustomer reviews: Starwise Ltd\n",
            "Starwise Ltd",
            "survey_bureau",
        ),
        ("Our members are insured with Riverbank Mutual DAC.", "Riverbank Mutual DAC", "insurer"),
        ("Wij werken met:\n\nPinbetalingen: Kassaflow B.V.\n", "Kassaflow B.V.", "bank_payment"),
        (
            "Wij werken met:\n\nBoekhoudsoftware: Grootboek Online B.V.\n",
            "Grootboek Online B.V.",
            "processor",
        ),
        (
            "Bij ziekte beoordeelt de bedrijfsarts van Arbovizier B.V. uw belastbaarheid.",
            "Arbovizier B.V.",
            "healthcare_provider",
        ),
        ("Wir arbeiten mit:\n\nKartenzahlungen: Zahlwerk GmbH\n", "Zahlwerk GmbH", "bank_payment"),
        ("Bei Beitragsrückständen beauftragen wir die Forderwerk GmbH.", "Forderwerk GmbH", "debt_collector"),
        ("Nos prestataires :\n\nPrélèvement des cotisations : Virelo SAS\n", "Virelo SAS", "bank_payment"),
        (
            "Nos bénévoles sont couverts par une assurance souscrite auprès de Mutuelle Lacustre SA.",
            "Mutuelle Lacustre SA",
            "insurer",
        ),
        (
            "Notre comptable externe, la fiduciaire Bordier & Fils SARL, contrôle nos comptes.",
            "Bordier & Fils SARL",
            "auditor_advisor",
        ),
    ],
)
def test_the_function_a_notice_states_gives_the_role(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


def test_an_activity_before_a_name_names_no_party() -> None:
    """ "the newsletter Tidewater Weekly" is a newsletter's title, not a recipient that sends it."""
    text = "Nous utilisons votre adresse pour l'envoi de la newsletter Marée Haute à nos adhérents."
    assert "Marée Haute" not in _named(text)


def test_a_body_word_with_an_unknown_role_fails_to_load() -> None:
    with pytest.raises(LexiconError, match="body:regulater"):
        validate_terms({"body:regulater": ["ministry"]}, "test.json")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # web analytics and newsletter tools work on our behalf: processors, as the corpus codes them
        ("We use Hotjar to see how visitors move through our website.", "Hotjar", "processor"),
        (
            "Wir nutzen Google Analytics, einen Webanalysedienst der Google Ireland Limited.",
            "Google Ireland Limited",
            "processor",
        ),
        ("Für unseren Newsletter nutzen wir CleverReach.", "CleverReach", "processor"),
        # a workspace of e-mail and files is hosting, whatever its provider is known for otherwise
        ("Voor e-mail en documenten gebruiken wij Google Workspace.", "Google Workspace", "it_hosting"),
    ],
)
def test_what_a_known_service_is_used_for_gives_its_role(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a product beside its provider says what the provider does here, over its usual role
        (
            "For e-mail and files we use Google Workspace; Google LLC may process data in the United States.",
            "Google LLC",
            "it_hosting",
        ),
        (
            "Voor e-mail en documenten gebruiken wij Google Workspace; Google LLC kan gegevens in de "
            "Verenigde Staten verwerken.",
            "Google LLC",
            "it_hosting",
        ),
    ],
)
def test_a_product_says_what_its_provider_does(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("## Hosting\n\nOur website runs at Cloudbarn Ltd in Dublin.\n", "Cloudbarn Ltd", "it_hosting"),
        ("## Hébergement\n\nNotre site est chez Nuageo SAS à Roubaix.\n", "Nuageo SAS", "it_hosting"),
    ],
)
def test_a_sections_title_gives_a_role_where_its_text_says_none(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


def test_a_role_word_of_the_sentence_beats_the_sections_title() -> None:
    text = "## Hosting\n\nOur payment provider Quillpay Ltd receives the amount and your name.\n"
    assert _named(text).get("Quillpay Ltd") == "bank_payment"


def test_the_function_in_its_own_table_row_beats_the_sections_title() -> None:
    """A vendor whose row says it counts visits works for us, in a section about advertising."""
    text = (
        "## Cookies and advertising\n\nWith your consent we place cookies of these providers on our "
        "website, and they receive your IP address and the pages you visit:\n\n"
        "| Provider | Purpose |\n| --- | --- |\n| Tallyhaus Ltd | website statistics |\n"
        "| Adreach Ltd | targeted advertising |\n"
    )
    named = _named(text)
    assert named.get("Tallyhaus Ltd") == "processor"
    assert named.get("Adreach Ltd") == "marketing_partner"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "## Marketing\n\nWe share data with these companies:\n\nVideo calls: Meetwell Ltd\n",
            "Meetwell Ltd",
        ),
        (
            "## Marketing\n\nWir geben Daten an diese Unternehmen weiter:\n\n"
            "Elektronische Signatur: Signwerk GmbH\n",
            "Signwerk GmbH",
        ),
        (
            "## Marketing\n\nNous transmettons des données à ces sociétés :\n\n"
            "Signature électronique : Paraphe SAS\n",
            "Paraphe SAS",
        ),
        (
            "## Marketing\n\nWij delen gegevens met deze bedrijven:\n\nVideobellen: Beeldlijn B.V.\n",
            "Beeldlijn B.V.",
        ),
    ],
)
def test_a_service_done_for_us_in_its_own_line_makes_a_processor(text: str, name: str) -> None:
    """The line's function beats the section's title (here "Marketing", which the name takes
    where its line says nothing of what it does)."""
    assert _named(text).get(name) == "processor"
    label, _, rest = text.rpartition("\n\n")[2].partition(":")
    assert _named(text.replace(label + ":", "Kontakt:")).get(name) == "marketing_partner"


def test_an_associations_name_adds_no_described_recipient() -> None:
    """ "Association of Harbour Insurers" names one body; it says no insurer receives data."""
    text = (
        'Larkspur Travel ("we", "us") is the controller.\n\nWe share data with these bodies:\n\n'
        "- **Association of Harbour Insurers** – claim statistics;\n"
    )
    found = parse_text(text, language="en").recipients
    assert [(r.name, r.role) for r in found if r.named] == [
        ("Association of Harbour Insurers", "other_third_party")
    ]
    assert "insurer" not in {r.role for r in found}


def test_a_tool_of_ours_is_no_described_recipient() -> None:
    """ "our helpdesk", "our CRM" are the controller's own tools: words for what a vendor does,
    counted for a named vendor beside them, not a kind of recipient on their own."""
    text = (
        'Larkspur Travel ("we", "us") is the controller.\n\n## Who receives your data\n\n'
        "We share your data with our auditors. Our own helpdesk keeps your questions in our CRM.\n"
    )
    assert {r.role for r in parse_text(text, language="en").recipients} == {"auditor_advisor"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a pension fund receives contributions, it is no employer (other_third_party)
        (
            "We pass your salary details to Harbourview Pension Fund Ltd, our pension fund.\n",
            "Harbourview Pension Fund Ltd",
            "other_third_party",
        ),
        (
            "Wij geven uw loon door aan ons pensioenfonds, Stichting Pensioen Kantoorwerk, elke maand.\n",
            "Stichting Pensioen Kantoorwerk",
            "other_third_party",
        ),
        (
            "Wir übermitteln Ihre Gehaltsdaten an unsere Pensionskasse, die Kantorix Vorsorge AG.\n",
            "Kantorix Vorsorge AG",
            "other_third_party",
        ),
        (
            "Nous transmettons vos salaires à notre caisse de retraite, Prévoyance Lumière SA.\n",
            "Prévoyance Lumière SA",
            "other_third_party",
        ),
        # an occupational health service is a healthcare provider, not the employer
        (
            "When you are ill we inform our occupational health service, Wellmark Health Ltd, by e-mail.\n",
            "Wellmark Health Ltd",
            "healthcare_provider",
        ),
        (
            "Bij ziekte geven wij uw naam door aan onze arbodienst, Gezondwerk B.V.\n",
            "Gezondwerk B.V.",
            "healthcare_provider",
        ),
        (
            "Im Krankheitsfall informieren wir unseren arbeitsmedizinischen Dienst, die Vitamed GmbH.\n",
            "Vitamed GmbH",
            "healthcare_provider",
        ),
        (
            "En cas d'arrêt, nous informons notre service de santé au travail, Santé Travail Orne SAS.\n",
            "Santé Travail Orne SAS",
            "healthcare_provider",
        ),
        # a co-insurer shares the risk as an insurer; it does not reinsure
        (
            "Your policy is shared with our co-insurer, Bramble Assurance Ltd, in full.\n",
            "Bramble Assurance Ltd",
            "insurer",
        ),
        (
            "Vos données sont transmises à notre co-assureur, Mutuelle Ardoise SA.\n",
            "Mutuelle Ardoise SA",
            "insurer",
        ),
        # lawyers advise; they do not enforce the law
        (
            "Si un litige survient, votre dossier est transmis à nos avocats, Cabinet Orme SELARL.\n",
            "Cabinet Orme SELARL",
            "auditor_advisor",
        ),
    ],
)
def test_role_words_of_funds_health_services_coinsurers_and_lawyers(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role word right beside the name says what the notice means by a name that says its role
        (
            "We report to the Central Bank of Ruritania, our regulator.\n",
            "Central Bank of Ruritania",
            "regulator",
        ),
        (
            "Wir nehmen an einem Betrugspool teil, einer Warndatei der SCHUFA Holding AG.\n",
            "SCHUFA Holding AG",
            "fraud_register",
        ),
    ],
)
def test_a_role_word_beside_the_name_beats_what_the_name_says(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


def test_a_role_word_inside_another_name_is_not_placed_beside() -> None:
    """'Banque de France' names a body; its words are not a role word placed before the next name."""
    found = _named(
        "Nous transmettons vos données à l'Autorité des Marchés Financiers, de la Banque de France, "
        "de l'Autorité de Contrôle Prudentiel et de Résolution.\n"
    )
    assert found.get("Autorité de Contrôle Prudentiel et de Résolution") == "regulator"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Versicherungs- und Finanzmakler" is one noun: its head names the party before it
        (
            "Wir geben Ihre Daten an die Kornblume GmbH Versicherungs- und Finanzmakler weiter.\n",
            "Kornblume GmbH",
            "intermediary",
        ),
        (
            "Wij geven uw gegevens door aan Klaproos B.V., reis- en schadeverzekeraar.\n",
            "Klaproos B.V.",
            "insurer",
        ),
    ],
)
def test_a_compound_cut_at_a_hyphen_is_no_second_recipient(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


def test_a_provider_column_takes_what_its_row_says() -> None:
    """A name under a column for providers ("Provider", "Anbieter", "Éditeur") is what the row's
    purpose says; under a column for recipients of processing purposes it is not."""
    table = (
        "With your consent we place these cookies:\n\n"
        "| Cookie | {head} | Purpose |\n| --- | --- | --- |\n"
        "| _vs | Statwise Ltd | Showing our ads on social media |\n"
    )
    assert _named(table.format(head="Provider")).get("Statwise Ltd") == "marketing_partner"
    purposes = (
        "We share data as follows:\n\n"
        "| Purpose | Recipients |\n| --- | --- |\n"
        "| Payment processing for our shop | Statwise Ltd |\n"
    )
    assert _named(purposes).get("Statwise Ltd") != "bank_payment"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a party word after the name that the party deals with says nothing of what it is
        (
            "Our claims are sent by Claimbridge Ltd, which passes them on our behalf to your insurer.\n",
            "Claimbridge Ltd",
            "processor",
        ),
        (
            "Onze nota's verstuurt Notaflow B.V., die namens ons declareert bij uw zorgverzekeraar.\n",
            "Notaflow B.V.",
            "processor",
        ),
        (
            "Die Abrechnung erledigt die Abrechnix GmbH in unserem Auftrag, die sie an Ihre "
            "Krankenkasse weiterleitet.\n",
            "Abrechnix GmbH",
            "processor",
        ),
        (
            "Le tiers payant est confié à Payflux SAS, qui transmet pour notre compte aux "
            "professionnels de santé vos droits.\n",
            "Payflux SAS",
            "processor",
        ),
    ],
)
def test_the_party_a_name_deals_with_is_not_its_role(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Anbieter: X" points to the provider of what its item describes
        (
            "## Cookies\n\n- **Werbe-Pixel**: nur mit Ihrer Einwilligung. Anbieter: Pixelhaus GmbH.\n"
            "- **Statistik**: nur mit Ihrer Einwilligung. Anbieter: Zählwerk GmbH.\n",
            "Pixelhaus GmbH",
            "marketing_partner",
        ),
        (
            "## Cookies\n\n- **Werbe-Pixel**: nur mit Ihrer Einwilligung. Anbieter: Pixelhaus GmbH.\n"
            "- **Web-Analytics**: nur mit Ihrer Einwilligung. Anbieter: Zählwerk GmbH.\n",
            "Zählwerk GmbH",
            "processor",
        ),
        # a copula between the provider word and the name ("Our hosting provider is X")
        ("Our website's hosting provider is Cloudbarn Ltd, in Dublin.\n", "Cloudbarn Ltd", "it_hosting"),
    ],
)
def test_a_provider_word_points_to_what_is_provided(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a public health service is a healthcare provider (the annotation convention of the sets)
        (
            "Wir melden bestimmte Krankheiten:\n\n- **Gesundheitsamt Talheim** – nach dem IfSG;\n",
            "Gesundheitsamt Talheim",
            "healthcare_provider",
        ),
        (
            "Wij verstrekken gegevens aan:\n\n- **Tandartsenspoeddienst Kempenland** – in het weekend;\n",
            "Tandartsenspoeddienst Kempenland",
            "healthcare_provider",
        ),
        (
            "We share data with these bodies:\n\n- **Regional Psychological Service** – for assessments;\n",
            "Regional Psychological Service",
            "healthcare_provider",
        ),
    ],
)
def test_a_public_health_service_is_a_healthcare_provider(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


def test_a_role_word_that_qualifies_data_gives_no_role() -> None:
    """'attestations employeur' are documents about employment, not an employer receiving them."""
    found = _named("Les attestations employeur sont transmises à Travaillons SAS chaque mois.\n")
    assert found.get("Travaillons SAS") != "employer"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the reader's own party in a row ("your GP") is not what the row's party does
        (
            "Wij delen gegevens met:\n\n| Partij | Gegevens | Rol |\n| --- | --- | --- |\n"
            "| Verwijsnet B.V. | verwijzingen van uw huisarts | verwijsplatform (verwerker) |\n",
            "Verwijsnet B.V.",
            "processor",
        ),
        (
            "Wij delen gegevens met:\n\n| Partij | Gegevens | Rol |\n| --- | --- | --- |\n"
            "| Bloedlab B.V. | bloedmonsters | laboratoriumonderzoek |\n",
            "Bloedlab B.V.",
            "healthcare_provider",
        ),
        # a support or technology partner works for us; "partner" alone stays a marketing partner
        (
            "When our support partner Helpline Outsourcing Ltd handles your query, it sees your account.\n",
            "Helpline Outsourcing Ltd",
            "processor",
        ),
        (
            "Nous travaillons avec notre partenaire technique Codeforge SAS pour l'application.\n",
            "Codeforge SAS",
            "processor",
        ),
    ],
)
def test_support_partners_lab_work_and_the_readers_own_party(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an enumeration that repeats its preposition: the role word names the part before
        (
            "We pass your data to our auditors, to Quayside Logistics Ltd and to the police.\n",
            "Quayside Logistics Ltd",
        ),
        (
            "Wij geven uw gegevens aan onze accountant, aan Kadeweg Logistiek B.V. en aan de politie.\n",
            "Kadeweg Logistiek B.V.",
        ),
        (
            "Wir geben Daten an unseren Steuerberater, an die Kaiweg Logistik GmbH und an die Polizei.\n",
            "Kaiweg Logistik GmbH",
        ),
        (
            "Vos données sont transmises à nos avocats, à Quai Logistique SAS et à la police.\n",
            "Quai Logistique SAS",
        ),
    ],
)
def test_a_role_word_of_an_earlier_part_of_an_enumeration_is_not_the_names(text: str, name: str) -> None:
    assert _named(text).get(name) == "other_third_party"


def test_a_role_word_before_a_comma_and_names_in_apposition_is_theirs() -> None:
    found = _named("We share your data with our payment providers, Quillpay Ltd and Coinrail Ltd.\n")
    assert found.get("Quillpay Ltd") == "bank_payment"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Your parcel is delivered by our courier Swiftvan Deliveries Ltd to your door.",
            "Swiftvan Deliveries Ltd",
        ),
        ("Wij geven uw adres door aan onze bezorger Fietsflits B.V. voor de bezorging.", "Fietsflits B.V."),
        ("Für den Versand geben wir Ihre Anschrift an die Paketblitz GmbH weiter.", "Paketblitz GmbH"),
        ("Pour la livraison, votre adresse est transmise à Colirapide SAS.", "Colirapide SAS"),
        ("We share your address with PostNL.", "PostNL"),  # the catalogue's role for a carrier
    ],
)
def test_a_carrier_delivering_for_us_is_a_processor(text: str, name: str) -> None:
    """Couriers, postal services and print houses that deliver or print for the controller work on
    its behalf (the convention of the sets annotated for the project, most of which say so)."""
    assert _named(text).get(name) == "processor"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("We also use Experian Limited to check your details.", "Experian Limited", "credit_bureau"),
        (
            "Bij een abonnement doen wij een controle. "
            "Die controle wordt uitgevoerd door Experian Nederland B.V.",
            "Experian Nederland B.V.",
            "credit_bureau",
        ),
        ("Für Rechnungskäufe nutzen wir die Riverty GmbH.", "Riverty GmbH", "bank_payment"),
    ],
)
def test_a_service_we_use_keeps_the_role_the_catalogue_knows(text: str, name: str, role: str) -> None:
    """A verb of using makes a processor of an unknown party, but an organisation the catalogue
    knows for a specific role (a credit bureau, a payment provider) does that work for us."""
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "We share booking data with Quillsoft Ltd, which runs our booking software on our behalf "
            "in its data centre in Ireland.",
            "Quillsoft Ltd",
            "processor",
        ),
        (
            "Wij delen gegevens met Kwadrant B.V., die ons planningsprogramma levert en de gegevens "
            "namens ons bewaart in een beveiligd datacenter in Nederland.",
            "Kwadrant B.V.",
            "processor",
        ),
        (
            "Wir übermitteln Daten an die Medisoft GmbH, die unsere Praxissoftware in unserem Auftrag "
            "im Rechenzentrum in Köln betreibt.",
            "Medisoft GmbH",
            "processor",
        ),
        (
            "Vos données sont transmises à Gestiplus SAS, qui traite les données pour notre compte "
            "dans ses centres de données en France.",
            "Gestiplus SAS",
            "processor",
        ),
        ("Our website is hosted by Nimbleweb Ltd in its data centre in Cork.", "Nimbleweb Ltd", "it_hosting"),
    ],
)
def test_a_data_centre_where_data_is_kept_is_no_hosting_role(text: str, name: str, role: str) -> None:
    """'in its data centre', 'im Rechenzentrum' say where a supplier keeps the data, not that
    it is a hosting provider; a notice that says it hosts still makes one."""
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "provider", "product"),
    [
        (
            "We share your contact details with our help desk, Zendesk Support, provided by Zendesk "
            "Europe Ltd for support.",
            "Zendesk Europe Ltd",
            "Zendesk",
        ),
        (
            "Wij delen uw gegevens met Jira Service Management, geleverd door Atlassian Europe B.V.",
            "Atlassian Europe B.V.",
            "Jira",
        ),
        (
            "Wir übermitteln Ihre Daten an HubSpot CRM, bereitgestellt von der HubSpot Germany GmbH.",
            "HubSpot Germany GmbH",
            "HubSpot",
        ),
        (
            "Vos données sont transmises à Zendesk Chat, fourni par Zendesk France SAS.",
            "Zendesk France SAS",
            "Zendesk",
        ),
    ],
)
def test_a_product_provided_by_a_company_is_that_company(text: str, provider: str, product: str) -> None:
    """'X, provided by Y Ltd' ('geleverd door', 'bereitgestellt von', 'fourni par'): Y is the
    recipient, working for us; X is its product, no party of its own."""
    named = _named(text)
    assert named.get(provider) == "processor"
    assert not [name for name in named if name.startswith(product) and name != provider]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a service partner that does its own work for the customer is no marketing partner
        (
            "## Service partners\n\n- Roadhelp Ltd, which repairs your vehicle at the roadside.\n",
            "Roadhelp Ltd",
            "other_third_party",
        ),
        (
            "## Servicepartners\n\n- Fietshulp B.V., die uw fiets onderhoudt.\n",
            "Fietshulp B.V.",
            "other_third_party",
        ),
        # what the party does with money: payouts and fuel cards
        (
            "We share your account number with Quidpay Ltd, which pays out your rewards.",
            "Quidpay Ltd",
            "bank_payment",
        ),
        (
            "Wij geven uw kenteken door aan Tankwijs B.V. voor de uitgifte van tankpassen.",
            "Tankwijs B.V.",
            "bank_payment",
        ),
        (
            "Wir übermitteln Ihre Bankverbindung an die Auszahlfix GmbH für die Auszahlung Ihrer Prämie.",
            "Auszahlfix GmbH",
            "bank_payment",
        ),
        (
            "Nous transmettons vos données à Carbuflotte SAS, qui émet vos cartes carburant.",
            "Carbuflotte SAS",
            "bank_payment",
        ),
    ],
)
def test_service_partners_payouts_and_fuel_cards(text: str, name: str, role: str) -> None:
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Nous transmettons votre dossier à l'Agence de services et de paiement pour le versement "
            "de l'aide.",
            "Agence de services et de paiement",
            "regulator",
        ),
        ("On request we share your membership details with Laya Healthcare.", "Laya Healthcare", "insurer"),
        (
            "Wir melden Ihre Beschäftigung an die Deutsche Rentenversicherung.",
            "Deutsche Rentenversicherung",
            "insurer",
        ),
    ],
)
def test_a_role_word_inside_a_checked_catalogue_name_yields_to_what_it_is(
    text: str, name: str, role: str
) -> None:
    """A public payment agency is no bank and a health insurer no hospital because of a word of
    their names: the catalogue's checked role for the organisation says what it is."""
    assert _named(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "These providers work on our behalf: Card payments: Quillpay Ltd Newsletter and text "
            "messages: Kestrelmail Ltd Alarm monitoring: Watchfold Ltd",
            {"Quillpay Ltd": "bank_payment", "Kestrelmail Ltd": "processor", "Watchfold Ltd": "processor"},
        ),
        (
            "Deze partijen werken in onze opdracht: Betalingen: Kwakpay B.V. Nieuwsbrief: Postkwak B.V.",
            {"Kwakpay B.V.": "bank_payment", "Postkwak B.V.": "processor"},
        ),
        (
            "Wir geben Ihre Daten an die folgenden Dienstleister weiter, die in unserem Auftrag "
            "arbeiten: Zahlungsabwicklung: Zahlfix GmbH Newsletter: Briefkraft GmbH",
            {"Zahlfix GmbH": "bank_payment", "Briefkraft GmbH": "processor"},
        ),
        (
            "Ces prestataires agissent pour notre compte : Paiements : Payvite SAS Lettre "
            "d'information : Courrielo SAS",
            {"Payvite SAS": "bank_payment", "Courrielo SAS": "processor"},
        ),
    ],
)
def test_labels_of_label_lines_run_together_are_their_own_names(text: str, roles: dict[str, str]) -> None:
    """A list of "label: name" lines whose line breaks were lost (a PDF): each label says what
    the name after it does, not what the next name does."""
    named = _named(text)
    assert {name: named.get(name) for name in roles} == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Where the law requires, we share data with Ofcom, Quillbank Ltd and the courts.",
            "Ofcom",
            "regulator",
        ),
        (
            "Wij verstrekken gegevens aan de Autoriteit Persoonsgegevens, Kwakbank B.V. en de politie.",
            "Autoriteit Persoonsgegevens",
            "regulator",
        ),
        (
            "Wir übermitteln Daten an die BaFin, die Zahlfix GmbH und die Gerichte.",
            "BaFin",
            "regulator",
        ),
        (
            "Nous transmettons vos données à la CNIL, à Payvite SAS et aux tribunaux.",
            "CNIL",
            "regulator",
        ),
    ],
)
def test_a_role_word_ending_an_enumeration_of_names_is_its_own_part(text: str, name: str, role: str) -> None:
    """'X, Y and the courts': the courts are the enumeration's last part, not what X is."""
    assert _named(text).get(name) == role
