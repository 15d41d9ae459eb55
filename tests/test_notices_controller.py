"""The controller stage and the legal forms it reads, on texts written for the project (nl/en/de/fr)."""

from __future__ import annotations

import re

import pytest

from importers.notices import parse_text
from importers.notices.legalforms import LEGAL_NAME, _written_pattern


def _controller(text: str) -> str | None:
    x = parse_text(text)
    return x.controller.name if x.controller else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wij werken samen met Fietsclub Noordrand vzw voor de ritten.", "Fietsclub Noordrand vzw"),
        ("Les données sont gérées par Maison Verte ASBL à Namur.", "Maison Verte ASBL"),
        ("Our analytics run at Nordlicht Metrics OÜ in Tallinn.", "Nordlicht Metrics OÜ"),
        ("Hosting is provided by Kodiak Cloud, Inc., San Jose, USA.", "Kodiak Cloud, Inc."),
        ("Die Daten verarbeitet der Turnverein Talblick e. V. in Ulm.", "Turnverein Talblick e. V."),
    ],
)
def test_legal_forms_of_the_iso_list_end_a_name(text: str, name: str) -> None:
    assert any(m.group(0).endswith(name) for m in LEGAL_NAME.finditer(text))


def test_a_written_form_matches_with_or_without_the_space_after_a_dot() -> None:
    pattern = re.compile(_written_pattern("e. V."))
    assert pattern.fullmatch("e. V.") and pattern.fullmatch("e.V.")
    assert not re.compile(_written_pattern("Sp. z o.o.")).fullmatch("Sp.zo.o.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Privacyverklaring\n\nDe Regionale Dienst voor Fietsverhuur (RDF) is "
            "verwerkingsverantwoordelijke voor uw gegevens. RDF bewaart uw gegevens veilig."
            "\n\nContact: info@rdf-fietsen.be",
            "Regionale Dienst voor Fietsverhuur",
        ),
        (
            "# Politique de confidentialité\n\nL'ARMD est responsable du traitement de vos données.\n\n"
            "## Coordonnées\n\nAgence Régionale pour la Mobilité Durable\n12 rue des Lilas\n69003 Lyon\n\n"
            "L'ARMD répond à vos demandes.",
            "Agence Régionale pour la Mobilité Durable",
        ),
        (
            '# Privacy notice\n\nBluefin Readers Ltd ("we") is the controller of your data. '
            "If you do not pay, "
            "our debt collector Kestrel Recovery GmbH collects the debt. Kestrel acts as an independent "
            "controller; see the privacy notice of Kestrel Recovery GmbH.\n\n"
            "Bluefin Readers Ltd, 4 Quay Street, Leeds LS1 4AB",
            "Bluefin Readers Ltd",
        ),
        (
            "# Datenschutzerklärung\n\nVerantwortlich ist die Bergblick Verlag GmbH, Hauptstraße 3, "
            "87435 Kempten.\n\nDer Newsletter wird über Postfuchs versandt. Postfuchs wird betrieben "
            "von der Postfuchs "
            "Technologies, Inc., 12 Market Street, San Francisco, USA.",
            "Bergblick Verlag GmbH",
        ),
        (
            '# Privacy Policy\n\nThe Lantern ("The Lantern", "we") is owned and operated by Harbour Press '
            'Limited (a company registered in Scotland) ("we", "us"). We are the controller of your data.',
            "Harbour Press Limited",
        ),
    ],
)
def test_the_controller_is_the_organisation_the_statement_names(text: str, name: str) -> None:
    assert _controller(text) == name


