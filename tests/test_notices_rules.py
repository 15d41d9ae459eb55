"""Rules of the notice extraction, one small notice each (written for these tests)."""

from __future__ import annotations

import pytest

from importers.notices import parse_text
from importers.notices.segment import segment


def _controller(text: str) -> str | None:
    found = parse_text(text).controller
    return found.name if found else None


def _named(text: str) -> dict[str, str]:
    """Named recipients of ``text`` in a notice whose controller is stated first."""
    intro = {
        "en": 'Larkspur Travel ("we", "us") is the controller. ',
        "nl": "Larkspur Reizen is de verwerkingsverantwoordelijke. ",
        "de": "Verantwortlicher ist Larkspur Reisen. ",
        "fr": "Le responsable du traitement est Larkspur Voyages. ",
    }
    language = parse_text(text).language
    x = parse_text(intro.get(language, "") + text)
    return {r.name: r.role for r in x.recipients if r.named and r.name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name the notice calls "we"
        (
            'Kestrel Bikes ("Kestrel", "we", "us") rents out bicycles. We share data with couriers.',
            "Kestrel Bikes",
        ),
        # "we, X, ..."
        (
            "Wij, Tuinhuis Eikenlaan, nemen je privacy serieus. Wij delen gegevens met een incassobureau.",
            "Tuinhuis Eikenlaan",
        ),
        # the other party of the agreement
        (
            "Diese Hinweise gelten für den Vertrag zwischen Ihnen und Seeblick Apartments. "
            "Wir geben Daten an Zahlungsdienstleister weiter.",
            "Seeblick Apartments",
        ),
        # the copyright holder
        ("Nous partageons vos données avec nos prestataires.\n\n© 2024 Maison Verdier", "Maison Verdier"),
        # the name on its own line above a street and a postcode
        (
            "Wij delen gegevens met leveranciers.\n\nContact\n\n"
            "Bakkerij Korenbloem\nDorpsstraat 3\n1741 BA Schagen",
            "Bakkerij Korenbloem",
        ),
        # the notice's own e-mail domain spelled as a name, used twice
        (
            "Harbour Kites is a kite shop in Galway. We share your address with couriers. "
            "Questions? Write to privacy@harbourkites.ie. Harbour Kites answers within a week.",
            "Harbour Kites",
        ),
    ],
)
def test_controller_named_without_a_legal_form(text: str, name: str) -> None:
    assert _controller(text) == name


def test_a_trading_name_gives_the_company_that_owns_it() -> None:
    text = (
        "# Corrib Water Privacy Notice\n\nCorrib Water is a trading name of Western Utilities Limited. "
        "We share your data with debt collection agencies.\n\n© 2025 Corrib Water"
    )
    assert _controller(text) == "Western Utilities Limited"


@pytest.mark.parametrize(
    "text",
    [
        "Stand: 01.02.2025\n\nWir geben Ihre Daten nicht an Dritte weiter.",
        "Last updated: 3 March 2025\n\nWe share your data with service providers.",
        "We share your data with Northwind Logistics Ltd, which delivers your orders.",
    ],
)
def test_no_controller_from_a_date_line_or_a_recipient(text: str) -> None:
    assert _controller(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wir übermitteln Ihre Buchung an den Reiseveranstalter Sunbay Tours LLC.", "Sunbay Tours LLC"),
        (
            "Wir geben Daten an unseren Kooperationspartner Alpenblick Reisen GmbH weiter.",
            "Alpenblick Reisen GmbH",
        ),
        ("Wij delen gegevens met touroperator Zonvakantie B.V. voor uw reis.", "Zonvakantie B.V."),
        ("We share data with the service VeriMe Ltd for identity checks.", "VeriMe Ltd"),
        ("Wij delen gegevens met Banque Populaire SA voor betalingen.", "Banque Populaire SA"),
        ("We share order data with bol.com B.V. for delivery.", "bol.com B.V."),
        ("Wir arbeiten mit der payolution GmbH zusammen.", "payolution GmbH"),
    ],
)
def test_trade_nouns_before_a_legal_name_are_not_part_of_it(text: str, name: str) -> None:
    assert name in _named(text)


def test_the_role_word_before_a_name_outranks_its_usual_role() -> None:
    named = _named("We use the external service provider Sendinblue to send our newsletter.")
    assert named == {"Sendinblue": "processor"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Questions go to our AI chatbot provider Chatterly Inc. on our website.",
            "Chatterly Inc.",
            "processor",
        ),
        ("You pay through our payment provider Penny Payments Ltd.", "Penny Payments Ltd.", "bank_payment"),
        ("We share your data with Globex Ltd, our hosting provider.", "Globex Ltd", "it_hosting"),
        (
            "Wij delen gegevens met IT-dienstverlener Bluepeak Systems B.V.",
            "Bluepeak Systems B.V.",
            "it_hosting",
        ),
    ],
)
def test_role_from_the_word_placed_beside_the_name(text: str, name: str, role: str) -> None:
    assert _named(text)[name] == role


