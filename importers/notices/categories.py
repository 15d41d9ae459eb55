"""Special categories of data (GDPR Art. 9 and 10) the notice says it processes.

A category word counts unless a negation in its clause scopes over it ("we do not process health
data"; also the negated passive it is the subject of, "health data is not processed", and the rest
of a negated list, "... political opinions, religious beliefs, trade union membership"), a word of
its clause gives it another sense (the fingerprint that unlocks the reader's own phone, a dog's
breed), or its sentence defines a term ("Special categories of personal data means ...").
Salary-like data counts as ``financial_sensitive`` only where the notice itself calls it sensitive
in the same sentence or the two before it.
"""

from __future__ import annotations

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import Hit
from importers.notices.types import CategoryHit, Span

_SENSITIVE_REACH = 2


def special_categories(doc: NoticeDoc) -> list[CategoryHit]:
    """One entry per category found, with the sentences that state it (first few kept)."""
    found: dict[str, list[Span]] = {}
    for i in doc.sentences_with("special", "financial"):
        if doc.defines(i):
            continue  # a glossary's "special categories of personal data means ..." processes nothing
        previous: tuple[int, bool] | None = None  # (last token, negated) of the category word before
        for hit in sorted(doc.of(i, "special")):
            negated = _negated(doc, i, hit.first) or _listed_after(doc, previous, hit)
            previous = (hit.last, negated)
            if not negated and not _other_sense(doc, i, hit):
                found.setdefault(hit.label, []).append(doc.span(i))
        for hit in doc.of(i, "financial"):
            if _called_sensitive(doc, i) and not _negated(doc, i, hit.first):
                found.setdefault("financial_sensitive", []).append(doc.span(i))
    return [CategoryHit(category, tuple(dict.fromkeys(spans))[:3]) for category, spans in found.items()]


def _other_sense(doc: NoticeDoc, i: int, hit: Hit) -> bool:
    """A word of the clause gives the category's word another sense (lexicon kind ``not_special``
    with its label): "unlock your phone with your fingerprint" (the print stays on the device),
    "die Rasse Ihres Hundes" (an animal's breed)."""
    clause = doc.clause[hit.first]
    return any(h.label == hit.label and doc.clause[h.first] == clause for h in doc.of(i, "not_special"))


def _negated(doc: NoticeDoc, i: int, token: int) -> bool:
    """A negation earlier in the clause, or (Dutch, German: verb-final) shortly after it; or a
    negated mention of sensitive data that the category is an example of ("we do not collect
    special category data (such as health data, ...)")."""
    clause = doc.clause[token]
    after = doc.lexicon.negation_after_reach if doc.lexicon else 0
    negations = doc.of(i, "negation")
    if any(
        doc.clause[n.first] == clause and -after <= token - n.first <= _NEGATION_REACH and n.first != token
        for n in negations
    ):
        return True
    if any(_passive_negation(doc, i, token, n.first) for n in negations):
        return True  # "health data is not collected", "les données de santé ne sont pas collectées"
    return any(
        s.last < token
        and any(
            -after <= s.first - n.first <= _NEGATION_REACH or _passive_negation(doc, i, s.last, n.first)
            for n in negations
        )
        for s in doc.of(i, "sensitive")
    )


_NEGATION_REACH = 12  # tokens from a negation to the words it negates
_PASSIVE_REACH = 10  # tokens from a subject to the negation of its passive ("are not processed")
_LIST_GAP = 6  # tokens between two category words of one list ("health, religion or political opinions")


def _passive_negation(doc: NoticeDoc, i: int, token: int, negation: int) -> bool:
    """The word is the subject of a negated passive or copula after it ("Special categories of
    data (such as health data) are not processed", "Les données de santé ne sont en aucun cas
    collectées", "Gezondheidsgegevens worden niet verwerkt"): the negation follows within reach,
    the first auxiliary after the word stands shortly before or right after it (not "is processed
    ... and is not shared"), and no clause break comes between."""
    if not 0 < negation - token <= _PASSIVE_REACH or doc.lexicon is None:
        return False
    auxiliaries = doc.lexicon.passive_auxiliaries | doc.lexicon.copulas
    ahead = range(token + 1, min(doc.bounds[i][1], negation + 3))
    first = next((k for k in ahead if doc.words[k] in auxiliaries), None)
    if first is None or first < negation - 4:
        return False  # "Your health data is processed ... and is not shared": its own verb is positive
    return not any(token < h.first < negation for h in doc.of(i, "clause_break"))


def _listed_after(doc: NoticeDoc, previous: tuple[int, bool] | None, hit: Hit) -> bool:
    """The category word goes on a list whose word before it is negated ("we do not collect data
    revealing racial or ethnic origin, political opinions, religious beliefs, ... or health"):
    within a few tokens of it, in its clause."""
    if previous is None or not previous[1]:
        return False
    last = previous[0]
    return hit.first - last <= _LIST_GAP and doc.clause[last] == doc.clause[hit.first]  # (may overlap)


def _called_sensitive(doc: NoticeDoc, i: int) -> bool:
    block = doc.sentences[i].block
    for j in range(i, max(-1, i - _SENSITIVE_REACH - 1), -1):
        if doc.sentences[j].block != block and j != i:
            break
        if doc.has(j, "sensitive"):
            return True
    return False