def test_a_capitalised_word_opening_a_line_under_the_controller_heading_is_no_controller() -> None:
    text = (
        "# Responsable de traitement\n\nMembre de notre réseau, vous pouvez nous écrire.\n\n"
        "Nous sommes Atelier Lumen SAS, 3 rue Verte, 75011 Paris. Un membre de l'équipe vous répond."
    )
    assert _controller(text) == "Atelier Lumen SAS"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Nous faisons appel à Les Ateliers du Rail ASBL, qui fournit le service.",
            "Ateliers du Rail ASBL",  # the article before the name is dropped
        ),
        ("en", "Payments are made through Bank of Ireland plc, our bank.", "Bank of Ireland plc"),
        ("de", "Wir nutzen Dienste der Wolkenhaus GmbH aus Köln.", "Wolkenhaus GmbH"),
        (
            "de",
            "Wir übermitteln Ihre Daten an die Sparkasse am Niederrhein AG.",
            "Sparkasse am Niederrhein AG",
        ),
        (
            "de",
            "Wir geben Ihre Daten an die Rechenhaus an der Ruhr GmbH weiter, die das Hosting übernimmt.",
            "Rechenhaus an der Ruhr GmbH",
        ),
        ("nl", "Wij delen gegevens met de Bank voor de Bouw N.V.", "Bank voor de Bouw N.V."),
        (
            "fr",
            "Nous faisons appel à la Caisse de la Mutualité SA pour les paiements.",
            "Caisse de la Mutualité SA",
        ),
    ],
)
def test_a_language_s_joining_words_stand_inside_a_legal_name(language: str, text: str, name: str) -> None:
    found = [r.name for r in parse_text(text, language=language).recipients if r.named]
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Finchpay privacy policy\n\n"
            'In this policy, "we", "us" and "our" refer to Finchline Payments. '
            "We share your data with couriers.",
            "Finchline Payments",
        ),
        (
            "# Privacybeleid Finchpay\n\n"
            'In dit beleid verwijzen "wij" en "ons" naar Finchline Betalingen. '
            "Wij delen uw gegevens met koeriers.",
            "Finchline Betalingen",
        ),
        (
            "# Datenschutzhinweise Finchpay\n\n"
            "In diesen Hinweisen bezeichnen „wir“ und „uns“ die Finchline Zahlungen. "
            "Wir geben Ihre Daten an Paketdienste weiter.",
            "Finchline Zahlungen",
        ),
        (
            "# Politique de confidentialité Finchpay\n\n"
            "Dans cette politique, « nous » et « notre » désignent la société Finchline Paiements. "
            "Nous partageons vos données avec des transporteurs.",
            "Finchline Paiements",
        ),
    ],
)
def test_a_definition_of_we_names_the_controller_over_a_brand_in_the_title(text: str, name: str) -> None:
    assert _controller(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Datenschutzerklärung\n\nVerantwortlicher im Sinne der DSGVO ist:\n\nImkerei Wabenglück\n"
            "Lindenallee 7\n36037 Fulda\n\nWir versenden Bestellungen mit einem Paketdienst.\n",
            "Imkerei Wabenglück",
        ),
        (
            "# Privacy Policy\n\nThe controller within the meaning of the General Data Protection "
            "Regulation is:\n\nKestrel Kite School\n4 Dune Road\nLahinch, Ireland\n",
            "Kestrel Kite School",
        ),
        (
            "# Politique de confidentialité\n\nLe responsable du traitement au sens du RGPD est :\n\n"
            "Atelier Vélo Solidaire\n14 rue des Tanneurs\n35000 Rennes\n",
            "Atelier Vélo Solidaire",
        ),
        (
            "# Privacyverklaring\n\nVerwerkingsverantwoordelijke in de zin van de AVG is:\n\n"
            "Kinderopvang De Vlinderhof\nSchoolstraat 3\n3512 AB Utrecht\n",
            "Kinderopvang De Vlinderhof",
        ),
    ],
)
def test_the_name_on_the_line_below_a_controller_lead_in_is_the_controller(text: str, name: str) -> None:
    """ "The controller is:" leads in the name and address on the lines below; the law the lead-in
    cites ("im Sinne der DSGVO", "the General Data Protection Regulation") is no organisation."""
    assert _controller(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Politique de confidentialité\n\nL'association Les Randonneurs du Vercors, dont le siège "
            "est situé 3 place Grenette, 38000 Grenoble, est responsable des traitements de vos données.",
            "Randonneurs du Vercors",
        ),
        (
            "# Privacy notice\n\nMillbrook Allotment Society, a community group founded in 1987, "
            "Station Lane, Leeds LS6 2AB, is the controller of your personal data.",
            "Millbrook Allotment Society",
        ),
        (
            "# Privacyverklaring\n\nStichting Speeltuin Oosterpark, gevestigd aan de Parklaan 5, "
            "2011 AB Haarlem, is verantwoordelijk voor de verwerking van persoonsgegevens.",
            "Stichting Speeltuin Oosterpark",
        ),
        (
            "# Datenschutz\n\nDer Schachklub Springerturm, vertreten durch den Vorstand, Marktplatz 1, "
            "93047 Regensburg, ist verantwortlich für die Verarbeitung Ihrer Daten.",
            "Schachklub Springerturm",
        ),
    ],
)
def test_the_subject_before_an_aside_between_commas_is_the_controller_not_the_town(
    text: str, name: str
) -> None:
    """ "X, <who and where X is>, is the controller": X, not the town of the address before the verb."""
    found = _controller(text)
    assert found is not None and found.endswith(name), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Datenschutz\n\nVerantwortlich für die Datenverarbeitung ist die Tierarztpraxis Dr. Jonas "
            "Brandt, Wiesenweg 3, 24103 Kiel.",
            "Tierarztpraxis Dr. Jonas Brandt",
        ),
        (
            "# Privacy notice\n\nSt. Brendan Rowing Club is the controller of the data of its members.",
            "St. Brendan Rowing Club",
        ),
        (
            "# Privacyverklaring\n\nTandartspraktijk Dr. Visser is verantwoordelijk voor de verwerking "
            "van uw gegevens.",
            "Tandartspraktijk Dr. Visser",
        ),
        (
            "# Confidentialité\n\nLe Cabinet Dr. Morel est responsable du traitement de vos données.",
            "Cabinet Dr. Morel",
        ),
    ],
)
def test_an_abbreviated_title_s_full_stop_stands_inside_a_name(text: str, name: str) -> None:
    assert _controller(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "# Privacyverklaring Dierenkliniek Het Baken\n\nDierenkliniek Het Baken is een praktijk voor "
            "gezelschapsdieren. De kliniek hoort bij Stichting Dierenzorg Westkust, die verantwoordelijk is "
            "voor de verwerking van uw gegevens.\n\n© Dierenkliniek Het Baken · www.hetbaken-dieren.nl",
            "Stichting Dierenzorg Westkust",
        ),
        (
            "# Riverside Climbing Wall privacy notice\n\nRiverside Climbing Wall is run by Harbourside "
            "Leisure Trust Ltd, which is the controller of your personal data.\n\n"
            "© Riverside Climbing Wall",
            "Harbourside Leisure Trust Ltd",
        ),
        (
            "# Confidentialité — Piscine des Tilleuls\n\nLa Piscine des Tilleuls est gérée par Aqualoisirs "
            "Centre SAS, qui est responsable du traitement de vos données.",
            "Aqualoisirs Centre SAS",
        ),
    ],
)
def test_the_name_before_a_relative_clause_on_the_processing_is_the_controller(text: str, name: str) -> None:
    """ "X, which is the controller": the relative pronoun after the comma makes X the subject, so the
    operator named there beats the brand in the title, the copyright line and the domain."""
    assert _controller(text) == name


