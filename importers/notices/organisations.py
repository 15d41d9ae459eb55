"""Organisation names in a sentence: names ending in a legal form ("Rexx Systems GmbH"), well-known
organisations, and capitalised names in the places notices put them (after "such as", beside a role
word, at the head of a list item, after "cookies of").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from importers.notices.document import NoticeDoc
from importers.notices.legalforms import (
    FORM_RE,
    FORM_TOKENS,
    LEGAL_NAME,
    LOWER_FORM_TOKENS,
    PREFIX_NAME,
    PREFIX_WORDS,
    legal_name_pattern,
    prefix_name_pattern,
)
from importers.notices.lexicon import Hit, name_words
from importers.notices.segment import Kind
from importers.notices.textnorm import token_form
from model.names import normalise_name as _normalise_name

_LEAD_STOP = name_words("lead_stop")
_NOT_NAMES = name_words("not_names")


class OrgMention(NamedTuple):
    """An organisation named in sentence ``sentence`` at ``start:end`` of the text.

    A named tuple rather than a frozen dataclass, like ``Hit``: a large notice has tens of
    thousands of capitalised word runs, and a tuple is made in a fraction of the time.
    """

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


# What ``clean_name`` changes: emphasis marks, brackets, curly apostrophes and opening quotes,
# whitespace other than single spaces, punctuation at either end. Most names have none of it.
_UNCLEAN = re.compile(r"[*_(’“„«‹]|[^\S ]|  |^[ ,;:\-–]|[ ,;:\-–]$")


def clean_name(raw: str) -> str:
    """A display name: markdown emphasis removed, whitespace collapsed, stray punctuation trimmed."""
    if _UNCLEAN.search(raw) is None:
        return raw  # nothing to clean (the usual case)
    name = _EMPHASIS.sub(" ", raw) if "*" in raw or "_" in raw else raw
    name = " ".join(name.split()).strip(" ,;:-–(").replace("’", "'")  # one apostrophe in names
    if "(" in name and name.count("(") > name.count(")"):
        name = name.rsplit("(", 1)[0].strip()
    if any(q in name for q in _OPENING_QUOTES):
        name = _balance_quotes(name)
    return name


_OPENING_QUOTES = "“„«‹"
_CLOSING_QUOTES = "”“»›"


def _balance_quotes(name: str) -> str:
    """A quote the name opens but does not close is no part of it ('UAB “Decentralized' of
    'UAB “Decentralized” …'): it goes, the words stay."""
    opened = sum(name.count(q) for q in _OPENING_QUOTES if q != "“")
    closed = sum(name.count(q) for q in _CLOSING_QUOTES if q != "“")
    curly = name.count("“") + name.count("”")
    if opened > closed or curly % 2:
        name = " ".join(name.translate({ord(q): " " for q in _OPENING_QUOTES + _CLOSING_QUOTES}).split())
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
    """Sentences with a token that can begin a legal form as written ("GmbH", "B" of "B.V.", but
    not the French "sa" of "sa demande"): a word lookup each."""
    found: set[int] | None = doc.cache.get("form_sentences")
    if found is None:
        text, starts, ends = doc.text, doc.starts, doc.ends
        tokens = [
            i
            for i in doc.positions(FORM_TOKENS)
            if (len(doc.words[i]) > 1 or text[ends[i] : ends[i] + 1] in (".", "/"))
            and (not text[starts[i]].islower() or doc.words[i] in LOWER_FORM_TOKENS)
        ]
        found = doc.cache["form_sentences"] = set(doc.sentences_of_tokens(tokens))
    return found


_NAME_REACH = 400  # characters before its legal form where a name may start (seven long words)


def _legal_names(doc: NoticeDoc, index: int, first_form: int) -> list[OrgMention]:
    s = doc.sentences[index]
    found: list[OrgMention] = []
    pattern = legal_name_pattern(doc.lexicon.name_joiners) if doc.lexicon else LEGAL_NAME
    for m in pattern.finditer(doc.text, max(s.start, first_form - _NAME_REACH), s.end):
        body = _trim_lead(m.group(1))
        if not body[:1].isalpha() and not any(c.isalpha() for c in body):
            continue  # "3011 AB" is a Dutch postcode, not a Swedish company
        start = m.start(1) + (len(m.group(1)) - len(body))
        for part_start, part_end, form_start in _split_at_inner_forms(doc.text, start, m.start(2), m.end()):
            mention = _trim_words(doc, index, _mention(doc, index, part_start, part_end, True), form_start)
            if mention is not None:
                found.append(mention)
    if index in _prefix_sentences(doc):
        prefixed = prefix_name_pattern(doc.lexicon.name_joiners) if doc.lexicon else PREFIX_NAME
        for m in prefixed.finditer(doc.text, s.start, s.end):
            found.append(_mention(doc, index, m.start(), m.end(), True))
    return found


def _prefix_sentences(doc: NoticeDoc) -> set[int]:
    """Sentences holding a foundation word ("Stichting"): one search of the text per word."""
    found: set[int] | None = doc.cache.get("prefix_sentences")
    if found is None:
        found = doc.cache["prefix_sentences"] = set()
        for word in PREFIX_WORDS:
            at = doc.text.find(word)
            while at >= 0:
                k = doc.sentence_at(at)
                if k is not None and at + len(word) <= doc.sentences[k].end:
                    found.add(k)
                at = doc.text.find(word, at + 1)
    return found


def _split_at_inner_forms(text: str, start: int, form: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, form start) of the names in ``text[start:end]``: "VeriMe Ltd. VeriMe Ltd acts"
    (a sentence the splitter could not cut after "Ltd.") holds two names."""
    parts: list[tuple[int, int, int]] = []
    if text.find(".", start, form) < 0:  # an inner name ends in a form with a dot ("Ltd.")
        return [(start, end, form)]
    for inner in FORM_RE.finditer(text, start, form):
        stop = inner.end() + (text[inner.end() : inner.end() + 1] == ".")
        following = _NEXT_NAME.match(text, stop)
        if text[stop - 1] == "." and following:
            parts.append((start, stop, inner.start()))
            start = following.end()
    return [*parts, (start, end, form)]


