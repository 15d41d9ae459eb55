"""A notice prepared for reading: sentences, tokens, lexicon hits per sentence, clauses and topics.

Everything the extraction rules ask of the text goes through ``NoticeDoc``, so each rule is a small
function of one sentence and its neighbours.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any

import numpy as np

from importers.notices import characters
from importers.notices.legalforms import FORM_TOKENS
from importers.notices.lexicon import NAME_KINDS, Hit, Lexicon
from importers.notices.places import COUNTRY_WORDS, find_countries, postcodes
from importers.notices.segment import Kind, Sentence
from importers.notices.textnorm import Offsets, Tokens, fold, fold_term, tokens_of
from importers.notices.types import Span
from importers.notices.vocabulary import Vocabulary

_CLAUSE_MARKS = np.array([ord(c) for c in ";:()[]"], dtype=np.uint32)
COOKIE_WORDS = frozenset({"cookies", "cookie"})
# Words whose places are collected in one pass over the tokens: legal forms, countries, cookies.
MARKED_WORDS = FORM_TOKENS | COUNTRY_WORDS | COOKIE_WORDS
_START, _END = itemgetter(1), itemgetter(2)  # a Sentence's start and end (it is a named tuple)
_NO_TOPIC: frozenset[str] = frozenset()
_NO_GROUPS: dict[str, tuple[Hit, ...]] = {}  # shared by every sentence without hits; never changed
# Tokens before and after a negation cue that it can scope over; French "n'a pas fait l'objet d'une
# décision" puts six words between "pas" and the noun.
NEGATION_WINDOW = {"en": (4, 1), "fr": (7, 4), "nl": (8, 8), "de": (8, 8)}


# kinds of terms a glossary defines: sensitive data, its categories, recipients and their roles
_DEFINED_KINDS = frozenset({"sensitive", "special", "recipient_noun", "role", "controller"})
QUOTES = "\"'“”„‘’«»‹›"  # quotation marks of the four languages
_DEFINITION_GAP = 5  # words after the term before its colon or defining word ("of personal data")
# "of" in its languages' token forms: what joins a noun to its complement ("categories of data")
OF_WORDS = frozenset({"of", "van", "von", "der", "des", "de", "du", "d"})


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
    groups: list[dict[str, tuple[Hit, ...]]] = field(default_factory=list)  # each sentence's hits by kind
    with_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> sentences with such hits
    topics: list[frozenset[str]] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # per-notice memos of the rules
    marked: list[int] = field(default_factory=list, repr=False)  # tokens whose word is in MARKED_WORDS
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary.of([]), repr=False)
    _covered: dict[tuple[int, frozenset[str] | None], frozenset[int]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def build(
        cls,
        text: str,
        language: str,
        lexicon: Lexicon | None,
        sentences: list[Sentence],
        folded: str | None = None,
        tokens: Tokens | None = None,
    ) -> NoticeDoc:
        """Tokenise, match the lexicon sentence by sentence and label sections by their headings.

        ``folded`` is ``fold(text)`` and ``tokens`` its ``tokens_of`` where the caller has them."""
        doc = cls(text, language, lexicon, sentences, fold(text) if folded is None else folded)
        doc.words, *offsets, _ = tokens_of(doc.folded) if tokens is None else tokens
        doc.starts, doc.ends = offsets[0].tolist(), offsets[1].tolist()
        doc.cache["token_offsets"] = tuple(offsets)
        doc.vocabulary = Vocabulary.of(doc.words)
        doc.marked = doc.vocabulary.positions(MARKED_WORDS)
        doc._clauses()
        starts = doc.starts
        firsts = map(bisect_left, repeat(starts), map(_START, sentences))
        doc.bounds = list(zip(firsts, map(bisect_left, repeat(starts), map(_END, sentences)), strict=True))
        doc.hits = (
            lexicon.matcher.find_all(doc.words, doc.bounds, doc.vocabulary)
            if lexicon
            else [[] for _ in sentences]
        )
        if lexicon is not None and lexicon.others_possessives:
            doc._drop_others_groups(lexicon.others_possessives)
        doc.groups = [_by_kind(hits) if hits else _NO_GROUPS for hits in doc.hits]
        for i, groups in enumerate(doc.groups):
            for kind in groups:
                doc.with_kind.setdefault(kind, []).append(i)
        doc._topics()
        return doc

    def _drop_others_groups(self, possessives: frozenset[str]) -> None:
        """Group words owned by another organisation ("its subsidiary", "sa filiale", "deren
        Tochterunternehmen") speak of that organisation's group, not the controller's: they give
        no role. One look at each possessive written in lower case ("Ihre" is the reader's)."""
        for k in self.positions(possessives):
            i = self.sentence_of(k + 1)
            if i is None or not self.text[self.starts[k]].islower():
                continue
            hits = self.hits[i]
            if any(h.first == k + 1 and h.label == "group_company" for h in hits):
                self.hits[i] = [h for h in hits if not (h.first == k + 1 and h.label == "group_company")]

    def _clauses(self) -> None:
        """Clause number of every token: it grows at each ; : ( ) [ ] between tokens (the number of
        marks before the token; a mark never stands inside a token)."""
        marks = np.flatnonzero(np.isin(self.points(), _CLAUSE_MARKS))
        self.clause = np.searchsorted(marks, np.array(self.starts, dtype=np.intp)).tolist()

    def _topics(self) -> None:
        own = {  # heading sentence -> the topics its words signal
            s.number: frozenset(h.label for h in self.hits[s.number] if h.kind == "heading")
            for s in self.sentences
            if s.kind is Kind.HEADING
        }
        known: dict[tuple[int, ...], frozenset[str]] = {}  # a block's sentences share their headings
        topic = _NO_TOPIC
        heads: tuple[int, ...] | None = None
        for s in self.sentences:
            if s.kind is Kind.HEADING:
                heads = (*s.headings, s.number)
            elif s.headings is not heads:  # else: the same headings as the sentence before
                heads = s.headings
            else:
                self.topics.append(topic)
                continue
            found = known.get(heads)
            if found is None:
                found = known[heads] = next((own[h] for h in reversed(heads) if own[h]), _NO_TOPIC)
            topic = found
            self.topics.append(topic)

    # -- access -------------------------------------------------------------------------------
    def written_counts(self, words: set[str]) -> Counter[str]:
        """How often each of ``words`` occurs as a token written exactly so (case kept)."""
        wanted = {fold_term(w) for w in words}
        positions = self.positions(frozenset(wanted))
        return Counter(
            written
            for written in (self.text[self.starts[i] : self.ends[i]] for i in positions)
            if written in words
        )

    def distinct_words(self) -> set[str]:
        """The set of the notice's words (matching forms)."""
        found: set[str] | None = self.cache.get("distinct_words")
        if found is None:
            found = self.cache["distinct_words"] = set(self.vocabulary.words)
        return found

    def positions(self, words: frozenset[str]) -> list[int]:
        """The tokens (ascending) whose matching form is in ``words``."""
        if words <= MARKED_WORDS:
            return [i for i in self.marked if self.words[i] in words]
        if words.isdisjoint(self.distinct_words()):
            return []
        return self.vocabulary.positions(words)

    def points(self) -> characters.Codes:
        """The code point of each character of the text."""
        found: characters.Codes | None = self.cache.get("points")
        if found is None:
            found = self.cache["points"] = characters.codes(self.text)
        return found

    def token_offsets(self) -> tuple[Offsets, Offsets]:
        """``starts`` and ``ends`` as numpy arrays."""
        found: tuple[Offsets, Offsets] | None = self.cache.get("token_offsets")
        if found is None:
            found = self.cache["token_offsets"] = (
                np.array(self.starts, dtype=np.intp),
                np.array(self.ends, dtype=np.intp),
            )
        return found

    def lower_first(self) -> characters.Mask:
        """Whether each token's first character is lower case (``str.islower``)."""
        found: characters.Mask | None = self.cache.get("lower_first")
        if found is None:
            found = self.cache["lower_first"] = characters.lower(self.points()[self.token_offsets()[0]])
        return found

    def capital_tokens(self) -> list[int]:
        """Tokens written with a capital first, or with one after a lower-case first ("eBay")."""
        found: list[int] | None = self.cache.get("capital_tokens")
        if found is None:
            found = self.cache["capital_tokens"] = _capital_tokens(
                self.points(), *self.token_offsets(), self.lower_first()
            )
        return found

    def capital_set(self) -> set[int]:
        """``capital_tokens`` as a set."""
        found: set[int] | None = self.cache.get("capital_set")
        if found is None:
            found = self.cache["capital_set"] = set(self.capital_tokens())
        return found

    def postcodes(self) -> list[tuple[int, int]]:
        """(offset of the postcode, offset of its town or -1) of the notice's addresses."""
        found: list[tuple[int, int]] | None = self.cache.get("postcodes")
        if found is None:
            found = self.cache["postcodes"] = postcodes(self.text)
        return found

    def towns(self) -> frozenset[int]:
        """Offsets where the town of an address starts: no organisation's name ("69002 Lyon")."""
        found: frozenset[int] | None = self.cache.get("towns")
        if found is None:
            found = self.cache["towns"] = frozenset(town for _, town in self.postcodes() if town >= 0)
        return found

    def countries(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(first token, last token, ISO code) of the countries named in tokens ``[lo, hi)``."""
        starts = self._country_tokens()
        k = bisect_left(starts, lo)
        end = bisect_left(starts, hi, k)
        if k == end:
            return []
        return find_countries(
            self.text, self.words, self.starts, self.ends, starts[k:end], hi, self._not_countries()
        )

    def _not_countries(self) -> frozenset[str]:
        """Country names that are ordinary words in the notice's language (Dutch "Indien", "if")."""
        found: frozenset[str] | None = self.cache.get("not_countries")
        if found is None:
            words = self.lexicon.raw.get("not_countries", ()) if self.lexicon else ()
            found = self.cache["not_countries"] = frozenset(words)
        return found

    def _country_tokens(self) -> list[int]:
        """Tokens that can start a country name as written: a name starts with a capital, so "the"
        and "la" count only where they are written "The" and "La"."""
        found: list[int] | None = self.cache.get("country_tokens")
        if found is None:
            text, starts = self.text, self.starts
            found = self.cache["country_tokens"] = [
                i for i in self.positions(COUNTRY_WORDS) if not text[starts[i]].islower()
            ]
        return found

    def covered(self, index: int, kinds: frozenset[str] | None = None) -> frozenset[int]:
        """Tokens of sentence ``index`` inside a hit of one of ``kinds`` (when None, any kind but
        the words read only inside names: "Roeivereniging" is part of a name, not a word before it)."""
        key = (index, kinds)
        found = self._covered.get(key)
        if found is None:
            found = frozenset(
                w
                for h in self.hits[index]
                if (h.kind not in NAME_KINDS if kinds is None else h.kind in kinds)
                for w in range(h.first, h.last + 1)
            )
            self._covered[key] = found
        return found

    def covered_between(self, index: int, kinds: frozenset[str], lo: int, hi: int) -> set[int]:
        """Tokens ``lo..hi`` of sentence ``index`` inside a hit of one of ``kinds`` (``covered``
        for a few tokens, such as a name's: only the hits over them are read)."""
        found: set[int] = set()
        for h in self.hits[index]:
            if h.first <= hi and lo <= h.last and h.kind in kinds:
                found.update(range(max(h.first, lo), min(h.last, hi) + 1))
        return found

    def span(self, index: int) -> Span:
        """The evidence span of sentence ``index``."""
        s = self.sentences[index]
        return Span(s.start, s.end, self.text[s.start : s.end])

    def sentence_text(self, index: int) -> str:
        """The original text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def of(self, index: int, kind: str) -> tuple[Hit, ...]:
        """The hits of one kind in sentence ``index``."""
        return self.groups[index].get(kind, ())

    def sentences_with(self, *kinds: str) -> list[int]:
        """The sentences (in order) that have a hit of one of ``kinds``: rules visit only these."""
        if len(kinds) == 1:
            return self.with_kind.get(kinds[0], [])
        return sorted({i for kind in kinds for i in self.with_kind.get(kind, ())})

    def country_sentences(self) -> list[int]:
        """The sentences (in order) with a token that can start a country name as written."""
        return self.sentences_of_tokens(self._country_tokens())

    def sentences_with_words(self, words: frozenset[str]) -> set[int]:
        """The sentences with a token (matching form) in ``words``, computed once per word set."""
        memo: dict[frozenset[str], set[int]] = self.cache.setdefault("sentences_with_words", {})
        found = memo.get(words)
        if found is None:
            found = memo[words] = set(self.sentences_of_tokens(self.positions(words)))
        return found

    def sentences_of_tokens(self, tokens: list[int]) -> list[int]:
        """The sentences (in order, once each) holding the tokens ``tokens`` (ascending)."""
        found: list[int] = []
        bounds = self.bounds
        last = -1
        after = map(bisect_right, repeat(self._sentence_first_tokens()), tokens)
        for token, k in zip(tokens, after, strict=True):
            k -= 1  # the last sentence starting at or before the token
            if k != last and k >= 0 and token < bounds[k][1]:
                found.append(k)
                last = k
        return found

    def sentence_of(self, token: int) -> int | None:
        """The sentence holding token ``token`` (None between sentences, e.g. a list bullet)."""
        k = bisect_right(self._sentence_first_tokens(), token) - 1
        return k if k >= 0 and token < self.bounds[k][1] else None

    def sentence_at(self, offset: int) -> int | None:
        """The sentence whose text holds character ``offset``."""
        k = bisect_right(self._sentence_starts(), offset) - 1
        return k if k >= 0 and offset < self.sentences[k].end else None

    def _sentence_first_tokens(self) -> list[int]:
        found: list[int] | None = self.cache.get("sentence_first_tokens")
        if found is None:
            found = self.cache["sentence_first_tokens"] = [lo for lo, _ in self.bounds]
        return found

    def _sentence_starts(self) -> list[int]:
        found: list[int] | None = self.cache.get("sentence_starts")
        if found is None:
            found = self.cache["sentence_starts"] = [s.start for s in self.sentences]
        return found

    def excepted(self, index: int, token: int) -> bool:
        """Token ``token`` is taken out of the sentence's negation by an exception word before it
        in its clause, with no negation between them ("We do not transfer data outside the EEA,
        except to X in the United States"; "Außer an X in der Türkei übermitteln wir keine Daten")."""
        words = self.lexicon.exception_words if self.lexicon else frozenset()
        if not words:
            return False
        lo, _ = self.bounds[index]
        clause = self.clause[token]
        negations = {n.first for n in self.of(index, "negation")}
        for k in range(token - 1, lo - 1, -1):
            if k in negations:
                return False
            if self.words[k] in words:
                return self.clause[k] == clause or k == lo
        return False

    def defines(self, index: int) -> bool:
        """Sentence ``index`` defines a term rather than says what the controller does: it stands in
        a definitions section ("Definitions", "Begrippenlijst", "Begriffsbestimmungen"), or it opens
        with a term of sensitive data or of recipients, perhaps after an article or a defining
        opener ("Onder", "Unter"), that a colon or a defining word follows within a few words
        ("Special categories of personal data means ...", "Empfänger: ...") and no "we" word.
        Such a sentence names kinds of data and of parties; it neither processes nor shares them."""
        if self.topic(index, "definitions"):
            return True
        lex = self.lexicon
        hits = self.hits[index]
        if lex is None or not hits or _DEFINED_KINDS.isdisjoint(self.groups[index]):
            return False  # (the last: no term such a sentence opens with, a quick way to the end)
        lo, hi = self.bounds[index]
        words = self.words
        k = lo
        opened = False
        while k < min(hi, lo + 2) and (words[k] in lex.articles or words[k] in lex.defining_openers):
            opened = opened or words[k] in lex.defining_openers
            k += 1
        term = next((h for h in hits if h.first == k and h.kind in _DEFINED_KINDS), None)
        if term is None:
            return False
        we = lex.raw.get("we_words", ())
        rest = range(term.last + 1, hi)
        if words[term.first] in we or (any(words[j] in we for j in rest) and not opened):
            return False  # "Nos prestataires reçoivent ... :": the notice speaking of its parties
        if opened:  # "Onder bijzondere persoonsgegevens verstaan wij ..."
            return any(words[j] in lex.defining_words for j in rest)
        # the term's complement ("of personal data", "personenbezogener Daten"), then ":" or "means"
        complement = lex.articles | lex.data_nouns | {fold_term(j) for j in lex.name_joiners} | OF_WORDS
        k = term.last + 1
        while k < min(hi, term.last + 1 + _DEFINITION_GAP) and (
            words[k] in complement or words[k].startswith("person")
        ):
            k += 1
        gap_end = self.starts[k] if k < hi else self.sentences[index].end
        quoted = self._quoted(term.first, term.last)
        if term.kind == "controller" and not quoted:
            return False  # "Controller: the Acme Group" names it; '"Controller": the body which' defines
        if ":" in self.text[self.ends[term.last] : gap_end]:
            # a description follows ("Recipient: a natural or legal person ..."), not a name as in
            # the label of a "Payments: Quillpay Ltd" line; a quoted term is a word mentioned
            return quoted or k < hi and (self.text[self.starts[k]].islower() or words[k] in complement)
        return k < hi and words[k] in lex.defining_words

    def _quoted(self, first: int, last: int) -> bool:
        """Tokens ``first`` to ``last`` stand between quotation marks: a word mentioned, not used."""
        before = self.text[max(0, self.starts[first] - 2) : self.starts[first]].strip()
        after = self.text[self.ends[last] : self.ends[last] + 2].strip()
        return bool(before) and before[-1] in QUOTES and bool(after) and after[0] in QUOTES

    def row_cells(self, index: int) -> list[int]:
        """The other cells (sentences) of the table row holding sentence ``index``, nearest first;
        none outside tables. A row's cells stand on one line of a Markdown table, as every format's
        tables are read (``importers.documents.blocks.add_table_row``)."""
        s, text, sentences = self.sentences[index], self.text, self.sentences
        if s.kind is not Kind.ITEM:
            return []
        line = text.rfind("\n", 0, s.start) + 1
        if not text.startswith("|", line):
            return []
        cells: list[tuple[int, int]] = []
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(sentences) and sentences[j].block == s.block and not sentences[j].column_head:
                a, b = (sentences[j], s) if j < index else (s, sentences[j])
                if "\n" in text[a.end : b.start]:
                    break
                cells.append((abs(j - index), j))
                j += step
        return [j for _, j in sorted(cells)]

    def has(self, index: int, kind: str) -> bool:
        """Whether sentence ``index`` has a hit of ``kind``."""
        return kind in self.groups[index]

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


def _by_kind(hits: list[Hit]) -> dict[str, tuple[Hit, ...]]:
    alone: dict[str, tuple[Hit, ...]] = {hit.kind: (hit,) for hit in hits}
    if len(alone) == len(hits):
        return alone  # each kind once (often so)
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return {kind: tuple(group) for kind, group in groups.items()}


def _capital_tokens(
    points: characters.Codes, starts: Offsets, ends: Offsets, lower_first: characters.Mask
) -> list[int]:
    """Tokens whose first letter is upper case, or whose first is lower case and a later one not.

    The characters are classified by table lookups (``characters``), not a test per word: a
    capital inside a word ("eBay") is an upper- or title-case letter after a word character or
    a joiner.
    """
    if not len(starts):
        return []
    found = characters.upper(points[starts])
    inner = np.flatnonzero(characters.capital(points[1:])) + 1
    before = points[inner - 1]
    inner = inner[characters.word_chars(before) | characters.joiner_chars(before)]
    if len(inner):
        k = np.searchsorted(starts, inner, side="right") - 1
        k = k[(k >= 0) & (inner < ends[k])]
        found[k[lower_first[k]]] = True
    return np.flatnonzero(found).tolist()
