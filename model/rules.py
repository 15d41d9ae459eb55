"""The GDPR Chapter V rules: ``assess(graph, as_of=..., scenario=...)`` returns findings as values.

Each rule is a function of one flow's (or party's) situation; none reads files or settings. The
reference data is passed in (the bundled file when omitted) so that an auditor can re-run a check
against the same dated facts.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import networkx as nx

from model.findings import NO_SCENARIO, Finding, RuleId, Scenario, Severity, sort_findings
from model.flows import Flow, TiaStatus, ToolFamily
from model.graph import chain_to, chains_from
from model.ids import PartyId
from model.labels import label, phrase
from model.parties import Party, Role, Tristate
from model.reference import Destination, DestinationStatus, ReferenceData, bundled_reference

ART_44 = "Art. 44 GDPR"
ART_45 = "Art. 45 GDPR"
ART_46 = "Art. 46 GDPR"
ART_49 = "Art. 49 GDPR"
ART_13 = "Art. 13(1)(f) / 14(1)(f) GDPR"
CLAUSE_14 = "Art. 46 GDPR; SCC Clause 14; EDPB Recommendations 01/2020"


@dataclass(frozen=True, slots=True)
class Hop:
    """One flow as Chapter V sees it: who sends, who receives, where to, and on what basis."""

    flow: Flow
    exporter: Party
    importer: Party
    destination: Destination
    scenario: Scenario

    def finding(self, rule: RuleId, severity: Severity, article: str, message: str, **facts: str) -> Finding:
        """A finding about this hop, carrying its evidence, facts and the decision relied on."""
        base = {
            "exporter country": self.exporter.country or "unknown",
            "importer country": self.importer.country or "unknown",
            "destination status": self.destination.status.label,
            "tools": ", ".join(t.kind for t in self.flow.tools) or "none recorded",
        }
        if self.destination.lapse:
            base["adequacy decision"] = self.destination.lapse
        if self.flow.special_categories:
            base["special categories"] = ", ".join(self.flow.special_categories)
        if self.scenario.labels:
            base["scenario"] = "; ".join(self.scenario.labels)
        if self.importer.country and self.importer.country_source:
            base["importer country from"] = self.importer.country_source.label
        base.update(facts)
        reference = (self.destination.decision_source,) if self.destination.jurisdiction else ()
        return Finding(
            rule=rule,
            severity=severity,
            article=article,
            message=message,
            exporter=self.exporter.id,
            exporter_name=self.exporter.name,
            importer=self.importer.id,
            importer_name=self.importer.name,
            flow=self.flow.id,
            country=self.destination.code,
            path=(self.exporter.id, self.importer.id),
            facts=tuple(base.items()),
            evidence=self.flow.evidence or self.importer.evidence,
            reference=reference,
        )


def assess(
    graph: nx.MultiDiGraph,
    *,
    as_of: dt.date,
    scenario: Scenario = NO_SCENARIO,
    reference: ReferenceData | None = None,
) -> list[Finding]:
    """Every Chapter V finding on the graph, on the date ``as_of``, under ``scenario``.

    Deterministic and independent of the order in which parties and flows were added.
    """
    reference = reference or bundled_reference()
    party_of: dict[PartyId, Party] = dict(graph.nodes(data="party"))
    eea_side = _eea_side(graph, party_of, reference)
    destination = _destination_lookup(reference, as_of, scenario)
    findings: list[Finding] = []
    unprotected: list[Hop] = []
    for exporter_id, targets in graph.succ.items():
        exporter = party_of[exporter_id]
        exporting = exporter_id in eea_side
        for importer_id, keyed in targets.items():
            importer = party_of[importer_id]
            dest = destination(importer.country)
            for data in keyed.values():
                hop = Hop(data["flow"], exporter, importer, dest, scenario)
                if exporting:
                    found = [_raise_for_special_categories(f, hop.flow) for f in _flow_findings(hop, as_of)]
                    if found and importer.country and not importer.country_settled:
                        found = [_processing_place_unconfirmed(hop, found)]
                    findings.extend(found)
                    if any(f.rule in _UNPROTECTED_RULES for f in found):
                        unprotected.append(hop)
                elif dest.status is DestinationStatus.THIRD_COUNTRY and not _valid_families(hop.flow):
                    unprotected.append(hop)
    findings.extend(_location_unconfirmed(party_of))
    findings.extend(_onward_transfers(graph, party_of, unprotected, eea_side))
    return sort_findings(findings)


def _destination_lookup(
    reference: ReferenceData, as_of: dt.date, scenario: Scenario
) -> Callable[[str | None], Destination]:
    """``reference.destination`` memoised per country for one run."""
    cache: dict[str | None, Destination] = {}

    def lookup(code: str | None) -> Destination:
        if code not in cache:
            cache[code] = reference.destination(code, as_of, scenario.withdrawn)
        return cache[code]

    return lookup


_UNPROTECTED_RULES = frozenset({RuleId.NO_SAFEGUARD, RuleId.ADEQUACY_EXPIRED, RuleId.INVALID_MECHANISM})
_VALID_FAMILIES = frozenset({ToolFamily.ART46, ToolFamily.ART49})


def _valid_families(flow: Flow) -> frozenset[ToolFamily]:
    return flow.families() & _VALID_FAMILIES


def _eea_side(
    graph: nx.MultiDiGraph, party_of: dict[PartyId, Party], reference: ReferenceData
) -> set[PartyId]:
    """Parties whose outgoing flows are exports under Chapter V.

    Parties in the EEA; a controller whose country is not known (the notices are GDPR notices);
    and parties of unknown country fed from either, since until their location is confirmed their
    own recipients must be protected as if the data left the EEA there.
    """
    side: set[PartyId] = set()
    for node, party in party_of.items():
        if reference.is_eea(party.country) or (party.country is None and party.role is Role.CONTROLLER):
            side.add(node)
    queue = deque(side)
    while queue:
        node = queue.popleft()
        for nxt in graph.succ[node]:
            if nxt not in side and party_of[nxt].country is None:
                side.add(nxt)
                queue.append(nxt)
    return side


def _flow_findings(hop: Hop, as_of: dt.date) -> Iterator[Finding]:
    status = hop.destination.status
    if status is DestinationStatus.EEA:
        return
    if status is DestinationStatus.UNKNOWN:
        if hop.flow.leaves_eea:
            yield _unknown_destination(hop)
            yield from _tool_findings(hop, as_of, assessed=False)
        return
    if status is DestinationStatus.ADEQUATE:
        yield from _invalid_references(hop, alone=False)
        return
    in_scope = _in_scope(hop, as_of)
    if status is DestinationStatus.PARTIAL and in_scope is Tristate.YES:
        yield from _invalid_references(hop, alone=False)
        return
    if status is DestinationStatus.PARTIAL and in_scope is Tristate.UNKNOWN and not _valid_families(hop.flow):
        yield _partial_unverified(hop, as_of)
        return
    yield from _tool_findings(hop, as_of, assessed=True)


def _in_scope(hop: Hop, as_of: dt.date) -> Tristate:
    """Whether the importer is inside its destination's partial decision, as known on ``as_of``
    (a dated check of the official list answers for a year: ``Party.scope_on``)."""
    attribute = hop.destination.jurisdiction.scope_attribute if hop.destination.jurisdiction else None
    return Tristate.UNKNOWN if attribute is None else hop.importer.scope_on(attribute, as_of)


def _tool_findings(hop: Hop, as_of: dt.date, *, assessed: bool) -> Iterator[Finding]:
    """Findings on a flow whose destination is not covered by adequacy (or is not known)."""
    families = hop.flow.families()
    if ToolFamily.ART46 in families:
        yield from _invalid_references(hop, alone=False)
        if assessed:
            yield from _tia_findings(hop, as_of)
        return
    if ToolFamily.ART49 in families:
        yield from _invalid_references(hop, alone=False)
        yield _derogation_only(hop)
        return
    if ToolFamily.UNSPECIFIED in families:
        yield from _invalid_references(hop, alone=False)
        yield _unspecified(hop)
        return
    if not assessed:
        return
    if ToolFamily.INVALID in families:
        yield from _invalid_references(hop, alone=True)
    elif hop.destination.lapse == "expired":
        yield _adequacy_expired(hop)
    else:
        yield _no_safeguard(hop)


def _invalid_references(hop: Hop, *, alone: bool) -> Iterator[Finding]:
    for tool in hop.flow.tools:
        if tool.kind.info.family is not ToolFamily.INVALID:
            continue
        severity = Severity.HIGH if alone else Severity.MEDIUM
        rest = (
            "and nothing else protects the transfer" if alone else "beside a valid tool; update the contract"
        )
        yield hop.finding(
            RuleId.INVALID_MECHANISM,
            severity,
            f"{ART_44}; {tool.kind.info.article}",
            f"The transfer from {hop.exporter.name} to {hop.importer.name} relies on "
            f"{tool.kind.info.label}, which is no longer valid, {rest}.",
            **{"invalid tool": tool.kind.info.label, "tool reference": tool.reference or "none"},
        )


def _tia_findings(hop: Hop, as_of: dt.date) -> Iterator[Finding]:
    flow = hop.flow
    if flow.tia_status in (TiaStatus.COMPLETED, TiaStatus.NOT_REQUIRED):
        if flow.tia_status is TiaStatus.COMPLETED and flow.tia_review_date and flow.tia_review_date < as_of:
            yield hop.finding(
                RuleId.TIA_OVERDUE,
                Severity.LOW,
                CLAUSE_14,
                f"The transfer impact assessment for {hop.importer.name} was due for review on "
                f"{flow.tia_review_date.isoformat()}.",
                **{"TIA review date": flow.tia_review_date.isoformat(), "as of": as_of.isoformat()},
            )
        return
    yield hop.finding(
        RuleId.TIA_MISSING,
        Severity.MEDIUM,
        CLAUSE_14,
        f"The transfer to {hop.importer.name} ({hop.destination.code}) relies on "
        f"{_tool_names(flow)} but no completed transfer impact assessment is recorded.",
        **{"TIA status": flow.tia_status.value},
    )


def _tool_names(flow: Flow) -> str:
    return ", ".join(dict.fromkeys(t.kind.info.label for t in flow.tools))


def _no_safeguard(hop: Hop) -> Finding:
    why = _why_not_adequate(hop)
    return hop.finding(
        RuleId.NO_SAFEGUARD,
        Severity.HIGH,
        f"{ART_44}; {ART_46}; {ART_49}",
        f"Personal data goes from {hop.exporter.name} to {hop.importer.name} in "
        f"{hop.destination.code}, {why}, and no Art. 46 safeguard or Art. 49 derogation is recorded.",
    )


def _why_not_adequate(hop: Hop) -> str:
    lapse = hop.destination.lapse
    if lapse == "withdrawn":
        return "whose adequacy decision is withdrawn under the scenario"
    if lapse == "not yet in force":
        return "whose adequacy decision was not yet in force on that date"
    if hop.destination.status is DestinationStatus.PARTIAL:
        return "outside the scope of its partial adequacy decision"
    return "which has no adequacy decision"


def _adequacy_expired(hop: Hop) -> Finding:
    j = hop.destination.jurisdiction
    expired = j.expires.isoformat() if j and j.expires else "unknown"
    return hop.finding(
        RuleId.ADEQUACY_EXPIRED,
        Severity.HIGH,
        ART_45,
        f"The adequacy decision for {hop.destination.code} expired on {expired}; the transfer from "
        f"{hop.exporter.name} to {hop.importer.name} has no other recorded tool.",
        **{"decision expires": expired},
    )


def _unknown_destination(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.UNKNOWN_DESTINATION,
        Severity.MEDIUM,
        f"{ART_44}; {ART_13}",
        f"Data from {hop.exporter.name} to {hop.importer.name} may leave the EEA, but no destination "
        f"country is stated, so whether an adequacy decision covers it cannot be checked.",
    )


def _unspecified(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.UNSPECIFIED_SAFEGUARD,
        Severity.MEDIUM,
        ART_46,
        f"The transfer from {hop.exporter.name} to {hop.importer.name} rests only on unnamed "
        f"'contractual obligations'; record which Art. 46 tool (for example SCC module and date) applies.",
    )


def _derogation_only(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.DEROGATION_ONLY,
        Severity.MEDIUM,
        ART_49,
        f"The transfer from {hop.exporter.name} to {hop.importer.name} rests on an Art. 49 derogation "
        f"({_tool_names(hop.flow)}) alone, which only suits occasional, non-repetitive transfers.",
    )


def _partial_unverified(hop: Hop, as_of: dt.date) -> Finding:
    j = hop.destination.jurisdiction
    attribute = phrase(j.scope_attribute) if j and j.scope_attribute else "scope"
    check = hop.importer.scope_check(j.scope_attribute) if j and j.scope_attribute else None
    facts = {"scope condition": j.scope if j else "", "attribute": attribute}
    whether = f"whether {hop.importer.name} is covered ({attribute}) is not confirmed"
    if check is not None:  # a check that no longer answers for as_of (a current one settles it)
        stale = check.stale_reason(as_of)
        whether = f"{hop.importer.name}'s {attribute} ({phrase(check.value)}) was {stale}"
        by = f" by {check.checked_by}" if check.checked_by else ""
        facts["last check"] = f"{phrase(check.value)}: {stale}{by}"
    again = "; check the official list again" if check is not None else ""
    return hop.finding(
        RuleId.PARTIAL_ADEQUACY_UNVERIFIED,
        Severity.MEDIUM,
        ART_45,
        f"The adequacy decision for {hop.destination.code} covers only some importers; {whether}, "
        f"and no other tool is recorded{again}.",
        **facts,
    )


def _raise_for_special_categories(finding: Finding, flow: Flow) -> Finding:
    if flow.special_categories and finding.severity is not Severity.HIGH:
        return replace(finding, severity=finding.severity.raised())
    return finding


def _processing_place_unconfirmed(hop: Hop, likely: list[Finding]) -> Finding:
    """One finding asking where the importer processes the data, in place of findings that would
    settle a transfer on a country only the catalogue, a legal form or a web domain gives."""
    source = hop.importer.country_source
    how = source.label if source else "an unconfirmed source"
    rules = ", ".join(dict.fromkeys(label(f.rule) for f in likely))
    return hop.finding(
        RuleId.PROCESSING_PLACE_UNCONFIRMED,
        Severity.MEDIUM,
        f"{ART_44}; {ART_46}",
        f"{hop.importer.name} is placed in {hop.destination.code} only by {how}; where it processes the "
        f"data is not confirmed. If it is there, data from {hop.exporter.name} leaves the EEA ({rules}). "
        "Confirm the processing location.",
        **{"likely findings": rules},
    )


def _location_unconfirmed(party_of: dict[PartyId, Party]) -> Iterator[Finding]:
    for node, party in party_of.items():
        if party.country is not None or party.placeholder:
            continue
        yield Finding(
            rule=RuleId.LOCATION_UNCONFIRMED,
            severity=Severity.LOW,
            article=f"{ART_44}; Art. 30(1)(e) GDPR",
            message=f"Nobody has stated or confirmed where {party.name} ({phrase(party.role)}) is located, "
            f"so whether data sent to it leaves the EEA is unknown.",
            importer=node,
            importer_name=party.name,
            facts=(("role", party.role.value), ("review", party.review.value)),
            evidence=party.evidence,
        )


def _onward_transfers(
    graph: nx.MultiDiGraph, party_of: dict[PartyId, Party], unprotected: list[Hop], eea_side: set[PartyId]
) -> Iterator[Finding]:
    """Chains whose hop out of the EEA (or onward from a third country) has no safeguard."""
    if not unprotected:
        return
    origins = [n for n, p in party_of.items() if p.role is Role.CONTROLLER and n in eea_side]
    parents = chains_from(graph, origins or [n for n in eea_side if graph.in_degree(n) == 0])
    for hop in unprotected:
        chain = chain_to(parents, hop.exporter.id)
        from_eea = hop.exporter.id in eea_side
        if len(chain) < 2 or not (from_eea or any(p in eea_side for p in chain)):
            continue
        path = (*chain, hop.importer.id)
        names = " -> ".join(party_of[p].name for p in path)
        severity = Severity.HIGH if from_eea else Severity.MEDIUM
        where = "leaves the EEA" if from_eea else "moves on from a third country"
        finding = hop.finding(
            RuleId.ONWARD_TRANSFER,
            severity,
            f"{ART_44} (onward transfers); {ART_46}",
            f"Along {names}, the data {where} at {hop.exporter.name} -> {hop.importer.name} "
            f"({hop.destination.code}) without a recorded safeguard.",
            **{"path": names, "hops": str(len(path) - 1)},
        )
        yield replace(_raise_for_special_categories(finding, hop.flow), path=path)
