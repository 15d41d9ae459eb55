"""Register cells and headers: the words of four languages, dates, countries, tools, header rows."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.registers import values as v
from importers.registers.headers import SheetKind, find_layout
from importers.registers.lexicon import Field, field_for_header
from importers.registers.tables import RawSheet, parse_csv, sniff_delimiter
from model.flows import SpecialCategory, TiaStatus, ToolKind
from model.parties import Role, Tristate


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Leverancier", Field.NAME),
        ("Vendor", Field.NAME),
        ("Anbieter", Field.NAME),
        ("Fournisseur", Field.NAME),
        ("  VENDOR   NAME ", Field.NAME),
        ("Anbietername", Field.NAME),
        ("Land", Field.COUNTRY),
        ("Country", Field.COUNTRY),
        ("Sitz", Field.COUNTRY),
        ("Pays", Field.COUNTRY),
        ("Pays d’établissement", Field.COUNTRY),
        ("Land leverancier", Field.COUNTRY),
        ("Vendor country", Field.COUNTRY),
        ("Rol", Field.ROLE),
        ("Rôle", Field.ROLE),
        ("ROLE", Field.ROLE),
        ("Verwerkersovereenkomst", Field.DPA),
        ("DPA", Field.DPA),
        ("AVV", Field.DPA),
        ("Accord de sous-traitance", Field.DPA),
        ("SCC module", Field.SCC_MODULE),
        ("SCC-Modul", Field.SCC_MODULE),
        ("DPF", Field.DPF),
        ("DPF certified?", Field.DPF),
        ("BCR", Field.BCR),
        ("Doorgiftemechanisme", Field.MECHANISM),
        ("Transfer mechanism", Field.MECHANISM),
        ("Mécanisme de transfert", Field.MECHANISM),
        ("Subverwerkers", Field.SUBPROCESSOR),
        ("Sub-processors", Field.SUBPROCESSOR),
        ("Unterauftragsverarbeiter", Field.SUBPROCESSOR),
        ("Sous-traitants ultérieurs", Field.SUBPROCESSOR),
        ("Contract reference", Field.CONTRACT_REFERENCE),
        ("Contractreferentie", Field.CONTRACT_REFERENCE),
        ("Review date", Field.REVIEW_DATE),
        ("Überprüfungsdatum", Field.REVIEW_DATE),
        ("Date de révision", Field.REVIEW_DATE),
        ("TIA status", Field.TIA_STATUS),
        ("Statut AITD", Field.TIA_STATUS),
        ("Purpose", Field.PURPOSE),
        ("Doeleinden", Field.PURPOSE),
        ("Finalité", Field.PURPOSE),
        ("Data categories", Field.DATA_CATEGORIES),
        ("Categorieën persoonsgegevens", Field.DATA_CATEGORIES),
        ("Bijzondere persoonsgegevens", Field.SPECIAL_CATEGORIES),
        ("Special categories of personal data", Field.SPECIAL_CATEGORIES),
        ("Hosting location", Field.LOCATION),
        ("Serverstandort", Field.LOCATION),
        ("Lieu d'hébergement", Field.LOCATION),
        ("Sub-processor location", Field.LOCATION),
        ("vendor_name", Field.NAME),
        ("Processor", Field.PROCESSOR),
        ("Verwerkingsverantwoordelijke", Field.CONTROLLER),
        ("Opmerkingen", Field.NOTES),
    ],
)
def test_headers_are_recognised_in_four_languages(header: str, field: Field) -> None:
    assert field_for_header(header) is field


@pytest.mark.parametrize("header", ["", "Sleutel", "Foo", "K-001", "2024"])
def test_other_headers_are_not_guessed(header: str) -> None:
    assert field_for_header(header) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("31-12-2024", dt.date(2024, 12, 31)),
        ("31.12.2024", dt.date(2024, 12, 31)),
        ("01/03/2024", dt.date(2024, 3, 1)),
        ("12/31/2024", dt.date(2024, 12, 31)),
        ("01-03-24", dt.date(2024, 3, 1)),
        ("1 maart 2024", dt.date(2024, 3, 1)),
        ("1. März 2024", dt.date(2024, 3, 1)),
        ("1er mars 2024", dt.date(2024, 3, 1)),
        ("March 1, 2024", dt.date(2024, 3, 1)),
        ("2024-03", dt.date(2024, 3, 31)),
        ("mars 2024", dt.date(2024, 3, 31)),
        ("Q1 2025", dt.date(2025, 3, 31)),
        ("2025", dt.date(2025, 12, 31)),
        (45838, dt.date(2025, 6, 30)),
        (dt.datetime(2024, 1, 5, 9), dt.date(2024, 1, 5)),
        ("2024-03-01 00:00:00", dt.date(2024, 3, 1)),
        ("", None),
        ("n.v.t.", None),
        ("-", None),
    ],
)
def test_dates_in_the_usual_forms(cell: v.Value, expected: dt.date | None) -> None:
    assert v.date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("31-02-2025", "impossible"),
        ("2024-13-01", "impossible"),
        ("30.02.2026", "impossible"),
        ("soon", "not a date"),
    ],
)
def test_impossible_and_unreadable_dates_are_refused(cell: str, reason: str) -> None:
    with pytest.raises(v.CellError, match=reason):
        v.date(cell)


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("US", ("US",)),
        ("us", ("US",)),
        ("USA", ("US",)),
        ("VS", ("US",)),
        ("Verenigde Staten", ("US",)),
        ("Vereinigte Staaten", ("US",)),
        ("États-Unis", ("US",)),
        ("Etats Unis", ("US",)),
        ("DEU", ("DE",)),
        ("Duitsland", ("DE",)),
        ("Allemagne", ("DE",)),
        ("Ireland, USA", ("IE", "US")),
        ("Ierland / VS", ("IE", "US")),
        ("US (Virginia)", ("US",)),
        ("Bosnia and Herzegovina", ("BA",)),
        ("Verenigd Koninkrijk", ("GB",)),
        ("", ()),
    ],
)
def test_countries_as_codes_or_names_in_four_languages(cell: str, codes: tuple[str, ...]) -> None:
    assert v.countries(cell) == (codes, None)


def test_regions_are_not_countries() -> None:
    assert v.countries("EU") == ((), "eea")
    assert v.countries("Wereldwijd") == ((), "world")
    with pytest.raises(v.CellError, match="unknown country: 'Atlantis'"):
        v.countries("Ireland and Atlantis")


@pytest.mark.parametrize(
    "cell", ["Ja", "yes", "J", "Oui", "ja ", "✓", "x", "TRUE", "getekend", "unterschrieben"]
)
def test_yes_in_four_languages(cell: str) -> None:
    assert v.yes_no(cell) is Tristate.YES


@pytest.mark.parametrize("cell", ["Nee", "no", "Nein", "non", "0", "false", "ontbreekt", "fehlt"])
def test_no_in_four_languages(cell: str) -> None:
    assert v.yes_no(cell) is Tristate.NO


@pytest.mark.parametrize(
    ("cell", "kinds"),
    [
        ("SCC module 2", (ToolKind.SCC_MODULE_2,)),
        ("Module 2 & 3", (ToolKind.SCC_MODULE_2, ToolKind.SCC_MODULE_3)),
        ("C2P", (ToolKind.SCC_MODULE_2,)),
        ("SCCs", (ToolKind.SCC,)),
        ("Standardvertragsklauseln", (ToolKind.SCC,)),
        ("Clauses contractuelles types", (ToolKind.SCC,)),
        ("DPF", (ToolKind.DPF,)),
        ("BCR-P", (ToolKind.BCR_PROCESSOR,)),
        ("Binding corporate rules", (ToolKind.BCR,)),
        ("toestemming", (ToolKind.DEROGATION_CONSENT,)),
        ("Adequaatheidsbesluit", (ToolKind.ADEQUACY,)),
        ("contractuele verplichtingen", (ToolKind.CONTRACTUAL_UNSPECIFIED,)),
        ("SCCs (contractual)", (ToolKind.SCC,)),
        ("2010/87/EU", (ToolKind.SCC_LEGACY,)),
        ("Privacy Shield", (ToolKind.PRIVACY_SHIELD,)),
        ("geen", ()),
        ("", ()),
        ("moonbeam", None),
    ],
)
def test_transfer_tools_from_words(cell: str, kinds: tuple[ToolKind, ...] | None) -> None:
    assert v.tools(cell) == kinds


def test_bare_digits_are_modules_only_in_a_module_column() -> None:
    assert v.tools("2, 3", modules_alone=True) == (ToolKind.SCC_MODULE_2, ToolKind.SCC_MODULE_3)
    assert v.tools("2") is None


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Verwerker", Role.PROCESSOR),
        ("Auftragsverarbeiter", Role.PROCESSOR),
        ("Sous-traitant", Role.PROCESSOR),
        ("Incassobureau", Role.DEBT_COLLECTOR),
        ("Inkassounternehmen", Role.DEBT_COLLECTOR),
        ("Processor (debt collection)", Role.DEBT_COLLECTOR),
        ("Onderzoeksbureau", Role.SURVEY_BUREAU),
        ("Institut de sondage", Role.SURVEY_BUREAU),
        ("Subverwerker", Role.SUB_PROCESSOR),
        ("debt_collector", Role.DEBT_COLLECTOR),
        ("Partner", None),
    ],
)
def test_roles_in_four_languages(cell: str, role: Role | None) -> None:
    assert v.role(cell) is role


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("afgerond", TiaStatus.COMPLETED),
        ("in Bearbeitung", TiaStatus.IN_PROGRESS),
        ("n.v.t.", TiaStatus.NOT_REQUIRED),
        ("Not started", TiaStatus.NOT_STARTED),
        ("Terminé", TiaStatus.COMPLETED),
        ("???", None),
    ],
)
def test_tia_status_words(cell: str, status: TiaStatus | None) -> None:
    assert v.tia_status(cell) is status


def test_special_categories_and_lists() -> None:
    assert v.special_categories("Gezondheidsgegevens, strafrechtelijke gegevens") == (
        SpecialCategory.HEALTH,
        SpecialCategory.CRIMINAL,
    )
    assert v.special_categories("données de santé") == (SpecialCategory.HEALTH,)
    assert v.items("naam, adres (straat, nr); e-mail") == ("naam", "adres (straat, nr)", "e-mail")


@pytest.mark.parametrize("cell", ['=HYPERLINK("x")', "+31 Media", "-Minus Ltd", "@handle"])
def test_formula_like_text_is_kept_literally(cell: str) -> None:
    assert v.text(cell) == cell
    assert not v.is_blank(cell)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [("a,b,c\n1,2,3\n", ","), ('a;b;c\n1;"2,5";3\n', ";"), ("a\tb\tc\n1\t2\t3\n", "\t"), ("a|b\n1|2\n", "|")],
)
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_excel_sep_line_sets_the_delimiter() -> None:
    sheet = parse_csv("sep=;\nVendor;Country\nAcme, Inc.;US\n")
    assert sheet.rows == (("Vendor", "Country"), ("Acme, Inc.", "US"))


def _sheet(*rows: tuple[str | None, ...], hidden: frozenset[int] = frozenset()) -> RawSheet:
    return RawSheet("S", tuple(rows), hidden)


def test_header_row_is_found_below_titles_and_blank_rows() -> None:
    sheet = _sheet(("Register 2025", None), (None, None), (None, None), ("Vendor", "Country"), ("Acme", "US"))
    layout = find_layout(sheet)
    assert layout is not None and layout.header_row == 3 and layout.kind is SheetKind.REGISTER
    assert layout.title == "Register 2025"


def test_group_header_above_is_read_with_the_header() -> None:
    sheet = _sheet(
        ("Leverancier", "Doorgifte", "Doorgifte", "Sub-processor", "Sub-processor"),
        ("Leverancier", "SCC module", "DPF", "Name", "Country"),
    )
    layout = find_layout(sheet)
    assert layout is not None
    assert [c.field for c in layout.columns] == [
        Field.NAME,
        Field.SCC_MODULE,
        Field.DPF,
        Field.SUBPROCESSOR,
        Field.COUNTRY,
    ]


def test_a_visible_column_wins_over_a_hidden_one_with_the_same_field() -> None:
    sheet = _sheet(("Vendor", "Land (oud)", "Country"), ("Acme", "BE", "NL"), hidden=frozenset({1}))
    layout = find_layout(sheet)
    assert layout is not None and layout.column(Field.COUNTRY) == 2
    alone = _sheet(("Vendor", "Country"), ("Acme", "NL"), hidden=frozenset({1}))
    assert find_layout(alone).column(Field.COUNTRY) == 1  # type: ignore[union-attr]


def test_sheets_are_told_apart_by_their_headers() -> None:
    register = _sheet(("Vendor", "Country", "Sub-processors", "DPA"), ("Acme", "US", "X; Y", "yes"))
    listing = _sheet(("Processor", "Sub-processor", "Country"), ("Acme", "X", "US"))
    vendor_and_list = _sheet(("Vendor", "Sub-processor", "Country"), ("Acme", "X", "US"), ("Acme", "Y", "DE"))
    vendor_and_lists = _sheet(("Vendor", "Sub-processors", "Country"), ("Acme", "X, Y", "US"))
    assert find_layout(register).kind is SheetKind.REGISTER  # type: ignore[union-attr]
    assert find_layout(listing).kind is SheetKind.SUBPROCESSOR_LIST  # type: ignore[union-attr]
    assert find_layout(vendor_and_list).kind is SheetKind.SUBPROCESSOR_LIST  # type: ignore[union-attr]
    assert find_layout(vendor_and_lists).kind is SheetKind.REGISTER  # type: ignore[union-attr]


def test_a_sheet_without_a_register_header_has_no_layout() -> None:
    assert find_layout(_sheet(("Vul per leverancier een regel in.",), ("Zie tabblad Verwerkers",))) is None
    assert find_layout(_sheet(("Org", "Hosting"), ("Zeta", "NL"))) is None
    mapped = find_layout(_sheet(("Org", "Hosting"), ("Zeta", "NL")), {"org": Field.NAME})
    assert mapped is not None and mapped.column(Field.NAME) == 0 and mapped.column(Field.LOCATION) == 1
