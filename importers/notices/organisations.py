"""Organisation names in a sentence: names ending in a legal form ("Rexx Systems GmbH"), well-known
organisations, and capitalised names in the places notices put them (after "such as", beside a role
word, at the head of a list item, after "cookies of").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from importers.notices.document import NoticeDoc
from importers.notices.legalforms import FORM_RE, FORM_TOKENS, LEGAL_NAME, PREFIX_NAME, PREFIX_WORDS
from importers.notices.segment import Kind
from model.names import normalise_name as _normalise_name

_LEAD_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "de",
        "het",
        "een",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "du",
        "et",
        "and",
        "und",
        "en",
        "of",
        "van",
        "von",
        "für",
        "for",
        "wir",
        "we",
        "our",
        "onze",
        "notre",
        "nos",
        "unsere",
        "firma",
        "company",
        "unternehmen",
        "gesellschaft",
        "société",
        "provider",
        "anbieter",
        "privacy",
        "policy",
        "datenschutz",
        "see",
        "siehe",
        "voir",
        "zie",
        "bei",
        "an",
        "mit",
        "via",
        "by",
        "par",
        "door",
        "through",
    ]
)
_NOT_NAMES = frozenset(
    [
        "we",
        "our",
        "you",
        "your",
        "i",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "if",
        "when",
        "where",
        "what",
        "who",
        "how",
        "our",
        "us",
        "wij",
        "we",
        "ons",
        "onze",
        "u",
        "uw",
        "je",
        "jouw",
        "zij",
        "wir",
        "sie",
        "ihre",
        "ihr",
        "unsere",
        "nous",
        "vous",
        "votre",
        "vos",
        "notre",
        "nos",
        "ils",
        "elles",
        "le",
        "la",
        "les",
        "de",
        "het",
        "een",
        "personal",
        "data",
        "privacy",
        "policy",
        "notice",
        "statement",
        "cookie",
        "cookies",
        "gdpr",
        "avg",
        "dsgvo",
        "rgpd",
        "uk",
        "eu",
        "eea",
        "eer",
        "ewr",
        "eee",
        "article",
        "art",
        "artikel",
        "legal",
        "basis",
        "email",
        "e-mail",
        "e",
        "tel",
        "phone",
        "fax",
        "post",
        "www",
        "http",
        "https",
        "website",
        "site",
        "app",
        "customer",
        "service",
        "helpline",
        "online",
        "account",
        "terms",
        "conditions",
        "data",
        "protection",
        "officer",
        "regulation",
        "section",
        "chapter",
        "part",
        "deel",
        "annex",
        "note",
        "please",
        "more",
        "information",
        "contact",
        "details",
        "address",
        "street",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
    ]
)


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in sentence ``sentence`` at ``start:end`` of the text."""

    sentence: int
    start: int
    end: int
    name: str
    legal: bool  # ends in a legal form (or starts with one such as "Stichting")
    known_role: str | None = None
    first: int = -1  # first token index
    last: int = -1  # last token index


_EMPHASIS = re.compile(r"[*_]+")
# Names recur within a notice and the model's function is pure; parse_text clears this per notice.
normalise_name = lru_cache(maxsize=None)(_normalise_name)


def clean_name(raw: str) -> str:
    """A display name: markdown emphasis removed, whitespace collapsed, stray punctuation trimmed."""
    name = _EMPHASIS.sub(" ", raw)
    name = " ".join(name.split()).strip(" ,;:-–(")
    if name.count("(") > name.count(")"):
        name = name.rsplit("(", 1)[0].strip()
    return name


