"""The project: every party, flow and source document a DPO works on, as one immutable value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from model.evidence import Evidence
from model.flows import Flow
from model.ids import DocumentId, FlowId, PartyId
from model.names import normalise_name
from model.parties import CountrySource, Party, ReviewStatus, stronger_country


class DocumentKind(StrEnum):
    """The kinds of source document a project is built from."""

    NOTICE = "notice"
    REGISTER = "register"
    SUBPROCESSOR_LIST = "subprocessor_list"


@dataclass(frozen=True, slots=True)
class Document:
    """A source document as read: where it came from, what it says, and whether it could be read.

    ``text`` is the extracted text that evidence offsets point into. ``controller`` is the party
    whose document it is (the exporter of the flows it yields), when known.
    """

    id: DocumentId
    path: str
    sha256: str
    kind: DocumentKind = DocumentKind.NOTICE
    language: str | None = None
    title: str | None = None
    last_updated: dt.date | None = None
    controller: PartyId | None = None
    text: str = ""
    error: str | None = None


DEFAULT_NAME = "Untitled project"


@dataclass(frozen=True, slots=True)
class Project:
    """Everything a DPO works on. Functions below return changed copies; nothing mutates.

    ``name`` and ``country`` are the organisation's (see ``model.organisation``); ``country`` is an
    ISO 3166-1 alpha-2 code, or None while unknown. ``catalogue`` is the project's own additions to
    the catalogue of organisations: a catalogue document (``model.catalogue``) as canonical JSON
    text, or "" when it has none; its entries win over the bundled catalogue's.
    """

    name: str = DEFAULT_NAME
    parties: tuple[Party, ...] = ()
    flows: tuple[Flow, ...] = ()
    documents: tuple[Document, ...] = ()
    created: dt.date | None = None
    notes: str = field(default="")
    country: str | None = None
    catalogue: str = ""

    def party(self, party_id: PartyId) -> Party:
        """The party with this id (KeyError when there is none)."""
        for party in self.parties:
            if party.id == party_id:
                return party
        raise KeyError(party_id)

    def parties_by_id(self) -> dict[PartyId, Party]:
        """Every party keyed by id."""
        return {p.id: p for p in self.parties}

    def active_parties(self) -> tuple[Party, ...]:
        """The parties the user has not rejected."""
        return tuple(p for p in self.parties if p.review is not ReviewStatus.REJECTED)

    def active_flows(self) -> tuple[Flow, ...]:
        """The flows the user has not rejected, between parties that are not rejected."""
        active = {p.id for p in self.active_parties()}
        return tuple(
            f
            for f in self.flows
            if f.review is not ReviewStatus.REJECTED and f.exporter in active and f.importer in active
        )


def parties_named(project: Project, name: str) -> tuple[Party, ...]:
    """The parties ``name`` denotes: its id, else its name or an alias ignoring case, else the same
    name once case, accents, punctuation and legal forms are set aside (``normalise_name``)."""
    by_id = tuple(p for p in project.parties if p.id == name)
    if by_id:
        return by_id
    folded = name.casefold()
    exact = tuple(p for p in project.parties if any(n.casefold() == folded for n in (p.name, *p.aliases)))
    if exact:
        return exact
    key = normalise_name(name)
    return tuple(
        p for p in project.parties if key and any(normalise_name(n) == key for n in (p.name, *p.aliases))
    )


def with_user_country(project: Project, party_ids: Iterable[PartyId], country: str | None) -> Project:
    """The project with the user's country for each of ``party_ids``: confirmed, with the source
    ``user``; ``None`` makes their country unknown again (and unconfirmed)."""
    chosen = set(party_ids)
    source = CountrySource.USER if country else None
    parties = tuple(
        replace(p, country=country, country_confirmed=country is not None, country_source=source)
        if p.id in chosen
        else p
        for p in project.parties
    )
    return replace(project, parties=parties)


def with_party(project: Project, party: Party) -> Project:
    """The project with ``party`` added, or replacing the party with the same id."""
    kept = tuple(p for p in project.parties if p.id != party.id)
    if len(kept) == len(project.parties):
        return replace(project, parties=(*project.parties, party))
    return replace(project, parties=tuple(party if p.id == party.id else p for p in project.parties))


def with_flow(project: Project, flow: Flow) -> Project:
    """The project with ``flow`` added, or replacing the flow with the same id."""
    if any(f.id == flow.id for f in project.flows):
        return replace(project, flows=tuple(flow if f.id == flow.id else f for f in project.flows))
    return replace(project, flows=(*project.flows, flow))


def without_flow(project: Project, flow_id: FlowId) -> Project:
    """The project without the flow ``flow_id``."""
    return replace(project, flows=tuple(f for f in project.flows if f.id != flow_id))


def without_party(project: Project, party_id: PartyId) -> Project:
    """The project without the party and every flow to or from it."""
    return replace(
        project,
        parties=tuple(p for p in project.parties if p.id != party_id),
        flows=tuple(f for f in project.flows if party_id not in (f.exporter, f.importer)),
    )


def with_document(project: Project, document: Document) -> Project:
    """The project with ``document`` added, or replacing the document with the same id."""
    kept = tuple(d for d in project.documents if d.id != document.id)
    return replace(project, documents=(*kept, document))


def merge_parties(project: Project, keep: PartyId, absorb: PartyId) -> Project:
    """Merge ``absorb`` into ``keep``: its name becomes an alias, its evidence and flows move over.

    Flows that would become self-loops are dropped; everything else the user decided is kept.
    """
    if keep == absorb:
        return project
    kept, gone = project.party(keep), project.party(absorb)
    aliases = _unique((*kept.aliases, gone.name, *gone.aliases), exclude=kept.name)
    merged = replace(
        kept,
        aliases=aliases,
        evidence=_unique_evidence((*kept.evidence, *gone.evidence)),
        country=stronger_country(kept, gone)[0],
        country_source=stronger_country(kept, gone)[1],
        country_confirmed=kept.country_confirmed or gone.country_confirmed,
    )
    flows = []
    for flow in project.flows:
        exporter = keep if flow.exporter == absorb else flow.exporter
        importer = keep if flow.importer == absorb else flow.importer
        if exporter == importer:
            continue
        flows.append(replace(flow, exporter=exporter, importer=importer))
    parties = tuple(merged if p.id == keep else p for p in project.parties if p.id != absorb)
    documents = tuple(replace(d, controller=keep) if d.controller == absorb else d for d in project.documents)
    return replace(project, parties=parties, flows=tuple(flows), documents=documents)


def _unique(names: Iterable[str], exclude: str) -> tuple[str, ...]:
    seen = {exclude.casefold()}
    out = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)


def _unique_evidence(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(items))
