"""Reconciliation: where a controller's notices and its registers disagree (GDPR Art. 13-14, 28).

The rules in ``model.rules`` judge each transfer; these judge what the documents say about them:

- ``notice-silent-transfer``: a register or sub-processor list records a transfer outside the
  EEA, but no imported notice of the controller says data may leave the EEA (Art. 13(1)(f)).
- ``notice-safeguard-mismatch``: the notice names a safeguard (or only "contractual obligations")
  other than the one the register records for those transfers (Art. 13(1)(f)).
- ``undisclosed-recipient``: the register has a recipient whose role no notice of the controller
  mentions, by name or by category (Art. 13(1)(e)).
- ``register-missing-contract``: a processor without a recorded data processing agreement
  (Art. 28(3)), or a transfer the register records without a transfer tool (Art. 46).

Which document says what comes from the evidence: every quote names its document, and the
project's documents say whether each is a notice, a register or a sub-processor list. Notices are
compared only with the registers of their own controller (following sub-processor chains back to
it); a controller with no imported notice is not judged on its notices.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from model.evidence import Evidence
from model.findings import NO_SCENARIO, Finding, RuleId, Scenario, Severity, sort_findings
from model.flows import Flow, ToolKind
from model.ids import PartyId
from model.parties import Party, Role, Tristate
from model.project import Document, DocumentKind, Project
from model.reference import DestinationStatus, ReferenceData, bundled_reference

ART_RECIPIENTS = "Art. 13(1)(e) / 14(1)(e) GDPR"
ART_TRANSFERS = "Art. 13(1)(f) / 14(1)(f) GDPR"
ART_DPA = "Art. 28(3) GDPR"
ART_TOOL = "Art. 44, 46 GDPR; Art. 30(1)(e) GDPR"
PROCESSOR_ROLES = frozenset({Role.PROCESSOR, Role.SUB_PROCESSOR, Role.IT_HOSTING})
_LISTS = frozenset({DocumentKind.REGISTER, DocumentKind.SUBPROCESSOR_LIST})
_NOTICE_EVIDENCE = 3  # notice sentences quoted beside a register row


@dataclass(frozen=True, slots=True)
class Context:
    """The project seen per document: who each flow is stated by, and each controller's notices."""

    project: Project
    parties: dict[PartyId, Party]
    flows: tuple[Flow, ...]
    documents: dict[tuple[str, str], Document]
    notices: dict[PartyId, tuple[Document, ...]]
    feeders: dict[PartyId, set[PartyId]]
    reference: ReferenceData
    as_of: dt.date
    scenario: Scenario

    def kind(self, evidence: Evidence) -> DocumentKind | None:
        """The kind of document a quote comes from (None for a document not in the project)."""
        doc = self.documents.get((evidence.document.path, evidence.document.sha256))
        return doc.kind if doc else None

    def listed(self, flow: Flow, kinds: frozenset[DocumentKind] = _LISTS) -> tuple[Evidence, ...]:
        """The flow's quotes from registers (and sub-processor lists)."""
        return tuple(e for e in flow.evidence if self.kind(e) in kinds)

    def in_notices(self, evidence: Iterable[Evidence], notices: tuple[Document, ...]) -> tuple[Evidence, ...]:
        """The quotes that come from ``notices``."""
        refs = {(d.path, d.sha256) for d in notices}
        return tuple(e for e in evidence if (e.document.path, e.document.sha256) in refs)

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
    notices: dict[PartyId, list[Document]] = defaultdict(list)
    for doc in project.documents:
        if doc.kind is DocumentKind.NOTICE and doc.controller and not doc.error:
            notices[doc.controller].append(doc)
    feeders: dict[PartyId, set[PartyId]] = defaultdict(set)
    for flow in flows:
        feeders[flow.importer].add(flow.exporter)
    return Context(
        project,
        project.parties_by_id(),
        flows,
        {(d.path, d.sha256): d for d in project.documents},
        {k: tuple(v) for k, v in notices.items()},
        feeders,
        reference,
        as_of,
        scenario,
    )


def reconcile(
    project: Project,
    *,
    as_of: dt.date,
    scenario: Scenario = NO_SCENARIO,
    reference: ReferenceData | None = None,
) -> list[Finding]:
    """Every reconciliation finding of the project, most severe first (see the module docstring)."""
    ctx = context(project, as_of, reference or bundled_reference(), scenario)
    findings: list[Finding] = []
    for flow in ctx.flows:
        rows = ctx.listed(flow)
        if not rows:
            continue
        own_row = ctx.parties[flow.exporter].role is Role.CONTROLLER  # not a vendor's sub-processor
        if own_row and ctx.listed(flow, frozenset({DocumentKind.REGISTER})):
            findings.extend(_missing_contract(ctx, flow, rows))
        for controller in ctx.controllers(flow.exporter):
            notices = ctx.notices.get(controller, ())
            if notices:
                findings.extend(_against_notices(ctx, flow, rows, controller, notices))
    return sort_findings(dict.fromkeys(findings))


