"""What every sheet writer shares: appending styled rows, Excel tables, validations, print set-up.

Sheets are written row by row with ``append`` so the same code runs in openpyxl's normal and
write-only modes (write-only streams rows to disk and keeps memory flat for big registers).
Neither Excel nor LibreOffice grows a row for wrapped text when it opens a file, so ``append``
gives every row the height its wrapped text needs, and text too long for the tallest row Excel
allows continues on the rows below it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from exports.cells import CellValue, clean_text, make_cell
from exports.history import NO_HISTORY, History
from exports.links import CrossRefs, Ref
from exports.report import TransferReport
from exports.row_xml import Entry, RowXml
from exports.sheet_xml import Validation
from exports.stream import StreamedSheet
from exports.styles import SEVERITY_COLOURS, STYLES, StyleBook
from exports.texts import ENGLISH, Words

LINE_HEIGHT = 15.0  # points per line of 11-point text (Excel's own height for one line)
ROW_PADDING = 3.0  # points above and below the text
MAX_ROW_HEIGHT = 409.0  # Excel's maximum row height
MAX_LINES = int((MAX_ROW_HEIGHT - ROW_PADDING) // LINE_HEIGHT)  # lines one row can show
DEFAULT_WIDTH = 8.43  # Excel's default column width
# Characters per unit of column width. A unit is the width of a "0" in the default font; text is
# narrower on average, but LibreOffice without Calibri or Carlito prints in DejaVu Sans, which is
# wider: this factor keeps the estimate on the safe side for both.
CHARS_PER_WIDTH = 0.9
EXCEL_2000_01_01 = 36526  # the serial number Excel gives 1 January 2000
Styled = tuple[CellValue, str]  # a value and the name of its style in ``styles.STYLES``
Item = CellValue | Styled | Ref  # what a row is made of before it becomes cells
Targets = Mapping[tuple[str, str], int]  # (sheet title, row key) -> row number


@dataclass(frozen=True, slots=True)
class PageLayout:
    """How a sheet prints: orientation, how many pages wide, and the rows/columns on every page."""

    landscape: bool = True
    pages_wide: int | None = 1  # None: not fitted, printed at ``scale`` percent
    scale: int = 100
    title_rows: str | None = "1:1"
    title_columns: str | None = None
    grid: bool = True  # print the cell grid (tables); forms print their own borders only


FORM_LAYOUT = PageLayout(title_rows=None, grid=False)


@dataclass(frozen=True, slots=True, eq=False)
class Book:
    """The workbook being written and what every sheet shares: styles, the report, print marks."""

    wb: Workbook
    styles: StyleBook
    report: TransferReport
    classification: str = ""
    guide: tuple[tuple[str, str, str, bool], ...] = ()  # (key, title, what it holds, one sheet of it)
    refs: CrossRefs | None = None
    targets: dict[tuple[str, str], int] = field(default_factory=dict)
    tables: dict[str, TableRows] = field(default_factory=dict)
    words: Words = ENGLISH
    history: History = NO_HISTORY
    titles: set[str] = field(default_factory=set)  # the sheets' titles so far, case-folded
    row_xml: RowXml = field(init=False)  # writes the rows of all its streamed sheets

    def __post_init__(self) -> None:
        object.__setattr__(self, "row_xml", RowXml(self.wb, self.styles))

    @property
    def links(self) -> CrossRefs:
        """The report's cross-references (made once per workbook)."""
        assert self.refs is not None, "build_workbook sets the cross-references"
        return self.refs


@dataclass(frozen=True, slots=True)
class TableRows:
    """A list sheet's rows before they are written: a key per row, so links can find the row."""

    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[str, Sequence[Item]], ...]

    def targets(self, title: str) -> dict[tuple[str, str], int]:
        """Where each row's key lands on sheet ``title`` (the header is row 1; long text adds rows)."""
        out = {}
        row = 2
        for key, items in self.rows:
            out[(title, key)] = row
            row += row_span(items, self.widths)
        return out


