"""The GDPR Chapter V rules: ``assess(graph, as_of=..., scenario=...)`` returns findings as values.

Each rule is a function of one flow's (or party's) situation; none reads files or settings. The
reference data is passed in (the bundled file when omitted) so that an auditor can re-run a check
against the same dated facts.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

import networkx as nx

from model.findings import NO_SCENARIO, Finding, MessageCode, Param, RuleId, Scenario, Severity, sort_findings
from model.flows import Flow, TiaStatus, ToolFamily, ToolKind
from model.graph import chain_to, chains_from
from model.ids import PartyId
from model.labels import label, phrase
from model.parties import SCOPE_CHECK_VALID_DAYS, Party, Role, Tristate
from model.reference import Destination, DestinationStatus, Jurisdiction, ReferenceData, bundled_reference

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

    def finding(
        self,
        rule: RuleId,
        severity: Severity,
        article: str,
        code: MessageCode,
        params: Mapping[str, Param] | None = None,
        **facts: str,
    ) -> Finding:
        """A finding about this hop saying ``code`` (its exporter, importer and country are among the
        ``params`` already), carrying its evidence, facts and the decision relied on."""
        said: dict[str, Param] = {"exporter": self.exporter.name, "importer": self.importer.name}
        said |= {"country": self.destination.code or "?", **(params or {})}
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
            code=code,
            params=tuple(said.items()),
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
        yield hop.finding(
            RuleId.INVALID_MECHANISM,
            Severity.HIGH if alone else Severity.MEDIUM,
            f"{ART_44}; {tool.kind.info.article}",
            MessageCode.INVALID_ALONE if alone else MessageCode.INVALID_BESIDE_VALID,
            {"tool": tool.kind},
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
                MessageCode.TIA_OVERDUE,
                {"review_date": flow.tia_review_date.isoformat()},
                **{"TIA review date": flow.tia_review_date.isoformat(), "as of": as_of.isoformat()},
            )
        return
    yield hop.finding(
        RuleId.TIA_MISSING,
        Severity.MEDIUM,
        CLAUSE_14,
        MessageCode.TIA_MISSING,
        {"tools": _tool_kinds(flow)},
        **{"TIA status": flow.tia_status.value},
    )


def _tool_kinds(flow: Flow) -> tuple[ToolKind, ...]:
    return tuple(dict.fromkeys(t.kind for t in flow.tools))


def _no_safeguard(hop: Hop) -> Finding:
    return hop.finding(RuleId.NO_SAFEGUARD, Severity.HIGH, f"{ART_44}; {ART_46}; {ART_49}", _why_not(hop))


def _why_not(hop: Hop) -> MessageCode:
    """Why the destination's adequacy does not cover the hop, as the message says it."""
    lapse = hop.destination.lapse
    if lapse == "withdrawn":
        return MessageCode.NO_SAFEGUARD_WITHDRAWN
    if lapse == "not yet in force":
        return MessageCode.NO_SAFEGUARD_NOT_YET_IN_FORCE
    if hop.destination.status is DestinationStatus.PARTIAL:
        return MessageCode.NO_SAFEGUARD_OUTSIDE_PARTIAL
    return MessageCode.NO_SAFEGUARD


def _adequacy_expired(hop: Hop) -> Finding:
    j = hop.destination.jurisdiction
    expired = j.expires.isoformat() if j and j.expires else "unknown"
    return hop.finding(
        RuleId.ADEQUACY_EXPIRED,
        Severity.HIGH,
        ART_45,
        MessageCode.ADEQUACY_EXPIRED,
        {"expired": j.expires.isoformat() if j and j.expires else Tristate.UNKNOWN},
        **{"decision expires": expired},
    )


def _unknown_destination(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.UNKNOWN_DESTINATION,
        Severity.MEDIUM,
        f"{ART_44}; {ART_13}",
        MessageCode.UNKNOWN_DESTINATION,
    )


