"""Countries from a notice's own text: nationality adjectives, postcodes with their towns, web
domains (weak), on sentences written for the project in the four languages."""

from __future__ import annotations

import pytest

from importers.notices.places import (
    address_countries,
    domain_countries,
    nationality_countries,
    place_of,
    postcodes,
)


def codes(found: list[tuple[int, str]]) -> list[str]:
    return [code for _, code in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij delen gegevens met de Nederlandse Belastingdienst.", ["NL"]),
        ("Daten gehen an die deutsche Rentenversicherung.", ["DE"]),
        ("Données transmises à l'administration fiscale française.", ["FR"]),
        ("We share data with the Dutch tax authority and an Irish bank.", ["NL", "IE"]),
        ("Les autorités belges et la banque luxembourgeoise.", ["BE", "LU"]),
        ("An einen österreichischen Dienstleister.", ["AT"]),
        ("the US parent and the Swiss branch", ["US", "CH"]),
        ("we use us and uk spelling", []),  # short forms only in capitals
        ("Frankly, nothing here.", []),
    ],
)
def test_nationality_adjectives(text: str, expected: list[str]) -> None:
    assert codes(nationality_countries(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zilverdijk B.V., Coolsingel 10, 3011 AD Rotterdam", ["NL"]),
        ("Postbus 123, 2500AB Den Haag", ["NL"]),
        ("Alpenmark GmbH, Leopoldstraße 12, 80802 München", ["DE"]),
        ("Beispiel GmbH, Hauptstraße 5, 65201 Wiesbaden", ["DE"]),
        ("Kleinfirma GmbH, Am Mühlweg 3, 35390 Gießen", ["DE"]),  # a German street word settles it
        ("Rivesaltes SAS, 12 rue des Lilas, 75011 Paris", ["FR"]),
        ("Société X, 4 avenue Foch, 66600 Rivesaltes", ["FR"]),
        ("Harbourline Ltd, 1 Dock Street, Leeds LS10 1JF", ["GB"]),
        ("Kaaistraat 8, 1000 Brussel", ["BE"]),
        ("Rue de la Loi 16, 1000 Bruxelles", ["BE"]),
        ("Bahnhofstrasse 1, 8001 Zürich", ["CH"]),
        ("Mariahilfer Straße 1, 1060 Wien", ["AT"]),
        ("Acme Inc., 1 Market Street, San Francisco, CA 94105", ["US"]),
        ("ul. Prosta 1, 00-838 Warszawa", ["PL"]),
        ("Siedlung 4, 12345 Unbekanntdorf", []),  # five digits, no known town or street word: nothing
        ("Order 4711 Items were shipped", []),
        ("in 2024 Customers may ask", []),
    ],
)
def test_postcodes_with_towns(text: str, expected: list[str]) -> None:
    assert codes(address_countries(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Havenstraat 4, 3011 AD Rotterdam", [("3011 AD", "Rotterdam")]),
        ("Hauptstr. 7, D-80331 München", [("D-80331", "München")]),
        ("Quai 3, 69002 Lyon", [("69002", "Lyon")]),
        ("ul. Długa 5, 00-950 Warszawa", [("00-950", "Warszawa")]),
        ("1 High Street, London EC1A 1BB", [("EC1A 1BB", None)]),
        ("L-1855 Luxembourg", [("L-1855", "Luxembourg")]),
        # numbers that are no postcode: amounts, dates, a year with a lower-case word, references
        ("1.000 Euro, 12/2024 Update, since 2018 we, ref. 45678", []),
    ],
)
def test_postcodes_and_where_their_town_starts(text: str, expected: list[tuple[str, str | None]]) -> None:
    # each case ends at its postcode's town or, for a code that stands alone, at the code
    found = [
        (text[at:town].strip(), text[town:]) if town >= 0 else (text[at:], None)
        for at, town in postcodes(text)
    ]
    assert found == expected


def test_country_code_domains_are_weak_evidence() -> None:
    text = "Contact privacy@voorbeeld.nl or see www.beispiel.de and example.com."
    assert codes(domain_countries(text, 0, len(text))) == ["NL", "DE"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Wij delen gegevens met de Nederlandse Belastingdienst.", "Belastingdienst", ("NL", "notice")),
        ("Verwerker: Polder Data B.V., Kade 4, 3011 AD Rotterdam.", "Polder Data B.V.", ("NL", "address")),
        ("We use Cloudvendor Inc. (United States) for hosting.", "Cloudvendor Inc.", ("US", "notice")),
        ("Wir nutzen Datenwerk GmbH (www.datenwerk.de).", "Datenwerk GmbH", ("DE", "domain")),
        ("We share data with Acme Ltd for billing.", "Acme Ltd", None),
        ("Our support desk is Quillstack Limited, Cork.", "Quillstack Limited", ("IE", "address")),
        ("Wir nutzen Datenwerk GmbH in München für den Versand.", "Datenwerk GmbH", ("DE", "address")),
        ("Support : Tidewatch Pvt Ltd, à Bangalore, pour l'aide.", "Tidewatch Pvt Ltd", ("IN", "address")),
        ("Verwerker: Polder Data B.V. te Utrecht.", "Polder Data B.V.", ("NL", "address")),
        ("Host: Quillstack Limited, Victoria Buildings.", "Quillstack Limited", None),
        ("Processor: Quillstack Limited, in our name.", "Quillstack Limited", None),
        ("Nous utilisons l'administration fiscale française.", "administration fiscale", ("FR", "notice")),
    ],
)
def test_place_of_a_named_organisation(text: str, name: str, expected: tuple[str, str] | None) -> None:
    assert place_of(text, name, [(0, len(text))]) == expected