def test_an_independent_controller_is_not_a_processor() -> None:
    text = (
        "To check your identity we use the external service provider VeriCheck GmbH. "
        "VeriCheck GmbH acts as an independent controller for this check."
    )
    assert _named(text)["VeriCheck GmbH"] == "other_third_party"


def test_a_company_used_by_our_processor_is_a_sub_processor() -> None:
    text = (
        "Our AI chatbot provider Chatterly Inc. answers questions on our website. "
        "Chatterly uses the language models of Cortex Models LLC."
    )
    assert _named(text)["Cortex Models LLC"] == "processor"


def test_a_short_name_joins_the_nearest_legal_name_that_starts_with_it() -> None:
    text = (
        "We share data with Acme Cloud Ltd, our hosting provider. Acme hosts our shop.\n\n"
        "Card payments go to our payment provider Acme Payments Inc. Acme charges your card."
    )
    named = _named(text)
    assert named == {"Acme Cloud Ltd": "it_hosting", "Acme Payments Inc.": "bank_payment"}


def test_a_word_written_in_a_web_address_is_still_a_name() -> None:
    text = "You pay through our payment provider Zahlfix. See https://www.zahlfix.com/privacy for details."
    assert _named(text) == {"Zahlfix": "bank_payment"}


def test_role_words_inside_a_legal_name_make_no_described_recipient() -> None:
    x = parse_text("Wir fragen Bonitätsdaten bei der ProfileHaus Direktmarketing GmbH in Wien ab.")
    assert not [r for r in x.recipients if not r.named and r.role == "marketing_partner"]


def test_sentences_end_after_markdown_emphasis_and_after_gmbh() -> None:
    text = (
        "We keep no card data.** You pay our **provider Zahlfix.** Next. Wir nutzen die Foo GmbH. Dann Bar."
    )
    quotes = [text[s.start : s.end] for s in segment(text)]
    assert "You pay our **provider Zahlfix." in quotes
    assert "Wir nutzen die Foo GmbH." in quotes


def test_a_named_partner_in_the_country_of_a_transfer_statement_carries_it() -> None:
    text = (
        "Verantwortlicher ist Larkspur Reisen, Seestraße 4, 82211 Herrsching.\n\n"
        "Wir geben Ihre Passdaten an unseren Partner Ege Turizm A.Ş. in der Türkei weiter.\n\n"
        "Die Türkei ist ein Drittland. "
        "Die Übermittlung erfolgt auf Grundlage der EU-Standardvertragsklauseln."
    )
    transfers = parse_text(text).transfers
    assert [(t.recipient, t.destinations, [s.value for s in t.safeguards]) for t in transfers] == [
        ("Ege Turizm A.Ş.", ("TR",), ["scc"])
    ]


def test_the_controllers_own_country_is_no_destination() -> None:
    text = (
        "Lumen Retail Energy Limited, 40 Quayside, Newcastle upon Tyne, United Kingdom, is the controller. "
        "All information is stored on servers in the United Kingdom."
    )
    x = parse_text(text)
    assert x.controller is not None and x.controller.country == "GB"
    assert x.transfers == ()


