"""Matching form of a notice: lower case, diacritics folded, same length as the text, and its tokens.

Every offset found in the matching form is an offset into the original text, because folding never
changes the length (characters that would change it are kept as they are).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
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


def token_form(word: str) -> str:
    """The normal form ``token_arrays`` gives a token written ``word``."""
    return fold(word).translate(_JOINERS).replace("\u00df", "ss")


def fold_term(term: str) -> str:
    """The matching form of a lexicon term (also drops joiners, like token normal forms)."""
    return fold(unicodedata.normalize("NFC", term)).translate(_JOINERS).replace("\u00df", "ss")


# Splitting on TOKEN_RE (captured) gives the gaps and the tokens in turn, and summing piece lengths
# their offsets: the same tokens as TOKEN_RE.finditer, without a match object per word.
_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")")
# A joiner inside a word (between word characters: exactly where TOKEN_RE keeps one), found from
# the joiner itself so the engine skips to joiners; list bullets and dashes stand between spaces.
_INNER_JOINER = re.compile("[-\u2010\u2011\u00ad](?<=\\w.)(?=\\w)")


def token_arrays(folded: str) -> tuple[list[str], list[int], list[int]]:
    """(normal forms, start offsets, end offsets) of every TOKEN_RE match of ``folded``; the normal
    form drops joiners and writes "ß" as "ss"."""
    parts = _TOKEN_SPLIT.split(folded)
    offsets = list(accumulate(map(len, parts), initial=0))
    words, starts, ends = parts[1::2], offsets[1:-1:2], offsets[2::2]
    # Only the tokens holding a joiner or an "ß" change: far fewer places than tokens.
    marks = [m.start() for m in _INNER_JOINER.finditer(folded)]
    at = folded.find("\u00df")
    while at >= 0:
        marks.append(at)
        at = folded.find("\u00df", at + 1)
    for mark in marks:
        k = bisect_right(starts, mark) - 1
        if k >= 0 and mark < ends[k]:
            words[k] = words[k].translate(_JOINERS).replace("\u00df", "ss")
    return words, starts, ends
