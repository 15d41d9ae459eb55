"""Hostile text stays literal, long text is cut visibly, control characters go, writes are atomic."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.cells import MAX_CELL_CHARS, clean_text, sheet_title
from exports.package import SpooledWorkbook
from exports.report import Method, build_report
from exports.targets import ExportTargetError
from exports.workbook import write_xlsx
from model.evidence import DocumentRef, Evidence
from model.flows import MeasureKind, SupplementaryMeasure, ToolKind, TransferTool
from model.ids import FlowId
from model.parties import Role
from model.project import Document, Project
from tests.factories import flow, party, project

AS_OF = dt.date(2026, 11, 30)
HOSTILE = (
    '=HYPERLINK("http://example.invalid","x")',
    "@SUM(1+1)",
    "+31 20 123 4567",
    "-2+3",
    "\tTAB lead",
    "\rCR lead",
    "#N/A",
)


def hostile_project() -> Project:
    """Every text field a notice or register can fill carries a hostile value."""
    doc = DocumentRef(HOSTILE[0], "f" * 64)
    quote = Evidence(doc, 5, 14, "@SUM(1+1)")
    cloud = replace(
        party("cloud", HOSTILE[0], Role.IT_HOSTING, "US"), notes=HOSTILE[1], aliases=(HOSTILE[2],)
    )
    risky = replace(
        flow("f1", "ctrl", "cloud"),
        data_categories=HOSTILE,
        purposes=(HOSTILE[3],),
        tools=(TransferTool(ToolKind.SCC_MODULE_2, reference=HOSTILE[1]),),
        measures=(SupplementaryMeasure(MeasureKind.TECHNICAL, HOSTILE[0]),),
        evidence=(quote,),
    )
    proj = project(cloud, risky, name=HOSTILE[0])
    document = Document("d1", doc.path, doc.sha256, text="xxxxx@SUM(1+1)")  # type: ignore[arg-type]
    return replace(proj, documents=(document,))


def all_cells(path: Path):
    wb = load_workbook(path)  # data_only=False: formulas would come back as formulas
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                yield ws.title, cell


def test_hostile_text_is_literal_in_every_sheet(tmp_path) -> None:
    report = build_report(hostile_project(), as_of=AS_OF, method=Method.ROSENTHAL)
    path = tmp_path / "hostile.xlsx"
    write_xlsx(report, path)
    seen_in: dict[str, set[str]] = {h: set() for h in HOSTILE}
    for title, cell in all_cells(path):
        if cell.data_type == "f":
            # the only formulas are Transfer Atlas's own probability block
            assert title.startswith("TIA-") and "HYPERLINK" not in cell.value and "@" not in cell.value
            continue
        if isinstance(cell.value, str):
            for h in HOSTILE:
                if h in cell.value:
                    seen_in[h].add(title)
            if cell.value in HOSTILE and cell.value[0] in "=+-@\t\r":
                assert cell.data_type == "s"
                assert cell.quotePrefix, f"{title}!{cell.coordinate} would turn into a formula on edit"
    assert {"Transfers", "Parties", "TIA-f1", "Summary"} <= seen_in[HOSTILE[0]]
    assert "Evidence" in seen_in[HOSTILE[1]]  # the quote (documents appear by file name, not path)
    assert {"Transfers", "Evidence", "TIA-f1"} <= seen_in[HOSTILE[1]]
    assert "Transfers" in seen_in["#N/A"]  # an error code in a notice is text, not an error cell
    wb = load_workbook(path)
    assert wb.properties.title.endswith(HOSTILE[0])


def test_text_longer_than_excel_allows_is_cut_with_a_visible_marker(tmp_path) -> None:
    long_quote = "Wij delen gegevens " * 4000  # 76,000 characters
    proj = project(
        party("in", "Mumbai Claims", Role.PROCESSOR, "IN"),
        replace(flow("f1", "ctrl", "in"), notes=long_quote, purposes=(long_quote,)),
    )
    path = tmp_path / "long.xlsx"
    write_xlsx(build_report(proj, as_of=AS_OF), path)
    # the text goes on in the rows below its own (no row can show it all), in the same column
    ws = load_workbook(path)["Transfers"]
    column = next(c.column for c in ws[1] if c.value == "Purposes")
    pieces = [ws.cell(r, column).value for r in range(2, ws.max_row + 1)]
    assert all(pieces) and len(pieces) > 1
    assert all(ws.cell(r, 1).value == "f1 (continued)" for r in range(3, ws.max_row + 1))
    value = "".join(pieces)
    assert len(value) <= MAX_CELL_CHARS
    match = re.search(r" …\[cut by Transfer Atlas: (\d+) more characters\]$", value)
    assert match, value[-80:]
    kept = value[: match.start()]
    assert long_quote.startswith(kept) and len(kept) + int(match.group(1)) == len(long_quote)


def test_clean_text_cuts_at_the_limit_counting_astral_characters_twice() -> None:
    emoji = "\U0001f600" * 20_000  # 40,000 UTF-16 units
    cut = clean_text(emoji)
    units = len(cut.encode("utf-16-le")) // 2
    assert units <= MAX_CELL_CHARS
    assert cut.endswith("more characters]")
    assert clean_text("short") == "short"
    exact = "x" * MAX_CELL_CHARS
    assert clean_text(exact) == exact


def test_control_characters_are_removed_not_fatal(tmp_path) -> None:
    dirty = "Acme\x00 \x07Cloud\x1b\ufffe Inc.\ud800"
    proj = project(party("x", dirty, Role.PROCESSOR, "US"), flow("f1", "ctrl", "x"))
    path = tmp_path / "dirty.xlsx"
    write_xlsx(build_report(proj, as_of=AS_OF), path)
    names = {c.value for t, c in all_cells(path) if t == "Transfers" and c.column == 4}
    assert "Acme Cloud Inc." in names
    assert clean_text("tab\tline\nreturn\r") == "tab\tline\nreturn\r"  # these are legal XML


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("TIA-flow-1", "TIA-flow-1"),
        ("TIA-a/b\\c?d*e[f]g:h", "TIA-a_b_c_d_e_f_g_h"),
        ("TIA-" + "x" * 40, "TIA-" + "x" * 27),
        ("'quoted'", "quoted"),
        ("History", "History_"),
        ("", "Sheet"),
    ],
)
def test_sheet_titles_are_ones_excel_accepts(raw: str, expected: str) -> None:
    assert sheet_title(raw, set()) == expected


def test_sheet_titles_are_unique_ignoring_case_and_within_31_characters() -> None:
    taken = {"summary"}
    titles = [sheet_title("TIA-" + "y" * 40, taken) for _ in range(3)] + [sheet_title("SUMMARY", taken)]
    assert len({t.casefold() for t in titles}) == 4
    assert all(len(t) <= 31 for t in titles)
    assert titles[1].endswith("~2") and titles[3] == "SUMMARY~2"


def test_flow_ids_with_forbidden_characters_get_valid_distinct_sheets(tmp_path) -> None:
    a = replace(flow("f1", "ctrl", "in"), id=FlowId("x/1" + "z" * 40))
    b = replace(flow("f2", "ctrl", "in"), id=FlowId("x:1" + "z" * 40))
    proj = project(party("in", "Mumbai Claims", Role.PROCESSOR, "IN"), a, b)
    path = tmp_path / "names.xlsx"
    report = build_report(proj, as_of=AS_OF)
    write_xlsx(report, path)
    names = load_workbook(path).sheetnames
    tia = [n for n in names if n.startswith("TIA-")]
    assert len(tia) == 2 and len(set(tia)) == 2 and all(len(n) <= 31 for n in tia)
    assert sorted(t.sheet for t in report.tia_transfers) == sorted(tia)


def test_failed_write_leaves_the_existing_workbook_intact(tmp_path, monkeypatch) -> None:
    path = tmp_path / "tia.xlsx"
    path.write_bytes(b"the auditor's previous workbook")
    report = build_report(hostile_project(), as_of=AS_OF)

    real_save = SpooledWorkbook.save  # the workbook the export builds

    def broken_save(self, filename):  # writes the whole temporary file, then the disk "fills up"
        real_save(self, filename)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SpooledWorkbook, "save", broken_save)
    with pytest.raises(ExportTargetError, match="the disk is full") as err:
        write_xlsx(report, path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == b"the auditor's previous workbook"
    assert os.listdir(tmp_path) == ["tia.xlsx"]  # no temporary file left behind


def test_workbook_open_in_another_program_is_refused_by_name(tmp_path) -> None:
    path = tmp_path / "tia.xlsx"
    path.write_bytes(b"open in LibreOffice")
    (tmp_path / ".~lock.tia.xlsx#").write_text("user,host")
    with pytest.raises(ExportTargetError, match="open in another program") as err:
        write_xlsx(build_report(hostile_project(), as_of=AS_OF), path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == b"open in LibreOffice"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_unwritable_folder_gives_a_clear_error(tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportTargetError, match="permission denied"):
            write_xlsx(build_report(hostile_project(), as_of=AS_OF), folder / "tia.xlsx")
    finally:
        folder.chmod(0o700)


def test_missing_folder_gives_a_clear_error(tmp_path) -> None:
    target = tmp_path / "no" / "such" / "tia.xlsx"
    with pytest.raises(ExportTargetError, match="does not exist") as err:
        write_xlsx(build_report(hostile_project(), as_of=AS_OF), target)
    assert str(target) in str(err.value)
