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
from functools import cache, lru_cache

from importers.notices.context import ANY
from importers.notices.controller_cues import (
    domain_names,
    name_before,
    self_references,
    trading_names,
)
from importers.notices.controller_cues import (
    we_words as _we,
)
from importers.notices.document import NoticeDoc
from importers.notices.lexicon import lexicon, name_words
from importers.notices.organisations import (
    OrgMention,
    capitalised_names,
    clean_name,
    common_word,
    country_name,
    form_sentences,
    legal_names,
    normalise_name,
    trimmed_mention,
)
from importers.notices.places import address_countries, town_after, town_country
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
_PLACED = 0.5  # a name at least this close to a controller cue is named as the controller
_NEAR, _FAR = 0.5, 0.1  # strength of a name in the cue's clause, and further off
_CLAUSE_REACH = 8  # tokens between a cue and a name of its clause
_STATEMENTS_COUNTED = 4  # statements naming a candidate that add to its score
_REPEATED_STATEMENT = 1.0
# Cues of a controller statement: "controller" (the name on either side), "we_are" (the name
# follows: "we are Acme"), "identity" (the name comes first: "Acme, registered in England").
_CUE_KINDS = frozenset({"controller", "identity", "we_are"})
_STRONG_CUES = frozenset({"alias", "apposition", "between", "copyright", "joint"})
CUE_WEIGHTS = {
    "alias": 6.0,
    "apposition": 5.0,
    "between": 3.0,
    "joint": 3.0,
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
        if _place(doc, mention):
            continue
        _add_cue(candidates, legal_keys, mention, cue, contexts[mention.sentence] in ANY)
    if not candidates:
        return None
    _owners_take_brands(doc, candidates)
    counts = doc.written_counts({w for c in candidates.values() if len(w := _first_word(c.name)) >= 3})
    for cand in candidates.values():
        cand.score += _recurrence(counts, cand.name)
        if "domain" not in cand.cues and _matches_domain(cand.name, domains):
            cand.score += 1.0 + (1.0 if _matches_domain(cand.name, mail_domains) else 0.0)
    _merge_short_forms(doc, candidates)
    others = _other_controllers(doc)
    owned = [c for c in candidates.values() if c.own and not _said_to_be_other(c, others)]
    if not owned:
        return None
    best = max(owned, key=lambda c: (c.score, c.mentions[0].legal, -c.mentions[0].start))
    if best.score < _MIN_SCORE:
        return None
    return ControllerInfo(best.name, _country(doc, best), tuple(_spans(doc, best)), _reason(best))


def _read_statements(doc: NoticeDoc, candidates: dict[str, _Candidate], contexts: list[str]) -> None:
    """Legal names anywhere, and capitalised names at the top or in sentences about the controller."""
    early = len(doc.text) * 0.2
    for i in _worth_reading(doc):
        s = doc.sentences[i]
        cued = _cued(doc, i)
        recipients = contexts[i] in ANY
        names = [(m, _strength(doc, i, m) if cued else 0.0) for m in legal_names(doc, i)]
        if (cued or i < _OPENING) and not (cued and _leads_in(doc, i)):
            for m in capitalised_names(doc, i):
                strength = _strength(doc, i, m) if cued else 0.0
                if _usable(doc, m) and (strength >= _PLACED or not cued and not _nouns_capitalised(doc)):
                    names.append((m, strength))
        if cued:
            names.extend((m, 1.0) for m in _pronoun_antecedent(doc, i))
        for m, strength in names:
            cand = _candidate(candidates, m)
            placed = strength >= _PLACED
            bonus = (
                (1.0 if m.legal else 0.5)
                + 4.0 * strength
                + (1.0 if s.start < early and m.legal and not recipients else 0.0)
            )
            cand.outside += not recipients
            cand.inside += recipients
            bonus += 2.0 * strength if m.legal else 0.0
            if not cand.mentions or placed and not cand.cued:
                cand.score += bonus
            elif placed and len(cand.cued) < _STATEMENTS_COUNTED:
                cand.score += _REPEATED_STATEMENT  # named as the controller again
            cand.mentions.append(m)
            if placed:
                cand.cued.append(m)


def _pronoun_antecedent(doc: NoticeDoc, i: int) -> list[OrgMention]:
    """The organisation a controller statement's subject pronoun stands for: "L'association Les
    Jardins ... gère le site. Elle est responsable des traitements." gives the name that opens
    the sentence before (after an article or a word for company at most), in the same block."""
    lex = doc.lexicon
    lo, hi = doc.bounds[i]
    if lex is None or i == 0 or lo >= hi or doc.words[lo] not in lex.subject_pronouns:
        return []
    if not any(h.kind == "controller" and h.first - lo <= _PRONOUN_REACH for h in doc.hits[i]):
        return []
    before = doc.sentences[i - 1]
    if before.block != doc.sentences[i].block or before.kind is Kind.HEADING:
        return []
    opening = doc.bounds[i - 1][0]
    trimmed = (trimmed_mention(doc, m, frozenset()) for m in capitalised_names(doc, i - 1))
    names = legal_names(doc, i - 1) + [m for m in trimmed if m is not None and len(m.name) >= _SHORTEST]
    first = min((m for m in names if _usable(doc, m)), key=lambda m: m.start, default=None)
    if first is None or first.first - opening > _PRONOUN_LEAD:
        return []
    return [first]


_PRONOUN_REACH = 3  # tokens from the pronoun to the controller cue ("Elle est responsable")
_PRONOUN_LEAD = 3  # words before the name that opens the sentence before ("L'association Les X")
_SHORTEST = 3  # letters of a name (not the "L" of "L'association")


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


_SHORT_FORM = re.compile(r"\(\s*[\"'“”„«‘]?\s*([A-Z][\w.&’'\- ]{1,30}?)\s*[\"'“”»’]?\s*\)")


def _merge_short_forms(doc: NoticeDoc, candidates: dict[str, _Candidate]) -> None:
    """A short form joins the full name it stands for: "Acme Insurance Ltd ("AIL")",
    "Federale Overheidsdienst X (FOD X)", or an acronym spelled by a candidate's initials
    ("CNAM" and "Caisse Nationale d'Assurance Maladie"). The full name keeps the evidence."""
    for short, full in _short_forms(doc, candidates):
        words = set(normalise_name(short).split())
        whole = set(normalise_name(full.name).split())
        target = _candidate(candidates, full)
        # "FOD BOSA" and "BOSA" (its domain) stand for the full name; "Fietsverhuur" is a piece of it
        for key, source in list(candidates.items()):
            if source is not target and key and (set(key.split()) <= words or set(key.split()) <= whole):
                _join(source, target)
        if not target.mentions:
            target.mentions.append(full)


def _join(source: _Candidate, target: _Candidate) -> None:
    """``target`` takes ``source``'s evidence."""
    if source.score:
        target.score += source.score
        target.cues |= source.cues
        target.cued.extend(source.cued)
        target.mentions.extend(source.mentions)
        target.inside += source.inside
        target.outside += source.outside
        source.score = 0.0


def _short_forms(doc: NoticeDoc, candidates: dict[str, _Candidate]) -> list[tuple[str, OrgMention]]:
    """(short form, full name) pairs for the candidates: brackets after a name, and acronyms
    spelled out; each short form once (its first full name), and only one a candidate stands for."""
    keys = [set(key.split()) for key in candidates if key]
    found = []
    seen: set[str] = set()
    start = doc.text.find("(")
    while start >= 0:
        m = _SHORT_FORM.match(doc.text, start)
        start = doc.text.find("(", start + 1)
        if m is None or m.group(1).lower() in _we(doc.language):
            continue
        short = normalise_name(m.group(1))
        if short in seen:
            continue
        seen.add(short)
        if not any(k <= set(short.split()) for k in keys):
            continue
        full = _full_name_before(doc, m.start()) or name_before(doc, m.start())
        if full is not None and normalise_name(full.name) != short:
            found.append((m.group(1), full))
    for cand in list(candidates.values()):
        acronym = _ELISION.sub("", cand.name)  # "L'ARMD"
        if _ACRONYM.fullmatch(acronym) and cand.score > 0:
            spelled = _spelled_out(doc, acronym)
            if spelled is not None:
                found.append((cand.name, spelled))
    return found


_NAME_LINKS = frozenset(
    {"of", "for", "the", "and", "en", "und", "et", "de", "van", "voor", "der", "du", "des", "la", "d", "l"}
    | {"fur", "pour", "von"}
)
_ELISION = re.compile(r"^[A-Za-z]['’]")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
# Between the words of a spelled-out acronym: up to two short lower-case words and an elision
# ("Caisse Nationale d'Assurance Maladie", "Agence Régionale pour la Mobilité Durable").
_SPELLING_GAP = r"(?:\s+(?:[a-zà-ÿ]{1,4}\s+){0,2}(?:[dlDL]['’])?)"


def _spelled_out(doc: NoticeDoc, acronym: str) -> OrgMention | None:
    """The first place the notice writes out ``acronym`` as capitalised words with its initials."""
    m = _spelling_pattern(acronym).search(doc.text)
    if m is None:
        return None
    i = doc.sentence_at(m.start())
    if i is None:
        return None
    first = bisect_left(doc.starts, m.start())
    last = max(first, bisect_left(doc.starts, m.end()) - 1)
    return OrgMention(i, m.start(), m.end(), clean_name(m.group()), False, None, first, last)


@lru_cache(maxsize=256)  # acronyms of a session's notices; each pattern is compiled once
def _spelling_pattern(acronym: str) -> re.Pattern[str]:
    """Words with the initials of ``acronym``, the first not inside a word. The pattern opens with
    the first initial and looks back from there, so the engine skips to that letter rather than
    trying every position of the text."""
    first = re.escape(acronym[0])
    words = _SPELLING_GAP.join(re.escape(letter) + r"[\w\-]+" for letter in acronym)
    return re.compile(first + r"(?<!\w" + first + ")" + words[len(first) :] + r"(?![\w])")


def _full_name_before(doc: NoticeDoc, offset: int) -> OrgMention | None:
    """The capitalised words (with "and", "of", "de" between them) that end just before ``offset``:
    the full name a bracketed short form stands for ("Federale Overheidsdienst Beleid en
    Ondersteuning (FOD BOSA)"), where a name would otherwise be cut at the "en"."""
    i = doc.sentence_at(offset - 1)
    if i is None:
        return None
    lo = doc.bounds[i][0]
    last = bisect_left(doc.starts, offset) - 1
    if last < lo or offset - doc.ends[last] > 2 or not doc.text[doc.starts[last]].isupper():
        return None
    first = last
    while (
        first - 1 >= lo
        and (doc.text[doc.starts[first - 1]].isupper() or doc.words[first - 1] in _NAME_LINKS)
        and doc.starts[first] - doc.ends[first - 1] <= 2
    ):
        first -= 1
    articles = doc.lexicon.articles if doc.lexicon else frozenset()
    while first < last and (not doc.text[doc.starts[first]].isupper() or doc.words[first] in articles):
        first += 1
    if last - first < 2:
        return None
    start, end = doc.starts[first], doc.ends[last]
    return OrgMention(i, start, end, clean_name(doc.text[start:end]), False, None, first, last)


_CUE_REASONS = {
    "alias": 'the notice calls it "we"',
    "apposition": '"we, <name>,"',
    "between": "the other party of an agreement with you",
    "copyright": "the copyright holder",
    "imprint": "a name over an address",
    "title": "named in the title",
    "domain": "the notice's own web or e-mail domain",
}


def _reason(cand: _Candidate) -> str:
    """Why the candidate was chosen, for ``extract --explain``."""
    parts = []
    if cand.cued:
        parts.append(f"named in {len(cand.cued)} controller statement(s)")
    parts += [_CUE_REASONS[c] for c in sorted(cand.cues) if c in _CUE_REASONS]
    if any(m.legal for m in cand.mentions):
        parts.append("a legal name")
    return f"{'; '.join(parts) or 'mentioned most'} (score {cand.score:.1f})"


def _other_controllers(doc: NoticeDoc) -> set[int]:
    """Sentences that call someone an independent controller, and the sentences around them in
    their block ("Intrum acts as an independent controller. See the notice of Intrum GmbH.")."""
    found: set[int] = set()
    for i in doc.sentences_with("other_controller"):
        block = doc.sentences[i].block
        found.update(
            j for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences) and doc.sentences[j].block == block
        )
    return found