_NEXT_NAME = re.compile(r"\s+(?=[A-Z])")
_KNOWN = frozenset({"known"})
_DESCRIBING = frozenset({"role", "trade_noun"})  # "IT-dienstverlener X B.V.", "Reiseveranstalter X LLC"
_LEAD_KINDS = frozenset(
    {"example", "share", "engage", "identity", "we_are", "controller", "negation", "clause_break"}
)


def _describes_next(doc: NoticeDoc, k: int) -> bool:
    """A lower-case word before a capitalised name word ("service VeriMe Ltd", not "bol.com B.V.")."""
    gap = doc.text[doc.ends[k] : doc.starts[k + 1]]
    return doc.text[doc.starts[k]].islower() and gap.isspace() and doc.text[doc.starts[k + 1]].isupper()


def _common_noun(doc: NoticeDoc, k: int) -> bool:
    """A role or trade word used as a noun, not as the first word of a name ("Banque Populaire SA").

    German writes every noun with a capital; elsewhere the word (or its part after a hyphen, as in
    "IT-dienstverlener") is in lower case, or opens the sentence and is written so elsewhere.
    """
    written = doc.text[doc.starts[k] : doc.ends[k]]
    head = written.rsplit("-", 1)[-1]
    if (doc.lexicon is not None and doc.lexicon.nouns_capitalised) or head[:1].islower():
        return True
    opens = doc.starts[k] - doc.sentences[doc.sentence_of(k) or 0].start <= 3
    return opens and common_word(doc, doc.words[k])