def test_a_list_of_vendors_with_few_stop_words_keeps_its_language() -> None:
    lines = ["We share your personal data with the following recipients in the United States:"]
    lines += [f"- Vendor{i} Cloud Inc., San Francisco, United States;" for i in range(400)]
    x = parse_text("\n".join(lines))
    assert x.language == "en"
    assert len([r for r in x.recipients if r.named and r.country == "US"]) == 400


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # what the sentence says the party does beats a well-known organisation's usual role
        ("We send your invoices through Mailchimp under a processing agreement.", "Mailchimp", "processor"),
        # a service we use is a processor unless known for something more specific
        (
            "Zur Beantwortung Ihrer Anfragen nutzen wir Quillbot Systems s.r.o. aus Prag.",
            "Quillbot Systems s.r.o.",
            "processor",
        ),
        # the lead-in of a list gives its items their role, before a word inside a legal name
        (
            "Wij wisselen gegevens uit met de volgende kredietbureaus:\n\n"
            "- Noordster Direct Marketing B.V.\n- Kompas Data B.V.\n",
            "Noordster Direct Marketing B.V.",
            "credit_bureau",
        ),
        # a trade noun before a name says it is an organisation, not what it does
        ("Nous utilisons la plateforme de paiement Mollie pour vos dons.", "Mollie", "bank_payment"),
    ],
)
def test_role_from_what_the_notice_says_the_party_does(text: str, name: str, role: str) -> None:
    assert _named(text)[name] == role


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "We share data such as IP address and GPS location with our hosting provider Quillstack. "
            "We share your data with:\n\n- our payment provider, when you enter your PIN;\n"
            "- AB Nordfrakt, our carrier.",
            {"Quillstack", "AB Nordfrakt"},
        ),
        (
            "Wij delen gegevens zoals IP-adres en GPS-locatie met onze hostingprovider Quillstack. "
            "Wij delen uw gegevens met:\n\n- onze betaaldienstverlener, wanneer u uw PIN invoert;\n"
            "- AB Nordfrakt, onze vervoerder.",
            {"Quillstack", "AB Nordfrakt"},
        ),
        (
            "Unser Hosting-Anbieter Quillstack GmbH erhält Daten wie IP-Adresse und GPS-Standort. "
            "Wir geben Ihre Daten weiter an:\n\n"
            "- unseren Zahlungsdienstleister, wenn Sie Ihre PIN eingeben;\n"
            "- die Nordfrakt AB, unseren Paketdienst.",
            {"Quillstack GmbH", "Nordfrakt AB"},
        ),
        (
            "Nous partageons des données telles que l'adresse IP et la position GPS "
            "avec notre hébergeur Quillstack. "
            "Nous partageons vos données avec :\n\n- notre prestataire de paiement, lorsque vous saisissez "
            "votre code PIN ;\n- AB Nordfrakt, notre transporteur.",
            {"Quillstack", "AB Nordfrakt"},
        ),
    ],
)
def test_everyday_abbreviations_and_a_legal_form_alone_are_no_names(text: str, kept: set[str]) -> None:
    found = set(_named(text))
    assert found == kept


@pytest.mark.parametrize(
    ("others", "ours"),
    [
        (
            "We share your data with Cirrusfold Ltd, which hosts it through its subsidiary Nimbo Ltd.",
            "We share your data with our subsidiary Nimbo Ltd.",
        ),
        (
            "Wij delen uw gegevens met Cirrusfold B.V., die ze host via haar dochteronderneming Nimbo B.V.",
            "Wij delen uw gegevens met onze dochteronderneming Nimbo B.V.",
        ),
        (
            "Wir geben Ihre Daten an die Cirrusfold GmbH weiter, die sie über deren Tochterunternehmen "
            "Nimbo GmbH hostet.",
            "Wir geben Ihre Daten an unser Tochterunternehmen Nimbo GmbH weiter.",
        ),
        (
            "Nous partageons vos données avec Cirrusfold SAS, qui les héberge par sa filiale Nimbo SAS.",
            "Nous partageons vos données avec notre filiale Nimbo SAS.",
        ),
    ],
)
def test_a_subsidiary_of_another_organisation_is_not_a_group_company(others: str, ours: str) -> None:
    assert "group_company" not in _named(others).values()
    assert "group_company" not in {r.role for r in parse_text(others).recipients}
    assert _named(ours) == {_only(_named(ours)): "group_company"}


def _only(found: dict[str, str]) -> str:
    assert len(found) == 1, found
    return next(iter(found))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We share your data with the company Datakeep, for our accounts.", "Datakeep"),
        ("Wij delen uw gegevens met het bedrijf Datakeep, voor onze boekhouding.", "Datakeep"),
        ("Nous partageons vos données avec la société Datakeep, pour notre comptabilité.", "Datakeep"),
    ],
)
def test_a_name_after_a_word_for_company_is_a_name(text: str, name: str) -> None:
    assert name in _named(text)


