"""A notice prepared for reading: sentences, tokens, lexicon hits per sentence, clauses and topics.

Everything the extraction rules ask of the text goes through ``NoticeDoc``, so each rule is a small
function of one sentence and its neighbours.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from importers.notices.lexicon import Hit, Lexicon
from importers.notices.places import find_countries
from importers.notices.segment import Kind, Sentence
from importers.notices.textnorm import fold, token_arrays
from importers.notices.types import Span

_CLAUSE_RE = re.compile(r"[;:()\[\]]")
_NO_KINDS: frozenset[str] = frozenset()
NEGATION_WINDOW = {"en": (4, 1), "fr": (4, 4), "nl": (8, 8), "de": (8, 8)}


@dataclass
class NoticeDoc:
    """The text with everything the rules need, computed once."""

    text: str
    language: str
    lexicon: Lexicon | None
    sentences: list[Sentence]
    folded: str = ""
    words: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)
    bounds: list[tuple[int, int]] = field(default_factory=list)
    hits: list[list[Hit]] = field(default_factory=list)
    kinds: list[frozenset[str]] = field(default_factory=list)  # the kinds of each sentence's hits
    topics: list[frozenset[str]] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, language: str, lexicon: Lexicon | None, sentences: list[Sentence]) -> NoticeDoc:
        """Tokenise, match the lexicon sentence by sentence and label sections by their headings."""
        doc = cls(text, language, lexicon, sentences, fold(text))
        doc.words, doc.starts, doc.ends = token_arrays(doc.folded)
        doc._clauses()
        starts = doc.starts
        for s in sentences:
            lo = bisect_left(starts, s.start)
            doc.bounds.append((lo, bisect_left(starts, s.end, lo)))
        doc.hits = lexicon.matcher.find_all(doc.words, doc.bounds) if lexicon else [[] for _ in sentences]
        doc.kinds = [frozenset(h.kind for h in hits) if hits else _NO_KINDS for hits in doc.hits]
        doc._topics()
        return doc

    def _clauses(self) -> None:
        """Clause number of every token: it grows at each ; : ( ) [ ] between tokens."""
        clause: list[int] = []
        done = count = 0
        for count, mark in enumerate(_CLAUSE_RE.finditer(self.text), start=1):
            first_after = bisect_left(self.starts, mark.start(), done)  # a mark never starts a token
            clause += [count - 1] * (first_after - done)
            done = first_after
        clause += [count] * (len(self.starts) - done)
        self.clause = clause

    def _topics(self) -> None:
        own = [
            frozenset(h.label for h in hits if h.kind == "heading") if s.kind is Kind.HEADING else frozenset()
            for s, hits in zip(self.sentences, self.hits, strict=True)
        ]
        for s in self.sentences:
            topic: frozenset[str] = frozenset()
            for head in reversed((*s.headings, s.index) if s.kind is Kind.HEADING else s.headings):
                if own[head]:
                    topic = own[head]
                    break
            self.topics.append(topic)

    # -- access -------------------------------------------------------------------------------
    def written_counts(self) -> Counter[str]:
        """How often each word occurs as written (case kept), computed once."""
        cached = self.__dict__.get("_written")
        if cached is None:
            cached = Counter(self.text[s:e] for s, e in zip(self.starts, self.ends, strict=True))
            self.__dict__["_written"] = cached
        return cached

    def countries(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(first token, last token, ISO code) of the countries named in tokens ``[lo, hi)``."""
        exclude = frozenset(self.lexicon.raw.get("not_countries", ())) if self.lexicon else frozenset()
        return find_countries(self.text, self.words, self.starts, self.ends, lo, hi, exclude)

    def span(self, index: int) -> Span:
        """The evidence span of sentence ``index``."""
        s = self.sentences[index]
        return Span(s.start, s.end, self.text[s.start : s.end])

    def sentence_text(self, index: int) -> str:
        """The original text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def of(self, index: int, kind: str) -> list[Hit]:
        """The hits of one kind in sentence ``index``."""
        if kind not in self.kinds[index]:
            return []
        return [h for h in self.hits[index] if h.kind == kind]

    def has(self, index: int, kind: str) -> bool:
        """Whether sentence ``index`` has a hit of ``kind``."""
        return kind in self.kinds[index]

    def topic(self, index: int, name: str) -> bool:
        """Whether sentence ``index`` sits in a section whose heading signals ``name``."""
        topics = self.topics[index]
        if name == "recipients" and "links" in topics:
            return False
        return name in topics

    def negated(self, index: int, hit: Hit) -> bool:
        """Whether a negation cue of the same clause scopes over ``hit`` (window per language)."""
        before, after = NEGATION_WINDOW.get(self.language, (4, 1))
        clause = self.clause[hit.first]
        for neg in self.of(index, "negation"):
            if self.clause[neg.first] != clause or self._broken(index, neg, hit):
                continue
            if hit.first - before <= neg.first < hit.first or hit.last < neg.first <= hit.last + after:
                return True
        return False

    def _broken(self, index: int, a: Hit, b: Hit) -> bool:
        lo, hi = min(a.first, b.first), max(a.last, b.last)
        return any(lo < h.first < hi for h in self.of(index, "clause_break"))
