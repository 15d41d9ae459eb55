"""Reading .xlsx workbooks as ``RawSheet`` values, streaming, as Excel shows them.

Cell values come from openpyxl in read-only mode with the values Excel saved for formulas (never
recalculated). What read-only mode does not expose is read from the sheet's XML directly, without
building a tree of it: merged areas (their value is filled into every cell, as a user reads them),
hidden columns, and formulas that take their value from another workbook or have no saved value.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from importers.base import ImportFailure
from importers.registers.tables import MAX_CELLS, CellNote, RawSheet, check_rows
from importers.registers.values import Value

MAX_XLSX_BYTES = 100 << 20
"""Workbooks larger than this are refused."""
MAX_SHEET_XML = 400 << 20
"""A sheet whose XML decompresses to more than this is refused (zip bombs)."""
MAX_PART_BYTES = {"xl/sharedStrings.xml": 100 << 20, "xl/styles.xml": 10 << 20}
"""Parts read whole into memory, decompressed: the shared strings (every text of the workbook) and
the styles; any other XML part but a sheet may have ``MAX_OTHER_PART``."""
MAX_OTHER_PART = 20 << 20
MAX_CELL_FORMATS = 20_000
"""Workbooks whose styles declare more cell formats than this are refused: openpyxl takes minutes
over 50,000 of them (a 3 MB styles part), and Excel itself stops near 64,000."""
MAX_MERGED = 10_000
"""Sheets with more merged areas than this are refused (a register has a few, for titles)."""
MAX_COLUMN_ENTRIES = 16_384
"""Sheets declaring more column formats than Excel has columns are refused."""

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_COL = re.compile(rb"<(?:\w+:)?col [^>]*>")
_FORMULA = re.compile(rb"<(?:\w+:)?f(?: [^>]*)?>([^<]*)</(?:\w+:)?f>|<(?:\w+:)?f [^>]*/>")
_CELL_REF = re.compile(rb'<(?:\w+:)?c r="([A-Z]+)([0-9]+)"')
_EXTERNAL = re.compile(r"\[(\d+)\]")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')


class OverBudget(Exception):
    """A sheet's XML asks for more work than any register needs."""


@dataclass(frozen=True, slots=True)
class SheetXml:
    """What the reader takes from a sheet's XML beside the values."""

    merged: tuple[tuple[int, int, int, int], ...]  # min_col, min_row, max_col, max_row (1-based)
    hidden_columns: frozenset[int]  # 0-based
    notes: tuple[CellNote, ...]
    rows: int | None = None  # the rows to read (up to the last holding a value); None: all


def read_xlsx(path: Path) -> list[RawSheet]:
    """Every sheet of the workbook at ``path`` (raises ImportFailure when it is not a usable .xlsx)."""
    _check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = sheet_parts(archive)
            _check_parts(path, archive, set(parts.values()))
            links = external_links(archive)
            xml = {
                name: _sheet_xml(path, name, _member(archive, part), links) for name, part in parts.items()
            }
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            return [_sheet(path, ws, xml.get(ws.title)) for ws in workbook.worksheets]
        finally:
            workbook.close()
    except OverBudget as err:
        raise ImportFailure(path, f"refused: {err}") from err
    except defusedxml.DefusedXmlException as err:
        raise ImportFailure(
            path, "refused: its XML declares entities or a DTD (an entity-expansion attack)"
        ) from err
    except _DAMAGED as err:
        raise ImportFailure(
            path,
            "not an Excel .xlsx workbook (it may be damaged, password-protected or "
            f"an old .xls file saved under another name): {err}",
        ) from err


# What openpyxl and the zip and XML readers raise for files that are not (intact) workbooks. Both
# XML parsers openpyxl may use report damaged XML as a SyntaxError: the standard library's
# ParseError and lxml's XMLSyntaxError.
_DAMAGED = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ImportFailure(path, f"cannot read ({err.strerror or err})") from err
    if size > MAX_XLSX_BYTES:
        raise ImportFailure(path, f"file too large ({size >> 20} MB; the limit is {MAX_XLSX_BYTES >> 20} MB)")


