"""Statements that data goes (or may go) outside the EEA, with destinations and safeguards.

A sentence is a transfer statement when it says data leaves the EEA ("outside the EEA", "derde
landen", "Drittländer", "pays tiers"), or names a non-EEA country beside a transfer or storage
verb. A negated statement ("we do not transfer data outside the EEA") yields no transfer. The
safeguards of a statement are those named in it and in the next sentences of its paragraph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import article_49, name_words
from importers.notices.named_merge import NamedFind
from importers.notices.segment import Kind
from importers.notices.types import Safeguard, SafeguardDetail, TransferStatement
from model.reference import ReferenceData, bundled_reference

_EVIDENCE = 5  # quotes kept for a statement joined from several
_FOLLOW = 3  # sentences after a statement that may name its safeguard
_BACK_REACH = 12  # sentences after a statement in which a sentence may refer back to it
_BACK_FOLLOW = 8  # sentences after that one that may still name the safeguard (its list)
_SENTENCE_ONLY = frozenset({"consent", "contract_necessity", "other_derogation"})
_TRANSFER_SECTIONS = "transfers"
_WITHOUT = name_words("negating_prepositions")
_SUBORDINATORS = name_words("subordinators")  # a negation after one of these belongs to its clause


@dataclass(frozen=True, slots=True)
class _Statement:
    sentences: tuple[int, ...]
    destinations: tuple[str, ...]


def transfer_statements(
    doc: NoticeDoc,
    named: list[NamedFind],
    reference: ReferenceData | None = None,
    home: str | None = None,
) -> list[TransferStatement]:
    """Notice-level statements plus one per named recipient located outside the EEA.

    ``home`` is the controller's country: keeping data there is no transfer (a British company's
    servers in the United Kingdom).
    """
    reference = reference or bundled_reference()
    first_find = _first_find_of_sentences(named)
    statements = _group(
        doc,
        [
            (i, d)
            for i in sorted({*doc.sentences_with("transfer"), *doc.country_sentences()})
            for d in [_outside(doc, i, reference, home)]
            if d is not None
        ],
        first_find,
    )
    results = _joined([_finish(doc, st, named, first_find) for st in statements])
    covered = {t.recipient for t in results if t.recipient}
    # the safeguards and details stated so far for each country (ordered sets)
    by_country: dict[str, tuple[dict[Safeguard, None], dict[SafeguardDetail, None]]] = defaultdict(
        lambda: ({}, {})
    )
    for t in results:
        _file(by_country, t)
    for find in named:
        if (
            find.country
            and not reference.is_eea(find.country)
            and find.country != home
            and find.name not in covered
        ):
            statement = _located(doc, find, find.country, by_country[find.country])
            results.append(statement)
            _file(by_country, statement)
    return results


def _file(
    by_country: dict[str, tuple[dict[Safeguard, None], dict[SafeguardDetail, None]]], t: TransferStatement
) -> None:
    for country in dict.fromkeys(t.destinations):
        guards, details = by_country[country]
        guards.update(dict.fromkeys(t.safeguards))
        details.update(dict.fromkeys(t.details))


def _located(
    doc: NoticeDoc,
    find: NamedFind,
    country: str,
    same_place: tuple[dict[Safeguard, None], dict[SafeguardDetail, None]],
) -> TransferStatement:
    """The transfer to a named recipient whose address is outside the EEA."""
    sentences = tuple(find.sentences[:3])
    safeguards, details = _safeguards(doc, _scope(doc, sentences))
    if (
        not safeguards and same_place[0]
    ):  # "transfers to Switzerland rest on BCRs" covers the Swiss subsidiary
        safeguards, details = tuple(same_place[0]), tuple(same_place[1])
    return TransferStatement(
        True, (country,), safeguards, details, find.name, tuple(doc.span(i) for i in sentences)
    )


def _first_find_of_sentences(named: list[NamedFind]) -> dict[int, int]:
    """Sentence -> position in ``named`` of the first find named in it."""
    first: dict[int, int] = {}
    for position, find in enumerate(named):
        for i in find.sentences:
            first.setdefault(i, position)
    return first


def _outside(doc: NoticeDoc, i: int, reference: ReferenceData, home: str | None) -> tuple[str, ...] | None:
    """Non-EEA destinations of a positive transfer sentence (possibly none), else None."""
    if doc.sentences[i].kind is Kind.HEADING:
        return None
    triggers = doc.of(i, "transfer")
    live = [h for h in triggers if not _denied(doc, i, h.first)]
    lo, hi = doc.bounds[i]
    found = [(f, c) for f, _, c in doc.countries(lo, hi) if not reference.is_eea(c) and c != home]
    excepted = [c for f, c in found if doc.excepted(i, f)]
    if excepted and triggers:  # "no transfers outside the EEA, except to X in the US": a transfer there
        return tuple(dict.fromkeys(excepted))
    countries = [c for f, c in found if not _denied(doc, i, f)]
    verbs = doc.has(i, "transfer_verb") or doc.has(i, "share") or doc.topic(i, _TRANSFER_SECTIONS)
    if live:
        return tuple(dict.fromkeys(countries))
    if countries and verbs and not (triggers and not live):
        return tuple(dict.fromkeys(countries))
    return None


def _denied(doc: NoticeDoc, i: int, token: int) -> bool:
    """A negation earlier in the clause, not lifted by 'unless' ('... not ... outside the EEA unless');
    or, where the verb comes last (the profile's ``negation_after_reach``), a negation after the
    word in the same stretch of the sentence ("Eine Übermittlung in Drittländer findet nicht statt")."""
    clause = doc.clause[token]
    negations = [n for n in doc.of(i, "negation") if n.first < token and doc.clause[n.first] == clause]
    breaks = doc.of(i, "clause_break")
    if negations and not any(b.first > negations[-1].first for b in breaks):
        return True
    reach = doc.lexicon.negation_after_reach if doc.lexicon else 0
    return any(
        token < n.first <= token + (2 * reach if _closes_clause(doc, i, n.first) else reach)
        and doc.words[n.first] not in _WITHOUT  # "ein Drittland ohne Angemessenheitsbeschluss"
        and doc.clause[n.first] == clause
        and "," not in doc.text[doc.ends[token] : doc.starts[n.first]]
        and _SUBORDINATORS.isdisjoint(doc.words[token + 1 : n.first])  # "..., als u geen bezwaar maakt"
        and not any(token < b.first < n.first for b in breaks)
        for n in doc.of(i, "negation")
    )


_VERB_TAIL = 2  # words after a verb-final clause's negation: its verb and particle ("findet nicht statt")


def _closes_clause(doc: NoticeDoc, i: int, token: int) -> bool:
    """The negation at ``token`` stands at the end of its clause, before the verb that closes it
    ("… außerhalb der EU bzw. des EWR findet nicht statt"): it negates the whole clause, so it
    reaches back further than one beside a word."""
    end = doc.sentences[i].end
    tail = doc.text[doc.ends[token] : end]
    stop = min((k for k in (tail.find(","), tail.find(";")) if k >= 0), default=len(tail))
    return len(tail[:stop].split()) <= _VERB_TAIL


def _group(
    doc: NoticeDoc, found: list[tuple[int, tuple[str, ...]]], first_find: dict[int, int]
) -> list[_Statement]:
    """Consecutive transfer sentences of one block form one statement, unless a sentence names a
    recipient the statement has not named (then it starts its own)."""
    groups: list[list[tuple[int, tuple[str, ...]]]] = []
    named: set[int] = set()
    for i, dest in found:
        last = groups[-1][-1][0] if groups else None
        near = (
            last is not None and doc.sentences[last].block == doc.sentences[i].block and i - last <= _FOLLOW
        )
        new_name = i in first_find and bool(named) and first_find[i] not in named
        if near and not new_name:
            groups[-1].append((i, dest))
        else:
            groups.append([(i, dest)])
            named = set()
        if i in first_find:
            named.add(first_find[i])
    return [
        _Statement(tuple(i for i, _ in g), tuple(dict.fromkeys(c for _, d in g for c in d))) for g in groups
    ]


def _scope(doc: NoticeDoc, sentences: tuple[int, ...]) -> list[tuple[int, bool]]:
    """(sentence, is a statement sentence) for the statement and the sentences that follow it."""
    scope = []
    for a, b in zip(sentences, (*sentences[1:], None), strict=True):
        scope.append((a, True))
        if b is not None and 0 < b - a <= _FOLLOW:  # what stands between two statement sentences
            scope.extend((j, False) for j in range(a + 1, b))
    last = sentences[-1]
    for j in range(last + 1, min(len(doc.sentences), last + 1 + _FOLLOW)):
        same = doc.sentences[j].block == doc.sentences[last].block or doc.topic(j, _TRANSFER_SECTIONS)
        if not same or doc.has(j, "transfer"):
            break
        scope.append((j, False))
    return scope + _referred_back(doc, last, {j for j, _ in scope})


def _referred_back(doc: NoticeDoc, last: int, taken: set[int]) -> list[tuple[int, bool]]:
    """A later sentence of the statement's section that refers back to it ("These transfers are
    covered by standard contractual clauses", "vienne encadrer ce transfert :"), with the
    sentences that follow it there (the list it leads in). The sentence speaks of the transfer
    itself, so its consent or derogation counts as the statement's own."""
    section = doc.sentences[last].headings
    for j in range(last + 1, min(len(doc.sentences), last + 1 + _BACK_REACH)):
        here = doc.sentences[j]
        if here.kind is Kind.HEADING or here.headings != section or doc.has(j, "transfer"):
            return []
        if doc.has(j, "transfer_back"):
            scope = [(j, True)]
            for k in range(j + 1, min(len(doc.sentences), j + 1 + _BACK_FOLLOW)):
                after = doc.sentences[k]
                if after.kind is Kind.HEADING or after.headings != section or doc.has(k, "transfer"):
                    break
                scope.append((k, False))
            return [(k, own) for k, own in scope if own or k not in taken]
    return []


def _safeguards(
    doc: NoticeDoc, scope: list[tuple[int, bool]]
) -> tuple[tuple[Safeguard, ...], tuple[SafeguardDetail, ...]]:
    labels: list[str] = []
    details: list[SafeguardDetail] = []
    for i, own in scope:
        cited = _cited_points(doc, i) if own else []
        for hit in doc.of(i, "safeguard"):
            if (hit.label in _SENTENCE_ONLY and not own) or doc.negated(i, hit):
                continue
            if any(first == hit.first for first, _ in cited):
                continue  # "Art. 49" of "Art. 49 Abs. 1 lit. a": the point says which derogation
            labels.append(hit.label)
        labels.extend(label for first, label in cited if not _negated_at(doc, i, first))
        details.extend(SafeguardDetail(h.label) for h in doc.of(i, "safedetail"))
    specific = [label for label in labels if label != "contractual_unspecified"]
    chosen = specific or labels
    return tuple(Safeguard(label) for label in dict.fromkeys(chosen)), tuple(dict.fromkeys(details))


def _cited_points(doc: NoticeDoc, i: int) -> list[tuple[int, str]]:
    """(first token, safeguard label) of each citation of a point of GDPR Art. 49(1) in sentence
    ``i``: "Art. 49 Abs. 1 S. 1 lit. a DSGVO" (consent), "Article 49(1)(b) GDPR" (contract), "art.
    49, lid 1, onder e AVG", "article 49, paragraphe 1, point f)". The point is a single letter
    after the article's number, with only citation words and numbers between
    (``lexicon.article_49``)."""
    cites = article_49()
    lo, hi = doc.bounds[i]
    words = doc.words
    found: list[tuple[int, str]] = []
    for k in range(lo, hi - 1):
        if words[k + 1] != "49" or words[k] not in cites.article_words:
            continue
        for j in range(k + 2, min(hi, k + 2 + _CITATION_REACH)):
            word = words[j]
            if len(word) == 1 and word in cites.points and words[j - 1] != "49":
                found.append((k, cites.points[word]))
                break
            if not (word.isdigit() or word in cites.citation_words):
                break
    return found


_CITATION_REACH = 8  # tokens after "Art. 49" in which its point is written


def _negated_at(doc: NoticeDoc, i: int, token: int) -> bool:
    """A negation of the sentence scopes over the token ("not on the basis of Art. 49 ...")."""
    return any(doc.negated(i, h) for h in doc.of(i, "safeguard") if h.first == token)


def _finish(
    doc: NoticeDoc, st: _Statement, named: list[NamedFind], first_find: dict[int, int]
) -> TransferStatement:
    safeguards, details = _safeguards(doc, _scope(doc, st.sentences))
    found = [first_find[i] for i in st.sentences if i in first_find]
    recipient = named[min(found)].name if found else _only_one_there(named, st.destinations)
    return TransferStatement(
        True, st.destinations, safeguards, details, recipient, tuple(doc.span(i) for i in st.sentences)
    )


def _only_one_there(named: list[NamedFind], destinations: tuple[str, ...]) -> str | None:
    """The one named recipient located in the statement's countries ("transfers to Turkey" when
    the notice names a single partner there), else None."""
    there = [f for f in named if f.country in destinations]
    located = {f.country for f in there}
    return there[0].name if destinations and len(there) == 1 and located == set(destinations) else None


def _joined(statements: list[TransferStatement]) -> list[TransferStatement]:
    """Statements about the same named recipient as one (its country in a list, its safeguard in
    the transfers section)."""
    out: list[TransferStatement] = []
    by_recipient: dict[str, int] = {}
    for t in statements:
        k = by_recipient.get(t.recipient) if t.recipient else None
        if k is None:
            if t.recipient:
                by_recipient[t.recipient] = len(out)
            out.append(t)
            continue
        a = out[k]
        out[k] = TransferStatement(
            True,
            tuple(dict.fromkeys(a.destinations + t.destinations)),
            tuple(dict.fromkeys(a.safeguards + t.safeguards)),
            tuple(dict.fromkeys(a.details + t.details)),
            a.recipient,
            a.evidence
            if len(a.evidence) >= _EVIDENCE
            else tuple(dict.fromkeys(a.evidence + t.evidence))[:_EVIDENCE],
        )
    return out
