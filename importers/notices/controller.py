"""The controller: the organisation whose notice it is, and its country where an address says.

Candidates are names with a legal form anywhere, and capitalised names near the top or in
sentences that say who is responsible ("controller", "wij zijn", "trading name of", a
"who is responsible" heading). They are scored by those cues, by how often the name recurs, and
by matching the notice's own e-mail or web domain; the best one above a threshold wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from importers.notices.document import NoticeDoc
from importers.notices.organisations import (
    OrgMention,
    capitalised_names,
    form_sentences,
    legal_names,
    normalise_name,
)
from importers.notices.places import postal_countries
from importers.notices.segment import Kind
from importers.notices.types import ControllerInfo, Span

_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_MAIL_DOMAIN = re.compile(r"(?<=[\w.-])@([\w-]+)\.")
_WEB_DOMAIN = re.compile(r"www\.([\w-]+)\.[a-z]{2,}", re.IGNORECASE)
_MIN_SCORE = 2.0
_OPENING = 6  # sentences at the top where a plain capitalised name may be the controller
_HEADING_REACH = 8  # sentences under a "who is responsible" heading that speak of the controller
_ADDRESS_REACH = 260  # characters after a mention of the controller where its address may stand


@dataclass
class _Candidate:
    name: str
    score: float = 0.0
    mentions: list[OrgMention] = field(default_factory=list)
    cued: list[OrgMention] = field(default_factory=list)


def find_controller(doc: NoticeDoc) -> ControllerInfo | None:
    """The controller named by the notice, or None when no name is convincing."""
    candidates: dict[str, _Candidate] = {}
    early = len(doc.text) * 0.2
    for i in _worth_reading(doc):
        s = doc.sentences[i]
        cued = _cued(doc, i)
        names = legal_names(doc, i)
        if cued or i < _OPENING:
            names += [m for m in capitalised_names(doc, i) if _usable(doc, m)]
        for m in names:
            key = normalise_name(m.name)
            cand = candidates.setdefault(key, _Candidate(m.name))
            bonus = (
                (1.0 if m.legal else 0.5)
                + (4.0 if cued else 0.0)
                + (1.0 if s.start < early and m.legal else 0.0)
            )
            bonus += 2.0 if cued and m.legal else 0.0
            if not cand.mentions or cued and not cand.cued:
                cand.score += bonus
            cand.mentions.append(m)
            if cued:
                cand.cued.append(m)
    if not candidates:
        return None
    domains = _domains(doc.text, doc.folded)
    counts = doc.written_counts({w for c in candidates.values() if len(w := _first_word(c.name)) >= 3})
    for cand in candidates.values():
        cand.score += _recurrence(counts, cand.name) + (1.0 if _matches_domain(cand.name, domains) else 0.0)
    best = max(candidates.values(), key=lambda c: (c.score, c.mentions[0].legal, -c.mentions[0].start))
    if best.score < _MIN_SCORE:
        return None
    return ControllerInfo(best.name, _country(doc, best), tuple(_spans(doc, best)))


def _domains(text: str, folded: str) -> set[str]:
    """The e-mail and web domains the notice gives ("example" of info@example.com, www.example.nl).

    Searched from each '@' and 'www.', not from every position of the text.
    """
    found = set()
    at = text.find("@")
    while at >= 0:
        m = _MAIL_DOMAIN.match(text, at)
        if m:
            found.add(m.group(1).lower())
        at = text.find("@", at + 1)
    www = folded.find("www.")
    while www >= 0:
        m = _WEB_DOMAIN.match(text, www)
        if m:
            found.add(m.group(1).lower())
        www = folded.find("www.", www + 4)
    return found


def _worth_reading(doc: NoticeDoc) -> list[int]:
    """The opening sentences, those with a legal form, and those that may be cued (see ``_cued``)."""
    found = set(range(min(_OPENING, len(doc.sentences)))) | form_sentences(doc)
    found.update(doc.sentences_with("controller", "identity"))
    for head in doc.sentences_with("controller"):
        found.update(range(head + 1, min(len(doc.sentences), head + 1 + _HEADING_REACH)))
    return sorted(found)


def _cued(doc: NoticeDoc, i: int) -> bool:
    if doc.has(i, "other_controller"):
        return False
    if doc.has(i, "controller") or doc.has(i, "identity"):
        return True
    heading = doc.sentences[i].heading
    return heading is not None and doc.has(heading, "controller") and i - heading <= _HEADING_REACH


def _usable(doc: NoticeDoc, m: OrgMention) -> bool:
    single_initial = m.first == m.last and m.start == doc.sentences[m.sentence].start
    if single_initial or doc.sentences[m.sentence].kind is Kind.HEADING and m.first == m.last:
        return False
    hits = doc.covered(m.sentence)
    return not all(w in hits for w in range(m.first, m.last + 1)) and len(m.name) >= 3


def _first_word(name: str) -> str:
    return name.split()[0].strip("*_\"'“”") if name.split() else ""


def _recurrence(counts: Counter[str], name: str) -> float:
    first = _first_word(name)
    if len(first) < 3:
        return 0.0
    return min(counts.get(first, 0), 8) * 0.3


def _matches_domain(name: str, domains: set[str]) -> bool:
    if not domains:
        return False
    squashed = _NOT_ALNUM.sub("", normalise_name(name))
    return any(
        len(d) >= 4 and (squashed == d or squashed.startswith(d) or d.startswith(squashed)) for d in domains
    )


def _country(doc: NoticeDoc, cand: _Candidate) -> str | None:
    for m in cand.cued + cand.mentions:
        start = m.end
        end = min(len(doc.text), start + _ADDRESS_REACH)
        lo = _token_at(doc, start)
        hi = _token_at(doc, end)
        found = [(doc.starts[f], code) for f, _, code in doc.countries(lo, hi)]
        found += postal_countries(doc.text, start, end)
        if found:
            return min(found)[1]
    return None


def _token_at(doc: NoticeDoc, offset: int) -> int:
    from bisect import bisect_left

    return bisect_left(doc.starts, offset)


def _spans(doc: NoticeDoc, cand: _Candidate) -> list[Span]:
    seen: list[int] = []
    for m in cand.cued + cand.mentions:
        if m.sentence not in seen:
            seen.append(m.sentence)
    return [doc.span(i) for i in seen[:3]]


def own_names(doc: NoticeDoc, controller: ControllerInfo | None) -> set[str]:
    """Normalised names the notice uses for its own organisation (legal name and short forms)."""
    if controller is None:
        return set()
    names = {normalise_name(controller.name)}
    alias = re.compile(re.escape(controller.name) + r".{0,40}?[\"“„«(]\s*([A-Z][\w .&-]{1,30}?)\s*[\"”»)]")
    for found in alias.finditer(doc.text):
        names.add(normalise_name(found.group(1)))
    return {n for n in names if n}
