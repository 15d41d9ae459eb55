"""The Summary sheet: who, when, under which assumptions and method, the counts, and the map."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from openpyxl.drawing.image import Image

from exports.register import document_name
from exports.report import TransferReport
from exports.sheets import Book, PageLayout, Sheet, internal_link, new_sheet
from model.findings import Severity
from model.reference import DestinationStatus

log = logging.getLogger(__name__)
MAP_SIZE_INCHES = (13.0, 7.5)
MAP_DPI = 100
MAP_ANCHOR = "E3"
LAYOUT = PageLayout(title_rows=None, grid=False)


def write_summary(book: Book) -> Sheet:
    """Add the Summary sheet (first in the workbook), with a guide to the sheets of ``book``."""
    report = book.report
    sheet = new_sheet(book, "Summary", (34, 46, 10, 4), LAYOUT)
    sheet.append([("Transfer impact assessments", "title")])
    sheet.append([(report.organisation, "note")])
    ref = report.reference
    facts = (
        ("Organisation", report.organisation_label),
        ("Facts as of", report.as_of),
        ("Scenario", "\n".join(report.scenario.describe())),
        ("Method", report.method.label),
        ("Reference data", f"version {ref.version} of {ref.as_of.isoformat()} ({Path(ref.path).name})"),
        ("Prepared", report.created),
        ("Prepared with", "Transfer Atlas"),
    )
    sheet.blank()
    for label, value in facts:
        sheet.append(
            [(label, "label"), (value, "value_date" if label in ("Facts as of", "Prepared") else "value")]
        )
    _counts(sheet, report)
    _guide(sheet, book)
    _documents(sheet, report)
    _map(sheet, report)
    return sheet


def _counts(sheet: Sheet, report: TransferReport) -> None:
    sheet.blank()
    sheet.append([("Counts", "section"), ("", "section"), ("Number", "section")])
    sheet.append(
        [
            ("Transfers", "label"),
            ("leaving the EEA or to an unknown destination", "value"),
            (len(report.transfers), "value"),
        ]
    )
    sheet.append(
        [("", "label"), ("needing a TIA (a TIA sheet each)", "value"), (len(report.tia_transfers), "value")]
    )
    statuses: dict[DestinationStatus, int] = {}
    for row in report.transfers:
        statuses[row.destination.status] = statuses.get(row.destination.status, 0) + 1
    for status in DestinationStatus:
        if status is not DestinationStatus.EEA:
            sheet.append(
                [
                    ("", "label"),
                    (f"to a destination that is {status.label}", "value"),
                    (statuses.get(status, 0), "value"),
                ]
            )
    by_transfer = report.transfer_counts()
    for severity in Severity:
        sheet.append(
            [
                ("", "label"),
                (f"whose highest finding is {severity.value}", "value"),
                (by_transfer[severity], "value"),
            ]
        )
    sheet.append([("", "label"), ("without findings", "value"), (by_transfer[None], "value")])
    counts = report.finding_counts()
    sheet.append([("Findings", "label"), ("all", "value"), (len(report.findings), "value")])
    for severity in Severity:
        sheet.append([("", "label"), (severity.value, "value"), (counts[severity], "value")])


def _guide(sheet: Sheet, book: Book) -> None:
    sheet.blank()
    sheet.append([("Sheets", "section"), ("", "section")])
    for title, text, one_sheet in book.guide:
        if one_sheet:
            link = sheet.cell(title, "link")
            link.hyperlink = internal_link(title)
            sheet.append([link, text])
        else:
            sheet.append([(title, "label"), text])


def _documents(sheet: Sheet, report: TransferReport) -> None:
    if not report.documents:
        return
    sheet.blank()
    sheet.append([("Source documents", "section"), ("sha256", "section")])
    for path, sha256 in report.documents:
        sheet.append([document_name(path), sha256])


def _map(sheet: Sheet, report: TransferReport) -> None:
    """Embed the data-flow map as a PNG; a drawing failure leaves a note rather than no workbook."""
    try:
        png = map_png(report)
    except Exception as err:  # noqa: BLE001 - the workbook is worth more than its picture
        log.warning("data-flow map not drawn: %s", err)
        sheet.blank()
        sheet.append([("Data-flow map", "label"), (f"not drawn: {err}", "note")])
        return
    image = Image(io.BytesIO(png))
    sheet.ws.add_image(image, MAP_ANCHOR)


def map_png(report: TransferReport) -> bytes:
    """The data-flow map of the report as PNG bytes (matplotlib Agg through a bare Figure)."""
    from exports.flowmap import render_map  # matplotlib is imported only when a map is drawn

    buffer = io.BytesIO()
    render_map(
        report.graph,
        buffer,
        "png",
        size=MAP_SIZE_INCHES,
        dpi=MAP_DPI,
        title=f"Data-flow map: {report.organisation} ({report.as_of.isoformat()})",
        findings=report.findings,
        reference=report.reference,
        as_of=report.as_of,
        scenario=report.scenario,
    )
    return buffer.getvalue()
