"""Matching form of a notice: lower case, diacritics folded, same length as the text, and its tokens.

Every offset found in the matching form is an offset into the original text, because folding never
changes the length (characters that would change it are kept as they are).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from importers.notices import characters

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
    # "n°" (numéro) is one word "no", not the elided negation "n'" and a sign
    table[0x00B0] = "o"
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


Offsets = npt.NDArray[np.intp]


def token_arrays(folded: str) -> tuple[list[str], list[int], list[int]]:
    """(normal forms, start offsets, end offsets) of every TOKEN_RE match of ``folded``; the normal
    form drops joiners and writes "ß" as "ss"."""
    words, starts, ends = token_spans(folded)
    return words, starts.tolist(), ends.tolist()


def token_spans(folded: str) -> tuple[list[str], Offsets, Offsets]:
    """``token_arrays`` with the offsets as numpy arrays."""
    words, starts, ends, _ = tokens_of(folded)
    return words, starts, ends


class Tokens(NamedTuple):
    """The tokens of a folded text: normal forms, start and end offsets (numpy arrays), and the
    tokens whose normal form is not their text (a joiner dropped, "ß" written "ss")."""

    words: list[str]
    starts: Offsets
    ends: Offsets
    respelled: list[int]


def tokens_of(folded: str) -> Tokens:
    """The tokens of ``folded`` (see ``token_arrays``), and which of them are respelled.

    The tokens are found from character classes (``characters``), not by the regex: a token is a
    run of word characters and of joiners that stand between two word characters, exactly what
    TOKEN_RE matches (its joiner needs a word character before it and after it).
    """
    points = characters.codes(folded)
    in_token = characters.word_chars(points)
    joiners = np.flatnonzero(characters.joiner_chars(points))
    if len(joiners):  # joiners inside words (between two word characters) belong to the token
        joiners = joiners[(joiners > 0) & (joiners < len(points) - 1)]
        joiners = joiners[in_token[joiners - 1] & in_token[joiners + 1]]
        in_token[joiners] = True
    edges = np.flatnonzero(np.diff(in_token.view(np.int8), prepend=np.int8(0), append=np.int8(0)))
    starts, ends = edges[0::2], edges[1::2]  # a token starts, ends, the next starts, ...
    # the tokens are what stays of the text with every other character made a space (no token
    # character is a space): one split makes them all
    spaced = np.where(in_token, points, np.uint32(32)).tobytes().decode("utf-32-le", "surrogatepass")
    words = spaced.split()
    # Only the tokens holding a joiner or an "ß" change: far fewer places than tokens.
    marks = joiners
    if "\u00df" in folded:
        marks = np.concatenate([marks, np.flatnonzero(points == 0xDF)])
    respelled = np.unique(np.searchsorted(starts, marks, side="right") - 1).tolist()
    for k in respelled:
        words[k] = words[k].translate(_JOINERS).replace("\u00df", "ss")
    return Tokens(words, starts, ends, respelled)