# --- register-missing-contract ---------------------------------------------------------------------


def _missing_contract(ctx: Context, flow: Flow, rows: tuple[Evidence, ...]) -> Iterator[Finding]:
    """One finding per register row: no data processing agreement, no transfer tool, or neither."""
    importer = ctx.parties[flow.importer]
    gaps: list[tuple[Severity, str, str, tuple[str, str]]] = []
    if flow.dpa is Tristate.NO or (flow.dpa is Tristate.UNKNOWN and importer.role in PROCESSOR_ROLES):
        said = "records that there is none" if flow.dpa is Tristate.NO else "records none"
        severity = Severity.MEDIUM if flow.dpa is Tristate.NO else Severity.LOW
        gaps.append(
            (
                severity,
                ART_DPA,
                f"no data processing agreement (the register {said})",
                ("data processing agreement", flow.dpa.value),
            )
        )
    if not flow.tools and ctx.outside_eea(flow) and not _covered_without_tool(ctx, importer):
        gaps.append(
            (
                Severity.MEDIUM,
                ART_TOOL,
                f"no transfer tool for the transfer to {importer.country or 'outside the EEA'} (SCCs, BCRs, "
                "DPF certification or another Art. 46 safeguard)",
                ("transfer tool", "none recorded"),
            )
        )
    if gaps:
        yield _finding(
            ctx,
            RuleId.REGISTER_MISSING_CONTRACT,
            max((g[0] for g in gaps), key=lambda s: s.rank),
            "; ".join(g[1] for g in gaps),
            flow,
            f"{_where(rows[0])} records {importer.name} ({importer.role.value}) for "
            f"{_name(ctx, flow.exporter)} with {' and '.join(g[2] for g in gaps)}.",
            rows,
            tuple(("register says", f"{g[3][0]}: {g[3][1]}") for g in gaps),
        )


def _covered_without_tool(ctx: Context, importer: Party) -> bool:
    """An adequate destination needs no tool; a partially adequate one only for importers in scope."""
    destination = ctx.reference.destination(importer.country, ctx.as_of, ctx.scenario.withdrawn)
    if destination.status is DestinationStatus.ADEQUATE:
        return True
    attribute = destination.jurisdiction.scope_attribute if destination.jurisdiction else None
    return (
        destination.status is DestinationStatus.PARTIAL
        and attribute is not None
        and (importer.scope_value(attribute) is Tristate.YES)
    )


# --- the notices against the registers --------------------------------------------------------------


def _against_notices(
    ctx: Context, flow: Flow, rows: tuple[Evidence, ...], controller: PartyId, notices: tuple[Document, ...]
) -> Iterator[Finding]:
    stated = [f for f in ctx.flows if f.exporter == controller and ctx.in_notices(f.evidence, notices)]
    if flow.exporter == controller and ctx.listed(flow, frozenset({DocumentKind.REGISTER})):
        yield from _undisclosed(ctx, flow, rows, stated, notices)
    if not ctx.outside_eea(flow):
        return
    transfers = [f for f in stated if f.leaves_eea]
    if not transfers:
        yield _silent(ctx, flow, rows, controller, notices, stated)
        return
    yield from _mismatch(ctx, flow, rows, controller, notices, transfers)


def _undisclosed(
    ctx: Context, flow: Flow, rows: tuple[Evidence, ...], stated: list[Flow], notices: tuple[Document, ...]
) -> Iterator[Finding]:
    importer = ctx.parties[flow.importer]
    if ctx.in_notices(importer.evidence, notices) or importer.role is Role.CONTROLLER:
        return
    roles = {ctx.parties[f.importer].role for f in stated if not ctx.parties[f.importer].placeholder}
    if importer.role in roles or (importer.role in PROCESSOR_ROLES and roles & PROCESSOR_ROLES):
        return
    listed = ", ".join(sorted(r.value for r in roles)) or "no recipients"
    yield _finding(
        ctx,
        RuleId.UNDISCLOSED_RECIPIENT,
        Severity.MEDIUM,
        ART_RECIPIENTS,
        flow,
        f"{_where(rows[0])} lists {importer.name} as a recipient ({importer.role.value}), but no notice of "
        f"{_name(ctx, flow.exporter)} names it or mentions recipients of that kind ({_docs(notices)} "
        f"mention: {listed}).",
        rows + _notice_quotes(ctx, stated, notices),
        (("notices", _docs(notices)), ("roles the notices mention", listed)),
    )


