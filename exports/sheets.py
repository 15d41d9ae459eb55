"""What every sheet writer shares: appending styled rows, Excel tables, validations, print set-up.

Sheets are written row by row with ``append`` so the same code runs in openpyxl's normal and
write-only modes (write-only streams rows to disk and keeps memory flat for big registers).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from exports.cells import CellValue, make_cell
from exports.styles import SEVERITY_COLOURS, STYLES, StyleBook

LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's maximum row height
DEFAULT_WIDTH = 8.43  # Excel's default column width
CHARS_PER_WIDTH = 1.0  # one character per width unit: safe for the fonts LibreOffice substitutes
EXCEL_2000_01_01 = 36526  # the serial number Excel gives 1 January 2000
Styled = tuple[CellValue, str]  # a value and the name of its style in ``styles.STYLES``


@dataclass(slots=True)
class Sheet:
    """A worksheet being written, with its styles and the next row number."""

    ws: Worksheet
    styles: StyleBook
    widths: tuple[float, ...] = ()
    row: int = 0

    def append(self, cells: Sequence[CellValue | Styled | Cell], default: str = "text") -> int:
        """Append one row; items are values (styled ``default``), (value, style) pairs or cells."""
        out = []
        lines = 1
        for column, item in enumerate(cells):
            if isinstance(item, Cell):
                out.append(item)
                continue
            value, style = item if isinstance(item, tuple) else (item, default)
            out.append(make_cell(self.ws, value, self.styles[style]))
            if isinstance(value, str) and STYLES[style].wrap:
                lines = max(lines, text_lines(value, self._width(column)))
        self.row += 1
        if lines > 1:  # Excel and LibreOffice do not grow rows for wrapped text on opening a file
            self.ws.row_dimensions[self.row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
        self.ws.append(out)
        return self.row

    def _width(self, column: int) -> float:
        return self.widths[column] if column < len(self.widths) else DEFAULT_WIDTH

    def cell(self, value: CellValue, style: str = "text") -> Cell:
        """A cell for this sheet, for callers that add a hyperlink or comment before appending."""
        return make_cell(self.ws, value, self.styles[style])

    def blank(self, count: int = 1) -> None:
        """Append empty rows."""
        for _ in range(count):
            self.append([])


def text_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    return sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))


class _StreamedSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet fed ready-made cells.

    openpyxl's own write-only sheet first tries every appended item as a plain value and falls
    back to a cell when that raises; for cells that costs an exception each, a third of the export.
    """

    def _values_to_row(self, values: Iterable[Cell], row_idx: int) -> Iterator[Cell]:
        for column, cell in enumerate(values, 1):
            cell.row, cell.column = row_idx, column
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell


def new_sheet(wb: Workbook, title: str, styles: StyleBook, widths: Iterable[float]) -> Sheet:
    """A sheet set to fit the page width, with column widths (write-only sheets take both before
    the first row)."""
    if wb.write_only:
        ws = _StreamedSheet(parent=wb, title=title)
        wb._add_sheet(ws)
    else:
        ws = wb.create_sheet(title)
    # Write-only sheets write their properties with the first row: fit-to-page must be set now.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    widths = tuple(widths)
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    return Sheet(ws, styles, widths)


def add_table(sheet: Sheet, name: str, headers: Sequence[str], first_row: int, last_row: int) -> Table:
    """An Excel table (banded, with a filter button on every header) over the given rows."""
    last_row = max(last_row, first_row + 1)  # Excel needs a data row under the header
    ref = f"A{first_row}:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    table._initialise_columns()  # write-only sheets cannot read the header back, so name columns here
    for column, header in zip(table.tableColumns, headers, strict=True):
        column.name = header
    with warnings.catch_warnings():  # openpyxl warns write-only users to name columns: done above
        warnings.simplefilter("ignore", UserWarning)
        sheet.ws.add_table(table)
    return table


def column_range(column: int, first_row: int, last_row: int) -> str:
    """``B2:B40`` for column 2, rows 2 to 40."""
    letter = get_column_letter(column)
    return f"{letter}{first_row}:{letter}{max(last_row, first_row)}"


def severity_colours(sheet: Sheet, column: int, first_row: int, last_row: int) -> None:
    """Colour a severity column by conditional formatting: high red, medium amber, low blue."""
    letter = get_column_letter(column)
    cells = column_range(column, first_row, last_row)
    for severity, (fill, font) in SEVERITY_COLOURS.items():
        style = DifferentialStyle(
            font=Font(color=font, bold=True), fill=PatternFill(bgColor=fill, fill_type="solid")
        )
        rule = FormulaRule(formula=[f'${letter}{first_row}="{severity.value}"'], stopIfTrue=True)
        rule.dxf = style
        sheet.ws.conditional_formatting.add(cells, rule)


def list_validation(sheet: Sheet, choices: Sequence[str], cells: str, prompt: str) -> DataValidation:
    """A drop-down of ``choices`` on ``cells`` that rejects anything else."""
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showDropDown=False,
        showErrorMessage=True,
        showInputMessage=True,
    )
    validation.errorTitle = "Not a listed value"
    validation.error = "Pick one of: " + ", ".join(choices)
    validation.promptTitle = "Reviewer input"
    validation.prompt = prompt
    validation.sqref = MultiCellRange(cells)  # one or more ranges, space-separated
    sheet.ws.data_validations.append(validation)
    return validation


def date_validation(sheet: Sheet, cells: str, prompt: str) -> DataValidation:
    """Accept only dates (from 2000 on) in ``cells``."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="date",
        operator="greaterThanOrEqual",
        formula1=str(EXCEL_2000_01_01),
        error="Enter a date (YYYY-MM-DD).",
    )


def fraction_validation(sheet: Sheet, cells: str, prompt: str) -> DataValidation:
    """Accept only probabilities: numbers from 0 to 1 (0% to 100%)."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="decimal",
        operator="between",
        formula1="0",
        formula2="1",
        error="Enter a probability from 0% to 100%.",
    )


def whole_validation(sheet: Sheet, cells: str, prompt: str, low: int, high: int) -> DataValidation:
    """Accept only whole numbers from ``low`` to ``high``."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="whole",
        operator="between",
        formula1=str(low),
        formula2=str(high),
        error=f"Enter a whole number from {low} to {high}.",
    )


def _typed_validation(sheet: Sheet, cells: str, prompt: str, *, error: str, **rule: str) -> DataValidation:
    validation = DataValidation(allow_blank=True, showErrorMessage=True, showInputMessage=True, **rule)
    validation.errorTitle = "Not accepted"
    validation.error = error
    validation.promptTitle = "DPO input"
    validation.prompt = prompt
    validation.sqref = MultiCellRange(cells)  # one or more ranges, space-separated
    sheet.ws.data_validations.append(validation)
    return validation


def print_setup(sheet: Sheet, header_rows: str | None = "1:1") -> None:
    """Landscape, fitted to one page wide, with the header row repeated on every page."""
    ws = sheet.ws
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # with fitToPage set by ``new_sheet``
    if header_rows:
        ws.print_title_rows = header_rows


def link_cell(sheet: Sheet, title: str) -> Cell:
    """A cell of ``sheet`` showing ``title`` and linking to the sheet of that title."""
    cell = sheet.cell(title, "link")
    cell.hyperlink = internal_link(title)
    return cell


def internal_link(title: str, cell: str = "A1") -> Hyperlink:
    """A hyperlink to a cell of another sheet of the same workbook (a location, not a file)."""
    return Hyperlink(ref="", location=f"{quote_sheetname(title)}!{cell}")
