"""The Change log sheet: the versions of this assessment, who changed what and when.

Transfer Atlas does not yet keep a history of exports, so the log starts with what it knows (the
source documents with their own dates, and this export) and gives the reviewers rows to record
each later version, its author, what changed and who approved it.
"""

from __future__ import annotations

from exports.register import document_name
from exports.sheets import Book, PageLayout, Sheet, new_sheet

HEADERS = ("Version", "Date", "Who", "What changed", "Approved by")
WIDTHS = (10, 12, 24, 80, 24)
BLANK_ROWS = 12


def write_changelog(book: Book) -> Sheet:
    """Add the Change log sheet."""
    report = book.report
    sheet = new_sheet(book, "Change log", WIDTHS, PageLayout(landscape=False))
    sheet.ws.freeze_panes = "A2"
    sheet.append([(h, "header") for h in HEADERS])
    sheet.append(
        [
            ("1", "value"),
            (report.created.date(), "value_date"),
            ("Transfer Atlas (export)", "value"),
            (
                f"Workbook prepared for {report.organisation}: {len(report.transfers)} transfers, "
                f"{len(report.tia_transfers)} TIA sheets, {len(report.findings)} findings; facts as of "
                f"{report.as_of.isoformat()}; reference data {report.reference.version}; method "
                f"{report.method.value}; scenario: {'; '.join(report.scenario.describe())}. "
                "No earlier export is recorded: log later versions below.",
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
                ("source document", "value"),
                (f"{document_name(path)} read (sha256 {sha256[:16]}…)", "value"),
                ("", "value"),
            ]
        )
    for _ in range(BLANK_ROWS):
        blank = [(None, "input"), (None, "input_date"), (None, "input"), (None, "input"), (None, "input")]
        sheet.append(blank, min_lines=2)
    return sheet
