"""The workbook's look: a few named cell styles, severity colours and the input-cell marking.

Styles are resolved once per workbook into openpyxl style arrays (``StyleBook``); the sheets name
a cell's style and the row writer looks its id up once per workbook sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from model.findings import Severity

DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
FONT_NAME, FONT_SIZE = "Calibri", 11  # the workbook's default font, which every style keeps
HEADER_FILL = "1F3864"
INPUT_FILL = "FFF2CC"  # the pale yellow marking every cell a DPO fills in
SEVERITY_COLOURS: dict[Severity, tuple[str, str]] = {  # (fill, font) as Excel's own "bad/neutral" styles
    Severity.HIGH: ("FFC7CE", "9C0006"),
    Severity.MEDIUM: ("FFEB9C", "9C5700"),
    Severity.LOW: ("DDEBF7", "1F4E78"),
}
_THIN = Side(style="thin", color="B4B4B4")


@dataclass(frozen=True, slots=True)
class CellStyle:
    """A cell style by its parts; ``None`` keeps openpyxl's default for that part."""

    bold: bool = False
    size: float | None = None
    colour: str | None = None
    fill: str | None = None
    wrap: bool = True
    number_format: str | None = None
    border: bool = False
    unlocked: bool = False
    italic: bool = False
    underline: bool = False


STYLES: dict[str, CellStyle] = {
    "text": CellStyle(),
    "plain": CellStyle(wrap=False),
    "date": CellStyle(wrap=False, number_format=DATE_FORMAT),
    "header": CellStyle(bold=True, colour="FFFFFF", fill=HEADER_FILL, border=True),
    "title": CellStyle(bold=True, size=16, colour=HEADER_FILL, wrap=False),
    "section": CellStyle(bold=True, size=12, colour="FFFFFF", fill="2F5597", wrap=False),
    "label": CellStyle(bold=True, fill="F2F2F2", border=True),
    "value": CellStyle(border=True),
    "value_date": CellStyle(border=True, wrap=False, number_format=DATE_FORMAT),
    "note": CellStyle(italic=True, colour="595959", wrap=False),  # runs on across the empty cells
    "hint": CellStyle(italic=True, colour="595959"),  # guidance beside an input, wrapped in its cell
    "input": CellStyle(fill=INPUT_FILL, border=True, unlocked=True),
    "input_date": CellStyle(
        fill=INPUT_FILL, border=True, unlocked=True, number_format=DATE_FORMAT, wrap=False
    ),
    "input_percent": CellStyle(fill=INPUT_FILL, border=True, unlocked=True, number_format=PERCENT_FORMAT),
    "input_number": CellStyle(fill=INPUT_FILL, border=True, unlocked=True, number_format="0"),
    "result_percent": CellStyle(bold=True, border=True, fill="E2EFDA", number_format=PERCENT_FORMAT),
    "result": CellStyle(bold=True, border=True, fill="E2EFDA"),
    "link": CellStyle(colour="0563C1", underline=True),
}


def _apply(cell: Cell, spec: CellStyle) -> None:
    cell.font = Font(  # named and sized, or LibreOffice falls back to its serif default
        name=FONT_NAME,
        bold=spec.bold,
        italic=spec.italic,
        size=spec.size or FONT_SIZE,
        color=spec.colour,
        underline="single" if spec.underline else None,
    )
    if spec.fill:
        cell.fill = PatternFill("solid", start_color=spec.fill, end_color=spec.fill)
    cell.alignment = Alignment(wrap_text=spec.wrap, vertical="top")
    if spec.number_format:
        cell.number_format = spec.number_format
    if spec.border:
        cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    if spec.unlocked:
        cell.protection = Protection(locked=False)


class StyleBook:
    """The resolved ``STYLES`` of one workbook, looked up by name: ``book["header"]``."""

    def __init__(self, ws: Worksheet) -> None:
        self._arrays: dict[str, StyleArray] = {}
        for name, spec in STYLES.items():
            scratch = Cell(ws)  # never added to the sheet: it only registers the style parts
            _apply(scratch, spec)
            self._arrays[name] = scratch._style
        self.wrapping = frozenset(name for name, spec in STYLES.items() if spec.wrap)
        """The names of the styles that wrap their text (so its row must be as tall as the text)."""

    def __getitem__(self, name: str) -> StyleArray:
        return self._arrays[name]