def _said_to_be_other(cand: _Candidate, others: set[int]) -> bool:
    """Every mention of the candidate stands where another organisation is called a controller,
    and no controller statement of its own names it ("Acme Ltd is the controller. For events we
    are joint controllers with X." is Acme's notice)."""
    if not others or cand.cues or cand.cued:
        return False
    return all(m.sentence in others for m in cand.mentions)


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
    found.update(doc.sentences_with("controller", "identity", "we_are"))
    sentences = doc.sentences
    for head in doc.sentences_with("controller"):
        # a heading cues the sentences right under it, a lead-in the lines of its list
        reach = range(head + 1, min(len(sentences), head + 1 + _HEADING_REACH))
        found.update(i for i in reach if head in (sentences[i].heading, sentences[i].parent))
    return sorted(found)


def _cued(doc: NoticeDoc, i: int) -> bool:
    if doc.has(i, "other_controller") or doc.defines(i):
        return False
    if doc.has(i, "controller") or doc.has(i, "identity") or doc.has(i, "we_are"):
        return True
    return _under_cue(doc, i)


def _under_cue(doc: NoticeDoc, i: int) -> bool:
    """Sentence ``i`` stands right under a "who is responsible" heading, or is a line of the list
    a controller statement leads in ("The controller is:" and the name and address below)."""
    s = doc.sentences[i]
    return any(
        above is not None and doc.has(above, "controller") and 0 < i - above <= _HEADING_REACH
        for above in (s.heading, s.parent)
    )


