"""The Change log sheet: the versions of this assessment, who changed what and when.

Transfer Atlas does not yet keep a history of exports, so the log starts with what it knows (the
source documents with their own dates, and this export) and gives the reviewers rows to record
each later version, its author, what changed and who approved it.
"""

from __future__ import annotations

from exports.register import document_name
from exports.sheets import Book, PageLayout, Sheet, new_sheet

HEADERS = ("log.version", "log.date", "log.who", "log.what", "log.approved")
WIDTHS = (10, 12, 24, 80, 24)
BLANK_ROWS = 12


def write_changelog(book: Book) -> Sheet:
    """Add the Change log sheet."""
    report, w = book.report, book.words
    sheet = new_sheet(book, "changelog", WIDTHS, PageLayout(landscape=False))
    sheet.ws.freeze_panes = "A2"
    sheet.append([(w(h), "header") for h in HEADERS])
    sheet.append(
        [
            ("1", "value"),
            (report.created.date(), "value_date"),
            (w("log.export_who"), "value"),
            (
                w(
                    "log.export_what",
                    organisation=report.organisation,
                    transfers=len(report.transfers),
                    sheets=len(report.tia_transfers),
                    findings=len(report.findings),
                    date=report.as_of.isoformat(),
                    version=report.reference.version,
                    method=w(f"method.{report.method.value}"),
                    scenario="; ".join(w.scenario(report.scenario.labels)),
                )
                + " "
                + w("log.no_history"),
                "value",
            ),
            (None, "input"),
        ]
    )
    for path, sha256 in report.documents:
        sheet.append(
            [
                ("", "value"),
                ("", "value"),
                (w("log.source_document"), "value"),
                (w("log.document_read", name=document_name(path), sha256=sha256[:16]), "value"),
                ("", "value"),
            ]
        )
    for _ in range(BLANK_ROWS):
        blank = [(None, "input"), (None, "input_date"), (None, "input"), (None, "input"), (None, "input")]
        sheet.append(blank, min_lines=2)
    return sheet
