"""The controller: the organisation whose notice it is, and its country where an address says.

Candidates are names with a legal form anywhere; capitalised names in sentences that say who is
responsible ("controller", "verantwoordelijke", "trading name of", a "who is responsible"
heading); and names in the places a notice names itself (``controller_cues``: "Acme ("we")",
"between you and Acme", "© Acme", the title, an imprint line, the notice's own domain). Each
candidate collects evidence; the best-scoring one wins if its evidence says it is the notice's
own organisation (a legal form, a statement or a self-reference, not just frequent capitals).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from importers.notices.context import ANY
from importers.notices.controller_cues import domain_names, self_references, trading_names
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
# What each way of naming oneself is worth (a legal form alone is worth 1, a statement 4 to 7).
_LINKS = frozenset({"ist", "sind", "die", "der", "das", "den", "dem", "des", "wir", "hier"})
_STRONG_CUES = frozenset({"alias", "apposition", "between", "copyright"})
CUE_WEIGHTS = {
    "alias": 6.0,
    "apposition": 5.0,
    "between": 3.0,
    "copyright": 3.0,
    "imprint": 2.0,
    "title": 2.0,
    "domain": 2.0,
}


@dataclass
class _Candidate:
    name: str
    score: float = 0.0
    mentions: list[OrgMention] = field(default_factory=list)
    cued: list[OrgMention] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    outside: int = 0  # mentions outside sentences about recipients
    inside: int = 0  # mentions in sentences about recipients

    @property
    def own(self) -> bool:
        """Evidence that the name is the notice's own: a statement or a self-reference; or a legal
        form, title, imprint or domain of a name mentioned at least as often outside the sentences
        about recipients as in them (a vendor's address or e-mail is no evidence)."""
        if self.cued or self.cues & _STRONG_CUES:
            return True
        named_so = bool(self.cues) or any(m.legal for m in self.mentions)
        return named_so and self.outside > 0 and self.inside <= self.outside


def find_controller(doc: NoticeDoc, contexts: list[str]) -> ControllerInfo | None:
    """The controller named by the notice, or None when no name is convincing.

    ``contexts`` are the sentences' recipient contexts: an address in a list of vendors is not
    the notice's own.
    """
    candidates: dict[str, _Candidate] = {}
    _read_statements(doc, candidates, contexts)
    domains, mail_domains = _domains(doc.text, doc.folded)
    legal_keys = _legal_keys(candidates)
    for mention, cue in [*self_references(doc, contexts), *domain_names(doc, mail_domains)]:
        _add_cue(candidates, legal_keys, mention, cue, contexts[mention.sentence] in ANY)
    if not candidates:
        return None
    _owners_take_brands(doc, candidates)
    counts = doc.written_counts({w for c in candidates.values() if len(w := _first_word(c.name)) >= 3})
    for cand in candidates.values():
        cand.score += _recurrence(counts, cand.name)
        if "domain" not in cand.cues and _matches_domain(cand.name, domains):
            cand.score += 1.0 + (1.0 if _matches_domain(cand.name, mail_domains) else 0.0)
    owned = [c for c in candidates.values() if c.own]
    if not owned:
        return None
    best = max(owned, key=lambda c: (c.score, c.mentions[0].legal, -c.mentions[0].start))
    if best.score < _MIN_SCORE:
        return None
    return ControllerInfo(best.name, _country(doc, best), tuple(_spans(doc, best)))


def _read_statements(doc: NoticeDoc, candidates: dict[str, _Candidate], contexts: list[str]) -> None:
    """Legal names anywhere, and capitalised names at the top or in sentences about the controller."""
    early = len(doc.text) * 0.2
    for i in _worth_reading(doc):
        s = doc.sentences[i]
        cued = _cued(doc, i)
        recipients = contexts[i] in ANY
        names = legal_names(doc, i)
        if cued or i < _OPENING:
            names += [
                m for m in capitalised_names(doc, i) if _usable(doc, m) and _placed_as_name(doc, m, cued)
            ]
        for m in names:
            cand = _candidate(candidates, m)
            bonus = (
                (1.0 if m.legal else 0.5)
                + (4.0 if cued else 0.0)
                + (1.0 if s.start < early and m.legal and not recipients else 0.0)
            )
            cand.outside += not recipients
            cand.inside += recipients
            bonus += 2.0 if cued and m.legal else 0.0
            if not cand.mentions or cued and not cand.cued:
                cand.score += bonus
            cand.mentions.append(m)
            if cued:
                cand.cued.append(m)


def _candidate(candidates: dict[str, _Candidate], m: OrgMention) -> _Candidate:
    key = normalise_name(m.name)
    found = candidates.get(key)
    if found is None:
        found = candidates[key] = _Candidate(m.name)
    elif m.legal and not any(x.legal for x in found.mentions):
        found.name = m.name  # the legal name is the better display name
    return found


def _owners_take_brands(doc: NoticeDoc, candidates: dict[str, _Candidate]) -> None:
    """ "Brand is a trading name of Owner Ltd": the owner gets the brand's evidence."""
    for brand, owner in trading_names(doc):
        source = candidates.get(normalise_name(brand.name))
        target = _candidate(candidates, owner)
        if source is None or source is target:
            continue
        target.score += source.score
        target.cues |= source.cues
        target.cued.extend(source.cued)
        target.mentions.append(owner)
        source.score = 0.0


def _legal_keys(candidates: dict[str, _Candidate]) -> dict[str, list[str]]:
    """First word -> keys of the candidates with a legal form (where a short form may belong)."""
    keys: dict[str, list[str]] = {}
    for key, cand in candidates.items():
        if key and any(m.legal for m in cand.mentions):
            keys.setdefault(key.split()[0], []).append(key)
    return keys


def _add_cue(
    candidates: dict[str, _Candidate],
    legal_keys: dict[str, list[str]],
    mention: OrgMention,
    cue: str,
    about_recipients: bool,
) -> None:
    """Count a self-reference once per kind; a short form joins the legal name it starts."""
    key = normalise_name(mention.name)
    if not key:
        return
    longer = [k for k in legal_keys.get(key.split()[0], ()) if k.startswith(key + " ")]
    target = candidates.get(key) or (candidates[longer[0]] if longer else None)
    if target is None:
        target = candidates[key] = _Candidate(mention.name)
    if cue not in target.cues:
        target.cues.add(cue)
        target.score += CUE_WEIGHTS[cue]
    target.mentions.append(mention)
    target.inside += about_recipients
    target.outside += not about_recipients


def _domains(text: str, folded: str) -> tuple[set[str], set[str]]:
    """The web and e-mail domains the notice gives, and the e-mail ones alone.

    ("example" of info@example.com, www.example.nl); searched from each '@' and 'www.', not from
    every position of the text.
    """
    mail = set()
    at = text.find("@")
    while at >= 0:
        m = _MAIL_DOMAIN.match(text, at)
        if m:
            mail.add(m.group(1).lower())
        at = text.find("@", at + 1)
    web = set()
    www = folded.find("www.")
    while www >= 0:
        m = _WEB_DOMAIN.match(text, www)
        if m:
            web.add(m.group(1).lower())
        www = folded.find("www.", www + 4)
    squashed = {label: _NOT_ALNUM.sub("", label) for label in mail | web}  # "bergsee-reisen"
    return {squashed[label] for label in mail | web}, {squashed[label] for label in mail}


def _worth_reading(doc: NoticeDoc) -> list[int]:
    """The opening sentences, those with a legal form, and those that may be cued (see ``_cued``)."""
    found = set(range(min(_OPENING, len(doc.sentences)))) | form_sentences(doc)
    found.update(doc.sentences_with("controller", "identity"))
    sentences = doc.sentences
    for head in doc.sentences_with("controller"):
        if sentences[head].kind is Kind.HEADING:  # a heading cues the sentences right under it
            reach = range(head + 1, min(len(sentences), head + 1 + _HEADING_REACH))
            found.update(i for i in reach if sentences[i].heading == head)
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
    if len(m.name) < 3:
        return False
    hits = doc.covered(m.sentence)
    return not all(w in hits for w in range(m.first, m.last + 1))


def _placed_as_name(doc: NoticeDoc, m: OrgMention, cued: bool) -> bool:
    """German writes every noun with a capital, so there a capitalised word counts only right after
    the cue ("Verantwortlich ist Bergsee Reisen", "wir sind die Seeblick GmbH") or right before it."""
    if doc.language != "de":
        return True
    if not cued:
        return False
    cues = [h for h in doc.hits[m.sentence] if h.kind in ("controller", "identity")]
    after_copula = any(doc.words[k] in ("ist", "sind") for k in range(max(0, m.first - 2), m.first))
    return after_copula or any(_next_to(doc, h.last, m.first) or _next_to(doc, m.last, h.first) for h in cues)


def _next_to(doc: NoticeDoc, a: int, b: int) -> bool:
    """Token ``b`` follows token ``a`` with only a copula or an article between ("ist die")."""
    return 0 < b - a <= 3 and all(doc.words[k] in _LINKS for k in range(a + 1, b))


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
    for m in dict.fromkeys(cand.cued + cand.mentions):  # a cued mention is among the mentions too
        start = m.end
        end = min(len(doc.text), start + _ADDRESS_REACH)
        paragraph_end = doc.text.find("\n\n", start, end)  # the address is in the name's paragraph
        end = paragraph_end if paragraph_end >= 0 else end
        lo = _token_at(doc, start)
        hi = _token_at(doc, end)
        found = [(doc.starts[f], code) for f, _, code in doc.countries(lo, hi)]
        found += postal_countries(doc.text, start, end)
        if found:
            return min(found)[1]
    return None


def _token_at(doc: NoticeDoc, offset: int) -> int:
    return bisect_left(doc.starts, offset)


def _spans(doc: NoticeDoc, cand: _Candidate) -> list[Span]:
    seen: dict[int, None] = {}
    for m in cand.cued + cand.mentions:
        seen.setdefault(m.sentence)
        if len(seen) == 3:
            break
    return [doc.span(i) for i in seen]


def own_names(doc: NoticeDoc, controller: ControllerInfo | None) -> set[str]:
    """Normalised names the notice uses for its own organisation (legal name and short forms)."""
    if controller is None:
        return set()
    names = {normalise_name(controller.name)}
    alias = re.compile(re.escape(controller.name) + r".{0,40}?[\"“„«(]\s*([A-Z][\w .&-]{1,30}?)\s*[\"”»)]")
    for found in alias.finditer(doc.text):
        names.add(normalise_name(found.group(1)))
    return {n for n in names if n}
