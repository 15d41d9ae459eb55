"""Organisations the catalogue knows (``model/data/organisations.json``), as the notice names them.

The catalogue recognises organisations that carry no legal form ("Mailchimp", "Treezor", "KPN")
and gives a default role: what the organisation usually does. A default only: what the notice
says the party does always wins (``named_roles``). The catalogue is loaded once per process, on
the first notice that asks, and only its text index is built.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import name_words
from importers.notices.organisations import OrgMention, clean_name, common_word
from importers.notices.places import fold_word, town_country
from model.catalogue import (
    Catalogue,
    Match,
    MatchKind,
    Organisation,
    bundled_catalogue,
    catalogue_key,
    catalogue_keys,
)


@cache
def _catalogue() -> Catalogue:
    return bundled_catalogue()


def catalogue_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Catalogue organisations named in sentence ``index`` (computed once per sentence); the
    catalogue's role of each is ``catalogue_default``.

    A one-word name the notice also writes in lower case is an ordinary word there ("Always",
    "Signal"), unless it is a two-letter short form the catalogue declares, which counts only as
    written ("TK" beside a lower-case "tk"); where every noun is capitalised (German), a one-word
    name the catalogue lists as a common word needs more than its capital.
    """
    found: dict[int, list[OrgMention]] = doc.cache.setdefault("catalogue_names", {})
    if index not in found:
        found[index] = [m for m, _ in catalogue_matches(doc, index)]
    return found[index]


def catalogue_matches(doc: NoticeDoc, index: int) -> list[tuple[OrgMention, Match]]:
    """``catalogue_names`` with the catalogue's match of each name."""
    found: dict[int, list[tuple[OrgMention, Match]]] = doc.cache.setdefault("catalogue_matches", {})
    if index in found:
        return found[index]
    catalogue = _catalogue()
    openings = _mentioning(doc).get(index)
    if openings is None:
        found[index] = []
        return found[index]
    capitalised = doc.lexicon is not None and doc.lexicon.nouns_capitalised
    out: list[tuple[OrgMention, Match]] = []
    for start, end, match in _search(doc, index, openings):
        first = bisect_left(doc.starts, start)
        last = max(first, bisect_right(doc.starts, end - 1) - 1)
        if doc.text[start - 1] == "(" and doc.text[end : end + 1] == ")":
            continue  # "Commission for Regulation of Utilities (CRU)": the short form of a name before it
        short = match.matched in catalogue.short_names
        if short and _after_town(doc.text, start):
            continue  # "Acme s.r.o., Brno, CZ receives ...": a country code
        if (
            first == last
            and not short
            and (
                common_word(doc, doc.words[first])
                or (capitalised and catalogue_key(match.matched) in catalogue.common_words)
            )
        ):
            continue
        mention = OrgMention(index, start, end, clean_name(doc.text[start:end]), False, None, first, last)
        out.append((mention, match))
    found[index] = out
    return out


_TOWN_COMMA = re.compile(r"([^\W\d_][\w'’-]*)\s*,\s*$")


def _after_town(text: str, start: int) -> bool:
    """A town and a comma stand right before ``start`` ("Brno, CZ"): what follows is its country."""
    before = _TOWN_COMMA.search(text, max(0, start - 40), start)
    return before is not None and town_country([fold_word(before.group(1))]) is not None


_PLAIN = name_words("articles") | name_words("function_words") | name_words("not_names")
_SPAN = 8  # tokens from an opening word in which a catalogue spelling ends (the longest have eight)


def _search(doc: NoticeDoc, index: int, openings: list[int]) -> list[tuple[int, int, Match]]:
    """The catalogue's mentions in the stretches of sentence ``index`` around its opening words
    (from the word before each, which tells whether it opens the sentence), as text offsets."""
    lo, hi = doc.bounds[index]
    s = doc.sentences[index]
    stretches: list[list[int]] = []
    for k in openings:
        first, last = max(lo, k - 1), min(hi, k + _SPAN) - 1
        if stretches and first <= stretches[-1][1] + 1:
            stretches[-1][1] = last
        else:
            stretches.append([first, last])
    found = []
    for first, last in stretches:
        at = s.start if first == lo else doc.starts[first]
        for start, end, match in _catalogue().mentions(doc.text[at : doc.ends[last]]):
            found.append((at + start, at + end, match))
    return found


