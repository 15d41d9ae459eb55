"""The transfer report: every row the TIA workbook and the JSON/CSV registers show, as one value.

``build_report`` is pure: it assembles transfers (flows leaving the EEA or going to an unknown
destination), which of them need a TIA, parties, findings, evidence and the reference data used.
Writers only lay these rows out; no Chapter V reasoning happens after this point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

import networkx as nx

from exports.cells import sheet_title
from exports.routes import Routes
from model.assessment import findings as assess_project
from model.countries import country_name
from model.evidence import Evidence
from model.findings import NO_SCENARIO, Finding, Scenario, Severity, counts_by_severity, sort_findings
from model.flows import Flow, TiaStatus
from model.graph import build_graph
from model.ids import PartyId
from model.parties import Party, Tristate
from model.project import Project
from model.reference import Destination, DestinationStatus, ReferenceData, bundled_reference


class Method(StrEnum):
    """How the lawful-access risk is reasoned about in the TIA sheets."""

    EDPB = "edpb"
    ROSENTHAL = "rosenthal"

    @property
    def label(self) -> str:
        """The method as the Summary sheet prints it."""
        if self is Method.EDPB:
            return "EDPB strict (Recommendations 01/2020 six steps; no probability weighting)"
        return "EDPB six steps with the Rosenthal lawful-access probability assessment"


@dataclass(frozen=True, slots=True)
class TransferRow:
    """One flow that leaves the EEA (or may): who, where, on what basis, and what was found."""

    flow: Flow
    exporter: Party
    importer: Party
    destination: Destination
    exporter_in_eea: bool
    route: tuple[Party, ...]
    onward: tuple[tuple[Party, ...], ...]
    onward_more: int
    findings: tuple[Finding, ...]
    covered_by_adequacy: bool
    needs_tia: bool
    sheet: str | None
    in_scope: Tristate = Tristate.UNKNOWN  # the importer's partial-adequacy attribute on the as-of date

    @property
    def severity(self) -> Severity | None:
        """The most severe finding on this transfer (None when nothing was found)."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    @property
    def rules(self) -> tuple[str, ...]:
        """The ids of the rules that fired on this transfer, without repeats."""
        return tuple(dict.fromkeys(f.rule.value for f in self.findings))

    @property
    def country_name(self) -> str:
        """The destination's English name ("" when unknown)."""
        return country_name(self.importer.country)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The quotes that state this flow (the importer's when the flow has none)."""
        return self.flow.evidence or self.importer.evidence


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A party with where Chapter V places it and how many flows it sends and receives."""

    party: Party
    status: DestinationStatus
    flows_out: int
    flows_in: int
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """A quote, numbered once per report, and what it supports: ("party", name), ("flow", id) or
    ("finding", rule id) pairs."""

    key: str
    evidence: Evidence
    used_by: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True, eq=False)
class TransferReport:
    """Everything the TIA workbook and the registers show, assembled by ``build_report``."""

    organisation: str
    as_of: dt.date
    scenario: Scenario
    method: Method
    reference: ReferenceData
    graph: nx.MultiDiGraph
    transfers: tuple[TransferRow, ...]
    parties: tuple[PartyRow, ...]
    findings: tuple[Finding, ...]
    evidence: tuple[EvidenceRow, ...]
    names: Mapping[PartyId, str]
    documents: tuple[tuple[str, str], ...]  # (path, sha256) of every source document
    created: dt.datetime
    country: str | None = None  # the organisation's country (ISO code), when known

    @property
    def organisation_label(self) -> str:
        """The organisation with its country, as page headers and the Summary name it."""
        where = country_name(self.country) or self.country
        return f"{self.organisation} ({where})" if where else self.organisation

    @property
    def tia_transfers(self) -> tuple[TransferRow, ...]:
        """The transfers that get a TIA sheet."""
        return tuple(t for t in self.transfers if t.needs_tia)

    def finding_counts(self) -> dict[Severity, int]:
        """Findings per severity (all severities present)."""
        return counts_by_severity(self.findings)

    def transfer_counts(self) -> dict[Severity | None, int]:
        """Transfers per highest severity (None: no finding)."""
        counts: dict[Severity | None, int] = {**dict.fromkeys(Severity, 0), None: 0}
        for row in self.transfers:
            counts[row.severity] += 1
        return counts


def build_report(
    project: Project,
    *,
    as_of: dt.date,
    scenario: Scenario = NO_SCENARIO,
    reference: ReferenceData | None = None,
    findings: Sequence[Finding] | None = None,
    method: Method = Method.EDPB,
    created: dt.datetime | None = None,
) -> TransferReport:
    """The report of ``project`` on ``as_of`` under ``scenario``.

    ``findings`` are assessed here when not given (pass them when already computed, e.g. by the
    desktop). A transfer needs a TIA when it is known to leave the EEA for a place no adequacy
    decision covers, unless its TIA status says it is not required (see ``_assessment_due``).
    """
    reference = reference or bundled_reference()
    graph = build_graph(project)
    if findings is None:
        findings = assess_project(project, as_of=as_of, scenario=scenario, reference=reference, graph=graph)
    ordered = tuple(sort_findings(findings))
    transfers = _transfers(graph, ordered, reference, as_of, scenario)
    return TransferReport(
        organisation=project.name,
        country=project.country,
        as_of=as_of,
        scenario=scenario,
        method=method,
        reference=reference,
        graph=graph,
        transfers=transfers,
        parties=_parties(project, graph, reference, as_of, scenario),
        findings=ordered,
        evidence=_evidence(project, ordered),
        names={p.id: p.name for p in project.parties},
        documents=tuple((d.path, d.sha256) for d in project.documents),
        created=created or dt.datetime.now().replace(microsecond=0),
    )


def _transfers(
    graph: nx.MultiDiGraph,
    findings: tuple[Finding, ...],
    reference: ReferenceData,
    as_of: dt.date,
    scenario: Scenario,
) -> tuple[TransferRow, ...]:
    by_flow: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.flow:
            by_flow.setdefault(finding.flow, []).append(finding)
    places: dict[str | None, Destination] = {}

    def place(code: str | None) -> Destination:
        if code not in places:
            places[code] = reference.destination(code, as_of, scenario.withdrawn)
        return places[code]

    routes = Routes(graph)
    rows = []
    for exporter_id, importer_id, flow in graph.edges(data="flow"):
        importer: Party = graph.nodes[importer_id]["party"]
        destination = place(importer.country)
        if destination.status is DestinationStatus.EEA:
            continue
        exporter: Party = graph.nodes[exporter_id]["party"]
        rows.append(
            _row(
                flow,
                exporter,
                importer,
                destination,
                place(exporter.country),
                routes,
                tuple(by_flow.get(flow.id, ())),
                as_of,
            )
        )
    rows.sort(
        key=lambda r: (
            -(r.severity.rank if r.severity else 0),
            r.exporter.name.casefold(),
            r.importer.name.casefold(),
            r.flow.id,
        )
    )
    return _name_sheets(rows)


def _row(
    flow: Flow,
    exporter: Party,
    importer: Party,
    destination: Destination,
    origin: Destination,
    routes: Routes,
    found: tuple[Finding, ...],
    as_of: dt.date,
) -> TransferRow:
    attribute = destination.jurisdiction.scope_attribute if destination.jurisdiction else None
    in_scope = importer.scope_on(attribute, as_of) if attribute else Tristate.UNKNOWN
    covered = _covered(destination, in_scope)
    onward, more = routes.onward(importer.id)
    return TransferRow(
        flow=flow,
        exporter=exporter,
        importer=importer,
        destination=destination,
        exporter_in_eea=origin.status is DestinationStatus.EEA,
        route=routes.route(exporter.id, importer.id),
        onward=onward,
        onward_more=more,
        findings=found,
        covered_by_adequacy=covered,
        needs_tia=_assessment_due(flow, destination, covered),
        sheet=None,
        in_scope=in_scope,
    )


def _assessment_due(flow: Flow, destination: Destination, covered: bool) -> bool:
    """Whether the transfer needs a TIA: it is known to leave the EEA for a place no adequacy
    decision covers (a third-country destination, or a statement that the data leaves the EEA when
    the destination is unknown), and nobody recorded that no TIA is required. A recipient of
    unknown location with no such statement gets a finding asking for its location instead."""
    if covered or flow.tia_status is TiaStatus.NOT_REQUIRED:
        return False
    if destination.status is DestinationStatus.UNKNOWN:
        return flow.leaves_eea
    return destination.status is not DestinationStatus.EEA


def _covered(destination: Destination, in_scope: Tristate) -> bool:
    """Whether an adequacy decision covers the transfer (a partial one only an importer in its scope,
    as known on the as-of date: ``Party.scope_on``)."""
    if destination.status is DestinationStatus.ADEQUATE:
        return True
    j = destination.jurisdiction
    if destination.status is not DestinationStatus.PARTIAL or j is None or j.scope_attribute is None:
        return False
    return in_scope is Tristate.YES


def _name_sheets(rows: list[TransferRow]) -> tuple[TransferRow, ...]:
    taken: set[str] = set()  # "TIA-" names never meet the workbook's other sheet titles
    return tuple(replace(r, sheet=sheet_title(f"TIA-{r.flow.id}", taken)) if r.needs_tia else r for r in rows)


def _parties(
    project: Project, graph: nx.MultiDiGraph, reference: ReferenceData, as_of: dt.date, scenario: Scenario
) -> tuple[PartyRow, ...]:
    out: dict[str, int] = {}
    into: dict[str, int] = {}
    for u, v in graph.edges():
        out[u] = out.get(u, 0) + 1
        into[v] = into.get(v, 0) + 1
    controlled: dict[str, list[str]] = {}
    for document in project.documents:
        if document.controller:
            controlled.setdefault(document.controller, []).append(document.path)
    rows = []
    for p in sorted(project.parties, key=lambda p: (p.name.casefold(), p.id)):
        docs = [e.document.path for e in p.evidence] + controlled.get(p.id, [])
        status = reference.destination(p.country, as_of, scenario.withdrawn).status
        rows.append(PartyRow(p, status, out.get(p.id, 0), into.get(p.id, 0), tuple(dict.fromkeys(docs))))
    return tuple(rows)


def _evidence(project: Project, findings: Iterable[Finding]) -> tuple[EvidenceRow, ...]:
    uses: dict[Evidence, list[tuple[str, str]]] = {}
    for party in project.parties:
        for e in party.evidence:
            uses.setdefault(e, []).append(("party", party.name))
    for flow in project.flows:
        for e in flow.evidence:
            uses.setdefault(e, []).append(("flow", flow.id))
    for finding in findings:
        for e in finding.evidence:
            uses.setdefault(e, []).append(("finding", finding.rule.value))
    ordered = sorted(uses, key=lambda e: (e.document.path, e.start, e.end))
    return tuple(EvidenceRow(f"E{i}", e, tuple(dict.fromkeys(uses[e]))) for i, e in enumerate(ordered, 1))
