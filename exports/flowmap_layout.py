"""Where the data-flow map puts things: jurisdiction bands, the grid inside a band, and filters.

Pure functions over the graph and the reference data (no drawing), used by ``exports.flowmap``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

import networkx as nx

from model.evidence import Evidence
from model.findings import NO_SCENARIO, Finding, Scenario, Severity
from model.ids import FlowId, PartyId
from model.parties import Party, Role
from model.reference import DestinationStatus, ReferenceData

X_STEP, Y_STEP, BAND_GAP = 4.0, 1.0, 2.0  # columns leave room for a label to the right of a node


class Band(IntEnum):
    """The jurisdiction bands of the map, left to right: where the data goes, at a glance."""

    EEA = 0
    ADEQUATE = 1
    PARTIAL = 2
    THIRD = 3
    UNKNOWN = 4

    @property
    def label(self) -> str:
        """The band's heading on the map."""
        return _BAND_LABELS[self]


_BAND_LABELS = {
    Band.EEA: "Controller and EEA",
    Band.ADEQUATE: "Adequate",
    Band.PARTIAL: "Partially adequate",
    Band.THIRD: "Third countries",
    Band.UNKNOWN: "Country unknown",
}
_BAND_OF_STATUS = {
    DestinationStatus.EEA: Band.EEA,
    DestinationStatus.ADEQUATE: Band.ADEQUATE,
    DestinationStatus.PARTIAL: Band.PARTIAL,
    DestinationStatus.THIRD_COUNTRY: Band.THIRD,
    DestinationStatus.UNKNOWN: Band.UNKNOWN,
}


@dataclass(frozen=True, slots=True)
class MapFilter:
    """What the map shows. Empty collections mean no restriction.

    A party passes when it matches every restriction given; the flows touching passing parties
    are drawn together with their other end, so the context of a match stays visible.
    ``documents`` holds the sha256 of source documents: parties and flows they give evidence for.
    ``only_flagged`` keeps only flows with a finding (and their two ends).
    """

    only_flagged: bool = False
    roles: frozenset[Role] = frozenset()
    countries: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()


NO_FILTER = MapFilter()


def party_band(party: Party, reference: ReferenceData, as_of: dt.date, scenario: Scenario) -> Band:
    """The band a party is drawn in: controllers sit with the EEA, others by destination status."""
    if party.role is Role.CONTROLLER and party.country is None:
        return Band.EEA
    status = reference.destination(party.country, as_of, scenario.withdrawn).status
    return _BAND_OF_STATUS[status]


def filter_graph(graph: nx.MultiDiGraph, findings: Iterable[Finding], filters: MapFilter) -> nx.MultiDiGraph:
    """The part of ``graph`` that ``filters`` lets through (see ``MapFilter``)."""
    if filters == NO_FILTER:
        return graph
    flagged_flows = {f.flow for f in findings if f.flow}
    keep_edges = []
    for u, v, key, flow in graph.edges(keys=True, data="flow"):
        if filters.only_flagged and key not in flagged_flows:
            continue
        ends = (graph.nodes[u]["party"], graph.nodes[v]["party"])
        if any(party_passes(p, filters) for p in ends) or _flow_evidence_passes(flow.evidence, filters):
            keep_edges.append((u, v, key))
    sub = graph.edge_subgraph(keep_edges).copy()
    if not filters.only_flagged:
        sub.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if party_passes(d["party"], filters))
    return sub


def party_passes(party: Party, filters: MapFilter) -> bool:
    """Whether a party matches the role, country and document restrictions of ``filters``."""
    if filters.roles and party.role not in filters.roles:
        return False
    if filters.countries and (party.country or "") not in filters.countries:
        return False
    return not filters.documents or _cites(party.evidence, filters.documents)


def _flow_evidence_passes(evidence: Iterable[Evidence], filters: MapFilter) -> bool:
    # A flow stated by a chosen notice is shown even if neither end is cited by it, unless the
    # user also restricted roles or countries (then the parties decide).
    if not filters.documents or filters.roles or filters.countries:
        return False
    return _cites(evidence, filters.documents)


def _cites(evidence: Iterable[Evidence], documents: frozenset[str]) -> bool:
    return any(e.document.sha256 in documents for e in evidence)


def band_layout(
    graph: nx.MultiDiGraph, reference: ReferenceData, as_of: dt.date, scenario: Scenario = NO_SCENARIO
) -> tuple[dict[PartyId, tuple[float, float]], dict[PartyId, Band]]:
    """Positions for every party: bands left to right, each a grid grouped by country then role.

    Rows grow with the square root of the party count so the map keeps a wide, readable shape;
    controllers come first, so they sit top left where the reading starts.
    """
    bands: dict[PartyId, Band] = {}
    members: dict[Band, list[Party]] = {b: [] for b in Band}
    for node, party in graph.nodes(data="party"):
        bands[node] = party_band(party, reference, as_of, scenario)
        members[bands[node]].append(party)
    biggest = max((len(m) for m in members.values()), default=0)
    rows = max(1, min(biggest, max(6, math.ceil(1.5 * math.sqrt(len(bands))))))
    positions: dict[PartyId, tuple[float, float]] = {}
    x0 = 0.0
    for band in Band:
        ordered = sorted(members[band], key=_layout_key)
        for i, party in enumerate(ordered):
            positions[party.id] = (x0 + (i // rows) * X_STEP, -(i % rows) * Y_STEP)
        x0 += max(1, math.ceil(len(ordered) / rows)) * X_STEP + BAND_GAP
    return positions, bands


def _layout_key(party: Party) -> tuple[bool, str, str, str]:
    return (party.role is not Role.CONTROLLER, party.country or "~", party.role.value, party.name.casefold())


def severity_by_flow(findings: Iterable[Finding]) -> dict[FlowId, Severity]:
    """The most severe finding on each flow."""
    worst: dict[FlowId, Severity] = {}
    for f in findings:
        if f.flow and (f.flow not in worst or f.severity.rank > worst[f.flow].rank):
            worst[f.flow] = f.severity
    return worst


def flagged_parties(findings: Iterable[Finding]) -> dict[PartyId, Severity]:
    """The most severe finding about each party that receives a flagged flow or is itself flagged."""
    worst: dict[PartyId, Severity] = {}
    for f in findings:
        party = f.importer or (f.exporter if not f.flow else None)
        if party and (party not in worst or f.severity.rank > worst[party].rank):
            worst[party] = f.severity
    return worst
