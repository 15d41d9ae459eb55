"""One party per organisation: proposals to merge parties whose names say they are the same.

``merge`` already joins parties whose normalised names are equal as they are imported. What is left
are close names: "Intrum" and "Intrum Justitia", "Cigna Europe" and "Cigna Europe Insurance",
"Microsft" and "Microsoft". ``propose_matches`` lists them with a score and the reason; nothing is
merged until the user accepts a proposal (``accept``), and the absorbed name is kept as an alias.

Names are compared in their normal form (``normalise_name``: legal forms, case, punctuation and
diacritics removed), with their words sorted so word order does not count. Candidate pairs come
from blocking, never from comparing every pair in Python: equal normal forms are grouped, names
that contain all the words of a shorter name are found through a word index, and similar spellings
through ``rapidfuzz.process.cdist`` over blocks of names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from model.countries import name_index
from model.ids import PartyId
from model.names import normalise_name
from model.parties import Party, PartyKind, ReviewStatus
from model.project import Project, merge_parties

DEFAULT_THRESHOLD = 85.0
"""Similar spellings scoring at least this ``fuzz.ratio`` (0-100) on sorted normal forms are proposed."""
MAX_CONTAINING = 10
"""A short name contained in more names than this is too generic to propose ('Data', 'Services')."""
MIN_SPELLING = 5
"""Names shorter than this (letters, generic words aside) are not compared by spelling ('Liu', 'Liru')."""
_BLOCK = 1000
# Words that tell group companies apart but not organisations: places and business generics. Names
# that differ only in these ("Acme Nederland", "Acme Deutschland") are proposed as one organisation.
_GENERIC = frozenset(
    (
        "europe",
        "european",
        "europa",
        "europese",
        "europaische",
        "europeenne",
        "international",
        "internationaal",
        "internationale",
        "global",
        "worldwide",
        "emea",
        "benelux",
        "nordic",
        "dach",
        "services",
        "service",
        "solutions",
        "diensten",
        "dienstleistungen",
        "operations",
        "company",
        "companies",
    )
)

SAME_NAME = "same name once legal forms, case and punctuation are set aside"
CONTAINED = "one name is the other with words added"
_LINKS = frozenset(
    ("of", "van", "von", "for", "voor", "fur", "pour", "du", "des", "di", "en", "and", "und", "et")
)
SIMILAR = "similar spelling"
SAME_BUT_PLACE = "same name apart from places and generic words"


@dataclass(frozen=True, slots=True)
class MatchProposal:
    """Two parties that may be one organisation: ``absorb`` would be merged into ``keep``."""

    keep: PartyId
    absorb: PartyId
    keep_name: str
    absorb_name: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class _Name:
    party: int  # index into the parties
    key: str  # normal form, words sorted
    core: str  # the key without places and generic words (the key itself when nothing is left)


Pair = tuple[int, int, float, str]


def propose_matches(parties: Iterable[Party], threshold: float = DEFAULT_THRESHOLD) -> list[MatchProposal]:
    """Proposed merges among named, not rejected parties, best first (one per pair of parties)."""
    pool = [
        p
        for p in parties
        if p.kind is PartyKind.NAMED and not p.placeholder and p.review is not ReviewStatus.REJECTED
    ]
    names = _names(pool)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for a, b, score, reason in (*_same(names), *_contained(names), *_similar(names, threshold)):
        pair = (min(a, b), max(a, b))
        if a != b and score > best.get(pair, (-1.0, ""))[0]:
            best[pair] = (score, reason)
    proposals = [_proposal(pool[a], pool[b], score, reason) for (a, b), (score, reason) in best.items()]
    return sorted(proposals, key=lambda m: (-m.score, m.keep_name.casefold(), m.absorb_name.casefold()))


def accept(project: Project, proposal: MatchProposal) -> Project:
    """The project with the proposal carried out (the absorbed party's name becomes an alias)."""
    return merge_parties(project, proposal.keep, proposal.absorb)


@cache
def generic_words() -> frozenset[str]:
    """Country names of one word in the four languages, and business generics ('Europe', 'Services')."""
    return _GENERIC | frozenset(name for name in name_index() if " " not in name and len(name) > 3)


def _names(pool: Sequence[Party]) -> list[_Name]:
    out: list[_Name] = []
    for index, party in enumerate(pool):
        forms: dict[str, str] = {}
        for name in (party.name, *party.aliases):
            words = normalise_name(name).split()
            forms.setdefault(" ".join(sorted(words)), " ".join(sorted(_core(words))))
        out.extend(_Name(index, key, core) for key, core in sorted(forms.items()) if key)
    return out


def _core(words: list[str]) -> list[str]:
    """The words without trailing places and generics ("Acme Nederland" -> "acme"), except where a
    preposition makes the place part of the name ("Bank of Ireland")."""
    generic = generic_words()
    end = len(words)
    while end > 1 and words[end - 1] in generic and words[end - 2] not in _LINKS:
        end -= 1
    return words[:end]


def _same(names: list[_Name]) -> Iterable[Pair]:
    """Parties sharing a normal form, then parties sharing it once places and generics are left out."""
    for attribute, score, reason in (("key", 100.0, SAME_NAME), ("core", 99.0, SAME_BUT_PLACE)):
        groups: dict[str, list[int]] = defaultdict(list)
        for name in names:
            groups[getattr(name, attribute)].append(name.party)
        for members in groups.values():
            first = members[0]
            yield from ((first, other, score, reason) for other in members[1:] if other != first)


def _contained(names: list[_Name]) -> Iterable[Pair]:
    """Pairs where every word of one name is in the other; words found through an index, not a scan."""
    words = [frozenset(n.key.split()) for n in names]
    index: dict[str, set[int]] = defaultdict(set)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].add(i)
    for i, ws in enumerate(words):
        if not ws or max(map(len, ws)) < 3:
            continue
        postings = sorted((index[w] for w in ws), key=len)
        supersets = {j for j in set.intersection(*postings) if len(words[j]) > len(ws)}
        if 0 < len(supersets) <= MAX_CONTAINING:
            for j in supersets:
                yield names[i].party, names[j].party, DEFAULT_THRESHOLD, CONTAINED