def test_a_responsible_heading_leads_in_the_name_below_it_over_a_vendor_named_later() -> None:
    """A heading that only says "Verantwortlich" leads in the name on the line below, with the
    owners and the address on the lines after it; a platform named later as "Anbieter" is no
    controller."""
    text = (
        "# Datenschutzerklärung\n\n**Lesezeichen – Ihr Buchladen am Markt**\n\n## Verantwortlich\n\n"
        "Brand & Sohn Buchhandel OHG\nInhaber: Lea Brand und Tim Sohn\nMarktstraße 4\n"
        "34117 Kassel\n\n## Onlineshop\n\nUnser Shop läuft auf einer Plattform. Anbieter ist die "
        "Shopwerk Commerce Limited, 5 Dock Road, Dublin 2, Irland. Die Shopwerk Commerce Limited "
        "speichert Ihre Bestelldaten.\n"
    )
    assert _controller(text) == "Brand & Sohn Buchhandel OHG"


@pytest.mark.parametrize(
    ("language", "text", "controller"),
    [
        (
            "de",
            "# Datenschutzhinweise der Bayerischen Hagelkasse AG\n\nDie Bayerische Hagelkasse AG ist "
            "Verantwortliche für die Verarbeitung Ihrer Daten. Die Daten der Bayerischen Hagelkasse AG "
            "werden von der Datenwerk GmbH als Auftragsverarbeiter gehostet.",
            "Bayerische Hagelkasse AG",
        ),
        (
            "de",
            "# Datenschutz\n\nDer Nordhessische Wanderverein e.V. ist verantwortlich für die Verarbeitung "
            "Ihrer Daten. Die Mitgliederdaten des Nordhessischen Wandervereins e.V. verwaltet die Rekenhal "
            "GmbH als Auftragsverarbeiter.",
            "Nordhessische Wanderverein e.V.",
        ),
    ],
)
def test_the_controller_s_name_declined_is_not_a_recipient(language: str, text: str, controller: str) -> None:
    """A declined adjective ("der Bayerischen …") still names the controller, not a recipient."""
    x = parse_text(text, language=language)
    assert x.controller is not None and x.controller.name == controller
    named = {r.name for r in x.recipients if r.named}
    assert "Datenwerk GmbH" in named or "Rekenhal GmbH" in named
    assert not any(n.split()[-2:] == controller.split()[-2:] for n in named), named


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "# Datenschutzerklärung\n\nVerantwortlicher im Sinne der DSGVO ist:\n\nMühlbach Energie GmbH\n"
            "Industriestraße 4\n70565 Stuttgart\n",
            "DE",
        ),
        (
            "Fietsplan is een handelsnaam van Tweewieler Lease B.V., gevestigd aan de Stationsweg 12, "
            "3811 AB Amersfoort. Tweewieler Lease B.V. is verantwoordelijk voor de verwerking.",
            "NL",
        ),
        (
            "Le responsable de traitement est la société Brasserie des Quais SAS, dont le siège social est "
            "situé 4 quai Saint-Vincent, 69001 Lyon.",
            "FR",
        ),
        ("Alpenblick AG, Seestrasse 12, 8002 Zürich, is the controller of your personal data.", "CH"),
    ],
)
def test_the_controllers_country_from_its_postcode_and_town(text: str, country: str) -> None:
    x = parse_text(text)
    assert x.controller is not None and x.controller.country == country