def test_a_joint_data_controller_is_not_the_known_default_role() -> None:
    found = _named(
        "We share statistics of our page with LinkedIn. "
        "LinkedIn acts as a joint data controller with us for these statistics."
    )
    assert found == {"LinkedIn": "other_third_party"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            'Bellerive Telecom Ireland Limited ("we") is the controller. '
            "We share your data with:\n\n- companies in the Bellerive Group, for customer support;\n",
            "Bellerive Group",
        ),
        (
            "Bellerive Telecom Nederland B.V. is de verwerkingsverantwoordelijke. "
            "Wij delen uw gegevens met:\n\n- bedrijven van de Bellerive Groep, voor de klantenservice;\n",
            "Bellerive Groep",
        ),
        (
            "Le responsable du traitement est Bellerive Télécom France SAS. "
            "Nous partageons vos données avec :\n\n"
            "- les sociétés du groupe Bellerive, pour le service client ;\n",
            "groupe Bellerive",
        ),
    ],
)
def test_the_controllers_group_is_a_group_company_not_the_controller(text: str, group: str) -> None:
    extraction = parse_text(text)
    assert extraction.controller is not None and "Bellerive" in extraction.controller.name
    named = {r.name: r.role for r in extraction.recipients if r.named}
    assert named == {group: "group_company"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The following external parties receive data from our booking system:\n\n"
            "- Cloudbarn: hosting provider;\n- Ledgerly, for our bookkeeping.\n\n"
            "You can lodge a complaint with a supervisory authority:\n\n"
            "- Ireland: Data Protection Commission, Dublin.\n",
            {"Cloudbarn", "Ledgerly"},
        ),
        (
            "De volgende externe partijen ontvangen gegevens uit ons boekingssysteem:\n\n"
            "- Cloudbarn: hostingpartij;\n- Ledgerly, voor onze boekhouding.\n\n"
            "U kunt een klacht indienen bij de toezichthouder:\n\n"
            "- Nederland: Autoriteit Persoonsgegevens, Den Haag.\n",
            {"Cloudbarn", "Ledgerly"},
        ),
        (
            "Les parties externes suivantes reçoivent des données de notre système de réservation :\n\n"
            "- Cloudbarn : hébergeur ;\n- Ledgerly, pour notre comptabilité.\n\n"
            "Vous pouvez introduire une réclamation auprès de l'autorité de contrôle :\n\n"
            "- France : Commission Nationale de l'Informatique et des Libertés (CNIL), Paris.\n",
            {"Cloudbarn", "Ledgerly"},
        ),
    ],
)
def test_a_lead_in_that_names_parties_gives_its_items_a_recipient_context(text: str, names: set[str]) -> None:
    assert set(_named(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "We share your data with:\n\n- Cloudbarn, our host;\n- However, only where the law allows it.\n",
        "Wij delen uw gegevens met:\n\n- Cloudbarn, onze host;\n- Echter, alleen waar de wet dat toestaat.\n",
        "Nous partageons vos données avec :\n\n- Cloudbarn, notre hébergeur ;\n"
        "- Toutefois, seulement si la loi le permet.\n",
    ],
)
def test_a_sentence_adverb_at_the_head_of_an_item_is_no_name(text: str) -> None:
    assert set(_named(text)) == {"Cloudbarn"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "When you visit our website, your browser connects to the servers of Cloudbarn Ltd in Cork.",
            "Cloudbarn Ltd",
        ),
        (
            "Bij een bezoek aan onze website maakt uw browser verbinding met een server van Cloudbarn B.V.",
            "Cloudbarn B.V.",
        ),
        (
            "Beim Besuch unserer Website verbindet sich Ihr Browser mit einem Server von Cloudbarn GmbH.",
            "Cloudbarn GmbH",
        ),
        (
            "Lors de votre visite, votre navigateur se connecte aux serveurs de Cloudbarn SAS.",
            "Cloudbarn SAS",
        ),
    ],
)
def test_the_servers_of_a_party_make_it_a_host(text: str, name: str) -> None:
    assert _named(text).get(name) == "it_hosting"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We share member data with the Western Cycling Federation Ltd in Cork. "
            "The WCF Ltd keeps the national register of riders.",
            "Western Cycling Federation Ltd",
        ),
        (
            "Wij delen ledengegevens met Vlaamse Wielren Federatie VZW. "
            "De VWF VZW beheert het register van de renners.",
            "Vlaamse Wielren Federatie VZW",
        ),
        (
            "Nous partageons les données des membres avec Fédération Cycliste Wallonne ASBL. "
            "La FCW ASBL tient le registre des coureurs.",
            "Fédération Cycliste Wallonne ASBL",
        ),
        (
            "Wir geben Mitgliederdaten an den Radsport Verband Nord e.V. weiter. "
            "Der RADSPORT e.V. führt das Register der Fahrer.",
            "Radsport Verband Nord e.V.",
        ),
    ],
)
def test_a_short_form_in_capitals_with_the_same_legal_form_is_the_same_organisation(
    text: str, name: str
) -> None:
    assert set(_named(text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recipients: Internal teams; Quillstack Ltd, our hosting provider.", "Quillstack Ltd"),
        ("Ontvangers: Interne teams; Quillstack B.V., onze hostingpartij.", "Quillstack B.V."),
        (
            "Empfänger Ihrer Daten sind: Interne Abteilungen; die Quillstack GmbH, unser Hosting-Anbieter.",
            "Quillstack GmbH",
        ),
        ("Destinataires : Équipes internes ; Quillstack SAS, notre hébergeur.", "Quillstack SAS"),
    ],
)
def test_the_controllers_internal_teams_are_no_named_recipient(text: str, name: str) -> None:
    assert _named(text) == {name: "it_hosting"}