def _mentioning(doc: NoticeDoc) -> dict[int, list[int]]:
    """Sentence -> its first token that may open a catalogue spelling, written as the catalogue
    writes it (with a capital, or in lower case for "bpost"); only these sentences are searched."""
    found: dict[int, list[int]] | None = doc.cache.get("catalogue_sentences")
    if found is None:
        found = doc.cache["catalogue_sentences"] = {}
        for k in _opening_tokens(doc):
            sentence = doc.sentence_of(k)
            if sentence is not None:
                found.setdefault(sentence, []).append(k)
    return found


def _opening_tokens(doc: NoticeDoc) -> list[int]:
    """The tokens (ascending) that open a catalogue spelling as written: one that may be a whole
    name, or the first of its first two tokens. A token written in lower case that is a function
    word ("voor", "de") opens none. Asked once per distinct word; only the tokens whose word
    opens a two-token spelling have their next word looked at."""
    _, pairs, _ = _openings()
    words, vocabulary = doc.words, doc.vocabulary
    lower = np.ones(len(words), dtype=np.bool_)  # written in lower case: the catalogue's "lower" case
    lower[doc.capital_tokens()] = False
    upper = ~lower

    def tokens(bit: int) -> npt.NDArray[np.bool_]:
        return (bits & bit)[vocabulary.ids] > 0

    bits = np.fromiter(map(_opening_bits, vocabulary.words), np.uint8, len(vocabulary.words))
    stops = doc.lexicon.stopwords if doc.lexicon else frozenset()
    bits[vocabulary.membership(stops)] |= _COMMON  # the language's stop words are plain words too
    # a plain word written in lower case ("voor", "de") opens no spelling
    bits[(bits & _COMMON) > 0] &= ~np.uint8(_ALONE_LOWER | _HEAD_LOWER)
    keep = tokens(_ALONE_UPPER) & upper
    keep |= tokens(_ALONE_LOWER) & lower
    maybe = tokens(_HEAD_UPPER) & upper
    maybe |= tokens(_HEAD_LOWER) & lower
    for k in np.flatnonzero(maybe & ~keep).tolist():
        following = words[k + 1] if k + 1 < len(words) else ""
        keep[k] = (words[k], following) in pairs[bool(lower[k])]
    return np.flatnonzero(keep).tolist()


# What a word can be in a catalogue spelling (``_opening_bits``): it opens one alone or as the
# first of two tokens, written with a capital or in lower case; or it is a plain word.
_ALONE_UPPER, _ALONE_LOWER, _HEAD_UPPER, _HEAD_LOWER, _COMMON = 1, 2, 4, 8, 16
_BITS: dict[str, int] = {}  # word -> its bits, for every notice of the process
_BITS_LIMIT = 200_000


def _opening_bits(word: str) -> int:
    """What ``word`` can open in the catalogue, as bits (asked once per word and process)."""
    known = _BITS.get(word)
    if known is None:
        if len(_BITS) > _BITS_LIMIT:
            _BITS.clear()
        alone, _, _ = _openings()
        heads = _pair_heads()
        known = _BITS[word] = (
            (_ALONE_UPPER if word in alone[False] else 0)
            | (_ALONE_LOWER if word in alone[True] else 0)
            | (_HEAD_UPPER if word in heads[False] else 0)
            | (_HEAD_LOWER if word in heads[True] else 0)
            | (_COMMON if word in _PLAIN else 0)
        )
    return known


@cache
def _pair_heads() -> dict[bool, frozenset[str]]:
    """The first tokens of the catalogue's two-token openings, by case (see ``_openings``)."""
    _, pairs, _ = _openings()
    return {case: frozenset(a for a, _ in pairs[case]) for case in (True, False)}


Openings = tuple[
    dict[bool, frozenset[str]], dict[bool, frozenset[tuple[str, str]]], dict[bool, frozenset[str]]
]


@cache
def _openings() -> Openings:
    """The catalogue's spellings as notice tokens open them, by case (written in lower case or
    not): one token that may be a whole name, or its first two tokens ("salesforce.com" is the
    tokens "salesforce" and "com")."""
    alone: dict[bool, set[str]] = {True: set(), False: set()}
    pairs: dict[bool, set[tuple[str, str]]] = {True: set(), False: set()}
    for words, lower in _catalogue().mention_openings():
        tokens = [t for w in words for t in _as_tokens(w)]
        if len(tokens) == 1:
            alone[lower].add(tokens[0])
        else:
            pairs[lower].add((tokens[0], tokens[1]))
    firsts = {case: frozenset(alone[case] | {a for a, _ in pairs[case]}) for case in (True, False)}
    return {k: frozenset(v) for k, v in alone.items()}, {k: frozenset(v) for k, v in pairs.items()}, firsts


