"""A token stream as numbers: each distinct word once, and each token as the number of its word.

A large notice has hundreds of thousands of tokens but a few thousand distinct words. A question
about words ("which tokens are legal forms?", "which tokens may start a lexicon term and are
followed by a word that may continue it?") is then answered once per distinct word and spread
over the tokens by numpy, instead of a set lookup per token in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Ids = npt.NDArray[np.intp]
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The distinct ``words`` of a token stream (in order of first use) and ``ids``, the place in
    ``words`` of each token's word."""

    words: list[str]
    ids: Ids
    index: dict[str, int]  # word -> its place in ``words``

    @classmethod
    def of(cls, tokens: list[str]) -> Vocabulary:
        """The vocabulary of ``tokens``."""
        index = {word: n for n, word in enumerate(dict.fromkeys(tokens))}
        ids = np.fromiter(map(index.__getitem__, tokens), dtype=np.intp, count=len(tokens))
        return cls(list(index), ids, index)

    def word_mask(self, test: Callable[[str], object]) -> Mask:
        """For each distinct word, whether ``test`` holds for it."""
        return np.fromiter(map(bool, map(test, self.words)), dtype=np.bool_, count=len(self.words))

    def membership(self, words: Collection[str]) -> Mask:
        """For each distinct word, whether it is in ``words``: the smaller of the two is read."""
        if len(words) >= len(self.words):
            return self.word_mask(words.__contains__)
        mask = np.zeros(len(self.words), dtype=np.bool_)
        mask[[n for n in map(self.index.get, words) if n is not None]] = True
        return mask

    def positions(self, words: Collection[str]) -> list[int]:
        """The tokens (ascending) whose word is in ``words``."""
        if len(words) == 1:
            found = self.index.get(next(iter(words)))
            return [] if found is None else np.flatnonzero(self.ids == found).tolist()
        return np.flatnonzero(self.membership(words)[self.ids]).tolist()
