"""Character classes of a whole text at once, as numpy arrays: one table lookup per character.

A large notice has millions of characters; asking Python (or a regex over a large character
class) about each is the slow part of tokenising it and of finding its capitals. The classes are
Python's own (``str.isalnum`` as the regex ``\\w`` uses it, ``str.isupper``, ``str.istitle``,
``str.islower``), tabulated once for the Basic Multilingual Plane; the rare characters beyond it
are asked one by one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np
import numpy.typing as npt

Codes = npt.NDArray[np.uint32]
Mask = npt.NDArray[np.bool_]
_PLANE = 0x10000
JOINERS = "-\u2010\u2011\u00ad"  # hyphen-like characters that join word pieces into one token


def codes(text: str) -> Codes:
    """The code point of each character of ``text`` (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _word(char: str) -> bool:
    """A character the regex ``\\w`` matches."""
    return char.isalnum() or char == "_"


def _capital(char: str) -> bool:
    return char.isupper() or char.istitle()


@cache
def _table(test: Callable[[str], bool]) -> Mask:
    return np.fromiter(map(test, map(chr, range(_PLANE))), dtype=np.bool_, count=_PLANE)


def _classify(points: Codes, test: Callable[[str], bool]) -> Mask:
    """``test`` of the character of each code point."""
    table = _table(test)
    if not len(points) or points.max() < _PLANE:
        return np.take(table, points)
    beyond = np.flatnonzero(points >= _PLANE)
    found = np.take(table, np.minimum(points, _PLANE - 1))
    found[beyond] = [test(chr(point)) for point in points[beyond].tolist()]
    return found


def word_chars(points: Codes) -> Mask:
    """Whether each character (``points`` = ``codes(text)``) is a word character."""
    return _classify(points, _word)


def joiner_chars(points: Codes) -> Mask:
    """Whether each character is one of ``JOINERS``."""
    found: Mask = points == ord(JOINERS[0])
    for char in JOINERS[1:]:
        found |= points == ord(char)
    return found


def upper(points: Codes) -> Mask:
    """``str.isupper`` of each character."""
    return _classify(points, str.isupper)


def lower(points: Codes) -> Mask:
    """``str.islower`` of each character."""
    return _classify(points, str.islower)


def capital(points: Codes) -> Mask:
    """Upper- or title-case characters."""
    return _classify(points, _capital)
