"""What the tables show: one row value per party, flow, finding or document, and their columns.

Rows are assembled from the session's project and findings; nothing here decides anything about
Chapter V, it only looks up what the model already says (destination status, findings per flow).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import article, fact_lines, finding_text, label
from desktop.models import Column
from desktop.session import Session
from model.countries import country_name
from model.findings import Finding, Severity
from model.flows import Flow
from model.parties import Party
from model.project import Document
from model.reference import DestinationStatus

SEVERITY_COLOURS = {Severity.HIGH: "#b71c1c", Severity.MEDIUM: "#bf6d00", Severity.LOW: "#5d6d7e"}
ADDED = QT_TRANSLATE_NOOP("Columns", "added by scenario")
RESOLVED = QT_TRANSLATE_NOOP("Columns", "resolved by scenario")
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A party with what the tables show beside it."""

    party: Party
    status: DestinationStatus
    flows_in: int
    flows_out: int
    findings: int
    worst: Severity | None


@dataclass(frozen=True, slots=True)
class FlowRow:
    """A flow with its two parties, where it goes, and its most severe finding."""

    flow: Flow
    exporter: Party
    importer: Party
    status: DestinationStatus
    findings: int
    worst: Severity | None


@dataclass(frozen=True, slots=True)
class FindingRow:
    """A finding and how the scenario changed it compared with today."""

    finding: Finding
    change: str = ""


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A source document and how many parties and flows it gives evidence for."""

    document: Document
    parties: int
    flows: int


def _worst(findings: list[Finding]) -> Severity | None:
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)


def party_rows(session: Session) -> list[PartyRow]:
    """A row for every party of the project (rejected ones too, so they can be restored)."""
    project, graph = session.project, session.graph
    about: dict[str, list[Finding]] = {}
    for f in session.findings:
        for pid in {f.importer} if f.flow else {f.importer, f.exporter}:
            if pid:
                about.setdefault(pid, []).append(f)
    rows = []
    for p in project.parties:
        status = session.reference.destination(p.country, session.as_of, session.scenario.withdrawn).status
        into = graph.in_degree(p.id) if p.id in graph else 0
        out = graph.out_degree(p.id) if p.id in graph else 0
        mine = about.get(p.id, [])
        rows.append(PartyRow(p, status, into, out, len(mine), _worst(mine)))
    return rows


def flow_rows(session: Session) -> list[FlowRow]:
    """A row for every flow between parties that exist."""
    parties = session.project.parties_by_id()
    by_flow: dict[str, list[Finding]] = {}
    for f in session.findings:
        if f.flow:
            by_flow.setdefault(f.flow, []).append(f)
    rows = []
    for flow in session.project.flows:
        exporter, importer = parties.get(flow.exporter), parties.get(flow.importer)
        if exporter is None or importer is None:
            continue
        status = session.reference.destination(
            importer.country, session.as_of, session.scenario.withdrawn
        ).status
        mine = by_flow.get(flow.id, [])
        rows.append(FlowRow(flow, exporter, importer, status, len(mine), _worst(mine)))
    return rows


def finding_rows(session: Session) -> list[FindingRow]:
    """Today's findings, or under a scenario every finding with what the scenario changed."""
    if not session.scenario.withdrawn:
        return [FindingRow(f) for f in session.findings]
    added = {id(f) for f in session.comparison.added}
    rows = [FindingRow(f, ADDED if id(f) in added else "") for f in session.findings]
    return rows + [FindingRow(f, RESOLVED) for f in session.comparison.resolved]


def document_rows(session: Session) -> list[DocumentRow]:
    """A row per source document with the number of parties and flows it gives evidence for."""
    parties = _cited(session.project.parties)
    flows = _cited(session.project.flows)
    return [DocumentRow(d, parties[d.sha256], flows[d.sha256]) for d in session.project.documents]


def _cited(items: Iterable[Party | Flow]) -> Counter[str]:
    """How many of ``items`` each document (by sha256) gives evidence for."""
    return Counter(sha for item in items for sha in {e.document.sha256 for e in item.evidence})