def _unspecified(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.UNSPECIFIED_SAFEGUARD,
        Severity.MEDIUM,
        ART_46,
        MessageCode.UNSPECIFIED_SAFEGUARD,
    )


def _derogation_only(hop: Hop) -> Finding:
    return hop.finding(
        RuleId.DEROGATION_ONLY,
        Severity.MEDIUM,
        ART_49,
        MessageCode.DEROGATION_ONLY,
        {"tools": _tool_kinds(hop.flow)},
    )


def _partial_unverified(hop: Hop, as_of: dt.date) -> Finding:
    j = hop.destination.jurisdiction
    attribute = phrase(j.scope_attribute) if j and j.scope_attribute else "scope"
    check = hop.importer.scope_check(j.scope_attribute) if j and j.scope_attribute else None
    facts = {"scope condition": j.scope if j else "", "attribute": attribute}
    code, params = MessageCode.PARTIAL_UNCHECKED, {"attribute": _scope_word(j)}
    if check is not None:  # a check that no longer answers for as_of (a current one settles it)
        stale = check.stale_reason(as_of)
        by = f" by {check.checked_by}" if check.checked_by else ""
        facts["last check"] = f"{phrase(check.value)}: {stale}{by}"
        later = check.checked_on > as_of
        code = MessageCode.PARTIAL_CHECKED_AFTER if later else MessageCode.PARTIAL_CHECK_OLD
        params |= {"value": check.value, "checked_on": check.checked_on.isoformat()}
        params |= {"as_of": as_of.isoformat(), "days": str(SCOPE_CHECK_VALID_DAYS)}
    return hop.finding(RuleId.PARTIAL_ADEQUACY_UNVERIFIED, Severity.MEDIUM, ART_45, code, params, **facts)


def _scope_word(j: Jurisdiction | None) -> Param:
    """The condition a partial decision puts on importers, or the word "scope" when it names none."""
    return j.scope_attribute if j and j.scope_attribute else MessageCode.WORD_SCOPE


def _raise_for_special_categories(finding: Finding, flow: Flow) -> Finding:
    if flow.special_categories and finding.severity is not Severity.HIGH:
        return replace(finding, severity=finding.severity.raised())
    return finding


def _processing_place_unconfirmed(hop: Hop, likely: list[Finding]) -> Finding:
    """One finding asking where the importer processes the data, in place of findings that would
    settle a transfer on a country only the catalogue, a legal form or a web domain gives."""
    source = hop.importer.country_source
    rules = tuple(dict.fromkeys(f.rule for f in likely))
    return hop.finding(
        RuleId.PROCESSING_PLACE_UNCONFIRMED,
        Severity.MEDIUM,
        f"{ART_44}; {ART_46}",
        MessageCode.PROCESSING_PLACE_UNCONFIRMED,
        {"how": source or MessageCode.WORD_UNCONFIRMED_SOURCE, "rules": rules},
        **{"likely findings": ", ".join(label(r) for r in rules)},
    )


def _location_unconfirmed(party_of: dict[PartyId, Party]) -> Iterator[Finding]:
    for node, party in party_of.items():
        if party.country is not None or party.placeholder:
            continue
        yield Finding(
            rule=RuleId.LOCATION_UNCONFIRMED,
            severity=Severity.LOW,
            article=f"{ART_44}; Art. 30(1)(e) GDPR",
            code=MessageCode.LOCATION_UNCONFIRMED,
            params=(("importer", party.name), ("role", party.role)),
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
        finding = hop.finding(
            RuleId.ONWARD_TRANSFER,
            Severity.HIGH if from_eea else Severity.MEDIUM,
            f"{ART_44} (onward transfers); {ART_46}",
            MessageCode.ONWARD_FROM_EEA if from_eea else MessageCode.ONWARD_FROM_THIRD_COUNTRY,
            {"path": names},
            **{"path": names, "hops": str(len(path) - 1)},
        )
        yield replace(_raise_for_special_categories(finding, hop.flow), path=path)