@pytest.mark.parametrize(
    "text",
    [
        "We use your payment data to meet our duties as a payment institution "
        "under the supervision of the Financial Conduct Authority.",
        "Wij gebruiken uw betaalgegevens om te voldoen aan onze plichten als betaalinstelling "
        "onder toezicht van De Nederlandsche Bank.",
        "Wir nutzen Ihre Zahlungsdaten, um unsere Pflichten als Zahlungsinstitut "
        "unter der Aufsicht der BaFin zu erfüllen.",
        "Nous utilisons vos données de paiement pour respecter nos obligations "
        "d'établissement de paiement sous le contrôle de l'ACPR.",
    ],
)
def test_an_authority_that_supervises_the_controller_is_no_recipient(text: str) -> None:
    assert _named(text) == {}


def test_a_role_word_used_as_an_adjective_gives_the_role_of_its_noun() -> None:
    # "médecin régulateur": the doctor who regulates emergency calls, not a regulator
    text = (
        "Le responsable du traitement est Larkspur Voyages. En cas d'urgence, nous transmettons "
        "vos données de santé au médecin régulateur du centre de secours."
    )
    assert {r.role for r in parse_text(text).recipients} == {"healthcare_provider"}


@pytest.mark.parametrize(
    "text",
    [
        "We use Mailchimp for our newsletter. Mailchimp is engaged on our behalf.",
        "Wir nutzen Mailchimp für unseren Newsletter. "
        "Mailchimp wird im Auftrag des Websitebetreibers eingesetzt.",
        "Wij gebruiken Mailchimp voor onze nieuwsbrief. Mailchimp wordt namens ons ingeschakeld.",
        "Nous utilisons Mailchimp pour notre lettre d'information. Mailchimp est utilisé pour notre compte.",
    ],
)
def test_what_the_notice_says_of_a_used_service_beats_its_usual_role(text: str) -> None:
    # "we use X" confirms a service, not which: X's usual role (marketing) stays a default that
    # "on our behalf" said of it elsewhere outranks
    assert _named(text) == {"Mailchimp": "processor"}


@pytest.mark.parametrize(
    "text",
    [
        "We use Sendinblue to send our newsletter. "
        "Brevo GmbH receives your e-mail address for this purpose.",
        "Wir nutzen Sendinblue für den Versand unseres Newsletters. "
        "Die Brevo GmbH erhält dazu Ihre E-Mail-Adresse.",
        "Wij gebruiken Sendinblue voor het versturen van onze nieuwsbrief. "
        "Brevo GmbH ontvangt daarvoor uw e-mailadres.",
        "Nous utilisons Sendinblue pour envoyer notre lettre d'information. "
        "Brevo GmbH reçoit pour cela votre adresse e-mail.",
    ],
)
def test_a_former_name_or_brand_and_the_legal_name_are_one_recipient(text: str) -> None:
    # the catalogue knows Sendinblue and Brevo as one company: one recipient, its legal name kept
    assert set(_named(text)) == {"Brevo GmbH"}


def test_two_legal_entities_of_one_group_stay_two_recipients() -> None:
    text = (
        "Our code is hosted by GitHub, Inc. in the USA and its subsidiary GitHub B.V. in Amsterdam. "
        "We share crash reports with Google LLC and with Google Ireland Limited."
    )
    assert set(_named(text)) >= {"GitHub, Inc.", "GitHub B.V.", "Google LLC", "Google Ireland Limited"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Privacy notice\n\nQuillfield Press Ltd is the controller.\n\nWe may disclose data to "
            "Harrowgate Data Ltd or to law enforcement agencies where the law requires it.",
            "Harrowgate Data Ltd",
        ),
        (
            "# Privacyverklaring\n\nZeedijk Reizen B.V. is verwerkingsverantwoordelijke.\n\nWij kunnen "
            "gegevens verstrekken aan Duinrand Data B.V. of aan politie en justitie als de wet dat vereist.",
            "Duinrand Data B.V.",
        ),
        (
            "# Datenschutzhinweise\n\nVerantwortlich ist die Brunnental Reisen GmbH.\n\nWir können Daten "
            "an die Talgrund Daten GmbH oder an Strafverfolgungsbehörden übermitteln, wenn das Gesetz "
            "es verlangt.",
            "Talgrund Daten GmbH",
        ),
        (
            "# Politique de confidentialité\n\nVoyages Lavande SAS est responsable du traitement.\n\n"
            "Nous pouvons communiquer des données à Garrigue Données SAS ou aux autorités judiciaires "
            "lorsque la loi l'exige.",
            "Garrigue Données SAS",
        ),
    ],
)
def test_a_role_word_after_or_names_another_recipient(text: str, name: str) -> None:
    """"X or to law enforcement agencies": the police are another recipient; of X the notice says
    nothing, so X is not made a law enforcement body."""
    roles = {r.name: r.role for r in parse_text(text).recipients if r.named}
    assert roles.get(name) == "other_third_party", roles


