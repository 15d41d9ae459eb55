"""Special categories of data (GDPR Art. 9 and 10) the notice says it processes.

A category word counts unless a negation in its clause scopes over it ("we do not process health
data"), a word of its clause gives it another sense (the fingerprint that unlocks the reader's own
phone, a dog's breed), or its sentence defines a term ("Special categories of personal data means ...").
Salary-like data counts as ``financial_sensitive`` only where the notice itself calls it
sensitive in the same sentence or the two before it.
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
        for hit in doc.of(i, "special"):
            if not _negated(doc, i, hit.first) and not _other_sense(doc, i, hit):
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
    return any(
        s.last < token and any(-after <= s.first - n.first <= _NEGATION_REACH for n in negations)
        for s in doc.of(i, "sensitive")
    )


_NEGATION_REACH = 12  # tokens from a negation to the words it negates


def _called_sensitive(doc: NoticeDoc, i: int) -> bool:
    block = doc.sentences[i].block
    for j in range(i, max(-1, i - _SENSITIVE_REACH - 1), -1):
        if doc.sentences[j].block != block and j != i:
            break
        if doc.has(j, "sensitive"):
            return True
    return False
