"""The Findings, Parties and Evidence sheets: filterable tables an auditor re-performs from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from exports.cells import CellValue
from exports.register import evidence_text
from exports.report import EvidenceRow, PartyRow, TransferReport
from exports.sheets import Sheet, add_table, link_cell, new_sheet, print_setup, severity_colours
from exports.styles import StyleBook
from model.countries import country_name
from model.findings import Finding
from model.parties import Party

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SheetLink:
    """A list cell naming another sheet of the workbook, written as a link to it."""

    title: str


ListColumn = tuple[str, float, Callable[[T], "CellValue | SheetLink"]]


def write_list(
    wb: Workbook, styles: StyleBook, title: str, columns: Sequence[ListColumn[T]], items: Iterable[T]
) -> Sheet:
    """A sheet holding one Excel table: a header, one row per item, frozen header, print set-up."""
    sheet = new_sheet(wb, title, styles, (c[1] for c in columns))
    sheet.ws.freeze_panes = "A2"
    sheet.append([(c[0], "header") for c in columns])
    for item in items:
        sheet.append([_entry(sheet, c[2](item)) for c in columns])
    add_table(sheet, title, [c[0] for c in columns], 1, sheet.row)
    print_setup(sheet)
    return sheet


def _entry(sheet: Sheet, value: CellValue | SheetLink) -> tuple[CellValue, str] | Cell:
    if isinstance(value, SheetLink):
        return link_cell(sheet, value.title)
    return (value, "plain") if isinstance(value, int) else (value, "text")


def write_findings(wb: Workbook, report: TransferReport, styles: StyleBook) -> Sheet:
    """Every finding with its rule, severity, article, message, facts, reference and evidence, and a
    link to the TIA sheet of its transfer."""
    names = report.names
    sheets = {t.flow.id: t.sheet for t in report.transfers if t.sheet}

    def path(f: Finding) -> str:
        return " -> ".join(names.get(p, p) for p in f.path)

    def tia(f: Finding) -> SheetLink | None:
        sheet = sheets.get(f.flow) if f.flow else None
        return SheetLink(sheet) if sheet else None

    columns: list[ListColumn[Finding]] = [
        ("Rule", 24, lambda f: f.rule.value),
        ("Severity", 10, lambda f: f.severity.value),
        ("Article", 24, lambda f: f.article),
        ("Message", 60, lambda f: f.message),
        ("Exporter", 26, lambda f: f.exporter_name or None),
        ("Importer", 26, lambda f: f.importer_name or None),
        ("Country", 9, lambda f: f.country),
        ("Transfer id", 22, lambda f: f.flow),
        ("TIA sheet", 16, tia),
        ("Path", 40, path),
        ("Facts", 44, lambda f: "\n".join(f"{k}: {v}" for k, v in f.facts)),
        ("Reference data", 40, lambda f: "\n".join(f.reference) or None),
        ("Evidence", 60, lambda f: "\n".join(evidence_text(e) for e in f.evidence) or None),
    ]
    sheet = write_list(wb, styles, "Findings", columns, report.findings)
    severity_colours(sheet, 2, 2, sheet.row)
    return sheet


PARTY_COLUMNS: list[ListColumn[PartyRow]] = [
    ("Party id", 22, lambda r: r.party.id),
    ("Name", 32, lambda r: r.party.name),
    ("Role", 18, lambda r: r.party.role.value),
    ("Kind", 10, lambda r: r.party.kind.value),
    ("Country code", 9, lambda r: r.party.country),
    ("Country", 18, lambda r: country_name(r.party.country) or None),
    ("Country confirmed", 10, lambda r: "yes" if r.party.country_confirmed else "no"),
    ("Destination status", 18, lambda r: r.status.label),
    ("Scope attributes", 22, lambda r: "\n".join(f"{k.value}: {v.value}" for k, v in r.party.scope) or None),
    ("Review status", 12, lambda r: r.party.review.value),
    ("Flows out", 8, lambda r: r.flows_out),
    ("Flows in", 8, lambda r: r.flows_in),
    ("Also known as", 26, lambda r: "\n".join(r.party.aliases) or None),
    ("Source documents", 36, lambda r: "\n".join(r.documents) or None),
    ("Notes", 30, lambda r: r.party.notes or None),
    ("Country from", 28, lambda r: _country_from(r.party)),
]

EVIDENCE_COLUMNS: list[ListColumn[EvidenceRow]] = [
    ("Evidence id", 10, lambda r: r.key),
    ("Document", 36, lambda r: r.evidence.document.path),
    ("Start", 8, lambda r: r.evidence.start),
    ("End", 8, lambda r: r.evidence.end),
    ("Quote", 70, lambda r: r.evidence.quote),
    ("Supports", 36, lambda r: "\n".join(r.used_by)),
    ("Document sha256", 24, lambda r: r.evidence.document.sha256),
]


def write_parties(wb: Workbook, report: TransferReport, styles: StyleBook) -> Sheet:
    """Every party with role, country, review status and source documents."""
    return write_list(wb, styles, "Parties", PARTY_COLUMNS, report.parties)


def write_evidence(wb: Workbook, report: TransferReport, styles: StyleBook) -> Sheet:
    """Every quote with its document, character offsets and the document's sha256."""
    return write_list(wb, styles, "Evidence", EVIDENCE_COLUMNS, report.evidence)


def _country_from(party: Party) -> str | None:
    """Where the party's country came from; blank when it has none, "not recorded" in older files."""
    if party.country is None:
        return None
    return party.country_source.label if party.country_source else "not recorded"
