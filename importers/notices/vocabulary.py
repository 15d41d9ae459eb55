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

    @classmethod
    def of(cls, tokens: list[str]) -> Vocabulary:
        """The vocabulary of ``tokens``."""
        index = {word: n for n, word in enumerate(dict.fromkeys(tokens))}
        ids = np.fromiter(map(index.__getitem__, tokens), dtype=np.intp, count=len(tokens))
        return cls(list(index), ids)

    def word_mask(self, test: Callable[[str], object]) -> Mask:
        """For each distinct word, whether ``test`` holds for it."""
        return np.fromiter(map(bool, map(test, self.words)), dtype=np.bool_, count=len(self.words))

    def positions(self, words: Collection[str]) -> list[int]:
        """The tokens (ascending) whose word is in ``words``."""
        return np.flatnonzero(self.word_mask(words.__contains__)[self.ids]).tolist()