def _leads_in(doc: NoticeDoc, i: int) -> bool:
    """Sentence ``i`` is a heading, or a lead-in whose lines follow ("Verantwortlich ist:"): the
    organisation is named below it, so its own words ("im Sinne der DSGVO") are no name."""
    sentences = doc.sentences
    return sentences[i].kind is Kind.HEADING or i + 1 < len(sentences) and sentences[i + 1].parent == i


def _strength(doc: NoticeDoc, i: int, m: OrgMention) -> float:
    """How surely a name in a controller statement is the controller: 1 right beside the cue
    ("Acme B.V. is the controller", "Verantwortlich ist Acme"), or opening a line under a
    controller heading; less further off in the same clause; little elsewhere in the sentence
    (a vendor named in the same sentence is no controller)."""
    cues = [h for h in doc.hits[i] if h.kind in _CUE_KINDS]
    # cued by the heading or lead-in above (as well): the name that opens the line is the one meant
    below = _strength_below_cue(doc, m) if not cues or _under_cue(doc, i) else _FAR
    if not cues or below == 1.0:
        return below
    best = below
    for h in cues:
        # "we are Acme", "Acme is the controller", "Acme, registered in England" (not the register)
        after = h.kind != "identity" and (_next_to(doc, h.last, m.first) or _after_copula(doc, m))
        before = h.kind != "we_are" and (
            _next_to(doc, m.last, h.first)
            or _linked(doc, m.end, doc.starts[h.first])
            or _apposed_subject(doc, m, doc.starts[h.first])
        )
        if after or before:
            return 1.0
        gap = m.first - h.last if h.last < m.first else h.first - m.last
        if gap <= _CLAUSE_REACH and doc.clause[h.first] == doc.clause[m.first]:
            best = max(best, _NEAR if h.kind != "identity" or m.last < h.first else _FAR)
    return best


