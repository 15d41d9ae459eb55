"""Matching form of a notice: lower case, diacritics folded, same length as the text, and its tokens.

Every offset found in the matching form is an offset into the original text, because folding never
changes the length (characters that would change it are kept as they are).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

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
    table.update({ord(c): "'" for c in "\u2019\u2018\u02bc\u00b4"})  # only non-ASCII is folded
    table.update({ord(c): '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"})
    table.update({ord(c): " " for c in "\u00a0\u2007\u202f\u2009"})
    table[0x00AD] = "-"
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")
_REPLACE_LIMIT = 40


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_fold_table())


def fold(text: str) -> str:
    """Lower-cased, diacritic-free text of exactly the same length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lowered.isascii():
        return lowered
    distinct = set(_NON_ASCII_CHAR.findall(lowered))
    if len(distinct) > _REPLACE_LIMIT:
        # Only non-ASCII runs need the table; translating them alone is several times faster.
        return _NON_ASCII.sub(_fold_run, lowered)
    # A notice in a Latin script has a few distinct accented letters: one replace pass for each
    # is faster still (replacements are ASCII, so no pass undoes another).
    table = _fold_table()
    for char in distinct:
        base = table.get(ord(char))
        if base is not None:
            lowered = lowered.replace(char, base)
    return lowered


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


# Everything that is neither a word character nor a joiner separates tokens. Splitting on it and
# summing piece lengths gives the same tokens as TOKEN_RE.finditer without a match object per word.
_SEPARATORS = re.compile(r"([^\w\-\u2010\u2011\u00ad]+)")
_JOINER_CHARS = re.compile(r"[-\u2010\u2011\u00ad]")


def token_arrays(folded: str) -> tuple[list[str], list[int], list[int]]:
    """(normal forms, start offsets, end offsets) of every token of ``folded`` (as ``tokenize``)."""
    parts = _SEPARATORS.split(folded)
    offsets = list(accumulate(map(len, parts), initial=0))
    words, starts, ends = parts[0::2], offsets[0::2], offsets[1::2]
    odd = [k for k, piece in enumerate(words) if not piece.isalnum()]  # empty, joiners, "_", "ß"
    if odd:
        words, starts, ends = _retokenize(folded, odd, words, starts, ends)
    if "\u00df" in folded:
        words = [w.replace("\u00df", "ss") if "\u00df" in w else w for w in words]
    return words, starts, ends


def _retokenize(
    folded: str, odd: list[int], pieces: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Re-read the ``odd`` pieces with TOKEN_RE ("a-b" is one token, "a--b" two, "" none)."""
    words: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    done = 0
    for k in odd:
        words += pieces[done:k]
        new_starts += starts[done:k]
        new_ends += ends[done:k]
        done = k + 1
        for m in TOKEN_RE.finditer(folded, starts[k], ends[k]):
            words.append(m.group().translate(_JOINERS))
            new_starts.append(m.start())
            new_ends.append(m.end())
    words += pieces[done:]
    new_starts += starts[done:]
    new_ends += ends[done:]
    return words, new_starts, new_ends
