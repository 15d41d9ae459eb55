"""Statements that data goes (or may go) outside the EEA, with destinations and safeguards.

A sentence is a transfer statement when it says data leaves the EEA ("outside the EEA", "derde
landen", "Drittländer", "pays tiers"), or names a non-EEA country beside a transfer or storage
verb. A negated statement ("we do not transfer data outside the EEA") yields no transfer. The
safeguards of a statement are those named in it and in the next sentences of its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from importers.notices.document import NoticeDoc
from importers.notices.named import NamedFind
from importers.notices.segment import Kind
from importers.notices.types import Safeguard, SafeguardDetail, TransferStatement
from model.reference import ReferenceData, bundled_reference

_FOLLOW = 3  # sentences after a statement that may name its safeguard
_SENTENCE_ONLY = frozenset({"consent", "contract_necessity", "other_derogation"})
_TRANSFER_SECTIONS = "transfers"


@dataclass(frozen=True, slots=True)
class _Statement:
    sentences: tuple[int, ...]
    destinations: tuple[str, ...]


def transfer_statements(
    doc: NoticeDoc, named: list[NamedFind], reference: ReferenceData | None = None
) -> list[TransferStatement]:
    """Notice-level statements plus one per named recipient located outside the EEA."""
    reference = reference or bundled_reference()
    statements = _group(
        doc,
        [(i, d) for i in range(len(doc.sentences)) for d in [_outside(doc, i, reference)] if d is not None],
    )
    results = [_finish(doc, st, named) for st in statements]
    covered = {t.recipient for t in results if t.recipient}
    for find in named:
        if find.country and not reference.is_eea(find.country) and find.name not in covered:
            sentences = tuple(find.sentences[:3])
            safeguards, details = _safeguards(doc, _scope(doc, sentences))
            same_place = [t for t in results if find.country in t.destinations]
            if (
                not safeguards and same_place
            ):  # "transfers to Switzerland rest on BCRs" covers the Swiss subsidiary
                safeguards = tuple(dict.fromkeys(g for t in same_place for g in t.safeguards))
                details = tuple(dict.fromkeys(d for t in same_place for d in t.details))
            results.append(
                TransferStatement(
                    True,
                    (find.country,),
                    safeguards,
                    details,
                    find.name,
                    tuple(doc.span(i) for i in sentences),
                )
            )
    return results


def _outside(doc: NoticeDoc, i: int, reference: ReferenceData) -> tuple[str, ...] | None:
    """Non-EEA destinations of a positive transfer sentence (possibly none), else None."""
    if doc.sentences[i].kind is Kind.HEADING:
        return None
    triggers = doc.of(i, "transfer")
    live = [h for h in triggers if not _denied(doc, i, h.first)]
    lo, hi = doc.bounds[i]
    countries = [c for f, _, c in doc.countries(lo, hi) if not reference.is_eea(c) and not _denied(doc, i, f)]
    verbs = doc.has(i, "transfer_verb") or doc.has(i, "share") or doc.topic(i, _TRANSFER_SECTIONS)
    if live:
        return tuple(dict.fromkeys(countries))
    if countries and verbs and not (triggers and not live):
        return tuple(dict.fromkeys(countries))
    return None


def _denied(doc: NoticeDoc, i: int, token: int) -> bool:
    """A negation earlier in the clause, not lifted by 'unless' ('... not ... outside the EEA unless')."""
    clause = doc.clause[token]
    negations = [n for n in doc.of(i, "negation") if n.first < token and doc.clause[n.first] == clause]
    if not negations:
        return False
    breaks = doc.of(i, "clause_break")
    return not any(b.first > negations[-1].first for b in breaks)


def _group(doc: NoticeDoc, found: list[tuple[int, tuple[str, ...]]]) -> list[_Statement]:
    """Consecutive transfer sentences of one block form one statement."""
    groups: list[list[tuple[int, tuple[str, ...]]]] = []
    for i, dest in found:
        last = groups[-1][-1][0] if groups else None
        if last is not None and doc.sentences[last].block == doc.sentences[i].block and i - last <= _FOLLOW:
            groups[-1].append((i, dest))
        else:
            groups.append([(i, dest)])
    return [
        _Statement(tuple(i for i, _ in g), tuple(dict.fromkeys(c for _, d in g for c in d))) for g in groups
    ]


def _scope(doc: NoticeDoc, sentences: tuple[int, ...]) -> list[tuple[int, bool]]:
    """(sentence, is a statement sentence) for the statement and the sentences that follow it."""
    scope = [(i, True) for i in sentences]
    last = sentences[-1]
    for j in range(last + 1, min(len(doc.sentences), last + 1 + _FOLLOW)):
        same = doc.sentences[j].block == doc.sentences[last].block or doc.topic(j, _TRANSFER_SECTIONS)
        if not same or doc.has(j, "transfer"):
            break
        scope.append((j, False))
    return scope


def _safeguards(
    doc: NoticeDoc, scope: list[tuple[int, bool]]
) -> tuple[tuple[Safeguard, ...], tuple[SafeguardDetail, ...]]:
    labels: list[str] = []
    details: list[SafeguardDetail] = []
    for i, own in scope:
        for hit in doc.of(i, "safeguard"):
            if (hit.label in _SENTENCE_ONLY and not own) or doc.negated(i, hit):
                continue
            labels.append(hit.label)
        details.extend(SafeguardDetail(h.label) for h in doc.of(i, "safedetail"))
    specific = [label for label in labels if label != "contractual_unspecified"]
    chosen = specific or labels
    return tuple(Safeguard(label) for label in dict.fromkeys(chosen)), tuple(dict.fromkeys(details))


def _finish(doc: NoticeDoc, st: _Statement, named: list[NamedFind]) -> TransferStatement:
    safeguards, details = _safeguards(doc, _scope(doc, st.sentences))
    recipient = next((f.name for f in named if set(f.sentences) & set(st.sentences)), None)
    return TransferStatement(
        True, st.destinations, safeguards, details, recipient, tuple(doc.span(i) for i in st.sentences)
    )
