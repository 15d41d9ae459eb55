"""From the understood rows of a register or sub-processor list to documents, parties and flows.

The document's text is a rendering of the file, one line per row ("sheet 'Vendors', row 7: Acme
Cloud Ltd | US | Processor | ..."); each party and flow quotes its row's line as evidence, so the
offsets can be checked against ``Document.text`` like those into a notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from importers.registers.headers import Layout, SheetKind
from importers.registers.rows import Entry
from importers.registers.tables import RawSheet
from importers.registers.values import text
from model.evidence import DocumentRef, Evidence
from model.flows import Flow
from model.ids import DocumentId, FlowId, PartyId, stable_id
from model.merge import Contribution, Problem, merge
from model.names import name_id_parts
from model.parties import CountrySource, Party, PartyKind, Role, ScopeAttribute
from model.project import Document, DocumentKind, Project


def party_id(name: str) -> PartyId:
    """The id of a named organisation: the same in every register, so repeated names become one party.
    A stated legal form is part of it: 'Acme B.V.' and 'Acme Inc.' are two organisations."""
    return PartyId(stable_id("party", *name_id_parts(name)))


def flow_id(exporter: PartyId, importer: PartyId) -> FlowId:
    """The id of the flow between two parties."""
    return FlowId(stable_id("flow", exporter, importer))


def stand_in_controller(file_name: str) -> Party:
    """The controller of a register that names none (see ``model.merge.adopt_stand_in_controllers``)."""
    return Party(
        PartyId(stable_id("party", "stand-in controller", file_name)),
        f"Controller of {file_name}",
        Role.CONTROLLER,
        kind=PartyKind.DESCRIBED,
        placeholder=True,
        notes="Stands for the organisation whose register this is; give --controller NAME to name it.",
    )


@dataclass(slots=True)
class Rendering:
    """The text of a register being rendered, line by line, with the evidence for each row."""

    ref: DocumentRef
    lines: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, line: str) -> Evidence:
        """Append ``line`` and return the evidence quoting it."""
        start = self.length
        self.lines.append(line)
        self.length += len(line) + 1
        return Evidence(self.ref, start, start + len(line), line)

    @property
    def text(self) -> str:
        """The rendered text (lines joined with newlines)."""
        return "\n".join(self.lines)


def render_row(sheet: RawSheet, index: int) -> str:
    """A row as one line: where it is, then its cells joined with ' | ' (trailing blanks dropped)."""
    cells = [text(c) for c in sheet.rows[index]]
    while cells and not cells[-1]:
        cells.pop()
    return f"{sheet.label(index)}: {' | '.join(cells)}"


@dataclass(slots=True)
class Builder:
    """Collects the parties and flows of one file."""

    controller: Party
    parties: list[Party] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)

    def add_entry(self, entry: Entry, kind: SheetKind, evidence: Evidence) -> None:
        """The parties and flows one row states."""
        importer = self._importer(entry, evidence)
        if kind is SheetKind.SUBPROCESSOR_LIST:
            exporter = self._named(entry.parent or "", Role.PROCESSOR, evidence)
        elif entry.controller:
            exporter = self._named(entry.controller, Role.CONTROLLER, evidence)
        else:
            exporter = self.controller.id
        self.flows.append(_flow(exporter, importer.id, entry, evidence))
        for name, country in entry.subprocessors:
            sub = self._named(name, Role.SUB_PROCESSOR, evidence, country)
            self.flows.append(Flow(flow_id(importer.id, sub), importer.id, sub, evidence=(evidence,)))

    def _importer(self, entry: Entry, evidence: Evidence) -> Party:
        party = Party(
            party_id(entry.name),
            entry.name,
            entry.role,
            entry.country,
            country_confirmed=entry.country is not None,
            country_source=CountrySource.REGISTER if entry.country else None,
            notes="\n".join(entry.notes),
            evidence=(evidence,),
        )
        party = party.with_scope(ScopeAttribute.DPF_CERTIFIED, entry.dpf)
        self.parties.append(party)
        return party

    def _named(self, name: str, role: Role, evidence: Evidence, country: str | None = None) -> PartyId:
        party = Party(
            party_id(name),
            name,
            role,
            country,
            country_confirmed=country is not None,
            country_source=CountrySource.REGISTER if country else None,
            evidence=(evidence,),
        )
        self.parties.append(party)
        return party.id


def _flow(exporter: PartyId, importer: PartyId, entry: Entry, evidence: Evidence) -> Flow:
    return Flow(
        flow_id(exporter, importer),
        exporter,
        importer,
        data_categories=entry.data_categories,
        special_categories=entry.special,
        purposes=entry.purposes,
        tools=entry.tools,
        leaves_eea=entry.leaves_eea,
        tia_status=entry.tia_status,
        tia_review_date=entry.review_date,
        dpa=entry.dpa,
        contract_reference=entry.contract_reference,
        evidence=(evidence,),
    )


def contribution(
    document: Document, builder: Builder, used_controller: bool, problems: Iterable[Problem]
) -> Contribution:
    """The file's contribution, parties and flows stated twice combined as ``merge`` combines them."""
    parties = [builder.controller, *builder.parties] if used_controller else builder.parties
    combined = merge(Project(), Contribution((), tuple(parties), tuple(builder.flows))).project
    controller = builder.controller.id if used_controller else _sole_processor(builder)
    return Contribution(
        (replace(document, controller=controller),), combined.parties, combined.flows, tuple(problems)
    )


def _sole_processor(builder: Builder) -> PartyId | None:
    exporters = {f.exporter for f in builder.flows}
    return next(iter(exporters)) if len(exporters) == 1 else None


def document_kind(layouts: Iterable[Layout]) -> DocumentKind:
    """A file with any register sheet is a register; otherwise a sub-processor list."""
    kinds = {layout.kind for layout in layouts}
    return (
        DocumentKind.REGISTER if SheetKind.REGISTER in kinds or not kinds else DocumentKind.SUBPROCESSOR_LIST
    )


def document(path: str, sha256: str, kind: DocumentKind, title: str, rendered: str) -> Document:
    """The document record of a register file."""
    return Document(
        DocumentId(stable_id("document", sha256)), path, sha256, kind, title=title or None, text=rendered
    )
