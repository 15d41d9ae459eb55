"""The streamed sheets' row writer writes the XML openpyxl's own cell writer writes, for every kind
of cell the sheets make and for those it hands back to openpyxl."""

from __future__ import annotations

import datetime as dt
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.worksheet._writer import WorksheetWriter

from exports import package
from exports.cells import Formula, make_cell
from exports.package import SpooledWorkbook
from exports.row_xml import RowXml
from exports.sheet_xml import Validation
from exports.sheets import FORM_LAYOUT, Frame, PageLayout, internal_link
from exports.stream import RowWriter, StreamedSheet
from exports.styles import StyleBook

TEXTS = [
    "plain",
    "  spaces before and after  ",
    "a & b < c > d \"quoted\" 'single'",
    "line\r\nbreak\rand\nfeed\ttab",
    "=SUM(A1:A9)",  # text that looks like a formula stays text
    "",
    "é ü ß “quotes” \U0001d11e",
    "]]> <![CDATA[ &amp;",
]


def write(path: Path) -> Path:
    wb = Workbook(write_only=True)
    styles = StyleBook(wb.create_sheet("scratch"))
    wb.remove(wb["scratch"])
    ws = StreamedSheet(parent=wb, title="Cells")
    wb._add_sheet(ws)
    ws.row_dimensions[2].height = 48
    ws.append([make_cell(ws, t, styles["text"]) for t in TEXTS])
    linked = make_cell(ws, "to the top", styles["link"])
    linked.hyperlink = internal_link("Cells", "A1")
    noted = make_cell(ws, "with a note", styles["text"])
    noted.comment = Comment("a note & more", "reviewer")
    ws.append(
        [
            make_cell(ws, Formula('=IF(B3>0,"yes & no","<none>")'), styles["result"]),
            make_cell(ws, 3, styles["input_number"]),
            make_cell(ws, 0.1, styles["input_percent"]),
            make_cell(ws, True, styles["text"]),
            make_cell(ws, dt.date(2026, 11, 30), styles["date"]),
            make_cell(ws, dt.datetime(2026, 11, 30, 9, 30), styles["date"]),
            make_cell(ws, None, styles["input"]),
            make_cell(ws, None, None),
            linked,
            noted,
        ]
    )
    ws.append([])
    wb.save(path)
    return path


@pytest.fixture
def both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    ours = write(tmp_path / "ours.xlsx")
    monkeypatch.setattr(RowWriter, "write_row", WorksheetWriter.write_row)
    theirs = write(tmp_path / "openpyxl.xlsx")
    return ours, theirs


