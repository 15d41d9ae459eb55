"""Lexicons as data: one JSON file per language, compiled once into a token matcher.

Term syntax (lower case; diacritics and hyphens are ignored when matching):
``word`` matches the word and its inflections (the language's suffixes), ``word*`` any word
starting so, ``*word`` any word ending so (compound heads: "*dienstleister"), ``a|b`` either word,
and ``verb ~ particle`` a separable verb whose particle follows within a few words
("geven ... door"). A leading ``!`` marks an activity cue (counts only beside a sharing verb or in a
recipient list), a leading ``?`` a generic term ("third parties").
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from importers.notices.textnorm import fold_term
from importers.notices.types import Safeguard, SafeguardDetail
from importers.notices.vocabulary import Vocabulary
from model.parties import RECIPIENT_ROLES

LANGUAGES = ("nl", "en", "de", "fr")
_PARTICLE_REACH = 10
_MEMO_LIMIT = 500_000  # entries of the matcher's word memos (tens of MB at most)
_ALONE, _LEADING, _GOING = 1, 2, 4  # what a word can be in a term (``Matcher._roles``)
_STARTS = _ALONE | _LEADING


class Hit(NamedTuple):
    """A lexicon term found in the token stream: tokens ``[first, last]`` (inclusive).

    A named tuple rather than a frozen dataclass: a large notice has tens of thousands of hits,
    and a tuple is made in a third of the time.
    """

    first: int
    last: int
    kind: str  # e.g. "role", "share", "special"
    label: str  # e.g. "processor", "" for kinds without labels
    flag: str = ""  # "", "activity" or "generic"


@dataclass(frozen=True, slots=True)
class _Entry:
    rest: tuple[tuple[str, ...], ...]  # token patterns after the first
    particle: tuple[str, ...] | None
    kind: str
    label: str
    flag: str
    # At most two tokens and no particle: matching the first two tokens is the whole match.
    short: bool = field(init=False, compare=False)
    size: int = field(init=False, compare=False)  # tokens after the first

    def __post_init__(self) -> None:
        object.__setattr__(self, "short", len(self.rest) <= 1 and self.particle is None)
        object.__setattr__(self, "size", len(self.rest))


def _parse(term: str) -> tuple[str, list[tuple[str, ...]], tuple[str, ...] | None]:
    flag = {"!": "activity", "?": "generic"}.get(term[:1], "")
    body = term[1:] if flag else term
    main, _, particle = (
        body.replace("'", " ").replace("\u2019", " ").partition("~")
    )  # text tokens split there too
    tokens = [tuple(fold_term(alt) for alt in tok.split("|")) for tok in main.split()]
    part = tuple(fold_term(alt.strip()) for alt in particle.split("|")) if particle.strip() else None
    return flag, tokens, part


class Matcher:
    """Finds every lexicon term in a token stream; lookups are cached per distinct word."""

    def __init__(self, terms: dict[str, list[str]], suffixes: tuple[str, ...]) -> None:
        self._suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._exact: dict[str, list[_Entry]] = defaultdict(list)
        self._prefix: dict[str, list[tuple[str, _Entry]]] = defaultdict(list)
        self._head: dict[str, list[tuple[str, _Entry]]] = defaultdict(list)
        self._cache: dict[str, tuple[_Entry, ...]] = {}
        self._forms: dict[str, tuple[str, ...]] = {}
        self._matches: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._pairs: dict[tuple[str, str | None], tuple[_Entry, ...]] = {}
        self._continues: dict[str, bool] = {}
        self._word_roles: dict[str, int] = {}
        seconds: set[str] = set()  # the patterns of every term's second token
        for key, items in terms.items():
            kind, _, label = key.partition(":")
            for term in items:
                flag, tokens, particle = _parse(term)
                if not tokens:
                    continue
                entry = _Entry(tuple(tokens[1:]), particle, kind, label, flag)
                seconds.update(tokens[1] if len(tokens) > 1 else ())
                for alt in tokens[0]:
                    if alt.startswith("*") and len(alt) > 3:
                        self._head[alt[-3:]].append((alt[1:], entry))
                    elif alt.endswith("*") and len(alt) > 3:
                        self._prefix[alt[:3]].append((alt[:-1], entry))
                    else:
                        self._exact[alt].append(entry)
        self._second_words = frozenset(a for a in seconds if "*" not in a)
        self._second_prefixes = tuple(a[:-1] for a in seconds if a.endswith("*"))
        self._second_heads = tuple(a[1:] for a in seconds if a.startswith("*"))

    def _roles(self, word: str) -> int:
        """What ``word`` can be in a term, as bits: it starts a one-word term (``_ALONE``), starts
        a longer one (``_LEADING``), may be a term's second token (``_GOING``); cached per word."""
        known = self._word_roles.get(word)
        if known is None:
            entries = self._first(word)
            known = self._word_roles[word] = (
                (_ALONE if any(not e.rest for e in entries) else 0)
                | (_LEADING if any(e.rest for e in entries) else 0)
                | (_GOING if self._may_continue(word) else 0)
            )
        return known

    def _may_continue(self, word: str) -> bool:
        """Whether ``word`` can be the second token of some term (as ``_token_matches`` judges it)."""
        known = self._continues.get(word)
        if known is None:
            forms = self.forms(word)
            known = self._continues[word] = (
                word in self._second_words
                or any(len(f) >= 4 and f in self._second_words for f in forms)
                or any(word.startswith(p) for p in self._second_prefixes)
                or any(f.endswith(h) for f in forms for h in self._second_heads)
            )
        return known

    def forms(self, word: str) -> tuple[str, ...]:
        """The word and the stems left by removing one inflectional suffix (cached per word)."""
        cached = self._forms.get(word)
        if cached is not None:
            return cached
        result = self._make_forms(word)
        self._forms[word] = result
        return result

    def _make_forms(self, word: str) -> tuple[str, ...]:
        out = [word]
        if word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                out.append(word[: -len(suffix)])
        return tuple(out)

    def _first(self, word: str) -> tuple[_Entry, ...]:
        found = self._cache.get(word)
        if found is not None:
            return found
        entries: list[_Entry] = []
        forms = self.forms(word)
        for form in forms:
            if form is not word and len(form) < 4:
                continue  # no inflection on short words: "wien" is not "wie" + n
            entries.extend(self._exact.get(form, ()))
            for head, entry in self._head.get(form[-3:], ()):
                if form.endswith(head):
                    entries.append(entry)
        for prefix, entry in self._prefix.get(word[:3], ()):
            if word.startswith(prefix):
                entries.append(entry)
        result = tuple(dict.fromkeys(entries))
        self._cache[word] = result
        return result

    def _token_matches(self, word: str, alts: tuple[str, ...]) -> bool:
        key = (word, alts)
        known = self._matches.get(key)
        if known is None:
            known = self._matches[key] = self._match_token(word, alts)
        return known

    def _match_token(self, word: str, alts: tuple[str, ...]) -> bool:
        for alt in alts:
            if alt.endswith("*"):
                if word.startswith(alt[:-1]):
                    return True
            elif alt.startswith("*"):
                if any(f.endswith(alt[1:]) for f in self.forms(word)):
                    return True
            elif alt == word or (len(alt) >= 4 and alt in self.forms(word)):
                return True
        return False

    def find(self, words: list[str], lo: int = 0, hi: int | None = None) -> list[Hit]:
        """Every term in ``words[lo:hi]``; within a kind, longer terms win over the words they cover."""
        return self.find_all(words, [(lo, len(words) if hi is None else hi)])[0]

    def find_all(
        self, words: list[str], bounds: list[tuple[int, int]], vocabulary: Vocabulary | None = None
    ) -> list[list[Hit]]:
        """``find`` for each ``(lo, hi)`` of ``bounds`` (sentences), in one pass over the tokens.

        Each distinct word is looked up once, and each distinct pair of a term's first word and
        the word after it once; only tokens that can start a term are visited again.
        ``vocabulary`` is that of ``words`` where the caller has it already.
        """
        self._bound_caches()
        candidates, starters = self._candidates(words, vocabulary or Vocabulary.of(words))
        pairs = self._pairs
        found: list[list[Hit]] = [[] for _ in bounds]
        s, count = 0, len(bounds)
        lo, hi = bounds[0] if bounds else (0, 0)
        here = found[0] if found else []
        make = tuple.__new__  # what Hit(...) does, without its argument handling
        # words whose terms are all one word: their entries do not depend on the next word
        single = {word: entries for word, entries in starters.items() if not any(e.rest for e in entries)}
        for i in candidates:  # both in text order: walk the sentences along
            if i >= hi:
                while i >= hi and s + 1 < count:
                    s += 1
                    lo, hi = bounds[s]
                here = found[s]
            if i < lo or i >= hi:
                continue  # a token between sentences (a list bullet's number)
            entries = single.get(words[i])
            if entries is None:
                pair = (words[i], words[i + 1] if i + 1 < hi else None)
                entries = pairs.get(pair)
                if entries is None:
                    entries = self._after(*pair, starters)
            for entry in entries:
                last = i + entry.size if entry.short else self._rest(words, i, hi, entry)
                if last is not None:
                    here.append(make(Hit, (i, last, entry.kind, entry.label, entry.flag)))
        return [_resolve(hits) if len(hits) > 1 else hits for hits in found]

    def _bound_caches(self) -> None:
        """Forget the per-word memos once they grow past any one notice's needs (long sessions)."""
        memos: list[dict[Any, Any]] = [
            self._cache,
            self._forms,
            self._matches,
            self._pairs,
            self._continues,
            self._word_roles,
        ]
        if sum(map(len, memos)) > _MEMO_LIMIT:
            for memo in memos:
                memo.clear()

    def _candidates(
        self, words: list[str], vocabulary: Vocabulary
    ) -> tuple[list[int], dict[str, tuple[_Entry, ...]]]:
        """Tokens that may start a term, and the entries of each word that starts one.

        Words such as "the" or "we" only start terms of several words ("the EEA"), and they are
        everywhere: their places count only where the next word continues one of their terms.
        Each question is asked once per distinct word, or per distinct pair of words.
        """
        distinct, ids = vocabulary.words, vocabulary.ids
        roles = np.fromiter(map(self._roles, distinct), np.uint8, len(distinct))
        alone, leading, going = (roles & _ALONE).astype(bool), (roles & _LEADING) > 0, (roles & _GOING) > 0
        starters = {(w := distinct[n]): self._first(w) for n in np.flatnonzero(roles & _STARTS).tolist()}
        # a leading word (not the last token) followed by a word that may continue a term
        led = np.flatnonzero(leading[ids[:-1]] & going[ids[1:]])
        size = len(distinct)
        pairs = ids[led] * size + ids[led + 1]  # each pair of words as one number
        going_on = [
            pair
            for pair in np.unique(pairs).tolist()
            if any(e.rest for e in self._after(distinct[pair // size], distinct[pair % size], starters))
        ]
        positions = alone[ids]
        positions[led[np.isin(pairs, going_on)]] = True
        return np.flatnonzero(positions).tolist(), starters

    def _after(
        self, word: str, following: str | None, starters: dict[str, tuple[_Entry, ...]]
    ) -> tuple[_Entry, ...]:
        """The entries starting with ``word`` whose second token (if any) matches ``following``."""
        key = (word, following)
        found = self._pairs.get(key)
        if found is None:
            found = tuple(
                entry
                for entry in starters[word]
                if not entry.rest or (following is not None and self._token_matches(following, entry.rest[0]))
            )
            self._pairs[key] = found
        return found

    def _rest(self, words: list[str], i: int, hi: int, entry: _Entry) -> int | None:
        """The last token of ``entry`` matched from token ``i``, whose pair lookup has matched the
        term's second token already; None when the rest does not match."""
        # ``_token_matches`` written out: this runs for every candidate of a longer term, and most
        # fail at their third token
        matches = self._matches
        j = i + 1 if entry.rest else i
        for alts in entry.rest[1:]:
            j += 1
            if j >= hi:
                return None
            known = matches.get((words[j], alts))
            if known is None:
                known = self._token_matches(words[j], alts)
            if not known:
                return None
        particle = entry.particle
        if particle is None:
            return j
        for k in range(j + 1, min(hi, j + 1 + _PARTICLE_REACH)):
            known = matches.get((words[k], particle))
            if known is None:
                known = self._token_matches(words[k], particle)
            if known:
                return j
        return None


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Drop hits covered by a longer hit of the same kind (and exact duplicates); order by place.

    ``hits`` come in the order of their first token. Mostly no two hits of one kind overlap, and
    then nothing is dropped: the hits only need ordering (as ``_resolve_overlaps`` would).
    """
    reach: dict[str, int] = {}  # kind -> last token of its hits so far (kinds in order of appearance)
    ordered = True
    previous_first = previous_last = -1
    for first, last, kind, _, _ in hits:  # unpacking is quicker than reading fields by name
        if reach.get(kind, -1) >= first:
            return _resolve_overlaps(hits)
        reach[kind] = last
        if first < previous_first or (first == previous_first and last <= previous_last):
            ordered = False
        previous_first, previous_last = first, last
    if ordered:
        return hits
    rank = {kind: n for n, kind in enumerate(reach)}
    return sorted(hits, key=lambda h: (h.first, h.last, rank[h.kind]))


def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    groups: dict[str, list[Hit]] = {}
    for hit in dict.fromkeys(hits):
        group = groups.get(hit.kind)
        if group is None:
            groups[hit.kind] = [hit]
        else:
            group.append(hit)
    kept: list[Hit] = []
    for group in groups.values():
        if len(group) > 1 and _overlapping(group):
            group.sort(key=_longest_then_first)
            kept.extend(_longest_first(group))
        else:
            kept.extend(group)
    rank = {kind: n for n, kind in enumerate(groups)}
    # no two kept hits of one kind share a span, so this is the order of place, then of kind
    kept.sort(key=lambda h: (h.first, h.last, rank[h.kind]))
    return kept


def _overlapping(group: list[Hit]) -> bool:
    """Whether a hit of ``group`` (in order of place) reaches the next one."""
    reach = group[0].last
    for hit in group[1:]:
        if reach >= hit.first:
            return True
        reach = hit.last
    return False


def _longest_then_first(hit: Hit) -> tuple[int, int]:
    return hit.first - hit.last, hit.first


def _longest_first(group: list[Hit]) -> list[Hit]:
    """Keep each hit (longest first) unless a kept one overlaps it with another label or covers it.

    Kept hits are indexed by first token; terms are a few tokens long, so only the positions from
    ``first - longest`` to ``last`` can hold a clash (linear, even for a sentence of 100,000 words).
    """
    if len(group) == 1:
        return group
    if len(group) <= _FEW:
        return _longest_first_few(group)
    taken: list[Hit] = []
    at: dict[int, list[Hit]] = defaultdict(list)
    longest = 0
    for hit in group:
        if not any(
            h.first <= hit.last
            and hit.first <= h.last
            and h.label != hit.label
            or (h.first <= hit.first and hit.last <= h.last and h.label == hit.label)
            for start in range(hit.first - longest, hit.last + 1)
            for h in at.get(start, ())
        ):
            taken.append(hit)
            at[hit.first].append(hit)
            longest = max(longest, hit.last - hit.first)
    return taken


_FEW = 8  # up to this many hits, comparing each with every kept one is quicker than an index


def _longest_first_few(group: list[Hit]) -> list[Hit]:
    """``_longest_first`` for a few hits: each compared with the kept ones (a clash needs an overlap)."""
    taken: list[Hit] = []
    for hit in group:
        first, last, _, label, _ = hit
        for h in taken:
            clash = h.label != label or h.first <= first and last <= h.last  # or covered by h
            if h.first <= last and first <= h.last and clash:
                break
        else:
            taken.append(hit)
    return taken


@dataclass(frozen=True)
class Lexicon:
    """A language's lexicon: the compiled matcher plus month names and stop words."""

    language: str
    matcher: Matcher
    months: dict[str, int]
    stopwords: frozenset[str]
    raw: dict[str, Any]
    shared: dict[str, Any]  # common.json: well-known organisations and lists for every language
    nouns_capitalised: bool = False  # German: a capital letter does not make a word a name
    copulas: frozenset[str] = frozenset()  # "is", "ist": link a name to what it is
    articles: frozenset[str] = frozenset()
    negation_after_reach: int = 0  # verb-final languages: tokens after a word a negation may follow
    name_joiners: tuple[str, ...] = ()  # lower-case words inside names: "of", "du", "d'"
    # possessives of a third party ("its", "sa", "deren"): "its subsidiary" is not the controller's
    others_possessives: frozenset[str] = frozenset()
    # words that join two of a kind ("and", "oder", "ou"): "X or law enforcement" names two recipients
    coordinators: frozenset[str] = frozenset()
    # whether a coordinator between two capitalised words may stand inside one name: English writes
    # names in title case ("Department of Health and Social Care"); elsewhere it joins two names
    # ("DHL of DPD": Dutch "of" is "or", though English names join with "of")
    coordinators_join_names: bool = False
    # the reader's pronouns ("you", "your", "uw", "votre"): a capitalised phrase holding one is the
    # notice speaking to its reader ("Know Your Customer", "Manage Your Account"), not a name
    reader_words: frozenset[str] = frozenset()
    # nouns for personal data ("data", "details", "gegevens", "données"): a role word that
    # qualifies one ("payment data", "bank details", "données de paiement") names data, not a party
    data_nouns: frozenset[str] = frozenset()
    # the reader as the subject of a verb ("you", "u", "Sie", "vous"): "you may share your data
    # with X" is the reader passing data on, not the controller naming a recipient
    reader_subjects: frozenset[str] = frozenset()
    # names written in sentence case ("Direction générale des finances publiques"): lower-case
    # words other than joiners and articles may stand inside a name
    names_in_sentence_case: bool = False
    # words that point ahead to what follows ("following", "hieronder", "nachstehend", "ci-dessous"):
    # a paragraph that ends on a full stop with one of them leads in the list right after it
    list_leads: frozenset[str] = frozenset()
    # words that make a sentence opening with a term its definition ("Special category data means
    # ...", "Onder bijzondere persoonsgegevens verstaan wij ..."), and the words that may open one
    defining_words: frozenset[str] = frozenset()
    defining_openers: frozenset[str] = frozenset()
    # third-person subject pronouns ("it", "zij", "sie", "elle"): "Elle est responsable des
    # traitements" speaks of the organisation that opens the sentence before
    subject_pronouns: frozenset[str] = frozenset()
    # words that take their object out of a negation ("except", "behalve", "außer", "sauf"): "we do
    # not transfer data outside the EEA, except to X in the US" names a transfer and a recipient
    exception_words: frozenset[str] = frozenset()
    # words that open a name when written with a capital inside a sentence ("Van der Linden
    # Schilderwerken", "La Poste", "The Access Group"), where in lower case they name nothing
    name_particles: frozenset[str] = frozenset()
    # the preposition of a passive's agent ("by", "door", "durch", "par") and the auxiliaries that
    # make a passive ("is", "wordt", "wird", "est"): "payroll is processed by X" names who does it
    agent_prepositions: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    # verbs whose subject receives the data ("receives", "ontvangt", "erhält", "reçoit"): "the
    # Regional Archive receives the files", "Die Daten erhält die X"
    receiving_verbs: frozenset[str] = frozenset()


class LexiconError(ValueError):
    """A lexicon file that cannot be used: the message names the file, the key and the problem."""


# Every kind of term a lexicon may hold, and the labels of the kinds that take one. A stage reads
# terms by kind; a kind or label no stage reads is a mistake in the data, so loading refuses it.
KINDS = frozenset(
    [
        "anaphor",
        "association",
        "body",
        "brand_of",
        "clause_break",
        "collect",
        "complaint",
        "controller",
        "engage",
        "example",
        "financial",
        "heading",
        "identity",
        "inside",
        "known",
        "negation",
        "no_recipient",
        "not_recipient",
        "not_special",
        "other_controller",
        "recipient_noun",
        "rights",
        "role",
        "safedetail",
        "safeguard",
        "self_before",
        "self_hosted",
        "sensitive",
        "service_noun",
        "service_of",
        "share",
        "special",
        "subject",
        "title",
        "trade_noun",
        "transfer",
        "transfer_back",
        "transfer_verb",
        "updated",
        "we_are",
        "we_means",
    ]
)
# Kinds read only inside organisation names ("Department of ...", "Verband der ..."): they say what
# a named body is, and are no words of their own around a name
NAME_KINDS = frozenset({"association", "body"})
_LABELS = {
    "role": frozenset(r.value for r in RECIPIENT_ROLES),
    "known": frozenset(r.value for r in RECIPIENT_ROLES),
    "body": frozenset(r.value for r in RECIPIENT_ROLES),  # what a name's head word makes it
    "service_of": frozenset(r.value for r in RECIPIENT_ROLES),  # what "a service of X" makes X
    "heading": frozenset({"definitions", "links", "recipients", "rights", "subjects", "transfers"}),
    # words that give a special category's word another sense in its clause: "unlock your phone
    # with your fingerprint" (stays on the device), "the breed (Rasse) of your dog"
    "not_special": frozenset(),  # the labels of "special", set below
    # another organisation acting as a controller: on its own ("independent controller") or
    # together with the notice's ("joint controllers", which may name the notice's own)
    "other_controller": frozenset({"independent", "joint"}),
    "safeguard": frozenset(s.value for s in Safeguard),
    "safedetail": frozenset(d.value for d in SafeguardDetail),
    "special": frozenset(
        [
            "biometric",
            "criminal",
            "genetic",
            "health",
            "political",
            "racial_ethnic",
            "religious",
            "sex_life_orientation",
            "trade_union",
        ]
    ),
}
_LABELS["not_special"] = _LABELS["special"]
_PROFILE_FIELDS = (
    "nouns_capitalised",
    "copulas",
    "articles",
    "negation_after_reach",
    "name_joiners",
    "others_possessives",
    "coordinators",
    "coordinators_join_names",
    "reader_words",
    "data_nouns",
    "reader_subjects",
    "names_in_sentence_case",
    "list_leads",
    "defining_words",
    "defining_openers",
    "subject_pronouns",
    "exception_words",
    "name_particles",
    "agent_prepositions",
    "passive_auxiliaries",
    "receiving_verbs",
)


def validate_terms(terms: dict[str, Any], where: str) -> None:
    """Raise ``LexiconError`` for a term key whose kind is unknown or whose label its kind does not
    take ("role:procesor")."""
    for key, items in terms.items():
        kind, _, label = key.partition(":")
        if kind not in KINDS:
            raise LexiconError(f"{where}: unknown kind {kind!r} in {key!r}")
        allowed = _LABELS.get(kind)
        if (allowed is None) != (not label) or (allowed is not None and label not in allowed):
            raise LexiconError(
                f"{where}: {key!r}: {kind!r} takes "
                + (f"one of {sorted(allowed)}" if allowed is not None else "no label")
            )
        if not isinstance(items, list) or not all(isinstance(t, str) and t.strip() for t in items):
            raise LexiconError(f"{where}: {key!r} must be a list of terms")


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (one of LANGUAGES), loaded and validated once per process."""
    data = json.loads(
        resources.files("importers.notices").joinpath(f"lexicons/{language}.json").read_text("utf-8")
    )
    where = f"lexicons/{language}.json"
    missing = [f for f in _PROFILE_FIELDS if f not in data]
    if missing:
        raise LexiconError(f"{where}: the language profile lacks {', '.join(missing)}")
    validate_terms(data["terms"], where)
    shared = _common()
    terms: dict[str, list[str]] = defaultdict(list)
    for source in (shared["terms"], data["terms"]):
        for key, items in source.items():
            terms[key].extend(items)
    months = {fold_term(k): v for k, v in data.get("months", {}).items()}
    return Lexicon(
        language,
        Matcher(dict(terms), tuple(data.get("suffixes", ()))),
        months,
        frozenset(fold_term(w) for w in data.get("stopwords", ())),
        data,
        shared,
        bool(data["nouns_capitalised"]),
        frozenset(fold_term(w) for w in data["copulas"]),
        frozenset(fold_term(w) for w in data["articles"]),
        int(data["negation_after_reach"]),
        tuple(data["name_joiners"]),
        frozenset(fold_term(w) for w in data["others_possessives"]),
        frozenset(fold_term(w) for w in data["coordinators"]),
        bool(data["coordinators_join_names"]),
        frozenset(fold_term(w) for w in data["reader_words"]),
        frozenset(fold_term(w) for w in data["data_nouns"]),
        frozenset(fold_term(w) for w in data["reader_subjects"]),
        bool(data["names_in_sentence_case"]),
        frozenset(fold_term(w) for w in data["list_leads"]),
        frozenset(fold_term(w) for w in data["defining_words"]),
        frozenset(fold_term(w) for w in data["defining_openers"]),
        frozenset(fold_term(w) for w in data["subject_pronouns"]),
        frozenset(fold_term(w) for w in data["exception_words"]),
        frozenset(fold_term(w) for w in data["name_particles"]),
        frozenset(fold_term(w) for w in data["agent_prepositions"]),
        frozenset(fold_term(w) for w in data["passive_auxiliaries"]),
        frozenset(fold_term(w) for w in data["receiving_verbs"]),
    )


@cache
def _common() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("importers.notices").joinpath("lexicons/common.json").read_text("utf-8")
    )
    validate_terms(data["terms"], "lexicons/common.json")
    return data


class Article49(NamedTuple):
    """How a notice cites GDPR Art. 49(1): the derogation of each point, and the words of a citation."""

    points: dict[str, str]  # "a" -> "consent"
    article_words: frozenset[str]  # "art", "artikel", "article"
    citation_words: frozenset[str]  # "abs", "lit", "lid", "onder", "paragraphe", "point"


@cache
def article_49() -> Article49:
    """common.json's ``article_49``, checked: every point gives a safeguard label."""
    data = _common()["article_49"]
    points = {str(k): str(v) for k, v in data["points"].items()}
    wrong = sorted(v for v in points.values() if v not in _LABELS["safeguard"])
    if wrong or not all(len(k) == 1 and k.isalpha() for k in points):
        problem = f"a label no safeguard has: {wrong}" if wrong else f"a point that is no letter: {points}"
        raise LexiconError(f"lexicons/common.json: article_49.points: {problem}")
    return Article49(points, frozenset(data["article_words"]), frozenset(data["citation_words"]))


@cache
def name_words(kind: str) -> frozenset[str]:
    """A word list of common.json's ``name_words``: words that do not start or make a name."""
    return frozenset(_common()["name_words"][kind])