def test_keeping_data_in_the_controllers_own_country_outside_the_eea_is_no_transfer() -> None:
    text = (
        "Alpenblick AG, Seestrasse 12, 8002 Zürich, is the controller of your personal data. "
        "We store your data on servers in Switzerland. Some providers are in the United States; "
        "these transfers rest on standard contractual clauses."
    )
    destinations = {d for t in parse_text(text).transfers if t.outside_eea for d in t.destinations}
    assert destinations == {"US"}


def test_a_possessive_inside_a_name_keeps_the_name_whole() -> None:
    text = (
        'St Brendan\'s Hospital ("the Hospital", "we") is the data controller for the personal information '
        "we hold about patients. We share referrals with Children's Harbour Clinic."
    )
    x = parse_text(text)
    assert x.controller is not None and x.controller.name == "St Brendan's Hospital"
    assert "Children's Harbour Clinic" in {r.name for r in x.recipients if r.named}


@pytest.mark.parametrize(
    ("text", "controller"),
    [
        (
            "Die Talblick Kliniken GmbH und die Talblick Reha GmbH sind gemeinsam Verantwortliche im Sinne "
            "von Art. 26 DSGVO. Laborleistungen erbringt die Synlab GmbH für uns.",
            "Talblick Kliniken GmbH",
        ),
        (
            "Kestrel Clinics Ltd and Kestrel Rehab Ltd are joint controllers of the data described here. "
            "We use Cloudbarn Ltd for hosting.",
            "Kestrel Clinics Ltd",
        ),
        (
            "Acme Ltd is the controller of your data. For events we are joint controllers with Harbour "
            "Events Ltd. We use Cloudbarn Ltd for hosting.",
            "Acme Ltd",
        ),
        (
            "Acme B.V. is verantwoordelijk voor de verwerking van uw gegevens. Voor incasso is Kade Incasso "
            "B.V. zelfstandig verwerkingsverantwoordelijke.",
            "Acme B.V.",
        ),
    ],
)
def test_joint_controllers_named_as_subject_are_the_notices_and_a_statement_beside_another_stands(
    text: str, controller: str
) -> None:
    assert _controller(text) == controller


@pytest.mark.parametrize(
    ("text", "controller"),
    [
        (
            "Verantwortlich für die Verarbeitung Ihrer Daten ist die Stadtbücherei Kleinfeld. Jede Stelle "
            "der Bücherei sieht nur die Daten, die sie braucht; keine Stelle gibt Daten weiter.\n\n"
            "„Verantwortlicher“: die Stelle, die über die Zwecke und Mittel der Verarbeitung entscheidet.",
            "Stadtbücherei Kleinfeld",
        ),
        (
            'The controller of your data is the Harbourside Library Trust.\n\n"Controller" means the body '
            "which alone or jointly with others decides why and how personal data are processed.",
            "Harbourside Library Trust",
        ),
        (
            "De verwerkingsverantwoordelijke is Bibliotheek Kleindorp.\n\n"
            "'Verwerkingsverantwoordelijke': de Instantie die het doel en de middelen van de "
            "verwerking bepaalt.",
            "Bibliotheek Kleindorp",
        ),
        (
            "Le responsable du traitement est la Médiathèque de Valbonne.\n\n"
            "« Responsable du traitement » : l'Organisme qui détermine les finalités et les moyens "
            "du traitement.",
            "Médiathèque de Valbonne",
        ),
    ],
)
def test_a_quoted_controller_term_defined_in_a_glossary_names_no_controller(
    text: str, controller: str
) -> None:
    assert _controller(text) == controller


@pytest.mark.parametrize(
    ("text", "controller"),
    [
        (
            "Harbour Tools Ltd is the controller of your data. If you apply for a job at Harbour Tools, we "
            "handle your application in a hiring system provided by Quarry Hire Software, Inc.",
            "Harbour Tools Ltd",
        ),
        (
            "Fietsplaats B.V. is verantwoordelijk voor de verwerking. Solliciteer je bij Fietsplaats, dan "
            "verwerken we je brief in een systeem dat wordt beheerd door Werving Online B.V.",
            "Fietsplaats B.V.",
        ),
        (
            "Verantwortlich ist die Kaffeehaus Lindner GmbH. Bei Kaffeehaus Lindner nutzen wir für "
            "Bewerbungen ein Portal, betrieben von der Jobportal Nord GmbH.",
            "Kaffeehaus Lindner GmbH",
        ),
        (
            "Le responsable du traitement est Atelier Brume SAS. Chez Atelier Brume, les "
            "candidatures passent "
            "par un logiciel exploité par Recrutis SARL.",
            "Atelier Brume SAS",
        ),
        ('"Velocab" (the app and velocab.example) is a trading name of Pedal Works Ltd.', "Pedal Works Ltd."),
    ],
)
def test_a_brand_is_the_name_just_before_its_trading_name_cue(text: str, controller: str) -> None:
    assert _controller(text) == controller


