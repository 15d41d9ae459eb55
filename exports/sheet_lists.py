"""The Findings, Parties and Evidence sheets: filterable tables an auditor re-performs from.

Each row links to the rows it cites and back: findings to their transfer, TIA sheet and evidence;
parties to their transfers, TIA sheets and evidence; evidence to the transfers, findings and
parties that cite it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from exports.cells import CellValue
from exports.links import EVIDENCE, FINDINGS, PARTIES, TRANSFERS, Ref, ref, shown_list
from exports.register import document_name, evidence_text, yes_no
from exports.report import EvidenceRow, PartyRow
from exports.sheets import Book, Item, PageLayout, Sheet, TableRows, add_table, new_sheet, severity_colours
from exports.texts import Words
from model.findings import Finding
from model.labels import article_text, fact_text
from model.parties import Party

T = TypeVar("T")
ListColumn = tuple[str, float, Callable[[T], "CellValue | Ref | None"]]
PAGE_WIDTH_UNITS = 200  # column-width units that print legibly across one landscape A4 page


def list_layout(widths: Iterable[float]) -> PageLayout:
    """Landscape, as many pages wide as the columns need at a legible scale, header and first column
    on every page."""
    pages = max(1, -(-int(sum(widths)) // PAGE_WIDTH_UNITS))
    return PageLayout(pages_wide=pages, title_columns="A:A" if pages > 1 else None)


def table_rows(
    columns: Sequence[ListColumn[T]], items: Iterable[T], key: Callable[[T], str], words: Words
) -> TableRows:
    """The rows of a list sheet, one per item, keyed so that other sheets can link to them; each
    column's header is ``column.<its key>`` of the texts file."""
    return TableRows(
        tuple(words(f"column.{c[0]}") for c in columns),
        tuple(c[1] for c in columns),
        tuple((key(item), [_entry(c[2](item)) for c in columns]) for item in items),
    )


def _entry(value: CellValue | Ref | None) -> Item:
    if isinstance(value, Ref):
        return value
    return (value, "plain") if isinstance(value, int) else (value, "text")


def write_table(book: Book, key: str, table: TableRows, layout: PageLayout | None = None) -> Sheet:
    """A sheet holding one Excel table: a header, the rows, frozen header and key, print layout.
    The table is named after the sheet's key ("Transfers"), whatever the sheet's language."""
    sheet = new_sheet(book, key, table.widths, layout or list_layout(table.widths))
    sheet.ws.freeze_panes = "B2"
    sheet.append([(h, "header") for h in table.headers])
    for _, items in table.rows:
        sheet.append(items)
    add_table(sheet, key.capitalize(), table.headers, 1, sheet.row)
    return sheet


def findings_table(book: Book) -> TableRows:
    """Every finding with its rule, severity, article, message, facts, reference and evidence, and
    links to its transfer, its TIA sheet and its evidence rows."""
    report, links, words = book.report, book.links, book.words
    names = report.names
    sheets = {t.flow.id: t.sheet for t in report.transfers if t.sheet}
    keys = links.finding_key

    def path(f: Finding) -> str:
        return " -> ".join(names.get(p, p) for p in f.path)

    def tia(f: Finding) -> Ref | None:
        sheet = sheets.get(f.flow) if f.flow else None
        return Ref(sheet, sheet) if sheet else None

    columns: list[ListColumn[Finding]] = [
        ("finding_id", 9, lambda f: keys[id(f)]),
        ("rule", 24, lambda f: words.label(f.rule)),
        ("finding_severity", 10, lambda f: words.label(f.severity)),
        ("article", 24, lambda f: article_text(f.article, words.lang)),
        ("message", 60, lambda f: f.text(words.lang)),
        ("exporter", 26, lambda f: f.exporter_name or None),
        ("importer", 26, lambda f: f.importer_name or None),
        ("country", 9, lambda f: f.country),
        ("id", 22, lambda f: links.transfer(f.flow) or f.flow),
        ("tia_sheet", 22, tia),
        ("evidence_ids", 14, lambda f: links.evidence(f.evidence)),
        ("path", 40, path),
        ("facts", 44, lambda f: "\n".join(fact_text(k, v, words.lang) for k, v in f.facts)),
        ("reference_data", 40, lambda f: "\n".join(f.reference) or None),
        ("evidence", 60, lambda f: "\n".join(evidence_text(e) for e in f.evidence) or None),
        ("rule_id", 18, lambda f: f.rule.value),
    ]
    return table_rows(columns, report.findings, lambda f: keys[id(f)], words)


