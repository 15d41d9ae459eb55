"""The write-only sheet the workbook streams its rows to, and the writer of those rows.

openpyxl writes each streamed cell through generic machinery: a ``Cell`` object with a copy of its
style, its coordinate and style id through descriptors (hashing the style array to find the id),
a row height object, then three nested elements through lxml's incremental writer. For a register
of 10,000 transfers with 1,000 TIA sheets that was most of the export's time. The sheets hand
``StreamedSheet.put`` rows of entries instead (see ``exports.row_xml``), which ``RowWriter`` writes
as the XML openpyxl writes for the same cells, a row at a time, into the stream openpyxl writes the
rest of the sheet to, and their links as plain pairs. Cells appended the openpyxl way (``append``)
are written as text too; any other cell (a comment, rich text, an array formula, a date with a
time zone, text XML cannot hold) goes through openpyxl's own cell writer, so nothing is written
differently, only faster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import nullcontext
from io import BytesIO
from typing import IO, Any

import openpyxl
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook.child import INVALID_TITLE_REGEX
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring, xmlfile

from exports.cells import ILLEGAL_XML, make_cell
from exports.row_xml import ATTRIBUTE_ESCAPES, Entry, RowXml, escape
from exports.sheet_xml import DEFAULT_VIEWS, Frame, FrameXml, Validation, frame_xml, validations_xml


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

    def __init__(
        self,
        parent: Any,
        title: str,
        rows: RowXml | None = None,
        *,
        repeated: bool = False,
        frame: Frame | None = None,
    ) -> None:
        """A sheet of ``parent`` titled ``title``, which the caller has made unique in the workbook
        (openpyxl would compare it with every sheet's title: quadratic over a thousand sheets).
        ``rows`` writes its rows of entries; ``repeated``: its rows repeat on other sheets (a form).
        ``frame``: its columns, page set-up, header and footer, written as the frame's XML (the
        sheet's own openpyxl objects for these are then left as they are)."""
        super().__init__(None, None)  # no parent yet, so openpyxl does not check the title
        if not title or INVALID_TITLE_REGEX.search(title):
            raise ValueError(f"not a sheet title: {title!r}")
        self._parent = parent
        self._WorkbookChild__title = title
        self.rows = rows
        self.repeated = repeated
        self.frame = frame
        self.validations: list[tuple[Validation, str]] = []  # (validation, cells), written as text

    _data: Any = None  # the stream of the sheet's rows, once the first row has opened it
    _next_row = 1

    def put(self, entries: Sequence[Entry], height: float | None = None) -> None:
        """Append a row of entries, ``height`` points tall (None: the default height)."""
        row = Entries(entries)
        row.height = height
        writer = self._writer
        if self._data is None or writer is None:  # the first row (or a closed sheet): openpyxl's way
            self.append(row)
            return
        writer.write_row(self._data, row, self._next_row)  # what openpyxl's way ends in
        self._next_row += 1

    def _write_rows(self) -> Generator[None, Any, None]:
        """openpyxl's stream of rows, keeping the row number and stream where ``put`` finds them."""
        assert self._writer is not None
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            self._data = xf
            try:
                while True:
                    row = yield
                    self._writer.write_row(xf, self._values_to_row(row, self._next_row), self._next_row)
                    self._next_row += 1
            except GeneratorExit:
                pass
            finally:
                self._data = None
        self._writer.xf.send(None)

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

    out: Any  # the temporary file's name, or memory the sheet's XML is held in (exports.package)
    xf: Any  # openpyxl's element stream

    def __init__(self, ws: Any) -> None:
        self._file: IO[bytes] | None = None
        self._xf: Any = None
        self._held = True  # lxml may hold XML not yet in the file
        self._style_ids: dict[bytes, str] = {}
        self._letters: list[str] = [""]
        self._iso_dates = ws.parent.iso_dates
        self._epoch = ws.parent.epoch
        spool = getattr(ws.parent, "spool", None) if getattr(ws, "repeated", False) else None
        super().__init__(ws, out=spool() if spool and openpyxl.LXML else None)  # see exports.package
        self._frame: FrameXml | None = None
        frame = getattr(ws, "frame", None)
        if frame is not None and self._file is not None:
            self._frame = frame_xml(frame)
        elif frame is not None:  # openpyxl writes it all: from the sheet's objects
            frame.apply(ws)

    def write_top(self) -> None:
        """The sheet's properties, views, format and columns: the frame's XML where it has one."""
        frame = self._frame
        if frame is None:
            super().write_top()
            return
        views = self.ws.views
        view = frame.views if views == DEFAULT_VIEWS else tostring(views.to_tree()).decode("utf-8")
        self._write(self._xf, [frame.properties, view, frame.columns])

    def write_validations(self) -> None:
        """The sheet's validations: as text when all are kinds ``sheet_xml`` writes."""
        made = self.ws.validations if isinstance(self.ws, StreamedSheet) else []
        if made and (self._file is None or self.ws.data_validations):
            for validation, cells in made:
                self.ws.data_validations.append(validation.on(cells))
            made.clear()
        if not made:
            super().write_validations()
            return
        self._write(self._xf, [validations_xml(made)])

    def write_print(self) -> None:
        """The print options, margins, page set-up, header and footer: the frame's, or openpyxl's."""
        if self._frame is None:
            super().write_print()
            return
        self._write(self._xf, [self._frame.page])

    def write_margins(self) -> None:
        """Written with the print options when the sheet has a frame."""
        if self._frame is None:
            super().write_margins()

    def write_page(self) -> None:
        """Written with the print options when the sheet has a frame."""
        if self._frame is None:
            super().write_page()

    def write_header(self) -> None:
        """Written with the print options when the sheet has a frame."""
        if self._frame is None:
            super().write_header()

    def get_stream(self) -> Iterator[Any]:
        """openpyxl's stream of the sheet's XML, into a file (or memory) this writer can also
        write to."""
        if not openpyxl.LXML or not isinstance(self.out, (str, BytesIO)):
            yield from super().get_stream()
            return
        with (
            open(self.out, "wb") if isinstance(self.out, str) else nullcontext(self.out) as self._file,
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

    def cleanup(self) -> None:
        """Remove the temporary file, or let go of the XML held in memory."""
        if isinstance(self.out, BytesIO):
            self.out = BytesIO()
            return
        super().cleanup()

    def write_row(self, xf: Any, row: Iterable[Any], row_idx: int) -> None:
        """Write one row: the XML of ``WorksheetWriter.write_row`` for the same cells."""
        if isinstance(row, Entries):
            self._write_entries(xf, row, row_idx)
            return
        if self._file is None:
            super().write_row(xf, row, row_idx)
            return
        number = f"{row_idx}"
        dimensions = self.ws.row_dimensions.get(row_idx, {})  # height, as openpyxl writes it
        attrs = "".join(f' {k}="{escape(v, ATTRIBUTE_ESCAPES)}"' for k, v in dimensions)
        parts = [f'<row r="{number}"{attrs}>']
        for cell in row:
            parts = self._put_cell(xf, parts, cell, number)
        parts.append("</row>")
        self._write(xf, parts)

    def _write_entries(self, xf: Any, row: Entries, row_idx: int) -> None:
        rows: RowXml = self.ws.rows
        assert rows is not None, "a sheet fed entries has a writer of them"
        if self._file is None:  # openpyxl writes it all
            if row.height is not None:
                self.ws.row_dimensions[row_idx].height = row.height
            super().write_row(
                xf, [self._as_cell(entry, row_idx, c) for c, entry in enumerate(row, 1)], row_idx
            )
            return
        done = rows.row(row, row_idx, row.height, repeated=self.ws.repeated)
        if done is not None:
            text, links = done
            self.ws._hyperlinks.extend(links)
            self._write(xf, [text])
            return
        number = f"{row_idx}"  # a cell only openpyxl makes: all the row's cells as openpyxl makes them
        parts = [rows.row_tag(number, row.height)]
        for column, entry in enumerate(row, 1):
            parts = self._put_cell(xf, parts, self._as_cell(entry, row_idx, column), number)
        parts.append("</row>")
        self._write(xf, parts)

    def _as_cell(self, entry: Entry, row_idx: int, column: int) -> Cell:
        """The openpyxl cell the entry stands for (as ``exports.sheets`` makes it in a normal sheet)."""
        value, style, location = entry
        cell = make_cell(self.ws, value, self.ws.rows.styles[style])
        cell.row, cell.column = row_idx, column
        if location is not None:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location)
        return cell

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
                f'<hyperlink ref="{escape(ref, ATTRIBUTE_ESCAPES)}" '
                f'location="{escape(location, ATTRIBUTE_ESCAPES)}"/>'
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
            return f'{head} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
        if kind == "f":
            if not isinstance(value, str) or ILLEGAL_XML.search(value):
                return None  # an array or data-table formula
            return f"{head}><f>{escape(value[1:])}</f><v/></c>"
        if kind == "d":
            aware = getattr(value, "tzinfo", None) is not None  # openpyxl refuses it with a reason
            if self._iso_dates or aware or not isinstance(value, dt.date):
                return None
            kind, value = "n", to_excel(value, self._epoch)
        elif kind not in ("n", "b"):
            return None
        if value is None or value == "":
            return f'{head} t="{kind}"/>'
        return f'{head} t="{kind}"><v>{escape(safe_string(value))}</v></c>'

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