@pytest.mark.parametrize(
    "text",
    [
        "Privacy for applicants\n\nController\n\nLakeview Hotels Group Ltd, 4 Quay Street, Galway (company "
        "number 612345), which recruits for itself and for its hotels (Lakeview Galway Ltd, Lakeview "
        "Cork Ltd).",
        "Privacy voor sollicitanten\n\nVerwerkingsverantwoordelijke\n\nHotelgroep De Linden B.V., "
        "Dorpsstraat 4, "
        "Zeist (KvK 12345678), die werft voor zichzelf en voor haar hotels (Linden Zeist B.V., "
        "Linden Ede B.V.).",
        "Datenschutz für Bewerber\n\nVerantwortlicher\n\nHotelgruppe Lindenhof GmbH, Seestraße 4, Konstanz "
        "(HRB 712345), die für sich und ihre Hotels einstellt (Lindenhof Konstanz GmbH, Lindenhof "
        "Lindau GmbH).",
        "Données des candidats\n\nResponsable du traitement\n\nGroupe Hôtelier Les Saules SAS, 8 rue "
        "du Lac, Annecy "
        "(RCS Annecy 812 345 678), qui recrute pour ses hôtels (Les Saules Annecy SARL, Les Saules "
        "Évian SARL).",
    ],
)
def test_the_name_opening_the_line_under_a_controller_heading_wins_over_those_in_brackets(text: str) -> None:
    x = parse_text(text)
    expected = text.split("\n\n")[2].split(",")[0]
    assert x.controller is not None and x.controller.name == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Woonpunt Noorderkempen cv verhuurt sociale woningen.", "Woonpunt Noorderkempen cv"),
        ("De boekhouding doet Cijfers Van Dael bv uit Geel.", "Cijfers Van Dael bv"),
        ("Les paiements passent par Paiements Meuse srl à Liège.", "Paiements Meuse srl"),
    ],
)
def test_belgian_legal_forms_written_in_lower_case_end_a_name(text: str, name: str) -> None:
    assert any(m.group(0).endswith(name) for m in LEGAL_NAME.finditer(text))


def test_a_cv_sent_with_an_application_is_no_organisation() -> None:
    text = (
        "Solliciteren bij Bakkerij Hermans bv: stuur je cv en motivatie naar ons. Uw CV bewaren we zes "
        "maanden. We delen het niet met Werving Plus bv of met Jobnet."
    )
    x = parse_text(text)
    assert x.controller is not None and x.controller.name == "Bakkerij Hermans bv"
    assert not [r.name for r in x.recipients if r.named and "cv" in r.name.lower()]


