"""Cell safety: text from notices goes into a workbook as literal, legal, length-limited text.

openpyxl turns any string starting with ``=`` into a formula and rejects XML control characters;
Excel refuses cells longer than 32,767 characters. Every text a sheet writes passes through
``clean_text`` (in ``sheets.Sheet.append``), and every cell is written as ``make_cell`` makes it
(text literal, formula-like text with Excel's quote prefix), so that no sheet can forget a rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 code units
CUT_MARKER = " …[cut by Transfer Atlas: {n} more characters]"
MAX_SHEET_TITLE = 31

# XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF.
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Spreadsheet programs read these leading characters as the start of a formula (or a DDE command).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula Transfer Atlas itself writes (``text`` starts with ``=``); never built from input."""

    text: str

    def __post_init__(self) -> None:
        if not self.text.startswith("="):
            raise ValueError(f"a formula starts with '=': {self.text!r}")


CellValue = str | int | float | bool | dt.date | dt.datetime | Formula | None


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def clean_text(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """``text`` without characters XML cannot hold, cut to ``limit`` with a visible marker."""
    text = ILLEGAL_XML.sub("", text)
    if len(text) <= limit // 2 or _utf16_len(text) <= limit:
        return text
    marker_room = len(CUT_MARKER.format(n=len(text))) + 1
    keep = limit - marker_room
    head = text[:keep]
    while (excess := _utf16_len(head) - keep) > 0:  # astral characters count twice in Excel
        head = head[: len(head) - excess]
    return head + CUT_MARKER.format(n=len(text) - len(head))


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula if it were typed in."""
    return text.startswith(FORMULA_TRIGGERS)


def make_cell(ws: Worksheet, value: CellValue, style: StyleArray | None = None) -> Cell:
    """A cell of ``ws`` holding ``value``: strings always literal text, ``Formula`` as a formula.

    Formula-like text also gets Excel's quote prefix, so that editing the cell keeps it text.
    """
    cell = Cell(ws, row=1, column=1, style_array=style)  # placed for real by append
    if isinstance(value, str):
        text = clean_text(value)
        cell._value = text  # bypass openpyxl's "starts with = means formula" inference
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
    elif isinstance(value, Formula):
        cell._value = value.text
        cell.data_type = "f"
    elif value is not None:
        cell.value = value
    return cell


def sheet_title(raw: str, taken: set[str]) -> str:
    """A sheet name Excel accepts, unique (case-insensitively) among ``taken``, which it joins.

    At most 31 characters, none of ``[]:*?/\\``, not starting or ending with an apostrophe, not
    the reserved name "History".
    """
    base = _BAD_TITLE_CHARS.sub("_", ILLEGAL_XML.sub("", raw)).strip("'").strip() or "Sheet"
    if base.casefold() == "history":
        base = "History_"
    title = base[:MAX_SHEET_TITLE]
    number = 1
    while title.casefold() in taken:
        number += 1
        suffix = f"~{number}"
        title = base[: MAX_SHEET_TITLE - len(suffix)].rstrip("'") + suffix
    taken.add(title.casefold())
    return title
