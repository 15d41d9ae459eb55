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
it); a controller with no imported notice is not judged on its notices. What a notice says about
safeguards is read from the flows only the notice states (a flow a register states too carries
the register's tools as well, so it cannot tell which document named which).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping

from model.evidence import Evidence
from model.findings import NO_SCENARIO, Finding, MessageCode, Param, RuleId, Scenario, Severity, sort_findings
from model.flows import Flow, ToolKind
from model.ids import PartyId
from model.labels import phrase
from model.parties import Party, Role, Tristate
from model.project import Project
from model.reconcile_context import PROCESSOR_ROLES, REGISTERS, Context, NoticeSide, context
from model.reference import DestinationStatus, ReferenceData, bundled_reference

ART_RECIPIENTS = "Art. 13(1)(e) / 14(1)(e) GDPR"
ART_TRANSFERS = "Art. 13(1)(f) / 14(1)(f) GDPR"
ART_DPA = "Art. 28(3) GDPR"
ART_TOOL = "Art. 44, 46 GDPR; Art. 30(1)(e) GDPR"
_NOTICE_EVIDENCE = 3  # notice sentences quoted beside a register row


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
        if own_row and ctx.listed(flow, REGISTERS):
            findings.extend(_missing_contract(ctx, flow, rows))
        for controller in ctx.controllers(flow.exporter):
            side = ctx.sides.get(controller)
            if side is not None:
                findings.extend(_against_notices(ctx, flow, rows, side))
    return sort_findings(dict.fromkeys(findings))


def _missing_contract(ctx: Context, flow: Flow, rows: tuple[Evidence, ...]) -> Iterator[Finding]:
    """One finding per register row: no data processing agreement, no transfer tool, or neither."""
    importer = ctx.parties[flow.importer]
    gaps: list[tuple[Severity, str, MessageCode, str]] = []
    if flow.dpa is Tristate.NO or (flow.dpa is Tristate.UNKNOWN and importer.role in PROCESSOR_ROLES):
        said = MessageCode.GAP_DPA_NONE if flow.dpa is Tristate.NO else MessageCode.GAP_DPA_UNRECORDED
        severity = Severity.MEDIUM if flow.dpa is Tristate.NO else Severity.LOW
        gaps.append((severity, ART_DPA, said, f"data processing agreement: {phrase(flow.dpa)}"))
    if not flow.tools and ctx.outside_eea(flow) and not _covered_without_tool(ctx, importer):
        tool = MessageCode.GAP_TOOL if importer.country else MessageCode.GAP_TOOL_NO_COUNTRY
        gaps.append((Severity.MEDIUM, ART_TOOL, tool, "transfer tool: none recorded"))
    if gaps:
        yield _finding(
            ctx,
            RuleId.REGISTER_MISSING_CONTRACT,
            max((g[0] for g in gaps), key=lambda s: s.rank),
            "; ".join(g[1] for g in gaps),
            flow,
            MessageCode.MISSING_CONTRACT,
            {"role": importer.role, "gaps": tuple(g[2] for g in gaps)},
            rows,
            tuple(("register says", g[3]) for g in gaps),
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


def _against_notices(
    ctx: Context, flow: Flow, rows: tuple[Evidence, ...], side: NoticeSide
) -> Iterator[Finding]:
    if flow.exporter == side.controller and ctx.listed(flow, REGISTERS):
        yield from _undisclosed(ctx, flow, rows, side)
    if not ctx.outside_eea(flow):
        return
    if not side.transfers:
        yield _silent(ctx, flow, rows, side)
        return
    yield from _mismatch(ctx, flow, rows, side)


def _undisclosed(ctx: Context, flow: Flow, rows: tuple[Evidence, ...], side: NoticeSide) -> Iterator[Finding]:
    importer = ctx.parties[flow.importer]
    if side.quotes(importer.evidence) or importer.role is Role.CONTROLLER:
        return
    roles = side.roles
    if importer.role in roles or (importer.role in PROCESSOR_ROLES and roles & PROCESSOR_ROLES):
        return
    codes = ", ".join(sorted(r.value for r in roles)) or "no recipients"  # the facts keep the codes
    yield _finding(
        ctx,
        RuleId.UNDISCLOSED_RECIPIENT,
        Severity.MEDIUM,
        ART_RECIPIENTS,
        flow,
        MessageCode.UNDISCLOSED_RECIPIENT if roles else MessageCode.UNDISCLOSED_NO_RECIPIENTS,
        {
            "role": importer.role,
            "controller": _name(ctx, side.controller),
            "notices": side.paths,
            "roles": tuple(sorted(roles, key=phrase)),
        },
        rows + side.quotes(e for f in side.stated for e in f.evidence)[:_NOTICE_EVIDENCE],
        (("notices", side.paths), ("roles the notices mention", codes)),
    )


def _silent(ctx: Context, flow: Flow, rows: tuple[Evidence, ...], side: NoticeSide) -> Finding:
    importer = ctx.parties[flow.importer]
    severity = Severity.HIGH if flow.special_categories else Severity.MEDIUM
    return _finding(
        ctx,
        RuleId.NOTICE_SILENT_TRANSFER,
        severity,
        ART_TRANSFERS,
        flow,
        MessageCode.SILENT_TRANSFER if importer.country else MessageCode.SILENT_TRANSFER_NO_COUNTRY,
        {"controller": _name(ctx, side.controller), "notices": side.paths},
        rows + side.quotes(e for f in side.stated for e in f.evidence)[:_NOTICE_EVIDENCE],
        (
            ("notices", side.paths),
            ("notices say", "no transfer outside the EEA"),
            ("controller", _name(ctx, side.controller)),
        ),
    )


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


def _mismatch(ctx: Context, flow: Flow, rows: tuple[Evidence, ...], side: NoticeSide) -> Iterator[Finding]:
    """The notice's safeguards against the register's: the notice's statement on this recipient when
    it makes one of its own, else everything it says about transfers."""
    alone = [f for f in side.transfers if not ctx.listed(f)]
    stating = [f for f in alone if f.importer == flow.importer] or alone
    notice_tools = [t.kind for f in stating for t in f.tools]
    said = {c for kind in notice_tools for c in _classes(kind)}
    recorded = {c for t in flow.tools for c in _classes(t.kind)}
    if not said or not recorded or said & recorded:
        return
    vague = said == {"contractual"} and bool(recorded & {"scc"})
    notice_kinds, register_kinds = _kinds(notice_tools), _kinds(t.kind for t in flow.tools)
    notice_says, register_says = _labels(notice_kinds), _labels(register_kinds)
    yield _finding(
        ctx,
        RuleId.NOTICE_SAFEGUARD_MISMATCH,
        Severity.LOW if vague else Severity.MEDIUM,
        ART_TRANSFERS,
        flow,
        MessageCode.SAFEGUARD_MISMATCH_CONTRACTUAL if vague else MessageCode.SAFEGUARD_MISMATCH,
        {
            "controller": _name(ctx, side.controller),
            "notice_says": notice_kinds,
            "register_says": register_kinds,
        },
        rows + side.quotes(e for f in stating for e in f.evidence)[:_NOTICE_EVIDENCE],
        (("notice says", notice_says), ("register says", register_says), ("notices", side.paths)),
    )


def _finding(
    ctx: Context,
    rule: RuleId,
    severity: Severity,
    article: str,
    flow: Flow,
    code: MessageCode,
    params: Mapping[str, Param],
    evidence: tuple[Evidence, ...],
    facts: tuple[tuple[str, str], ...],
) -> Finding:
    """A finding on a register row: ``params`` beside the row's place, the exporter, the importer and
    its country, which every reconciliation message may name."""
    importer = ctx.parties[flow.importer]
    said: dict[str, Param] = {
        **_place(evidence[0]),
        "exporter": _name(ctx, flow.exporter),
        "importer": importer.name,
        "country": importer.country or "?",
        **params,
    }
    return Finding(
        rule=rule,
        severity=severity,
        article=article,
        code=code,
        params=tuple(said.items()),
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


def _where(evidence: Evidence) -> str:
    """'vendors.xlsx (sheet 'Vendors', row 7)', from a register row's quote."""
    row = _locator(evidence)
    return f"{evidence.document.path} ({row})" if row else evidence.document.path


def _locator(evidence: Evidence) -> str:
    return evidence.quote.split(": ", 1)[0] if ": " in evidence.quote else ""


# How a register's rendering names a row (importers/registers/tables.py): "sheet 'Vendors', row 7".
_ROW = re.compile(r"(?:sheet '(?P<sheet>.*)', )?row (?P<row>\d+)")


def _place(evidence: Evidence) -> dict[str, Param]:
    """A register row's place as the ``where`` piece of a message, in words of any language."""
    locator, document = _locator(evidence), evidence.document.path
    if not locator:
        return {"where": MessageCode.WHERE_DOCUMENT, "document": document}
    row = _ROW.fullmatch(locator)
    if row is None:
        return {"where": MessageCode.WHERE_OTHER, "document": document, "locator": locator}
    if row["sheet"] is None:
        return {"where": MessageCode.WHERE_ROW, "document": document, "row": row["row"]}
    return {"where": MessageCode.WHERE_SHEET_ROW, "document": document, **row.groupdict()}


def _name(ctx: Context, party: PartyId) -> str:
    return ctx.parties[party].name


def _kinds(kinds: Iterable[ToolKind]) -> tuple[ToolKind, ...]:
    return tuple(dict.fromkeys(kinds))


def _labels(kinds: Iterable[ToolKind]) -> str:
    """The tools as the facts say them (in English, as the JSON output keeps them)."""
    return " and ".join(f"'{k.info.label}'" for k in kinds)
