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
from importers.registers.tables import CellNote, RawSheet, check_rows
from importers.registers.values import Value

MAX_XLSX_BYTES = 100 << 20
"""Workbooks larger than this are refused."""
MAX_SHEET_XML = 400 << 20
"""A sheet whose XML decompresses to more than this is refused (zip bombs)."""

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_COL = re.compile(rb"<(?:\w+:)?col [^>]*>")
_FORMULA = re.compile(rb"<(?:\w+:)?f(?: [^>]*)?>([^<]*)</(?:\w+:)?f>|<(?:\w+:)?f [^>]*/>")
_CELL_REF = re.compile(rb'<(?:\w+:)?c r="([A-Z]+)([0-9]+)"')
_EXTERNAL = re.compile(r"\[(\d+)\]")
_EMPTY_ROW = re.compile(rb"<(?:\w+:)?row [^>]*/>")


@dataclass(frozen=True, slots=True)
class SheetXml:
    """What the reader takes from a sheet's XML beside the values."""

    merged: tuple[tuple[int, int, int, int], ...]  # min_col, min_row, max_col, max_row (1-based)
    hidden_columns: frozenset[int]  # 0-based
    notes: tuple[CellNote, ...]


def read_xlsx(path: Path) -> list[RawSheet]:
    """Every sheet of the workbook at ``path`` (raises ImportFailure when it is not a usable .xlsx)."""
    _check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = sheet_parts(archive)
            links = external_links(archive)
            xml = {
                name: _sheet_xml(path, name, _member(archive, part), links) for name, part in parts.items()
            }
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            return [_sheet(ws, xml.get(ws.title)) for ws in workbook.worksheets]
        finally:
            workbook.close()
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


# What openpyxl and the zip and XML readers raise for files that are not (intact) workbooks.
_DAMAGED = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    OSError,
    SafeET.ParseError,
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


def _sheet_xml(path: Path, name: str, data: bytes, links: dict[str, str]) -> SheetXml:
    # Rows holding cells, counted before openpyxl parses them (rows styled but empty do not count).
    check_rows(path, data.count(b"<row ") + data.count(b"<x:row ") - len(_EMPTY_ROW.findall(data)), name)
    return parse_sheet_xml(data, links)


def _member(archive: zipfile.ZipFile, part: str) -> bytes:
    if archive.getinfo(part).file_size > MAX_SHEET_XML:
        raise zipfile.BadZipFile(f"{part} decompresses to more than {MAX_SHEET_XML >> 20} MB")
    return archive.read(part)


def _sheet(ws: Any, xml: SheetXml | None) -> RawSheet:
    rows = [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    xml = xml or SheetXml((), frozenset(), ())
    _fill_merged(rows, xml.merged)
    width = max((len(r) for r in rows), default=0)
    padded = tuple(tuple(r) + (None,) * (width - len(r)) for r in rows)
    return RawSheet(ws.title, padded, xml.hidden_columns, ws.sheet_state != "visible", xml.notes)


def _fill_merged(rows: list[list[Value]], merged: tuple[tuple[int, int, int, int], ...]) -> None:
    """Give every cell of a merged area the value of its top-left cell, as Excel displays it."""
    for min_col, min_row, max_col, max_row in merged:
        if min_row > len(rows) or (max_row - min_row + 1) * (max_col - min_col + 1) > 100_000:
            continue
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


def parse_sheet_xml(data: bytes, links: dict[str, str]) -> SheetXml:
    """Merged areas, hidden columns and notable formulas of one sheet's XML (pure)."""
    merged = tuple(range_boundaries(m.decode()) for m in _MERGE.findall(data))
    return SheetXml(merged, _hidden_columns(data), tuple(_formula_notes(data, links)))


def _hidden_columns(data: bytes) -> frozenset[int]:
    head = data[: data.find(b"sheetData")] if b"sheetData" in data else data
    hidden: set[int] = set()
    for tag in _COL.findall(head):
        attrs = dict(re.findall(rb'(\w+)="([^"]*)"', tag))
        if attrs.get(b"hidden") in (b"1", b"true"):
            first, last = int(attrs.get(b"min", b"1")), int(attrs.get(b"max", b"1"))
            hidden.update(range(first - 1, min(last, 16384)))
    return frozenset(hidden)


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