def _trim_words(doc: NoticeDoc, index: int, m: OrgMention, form_start: int) -> OrgMention | None:
    """Drop leading words that belong to the sentence, not the name ("zoals", "IT-dienstverlener"),
    and trade nouns before it ("Reiseveranstalter Sunbay Tours LLC") while a name word is left."""
    known = doc.covered_between(index, _KNOWN, m.first, m.last)  # words of a well-known name stay
    covered = doc.covered_between(index, _LEAD_KINDS, m.first, m.last) - known
    described = doc.covered_between(index, _DESCRIBING, m.first, m.last) - known
    last_name_word = bisect_left(doc.starts, form_start, m.first, m.last + 1) - 1
    stops = doc.lexicon.stopwords if doc.lexicon else frozenset()
    first = m.first
    while first < m.last and not opening_particle(doc, first) and (
        first in covered
        or (first in described and first < last_name_word and _common_noun(doc, first))
        or (first < last_name_word and _describes_next(doc, first))
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


_COMMON_LOWER = name_words("common_lower")


_SPACING = re.compile(r"([\s*_]+)")
_FIRST_PIECE = re.compile(r"[^\s*_]+")


def _trim_lead(body: str) -> str:
    """Drop leading articles, prepositions and generic nouns ('Die Firma', 'the privacy notice of')."""
    first = _FIRST_PIECE.match(body)
    if first and first.group().lower() not in _LEAD_STOP:
        return body  # the usual case: the name's first word
    pieces = _SPACING.split(body)
    # walk from the left, dropping stop words until a name word is reached
    k = 0
    while k < len(pieces) and (not pieces[k].strip(" *_") or pieces[k].strip(" *_").lower() in _LEAD_STOP):
        particles = k + 2 < len(pieces) and pieces[k + 2].strip(" *_").lower() in _LEAD_STOP
        if pieces[k][:1].isupper() and particles:
            break  # a particle with a capital before another opens a name: "Van der Berg B.V."
        k += 1
    return "".join(pieces[k:])


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


def body_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Capitalised runs of two or more words that a public body's head word opens or ends
    ("Finanzamt Grimma", "Landratsamt Leipzig", "Gemeente Utrecht"): the name of one body, where
    the head word alone ("das Finanzamt") is only a kind of body."""
    bodies = doc.of(index, "body")
    if not bodies:
        return []
    found = []
    for m in capitalised_names(doc, index):
        # a capitalised article or preposition is no part of it ("Die Krankenkassen"), nor a
        # word that opens the sentence and is written in lower case elsewhere ("Innerhalb des X")
        first = m.first
        while first < m.last and (
            doc.words[first] in _LEAD_STOP
            or doc.words[first] in _FUNCTION_WORDS
            or first == doc.bounds[index][0] and common_word(doc, doc.words[first])
        ):
            first += 1
        if m.last > first and any(h.first == first or h.last == m.last for h in bodies):
            found.append(_with_last_word(doc, index, m, bodies) if first == m.first else _from(doc, m, first))
    return found


def country_name(doc: NoticeDoc, m: OrgMention) -> bool:
    """The mention is a country written where a name could stand ("België" on an address line,
    "Privacy Notice – United Kingdom")."""
    return any(first == m.first and last == m.last for first, last, _ in doc.countries(m.first, m.last + 1))


def _with_last_word(doc: NoticeDoc, index: int, m: OrgMention, bodies: tuple[Hit, ...]) -> OrgMention:
    """A body's name with the one capitalised word a coordinator adds at its end ("Inspectie
    Leefomgeving en Transport", "Bundesamt für Zoll und Grenzschutz", "Universitätsklinikum A und
    B"); not a second body ("Standesamt X und Jugendamt") nor the first of a longer name."""
    _, hi = doc.bounds[index]
    k = m.last + 1
    if k + 1 >= hi or doc.words[k] not in _AND_WORDS or k + 1 not in doc.capital_set():
        return m
    if not _adjacent(doc, m.last, k) or not _adjacent(doc, k, k + 1):
        return m
    if k + 2 < hi and k + 2 in doc.capital_set() and _adjacent(doc, k + 1, k + 2):
        return m
    if any(h.first == k + 1 for h in bodies) or doc.words[k + 1] in _LEAD_STOP:
        return m
    end = doc.ends[k + 1]
    name = clean_name(doc.text[m.start : end])
    return OrgMention(m.sentence, m.start, end, name, m.legal, None, m.first, k + 1)


_FUNCTION_WORDS = name_words("function_words")
_AND_WORDS = name_words("and_words")


def _from(doc: NoticeDoc, m: OrgMention, first: int) -> OrgMention:
    """``m`` from its token ``first`` on."""
    start = doc.starts[first]
    name = clean_name(doc.text[start : m.end])
    return OrgMention(m.sentence, start, m.end, name, m.legal, None, first, m.last)


def _capitalised_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    lo, hi = doc.bounds[index]
    capitals = doc.capital_tokens()
    capital = doc.capital_set()
    words = doc.words
    runs: list[tuple[int, int]] = []
    k = bisect_left(capitals, lo)
    end = bisect_left(capitals, hi, k)
    while k < end:
        i = capitals[k]
        if words[i] in _NOT_NAMES and not opening_particle(doc, i):
            k += 1
            continue
        j = i
        while j + 1 < hi:
            if j + 1 in capital and _adjacent(doc, j, j + 1):
                j += 1
            elif j + 2 < hi and j + 2 in capital and _possessive(doc, j) and _adjacent(doc, j + 1, j + 2):
                j += 2  # "St Brendan's Hospital", "Children's Health Ireland"
            elif j + 2 < hi and j + 2 in capital and _connector(doc, j + 1) and _adjacent(doc, j, j + 2, 6):
                j += 2
            elif (
                j + 3 < hi
                and j + 3 in capital
                and _connector(doc, j + 1)
                and _connector(doc, j + 2)
                and (_adjacent(doc, j, j + 3, 6))
            ):
                j += 3  # two connectors: "Guilde des Pilotes de la Côte", "Bureau van de Haven"
            else:
                break
        runs.append((i, j))
        k = k + 1 if j == i else bisect_right(capitals, j, k, end)
    text, starts, ends = doc.text, doc.starts, doc.ends
    return [
        OrgMention(index, starts[a], ends[b], clean_name(text[starts[a] : ends[b]]), False, None, a, b)
        for a, b in runs
    ]


_CONNECTORS = frozenset(
    {"of", "for", "and", "de", "van", "voor", "der", "du", "des", "la", "&", "für", "pour"}
)
_BREAKS = re.compile(r"[,;:()\n.\u2013\u2014]| - ")  # punctuation and dashes end a name


def opening_particle(doc: NoticeDoc, k: int) -> bool:
    """Token ``k`` is a name particle of the language written with a capital inside its sentence,
    not after a colon, and a capitalised word follows it closely ("zoals Van der Linden Bouw",
    "livrés par La Poste", "provided by The Access Group"): it opens a name there. At the start of
    a sentence or after a colon the capital says nothing ("De gegevens ...", "Ontvanger: De ...")."""
    lex = doc.lexicon
    if lex is None or doc.words[k] not in lex.name_particles or k == 0:
        return False
    if not doc.text[doc.starts[k]].isupper():
        return False
    sentence = doc.sentence_of(k)
    if sentence is None or doc.bounds[sentence][0] == k:
        return False
    if ":" in doc.text[doc.ends[k - 1] : doc.starts[k]]:
        return False
    capital = doc.capital_set()
    return k + 1 in capital or (k + 2 in capital and doc.words[k + 1] in lex.name_particles)


def _possessive(doc: NoticeDoc, j: int) -> bool:
    """Token ``j + 1`` is the "s" of a possessive written onto token ``j`` ("Brendan's")."""
    return doc.words[j + 1] == "s" and doc.text[doc.ends[j] : doc.starts[j + 1]] in ("'", "\u2019")


def _connector(doc: NoticeDoc, i: int) -> bool:
    """A lower-case word that may join two capitalised words of one name: a common joiner ("of",
    "de", "für") or a particle of the language that is no article ("Van den Berg", "Huis ter Heide")."""
    written = doc.text[doc.starts[i] : doc.ends[i]]
    lex = doc.lexicon
    if written in _CONNECTORS:  # not a coordinator of the notice's language ("DHL of DPD": "or")
        return lex is None or lex.coordinators_join_names or written not in lex.coordinators
    return lex is not None and written in lex.name_particles and written not in lex.articles


_TITLES = name_words("titles")


def _adjacent(doc: NoticeDoc, a: int, b: int, reach: int = 2) -> bool:
    gap = doc.text[doc.ends[a] : doc.starts[b]]
    if gap == " ":
        return True  # the usual case, settled without a search
    if gap == ". " and doc.words[b - 1] in _TITLES:
        return True  # "Praxis Dr. Weber", "St. Anna Stift": the title's dot is inside the name
    return len(gap) <= reach + (b - a - 1) * 4 and not _BREAKS.search(gap) or gap in (" & ", "&")


def known_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Well-known organisations (lexicon kind ``known``) written as names (capitalised)."""
    found = []
    for hit in doc.of(index, "known"):
        written = doc.text[doc.starts[hit.first] : doc.ends[hit.last]]
        if written[:1].isupper() or written[1:2].isupper():
            found.append(_mention(doc, index, doc.starts[hit.first], doc.ends[hit.last], False, hit.label))
    return found


# an aside in brackets after a name: its short form or what it does ("(GNI)", "(hosting)")
ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")


def aside_last(doc: NoticeDoc, mention: OrgMention) -> int:
    """The last token of ``mention`` with its aside in brackets, if one follows it ("Cloudbarn
    (hosting)"): what the notice says there is said of this name alone. Found once per name."""
    found: dict[tuple[int, int], int] = doc.cache.setdefault("asides", {})
    last = found.get((mention.start, mention.end))
    if last is None:
        aside = ASIDE.match(doc.text, mention.end, doc.sentences[mention.sentence].end)
        last = mention.last if aside is None else max(mention.last, bisect_left(doc.starts, aside.end()) - 1)
        found[(mention.start, mention.end)] = last
    return last


def in_item_head(doc: NoticeDoc, mention: OrgMention) -> bool:
    """The name opens a list item, after an article at most, and is followed by a separator,
    perhaps after its short form in brackets ("Google : https://...", "The ACME (AC): hosting")."""
    s = doc.sentences[mention.sentence]
    if s.kind is not Kind.ITEM:
        return False
    lead = range(bisect_left(doc.starts, s.start), mention.first)
    if mention.start - s.start > 2 and not (len(lead) == 1 and doc.words[lead[0]] in _ITEM_ARTICLES):
        return False
    # a name in bold ("**Acme** – hosting") ends before its emphasis marks
    marks = _EMPHASIS_END.match(doc.text, mention.end, s.end)
    end = marks.end() if marks else mention.end
    aside = _SHORT_FORM.match(doc.text, end, s.end)
    rest = doc.text[aside.end() if aside else end : s.end].lstrip(" *_")
    return not rest or rest[0] in ":,(–-;"


_ITEM_ARTICLES = name_words("articles")
_EMPHASIS_END = re.compile(r"[*_]*")
_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z0-9-]{1,11}\)")