# Where notices name their controller: an address block, a title naming a country, an apposition
# naming a processor, several group companies, an imprint line with a label, a "this notice
# explains how X uses your data" opening, a brand, a generic word capitalised before the name.
_LAYOUTS = [
    (
        "en-addr",
        "Privacy notice\n\nHarbourlight Dental Care\n12 Quay Street\nGalway H91 X2Y3\nIreland\n\nWe "
        "collect your name and medical history. We use Dentally Ltd for our practice software.",
        "Harbourlight Dental Care",
    ),
    (
        "en-country",
        "Privacy Notice – United Kingdom\n\nThis notice explains how Brightmoor Learning Ltd uses "
        "your data. We share data with Moodle Pty Ltd.",
        "Brightmoor Learning Ltd",
    ),
    (
        "en-appos",
        "Who we are\n\nWe are Fernside Pharmacy Ltd. Our website is run for us by our processor, "
        "Webcrafters Ltd, a design agency in Leeds.",
        "Fernside Pharmacy Ltd",
    ),
    (
        "en-several",
        "This notice is issued on behalf of the Tallis Group, which consists of Tallis Holdings plc, "
        "Tallis Bank Ltd and Tallis Insurance Ltd. Tallis Bank Ltd is the controller of your account data.",
        "Tallis Bank Ltd",
    ),
    (
        "nl-addr",
        "Privacyverklaring\n\nTandartspraktijk De Brug\nKerkstraat 12\n3811 AB Amersfoort\n\nWij "
        "verwerken uw gegevens. Voor ons patiëntendossier gebruiken we Exquise B.V.",
        "Tandartspraktijk De Brug",
    ),
    (
        "nl-country",
        "Privacyverklaring Nederland\n\nIn deze verklaring leest u hoe Kustlicht Reizen B.V. met uw "
        "gegevens omgaat. Wij delen gegevens met Booking.com B.V.",
        "Kustlicht Reizen B.V.",
    ),
    (
        "nl-appos",
        "Wie zijn wij?\n\nWij zijn Bakkerij Van Dijk B.V. Onze webwinkel wordt voor ons beheerd door "
        "onze verwerker, Webwinkelbouw B.V., een bureau in Utrecht.",
        "Bakkerij Van Dijk B.V.",
    ),
    (
        "de-addr",
        "Datenschutzerklärung\n\nZahnarztpraxis am Markt\nMarktplatz 3\n79098 Freiburg\n\nWir "
        "verarbeiten Ihre Daten. Für die Abrechnung nutzen wir die DZR GmbH.",
        "Zahnarztpraxis am Markt",
    ),
    (
        "de-country",
        "Datenschutzhinweise Deutschland\n\nHier erfahren Sie, wie die Bergblick Reisen GmbH Ihre "
        "Daten verarbeitet. Wir geben Daten an die Lufthansa AG weiter.",
        "Bergblick Reisen GmbH",
    ),
    (
        "de-appos",
        "Wer wir sind\n\nWir sind die Metzgerei Huber GmbH. Unseren Webshop betreibt für uns unser "
        "Auftragsverarbeiter, die Shopbau GmbH, eine Agentur in Köln.",
        "Metzgerei Huber GmbH",
    ),
    (
        "fr-addr",
        "Politique de confidentialité\n\nCabinet dentaire des Tilleuls\n12 rue de la Paix\n75002 "
        "Paris\n\nNous traitons vos données. Pour les rendez-vous, nous utilisons Doctolib SAS.",
        "Cabinet dentaire des Tilleuls",
    ),
    (
        "fr-country",
        "Politique de confidentialité – France\n\nCette politique explique comment Voyages Azur SAS "
        "traite vos données. Nous partageons des données avec Air France SA.",
        "Voyages Azur SAS",
    ),
    (
        "fr-appos",
        "Qui sommes-nous ?\n\nNous sommes la Boulangerie Martin SARL. Notre site est géré pour nous "
        "par notre sous-traitant, Webagence SAS, une agence à Lyon.",
        "Boulangerie Martin SARL",
    ),
    (
        "en-imprint-only",
        "Cookie and privacy notice\n\nWe use cookies and collect your e-mail address for our "
        "newsletter, sent with Mailchimp.\n\nContact: Orchard Lane Books Ltd, 4 Orchard Lane, Bath "
        "BA1 1AA, United Kingdom. Company number 01234567.",
        "Orchard Lane Books Ltd",
    ),
    (
        "de-imprint-only",
        "Datenschutz\n\nWir verwenden Cookies und versenden einen Newsletter über Brevo.\n\nKontakt: "
        "Buchhandlung Lindenblatt GmbH, Lindenstraße 4, 10115 Berlin, HRB 12345 B.",
        "Buchhandlung Lindenblatt GmbH",
    ),
    (
        "nl-we-def",
        "In deze verklaring betekent 'wij' Zorggroep Noorderlicht en haar dochters Noorderlicht "
        "Thuiszorg B.V. en Noorderlicht Wonen B.V. Wij delen gegevens met Nedap N.V.",
        "Zorggroep Noorderlicht",
    ),
    (
        "fr-several",
        "La présente politique s'applique aux sociétés du groupe Alpina : Alpina Holding SA, Alpina "
        "Hôtels SAS et Alpina Ski SARL. Alpina Hôtels SAS est responsable du traitement des données "
        "des clients.",
        "Alpina Hôtels SAS",
    ),
    (
        "en-brand",
        "Velo Club app – privacy policy\n\nThe Velo Club app is provided by Spokewise Ltd "
        '("Spokewise", "we"). We use Stripe for payments.',
        "Spokewise Ltd",
    ),
    (
        "de-brand",
        "Datenschutz für die App „FitPunkt“\n\nDie App FitPunkt wird von der Sportwerk Digital GmbH "
        "(„wir“) angeboten. Zahlungen wickelt Stripe ab.",
        "Sportwerk Digital GmbH",
    ),
    (
        "en-city-country",
        'Privacy notice\n\nDublin, Ireland – last updated 1 March 2026\n\nClover Tutors Ltd ("we") '
        "runs online tutoring. We use Zoom Video Communications, Inc.",
        "Clover Tutors Ltd",
    ),
    (
        "fr-generic",
        "Protection des données\n\nLe Responsable de traitement est l'Association Sportive de "
        "Vaucluse, 3 place du Marché, 84000 Avignon.",
        "Association Sportive de Vaucluse",
    ),
    (
        "nl-generic",
        "Privacy\n\nDe Verwerkingsverantwoordelijke is de Stichting Muziekschool Tiel, Hoogstraat 4, "
        "4001 AB Tiel.",
        "Stichting Muziekschool Tiel",
    ),
    (
        "en-generic",
        "Privacy Policy\n\nThe Data Controller is the Institute of Coastal Studies, 2 Harbour Road, "
        "Plymouth PL1 2AB.",
        "Institute of Coastal Studies",
    ),
    (
        "de-generic",
        "Datenschutz\n\nVerantwortliche Stelle im Sinne der DSGVO ist der Musikverein Harmonie "
        "Talheim e.V., Hauptstraße 2, 74388 Talheim.",
        "Musikverein Harmonie Talheim e.V.",
    ),
]


@pytest.mark.parametrize(("key", "text", "controller"), _LAYOUTS, ids=[case[0] for case in _LAYOUTS])
def test_the_controller_in_the_layouts_notices_use(key: str, text: str, controller: str) -> None:
    assert (_controller(text) or "").rstrip(".") == controller.rstrip(".")


