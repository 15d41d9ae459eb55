"""Tables for the terminal: columns fitted to its width, cells and notes wrapped at word boundaries.

A column is never narrower than its longest word, so words are never broken; when even that does
not fit, the line runs long rather than cutting a word. Notes under a row (a finding's message, its
evidence) wrap under the second column, so the first column stays a clean margin.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence

GAP = "  "
DEFAULT_WIDTH = 100


def terminal_width() -> int:
    """The terminal's width in columns ($COLUMNS when set; 100 when output is not a terminal)."""
    return max(40, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)


def fit_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    """Column widths that fit ``width`` when the longest words allow, sharing out what is left."""
    natural = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    least = [max([len(h), *(_longest_word(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    room = width - len(GAP) * (len(headers) - 1)
    if sum(natural) <= room:
        return natural
    spare = max(0, room - sum(least))
    want = [n - m for n, m in zip(natural, least, strict=True)]
    total = sum(want) or 1
    widths = [m + spare * w // total for m, w in zip(least, want, strict=True)]
    for i in sorted(range(len(widths)), key=lambda i: want[i], reverse=True):  # rounding leftovers
        if sum(widths) >= room:
            break
        widths[i] += min(room - sum(widths), natural[i] - widths[i])
    return widths


def render_row(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    """One row as lines, each cell wrapped inside its column."""
    wrapped = [_wrap(c, w) or [""] for c, w in zip(cells, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    lines = []
    for n in range(height):
        parts = [(w[n] if n < len(w) else "").ljust(width) for w, width in zip(wrapped, widths, strict=True)]
        lines.append(GAP.join(parts).rstrip())
    return lines


def render_note(text: str, indent: int, width: int, first_prefix: str = "") -> list[str]:
    """A note under a row, wrapped at ``width`` and indented by ``indent`` on every line."""
    pad = " " * indent
    return textwrap.wrap(
        text,
        width=max(width, indent + 20),
        initial_indent=pad + first_prefix,
        subsequent_indent=pad + " " * len(first_prefix),
        break_long_words=False,
        break_on_hyphens=False,
    )


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    notes: Sequence[Sequence[str]] = (),
) -> list[str]:
    """The header and the rows fitted to ``width``; ``notes[i]`` go under row i, under column 2."""
    heads = [h.upper() for h in headers]
    widths = fit_widths(heads, rows, width)
    indent = widths[0] + len(GAP) if len(widths) > 1 else 2
    lines = render_row(heads, widths)
    for i, row in enumerate(rows):
        lines.extend(render_row(row, widths))
        for note in notes[i] if i < len(notes) else ():
            lines.extend(render_note(note, indent, width))
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=max(1, width), break_long_words=False, break_on_hyphens=False)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)