def trimmed_mention(doc: NoticeDoc, m: OrgMention, covered: frozenset[int]) -> OrgMention | None:
    """``m`` without leading or trailing lexicon terms (``covered`` tokens), stop and title words.

    "Privacyverklaring Zilverdijk" becomes "Zilverdijk"; None when no name is left, or when what
    is left is one ordinary word written in lower case elsewhere in the notice.
    """
    stops = doc.lexicon.stopwords if doc.lexicon else frozenset()

    def dropped(k: int) -> bool:
        word = doc.words[k]
        return k in covered or word in stops or word in _NOT_NAMES or word in _LEAD_STOP

    first, last = m.first, m.last
    while first <= last and dropped(first) and not opening_particle(doc, first):
        first += 1
    while not m.legal and last >= first and dropped(last):
        last -= 1
    if first > last:
        return None
    if (first, last) == (m.first, m.last):
        trimmed = m
    else:
        start, end = doc.starts[first], m.end if last == m.last else doc.ends[last]
        trimmed = OrgMention(
            m.sentence, start, end, clean_name(doc.text[start:end]), m.legal, None, first, last
        )
    plain_word = first == last and not m.legal
    if len(trimmed.name) < 2 or (plain_word and common_word(doc, doc.words[first])):
        return None
    return trimmed