def _check_parts(path: Path, archive: zipfile.ZipFile, sheets: set[str]) -> None:
    """Every part's decompressed size within its budget, before any is read (zip bombs), and no
    part declaring a DTD (entity expansion)."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue  # images are never read
        if info.filename in sheets:
            _refuse_dtd(archive, info)  # sizes are checked when read, against MAX_SHEET_XML
            continue
        limit = MAX_PART_BYTES.get(info.filename, MAX_OTHER_PART)
        if info.file_size > limit:
            raise ImportFailure(
                path,
                f"refused: its part {info.filename} decompresses to {info.file_size / (1 << 20):,.0f} MB; "
                f"the limit for it is {limit >> 20} MB (a zip bomb?)",
            )
        _refuse_dtd(archive, info)
    if "xl/styles.xml" in archive.namelist():
        styles = archive.read("xl/styles.xml")
        formats = len(re.findall(rb"<(?:\w+:)?xf\b", styles))
        if formats > MAX_CELL_FORMATS:
            most = f"the limit is {MAX_CELL_FORMATS:,}"
            raise ImportFailure(path, f"refused: its styles declare {formats:,} cell formats; {most}")


class _RootReached(Exception):
    """The first element of a part began: its prolog, where a DTD would be, is behind."""


class _UntilRoot:
    """A parser target that stops the parse at the first element."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:  # pragma: no cover - never reached
        pass

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _refuse_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Raise ``defusedxml.DTDForbidden`` when the part declares a DTD, whatever its encoding.

    openpyxl parses some parts with lxml (without expanding entities) and others with defusedxml;
    checking every part here refuses a DTD anywhere with one reason. Only the prolog is parsed; a
    part damaged there is left for openpyxl to report.
    """
    parser = SafeET.DefusedXMLParser(target=_UntilRoot(), forbid_dtd=True)
    with archive.open(info) as stream:
        try:
            while chunk := stream.read(1 << 16):
                parser.feed(chunk)
        except (_RootReached, SafeET.ParseError):
            return


def _sheet_xml(path: Path, name: str, data: bytes, links: dict[str, str]) -> SheetXml:
    # Rows counted as openpyxl will yield them, before it parses them: up to the last row holding a
    # value (rows styled but empty below the table are not read), a row without r= following the one
    # before it.
    rows = last_value_row(data)
    check_rows(path, rows, name)
    merged = sum(1 for _ in _MERGE.finditer(data))
    if merged > MAX_MERGED:
        raise ImportFailure(path, f"sheet {name!r} has {merged:,} merged areas; the limit is {MAX_MERGED:,}")
    return parse_sheet_xml(data, links, rows)


_VALUE_ENDS = (b"</v>", b"</is>", b":v>", b":is>", b"</f>", b":f>")


def last_value_row(data: bytes) -> int:
    """The number of the last row that holds a value (or a formula), as openpyxl numbers rows: a
    row's ``r=``, or one more than the row before it. Found from the end, so a numbered sheet costs
    one step; a sheet without numbers costs one step per row."""
    pos = max(data.rfind(marker) for marker in _VALUE_ENDS)
    if pos < 0:
        return 0
    unnumbered = 0
    while (pos := data.rfind(b"row", 0, pos)) > 0:
        start = data.rfind(b"<", 0, pos)
        prefix = data[start + 1 : pos]
        if data[pos + 3 : pos + 4] not in _AFTER_NAME or not _TAG_PREFIX.fullmatch(prefix):
            continue  # not a row's opening tag: a closing tag, another element, text
        number = _ROW_NUMBER.search(data, pos, data.find(b">", pos))
        if number:
            return int(number.group(1)) + unnumbered
        unnumbered += 1
    return unnumbered


_AFTER_NAME = (b" ", b">", b"/", b"\t", b"\n", b"\r")
_TAG_PREFIX = re.compile(rb"(?:\w+:)?")


def _member(archive: zipfile.ZipFile, part: str) -> bytes:
    if archive.getinfo(part).file_size > MAX_SHEET_XML:
        raise zipfile.BadZipFile(f"{part} decompresses to more than {MAX_SHEET_XML >> 20} MB")
    return archive.read(part)


def _sheet(path: Path, ws: Any, xml: SheetXml | None) -> RawSheet:
    xml = xml or SheetXml((), frozenset(), ())
    rows: list[list[Value]] = []
    declared = ws.max_column or 0  # the used range the sheet declares: openpyxl pads rows to it
    if xml.rows and xml.rows * declared > MAX_CELLS:
        raise ImportFailure(path, _too_many_cells(ws.title, f"{xml.rows:,} rows of {declared:,} columns"))
    if xml.rows != 0:
        cells = 0
        for r in ws.iter_rows(min_row=1, min_col=1, max_row=xml.rows, values_only=True):
            row = list(r)
            while row and row[-1] is None:  # styled empty cells to the right are not the table's
                row.pop()
            cells += len(row)
            if cells > MAX_CELLS:
                raise ImportFailure(path, _too_many_cells(ws.title))
            rows.append(row)
    _fill_merged(rows, xml.merged)
    width = max((len(r) for r in rows), default=0)
    if width * len(rows) > MAX_CELLS:  # one value far to the right widens every row
        raise ImportFailure(path, _too_many_cells(ws.title, f"{len(rows):,} rows of {width:,} columns"))
    padded = tuple(tuple(r) + (None,) * (width - len(r)) for r in rows)
    return RawSheet(ws.title, padded, xml.hidden_columns, ws.sheet_state != "visible", xml.notes)


def _too_many_cells(sheet: str, shape: str = "") -> str:
    spans = f" ({shape})" if shape else ""
    return (
        f"sheet {sheet!r} spans more than {MAX_CELLS:,} cells{spans}; refused (delete what stands far "
        "to the right of or below the table)"
    )


def _fill_merged(rows: list[list[Value]], merged: tuple[tuple[int, int, int, int], ...]) -> None:
    """Give every cell of a merged area the value of its top-left cell, as Excel displays it."""
    budget = MAX_CELLS
    for min_col, min_row, max_col, max_row in merged:
        area = (min(max_row, len(rows)) - min_row + 1) * (max_col - min_col + 1)
        if min_row > len(rows) or area > 100_000 or area > budget:
            continue
        budget -= area
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col <= len(top) else None
        for r in range(min_row - 1, min(max_row, len(rows))):
            row = rows[r]
            row.extend([None] * (max_col - len(row)))
            for c in range(min_col - 1, max_col):
                row[c] = value


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding its XML, from the workbook and its relationships."""
    workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
    targets = _relationships(archive, "xl/_rels/workbook.xml.rels", "xl")
    return {s.get("name", ""): targets.get(s.get(_REL, ""), "") for s in workbook.iter(f"{_MAIN}sheet")}