def _silent(
    ctx: Context,
    flow: Flow,
    rows: tuple[Evidence, ...],
    controller: PartyId,
    notices: tuple[Document, ...],
    stated: list[Flow],
) -> Finding:
    importer = ctx.parties[flow.importer]
    finding = _finding(
        ctx,
        RuleId.NOTICE_SILENT_TRANSFER,
        Severity.MEDIUM,
        ART_TRANSFERS,
        flow,
        f"{_where(rows[0])} records that data goes to {importer.name} in "
        f"{importer.country or 'a country outside the EEA'}, but no notice of {_name(ctx, controller)} "
        f"({_docs(notices)}) says that personal data may leave the EEA.",
        rows + _notice_quotes(ctx, stated, notices),
        (
            ("notices", _docs(notices)),
            ("notices say", "no transfer outside the EEA"),
            ("controller", _name(ctx, controller)),
        ),
    )
    return _raised(finding, flow)


def _classes(kind: ToolKind) -> frozenset[str]:
    """What a tool is, for comparing a notice's words with a register's entry."""
    if kind.name.startswith("SCC") and kind is not ToolKind.SCC_LEGACY or kind is ToolKind.AD_HOC_CLAUSES:
        return frozenset({"scc"})
    if kind.name.startswith("BCR"):
        return frozenset({"bcr"})
    if kind is ToolKind.DPF:
        return frozenset({"dpf", "adequacy"})
    if kind is ToolKind.CONTRACTUAL_UNSPECIFIED:
        return frozenset({"contractual"})
    return frozenset({kind.value})


def _mismatch(
    ctx: Context,
    flow: Flow,
    rows: tuple[Evidence, ...],
    controller: PartyId,
    notices: tuple[Document, ...],
    transfers: list[Flow],
) -> Iterator[Finding]:
    """The notice's safeguards against the register's: the statement on this recipient when the
    notice makes one on its own, else everything the notice says about transfers."""
    own = [f for f in transfers if f.importer == flow.importer and not ctx.listed(f)]
    notice_tools = [t.kind for f in (own or [f for f in transfers if not ctx.listed(f)]) for t in f.tools]
    said = {c for kind in notice_tools for c in _classes(kind)}
    recorded = {c for t in flow.tools for c in _classes(t.kind)}
    if not said or not recorded or said & recorded:
        return
    vague = said == {"contractual"} and bool(recorded & {"scc"})
    stating = own or [f for f in transfers if not ctx.listed(f)]
    quotes = ctx.in_notices((e for f in stating for e in f.evidence), notices)[:_NOTICE_EVIDENCE]
    notice_says, register_says = _labels(notice_tools), _labels([t.kind for t in flow.tools])
    yield _finding(
        ctx,
        RuleId.NOTICE_SAFEGUARD_MISMATCH,
        Severity.LOW if vague else Severity.MEDIUM,
        ART_TRANSFERS,
        flow,
        f"For transfers outside the EEA the notice of {_name(ctx, controller)} names {notice_says}, while "
        f"{_where(rows[0])} records {register_says} for {ctx.parties[flow.importer].name}"
        + ("; name the clauses and how to obtain a copy." if vague else "."),
        rows + quotes,
        (("notice says", notice_says), ("register says", register_says), ("notices", _docs(notices))),
    )


# --- helpers -------------------------------------------------------------------------------------------


def _finding(
    ctx: Context,
    rule: RuleId,
    severity: Severity,
    article: str,
    flow: Flow,
    message: str,
    evidence: tuple[Evidence, ...],
    facts: tuple[tuple[str, str], ...],
) -> Finding:
    importer = ctx.parties[flow.importer]
    return Finding(
        rule=rule,
        severity=severity,
        article=article,
        message=message,
        exporter=flow.exporter,
        exporter_name=_name(ctx, flow.exporter),
        importer=importer.id,
        importer_name=importer.name,
        flow=flow.id,
        country=importer.country,
        path=(flow.exporter, flow.importer),
        facts=(("register row", _where(evidence[0])), *facts),
        evidence=tuple(dict.fromkeys(evidence)),
    )


def _raised(finding: Finding, flow: Flow) -> Finding:
    if not flow.special_categories:
        return finding
    return replace(finding, severity=finding.severity.raised())


def _notice_quotes(ctx: Context, stated: list[Flow], notices: tuple[Document, ...]) -> tuple[Evidence, ...]:
    return ctx.in_notices((e for f in stated for e in f.evidence), notices)[:_NOTICE_EVIDENCE]


def _where(evidence: Evidence) -> str:
    """'the register vendors.xlsx (sheet 'Vendors', row 7)', from a register row's quote."""
    row = evidence.quote.split(": ", 1)[0] if ": " in evidence.quote else ""
    return f"{evidence.document.path} ({row})" if row else evidence.document.path


def _docs(notices: tuple[Document, ...]) -> str:
    return ", ".join(d.path for d in notices)


def _name(ctx: Context, party: PartyId) -> str:
    return ctx.parties[party].name


def _labels(kinds: Iterable[ToolKind]) -> str:
    return " and ".join(dict.fromkeys(f"'{k.info.label}'" for k in kinds))
