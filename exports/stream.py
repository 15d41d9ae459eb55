"""The write-only sheet the workbook streams its rows to, and the writer of those rows.

openpyxl writes each streamed cell through generic machinery: its coordinate and style id through
descriptors (hashing the style array to find the id), then three nested elements through lxml's
incremental writer. For a register of 10,000 transfers with 1,000 TIA sheets that was most of the
export's time. ``RowWriter`` writes the cells ``Sheet.append`` makes (text, numbers, dates,
booleans and formulas) as the same XML text, a row at a time, into the stream openpyxl writes the
rest of the sheet to; column letters and style ids come from small caches. Any other cell (a
comment, rich text, an array formula, a date with a time zone, text XML cannot hold) goes through
openpyxl's own cell writer, so nothing is written differently, only faster.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

import openpyxl
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from exports.cells import ILLEGAL_XML

# What text and attribute values escape. A carriage return is written as a reference, or an XML
# reader would turn it into a line feed (lxml writes it so too).
_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTRIBUTE = _TEXT + (('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
_NEEDS_ESCAPE = re.compile("[&<>\r]")


class StreamedSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet fed ready-made cells, written by ``RowWriter``.

    openpyxl's own write-only sheet first tries every appended item as a plain value and falls
    back to a cell when that raises; for cells that costs an exception each.
    """

    _writer: RowWriter | None = None  # as openpyxl's, made on the first row

    def _values_to_row(self, values: Iterable[Cell], row_idx: int) -> Iterator[Cell]:
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
    """openpyxl's sheet writer with a cheaper ``write_row`` for the cells the sheets make.

    The rows are written as text into the file lxml's incremental writer streams to (after it
    has flushed what it holds). Without lxml (``OPENPYXL_LXML=False``) openpyxl's own writer runs.
    """

    def __init__(self, ws: Any) -> None:
        self._file: IO[bytes] | None = None
        self._style_ids: dict[bytes, str] = {}
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
            try:
                while True:
                    element = yield
                    if element is True:
                        yield xf
                    elif element is not None:
                        xf.write(element)
            except GeneratorExit:
                pass

    def write_row(self, xf: Any, row: Iterable[Cell], row_idx: int) -> None:
        """Write one row: the XML of ``WorksheetWriter.write_row``."""
        if self._file is None:
            super().write_row(xf, row, row_idx)
            return
        number = f"{row_idx}"
        dimensions = self.ws.row_dimensions.get(row_idx, {})  # height, as openpyxl writes it
        attrs = "".join(f' {k}="{_escape(v, _ATTRIBUTE)}"' for k, v in dimensions)
        parts = [f'<row r="{number}"{attrs}>']
        for cell in row:
            style = cell._style
            styled = style is not None and any(style)
            if cell._value is None and not styled and cell._comment is None:
                continue
            text = None if cell._comment is not None else self._cell(cell, number, styled)
            if text is None:  # a kind this writer leaves to openpyxl
                parts = self._hand_over(xf, parts, cell, styled)
                continue
            if cell._hyperlink is not None:
                self.ws._hyperlinks.append(cell._hyperlink)
            parts.append(text)
        parts.append("</row>")
        self._write(xf, parts)

    def _hand_over(self, xf: Any, parts: list[str], cell: Cell, styled: bool) -> list[str]:
        """Write what the row holds so far, then ``cell`` by openpyxl's cell writer."""
        self._write(xf, parts)
        if cell._comment is not None:
            self.ws._comments.append(CommentRecord.from_cell(cell))
        write_cell(xf, self.ws, cell, styled)
        return []

    def _write(self, xf: Any, parts: list[str]) -> None:
        assert self._file is not None
        xf.flush()  # what lxml holds goes first
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


def _escape(text: str, table: tuple[tuple[str, str], ...] = _TEXT) -> str:
    if table is _TEXT and not _NEEDS_ESCAPE.search(text):
        return text
    for char, reference in table:
        if char in text:
            text = text.replace(char, reference)
    return text