def _strength_below_cue(doc: NoticeDoc, m: OrgMention) -> float:
    """How surely a name in a sentence under a "who is responsible" heading or lead-in is the
    controller: the name that opens the line is the one meant."""
    i = m.sentence
    links = _links(doc)
    opens = m.start - doc.sentences[i].start <= 4 or all(
        doc.words[k] in links for k in range(doc.bounds[i][0], m.first)
    )
    if not opens:
        return _FAR  # not at the head of the line
    if m.legal:
        return 1.0
    if _lead_in_line(doc, m.sentence):
        # "Gärtnerei Blumenhof" alone on the line below "Verantwortlich ist:", not the street
        # below it; a person's name may stand there too (a club's contact), so a legal name
        # elsewhere beats it
        return _NEAR if _whole_line(doc, m) and m.first < m.last else _FAR
    if _nouns_capitalised(doc) or m.first == m.last and common_word(doc, doc.words[m.first]):
        return _FAR  # a capitalised noun opening a line of prose ("Daten", "Membre")
    return 1.0


def _lead_in_line(doc: NoticeDoc, i: int) -> bool:
    """Sentence ``i`` is a line of the list a controller statement leads in."""
    parent = doc.sentences[i].parent
    return parent is not None and doc.has(parent, "controller")


def _whole_line(doc: NoticeDoc, m: OrgMention) -> bool:
    """The mention is all its sentence holds, punctuation aside: a line of its own."""
    s = doc.sentences[m.sentence]
    return not doc.text[s.start : m.start].strip(" -*_#") and not doc.text[m.end : s.end].strip(" .,:;*_\\")


