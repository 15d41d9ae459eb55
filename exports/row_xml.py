"""The XML of the rows the sheets stream: ``<row>`` and ``<c>`` elements as openpyxl writes them.

The sheets hand their rows over as entries, ``(value, style name, link location)`` with the text
already cleaned (``cells.clean_text``). ``RowXml`` writes a row of them as the XML openpyxl's
writer makes for the same cells (``exports.stream`` checks it does) without making a cell, a
style copy or a row height object per cell: style ids are looked up once per style, each distinct
text is escaped once, and the rows of a form that repeat on every TIA sheet (labels, empty inputs,
the same formulas) are written once and reused with their row number filled in. One ``RowXml``
serves all the streamed sheets of a workbook, so what one TIA sheet worked out the next reuses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from exports.cells import FORMULA_TRIGGERS, ILLEGAL_XML, CellValue, Formula
from exports.styles import STYLES, StyleBook

Entry = tuple[CellValue, str, str | None]
"""A cell to write: its value (text already cleaned by ``cells.clean_text``), the name of its style
in ``styles.STYLES`` and the location it links to (``'Sheet'!A5``), or None."""
Link = tuple[str, str]  # (cell, location)
RowText = tuple[str, list[Link]]  # a row's XML and its links

# What text and attribute values escape. A carriage return is written as a reference, or an XML
# reader would turn it into a line feed (lxml writes it so too).
TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
ATTRIBUTE_ESCAPES = TEXT_ESCAPES + (('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
_NEEDS_ESCAPE = re.compile("[&<>\r]")
_NUMBER = "\0"  # stands for the row number in a reused row (cleaned text never holds it)
_NUMBERS = frozenset({bool, int, float})
MAX_TEXTS = 50_000  # escaped texts kept (the ones that repeat are labels): memory stays flat
MAX_ROWS = 20_000  # reused rows kept


class RowXml:
    """The XML of rows of entries, for the streamed sheets of one workbook."""

    def __init__(self, wb: Workbook, styles: StyleBook) -> None:
        self.styles = styles
        self._registry = wb._cell_styles  # openpyxl's list of the workbook's cell formats
        self._epoch = wb.epoch
        self._iso_dates = wb.iso_dates
        self._style_attrs: dict[tuple[str, bool], str] = {}
        self._plain: dict[str, str] = {}  # the same without the quote prefix, by name alone
        self._dated: dict[str, bool] = {}
        self._texts: dict[str, str] = {}
        self._rows: dict[tuple[object, ...], RowText] = {}
        self._letters: list[str] = [""]

    def row(
        self, entries: Sequence[Entry], number: int, height: float | None, *, repeated: bool
    ) -> RowText | None:
        """The ``<row>`` element of ``entries`` as row ``number`` with its links, or None when a
        cell is of a kind openpyxl must make and write. ``repeated``: a form's row, which other
        sheets are likely to hold too (kept and reused)."""
        if not repeated or any(type(entry[0]) in _NUMBERS for entry in entries):
            return self._encode(entries, str(number), height)  # (True == 1 == 1.0: no key for them)
        key = (*entries, height)
        found = self._rows.get(key)
        if found is None:
            found = self._encode(entries, _NUMBER, height)
            if found is None:
                return None
            if len(self._rows) < MAX_ROWS:
                self._rows[key] = found
        text, links = found
        at = str(number)
        return text.replace(_NUMBER, at), [(cell.replace(_NUMBER, at), where) for cell, where in links]

    def row_tag(self, number: str, height: float | None) -> str:
        """The opening tag of row ``number``, with its height when it has one."""
        if height is None:
            return f'<row r="{number}">'
        return f'<row r="{number}" ht="{safe_string(height)}" customHeight="1">'

    def _encode(self, entries: Sequence[Entry], number: str, height: float | None) -> RowText | None:
        parts = [self.row_tag(number, height)]
        links: list[Link] = []
        letters = self._letters
        while len(letters) <= len(entries):
            letters.append(get_column_letter(len(letters)))
        plain, texts = self._plain, self._texts
        for column, (value, style, location) in enumerate(entries, 1):
            cell = letters[column] + number
            if type(value) is str:  # most cells: inlined
                if value.startswith(FORMULA_TRIGGERS):
                    sid = self.style_attr(style, quoted=True)
                else:
                    sid = plain.get(style) or self.style_attr(style)
                if value:
                    text = texts.get(value) or self._text(value)
                    parts.append(f'<c r="{cell}"{sid} t="inlineStr"><is>{text}</is></c>')
                else:
                    parts.append(f'<c r="{cell}"{sid} t="inlineStr"/>')
            else:
                element = self._other(cell, value, style)
                if element is None:
                    return None
                if not element:
                    continue
                parts.append(element)
            if location is not None:
                links.append((cell, location))
        parts.append("</row>")
        return "".join(parts), links

    def _other(self, cell: str, value: CellValue, style: str) -> str | None:
        """The ``<c>`` element of a value other than text ("" for none), or None for a kind left
        to openpyxl."""
        kind = type(value)
        sid = self.style_attr(style)
        if value is None:
            return f'<c r="{cell}"{sid} t="n"/>' if sid else ""
        if isinstance(value, Formula):
            if ILLEGAL_XML.search(value.text):
                return None  # openpyxl refuses it with its reason
            return f'<c r="{cell}"{sid}><f>{escape(value.text[1:])}</f><v/></c>'
        if kind is bool or kind is int or kind is float:
            return f'<c r="{cell}"{sid} t="{"b" if kind is bool else "n"}"><v>{safe_string(value)}</v></c>'
        if isinstance(value, dt.date) and self._date_style(style):
            if isinstance(value, dt.datetime) and value.tzinfo is not None:
                return None  # openpyxl refuses it with its reason
            return f'<c r="{cell}"{sid} t="n"><v>{safe_string(to_excel(value, self._epoch))}</v></c>'
        return None  # e.g. a date in a style without a date format gets one from openpyxl

    def style_attr(self, name: str, *, quoted: bool = False) -> str:
        """`` s="<id>"`` (or "" for no style) for the style ``name``; with Excel's quote prefix when
        ``quoted`` (formula-like text gets it, as ``cells.make_cell`` gives it). Registered with the
        workbook on first use, in the order openpyxl would register it."""
        key = (name, quoted)
        found = self._style_attrs.get(key)
        if found is None:
            style = StyleArray(self.styles[name])
            style.quotePrefix = quoted
            found = f' s="{self._registry.add(style)}"' if any(style) else ""
            self._style_attrs[key] = found
            if not quoted:
                self._plain[name] = found
        return found

    def _date_style(self, name: str) -> bool:
        found = self._dated.get(name)
        if found is None:
            number_format = STYLES[name].number_format or "General"
            found = self._dated[name] = not self._iso_dates and is_date_format(number_format)
        return found

    def _text(self, text: str) -> str:
        """``<t>`` holding ``text`` (escaped once per distinct text)."""
        space = ' xml:space="preserve"' if text != text.strip() else ""
        found = f"<t{space}>{escape(text)}</t>"
        if len(self._texts) < MAX_TEXTS:
            self._texts[text] = found
        return found


def escape(text: str, table: tuple[tuple[str, str], ...] = TEXT_ESCAPES) -> str:
    """``text`` as XML text (or, with ``ATTRIBUTE_ESCAPES``, as an attribute value)."""
    if table is TEXT_ESCAPES and not _NEEDS_ESCAPE.search(text):
        return text
    for char, reference in table:
        if char in text:
            text = text.replace(char, reference)
    return text
