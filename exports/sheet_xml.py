"""The XML of a streamed sheet's frame and validations, made once and reused as text.

Every sheet gets its columns, print layout, header and footer from ``new_sheet`` (a ``Frame``),
and its drop-downs and typed inputs from a few kinds of ``Validation``. openpyxl would build these
objects anew for each of a thousand TIA sheets and serialise them through its descriptors, which
took about a fifth of the export. Here openpyxl's own sheet writer serialises a frame once (on a
scratch sheet) and each kind of validation once; a streamed sheet writes that text, with its own
cells filled into each validation. The XML is the one openpyxl writes for the same objects
(``tests/test_workbook_stream.py`` checks it).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any, Protocol

from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.views import SheetViewList
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

DEFAULT_VIEWS = SheetViewList()  # the views of a sheet that freezes no panes


class Frame(Hashable, Protocol):
    """What a sheet is given before its rows (``sheets.Frame``): a value that sets it on a sheet."""

    def apply(self, ws: Any) -> None:
        """Set the columns, page set-up, header and footer on ``ws``."""


@dataclass(frozen=True, slots=True)
class FrameXml:
    """A frame's parts of a sheet's XML, in the order openpyxl writes them."""

    properties: str  # <sheetPr>
    views: str  # <sheetViews> of a sheet that freezes no panes
    columns: str  # <sheetFormatPr> and <cols>
    page: str  # <printOptions>, <pageMargins>, <pageSetup>, <headerFooter>


@dataclass(frozen=True, slots=True)
class Validation:
    """A data validation without its cells: what a cell accepts and what the reader is told."""

    type: str
    formula1: str
    error_title: str
    error: str
    prompt_title: str
    prompt: str
    operator: str | None = None
    formula2: str | None = None

    def on(self, cells: str) -> DataValidation:
        """The openpyxl validation of ``cells`` (one or more ranges, space-separated)."""
        validation = DataValidation(
            type=self.type,
            operator=self.operator,
            formula1=self.formula1,
            formula2=self.formula2,
            allow_blank=True,
            showDropDown=False,
            showErrorMessage=True,
            showInputMessage=True,
        )
        validation.errorTitle = self.error_title
        validation.error = self.error
        validation.promptTitle = self.prompt_title
        validation.prompt = self.prompt
        validation.sqref = cell_ranges(cells)
        return validation


class _Capture(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer, keeping each element it writes as text instead of streaming it."""

    def __init__(self, ws: Worksheet) -> None:
        self.parts: list[str] = []
        super().__init__(ws, out=BytesIO())

    def get_stream(self) -> Any:
        while True:
            element = yield
            if element is not None:
                self.parts.append(tostring(element).decode("utf-8"))

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


@lru_cache(maxsize=64)  # a workbook has a handful of frames; a session writes a few workbooks
def frame_xml(frame: Frame) -> FrameXml:
    """The XML openpyxl writes for a sheet given ``frame`` (and nothing else before its rows)."""
    ws = Worksheet(None)
    frame.apply(ws)
    writer = _Capture(ws)
    writer.write_properties()
    properties = writer.take()
    writer.write_views()
    views = writer.take()
    writer.write_format()
    writer.write_cols()
    columns = writer.take()
    writer.write_print()
    writer.write_margins()
    writer.write_page()
    writer.write_header()
    return FrameXml(properties, views, columns, writer.take())


def validations_xml(validations: Sequence[tuple[Validation, str]]) -> str:
    """``<dataValidations>`` of (validation, cells) pairs as openpyxl writes them (validations
    of no cells left out)."""
    parts = []
    for validation, cells in validations:
        sqref = _sqref(cells)
        if sqref:
            head, tail = _template(validation)
            parts.append(f"{head}{sqref}{tail}")
    return f'<dataValidations count="{len(parts)}">{"".join(parts)}</dataValidations>'


_MARK = ' sqref="A1"'


@lru_cache(maxsize=1024)
def _template(validation: Validation) -> tuple[str, str]:
    """The validation's XML before and after its cells (the first attribute of its start tag:
    an attribute value holds no bare quote, so the mark cannot occur earlier)."""
    text = tostring(validation.on("A1").to_tree()).decode("utf-8")
    at = text.index(_MARK)
    return text[:at] + ' sqref="', '"' + text[at + len(_MARK) :]


@lru_cache(maxsize=4096)  # a thousand TIA sheets validate the same few layouts of cells
def _sqref(cells: str) -> str:
    return str(cell_ranges(cells))


def cell_ranges(cells: str) -> MultiCellRange:
    """The ranges of ``cells`` (one or more, space-separated), each distinct text parsed once."""
    return MultiCellRange(_parsed_ranges(cells))


@lru_cache(maxsize=4096)
def _parsed_ranges(cells: str) -> tuple[CellRange, ...]:
    return tuple(CellRange(cell) for cell in cells.split())  # shared: nothing moves a written range