def canonical(path: Path, part: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return etree.tostring(etree.fromstring(archive.read(part)), method="c14n")


def test_the_row_writer_writes_the_xml_openpyxl_writes(both: tuple[Path, Path]) -> None:
    ours, theirs = both
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        parts = [n for n in a.namelist() if n.endswith((".xml", ".rels", ".vml")) and "core.xml" not in n]
    for part in parts:
        assert canonical(ours, part) == canonical(theirs, part), part


def test_what_the_row_writer_wrote_reads_back_as_written(both: tuple[Path, Path]) -> None:
    ws = load_workbook(both[0])["Cells"]
    assert [c.value for c in ws[1]][: len(TEXTS)] == [t or None for t in TEXTS]
    assert ws["E1"].quotePrefix and ws["E1"].data_type == "s"
    assert ws.row_dimensions[2].height == 48
    row = ws[2]
    assert row[0].value == '=IF(B3>0,"yes & no","<none>")' and row[0].data_type == "f"
    assert [c.value for c in row[1:4]] == [3, 0.1, True]
    assert row[4].value == dt.datetime(2026, 11, 30) and row[4].number_format == "yyyy-mm-dd"
    assert row[5].value == dt.datetime(2026, 11, 30, 9, 30)
    assert row[6].value is None and row[6].fill.fgColor.rgb.endswith("FFF2CC")
    assert row[8].hyperlink.location in ("'Cells'!A1", "Cells!A1")
    assert row[9].comment.text == "a note & more"


def test_text_xml_cannot_hold_is_refused_as_openpyxl_refuses_it(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = StreamedSheet(parent=wb, title="Cells")
    wb._add_sheet(ws)
    cell = make_cell(ws, "fine")
    cell._value = "a\x00b"  # past make_cell's cleaning, as no sheet writer does
    with pytest.raises(ValueError):
        ws.append([cell])


ENTRIES = [
    [(t, "text", None) for t in TEXTS],
    [
        (Formula('=IF(B3>0,"yes & no","<none>")'), "result", None),
        (3, "input_number", None),
        (0.1, "input_percent", None),
        (True, "text", None),
        (dt.date(2026, 11, 30), "date", None),
        (dt.datetime(2026, 11, 30, 9, 30), "date", None),
        (dt.date(2026, 11, 30), "text", None),  # a date in a style without a date format
        (None, "input", None),
        ("to the top", "link", "'Cells'!A1"),
        ("=1+1", "link", "'Cells'!B2"),
    ],
]


def write_entries(path: Path, repeated: bool = False) -> Path:
    wb = Workbook(write_only=True)
    styles = StyleBook(wb.create_sheet("scratch"))
    wb.remove(wb["scratch"])
    ws = StreamedSheet(parent=wb, title="Cells", rows=RowXml(wb, styles), repeated=repeated)
    wb._add_sheet(ws)
    ws.put(ENTRIES[0])
    ws.put(ENTRIES[1], 48.0)
    ws.put([])
    ws.append([make_cell(ws, "a cell among entries", styles["text"])])
    for _ in range(2):  # the same rows again further down (a form's rows are reused so)
        ws.put(ENTRIES[1], 48.0)
        ws.put([(1, "text", None), ("x", "link", "'Cells'!A1")])
        ws.put([(True, "text", None), ("x", "link", "'Cells'!A1")])  # True == 1, but not in a cell
        ws.put([(1.0, "text", None), ("x", "link", "'Cells'!A1")])
    wb.save(path)
    return path


@pytest.mark.parametrize("repeated", [False, True])
def test_rows_of_entries_are_written_as_openpyxl_writes_the_same_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeated: bool
) -> None:
    ours = write_entries(tmp_path / "ours.xlsx", repeated)
    monkeypatch.setattr(RowWriter, "get_stream", WorksheetWriter.get_stream)  # entries become cells
    theirs = write_entries(tmp_path / "openpyxl.xlsx", repeated)
    with zipfile.ZipFile(ours) as a:
        parts = [n for n in a.namelist() if n.endswith((".xml", ".rels")) and "core.xml" not in n]
    for part in parts:
        assert canonical(ours, part) == canonical(theirs, part), part
    ws = load_workbook(ours)["Cells"]
    assert [c.value for c in ws[1]][: len(TEXTS)] == [t or None for t in TEXTS]
    assert ws["E1"].quotePrefix and not ws["A1"].quotePrefix
    assert ws.row_dimensions[2].height == 48
    assert ws["G2"].value == dt.datetime(2026, 11, 30) and ws["G2"].is_date
    assert ws["I2"].hyperlink.location in ("'Cells'!A1", "Cells!A1")
    assert ws["J2"].value == "=1+1" and ws["J2"].data_type == "s" and ws["J2"].quotePrefix
    assert ws["A4"].value == "a cell among entries"
    assert ws["I9"].hyperlink.location in ("'Cells'!A1", "Cells!A1") and ws.row_dimensions[9].height == 48
    assert [ws[f"A{r}"].data_type for r in (6, 7, 8, 10, 11, 12)] == ["n", "b", "n"] * 2


HOSTILE = "a & b < c > d \"quoted\" 'single' =SUM(A1) \t tab"


def write_framed(path: Path, book: type[Workbook] = Workbook) -> Workbook:
    """Two form sheets of one frame and one of another (with frozen panes), with validations."""
    wb = book(write_only=True)
    styles = StyleBook(wb.create_sheet("scratch"))
    wb.remove(wb["scratch"])
    rows = RowXml(wb, styles)
    form = Frame((34, 52, 14), FORM_LAYOUT, (HOSTILE, "&A", "&BConfidential && more"), ("x", None, "&P"))
    table = Frame((20,), PageLayout(pages_wide=2, landscape=False), (None, "&A", None), ("", "y", None))
    pick = Validation("list", '"yes,no,unknown"', "Not listed", "Pick one of: yes; no", "Reviewer", HOSTILE)
    date = Validation("date", "36526", "Not accepted", "A date", "DPO", "When", operator="greaterThanOrEqual")
    share = Validation("decimal", "0", "Not accepted", HOSTILE, "DPO", "p", operator="between", formula2="1")
    for title, frame in (("Form 1", form), ("Form 2", form), ("Table", table)):
        ws = StreamedSheet(parent=wb, title=title, rows=rows, repeated=frame is form, frame=frame)
        wb._add_sheet(ws)
        if frame is table:
            ws.freeze_panes = "B2"
        ws.validations += [(pick, "B2 B3 C9:C12 B1"), (date, "B4"), (share, ""), (share, f"C{len(title)}")]
        ws.put(ENTRIES[0])
        ws.put(ENTRIES[1], 48.0)
    wb._add_sheet(StreamedSheet(parent=wb, title="Empty form", rows=rows, repeated=True, frame=form))
    wb.save(path)
    return wb


@pytest.mark.parametrize("spooled", [False, True])
def test_frames_and_validations_are_written_as_openpyxl_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spooled: bool
) -> None:
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "openpyxl.xlsx"
    wb = write_framed(ours, SpooledWorkbook if spooled else Workbook)
    held = [isinstance(ws._writer.out, BytesIO) for ws in wb.worksheets]
    assert held == [spooled, spooled, False, spooled]  # the forms' XML was in memory, not in files
    monkeypatch.setattr(RowWriter, "get_stream", WorksheetWriter.get_stream)  # openpyxl writes it all
    write_framed(theirs)
    with zipfile.ZipFile(ours) as a:
        parts = [n for n in a.namelist() if n.endswith((".xml", ".rels")) and "core.xml" not in n]
    for part in parts:
        assert canonical(ours, part) == canonical(theirs, part), part
    wb = load_workbook(ours)
    form, table = wb["Form 2"], wb["Table"]
    assert form.oddHeader.left.text == HOSTILE and form.oddHeader.right.text == "&BConfidential && more"
    assert form.column_dimensions["B"].width == 52 and not form.print_options.gridLines
    assert table.page_setup.orientation == "portrait" and table.page_setup.fitToWidth == 2
    assert table.freeze_panes == "B2" and form.freeze_panes is None
    validations = form.data_validations.dataValidation
    assert [str(v.sqref) for v in validations] == ["B1 B2 B3 C9:C12", "B4", "C6"]
    assert validations[0].prompt == HOSTILE and validations[2].error == HOSTILE
    assert validations[2].formula1 == "0" and validations[2].formula2 == "1"
    assert wb["Empty form"].max_row == 1 and wb.sheetnames[-1] == "Empty form"


def test_a_workbook_holds_no_more_sheet_xml_in_memory_than_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "SPOOL_LIMIT", 1)  # the first form's XML fills it
    wb = write_framed(tmp_path / "limited.xlsx", SpooledWorkbook)
    spooled = [isinstance(ws._writer.out, BytesIO) for ws in wb.worksheets]
    assert spooled == [True, False, False, False]  # the table is no form; the empty one has no rows
    assert load_workbook(tmp_path / "limited.xlsx")["Form 2"]["A1"].value == TEXTS[0]