_BRACKETED = re.compile(r"\([^()]*\)|[\"“”„«»]")


_RELATIVES = name_words("relatives")


def _linked(doc: NoticeDoc, end: int, start: int) -> bool:
    """Between offsets ``end`` and ``start`` stand only a bracket and a few linking words:
    'Acme Ltd ("we") is the controller', or a relative pronoun after a comma: 'part of Acme
    Foundation, which is responsible for the processing'."""
    if not 0 < start - end <= 80:
        return False
    between = doc.text[end:start].lstrip()
    if between.startswith(",") and between[1:].split()[:1] and between[1:].split()[0].lower() in _RELATIVES:
        between = between[1:].split(maxsplit=1)[1] if len(between[1:].split()) > 1 else ""
    words = _BRACKETED.sub(" ", between).split()  # ", which is": the subject is the name before
    links = _links(doc)
    return len(words) <= 3 and all(w.strip(",").lower() in links for w in words)


_APPOSITION_CHARS = 240  # "Acme, <who it is and where>, is the controller": the longest aside


def _apposed_subject(doc: NoticeDoc, m: OrgMention, cue: int) -> bool:
    """The name opens the sentence and an aside between commas parts it from the cue at offset
    ``cue``: "Acme, registered in England under number 123, 1 High Street, is the controller",
    "L'association X, dont le siège est ..., est responsable du traitement"."""
    s = doc.sentences[m.sentence]
    between = doc.text[m.end : cue]
    if not between.startswith(",") or len(between) > _APPOSITION_CHARS or m.start - s.start > 30:
        return False
    opening = doc.text[s.start : m.start].replace("’", "'").split("'")[-1].split()
    links = _links(doc)
    if any(w.lower() not in links and not w[:1].islower() for w in opening):
        return False  # something else opens the sentence
    last = between.rstrip().split()
    while last and last[-1].lower() in links:
        last.pop()
    return bool(last) and last[-1].endswith(",")


def _after_copula(doc: NoticeDoc, m: OrgMention) -> bool:
    copulas = doc.lexicon.copulas if doc.lexicon else frozenset()
    return any(doc.words[k] in copulas for k in range(max(0, m.first - 2), m.first))


