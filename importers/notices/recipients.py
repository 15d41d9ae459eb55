"""Described recipients: role words that the context makes recipients (not subjects, sources or
complaint addresses), with generic "third parties" kept only where nothing more specific is said.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from importers.notices.context import STRONG
from importers.notices.document import NoticeDoc
from importers.notices.lexicon import Hit
from importers.notices.organisations import body_names, capitalised_names, legal_names
from importers.notices.segment import Kind

OTHER = "other_third_party"
_ABSORB_REACH = 6


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role word read as a recipient in sentence ``sentence``."""

    sentence: int
    hit: Hit
    role: str
    generic: bool


def role_mentions(doc: NoticeDoc, contexts: list[str]) -> list[RoleMention]:
    """Every role mention that counts as a recipient, generic ones already resolved."""
    mentions: list[RoleMention] = []
    for i in doc.sentences_with("role"):
        context = contexts[i]
        if context in ("", "negated"):
            continue
        for hit in doc.of(i, "role"):
            if _counts(doc, i, hit, context):
                mentions.append(RoleMention(i, hit, hit.label, hit.flag == "generic"))
    return _resolve_generic(doc, mentions)


def _counts(doc: NoticeDoc, i: int, hit: Hit, context: str) -> bool:
    if hit.flag == "activity" and context not in STRONG and not (context == "engage" and _has_party(doc, i)):
        return False
    if hit.label == "regulator" and doc.has(i, "complaint"):
        return False
    if context == "section" and doc.has(i, "collect"):
        return False
    if _local_negation(doc, i, hit) or _as_subject(doc, i, hit) or names_data(doc, i, hit):
        return False
    # "bank" inside "De Nederlandsche Bank" or "Direktmarketing" inside "ProfileAddress Direktmarketing
    # GmbH", "Finanzamt" in "Finanzamt Grimma": the named organisation carries its own role
    named = [(k.first, k.last) for k in doc.of(i, "known")] + [
        (m.first, m.last) for m in legal_names(doc, i) + body_names(doc, i)
    ]
    named += _association_names(doc, i)
    return not any(first <= hit.first and hit.last <= last for first, last in named)


def _association_names(doc: NoticeDoc, i: int) -> list[tuple[int, int]]:
    """Token spans of the capitalised names an association word is part of ("Association of
    Rowing Insurers", "Verband der Versicherungsunternehmen"): their role words name members."""
    heads = doc.of(i, "association")
    if not heads:
        return []
    spans = [(m.first, m.last) for m in capitalised_names(doc, i)]
    return [(a, b) for a, b in spans if b > a and any(a <= h.first and h.last <= b for h in heads)]


_OF = frozenset({"of", "van", "von", "de", "du", "des", "d"})


def names_data(doc: NoticeDoc, i: int, hit: Hit) -> bool:
    """The role word qualifies a noun for personal data ("payment data", "bank details", "données
    de paiement", "données bancaires"): it names a kind of data, not a party that receives it."""
    if doc.lexicon is None or doc.words[hit.last] in doc.lexicon.raw.get("we_words", ()):
        return False  # "namens ons gegevens verwerken": the phrase ends; the data noun is the object
    nouns, articles = doc.lexicon.data_nouns, doc.lexicon.articles
    lo, hi = doc.bounds[i]
    if hit.last + 1 < hi and doc.words[hit.last + 1] in nouns:
        return True
    before = hit.first - 1
    if before > lo and doc.words[before] in articles:  # "données de la banque"
        before -= 1
    if before >= lo and doc.words[before] in _OF:
        before -= 1
    return before >= lo and doc.words[before] in nouns and doc.clause[before] == doc.clause[hit.first]


def _has_party(doc: NoticeDoc, i: int) -> bool:
    return any(h.flag != "activity" for h in doc.of(i, "role")) or doc.has(i, "known")


def _local_negation(doc: NoticeDoc, i: int, hit: Hit) -> bool:
    """'no third parties', 'geen derden', 'keine Dritten', 'aucun tiers'."""
    return any(
        hit.first - 2 <= n.first < hit.first and doc.clause[n.first] == doc.clause[hit.first]
        for n in doc.of(i, "negation")
    )


def _as_subject(doc: NoticeDoc, i: int, hit: Hit) -> bool:
    """A role word naming people whose data is processed ('if you are a broker')."""
    shares = doc.of(i, "share")
    for cue in doc.of(i, "subject"):
        if cue.last < hit.first <= cue.last + 8 and not any(cue.last < s.first < hit.first for s in shares):
            return True
        if hit.last < cue.first <= hit.last + 2 and cue.last == cue.first:  # "... makelaar of derde bent"
            return True
    return False


def _resolve_generic(doc: NoticeDoc, mentions: list[RoleMention]) -> list[RoleMention]:
    """A generic 'third parties' counts only when no specific role elaborates it."""
    by_sentence: dict[int, list[RoleMention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    elaborated = _umbrella_blocks(doc, mentions)
    kept: list[RoleMention] = []
    for m in mentions:
        if not m.generic:
            kept.append(m)
            continue
        specific = [o for o in by_sentence[m.sentence] if not o.generic]
        near = any(
            0 <= o.hit.first - m.hit.last <= _ABSORB_REACH
            and doc.clause[o.hit.first] == doc.clause[m.hit.last]
            for o in specific
        )
        if near or doc.sentences[m.sentence].block in elaborated:
            continue
        kept.append(RoleMention(m.sentence, m.hit, OTHER, True))
    return kept


def _umbrella_blocks(doc: NoticeDoc, mentions: list[RoleMention]) -> set[int]:
    """Blocks that end with an introducer whose list items name specific recipients."""
    specific_parents = {
        doc.sentences[m.sentence].parent
        for m in mentions
        if not m.generic and doc.sentences[m.sentence].kind is Kind.ITEM
    }
    return {doc.sentences[p].block for p in specific_parents if p is not None}