# A word written in lower case (not inside a longer word). The letter comes first and the
# look-behind checks the character before it: the engine then skips to lower-case letters.
_LOWER_WORD = re.compile(r"[a-zà-ÿ](?<![\w-].)[\w-]*", re.DOTALL)
_WEB_CHUNK = re.compile(r"://|www\.|@|\w\.[a-z]{2,}\b")


def common_word(doc: NoticeDoc, word: str) -> bool:
    """The word is also written in lower case in the notice (outside web and e-mail addresses),
    so it is an ordinary word rather than a name ("computop.com" does not make "Computop" one)."""
    verdicts: dict[str, bool] = doc.cache.setdefault("common_words", {})
    known = verdicts.get(word)
    if known is None:
        known = verdicts[word] = _written_in_lower_case(doc, word)
    return known


def _written_in_lower_case(doc: NoticeDoc, word: str) -> bool:
    """``common_word`` worked out: a quick test against the notice's lower-case words, then a
    look at each place the word stands whole, outside web and e-mail addresses."""
    if not _LOWER_FIRST.match(word):
        return False
    if _unicode_joiners(doc) or token_form(word) != word:  # the tokens cannot tell: read the text
        if word not in _lower_words_listed(doc):
            return False
        places = _occurrences(doc.text, word)
    else:
        if word not in _lower_tokens(doc):
            return False
        places = _token_occurrences(doc, word)
    return any(not _in_address(doc.text, at, len(word)) for at in places)