def _as_tokens(word: str) -> list[str]:
    """A catalogue word as the notice's tokens of it ("salesforce.com" -> "salesforce", "com";
    "t-mobile" -> "tmobile")."""
    return [t for t in re.split(r"[^\w-]+", word.replace("-", "")) if t]


def catalogue_default(doc: NoticeDoc, mention: OrgMention, *, checked: bool = False) -> str | None:
    """What the catalogue says the organisation of ``mention`` usually does, or None; with
    ``checked``, only a role someone checked for the entry (not one derived from a register's
    broad categories, such as "commerce, ads").

    A name with a legal form has a default only where it is the catalogue's entity itself, its
    legal form included: another entity of the group ("Google Ireland Limited", the contracting
    entity; "GitHub BV" beside "GitHub, Inc.") or a close spelling may do something else."""
    if mention.legal:
        found = _legal_default(mention.name)
        return found[0] if found and (found[1] or not checked) else None
    for m, match in catalogue_matches(doc, mention.sentence):
        if (m.start, m.end) == (mention.start, mention.end):
            return match.role.value if not checked or _checked(match.organisation) else None
    return None


@lru_cache(maxsize=4096)
def _legal_default(name: str) -> tuple[str, bool] | None:
    match = _catalogue().match(name)
    if match is None or match.kind not in (MatchKind.NAME, MatchKind.ALIAS):
        return None
    if catalogue_keys(name)[0] != catalogue_keys(match.matched)[0]:
        return None
    return match.role.value, _checked(match.organisation)


def _checked(organisation: Organisation) -> bool:
    """The entry's role was checked by someone, not derived from a register's broad categories."""
    return any("role" in s.facts and s.source not in _DERIVED for s in organisation.sources)


_DERIVED = frozenset({"categories"})  # sources whose roles are guessed from categories


@lru_cache(maxsize=4096)  # a notice names the same organisations again and again
def catalogue_identity(name: str, legal: bool) -> str | None:
    """The catalogue id of the organisation that ``name`` is: its name, an alias, or for a name
    without a legal form a brand or product ("Sendinblue" and "Brevo" are one company, "reCAPTCHA"
    is Google's). None for a close spelling, for another entity of the group (its contracting
    entity: "Google Ireland Limited" beside "Google LLC"), and for a legal name whose legal form
    differs from the catalogue's ("GitHub BV" is not "GitHub, Inc."): names of other entities."""
    match = _catalogue().match(name)
    if match is None or match.kind in (MatchKind.CLOSE, MatchKind.CONTRACTING):
        return None
    if legal:
        full, short = catalogue_keys(match.matched)
        if match.kind == MatchKind.BRAND or (full != short and catalogue_keys(name)[0] != full):
            return None
    return match.organisation.id


def provided_by(
    doc: NoticeDoc, index: int, names: list[OrgMention]
) -> dict[tuple[int, int], list[OrgMention]]:
    """(start, end) of each provider among ``names`` -> the names that it already stands for in
    the same sentence: a brand or product beside its provider ("Meta Platforms, Inc., which
    provides Facebook and Instagram"), a short form beside the legal name. The provider is the
    recipient; its products are not parties of their own, but what a product is for says what
    its provider does here ("Google Workspace; Google LLC ...")."""
    matches = {(m.start, m.end): match for m, match in catalogue_matches(doc, index)}
    if not matches:
        return {}
    providers: dict[str, tuple[int, int]] = {}  # organisation id -> the name that stands for it
    for m in names:
        match = matches.get((m.start, m.end))
        if match is None and m.legal:
            match = _catalogue().match(m.name)
        if match is not None and (m.legal or match.kind != MatchKind.BRAND):
            providers.setdefault(match.organisation.id, (m.start, m.end))
    found: dict[tuple[int, int], list[OrgMention]] = {}
    for m in names:
        match = matches.get((m.start, m.end))
        if m.legal or match is None:
            continue
        provider = providers.get(match.organisation.id, (m.start, m.end))
        if provider != (m.start, m.end):
            found.setdefault(provider, []).append(m)
    return found
