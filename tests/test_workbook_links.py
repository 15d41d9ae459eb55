"""Every hyperlink of the TIA workbook is followed, both ways: it lands on the row or sheet it names,
and that row or sheet links back to where the link came from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.workbook.workbook import Workbook

from exports.report import Method, TransferReport, build_report
from exports.texts import Words
from exports.workbook import write_xlsx
from importers.batch import import_paths
from tests.factories import quote
from tests.test_workbook import insurer_project

ROOT = Path(__file__).resolve().parent.parent
# The list sheets by their keys and the column of the key a link names; titles and headers are in
# the workbook's language (sheet names are translated, the links follow them).
KEY_COLUMNS = {"transfers": "id", "findings": "finding_id", "parties": "name", "evidence": "evidence_id"}
VIEW_KEYS = ("summary", "transfers_print")  # they link into the workbook; nothing needs to link back
KEYS: dict[str, str] = {}
VIEWS: tuple[str, ...] = ()
MORE = ""
CONTINUED = ""


def speak(words: Words) -> None:
    """Point the module's titles and patterns at the workbook's language."""
    global VIEWS, MORE, CONTINUED
    KEYS.clear()
    KEYS.update({words.title(k): words(f"column.{c}") for k, c in KEY_COLUMNS.items()})
    VIEWS = tuple(words.title(k) for k in VIEW_KEYS)
    MORE = words("more", count=1).replace("1", "").strip().split(" ")[-1]
    CONTINUED = words("continued")


@pytest.fixture(scope="module", params=["insurer", "long-quotes", "sample", "sample-nl"])
def workbook(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    words = Words("nl" if request.param.endswith("-nl") else "en")
    speak(words)
    if request.param == "insurer":
        proj = insurer_project()
    elif request.param == "long-quotes":  # rows too long for one sheet row go on below: links follow
        proj = insurer_project()
        long = quote("Wij delen gegevens met onze verwerkers in het buitenland. " * 150)
        flows = tuple(
            replace(f, evidence=(long, *f.evidence)) if f.id in ("f-in", "f-us") else f for f in proj.flows
        )
        proj = replace(proj, flows=flows)
    else:
        proj = import_paths([ROOT / "samples" / "notices"]).project
    path = tmp_path_factory.mktemp("links") / "tia.xlsx"
    built = build_report(proj, as_of=dt.date(2026, 11, 30), method=Method.ROSENTHAL)
    write_xlsx(built, path, language=words.lang)
    wb = load_workbook(path)
    if request.param == "long-quotes":
        for title in ("Transfers", "Findings", "Evidence"):
            assert any(str(c.value).endswith(" (continued)") for c in wb[title]["A"]), title
    if words.lang == "nl":
        assert "Doorgiften" in wb.sheetnames and "Transfers" not in wb.sheetnames
    REPORTS[id(wb)] = built
    return wb


REPORTS: dict[int, TransferReport] = {}


def report(wb: Workbook) -> TransferReport:
    return REPORTS[id(wb)]


def target(wb: Workbook, cell: Cell) -> tuple[str, int]:
    location = cell.hyperlink.location
    assert location and not cell.hyperlink.target, f"{cell.coordinate}: not a link inside the workbook"
    sheet, _, coordinate = location.rpartition("!")
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    assert sheet in wb.sheetnames, f"{cell.parent.title}!{cell.coordinate} -> {location}: no such sheet"
    return sheet, coordinate_from_string(coordinate)[1]


def display(wb: Workbook, sheet: str, row: int) -> str:
    """What a link to this row or sheet shows first: the row's key (a party's name) or the sheet."""
    if sheet not in KEYS or row == 1:
        return sheet
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(KEYS[sheet]) + 1
    value = ws.cell(row, column).value
    assert value, f"{sheet}!{row}: the link lands on a row without a key"
    return str(value).removesuffix(" " + CONTINUED)


def kind(sheet: str) -> str:
    return sheet if sheet in KEYS or sheet in VIEWS else "TIA"


def names(text: str, key: str) -> bool:
    return re.search(rf"(?:^|, ){re.escape(key)}(?:$|[ ,])", text) is not None


def links(wb: Workbook) -> list[tuple[str, Cell]]:
    return [(ws.title, c) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.hyperlink]


def test_every_link_lands_on_the_row_or_sheet_it_names(workbook: Workbook) -> None:
    found = links(workbook)
    kinds = set()
    for source, cell in found:
        sheet, row = target(workbook, cell)
        shown = display(workbook, sheet, row)
        text = str(cell.value)
        where = (source, cell.coordinate, text, shown)
        assert re.match(rf"{re.escape(shown)}(?:$|[ ,])", text), where
        kinds.add(
            (source if source in KEYS or source in VIEWS else "TIA", sheet if sheet in KEYS else "sheet")
        )
    # each kind of row links to each kind of row it cites
    expected = {
        ("Findings", "Evidence"), ("Transfers", "Evidence"), ("Parties", "Evidence"),
        ("Evidence", "Findings"), ("Evidence", "Transfers"), ("Evidence", "Parties"),
        ("Findings", "Transfers"), ("Transfers", "Findings"), ("Findings", "sheet"),
        ("Transfers", "sheet"), ("Parties", "Transfers"), ("Parties", "sheet"),
        ("TIA", "Transfers"), ("TIA", "Findings"), ("TIA", "Parties"), ("Transfers", "Parties"),
    }  # fmt: skip
    if not any(party.party.evidence for party in report(workbook).parties):  # the insurer's are typed in
        expected -= {("Parties", "Evidence"), ("Evidence", "Parties")}
    titles = {k.capitalize(): t for k, t in zip(KEY_COLUMNS, KEYS, strict=True)}  # the sheets' titles
    expected = {(titles.get(a, a), titles.get(b, b)) for a, b in expected}
    assert expected <= kinds, expected - kinds


def test_every_link_is_answered_by_a_link_back(workbook: Workbook) -> None:
    by_sheet: dict[str, list[Cell]] = {}
    for source, cell in links(workbook):
        by_sheet.setdefault(source, []).append(cell)
    checked = 0
    for source, cells in by_sheet.items():
        if source in VIEWS:
            continue
        for cell in cells:
            sheet, row = target(workbook, cell)
            if sheet in VIEWS:
                continue
            key = display(workbook, source, cell.row) if source in KEYS else source
            answers = [
                str(c.value)
                for c in by_sheet.get(sheet, [])
                if (sheet not in KEYS or c.row == row or _continues(workbook, sheet, c.row, row))
                and kind(target(workbook, c)[0]) == kind(source)  # a list links to its first item
            ]
            where = (source, cell.coordinate, sheet, row, key)
            assert any(names(a, key) or f" {MORE}" in a for a in answers), where
            checked += 1
    assert checked > 20


def _continues(wb: Workbook, sheet: str, row: int, first: int) -> bool:
    """Whether ``row`` is a continuation of row ``first`` (text too long for one row goes on below)."""
    return row > first and all(
        str(wb[sheet].cell(r, 1).value).endswith(CONTINUED) for r in range(first + 1, row + 1)
    )