def _country(code: str | None) -> str:
    return f"{country_name(code)} ({code})" if code else label("unknown")


def _severity_colour(severity: Severity | None) -> str | None:
    return SEVERITY_COLOURS.get(severity) if severity else None


def _severity_sort(severity: Severity | None) -> int:
    return severity.rank if severity else 0


PARTY_COLUMNS: list[Column[PartyRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Name"),
        lambda r: r.party.name,
        tooltip=lambda r: "; ".join((r.party.name, *r.party.aliases)),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: label(r.party.role)),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: _country(r.party.country)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Destination"),
        lambda r: label(r.status),
        help=QT_TRANSLATE_NOOP("Columns", "How Chapter V sees the country on the as-of date"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        lambda r: label(r.party.kind),
        help=QT_TRANSLATE_NOOP("Columns", "Named organisation or a described category"),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Review"), lambda r: label(r.party.review)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "In"),
        lambda r: r.flows_in,
        help=QT_TRANSLATE_NOOP("Columns", "Flows received"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Out"),
        lambda r: r.flows_out,
        help=QT_TRANSLATE_NOOP("Columns", "Flows sent on"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Findings"),
        lambda r: r.findings or "",
        sort=lambda r: (r.findings,),
        colour=lambda r: _severity_colour(r.worst),
    ),
]

FLOW_COLUMNS: list[Column[FlowRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Exporter"), lambda r: r.exporter.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Importer"), lambda r: r.importer.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: _country(r.importer.country)),
    Column(QT_TRANSLATE_NOOP("Columns", "Destination"), lambda r: label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Transfer tools"),
        lambda r: [label(t.kind) for t in r.flow.tools] or translate("Columns", "none recorded"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Data"),
        lambda r: [*r.flow.data_categories, *(label(c) for c in r.flow.special_categories)],
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "TIA"), lambda r: label(r.flow.tia_status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Review date"),
        lambda r: r.flow.tia_review_date.isoformat() if r.flow.tia_review_date else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Review"), lambda r: label(r.flow.review)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Worst finding"),
        lambda r: label(r.worst) if r.worst else "",
        sort=lambda r: _severity_sort(r.worst),
        colour=lambda r: _severity_colour(r.worst),
    ),
]

FINDING_COLUMNS: list[Column[FindingRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Severity"),
        lambda r: label(r.finding.severity),
        sort=lambda r: r.finding.severity.rank,
        colour=lambda r: "#90a4ae" if r.change == RESOLVED else _severity_colour(r.finding.severity),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Scenario"),
        lambda r: translate("Columns", r.change) if r.change else "",
        help=QT_TRANSLATE_NOOP("Columns", "What the scenario changes compared with today"),
        colour=lambda r: "#2e7d32" if r.change == RESOLVED else ("#b71c1c" if r.change else None),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Rule"),
        lambda r: label(r.finding.rule),
        tooltip=lambda r: r.finding.rule.value,
        help=QT_TRANSLATE_NOOP("Columns", "The rule that fired (see Help › Rules)"),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Exporter"), lambda r: r.finding.exporter_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Importer"), lambda r: r.finding.importer_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: r.finding.country or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Finding"),
        lambda r: finding_text(r.finding),
        tooltip=lambda r: _finding_tip(r.finding),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Article"), lambda r: article(r.finding.article)),
]

DOCUMENT_COLUMNS: list[Column[DocumentRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Source"),
        lambda r: r.document.title or Path(r.document.path).name,
        tooltip=lambda r: r.document.path,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.document.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda r: r.document.language or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: r.document.last_updated.isoformat() if r.document.last_updated else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Parties"), lambda r: r.parties),
    Column(QT_TRANSLATE_NOOP("Columns", "Flows"), lambda r: r.flows),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Read errors"),
        lambda r: r.document.error or "",
        colour=lambda r: "#b71c1c" if r.document.error else None,
    ),
]


def _finding_tip(f: Finding) -> str:
    return f"{finding_text(f)}\n{article(f.article)}\n\n{fact_lines(f)}"