@dataclass(slots=True)
class Sheet:
    """A worksheet being written, with its styles and the next row number."""

    ws: Worksheet
    styles: StyleBook
    widths: tuple[float, ...] = ()
    row: int = 0
    targets: Targets = field(default_factory=dict)
    words: Words = ENGLISH

    def append(self, items: Sequence[Item], default: str = "text", *, min_lines: int = 1) -> int:
        """Append one row; items are values (styled ``default``), (value, style) pairs or links.

        Returns the row's number. The row is as tall as its wrapped text needs; text longer than
        the tallest row continues on the rows below (first column marked "(continued)").
        """
        row: list[Entry] = []
        lines = min_lines
        wrapping = self.styles.wrapping
        for column, item in enumerate(items):
            if isinstance(item, tuple):
                value, style = item
                location = None
            elif isinstance(item, Ref):
                value, style, location = self._link(item)
            else:
                value, style, location = item, default, None
            if isinstance(value, str):
                value = clean_text(value)
                if style in wrapping:
                    lines = max(lines, text_lines(value, self._width(column)))
            row.append((value, style, location))
        if lines > MAX_LINES:
            return self._append_split(row)
        self._put(row, lines)
        return self.row

    def _put(self, row: list[Entry], lines: int) -> None:
        self.row += 1
        height = min(MAX_ROW_HEIGHT, row_height(lines)) if lines > 1 else None
        if isinstance(self.ws, StreamedSheet):
            self.ws.put(row, height)
            return
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append([self._cell(entry) for entry in row])

    def _cell(self, entry: Entry) -> Cell:
        value, style, location = entry
        cell = make_cell(self.ws, value, self.styles[style])
        if location is not None:
            cell.hyperlink = Hyperlink(ref="", location=location)
        return cell

    def _append_split(self, row: list[Entry]) -> int:
        """Write a row whose text needs more than ``MAX_LINES``: long texts go on in the rows below."""
        parts: dict[int, list[str]] = {}
        for column, (value, style, _) in enumerate(row):
            if isinstance(value, str) and style in self.styles.wrapping:
                parts[column] = split_text(value, self._width(column), MAX_LINES)
        count = max(len(p) for p in parts.values())
        first = self.row + 1
        for index in range(count):
            out: list[Entry] = []
            for column, (value, style, location) in enumerate(row):
                chunks = parts.get(column)
                if index == 0:
                    out.append((chunks[0], style, location) if chunks else (value, style, location))
                elif chunks and index < len(chunks):
                    out.append((chunks[index], style, None))
                elif column == 0:
                    more = self.words("continued")
                    mark = f"{value} {more}" if value not in (None, "") else more
                    out.append((clean_text(mark), style, None))
                else:
                    out.append((None, style, None))
            texts = [(i, v) for i, (v, _, _) in enumerate(out) if isinstance(v, str)]
            lines = max([1] + [text_lines(text, self._width(i)) for i, text in texts])
            self._put(out, min(lines, MAX_LINES))
        return first

    def _width(self, column: int) -> float:
        return self.widths[column] if column < len(self.widths) else DEFAULT_WIDTH

    def _link(self, ref: Ref) -> Entry:
        """``ref.text`` linking to its target row (plain text when it has none)."""
        title = self.words.title(ref.sheet)
        if ref.key is None:
            return ref.text, "link", sheet_location(title)
        row = self.targets.get((ref.sheet, ref.key))
        if row is None:
            return ref.text, "text", None
        return ref.text, "link", sheet_location(title, f"A{row}")

    def blank(self, count: int = 1) -> None:
        """Append empty rows."""
        for _ in range(count):
            self.append([])


def row_span(items: Sequence[Item], widths: Sequence[float], default: str = "text") -> int:
    """How many sheet rows ``Sheet.append`` gives these items: 1, or more when text continues."""
    texts = []
    lines = 1
    for column, item in enumerate(items):
        value, style = (
            (item.text, "link")
            if isinstance(item, Ref)
            else (item if isinstance(item, tuple) else (item, default))
        )
        if not isinstance(value, str) or not STYLES[style].wrap:
            continue
        width = widths[column] if column < len(widths) else DEFAULT_WIDTH
        if len(value) > width * CHARS_PER_WIDTH or "\n" in value:
            text = clean_text(value)
            texts.append((text, width))
            lines = max(lines, text_lines(text, width))
    if lines <= MAX_LINES:
        return 1
    return max(len(split_text(text, width, MAX_LINES)) for text, width in texts)


