"""The Findings, Parties and Evidence sheets: filterable tables an auditor re-performs from.

Each row links to the rows it cites and back: findings to their transfer, TIA sheet and evidence;
parties to their transfers, TIA sheets and evidence; evidence to the transfers, findings and
parties that cite it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from exports.cells import CellValue
from exports.links import EVIDENCE, FINDINGS, PARTIES, TRANSFERS, Ref, ref
from exports.register import document_name, evidence_text
from exports.report import EvidenceRow, PartyRow
from exports.sheets import Book, Item, PageLayout, Sheet, TableRows, add_table, new_sheet, severity_colours
from model.countries import country_name
from model.findings import Finding
from model.parties import Party

T = TypeVar("T")
ListColumn = tuple[str, float, Callable[[T], "CellValue | Ref | None"]]
PAGE_WIDTH_UNITS = 200  # column-width units that print legibly across one landscape A4 page


def list_layout(widths: Iterable[float]) -> PageLayout:
    """Landscape, as many pages wide as the columns need at a legible scale, header and first column
    on every page."""
    pages = max(1, -(-int(sum(widths)) // PAGE_WIDTH_UNITS))
    return PageLayout(pages_wide=pages, title_columns="A:A" if pages > 1 else None)


def table_rows(columns: Sequence[ListColumn[T]], items: Iterable[T], key: Callable[[T], str]) -> TableRows:
    """The rows of a list sheet, one per item, keyed so that other sheets can link to them."""
    return TableRows(
        tuple(c[0] for c in columns),
        tuple(c[1] for c in columns),
        tuple((key(item), [_entry(c[2](item)) for c in columns]) for item in items),
    )


def _entry(value: CellValue | Ref | None) -> Item:
    if isinstance(value, Ref):
        return value
    return (value, "plain") if isinstance(value, int) else (value, "text")


def write_table(book: Book, title: str, table: TableRows, layout: PageLayout | None = None) -> Sheet:
    """A sheet holding one Excel table: a header, the rows, frozen header and key, print layout."""
    sheet = new_sheet(book, title, table.widths, layout or list_layout(table.widths))
    sheet.ws.freeze_panes = "B2"
    sheet.append([(h, "header") for h in table.headers])
    for _, items in table.rows:
        sheet.append(items)
    add_table(sheet, title, table.headers, 1, sheet.row)
    return sheet


def findings_table(book: Book) -> TableRows:
    """Every finding with its rule, severity, article, message, facts, reference and evidence, and
    links to its transfer, its TIA sheet and its evidence rows."""
    report, links = book.report, book.links
    names = report.names
    sheets = {t.flow.id: t.sheet for t in report.transfers if t.sheet}
    keys = links.finding_key

    def path(f: Finding) -> str:
        return " -> ".join(names.get(p, p) for p in f.path)

    def tia(f: Finding) -> Ref | None:
        sheet = sheets.get(f.flow) if f.flow else None
        return Ref(sheet, sheet) if sheet else None

    columns: list[ListColumn[Finding]] = [
        ("Finding id", 9, lambda f: keys[id(f)]),
        ("Rule", 24, lambda f: f.rule.value),
        ("Severity", 10, lambda f: f.severity.value),
        ("Article", 24, lambda f: f.article),
        ("Message", 60, lambda f: f.message),
        ("Exporter", 26, lambda f: f.exporter_name or None),
        ("Importer", 26, lambda f: f.importer_name or None),
        ("Country", 9, lambda f: f.country),
        ("Transfer id", 22, lambda f: links.transfer(f.flow) or f.flow),
        ("TIA sheet", 22, tia),
        ("Evidence ids", 14, lambda f: links.evidence(f.evidence)),
        ("Path", 40, path),
        ("Facts", 44, lambda f: "\n".join(f"{k}: {v}" for k, v in f.facts)),
        ("Reference data", 40, lambda f: "\n".join(f.reference) or None),
        ("Evidence", 60, lambda f: "\n".join(evidence_text(e) for e in f.evidence) or None),
    ]
    return table_rows(columns, report.findings, lambda f: keys[id(f)])


def write_findings(book: Book) -> Sheet:
    """Add the Findings sheet."""
    sheet = write_table(book, FINDINGS, book.tables[FINDINGS])
    severity_colours(sheet, 3, 2, sheet.row)
    return sheet


def parties_table(book: Book) -> TableRows:
    """Every party with role, country, review status, source documents, and links to its
    transfers, TIA sheets and evidence rows."""
    links = book.links

    def transfers(r: PartyRow) -> Ref | None:
        return ref(TRANSFERS, links.flows_of_party.get(r.party.id, []))

    def tias(r: PartyRow) -> Ref | None:
        sheets = links.tia_of_party.get(r.party.id, [])
        return Ref(", ".join(sheets[:3]) + (f" and {len(sheets) - 3} more" if len(sheets) > 3 else ""),
                   sheets[0]) if sheets else None  # fmt: skip

    columns: list[ListColumn[PartyRow]] = [
        ("Party id", 22, lambda r: r.party.id),
        ("Name", 32, lambda r: r.party.name),
        ("Role", 18, lambda r: r.party.role.value),
        ("Kind", 10, lambda r: r.party.kind.value),
        ("Country code", 9, lambda r: r.party.country),
        ("Country", 18, lambda r: country_name(r.party.country) or None),
        ("Country confirmed", 10, lambda r: "yes" if r.party.country_confirmed else "no"),
        ("Destination status", 18, lambda r: r.status.label),
        (
            "Scope attributes",
            22,
            lambda r: "\n".join(f"{k.value}: {v.value}" for k, v in r.party.scope) or None,
        ),
        ("Review status", 12, lambda r: r.party.review.value),
        ("Flows out", 8, lambda r: r.flows_out),
        ("Flows in", 8, lambda r: r.flows_in),
        ("Also known as", 26, lambda r: "\n".join(r.party.aliases) or None),
        ("Source documents", 36, lambda r: "\n".join(map(document_name, r.documents)) or None),
        ("Notes", 30, lambda r: r.party.notes or None),
        ("Country from", 28, lambda r: _country_from(r.party)),
        ("Transfers", 24, transfers),
        ("TIA sheets", 24, tias),
        ("Evidence ids", 14, lambda r: links.evidence(r.party.evidence)),
    ]
    return table_rows(columns, book.report.parties, lambda r: r.party.id)


def _country_from(party: Party) -> str | None:
    """Where the party's country came from; blank when it has none, "not recorded" in older files."""
    if party.country is None:
        return None
    return party.country_source.label if party.country_source else "not recorded"


