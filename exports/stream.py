"""The write-only sheet the workbook streams its rows to, and the writer of those rows.

openpyxl writes each streamed cell through generic machinery: a ``Cell`` object with a copy of its
style, its coordinate and style id through descriptors (hashing the style array to find the id),
a row height object, then three nested elements through lxml's incremental writer. For a register
of 10,000 transfers with 1,000 TIA sheets that was most of the export's time. The sheets hand
``StreamedSheet.put`` rows of plain entries instead, ``(value, style name, link location)`` with
the text already cleaned, and ``RowWriter`` writes them as the XML openpyxl writes for the same
cells, a row at a time, into the stream openpyxl writes the rest of the sheet to; column letters,
style ids and escaped texts come from small caches, and the links from plain pairs. Cells
appended the openpyxl way (``append``) are written so too; any other cell (a comment, rich text,
an array formula, a date with a time zone, text XML cannot hold) goes through openpyxl's own cell
writer, so nothing is written differently, only faster.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import openpyxl
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from exports.cells import FORMULA_TRIGGERS, ILLEGAL_XML, CellValue, Formula, make_cell
from exports.styles import StyleBook

# What text and attribute values escape. A carriage return is written as a reference, or an XML
# reader would turn it into a line feed (lxml writes it so too).
_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTRIBUTE = _TEXT + (('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
_NEEDS_ESCAPE = re.compile("[&<>\r]")

Entry = tuple[CellValue, str, str | None]
"""A cell to write: its value (text already cleaned by ``cells.clean_text``), the name of its style
in the sheet's ``StyleBook`` and the location it links to (``'Sheet'!A5``), or None."""


class Entries(list[Entry]):
    """One row of entries on its way through openpyxl's row stream, with the row's height."""

    height: float | None = None


class StreamedSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet fed rows of entries (``put``) or ready-made cells (``append``), written
    by ``RowWriter``.

    openpyxl's own write-only sheet first tries every appended item as a plain value and falls
    back to a cell when that raises; for cells that costs an exception each.
    """

    _writer: RowWriter | None = None  # as openpyxl's, made on the first row

    def __init__(self, parent: Any, title: str, styles: StyleBook | None = None) -> None:
        super().__init__(parent, title)
        self.styles = styles  # what the style names of entries stand for

    def put(self, entries: Sequence[Entry], height: float | None = None) -> None:
        """Append a row of entries, ``height`` points tall (None: the default height)."""
        row = Entries(entries)
        row.height = height
        self.append(row)

    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterable[Any]:
        if isinstance(values, Entries):
            return values
        return self._placed(values, row_idx)

    def _placed(self, values: Iterable[Cell], row_idx: int) -> Iterator[Cell]:
        for column, cell in enumerate(values, 1):
            cell.row, cell.column = row_idx, column
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    def _get_writer(self) -> None:
        if self._writer is None:
            writer = RowWriter(self)
            writer.write_top()
            self._writer = writer


class RowWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer with a cheaper ``write_row`` for the rows the sheets make.

    The rows are written as text into the file lxml's incremental writer streams to (after it
    has flushed what it holds). Without lxml (``OPENPYXL_LXML=False``) openpyxl's own writer runs
    (entries first become cells).
    """

    def __init__(self, ws: Any) -> None:
        self._file: IO[bytes] | None = None
        self._xf: Any = None
        self._held = True  # lxml may hold XML not yet in the file
        self._style_ids: dict[bytes, str] = {}
        self._entry_styles: dict[tuple[str, bool], str] = {}
        self._dated: dict[str, bool] = {}
        self._escaped: dict[str, str] = {}
        self._letters: list[str] = [""]
        self._iso_dates = ws.parent.iso_dates
        self._epoch = ws.parent.epoch
        super().__init__(ws)

    def get_stream(self) -> Iterator[Any]:
        """openpyxl's stream of the sheet's XML, into a file this writer can also write to."""
        if not openpyxl.LXML or not isinstance(self.out, str):
            yield from super().get_stream()
            return
        with (
            open(self.out, "wb") as self._file,
            xmlfile(self._file) as xf,
            xf.element("worksheet", xmlns=SHEET_MAIN_NS),
        ):
            self._xf = xf
            try:
                while True:
                    element = yield
                    self._held = True  # an element, or the rows' opening tag
                    if element is True:
                        yield xf  # resumed when the rows are done: their closing tag is held
                        self._held = True
                    elif element is not None:
                        xf.write(element)
            except GeneratorExit:
                pass

    def write_row(self, xf: Any, row: Iterable[Any], row_idx: int) -> None:
        """Write one row: the XML of ``WorksheetWriter.write_row`` for the same cells."""
        if isinstance(row, Entries):
            if self._file is None:
                super().write_row(xf, self._as_cells(row, row_idx), row_idx)
                return
            self._write(xf, self._entries(xf, row, row_idx))
            return
        if self._file is None:
            super().write_row(xf, row, row_idx)
            return
        number = f"{row_idx}"
        dimensions = self.ws.row_dimensions.get(row_idx, {})  # height, as openpyxl writes it
        attrs = "".join(f' {k}="{_escape(v, _ATTRIBUTE)}"' for k, v in dimensions)
        parts = [f'<row r="{number}"{attrs}>']
        for cell in row:
            parts = self._put_cell(xf, parts, cell, number)
        parts.append("</row>")
        self._write(xf, parts)

    def _put_cell(self, xf: Any, parts: list[str], cell: Cell, number: str) -> list[str]:
        style = cell._style
        styled = style is not None and any(style)
        if cell._value is None and not styled and cell._comment is None:
            return parts
        text = None if cell._comment is not None else self._cell(cell, number, styled)
        if text is None:  # a kind this writer leaves to openpyxl
            return self._hand_over(xf, parts, cell, styled)
        if cell._hyperlink is not None:
            self.ws._hyperlinks.append(cell._hyperlink)
        parts.append(text)
        return parts

    def _entries(self, xf: Any, row: Entries, row_idx: int) -> list[str]:
        number = f"{row_idx}"
        height = "" if row.height is None else f' ht="{safe_string(row.height)}" customHeight="1"'
        parts = [f'<row r="{number}"{height}>']
        links = self.ws._hyperlinks
        for column, entry in enumerate(row, 1):
            coordinate = f"{self._letter(column)}{number}"
            text = self._entry(coordinate, entry[0], entry[1])
            if text is None:  # a kind openpyxl makes and writes
                parts = self._put_cell(xf, parts, self._as_cell(entry, row_idx, column), number)
            elif text:
                parts.append(text)
                if entry[2] is not None:
                    links.append((coordinate, entry[2]))
        parts.append("</row>")
        return parts

    def _entry(self, coordinate: str, value: CellValue, style: str) -> str | None:
        """The ``<c>`` element of an entry ("" for none), or None for a kind left to openpyxl."""
        kind = type(value)
        if kind is str:
            assert isinstance(value, str)
            head = f'<c r="{coordinate}"{self._entry_style(style, value.startswith(FORMULA_TRIGGERS))}'
            return (
                f'{head} t="inlineStr"><is>{self._text(value)}</is></c>'
                if value
                else f'{head} t="inlineStr"/>'
            )
        sid = self._entry_style(style, False)
        if value is None:
            return f'<c r="{coordinate}"{sid} t="n"/>' if sid else ""
        if isinstance(value, Formula):
            if ILLEGAL_XML.search(value.text):
                return None  # openpyxl refuses it with its reason
            return f'<c r="{coordinate}"{sid}><f>{_escape(value.text[1:])}</f><v/></c>'
        if kind is bool or kind is int or kind is float:
            return (
                f'<c r="{coordinate}"{sid} t="{"b" if kind is bool else "n"}"><v>{safe_string(value)}</v></c>'
            )
        if isinstance(value, dt.date) and self._date_style(style):
            if isinstance(value, dt.datetime) and value.tzinfo is not None:
                return None  # openpyxl refuses it with its reason
            return f'<c r="{coordinate}"{sid} t="n"><v>{safe_string(to_excel(value, self._epoch))}</v></c>'
        return None  # a date in a style without a date format gets one from openpyxl

    def _as_cells(self, row: Entries, row_idx: int) -> list[Cell]:
        if row.height is not None:
            self.ws.row_dimensions[row_idx].height = row.height
        return [self._as_cell(entry, row_idx, column) for column, entry in enumerate(row, 1)]

    def _as_cell(self, entry: Entry, row_idx: int, column: int) -> Cell:
        """The openpyxl cell the entry stands for (as ``exports.sheets`` makes it in a normal sheet)."""
        value, style, location = entry
        assert self.ws.styles is not None, "a sheet fed entries knows its styles"
        cell = make_cell(self.ws, value, self.ws.styles[style])
        cell.row, cell.column = row_idx, column
        if location is not None:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location)
        return cell

    def _entry_style(self, name: str, quoted: bool) -> str:
        """`` s="<id>"`` for the style ``name`` (with Excel's quote prefix when ``quoted``), or ""."""
        key = (name, quoted)
        found = self._entry_styles.get(key)
        if found is None:
            assert self.ws.styles is not None, "a sheet fed entries knows its styles"
            style = StyleArray(self.ws.styles[name])
            if quoted:
                style.quotePrefix = True
            found = self._entry_styles[key] = f' s="{self._style_id(style)}"' if any(style) else ""
        return found

    def _date_style(self, name: str) -> bool:
        found = self._dated.get(name)
        if found is None:
            assert self.ws.styles is not None
            style = Cell(self.ws, style_array=self.ws.styles[name])
            found = self._dated[name] = not self._iso_dates and is_date_format(style.number_format)
        return found

    def _text(self, text: str) -> str:
        """``<t>`` holding ``text`` (escaped once per distinct text)."""
        found = self._escaped.get(text)
        if found is None:
            space = ' xml:space="preserve"' if text != text.strip() else ""
            found = f"<t{space}>{_escape(text)}</t>"
            if len(self._escaped) < 50_000:  # the texts that repeat are labels; keep memory flat
                self._escaped[text] = found
        return found

    def write_hyperlinks(self) -> None:
        """The sheet's links: written as text when all of them are to places in the workbook."""
        links = self.ws._hyperlinks
        if self._file is None or not all(isinstance(link, tuple) or _internal(link) for link in links):
            self.ws._hyperlinks = [
                Hyperlink(ref=link[0], location=link[1]) if isinstance(link, tuple) else link
                for link in links
            ]
            super().write_hyperlinks()
            return
        if not links:
            return
        parts = ["<hyperlinks>"]
        for link in links:
            ref, location = link if isinstance(link, tuple) else (link.ref, link.location)
            parts.append(
                f'<hyperlink ref="{_escape(ref, _ATTRIBUTE)}" location="{_escape(location, _ATTRIBUTE)}"/>'
            )
        parts.append("</hyperlinks>")
        self._write(self._xf, parts)

    def _hand_over(self, xf: Any, parts: list[str], cell: Cell, styled: bool) -> list[str]:
        """Write what the row holds so far, then ``cell`` by openpyxl's cell writer."""
        self._write(xf, parts)
        if cell._comment is not None:
            self.ws._comments.append(CommentRecord.from_cell(cell))
        write_cell(xf, self.ws, cell, styled)
        self._held = True
        return []

    def _write(self, xf: Any, parts: list[str]) -> None:
        assert self._file is not None
        if self._held:
            xf.flush()  # what lxml holds goes first
            self._held = False
        self._file.write("".join(parts).encode("utf-8"))

    def _cell(self, cell: Cell, number: str, styled: bool) -> str | None:
        """The ``<c>`` element of ``cell`` as text, or None for a kind openpyxl must write."""
        value, kind = cell._value, cell.data_type
        head = f'<c r="{self._letter(cell.column)}{number}"'
        if styled:
            head += f' s="{self._style_id(cell._style)}"'
        if kind == "s":
            if not isinstance(value, str) or ILLEGAL_XML.search(value):
                return None  # rich text, or text openpyxl refuses with its reason
            if not value:
                return head + ' t="inlineStr"/>'
            space = ' xml:space="preserve"' if value != value.strip() else ""
            return f'{head} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
        if kind == "f":
            if not isinstance(value, str) or ILLEGAL_XML.search(value):
                return None  # an array or data-table formula
            return f"{head}><f>{_escape(value[1:])}</f><v/></c>"
        if kind == "d":
            aware = getattr(value, "tzinfo", None) is not None  # openpyxl refuses it with a reason
            if self._iso_dates or aware or not isinstance(value, dt.date):
                return None
            kind, value = "n", to_excel(value, self._epoch)
        elif kind not in ("n", "b"):
            return None
        if value is None or value == "":
            return f'{head} t="{kind}"/>'
        return f'{head} t="{kind}"><v>{_escape(safe_string(value))}</v></c>'

    def _letter(self, column: int) -> str:
        letters = self._letters
        while len(letters) <= column:
            letters.append(get_column_letter(len(letters)))
        return letters[column]

    def _style_id(self, style: StyleArray) -> str:
        key = style.tobytes()
        found = self._style_ids.get(key)
        if found is None:  # registered as openpyxl registers it, so the workbook's styles are the same
            found = self._style_ids[key] = f"{self.ws.parent._cell_styles.add(style)}"
        return found


def _internal(link: Hyperlink) -> bool:
    """Whether ``link`` only points at a place in the workbook (no file, tooltip or shown text)."""
    return (
        link.location is not None
        and link.target is None
        and link.tooltip is None
        and link.display is None
        and link.id is None
    )


def _escape(text: str, table: tuple[tuple[str, str], ...] = _TEXT) -> str:
    if table is _TEXT and not _NEEDS_ESCAPE.search(text):
        return text
    for char, reference in table:
        if char in text:
            text = text.replace(char, reference)
    return text
