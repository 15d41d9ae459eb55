"""Spreadsheets as plain tables: the sheets of a workbook or a CSV file, cells as the user sees them.

``RawSheet`` is what the rest of the registers package works on, whatever the file format: rows of
cell values (merged areas filled in as Excel shows them), which columns are hidden, and the notes
the reader made about cells (formulas taking their value from other workbooks).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from importers.base import ImportFailure
from importers.documents import decode_text
from importers.registers.values import Value

MAX_CSV_BYTES = 200 << 20
"""CSV files larger than this are refused (a register of 100,000 vendors is about 30 MB)."""
MAX_ROWS = 200_000
"""Sheets and CSV files with more rows are refused before they are parsed: no organisation has that
many vendors or sub-processors, so such a file is an export of something else, or filled to the end."""

_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50


@dataclass(frozen=True, slots=True)
class CellNote:
    """Something the reader noticed about a cell: where it is (0-based) and what."""

    row: int
    column: int
    note: str


@dataclass(frozen=True, slots=True)
class RawSheet:
    """One sheet (or a CSV file) as rows of cell values; ``rows[i]`` is the sheet's row ``i + 1``.

    ``name`` is the sheet name ("" for CSV). Hidden sheets are read too, flagged ``hidden``.
    """

    name: str
    rows: tuple[tuple[Value, ...], ...]
    hidden_columns: frozenset[int] = frozenset()
    hidden: bool = False
    notes: tuple[CellNote, ...] = field(default=())

    def label(self, row_index: int) -> str:
        """How a user finds row ``row_index`` (0-based): "sheet 'Vendors', row 7" or "row 7"."""
        where = f"row {row_index + 1}"
        return f"sheet {self.name!r}, {where}" if self.name else where


def read_csv(path: Path) -> RawSheet:
    """A CSV file as one sheet: the encoding and the delimiter are detected (Excel's ``sep=`` too)."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportFailure(
                path, f"file too large ({size >> 20} MB; the limit is {MAX_CSV_BYTES >> 20} MB)"
            )
        data = path.read_bytes()
    except OSError as err:
        raise ImportFailure(path, f"cannot read ({err.strerror or err})") from err
    check_rows(path, data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1))
    text, _encoding = decode_text(data)
    try:
        return parse_csv(text)
    except csv.Error as err:  # a cell over the csv module's limit, or a stray quote in strict mode
        raise ImportFailure(path, f"not a readable CSV file ({err})") from err


def check_rows(path: Path, rows: int, sheet: str = "") -> None:
    """Refuse a table of more than ``MAX_ROWS`` rows, naming how many it has."""
    if rows > MAX_ROWS:
        where = f"sheet {sheet!r} has" if sheet else "it has"
        raise ImportFailure(
            path,
            f"{where} {rows:,} rows; registers and sub-processor lists of more than "
            f"{MAX_ROWS:,} rows are refused (split the file, or delete the rows below the table)",
        )


def parse_csv(text: str) -> RawSheet:
    """CSV text as one sheet (pure; ``read_csv`` does the I/O). Raises ``csv.Error`` when unreadable."""
    lines = text.split("\n", 1)
    delimiter = None
    if lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter, text = lines[0].strip()[4], lines[1] if len(lines) > 1 else ""
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = tuple(tuple(cell.strip() or None for cell in row) for row in reader)
    return RawSheet("", rows)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns most consistently."""
    sample = "\n".join(text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES])
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(r)]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count / len(widths) if width > 1 else 0.0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