def write_parties(book: Book) -> Sheet:
    """Add the Parties sheet."""
    return write_table(book, PARTIES, book.tables[PARTIES])


def evidence_table(book: Book) -> TableRows:
    """Every quote with its document, character offsets and the document's sha256, and links back
    to the transfers, findings and parties that cite it."""
    links = book.links
    columns: list[ListColumn[EvidenceRow]] = [
        ("Evidence id", 10, lambda r: r.key),
        ("Document", 36, lambda r: document_name(r.evidence.document.path)),
        ("Start", 8, lambda r: r.evidence.start),
        ("End", 8, lambda r: r.evidence.end),
        ("Quote", 70, lambda r: r.evidence.quote),
        ("Supports", 36, lambda r: "\n".join(r.used_by)),
        ("Document sha256", 24, lambda r: r.evidence.document.sha256),
        ("Cited by transfers", 24, lambda r: links.citing(r.key, TRANSFERS)),
        ("Cited by findings", 16, lambda r: links.citing(r.key, FINDINGS)),
        ("Cited by parties", 24, lambda r: links.citing(r.key, PARTIES)),
    ]
    return table_rows(columns, book.report.evidence, lambda r: r.key)


def write_evidence(book: Book) -> Sheet:
    """Add the Evidence sheet."""
    return write_table(book, EVIDENCE, book.tables[EVIDENCE])