def write_findings(book: Book) -> Sheet:
    """Add the Findings sheet."""
    sheet = write_table(book, FINDINGS, book.tables[FINDINGS])
    severity_colours(sheet, 3, 2, sheet.row)
    return sheet


def parties_table(book: Book) -> TableRows:
    """Every party with role, country, review status, source documents, and links to its
    transfers, TIA sheets and evidence rows."""
    links, words = book.links, book.words

    def transfers(r: PartyRow) -> Ref | None:
        return ref(TRANSFERS, links.flows_of_party.get(r.party.id, []), words=words)

    def tias(r: PartyRow) -> Ref | None:
        sheets = links.tia_of_party.get(r.party.id, [])
        return Ref(shown_list(sheets, words, 3), sheets[0]) if sheets else None

    def scope(r: PartyRow) -> str | None:
        return "\n".join(f"{words.label(k)}: {words.label(v)}" for k, v in r.party.scope) or None

    columns: list[ListColumn[PartyRow]] = [
        ("party_id", 22, lambda r: r.party.id),
        ("name", 32, lambda r: r.party.name),
        ("role", 18, lambda r: words.label(r.party.role)),
        ("kind", 10, lambda r: words.label(r.party.kind)),
        ("country_code", 9, lambda r: r.party.country),
        ("country", 18, lambda r: words.country(r.party.country) or None),
        ("country_confirmed", 10, lambda r: yes_no(r.party.country_confirmed, words)),
        ("destination_status", 18, lambda r: words.label(r.status)),
        ("scope_attributes", 22, scope),
        ("review_status", 12, lambda r: words.label(r.party.review)),
        ("flows_out", 8, lambda r: r.flows_out),
        ("flows_in", 8, lambda r: r.flows_in),
        ("aliases", 26, lambda r: "\n".join(r.party.aliases) or None),
        ("source_documents", 36, lambda r: "\n".join(map(document_name, r.documents)) or None),
        ("notes", 30, lambda r: r.party.notes or None),
        ("country_from", 28, lambda r: _country_from(r.party, words)),
        ("transfers", 24, transfers),
        ("tia_sheets", 24, tias),
        ("evidence_ids", 14, lambda r: links.evidence(r.party.evidence)),
    ]
    return table_rows(columns, book.report.parties, lambda r: r.party.id, words)


def _country_from(party: Party, words: Words) -> str | None:
    """Where the party's country came from; blank when it has none, "not recorded" in older files."""
    if party.country is None:
        return None
    source = party.country_source
    return words(f"country_source.{source.value}") if source else words("not_recorded")


def write_parties(book: Book) -> Sheet:
    """Add the Parties sheet."""
    return write_table(book, PARTIES, book.tables[PARTIES])


def evidence_table(book: Book) -> TableRows:
    """Every quote with its document, character offsets and the document's sha256, and links back
    to the transfers, findings and parties that cite it."""
    links, words = book.links, book.words

    def supports(r: EvidenceRow) -> str:
        return "\n".join(
            words(f"supports.{kind}", name=words.label(name) if kind == "finding" else name)
            for kind, name in r.used_by
        )

    columns: list[ListColumn[EvidenceRow]] = [
        ("evidence_id", 10, lambda r: r.key),
        ("document", 36, lambda r: document_name(r.evidence.document.path)),
        ("start", 8, lambda r: r.evidence.start),
        ("end", 8, lambda r: r.evidence.end),
        ("quote", 70, lambda r: r.evidence.quote),
        ("supports", 36, supports),
        ("sha256", 24, lambda r: r.evidence.document.sha256),
        ("cited_by_transfers", 24, lambda r: links.citing(r.key, TRANSFERS)),
        ("cited_by_findings", 16, lambda r: links.citing(r.key, FINDINGS)),
        ("cited_by_parties", 24, lambda r: links.citing(r.key, PARTIES)),
    ]
    return table_rows(columns, book.report.evidence, lambda r: r.key, words)


def write_evidence(book: Book) -> Sheet:
    """Add the Evidence sheet."""
    return write_table(book, EVIDENCE, book.tables[EVIDENCE])