def test_what_follows_two_names_joined_by_and_speaks_of_both() -> None:
    text = (
        "# Privacy notice\n\nQuillfield Press Ltd is the controller.\n\nIn-app purchases are handled "
        "by Orchardpay Ltd and Kettlecoin Ltd, who provide payment services."
    )
    roles = {r.name: r.role for r in parse_text(text).recipients if r.named}
    assert roles == {"Orchardpay Ltd": "bank_payment", "Kettlecoin Ltd": "bank_payment"}, roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We share your data with service providers, "
            "including Know Your Customer checks by Quillstack Ltd.",
            "Quillstack Ltd.",
        ),
        (
            "Wij delen uw gegevens met dienstverleners, zoals Ken Uw Klant controles door Quillstack B.V.",
            "Quillstack B.V.",
        ),
        (
            "Nous partageons vos données avec des prestataires, par exemple Connaître Votre Client "
            "(vérification d'identité) par Quillstack SAS.",
            "Quillstack SAS",
        ),
    ],
)
def test_a_capitalised_phrase_addressed_to_the_reader_is_no_name(text: str, name: str) -> None:
    # German capitalises every noun, so there a capital makes no name in the first place
    assert set(_named(text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        'Tidewell Ltd ("we") is the controller. We share your bank details with our hosting provider.',
        "Marées SAS (« nous ») est responsable du traitement. "
        "Nous partageons vos données de paiement avec notre hébergeur.",
        "Getijde B.V. is de verwerkingsverantwoordelijke. "
        "Wij delen uw betaalgegevens met onze hostingpartij.",
        "Verantwortlicher ist die Gezeiten GmbH. "
        "Wir geben Ihre Zahlungsdaten an unseren Hosting-Anbieter weiter.",
    ],
)
def test_a_role_word_that_qualifies_personal_data_names_no_recipient(text: str) -> None:
    # "bank details", "données de paiement": a kind of data; the compounds of Dutch and German
    # ("betaalgegevens", "Zahlungsdaten") hold no role word in the first place
    assert {r.role for r in parse_text(text).recipients} == {"it_hosting"}


def test_the_party_a_data_phrase_is_shared_with_keeps_its_role() -> None:
    text = 'Tidewell Ltd ("we") is the controller. We share your payment details with our bank.'
    assert {r.role for r in parse_text(text).recipients} == {"bank_payment"}


def test_the_issuer_of_cards_or_accounts_is_a_payment_party() -> None:
    text = "We share your data with Brightcoin Ltd, the issuer of your payment cards."
    assert _named(text) == {"Brightcoin Ltd": "bank_payment"}


@pytest.mark.parametrize(
    "text",
    [
        "We share your data with account information service providers, such as Quillbank Connect Ltd.",
        "Wij delen uw gegevens met rekeninginformatiedienstverleners, zoals Quillbank Connect B.V.",
        "Wir übermitteln Ihre Daten an Kontoinformationsdienstleister wie die Quillbank Connect GmbH.",
        "Nous communiquons vos données aux prestataires de services d'information sur les comptes, "
        "comme Quillbank Connect SAS.",
    ],
)
def test_an_account_information_service_is_a_payment_party(text: str) -> None:
    # PSD2's account information and payment initiation services are payment service providers,
    # more than the "service providers" their name ends with
    assert list(_named(text).values()) == ["bank_payment"]


