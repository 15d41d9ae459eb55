"""Spreadsheets as plain tables: the sheets of a workbook or a CSV file, cells as the user sees them.

``RawSheet`` is what the rest of the registers package works on, whatever the file format: rows of
cell values (merged areas filled in as Excel shows them), which columns are hidden, and the notes
the reader made about cells (formulas taking their value from other workbooks).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
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
MAX_CELLS = 10_000_000
"""A sheet of more cells than this (rows times the columns in use) is refused: 200,000 rows of 50
columns; past it, a stray value far to the right or below the table makes gigabytes of empty cells."""
MAX_CELL_LINES = 30
"""A quoted CSV cell running over more lines than this is taken for a stray quote that swallowed the
rows after it (a real note in a register is a few lines)."""

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
    text, _encoding = decode_text(data)
    check_rows(path, count_lines(text))
    try:
        return parse_csv(text)
    except CsvProblem as problem:
        raise ImportFailure(path, f"not a readable CSV file: {problem}") from problem


def count_lines(text: str) -> int:
    """Lines as the CSV reader counts them: ended by LF, CR LF, or a CR alone (old Mac files)."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (0 if not text or text.endswith(("\n", "\r")) else 1)


class CsvProblem(Exception):
    """A CSV file that cannot be read as a table: ``row`` is the line where the trouble starts."""

    def __init__(self, row: int, reason: str) -> None:
        super().__init__(f"row {row}: {reason}")
        self.row, self.reason = row, reason


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
    return RawSheet("", tuple(_csv_rows(text, delimiter)))


_STRAY_QUOTE = (
    "a quote opens a cell here that is not closed where the cell ends (a stray quote); "
    "the rows after it would be read into one cell. Fix or remove the quote"
)


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[Value, ...]]:
    """The rows, strictly: a stray quote or a cell that swallows the lines after it is a
    ``CsvProblem`` naming the line where it starts, never a silently merged table."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    cells = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            reason = _STRAY_QUOTE if "quote" in str(err) or "end of data" in str(err) else str(err)
            raise CsvProblem(start, reason) from err
        if reader.line_num - start + 1 > MAX_CELL_LINES:
            raise CsvProblem(start, f"{_STRAY_QUOTE} (the cell runs to line {reader.line_num:,})")
        cells += len(row)
        if cells > MAX_CELLS:
            raise CsvProblem(start, f"the file has more than {MAX_CELLS:,} cells; refused")
        yield tuple(cell.strip() or None for cell in row)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns most consistently."""
    sample = "\n".join(text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES])
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = [len(r) for r in reader if any(r)]
        except csv.Error:  # a cell over the csv module's limit: the table reader names the row
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count / len(widths) if width > 1 else 0.0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
