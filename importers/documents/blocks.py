"""Assembling extracted blocks into the common text layout shared by every format."""

from __future__ import annotations

from collections.abc import Iterable

PARAGRAPH, HEADING = "p", "h"


def join_blocks(blocks: Iterable[tuple[str, str]]) -> str:
    """Join ``(text, group)`` blocks as Markdown lays them out.

    Paragraphs (``"p"``) and headings (``"h"``) are separated by a blank line. Any other group names
    one list or table: its consecutive items (``- item``) or rows (``a | b``) are one line apart,
    and a blank line separates it from the next list or table.
    """
    parts: list[str] = []
    previous = ""
    for text, group in blocks:
        if parts:
            same = group == previous and group not in (PARAGRAPH, HEADING)
            parts.append("\n" if same else "\n\n")
        parts.append(text)
        previous = group
    return "".join(parts)
