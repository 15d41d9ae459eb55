"""Finding the header row of a sheet and what each column holds.

The header row is the row, among the first ``HEADER_SCAN`` rows, whose cells name the most known
fields (so title rows, blank leading rows and notes above the table are passed over). A group
header above it ("Transfer" over "SCC module | DPF | BCR", or "Sub-processor" over "Name |
Country") is read together with it. A user mapping (``--map``) overrides the lexicon per header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum

from importers.registers.lexicon import ENTITY_FIELDS, Field, field_for_header, key
from importers.registers.tables import RawSheet
from importers.registers.values import text

HEADER_SCAN = 30
REGISTER_ONLY = frozenset(
    {Field.DPA, Field.CONTRACT_REFERENCE, Field.REVIEW_DATE, Field.TIA_STATUS, Field.ROLE}
)
_LIST_CELL = re.compile(r"[,;\n]")

Mapping = dict[str, Field]
"""A user's column mapping: normalised header text -> field (``Field.IGNORE`` to skip a column)."""


class SheetKind(StrEnum):
    """What a sheet holds."""

    REGISTER = "register"
    SUBPROCESSOR_LIST = "subprocessor_list"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet: its header as shown, and the field it is read as (None: not read)."""

    index: int
    header: str
    field: Field | None
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a sheet's table starts and how its columns are read."""

    header_row: int  # 0-based
    columns: tuple[Column, ...]
    kind: SheetKind
    title: str = ""  # a lone text above the header ("Sub-processors of Acme Cloud Ltd")
    positions: dict[Field, int] = dataclass_field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.positions.update((c.field, c.index) for c in self.columns if c.field is not None)

    def column(self, field: Field) -> int | None:
        """The column read as ``field`` (each field is read from one column)."""
        return self.positions.get(field)

    @property
    def fields(self) -> frozenset[Field]:
        """Every field some column is read as."""
        return frozenset(c.field for c in self.columns if c.field and c.field is not Field.IGNORE)


def find_layout(sheet: RawSheet, mapping: Mapping | None = None) -> Layout | None:
    """The layout of ``sheet``, or None when no row looks like the header of a register or list."""
    mapping = mapping or {}
    best: tuple[int, int] | None = None  # (score, row)
    for index, row in enumerate(sheet.rows[:HEADER_SCAN]):
        fields = {f for f in (_field(text(c), mapping) for c in row) if f and f is not Field.IGNORE}
        if not fields & ENTITY_FIELDS or len(fields) < 2:
            continue
        if best is None or len(fields) > best[0]:
            best = (len(fields), index)
    if best is None:
        return None
    header = best[1]
    columns = _columns(sheet, header, mapping)
    present = frozenset(c.field for c in columns if c.field)
    return Layout(header, columns, _kind(sheet, header, columns, present), _title(sheet, header))


def _field(header: str, mapping: Mapping) -> Field | None:
    if key(header) in mapping:
        return mapping[key(header)]
    return field_for_header(header)


def _columns(sheet: RawSheet, header: int, mapping: Mapping) -> tuple[Column, ...]:
    lower_row = sheet.rows[header]
    upper_row = sheet.rows[header - 1] if header > 0 else ()
    columns = []
    for index, cell in enumerate(lower_row):
        lower = text(cell)
        upper = text(upper_row[index]) if index < len(upper_row) else ""
        field, shown = _column_field(upper, lower, mapping)
        columns.append(Column(index, shown, field, index in sheet.hidden_columns))
    return tuple(_first_per_field(columns))


def _column_field(upper: str, lower: str, mapping: Mapping) -> tuple[Field | None, str]:
    """The field of a column whose header is ``lower``, with ``upper`` the (group) header above it."""
    own = _field(lower, mapping) if lower else None
    if not upper or upper == lower or key(lower) in mapping:
        return own, lower or upper
    if own is not None and own is not Field.NAME:
        return own, lower
    if not lower:
        return _field(upper, mapping), upper
    combined = f"{upper} {lower}"
    together = _field(combined, mapping)
    if together is not None and together is not Field.NAME or own is None:
        return together, combined
    return own, lower


def _first_per_field(columns: list[Column]) -> list[Column]:
    """Each field read from one column: the first visible one, else the first hidden one."""
    chosen: dict[Field, int] = {}
    for col in sorted(columns, key=lambda c: (c.hidden, c.index)):
        if col.field and col.field is not Field.IGNORE:
            chosen.setdefault(col.field, col.index)
    return [
        c if c.field is None or chosen.get(c.field) == c.index else Column(c.index, c.header, None, c.hidden)
        for c in columns
    ]


def _kind(sheet: RawSheet, header: int, columns: tuple[Column, ...], fields: frozenset[Field]) -> SheetKind:
    """A sub-processor list has a sub-processor column and none of a register's own columns; when a
    vendor column sits beside it, the sub-processor cells decide: lists of names mean a register."""
    if Field.SUBPROCESSOR not in fields or fields & REGISTER_ONLY:
        return SheetKind.REGISTER
    if Field.NAME not in fields or Field.PROCESSOR in fields:
        return SheetKind.SUBPROCESSOR_LIST
    index = next(c.index for c in columns if c.field is Field.SUBPROCESSOR)
    cells = [text(r[index]) for r in sheet.rows[header + 1 : header + 200] if index < len(r) and r[index]]
    listed = sum(1 for c in cells if _LIST_CELL.search(c))
    return SheetKind.REGISTER if cells and listed >= 0.3 * len(cells) else SheetKind.SUBPROCESSOR_LIST


def _title(sheet: RawSheet, header: int) -> str:
    """The last lone text above the header row (a title such as "Sub-processors of Acme Cloud")."""
    for row in reversed(sheet.rows[:header]):
        filled = list(dict.fromkeys(text(c) for c in row if text(c)))
        if len(filled) == 1:
            return filled[0]
    return ""