def _similar(names: list[_Name], threshold: float) -> Iterable[Pair]:
    """Pairs whose identifying words score at least ``threshold``, compared block by block.

    Places and generic words are left out first, so "Gunu Deutschland" and "Duru Deutschland" are
    not alike; short names are left out ('Liu' and 'Liru' are different firms more often than not).
    """
    keep = [i for i, n in enumerate(names) if len(n.core.replace(" ", "")) >= MIN_SPELLING]
    cores = [names[i].core for i in keep]
    cutoff = int(np.ceil(threshold))
    for start in range(0, len(cores), _BLOCK):
        scores = process.cdist(
            cores[start : start + _BLOCK],
            cores[start:],
            scorer=fuzz.ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=-1,
        )
        for row, col in zip(*np.nonzero(scores), strict=True):
            a, b = names[keep[start + int(row)]], names[keep[start + int(col)]]
            if row + start < col + start and a.party != b.party and a.core != b.core:
                yield a.party, b.party, float(scores[row, col]), SIMILAR


def _proposal(a: Party, b: Party, score: float, reason: str) -> MatchProposal:
    keep, absorb = sorted((a, b), key=_keep_rank)
    return MatchProposal(keep.id, absorb.id, keep.name, absorb.name, round(score, 1), reason)


def _keep_rank(party: Party) -> tuple[int, int, int, str]:
    """The party to keep: confirmed by the user, then the better evidenced, then the fuller name."""
    return (party.review is not ReviewStatus.CONFIRMED, -len(party.evidence), -len(party.name), party.id)
