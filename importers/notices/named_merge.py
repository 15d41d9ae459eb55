"""Named finds: one per organisation, its role votes, sentences and country; merging name variants.

The same organisation named several times becomes one find: equal names, and a short form that
starts a longer name ("Computop" joins "Computop Paygate GmbH", the nearest such name when
several start so: "Google" near "Google Inc." is not "Google Ireland Limited").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from importers.notices.organisations import normalise_name
from importers.notices.recipients import OTHER

WEAK_ROLES = ("processor", OTHER)
SAID = 3.0  # the weight of what the notice says beside the name


@dataclass
class NamedFind:
    """One organisation found as a recipient, with its role votes, sentences and country."""

    name: str
    legal: bool
    votes: dict[str, float] = field(default_factory=dict)  # role -> its strongest evidence
    reasons: dict[str, str] = field(default_factory=dict)  # role -> why (its strongest evidence)
    sentences: list[int] = field(default_factory=list)
    country: str | None = None

    @property
    def role(self) -> str:
        """The role of the strongest evidence (what the notice says beside the name beats the
        sentence's role word, which beats a default); on a tie a specific role, then 'processor'.

        What the notice says the party does ("payment services" in its clause) beats the kind of
        agreement ("processor", "independent controller") said of it anywhere: the function is
        the more specific fact.
        """
        if not self.votes:
            return OTHER
        said = {r: w for r, w in self.votes.items() if r not in WEAK_ROLES and w >= SAID}
        pool = said or self.votes
        return max(pool.items(), key=lambda p: (p[1], p[0] not in WEAK_ROLES, p[0] != OTHER))[0]

    @property
    def reason(self) -> str:
        """Why the find has its role (the reason of the role's strongest evidence)."""
        return self.reasons.get(self.role, "")

    def vote(self, role: str, weight: float, reason: str = "") -> None:
        """Evidence of ``weight`` for ``role``; a role keeps its strongest evidence and its reason."""
        if weight > self.votes.get(role, 0):
            self.votes[role] = weight
            self.reasons[role] = reason


def merge(
    finds: list[NamedFind], identity: Callable[[str, bool], str | None] = lambda name, legal: None
) -> tuple[list[NamedFind], dict[int, NamedFind]]:
    """Finds of the same organisation merged, in order of first mention; and ``id(find)`` -> merged.

    A short form joins the longer (legal) name it starts; of several such names, the one named
    nearest to it. Names with the same ``identity`` (name, legal) -> organisation are one
    organisation too: a brand or former name beside the legal name ("Sendinblue", "Brevo GmbH").
    """
    merged: list[NamedFind] = []
    anchors: list[list[int]] = []  # sentences of the find each merged entry was made from (sorted)
    into: dict[int, NamedFind] = {}
    index = _MergeIndex()
    keys: list[list[str]] = []  # normalised words of each merged entry's name
    spelled: list[str] = []  # letters and digits of each merged entry's legal name ("" if none)
    seen: list[set[int]] = []  # sentences of each merged entry
    known: dict[tuple[str, bool], list[int]] = {}  # (name, legal) -> its options; until a new entry
    same: dict[str, list[int]] = defaultdict(list)  # organisation -> merged entries that are it
    for find in sorted(finds, key=lambda f: (not f.legal, -len(f.name))):
        key = tuple(normalise_name(find.name).split())
        options = known.get((find.name, find.legal))
        who = identity(find.name, find.legal)
        if options is None:
            mine = _spelled(find.name) if find.legal else ""  # compared only between legal names
            options = known[(find.name, find.legal)] = [
                position
                for position in index.candidates(key)
                if _same(list(key), keys[position], find.legal, merged[position].legal)
                and not (find.legal and merged[position].legal and mine != spelled[position])
                or _short_form(find.name, merged[position].name, list(key), keys[position])
            ] or (same[who] if who else [])  # "CRIF GmbH" and "CRIF AG" are two companies
        if not options:
            known.clear()  # the new entry may be an option for names already seen
            if who:
                same[who].append(len(merged))
            index.add(key, len(merged))
            anchors.append(sorted(set(find.sentences)))
            keys.append(list(key))
            spelled.append(_spelled(find.name) if find.legal else "")
            seen.append(set(find.sentences))
            merged.append(
                NamedFind(
                    find.name,
                    find.legal,
                    dict(find.votes),
                    dict(find.reasons),
                    list(find.sentences),
                    find.country,
                )
            )
            into[id(find)] = merged[-1]
            continue
        position = options[0] if len(options) == 1 else _nearest(options, anchors, min(find.sentences))
        target = merged[position]
        into[id(find)] = target
        for role, weight in find.votes.items():
            target.vote(role, weight, find.reasons.get(role, ""))
        for s in find.sentences:
            if s not in seen[position]:
                seen[position].add(s)
                target.sentences.append(s)
        target.country = target.country or find.country
    order = {id(m): min(m.sentences) for m in merged}
    return sorted(merged, key=lambda m: order[id(m)]), into


def _nearest(options: list[int], anchors: list[list[int]], here: int) -> int:
    """The option whose first sentences are nearest to sentence ``here`` (the first on a tie)."""
    return min(options, key=lambda p: (_gap(anchors[p], here), p))


def _spelled(name: str) -> str:
    """Letters and digits only: "VeriMe Ltd." and "VeriMe Ltd" are one company, "CRIF AG" another."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _gap(sentences: list[int], here: int) -> int:
    """Distance from sentence ``here`` to the nearest of ``sentences`` (sorted)."""
    k = bisect_left(sentences, here)
    near = [abs(sentences[j] - here) for j in (k - 1, k) if 0 <= j < len(sentences)]
    return min(near) if near else 0


class _MergeIndex:
    """Merged finds by name key, so a find meets only the names it could join (not all of them).

    ``_same`` joins equal keys and keys of which one starts the other; every merged key is filed
    under each of its prefixes.
    """

    def __init__(self) -> None:
        self._exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._initials: dict[str, list[int]] = defaultdict(list)
        self._prefix: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def add(self, key: tuple[str, ...], position: int) -> None:
        """File merged find number ``position`` under ``key``."""
        self._exact[key].append(position)
        for n in range(1, len(key) + 1):
            self._prefix[key[:n]].append(position)
        shorts = {key[0]} if len(key) >= 2 else set()  # "FROS" for "Fros Multisport Vlaanderen"
        for words in (key, key[:-1]):  # with and without a last word that may be a legal form
            if len(words) >= _ACRONYM_WORDS:
                shorts.add("".join(w[0] for w in words))
        for short in shorts:
            self._initials[short].append(position)

    def candidates(self, key: tuple[str, ...]) -> list[int]:
        """Positions of the merged finds whose key equals ``key``, starts it or starts with it,
        or whose initials or first word ``key`` is (a short form in capitals)."""
        positions = set(self._prefix.get(key, ()))
        for n in range(1, len(key)):
            positions.update(self._exact.get(key[:n], ()))
        if len(key) <= 2:  # "VJJF", "VJJF VZW"
            positions.update(self._initials.get(key[0], ()))
        return sorted(positions)


def _same(a: list[str], b: list[str], a_legal: bool = False, b_legal: bool = False) -> bool:
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_ == short:
        return True
    return long_[: len(short)] == short and len(" ".join(short)) >= 3 and not (a_legal and b_legal)


_ACRONYM_WORDS = 3  # words a name needs before its initials are taken for a short form of it


def _short_form(name: str, other: str, key: list[str], other_key: list[str]) -> bool:
    """Two legal names of one organisation with one legal form: the short name in capitals is the
    long name's initials ("VJJF VZW", "Vlaamse Ju Jitsu Federatie VZW") or its first word ("FROS
    VZW", "Fros Multisport Vlaanderen vzw")."""
    form = _form(name)
    if form != _form(other):
        return False
    key, other_key = _without(key, form), _without(other_key, form)
    short = name.split()[0]
    if len(key) != 1 or len(other_key) < 2 or not (short.isupper() and len(short) >= 3):
        return False
    initials = "".join(w[0] for w in other_key)
    return key[0] == other_key[0] or (len(other_key) >= _ACRONYM_WORDS and key[0] == initials)


def _without(key: list[str], form: str) -> list[str]:
    return key[:-1] if key and key[-1] == form else key


def _form(name: str) -> str:
    """The last word of a name, as written without dots and case: its legal form, if it has one."""
    return name.rsplit(None, 1)[-1].replace(".", "").casefold() if name.split() else ""
