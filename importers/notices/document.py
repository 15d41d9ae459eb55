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
from importers.notices.textnorm import TOKEN_RE, fold
from importers.notices.types import Span

_CLAUSE_RE = re.compile(r"[;:()\[\]]")
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
    topics: list[frozenset[str]] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, language: str, lexicon: Lexicon | None, sentences: list[Sentence]) -> NoticeDoc:
        """Tokenise, match the lexicon sentence by sentence and label sections by their headings."""
        doc = cls(text, language, lexicon, sentences, fold(text))
        matches = list(TOKEN_RE.finditer(doc.folded))
        doc.starts = [m.start() for m in matches]
        doc.ends = [m.end() for m in matches]
        doc.words = [m.group() for m in matches]
        for i, word in enumerate(doc.words):
            if not word.isalnum():  # hyphens, soft hyphens, underscores; "ß" is alphanumeric
                doc.words[i] = (
                    word.replace("-", "").replace("\u00ad", "").replace("\u2010", "").replace("\u2011", "")
                )
        doc.words = [w.replace("\u00df", "ss") if "\u00df" in w else w for w in doc.words]
        doc._clauses()
        for s in sentences:
            lo = bisect_left(doc.starts, s.start)
            hi = bisect_left(doc.starts, s.end, lo)
            doc.bounds.append((lo, hi))
            doc.hits.append(lexicon.matcher.find(doc.words, lo, hi) if lexicon else [])
        doc._topics()
        return doc

    def _clauses(self) -> None:
        """Clause number of every token: it grows at each ; : ( ) [ ] between tokens."""
        marks = [m.start() for m in _CLAUSE_RE.finditer(self.text)]
        self.clause = [bisect_left(marks, start) for start in self.starts]

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
        return [h for h in self.hits[index] if h.kind == kind]

    def has(self, index: int, kind: str) -> bool:
        """Whether sentence ``index`` has a hit of ``kind``."""
        return any(h.kind == kind for h in self.hits[index])

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
