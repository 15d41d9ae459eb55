"""Cross-references between the workbook's rows, both ways: what each row cites and who cites it.

A finding, a transfer and a party each cite evidence rows (the quotes that support them); an
evidence row is cited by those rows. Findings and transfers point at each other and at their TIA
sheet; parties at the transfers they send or receive. ``CrossRefs`` works these out once from the
report; the sheets turn them into ``Ref`` cells, which ``Sheet.append`` writes as hyperlinks to
the row of the target's key (``Book.targets`` says which row each key landed on).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exports.report import TransferReport
from exports.texts import ENGLISH, Words
from model.evidence import Evidence

# The list sheets' keys (``Words.title`` gives their titles in the workbook's language).
TRANSFERS = "transfers"
FINDINGS = "findings"
PARTIES = "parties"
EVIDENCE = "evidence"
SHOWN = 5  # keys named in one cell; the link goes to the first


@dataclass(frozen=True, slots=True)
class Ref:
    """A cell that links to the row holding ``key`` on sheet ``sheet`` (a sheet key such as
    ``TRANSFERS``, or a TIA sheet's name), or to the sheet's top."""

    text: str
    sheet: str
    key: str | None = None


def ref(
    sheet: str, keys: Sequence[str], names: Sequence[str] | None = None, words: Words = ENGLISH
) -> Ref | None:
    """A link to the first of ``keys`` on ``sheet`` naming up to ``SHOWN`` of them (``names`` when
    the keys are not what a reader recognises); ``None`` when there are none."""
    if not keys:
        return None
    return Ref(shown_list(list(names or keys), words), sheet, keys[0])


def shown_list(items: Sequence[str], words: Words = ENGLISH, shown: int = SHOWN) -> str:
    """Up to ``shown`` items joined by commas, then "and N more"."""
    more = len(items) - shown
    text = ", ".join(items[:shown])
    return text + " " + words("more", count=more) if more > 0 else text


class CrossRefs:
    """Which rows cite which evidence, findings, transfers and parties, keyed as the sheets key them:
    transfers by flow id, findings by ``F<n>``, parties by party id, evidence by ``E<n>``."""

    def __init__(self, report: TransferReport, words: Words = ENGLISH) -> None:
        self.words = words
        self.evidence_key: dict[Evidence, str] = {row.evidence: row.key for row in report.evidence}
        self.finding_keys = tuple(f"F{i}" for i in range(1, len(report.findings) + 1))
        self.finding_key = {id(f): key for f, key in zip(report.findings, self.finding_keys, strict=True)}
        self.cited_by: dict[tuple[str, str], list[str]] = {}  # (evidence key, sheet) -> citing keys
        self.findings_of_flow: dict[str, list[str]] = {}
        self.flows_of_party: dict[str, list[str]] = {}
        self.tia_of_party: dict[str, list[str]] = {}
        self.on_register = {t.flow.id for t in report.transfers}
        for t in report.transfers:
            self._cite(TRANSFERS, t.flow.id, t.evidence)
            for party in (t.exporter.id, t.importer.id):
                self.flows_of_party.setdefault(party, []).append(t.flow.id)
            if t.sheet:
                for party in (t.exporter.id, t.importer.id):
                    self.tia_of_party.setdefault(party, []).append(t.sheet)
        for key, finding in zip(self.finding_keys, report.findings, strict=True):
            self._cite(FINDINGS, key, finding.evidence)
            if finding.flow in self.on_register:
                self.findings_of_flow.setdefault(finding.flow, []).append(key)
        for row in report.parties:
            self._cite(PARTIES, row.party.id, row.party.evidence)
        self.party_names: dict[str, str] = {row.party.id: row.party.name for row in report.parties}

    def _cite(self, sheet: str, key: str, evidence: Iterable[Evidence]) -> None:
        for e in dict.fromkeys(evidence):
            self.cited_by.setdefault((self.evidence_key[e], sheet), []).append(key)

    def evidence(self, evidence: Iterable[Evidence]) -> Ref | None:
        """A link to the evidence rows of these quotes."""
        return ref(EVIDENCE, [self.evidence_key[e] for e in dict.fromkeys(evidence)], words=self.words)

    def citing(self, evidence_key: str, sheet: str) -> Ref | None:
        """A link to the rows of ``sheet`` that cite the evidence row ``evidence_key``."""
        keys = self.cited_by.get((evidence_key, sheet), [])
        if sheet == PARTIES:
            return ref(sheet, keys, [self.party_names.get(k, k) for k in keys], self.words)
        return ref(sheet, keys, words=self.words)

    def party(self, party_id: str) -> Ref | None:
        """A link to a party's row, named by the party's name."""
        return ref(PARTIES, [party_id], [self.party_names.get(party_id, party_id)], self.words)

    def transfer(self, flow_id: str | None) -> Ref | None:
        """A link to a transfer's row on the Transfers sheet (None when it is not a transfer)."""
        return (
            ref(TRANSFERS, [flow_id], words=self.words)
            if flow_id is not None and flow_id in self.on_register
            else None
        )