def legal_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Names ending (or starting) with a legal form in sentence ``index`` (computed once per sentence)."""
    cache: dict[int, list[OrgMention]] = doc.cache.setdefault("legal_names", {})
    if index not in cache:
        s = doc.sentences[index]
        form = FORM_RE.search(doc.text, s.start, s.end) if index in form_sentences(doc) else None
        cache[index] = _legal_names(doc, index, form.start()) if form else []
    return list(cache[index])


def form_sentences(doc: NoticeDoc) -> set[int]:
    """Sentences with a token that can begin a legal form ("gmbh", "b" of "B.V."): a word lookup each."""
    found: set[int] | None = doc.cache.get("form_sentences")
    if found is None:
        text, ends = doc.text, doc.ends
        tokens = [
            i
            for i in doc.positions(FORM_TOKENS)
            if len(doc.words[i]) > 1 or text[ends[i] : ends[i] + 1] in (".", "/")
        ]
        found = doc.cache["form_sentences"] = set(doc.sentences_of_tokens(tokens))
    return found


_NAME_REACH = 400  # characters before its legal form where a name may start (seven long words)


def _legal_names(doc: NoticeDoc, index: int, first_form: int) -> list[OrgMention]:
    s = doc.sentences[index]
    found: list[OrgMention] = []
    for m in LEGAL_NAME.finditer(doc.text, max(s.start, first_form - _NAME_REACH), s.end):
        body = _trim_lead(m.group(1))
        if not any(c.isalpha() for c in body):
            continue  # "3011 AB" is a Dutch postcode, not a Swedish company
        start = m.start(1) + (len(m.group(1)) - len(body))
        mention = _trim_words(doc, index, _mention(doc, index, start, m.end(), True))
        if mention is not None:
            found.append(mention)
    if any(doc.text.find(word, s.start, s.end) >= 0 for word in PREFIX_WORDS):
        for m in PREFIX_NAME.finditer(doc.text, s.start, s.end):
            found.append(_mention(doc, index, m.start(), m.end(), True))
    return found


_KNOWN = frozenset({"known"})
_LEAD_KINDS = frozenset(
    {"role", "example", "share", "engage", "identity", "controller", "negation", "clause_break"}
)


def _trim_words(doc: NoticeDoc, index: int, m: OrgMention) -> OrgMention | None:
    """Drop leading words that belong to the sentence, not the name ("zoals", "IT-dienstverlener")."""
    covered = doc.covered(index, _LEAD_KINDS) - doc.covered(index, _KNOWN)
    stops = doc.lexicon.stopwords if doc.lexicon else frozenset()
    first = m.first
    while first < m.last and (
        first in covered
        or doc.words[first] in stops
        or doc.words[first] in _LEAD_STOP
        or (doc.text[doc.starts[first]].islower() and doc.words[first] in _COMMON_LOWER)
    ):
        first += 1
    if first == m.first:
        return m
    start = doc.starts[first]
    name = clean_name(doc.text[start : m.end])
    return OrgMention(m.sentence, start, m.end, name, m.legal, m.known_role, first, m.last) if name else None


_COMMON_LOWER = frozenset(
    [
        "zoals",
        "waaronder",
        "bijvoorbeeld",
        "example",
        "including",
        "such",
        "est",
        "sont",
        "is",
        "ist",
        "sind",
        "wie",
        "namelijk",
        "notamment",
        "comme",
        "dont",
        "die",
        "der",
        "das",
        "namely",
        "via",
        "bij",
        "van",
        "door",
        "par",
        "pour",
        "avec",
        "chez",
    ]
)


def _trim_lead(body: str) -> str:
    """Drop leading articles, prepositions and generic nouns ('Die Firma', 'the privacy notice of')."""
    words = re.split(r"([\s*_]+)", body)
    pieces = [w for w in words]
    # walk from the left, dropping stop words until a name word is reached
    while pieces and (not pieces[0].strip(" *_") or pieces[0].strip(" *_").lower() in _LEAD_STOP):
        pieces.pop(0)
    text = "".join(pieces)
    return text


def _mention(
    doc: NoticeDoc, index: int, start: int, end: int, legal: bool, known: str | None = None
) -> OrgMention:
    first = bisect_left(doc.starts, start)
    last = max(first, bisect_right(doc.starts, end - 1) - 1)
    return OrgMention(index, start, end, clean_name(doc.text[start:end]), legal, known, first, last)


def capitalised_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Capitalised word runs in sentence ``index`` ("ESB Networks", "St Vincent De Paul"), found once."""
    cache: dict[int, list[OrgMention]] = doc.cache.setdefault("capitalised_names", {})
    if index not in cache:
        cache[index] = _capitalised_names(doc, index)
    return cache[index]


def _capitalised_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    lo, hi = doc.bounds[index]
    capital = _capitals(doc, lo, hi)
    runs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if capital[i - lo] and not _stop(doc, i):
            j = i
            while j + 1 < hi:
                if capital[j + 1 - lo] and _adjacent(doc, j, j + 1):
                    j += 1
                elif (
                    j + 2 < hi
                    and _connector(doc, j + 1)
                    and capital[j + 2 - lo]
                    and _adjacent(doc, j, j + 2, 6)
                ):
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return [_mention(doc, index, doc.starts[a], doc.ends[b], False) for a, b in runs]


def _capitals(doc: NoticeDoc, lo: int, hi: int) -> list[bool]:
    """For tokens ``[lo, hi)``: written with a capital first, or with one later ("iPhone", "eBay")."""
    text = doc.text
    return [
        (word := text[start:end])[0].isupper() or (word[0].islower() and not word.islower())
        for start, end in zip(doc.starts[lo:hi], doc.ends[lo:hi], strict=True)
    ]


def _stop(doc: NoticeDoc, i: int) -> bool:
    return doc.words[i] in _NOT_NAMES


def _connector(doc: NoticeDoc, i: int) -> bool:
    return doc.text[doc.starts[i] : doc.ends[i]] in (
        "of",
        "for",
        "and",
        "de",
        "van",
        "der",
        "du",
        "des",
        "la",
        "&",
        "für",
    )


def _adjacent(doc: NoticeDoc, a: int, b: int, reach: int = 2) -> bool:
    gap = doc.text[doc.ends[a] : doc.starts[b]]
    return (
        len(gap) <= reach + (b - a - 1) * 4 and not any(c in gap for c in ",;:()\n.") or gap in (" & ", "&")
    )


def known_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Well-known organisations (lexicon kind ``known``) written as names (capitalised)."""
    found = []
    for hit in doc.of(index, "known"):
        written = doc.text[doc.starts[hit.first] : doc.ends[hit.last]]
        if written[:1].isupper() or written[1:2].isupper():
            found.append(_mention(doc, index, doc.starts[hit.first], doc.ends[hit.last], False, hit.label))
    return found


def in_item_head(doc: NoticeDoc, mention: OrgMention) -> bool:
    """The name opens a list item and is followed by a separator ("Google : https://...")."""
    s = doc.sentences[mention.sentence]
    if s.kind is not Kind.ITEM or mention.start - s.start > 2:
        return False
    rest = doc.text[mention.end : s.end].lstrip()
    return not rest or rest[0] in ":,(–-;"
