"""The Transfers sheet: the register as a filterable Excel table a reviewer annotates, and its
printable view. Each transfer links to its parties, TIA sheet, findings and evidence rows."""

from __future__ import annotations

import datetime as dt

from exports.links import FINDINGS, TRANSFERS, Ref, ref
from exports.register import COLUMN_INDEX, COLUMNS, RegisterValue, register_rows
from exports.sheet_lists import write_table
from exports.sheets import (
    Book,
    Item,
    PageLayout,
    Sheet,
    TableRows,
    column_range,
    date_validation,
    list_validation,
    new_sheet,
    severity_colours,
)
from model.flows import TiaConclusion, TiaStatus

REVIEWER_COLUMNS = ("tia_status", "review_date", "decision")
LINK_COLUMNS = (("evidence_ids", 14.0), ("finding_ids", 14.0))  # after the register's own columns

# The whole register is too wide for one page: it prints two pages across, the transfer id on
# each; the print view holds the key columns, legible on one page width.
LAYOUT = PageLayout(pages_wide=2, title_columns="A:A")


def transfers_table(book: Book) -> TableRows:
    """The register's rows, each keyed by its flow id, parties linked to their rows on Parties."""
    links, words = book.links, book.words
    rows = []
    for transfer, values in zip(book.report.transfers, register_rows(book.report, words), strict=True):
        items = [_item(c.key, v) for c, v in zip(COLUMNS, values, strict=True)]
        items[COLUMN_INDEX["exporter"]] = links.party(transfer.exporter.id) or items[COLUMN_INDEX["exporter"]]
        items[COLUMN_INDEX["importer"]] = links.party(transfer.importer.id) or items[COLUMN_INDEX["importer"]]
        items.append(links.evidence(transfer.evidence))
        items.append(ref(FINDINGS, links.findings_of_flow.get(transfer.flow.id, []), words=words))
        rows.append((transfer.flow.id, items))
    return TableRows(
        tuple(words(f"column.{c.key}") for c in COLUMNS)
        + tuple(words(f"column.{h}") for h, _ in LINK_COLUMNS),
        tuple(c.width for c in COLUMNS) + tuple(w for _, w in LINK_COLUMNS),
        tuple(rows),
    )


def write_transfers(book: Book) -> Sheet:
    """Add the Transfers sheet: one row per transfer, header frozen, reviewer columns validated."""
    table = book.tables[TRANSFERS]
    sheet = write_table(book, TRANSFERS, table, LAYOUT)
    last = sheet.row
    severity_colours(sheet, COLUMN_INDEX["severity"] + 1, 2, last)
    _validations(sheet, last)
    return sheet


def _item(key: str, value: RegisterValue) -> Item | None:
    if isinstance(value, tuple):
        value = "\n".join(value)
    if key in REVIEWER_COLUMNS:
        return (value, "input_date" if key == "review_date" else "input")
    if key == "tia_sheet" and isinstance(value, str):
        return Ref(value, value)
    return (value, "date" if isinstance(value, dt.date) else "text")


def _validations(sheet: Sheet, last: int) -> None:
    first, words = 2, sheet.words
    list_validation(
        sheet,
        [words.label(s) for s in TiaStatus],
        column_range(COLUMN_INDEX["tia_status"] + 1, first, last),
        words("prompt.tia_status"),
    )
    list_validation(
        sheet,
        [words.label(c) for c in TiaConclusion],
        column_range(COLUMN_INDEX["decision"] + 1, first, last),
        words("prompt.decision"),
    )
    date_validation(
        sheet,
        column_range(COLUMN_INDEX["review_date"] + 1, first, last),
        words("prompt.review_date"),
    )


PRINT_KEY = "transfers_print"
PRINT_COLUMNS = (  # (register column key, width on the printed page)
    ("id", 18),
    ("exporter", 24),
    ("importer", 24),
    ("country", 14),
    ("destination_status", 16),
    ("transfer_tools", 30),
    ("severity", 10),
    ("tia_sheet", 21),
    ("tia_status", 11),
    ("decision", 18),
)


_NAMES = frozenset({"exporter", "importer"})


def write_transfers_print(book: Book) -> Sheet:
    """Add the register's key columns sized for one landscape page width, header on every page;
    each transfer id links to its full row on Transfers."""
    widths = [w for _, w in PRINT_COLUMNS]
    sheet = new_sheet(book, PRINT_KEY, widths, PageLayout(pages_wide=1))
    sheet.ws.freeze_panes = "A2"
    indices = [COLUMN_INDEX[key] for key, _ in PRINT_COLUMNS]
    sheet.append([(book.words(f"column.{COLUMNS[i].key}"), "header") for i in indices])
    for key, items in book.tables[TRANSFERS].rows:
        # names as wrapped text: a linked cell is not wrapped by LibreOffice, so a long name would be
        # cut on paper; the id links to the full row, which links on to the parties
        picked = [_unlinked(items[i]) if COLUMNS[i].key in _NAMES else items[i] for i in indices]
        picked[0] = Ref(key, TRANSFERS, key)
        sheet.append(picked)
    return sheet


def _unlinked(item: Item) -> Item:
    return item.text if isinstance(item, Ref) else item
