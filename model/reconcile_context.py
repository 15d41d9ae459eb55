"""The project as reconciliation sees it: which document states each flow, and what each
controller's notices say (built once per check, so large registers stay fast)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from model.evidence import Evidence
from model.findings import Scenario
from model.flows import Flow
from model.ids import PartyId
from model.parties import Party, Role
from model.project import Document, DocumentKind, Project
from model.reference import ReferenceData

PROCESSOR_ROLES = frozenset({Role.PROCESSOR, Role.SUB_PROCESSOR, Role.IT_HOSTING})
REGISTERS = frozenset({DocumentKind.REGISTER})
LISTS = frozenset({DocumentKind.REGISTER, DocumentKind.SUBPROCESSOR_LIST})


@dataclass(frozen=True, slots=True)
class NoticeSide:
    """What one controller's notices state: the flows they evidence, and those leaving the EEA."""

    controller: PartyId
    notices: tuple[Document, ...]
    stated: tuple[Flow, ...]
    roles: frozenset[Role]  # the kinds of recipient the notices mention (placeholders aside)
    refs: frozenset[tuple[str, str]] = field(default=frozenset())
    transfers: tuple[Flow, ...] = ()  # the flows the notices say leave (or may leave) the EEA

    @property
    def paths(self) -> str:
        """The notices' paths, for messages."""
        return ", ".join(d.path for d in self.notices)

    def quotes(self, evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
        """The quotes among ``evidence`` that come from these notices."""
        return tuple(e for e in evidence if (e.document.path, e.document.sha256) in self.refs)


@dataclass(frozen=True, slots=True)
class Context:
    """The project seen per document, with the reference data the checks run against."""

    parties: dict[PartyId, Party]
    flows: tuple[Flow, ...]
    kinds: dict[tuple[str, str], DocumentKind]
    sides: dict[PartyId, NoticeSide]
    feeders: dict[PartyId, set[PartyId]]
    reference: ReferenceData
    as_of: dt.date
    scenario: Scenario

    def listed(self, flow: Flow, kinds: frozenset[DocumentKind] = LISTS) -> tuple[Evidence, ...]:
        """The flow's quotes from registers (and sub-processor lists)."""
        return tuple(
            e for e in flow.evidence if self.kinds.get((e.document.path, e.document.sha256)) in kinds
        )

    def outside_eea(self, flow: Flow) -> bool:
        """Whether the flow goes to a known country outside the EEA, or is stated to leave it."""
        country = self.parties[flow.importer].country
        return (country is not None and not self.reference.is_eea(country)) or (
            country is None and flow.leaves_eea
        )

    def controllers(self, party: PartyId) -> list[PartyId]:
        """The controllers whose data reaches ``party``, walking flows back (the party itself when one)."""
        seen, queue, found = {party}, deque([party]), []
        while queue:
            node = queue.popleft()
            if self.parties[node].role is Role.CONTROLLER:
                found.append(node)
                continue
            for feeder in sorted(self.feeders.get(node, ())):
                if feeder not in seen:
                    seen.add(feeder)
                    queue.append(feeder)
        return found


def context(project: Project, as_of: dt.date, reference: ReferenceData, scenario: Scenario) -> Context:
    """The reconciliation context of ``project`` (active parties and flows only)."""
    flows = project.active_flows()
    feeders: dict[PartyId, set[PartyId]] = defaultdict(set)
    for flow in flows:
        feeders[flow.importer].add(flow.exporter)
    kinds = {(d.path, d.sha256): d.kind for d in project.documents}
    ctx = Context(project.parties_by_id(), flows, kinds, {}, feeders, reference, as_of, scenario)
    ctx.sides.update(_sides(project, ctx))
    return ctx


def _sides(project: Project, ctx: Context) -> dict[PartyId, NoticeSide]:
    notices: dict[PartyId, list[Document]] = defaultdict(list)
    for doc in project.documents:
        if doc.kind is DocumentKind.NOTICE and doc.controller and not doc.error:
            notices[doc.controller].append(doc)
    refs = {c: frozenset((d.path, d.sha256) for d in docs) for c, docs in notices.items()}
    stated: dict[PartyId, list[Flow]] = defaultdict(list)
    for flow in ctx.flows:
        mine = refs.get(flow.exporter)
        if mine and any((e.document.path, e.document.sha256) in mine for e in flow.evidence):
            stated[flow.exporter].append(flow)
    return {c: _side(ctx, c, tuple(docs), tuple(stated[c]), refs[c]) for c, docs in notices.items()}


def _side(
    ctx: Context,
    controller: PartyId,
    notices: tuple[Document, ...],
    stated: tuple[Flow, ...],
    refs: frozenset[tuple[str, str]],
) -> NoticeSide:
    roles = frozenset(ctx.parties[f.importer].role for f in stated if not ctx.parties[f.importer].placeholder)
    return NoticeSide(
        controller, notices, stated, roles, refs, tuple(f for f in stated if _says_it_leaves(ctx, f))
    )


def _says_it_leaves(ctx: Context, flow: Flow) -> bool:
    """A notice says data leaves the EEA in a transfer statement, or by naming a recipient abroad that
    no register or list states (so that the country is the notice's own)."""
    importer = ctx.parties[flow.importer]
    listed = any(ctx.kinds.get((e.document.path, e.document.sha256)) in LISTS for e in importer.evidence)
    return flow.leaves_eea or (ctx.outside_eea(flow) and not listed)
