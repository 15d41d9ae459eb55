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


def add_table_row(blocks: list[tuple[str, str]], cells: list[str], group: str) -> None:
    """Append a table row to ``blocks`` as Markdown lays it out, so every format's tables read alike.

    A table of two or more columns becomes a Markdown table: ``| a | b |`` rows, its first row the
    header with the rule ``| --- | --- |`` under it (a web page or a Word table says what its
    columns hold in its first row, marked as a header or not). A pipe inside a cell becomes a slash.
    A table of one column (a page laid out in a table) is no table to read: its cells are lines.
    ``group`` names the table, as for ``join_blocks``.
    """
    first = not blocks or blocks[-1][1] != group
    markdown = len(cells) >= 2 if first else blocks[-1][0].startswith("| ")
    if not markdown:
        blocks.append((" | ".join(cells), group))
        return
    blocks.append(("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |", group))
    if first:
        blocks.append(("| " + " | ".join("---" for _ in cells) + " |", group))
