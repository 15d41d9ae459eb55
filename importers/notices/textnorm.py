"""Matching form of a notice: lower case, diacritics folded, same length as the text, and its tokens.

Every offset found in the matching form is an offset into the original text, because folding never
changes the length (characters that would change it are kept as they are).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Hyphen-like joiners inside words are kept in tokens and removed from their normal form, so
# "sub-verwerkers", "Inkasso-Unternehmen" and "Inkasso\u00adunternehmen" match "subverwerkers" etc.
TOKEN_RE = re.compile(r"\w+(?:[-\u2010\u2011\u00ad]\w+)*")
_JOINERS = str.maketrans("", "", "-\u2010\u2011\u00ad")


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and len(base) == 1 and base.isascii():
            table[code] = base.lower()
    table.update({ord(c): "'" for c in "\u2019\u2018\u02bc\u00b4`"})
    table.update({ord(c): '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"})
    table.update({ord(c): " " for c in "\u00a0\u2007\u202f\u2009"})
    table[0x00AD] = "-"
    return table


def fold(text: str) -> str:
    """Lower-cased, diacritic-free text of exactly the same length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_fold_table())


def fold_term(term: str) -> str:
    """The matching form of a lexicon term (also drops joiners, like token normal forms)."""
    return fold(unicodedata.normalize("NFC", term)).translate(_JOINERS).replace("\u00df", "ss")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets into the text and its matching form (no hyphens)."""

    start: int
    end: int
    norm: str


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``folded[start:end]`` with offsets into the whole text."""
    return [
        Token(m.start(), m.end(), m.group().translate(_JOINERS).replace("\u00df", "ss"))
        for m in TOKEN_RE.finditer(folded, start, len(folded) if end is None else end)
    ]