def row_height(lines: int) -> float:
    """The height in points of a row showing ``lines`` lines of 11-point text."""
    return LINE_HEIGHT * lines + ROW_PADDING


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries in a column ``width`` wide.

    Greedy word wrapping as Excel and LibreOffice do it; a word longer than a line is broken.
    """
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    if len(text) <= per_line and "\n" not in text:
        return 1
    return _lines(text, per_line)


@lru_cache(maxsize=1 << 14)  # the long texts that repeat: a TIA sheet's labels, notes and prompts
def _lines(text: str, per_line: int) -> int:
    total = 0
    for part in text.split("\n"):
        total += 1 if len(part) <= per_line else _wrapped_lines(part, per_line)
    return total


def _wrapped_lines(paragraph: str, per_line: int) -> int:
    lines, used = 1, 0
    for word in paragraph.split(" "):
        size = len(word)
        need = size if used == 0 else used + 1 + size
        if need <= per_line:
            used = need
            continue
        if used:
            lines += 1
        while size > per_line:
            lines += 1
            size -= per_line
        used = size
    return lines


def split_text(text: str, width: float, max_lines: int) -> list[str]:
    """``text`` cut into pieces of at most ``max_lines`` wrapped lines each, at spaces or line
    breaks where there are any; the pieces joined give ``text`` back."""
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    pieces = []
    rest = text
    while text_lines(rest, width) > max_lines:
        size = per_line * (max_lines - 1)
        while True:
            cut = _cut_point(rest, size)
            if text_lines(rest[:cut], width) <= max_lines or size <= per_line:
                break
            size = size * 9 // 10
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _cut_point(text: str, size: int) -> int:
    """Where to cut ``text`` at most ``size`` characters in: after the last break or space before."""
    if len(text) <= size:
        return len(text)
    at = max(text.rfind("\n", 0, size), text.rfind(" ", 0, size))
    return at + 1 if at > size // 2 else size


def new_sheet(
    book: Book,
    key: str,
    widths: Iterable[float],
    layout: PageLayout = PageLayout(),
    *,
    repeated: bool = False,
) -> Sheet:
    """The sheet ``key`` (titled in the book's language: ``Words.title``) with column widths and
    its print layout, header and footer (write-only sheets take these before the first row).
    ``repeated``: one of many sheets with the same rows (a TIA form), whose rows are worth keeping."""
    wb = book.wb
    title = book.words.title(key)
    if title.casefold() in book.titles:
        raise ValueError(f"two sheets titled {title!r}")  # Excel compares titles case-insensitively
    book.titles.add(title.casefold())
    widths = tuple(widths)
    frame = Frame(widths, layout, *_header_footer(book))
    if wb.write_only:  # writes the frame's XML, made once per frame
        ws = StreamedSheet(parent=wb, title=title, rows=book.row_xml, repeated=repeated, frame=frame)
        wb._add_sheet(ws)
    else:
        ws = wb.create_sheet(title)
        frame.apply(ws)
    if layout.title_rows:  # the workbook's defined names, not the sheet's XML
        ws.print_title_rows = layout.title_rows
    if layout.title_columns:
        ws.print_title_cols = layout.title_columns
    return Sheet(ws, book.styles, widths, targets=book.targets, words=book.words)


HeaderFooterTexts = tuple[str | None, str | None, str | None]  # left, centre, right (None: none)


@dataclass(frozen=True, slots=True)
class Frame:
    """What ``new_sheet`` gives a sheet before its rows: column widths, print layout, page header
    and footer. A value: the thousand TIA sheets share one (``exports.sheet_xml``)."""

    widths: tuple[float, ...]
    layout: PageLayout
    header: HeaderFooterTexts
    footer: HeaderFooterTexts

    def apply(self, ws: Worksheet) -> None:
        """Set the frame on ``ws``'s openpyxl objects (print titles aside: ``new_sheet`` sets them)."""
        for index, width in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        _page(ws, self.layout)
        for item, text in zip((ws.oddHeader, ws.oddFooter), (self.header, self.footer), strict=True):
            for part, words in zip((item.left, item.center, item.right), text, strict=True):
                if words is not None:
                    part.text = words


def _page(ws: Worksheet, layout: PageLayout) -> None:
    ws.sheet_properties.pageSetUpPr.fitToPage = layout.pages_wide is not None
    setup = ws.page_setup
    setup.orientation = "landscape" if layout.landscape else "portrait"
    setup.paperSize = Worksheet.PAPERSIZE_A4
    if layout.pages_wide is None:
        setup.scale = layout.scale
    else:
        setup.fitToWidth = layout.pages_wide
        setup.fitToHeight = 0  # as many pages down as the rows need
    ws.page_margins.top = ws.page_margins.bottom = 0.75  # inches: room for the header and footer
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.gridLines = layout.grid


def _header_footer(book: Book) -> tuple[HeaderFooterTexts, HeaderFooterTexts]:
    """Organisation, sheet and classification on top; what, when and page x of y below."""
    report, words = book.report, book.words
    marking = "&B" + header_text(book.classification, 60) if book.classification else None
    header = (header_text(organisation_label(report, words), 80), "&A", marking)  # &A: the sheet's name
    footer = (
        header_text(words("footer.facts", date=report.as_of.isoformat()), 80),
        header_text(words("footer.prepared", date=report.created.date().isoformat()), 40),
        words("footer.page"),  # &P and &N are the page and the page count
    )
    return header, footer


def organisation_label(report: TransferReport, words: Words) -> str:
    """The organisation with its country in the workbook's language."""
    where, name = words.country(report.country), words.organisation(report.organisation)
    return f"{name} ({where})" if where else name


def header_text(text: str, limit: int) -> str:
    """Text for a page header or footer: one line, ``&`` doubled (it starts a code), cut to ``limit``."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1] + "\u2026"
    return line.replace("&", "&&")


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
        word = formula_text(sheet.words.label(severity))
        rule = FormulaRule(formula=[f'${letter}{first_row}="{word}"'], stopIfTrue=True)
        rule.dxf = style
        sheet.ws.conditional_formatting.add(cells, rule)


def list_validation(sheet: Sheet, choices: Sequence[str], cells: str, prompt: str) -> Validation:
    """A drop-down of ``choices`` (texts without commas: Excel separates them by commas) on
    ``cells`` that rejects anything else."""
    if any("," in c for c in choices):
        raise ValueError(f"a drop-down choice holds a comma: {choices}")
    choices = [formula_text(c) for c in choices]
    words = sheet.words
    validation = Validation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        error_title=words("validation.not_listed"),
        error=words("validation.pick", choices="; ".join(choices)),
        prompt_title=words("validation.reviewer"),
        prompt=prompt,
    )
    return _validate(sheet, validation, cells)


def date_validation(sheet: Sheet, cells: str, prompt: str) -> Validation:
    """Accept only dates (from 2000 on) in ``cells``."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="date",
        operator="greaterThanOrEqual",
        formula1=str(EXCEL_2000_01_01),
        error=sheet.words("validation.date"),
    )


