"""A preview of a register for a mapping dialog: each sheet's headers, how they are read, first rows.

When no row looks like a header (nothing recognised), the first non-blank row is offered as the
header, so the user can say what its columns hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importers.registers.headers import SheetKind, find_layout
from importers.registers.importer import RegisterOptions, read_tables
from importers.registers.lexicon import Field
from importers.registers.tables import RawSheet
from importers.registers.values import text


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """One sheet as a mapping dialog shows it."""

    sheet: str
    header_row: int  # 0-based; rows[0] is the row below it
    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]  # how each column is read now (None: not read)
    rows: tuple[tuple[str, ...], ...]
    kind: SheetKind | None  # None when the sheet is not recognised as a register or list


def preview(path: Path, options: RegisterOptions | None = None, rows: int = 10) -> tuple[SheetPreview, ...]:
    """The visible sheets of ``path``, headers and first ``rows`` rows (ImportFailure if unreadable)."""
    options = options or RegisterOptions()
    return tuple(
        sheet_preview(sheet, options, rows) for sheet in read_tables(path) if not sheet.hidden and sheet.rows
    )


def sheet_preview(sheet: RawSheet, options: RegisterOptions, rows: int = 10) -> SheetPreview:
    """The preview of one sheet (pure)."""
    layout = find_layout(sheet, options.mapping_dict())
    if layout is not None:
        header_row, headers = layout.header_row, tuple(c.header for c in layout.columns)
        fields = tuple(c.field for c in layout.columns)
    else:
        header_row = next((i for i, r in enumerate(sheet.rows) if any(text(c) for c in r)), 0)
        headers = tuple(text(c) for c in sheet.rows[header_row])
        fields = (None,) * len(headers)
    body = [r for r in sheet.rows[header_row + 1 :] if any(text(c) for c in r)][:rows]
    width = len(headers)
    table = tuple(tuple(text(c) for c in (*r, *(None,) * width))[:width] for r in body)
    return SheetPreview(sheet.name, header_row, headers, fields, table, layout.kind if layout else None)