@pytest.mark.parametrize(
    "text",
    [
        "We pass your identity number to Nordid Ltd, which provides electronic identification "
        "in the role of controller.",
        "Wij geven uw identiteitsnummer door aan Noordid B.V., die de elektronische identificatie "
        "levert in de rol van verwerkingsverantwoordelijke.",
        "Wir geben Ihre Ausweisnummer an die Nordid GmbH weiter, die die elektronische "
        "Identifizierung in der Rolle des Verantwortlichen erbringt.",
        "Nous transmettons votre numéro d'identité à Nordid SAS, qui fournit l'identification "
        "électronique en sa qualité de responsable de traitement.",
    ],
)
def test_a_party_in_the_role_of_controller_is_no_processor(text: str) -> None:
    assert list(_named(text).values()) == ["other_third_party"]


@pytest.mark.parametrize(
    "text",
    [
        "You may choose to share your reviews through social plug-ins, such as those of Pinterest.",
        "U kunt uw beoordelingen zelf delen met Pinterest.",
        "Si vous le souhaitez, vous pouvez partager vos avis avec Pinterest.",
        # a relative clause without its pronoun after a data noun: the reader shares
        "If you link a running app (such as Stridely) to our app, we receive the activity data you "
        "choose to share.",
    ],
)
def test_what_the_reader_chooses_to_share_names_no_recipient_of_ours(text: str) -> None:
    # German puts the verb last, beyond the reach looked at: there Pinterest stays a recipient
    assert _named(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("If you ask us to, we share your data with Quillbank Ltd.", "Quillbank Ltd."),
        ("The data you enter is shared with Quillbank Ltd for payment.", "Quillbank Ltd"),
        ("Om informatie over u te verstrekken aan Quillbank B.V. voor de betaling.", "Quillbank B.V."),
        ("Nous vous informons que nous partageons vos données avec Quillbank SAS.", "Quillbank SAS"),
    ],
)
def test_the_reader_as_object_or_after_us_leaves_our_recipient(text: str, name: str) -> None:
    assert set(_named(text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "We share cookie data with our partners, such as Criteo. To refuse cookies in Firefox, "
        "open its settings.",
        "Wij delen cookiegegevens met onze partners, zoals Criteo. Weigert u cookies in Firefox, "
        "open dan de instellingen.",
        "Wir geben Cookie-Daten an unsere Partner wie Criteo weiter. Um Cookies in Firefox "
        "abzulehnen, öffnen Sie die Einstellungen.",
        "Nous partageons les données des cookies avec nos partenaires, comme Criteo. Pour refuser "
        "les cookies dans Firefox, ouvrez les paramètres.",
    ],
)
def test_the_readers_web_browser_is_no_recipient(text: str) -> None:
    assert set(_named(text)) == {"Criteo"}


@pytest.mark.parametrize(
    "text",
    [
        "# Video meetings\n\nLarkspur Travel Ltd is the controller. We use "
        "[Jitsi](https://meet.larkspur.example) for our video meetings.",
        "# Videovergaderen\n\nLarkspur Reizen B.V. is de verwerkingsverantwoordelijke. Wij gebruiken "
        "[Jitsi](https://meet.larkspur.example) voor videovergaderingen.",
        "# Videokonferenzen\n\nVerantwortlicher ist die Larkspur Reisen GmbH. Wir nutzen "
        "[Jitsi](https://meet.larkspur.example) für Videokonferenzen.",
        "# Visioconférence\n\nLe responsable du traitement est Larkspur Voyages SAS. Nous utilisons "
        "[Jitsi](https://meet.larkspur.example) pour nos visioconférences.",
    ],
)
def test_a_tool_linked_to_the_controllers_own_site_is_no_recipient(text: str) -> None:
    assert "Jitsi" not in {r.name for r in parse_text(text).recipients}


def test_a_tool_linked_to_its_makers_site_stays_a_recipient() -> None:
    text = (
        "# Video meetings\n\nLarkspur Travel Ltd is the controller. We use "
        "[Jitsi](https://meet.jit.si) for our video meetings."
    )
    assert "Jitsi" in {r.name for r in parse_text(text).recipients}


def test_a_version_line_is_no_name_with_a_legal_form() -> None:
    # "d.d." is a legal form in Slovenia and Croatia, and "dated" in Dutch
    text = (
        "# Privacyverklaring\n\nVersie 1.2, d.d. 30 maart 2020\n\nLarkspur Reizen B.V. is de "
        "verwerkingsverantwoordelijke. Wij delen uw gegevens met Quillbank B.V."
    )
    assert {r.name for r in parse_text(text).recipients if r.named} == {"Quillbank B.V."}