def _nouns_capitalised(doc: NoticeDoc) -> bool:
    return doc.lexicon is not None and doc.lexicon.nouns_capitalised


def _links(doc: NoticeDoc) -> frozenset[str]:
    """Words that may stand between a cue and the name it introduces: copulas, articles, "we"."""
    return _links_of(doc.language) if doc.lexicon is not None else frozenset()


@cache
def _links_of(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return lex.copulas | lex.articles | _we(language)


def _usable(doc: NoticeDoc, m: OrgMention) -> bool:
    single_initial = m.first == m.last and m.start == doc.sentences[m.sentence].start
    if single_initial or doc.sentences[m.sentence].kind is Kind.HEADING and m.first == m.last:
        return False
    if len(m.name) < 3 or _town_of_postcode(doc, m) or _place(doc, m):
        return False
    hits = doc.covered(m.sentence)
    return not all(w in hits for w in range(m.first, m.last + 1))


def _place(doc: NoticeDoc, m: OrgMention) -> bool:
    """The name is a country or a town ("Privacy Notice – United Kingdom", "Dublin, Ireland")."""
    if country_name(doc, m):
        return True
    return m.last - m.first < 3 and town_country(doc.words[m.first : m.last + 1]) is not None


def _town_of_postcode(doc: NoticeDoc, m: OrgMention) -> bool:
    """The name follows a postcode: it is the town of an address ("69002 Lyon", "1012 AB Amsterdam")."""
    return m.start in doc.towns()


def _next_to(doc: NoticeDoc, a: int, b: int) -> bool:
    """Token ``b`` follows token ``a`` with only a copula or an article between ("ist die")."""
    links = _links(doc)
    return 0 < b - a <= 3 and all(doc.words[k] in links for k in range(a + 1, b))


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
        # the address goes on in the next sentences ("We are based at ..."), not into one about
        # transfers ("We do not transfer your data outside the EEA, except to ... the United States")
        k = m.sentence + 1
        while k < len(doc.sentences) and doc.sentences[k].start < end:
            if any(doc.has(k, kind) for kind in _ELSEWHERE):
                end = doc.sentences[k].start
                break
            k += 1
        lo = _token_at(doc, start)
        hi = _token_at(doc, end)
        named = _in_names(doc, lo, hi)
        found = [(doc.starts[f], code) for f, _, code in doc.countries(lo, hi) if f not in named]
        if not found:  # a country the address writes out beats one its postcode or town suggests
            found = address_countries(doc.text, start, end)  # "70565 Stuttgart", "3811 AB Amersfoort"
            town = town_after(doc.text, start, end)  # "Acme Ltd, Cork"
            found += [town] if town is not None else []
        if found:
            return min(found)[1]
    return None


_ELSEWHERE = ("transfer", "share", "engage")  # a sentence about data going elsewhere, a service used


def _in_names(doc: NoticeDoc, lo: int, hi: int) -> set[int]:
    """Tokens in ``[lo, hi)`` inside a legal name: the country in "Google Ireland Limited" is no
    address."""
    first, last = doc.sentence_of(lo), doc.sentence_of(max(lo, hi - 1))
    if first is None or last is None:
        return set()
    return {
        k
        for i in range(first, last + 1)
        for m in legal_names(doc, i)
        if m.last >= lo and m.first < hi
        for k in range(m.first, m.last + 1)
    }


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
    text, name = doc.text, controller.name
    at = text.find(name)
    while at >= 0:  # each place the name is written, as a pattern of the name would find them
        found = _ALIAS.match(text, at + len(name))
        if found:
            names.add(normalise_name(found.group(1)))
        at = text.find(name, found.end() if found else at + 1)
    return {n for n in names if n}


# the short form in quotes or brackets shortly after the controller's name ("Acme B.V. ("Acme")")
_ALIAS = re.compile(r".{0,40}?[\"“„«(]\s*([A-Z][\w .&-]{1,30}?)\s*[\"”»)]")
