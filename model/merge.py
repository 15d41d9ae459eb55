"""Adding what an importer read to a project, one party per organisation.

Importers return a ``Contribution`` (the documents they read and the parties and flows those
documents state); ``merge`` adds it to a project. Parties whose normalised names are equal become
one party (the other name kept as an alias), unless they state different legal forms ('Acme B.V.'
and its parent 'Acme Inc.' stay two parties, which `parties --proposals` offers to merge); what
the user already confirmed or rejected is never overwritten, only given more evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from model.flows import Flow, TiaStatus, TransferTool
from model.ids import PartyId
from model.names import normalise_name, same_entity
from model.parties import Party, PartyKind, ReviewStatus, Role, Tristate, stronger_country
from model.project import Document, Project, merge_parties, with_party


@dataclass(frozen=True, slots=True)
class Problem:
    """A part of a file (a row, a cell) that could not be used as it stands, while the rest was."""

    path: str
    reason: str
    row: str | None = None


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one importer read from one or more files: documents, and the parties and flows they state.

    ``problems`` lists the rows or cells that were skipped or read only in part, so that a register
    with one bad row still contributes every other row.
    """

    documents: tuple[Document, ...] = ()
    parties: tuple[Party, ...] = ()
    flows: tuple[Flow, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged project and how incoming party ids were mapped onto existing ones."""

    project: Project
    party_map: dict[PartyId, PartyId] = field(default_factory=dict)


def party_key(party: Party) -> tuple[str, str]:
    """Parties with equal keys are the same organisation: named ones by normalised name, described
    ones by role and normalised description (two notices' "a debt collector" are kept apart by id).
    """
    if party.kind is PartyKind.NAMED:
        return ("named", normalise_name(party.name))
    return ("described:" + party.role.value, party.id)


def merge(project: Project, contribution: Contribution) -> MergeResult:
    """The project with ``contribution`` added; see the module docstring for the identity rules."""
    parties = {p.id: p for p in project.parties}
    by_key: dict[tuple[str, str], list[PartyId]] = {}
    for p in project.parties:
        _remember(by_key, party_key(p), p.id)
        for alias in p.aliases if p.kind is PartyKind.NAMED else ():
            _remember(by_key, ("named", normalise_name(alias)), p.id)
    party_map: dict[PartyId, PartyId] = {}
    for incoming in contribution.parties:
        target = incoming.id if incoming.id in parties else _same_party(parties, by_key, incoming)
        if target is None:
            parties[incoming.id] = incoming
            _remember(by_key, party_key(incoming), incoming.id)
            party_map[incoming.id] = incoming.id
            continue
        parties[target] = _combine_party(parties[target], incoming)
        party_map[incoming.id] = target
    flows = {f.id: f for f in project.flows}
    by_edge = {(f.exporter, f.importer): f.id for f in project.flows}
    for flow in contribution.flows:
        mapped = replace(
            flow,
            exporter=party_map.get(flow.exporter, flow.exporter),
            importer=party_map.get(flow.importer, flow.importer),
        )
        if mapped.exporter == mapped.importer:
            continue
        edge = (mapped.exporter, mapped.importer)
        existing = flows.get(mapped.id) or (flows[by_edge[edge]] if edge in by_edge else None)
        combined = _combine_flow(existing, mapped)
        flows[combined.id] = combined
        by_edge.setdefault(edge, combined.id)
    documents = {d.id: d for d in project.documents}
    for doc in contribution.documents:
        controller = party_map.get(doc.controller, doc.controller) if doc.controller else None
        documents[doc.id] = replace(doc, controller=controller)
    merged = replace(
        project,
        parties=tuple(parties.values()),
        flows=tuple(flows.values()),
        documents=tuple(documents.values()),
    )
    return MergeResult(merged, party_map)


def _remember(by_key: dict[tuple[str, str], list[PartyId]], key: tuple[str, str], pid: PartyId) -> None:
    ids = by_key.setdefault(key, [])
    if pid not in ids:
        ids.append(pid)


def _same_party(
    parties: dict[PartyId, Party], by_key: dict[tuple[str, str], list[PartyId]], incoming: Party
) -> PartyId | None:
    """The party ``incoming`` is, by normalised name, among those whose legal forms allow it."""
    for candidate in by_key.get(party_key(incoming), ()):
        known = parties[candidate]
        if incoming.kind is not PartyKind.NAMED or all(
            same_entity(incoming.name, n) for n in (known.name, *known.aliases)
        ):
            return candidate
    return None


def _combine_party(existing: Party, incoming: Party) -> Party:
    evidence = tuple(dict.fromkeys((*existing.evidence, *incoming.evidence)))
    names = [n for n in (incoming.name, *incoming.aliases) if n != existing.name]
    aliases = tuple(dict.fromkeys((*existing.aliases, *names)))
    if existing.review is not ReviewStatus.SUGGESTED:
        return replace(existing, evidence=evidence, aliases=aliases)
    country, source = stronger_country(existing, incoming)  # a register's word beats a notice's hint
    return replace(
        existing,
        evidence=evidence,
        aliases=aliases,
        country=country,
        country_source=source,
        country_confirmed=existing.country_confirmed or incoming.country_confirmed,
        scope=existing.scope or incoming.scope,
        scope_checks=existing.scope_checks if existing.scope else incoming.scope_checks,
    )


def _combine_flow(existing: Flow | None, incoming: Flow) -> Flow:
    if existing is None:
        return incoming
    evidence = tuple(dict.fromkeys((*existing.evidence, *incoming.evidence)))
    if existing.review is not ReviewStatus.SUGGESTED:
        return replace(existing, evidence=evidence)
    return replace(
        existing,
        evidence=evidence,
        data_categories=tuple(dict.fromkeys((*existing.data_categories, *incoming.data_categories))),
        special_categories=tuple(dict.fromkeys((*existing.special_categories, *incoming.special_categories))),
        purposes=tuple(dict.fromkeys((*existing.purposes, *incoming.purposes))),
        tools=_union_tools(existing.tools, incoming.tools),
        leaves_eea=existing.leaves_eea or incoming.leaves_eea,
        tia_status=existing.tia_status
        if existing.tia_status is not TiaStatus.NOT_STARTED
        else incoming.tia_status,
        tia_review_date=existing.tia_review_date or incoming.tia_review_date,
        dpa=incoming.dpa if existing.dpa is Tristate.UNKNOWN else existing.dpa,
        contract_reference=existing.contract_reference or incoming.contract_reference,
    )


def _union_tools(
    first: tuple[TransferTool, ...], second: tuple[TransferTool, ...]
) -> tuple[TransferTool, ...]:
    """Both flows' tools; a tool stated without reference or date is dropped beside the same kind with one."""
    tools = tuple(dict.fromkeys((*first, *second)))
    detailed = {t.kind for t in tools if t.reference or t.date}
    return tuple(t for t in tools if t.reference or t.date or t.kind not in detailed)


def adopt_stand_in_controllers(project: Project) -> Project:
    """Stand-in controllers merged into the project's controller, when it has exactly one.

    A register read without a named controller gets a stand-in: a placeholder controller named after
    the file. Once the project holds exactly one named controller, the register is taken to be its
    register; with several, the stand-in stays for the user to resolve.
    """
    controllers = [p for p in project.active_parties() if p.role is Role.CONTROLLER]
    named = [p for p in controllers if not p.placeholder]
    stand_ins = [p for p in controllers if p.placeholder]
    if len(named) != 1 or not stand_ins:
        return project
    keep = named[0]
    for stand_in in stand_ins:
        project = merge_parties(project, keep.id, stand_in.id)
    # The stand-in's made-up name is no alias of the organisation.
    kept = project.party(keep.id)
    names = {s.name for s in stand_ins}
    return with_party(project, replace(kept, aliases=tuple(a for a in kept.aliases if a not in names)))