def fraction_validation(sheet: Sheet, cells: str, prompt: str) -> Validation:
    """Accept only probabilities: numbers from 0 to 1 (0% to 100%)."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="decimal",
        operator="between",
        formula1="0",
        formula2="1",
        error=sheet.words("validation.probability"),
    )


def whole_validation(sheet: Sheet, cells: str, prompt: str, low: int, high: int) -> Validation:
    """Accept only whole numbers from ``low`` to ``high``."""
    return _typed_validation(
        sheet,
        cells,
        prompt,
        type="whole",
        operator="between",
        formula1=str(low),
        formula2=str(high),
        error=sheet.words("validation.whole", low=low, high=high),
    )


def _typed_validation(sheet: Sheet, cells: str, prompt: str, **rule: str) -> Validation:
    words = sheet.words
    validation = Validation(
        error_title=words("validation.not_accepted"),
        prompt_title=words("validation.dpo"),
        prompt=prompt,
        **rule,
    )
    return _validate(sheet, validation, cells)


def _validate(sheet: Sheet, validation: Validation, cells: str) -> Validation:
    """Validate ``cells`` so (a streamed sheet writes it as text, made once per kind)."""
    if isinstance(sheet.ws, StreamedSheet):
        sheet.ws.validations.append((validation, cells))
    else:
        sheet.ws.data_validations.append(validation.on(cells))
    return validation


def formula_text(text: str) -> str:
    """Text for a string literal inside a formula (a double quote is written twice)."""
    return text.replace('"', '""')


def sheet_location(title: str, cell: str = "A1") -> str:
    """Where a link to a cell of the sheet ``title`` of the same workbook points: ``'Title'!A1``."""
    return f"{quote_sheetname(title)}!{cell}"


def internal_link(title: str, cell: str = "A1") -> Hyperlink:
    """A hyperlink to a cell of another sheet of the same workbook (a location, not a file)."""
    return Hyperlink(ref="", location=sheet_location(title, cell))