_UNICODE_JOINERS = re.compile("[\u2010\u2011\u00ad]")


def _lower_tokens(doc: NoticeDoc) -> set[str]:
    """The words of the tokens written with a lower-case first letter.

    A word in its token form standing whole in lower case is such a token, unless a Unicode
    hyphen or soft hyphen joins it to a neighbour in one token (``_unicode_joiners``).
    """
    found: set[str] | None = doc.cache.get("lower_tokens")
    if found is None:
        vocabulary, lower = doc.vocabulary, doc.lower_first()
        found = doc.cache["lower_tokens"] = {
            vocabulary.words[k] for k in np.unique(vocabulary.ids[lower]).tolist()
        }
    return found


def _lower_words_listed(doc: NoticeDoc) -> set[str]:
    """The notice's words written in lower case, listed from the text."""
    found: set[str] | None = doc.cache.get("lower_words")
    if found is None:
        found = doc.cache["lower_words"] = set(_LOWER_WORD.findall(doc.text))
    return found


def _unicode_joiners(doc: NoticeDoc) -> bool:
    """Whether a Unicode hyphen or soft hyphen may join two words of the notice into one token."""
    found: bool | None = doc.cache.get("unicode_joiners")
    if found is None:
        found = doc.cache["unicode_joiners"] = _UNICODE_JOINERS.search(doc.text) is not None
    return found


def _token_occurrences(doc: NoticeDoc, word: str) -> Iterator[int]:
    """``_occurrences`` of ``word`` (in its token form) read from the tokens: where it stands
    whole, it is a token written exactly so (see ``_lower_tokens``)."""
    text, starts, size = doc.text, doc.starts, len(word)
    for k in doc.vocabulary.positions((word,)):
        at = starts[k]
        if text.startswith(word, at) and _whole(text, at, size):
            yield at


_LOWER_FIRST = re.compile(r"[a-zà-ÿ]")


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` stands as a whole word (not inside a longer word or hyphenation)."""
    at = text.find(word)
    while at >= 0:
        if _whole(text, at, len(word)):
            yield at
        at = text.find(word, at + 1)


def _whole(text: str, at: int, size: int) -> bool:
    """Whether ``text[at:at + size]`` is not part of a longer word or hyphenation."""
    before = text[at - 1 : at] if at else ""
    after = text[at + size : at + size + 1]
    return not (before.isalnum() or before in ("-", "_")) and not (after.isalnum() or after in ("-", "_"))


def _in_address(text: str, at: int, size: int) -> bool:
    """Whether the run of non-space characters around ``text[at:at + size]`` is a web or e-mail address."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("(", 0, at)) + 1
    end_candidates = [e for e in (text.find(" ", at + size), text.find("\n", at + size)) if e >= 0]
    end = min(end_candidates) if end_candidates else len(text)
    return bool(_WEB_CHUNK.search(text, start, end))