@pytest.mark.parametrize(
    "text",
    [
        'Tidewell Ltd ("we") is the controller. We share your address with our e-mail service provider.',
        "Getijde B.V. is de verwerkingsverantwoordelijke. Wij delen uw adres met onze mailservice.",
        "Verantwortlicher ist die Gezeiten GmbH. Wir geben Ihre Adresse an unseren "
        "E-Mail-Dienstleister weiter.",
        "Marées SAS est responsable du traitement. Nous transmettons votre adresse à notre "
        "prestataire d'emailing.",
    ],
)
def test_an_e_mail_service_is_a_processor(text: str) -> None:
    assert {r.role for r in parse_text(text).recipients} == {"processor"}


@pytest.mark.parametrize(
    "text",
    [
        "We use Matomo for visitor statistics. Matomo is self-hosted, so no one else receives the data.",
        "Wij gebruiken Matomo voor bezoekersstatistieken. Matomo draait op onze eigen servers.",
        "Wir nutzen Matomo für Besucherstatistiken. Matomo läuft auf unseren eigenen Servern.",
        "Nous utilisons Matomo pour les statistiques de visite. Matomo est auto-hébergé.",
    ],
)
def test_a_tool_the_controller_hosts_itself_is_no_recipient(text: str) -> None:
    assert _named(text) == {}


def test_a_company_beside_a_self_hosting_statement_stays_a_recipient() -> None:
    text = "Our self-hosted shop sends your address to Parcelway Ltd for delivery."
    assert set(_named(text)) == {"Parcelway Ltd"}


def test_a_service_in_another_clause_of_a_self_hosting_sentence_stays_a_recipient() -> None:
    text = "Our website runs on our own servers; card payments are handled by Stripe."
    assert _named(text) == {"Stripe": "bank_payment"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "# Processors\n\nLarkspur Travel Ltd is the controller. We use these processors:\n\n"
            "Hosting: Cloudbarn Ltd\nPayments: Quillpay Ltd\nNewsletter: Inkwell Post Ltd\n",
            {"Cloudbarn Ltd": "it_hosting", "Quillpay Ltd": "bank_payment", "Inkwell Post Ltd": "processor"},
        ),
        (
            "# Verwerkers\n\nLarkspur Reizen B.V. is de verwerkingsverantwoordelijke. Wij werken met deze "
            "verwerkers:\n\nHosting: Cloudbarn B.V.\nBetalingen: Quillpay B.V.\nNieuwsbrief: Inktpost B.V.\n",
            {"Cloudbarn B.V.": "it_hosting", "Quillpay B.V.": "bank_payment", "Inktpost B.V.": "processor"},
        ),
        (
            "# Auftragsverarbeiter\n\nVerantwortlicher ist die Larkspur Reisen GmbH. Wir setzen diese "
            "Auftragsverarbeiter ein:\n\nHosting: Cloudbarn GmbH\nZahlungen: Quillpay GmbH\n"
            "Newsletter: Tintenpost GmbH\n",
            {"Cloudbarn GmbH": "it_hosting", "Quillpay GmbH": "bank_payment", "Tintenpost GmbH": "processor"},
        ),
        (
            "# Sous-traitants\n\nLe responsable du traitement est Larkspur Voyages SAS. Nous faisons appel "
            "à ces sous-traitants :\n\nHébergement : Cloudbarn SAS\nPaiements : Quillpay SAS\n"
            "Lettre d'information : Encrepost SAS\n",
            {"Cloudbarn SAS": "it_hosting", "Quillpay SAS": "bank_payment", "Encrepost SAS": "processor"},
        ),
    ],
)
def test_the_label_of_a_label_value_line_is_its_partys_function(text: str, roles: dict[str, str]) -> None:
    # each line is a record of its own: "Hosting" says nothing of the payment provider below it
    found = {r.name: r.role for r in parse_text(text).recipients if r.named}
    assert {n: found.get(n) for n in roles} == roles, found


@pytest.mark.parametrize(
    "text",
    [
        "We share your data with these parties:\n\n- Cloudbarn Ltd, our hosting provider\n- Ledgerly Ltd\n",
        "Wij delen uw gegevens met deze partijen:\n\n- Cloudbarn B.V., onze hostingpartij\n- Ledgerly B.V.\n",
        "Wir geben Ihre Daten an diese Empfänger weiter:\n\n- Cloudbarn GmbH, unser Hosting-Anbieter\n"
        "- Ledgerly GmbH\n",
        "Nous communiquons vos données à ces destinataires :\n\n- Cloudbarn SAS, notre hébergeur\n"
        "- Ledgerly SAS\n",
    ],
)
def test_a_list_item_does_not_take_the_role_of_the_item_before_it(text: str) -> None:
    found = _named(text)
    assert len(found) == 2 and list(found.values()) == ["it_hosting", "other_third_party"], found