# More layouts: an address block with a suite, a post box or the owner's line under the name;
# "Company" defined as the controller; a processor in apposition; a group under one alias; a
# copyright line with an article; a KvK line; "this website is operated by".
_MORE_LAYOUTS = [
    (
        "en-suite",
        "Privacy notice\n\nNorthgate Analytics Ltd\nSuite 4, Harbour House\n10 Dock Road\nLiverpool "
        "L3 4AB\n\nWe process your data to provide our services. Our hosting provider is Amazon Web "
        "Services EMEA SARL.",
        "Northgate Analytics Ltd",
    ),
    (
        "nl-postbus",
        "Privacyverklaring\n\nWoonstichting De Haven\nPostbus 1234\n3000 AA Rotterdam\n\nWij "
        "verwerken uw gegevens voor de verhuur. Onze verwerker Microsoft Ireland Operations Limited "
        "host onze e-mail.",
        "Woonstichting De Haven",
    ),
    (
        "de-street",
        "Datenschutzerklärung\n\nVerantwortlich:\nPhysiotherapie Lindenhof\nInh. Maria "
        "Keller\nLindenstraße 12\n70173 Stuttgart\n\nWir verarbeiten Ihre Gesundheitsdaten. Die "
        "Abrechnung übernimmt die Optica Abrechnungszentrum GmbH.",
        "Physiotherapie Lindenhof",
    ),
    (
        "fr-bp",
        "Politique de confidentialité\n\nMutuelle des Artisans du Rhône\nBP 1234\n69002 Lyon\n\nNous "
        "traitons vos données pour gérer votre contrat. Notre prestataire Almerys SAS gère le tiers payant.",
        "Mutuelle des Artisans du Rhône",
    ),
    (
        "en-generic-company",
        'Privacy Policy\n\nIn this policy, "Company", "we" and "us" mean Lumen Health Ltd. The '
        "Company uses Salesforce for its customer records.",
        "Lumen Health Ltd",
    ),
    (
        "en-appos-processor",
        "Lumen Health Ltd is the controller. For our website we use a processor, Webhost Ireland "
        "Limited, which is the controller of nothing but provides hosting; Webhost Ireland Limited "
        "stores our forms.",
        "Lumen Health Ltd",
    ),
    (
        "nl-appos-processor",
        "Verantwoordelijk voor de verwerking is Fysio Centrum Zuid. Onze verwerker, Intramed B.V., "
        "levert het dossier; Intramed B.V. bewaart de gegevens in Nederland. Intramed B.V. is "
        "gecertificeerd.",
        "Fysio Centrum Zuid",
    ),
    (
        "de-appos-processor",
        "Verantwortlich ist die Praxis Dr. Hansen. Unser Auftragsverarbeiter, die Medatixx GmbH & "
        "Co. KG, betreibt die Praxissoftware; die Medatixx GmbH & Co. KG speichert Daten in Deutschland.",
        "Praxis Dr. Hansen",
    ),
    (
        "fr-appos-processor",
        "Le responsable du traitement est le Cabinet Dupont. Notre sous-traitant, la société "
        "Doctolib SAS, gère les rendez-vous ; Doctolib SAS héberge les données en France.",
        "Cabinet Dupont",
    ),
    (
        "en-group",
        "Privacy notice of the Ardent Group\n\nArdent Holdings plc and its subsidiaries Ardent "
        'Insurance Ltd and Ardent Finance Ltd (together "Ardent", "we") are responsible for your '
        "data. We share data with our reinsurer Swiss Re Europe S.A.",
        "Ardent Holdings plc",
    ),
    (
        "nl-data",
        "Privacy\n\nGegevens\n\nKinderopvang Zonnestraal B.V. verwerkt gegevens van ouders en "
        "kinderen. Wij gebruiken Konnect B.V. voor de ouderapp.",
        "Kinderopvang Zonnestraal B.V.",
    ),
    (
        "en-footer",
        "How we use your information\n\nWe collect your name and e-mail address when you book a "
        "table. Bookings run on OpenTable.\n\n© 2026 The Copper Kettle Tearooms. All rights reserved.",
        "Copper Kettle Tearooms",
    ),
    (
        "fr-footer",
        "Vos données\n\nNous collectons votre nom et votre e-mail lors d'une réservation, via "
        "TheFork.\n\n© 2026 Brasserie du Port – Tous droits réservés.",
        "Brasserie du Port",
    ),
    (
        "nl-kvk",
        "Privacybeleid\n\nDit privacybeleid is van toepassing op Hondenschool Blaf, ingeschreven bij "
        "de KvK onder nummer 12345678. Wij gebruiken Mollie B.V. voor betalingen.",
        "Hondenschool Blaf",
    ),
    (
        "en-operated",
        "Privacy policy for tidytasks.example\n\nThis website is operated by Tidy Tasks Cleaning Ltd "
        "(company number 1234567), 5 Mill Lane, York YO1 7AA. We use Stripe Payments Europe Limited "
        "for payments.",
        "Tidy Tasks Cleaning Ltd",
    ),
]


