"""Adding what an importer read to a project, one party per organisation.

Importers return a ``Contribution`` (the documents they read and the parties and flows those
documents state); ``merge`` adds it to a project. Parties whose normalised names are equal become
one party (the other name kept as an alias); what the user already confirmed or rejected is never
overwritten, only given more evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from model.flows import Flow
from model.ids import PartyId
from model.names import normalise_name
from model.parties import Party, PartyKind, ReviewStatus
from model.project import Document, Project


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one importer read from one or more files: documents, and the parties and flows they state."""

    documents: tuple[Document, ...] = ()
    parties: tuple[Party, ...] = ()
    flows: tuple[Flow, ...] = ()


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
    by_key: dict[tuple[str, str], PartyId] = {}
    for p in project.parties:
        by_key.setdefault(party_key(p), p.id)
        for alias in p.aliases if p.kind is PartyKind.NAMED else ():
            by_key.setdefault(("named", normalise_name(alias)), p.id)
    party_map: dict[PartyId, PartyId] = {}
    for incoming in contribution.parties:
        target = parties.get(incoming.id) and incoming.id or by_key.get(party_key(incoming))
        if target is None:
            parties[incoming.id] = incoming
            by_key[party_key(incoming)] = incoming.id
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


def _combine_party(existing: Party, incoming: Party) -> Party:
    evidence = tuple(dict.fromkeys((*existing.evidence, *incoming.evidence)))
    names = [n for n in (incoming.name, *incoming.aliases) if n != existing.name]
    aliases = tuple(dict.fromkeys((*existing.aliases, *names)))
    if existing.review is not ReviewStatus.SUGGESTED:
        return replace(existing, evidence=evidence, aliases=aliases)
    return replace(
        existing,
        evidence=evidence,
        aliases=aliases,
        country=existing.country or incoming.country,
        country_confirmed=existing.country_confirmed or incoming.country_confirmed,
        scope=existing.scope or incoming.scope,
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
        tools=tuple(dict.fromkeys((*existing.tools, *incoming.tools))),
        leaves_eea=existing.leaves_eea or incoming.leaves_eea,
    )
