"""The workbook the sheets are written into, and its save: openpyxl's, with form sheets in memory.

openpyxl's write-only sheets each stream to a temporary file, which the save copies into the
xlsx archive and deletes. For a thousand small TIA sheets the files cost more than their XML:
created, opened, read back and deleted one by one (slowest on a busy disk). A ``SpooledWorkbook``
lets its sheets of a form hold their XML in memory instead, up to ``SPOOL_LIMIT`` bytes in all
(then files again), and its ``save`` puts that XML into the archive directly. Every other part of
the archive (styles, workbook, relations, content types, tables, images) is openpyxl's own.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.writer.excel import ExcelWriter

SPOOL_LIMIT = 96 << 20  # bytes of sheet XML a workbook holds in memory (2,000 TIA sheets or more)


class SpooledWorkbook(Workbook):  # type: ignore[misc]
    """A workbook whose write-only form sheets may keep their XML in memory (see the module)."""

    def __init__(self, write_only: bool = False) -> None:
        """An empty workbook (``write_only``: openpyxl's streaming mode)."""
        super().__init__(write_only=write_only)
        self.spooled = 0  # bytes of sheet XML held in memory, counted as the next sheet starts
        self._last: BytesIO | None = None

    def spool(self) -> BytesIO | None:
        """Memory for the XML of the form sheet that starts now, or None when the workbook holds
        enough already (the sheet streams to a file). Sheets are written one after another, so
        the previous form's rows are all in its memory by now."""
        if self._last is not None:
            self.spooled += self._last.tell()
        self._last = BytesIO() if self.write_only and self.spooled < SPOOL_LIMIT else None
        return self._last

    def save(self, filename: Path | str) -> None:
        """Save as openpyxl saves (once, in write-only mode), sheets held in memory included."""
        if self.write_only and not self.worksheets:
            self.create_sheet()
        archive = ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True)
        self.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)  # as openpyxl
        _PackageWriter(self, archive).save()


class _PackageWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's archive writer, taking a sheet's XML from memory where the sheet holds it."""

    def write_worksheet(self, ws: Any) -> None:
        if self.workbook.write_only and not ws.closed:
            ws._drawing = SpreadsheetDrawing()  # as openpyxl does before it closes the sheet
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            ws.close()
        writer: Any = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if not self.workbook.write_only or not isinstance(out, BytesIO):
            super().write_worksheet(ws)
            return
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)
        writer.cleanup()