@pytest.mark.parametrize(
    ("key", "text", "controller"), _MORE_LAYOUTS, ids=[case[0] for case in _MORE_LAYOUTS]
)
def test_the_controller_in_more_layouts(key: str, text: str, controller: str) -> None:
    assert (_controller(text) or "").rstrip(".") == controller.rstrip(".")


# Still more: a two-column table, a "Data controller:" label line, a "name and contact details of
# the controller" heading above an address block, "Wir, die X", "Nous, la société X", and a Dutch
# owner whose name opens with particles ("Van der Berg Groen B.V.").
_TABLE_AND_LABEL_LAYOUTS = [
    (
        "en-table",
        "# Privacy notice\n\n| | |\n|---|---|\n| Data controller | Riverbend Foods Ltd |\n| Address "
        "| 3 Mill Road, Leeds LS1 4AB |\n\nWe share orders with DPD UK Ltd.",
        "Riverbend Foods Ltd",
    ),
    (
        "de-table",
        "# Datenschutz\n\n| | |\n|---|---|\n| Verantwortlicher | Bäckerei Sonnenkorn GmbH |\n| "
        "Anschrift | Marktstraße 3, 79098 Freiburg |\n\nBestellungen liefert die DHL Paket GmbH.",
        "Bäckerei Sonnenkorn GmbH",
    ),
    (
        "en-label",
        "Privacy notice\n\nData controller: Riverbend Foods Ltd, 3 Mill Road, Leeds LS1 4AB.\n\nWe "
        "share orders with DPD UK Ltd and use Shopify International Limited for our shop.",
        "Riverbend Foods Ltd",
    ),
    (
        "nl-label",
        "Privacyverklaring\n\nVerwerkingsverantwoordelijke: Zorgbureau Lindeboom, Dorpsstraat 3, "
        "3811 AB Amersfoort.\n\nWij werken met Nedap N.V. voor het zorgdossier.",
        "Zorgbureau Lindeboom",
    ),
    (
        "fr-label",
        "Politique de confidentialité\n\nResponsable du traitement : Librairie Les Mots Doux, 12 rue "
        "de la Paix, 75002 Paris.\n\nNous utilisons Shopify pour la boutique.",
        "Librairie Les Mots Doux",
    ),
    (
        "en-heading-name",
        "Name and contact details of the controller\n\nKestrel Fitness Clubs Limited\nUnit 4, Castle "
        "Park\nCork T12 AB34\n\nWe use Glofox for bookings and Stripe Payments Europe Limited for payments.",
        "Kestrel Fitness Clubs Limited",
    ),
    (
        "de-heading-name",
        "Name und Kontaktdaten des Verantwortlichen\n\nHaus am See Pflege gGmbH\nSeestraße 1\n14467 "
        "Potsdam\n\nWir nutzen die Software der Medifox DAN GmbH.",
        "Haus am See Pflege gGmbH",
    ),
    (
        "fr-heading-name",
        "Identité du responsable de traitement\n\nAssociation Les Amis du Rail\n4 place de la "
        "Gare\n69002 Lyon\n\nNous utilisons HelloAsso pour les adhésions.",
        "Association Les Amis du Rail",
    ),
    (
        "en-we-multi",
        'Privacy notice of Stonebridge Estates\n\nStonebridge Estates Limited ("Stonebridge") is the '
        "controller. We instruct Harbour Lettings Ltd, our managing agent, which acts as our processor.",
        "Stonebridge Estates Limited",
    ),
    (
        "nl-dba",
        "Privacyverklaring van Bloemenhuis Flora\n\nBloemenhuis Flora is een handelsnaam van Van der "
        "Berg Groen B.V., ingeschreven bij de KvK. Bezorging gebeurt door PostNL.",
        "Van der Berg Groen B.V.",
    ),
    (
        "de-we-ist",
        "Datenschutzerklärung\n\nWir, die Autohaus Brenner GmbH & Co. KG, nehmen den Schutz Ihrer "
        "Daten ernst. Für die Finanzierung arbeiten wir mit der Santander Consumer Bank AG.",
        "Autohaus Brenner GmbH & Co. KG",
    ),
    (
        "fr-nous",
        "Politique de confidentialité\n\nNous, la société Transports Durand SARL, traitons vos "
        "données pour vos livraisons. Nos factures sont envoyées via Pennylane SAS.",
        "Transports Durand SARL",
    ),
]


@pytest.mark.parametrize(
    ("key", "text", "controller"),
    _TABLE_AND_LABEL_LAYOUTS,
    ids=[case[0] for case in _TABLE_AND_LABEL_LAYOUTS],
)
def test_the_controller_in_tables_labels_and_address_blocks(key: str, text: str, controller: str) -> None:
    assert (_controller(text) or "").rstrip(".") == controller.rstrip(".")