def external_links(archive: zipfile.ZipFile) -> dict[str, str]:
    """'1' -> the file an external reference [1] points to, for the workbook's linked workbooks."""
    workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
    targets = _relationships(archive, "xl/_rels/workbook.xml.rels", "xl")
    links = {}
    for number, ref in enumerate(workbook.iter(f"{_MAIN}externalReference"), start=1):
        part = targets.get(ref.get(_REL, ""), "")
        rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
        files = _relationships(archive, rels, None) if rels in archive.namelist() else {}
        links[str(number)] = next(iter(files.values()), part)
    return links


def _relationships(archive: zipfile.ZipFile, part: str, base: str | None) -> dict[str, str]:
    root = SafeET.fromstring(archive.read(part))
    out = {}
    for rel in root:
        target = rel.get("Target", "")
        if base is not None and rel.get("TargetMode") != "External":
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{base}/{target}")
        out[rel.get("Id", "")] = target
    return out


def parse_sheet_xml(data: bytes, links: dict[str, str], rows: int | None = None) -> SheetXml:
    """Merged areas, hidden columns and notable formulas of one sheet's XML (pure)."""
    merged = tuple(range_boundaries(m.decode()) for m in _MERGE.findall(data))
    return SheetXml(merged, _hidden_columns(data), tuple(_formula_notes(data, links)), rows)


def _hidden_columns(data: bytes) -> frozenset[int]:
    head = data[: data.find(b"sheetData")] if b"sheetData" in data else data
    flags = bytearray(16384)  # one per Excel column: many overlapping entries cost no more
    for count, tag in enumerate(_COL.finditer(head)):
        if count >= MAX_COLUMN_ENTRIES:
            raise OverBudget(f"a sheet has more than {MAX_COLUMN_ENTRIES:,} column entries")
        attrs = dict(re.findall(rb'(\w+)="([^"]*)"', tag.group()))
        if attrs.get(b"hidden") in (b"1", b"true"):
            first, last = max(1, int(attrs.get(b"min", b"1"))), min(int(attrs.get(b"max", b"1")), 16384)
            if first <= last:
                flags[first - 1 : last] = b"\x01" * (last - first + 1)
    return frozenset(i for i, flag in enumerate(flags) if flag)


def _formula_notes(data: bytes, links: dict[str, str]) -> Iterator[CellNote]:
    for match in _FORMULA.finditer(data):
        formula = (match.group(1) or b"").decode("utf-8", "replace")
        external = _EXTERNAL.search(formula)
        cached = re.match(rb"\s*<(?:\w+:)?v>[^<]", data[match.end() : match.end() + 40])
        if not external and cached:
            continue
        cell = _CELL_REF.findall(data, max(0, match.start() - 400), match.start())
        if not cell:
            continue
        column, row = cell[-1]
        where = (int(row) - 1, column_index_from_string(column.decode()) - 1)
        if external:
            source = links.get(external.group(1), f"external workbook [{external.group(1)}]")
            yield CellNote(
                *where,
                f"takes its value from another workbook ({source}) by the formula "
                f"={formula}; the value saved in this file was used, not recalculated",
            )
        else:
            yield CellNote(
                *where,
                "holds a formula with no saved value (the file was never recalculated); "
                "open and save it in Excel or LibreOffice",
            )
