"""The Summary sheet: who, when, under which assumptions and method, the counts, and the map."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from openpyxl.drawing.image import Image

from exports.links import Ref
from exports.register import document_name
from exports.report import TransferReport
from exports.sheets import Book, PageLayout, Sheet, new_sheet, organisation_label
from exports.texts import Words
from model.findings import Severity
from model.reference import BUNDLED_REFERENCE, DestinationStatus, ReferenceData

log = logging.getLogger(__name__)
MAP_SIZE_INCHES = (13.0, 7.5)
MAP_DPI = 100
MAP_ANCHOR = "E3"
LAYOUT = PageLayout(title_rows=None, grid=False)


def write_summary(book: Book) -> Sheet:
    """Add the Summary sheet (first in the workbook), with a guide to the sheets of ``book``."""
    report, words = book.report, book.words
    sheet = new_sheet(book, "summary", (34, 46, 10, 4), LAYOUT)
    sheet.append([(words("summary.title"), "title")])
    sheet.append([(words.organisation(report.organisation), "note")])
    facts = (
        ("summary.organisation", organisation_label(report, words), "value"),
        ("summary.as_of", report.as_of, "value_date"),
        ("summary.scenario", "\n".join(words.scenario(report.scenario.labels)), "value"),
        ("summary.method", words(f"method.{report.method.value}"), "value"),
        ("summary.reference", reference_text(report.reference, words), "value"),
        ("summary.prepared", report.created, "value_date"),
        ("summary.prepared_with", "Transfer Atlas", "value"),
    )
    sheet.blank()
    for key, value, style in facts:
        sheet.append([(words(key), "label"), (value, style)])
    _counts(sheet, report, words)
    _guide(sheet, book)
    _documents(sheet, report, words)
    _map(sheet, report, words)
    return sheet


def reference_text(ref: ReferenceData, words: Words) -> str:
    """Which reference data: its version and date, and whether it is the one Transfer Atlas ships
    (a file the user chose is named by its file name only)."""
    if Path(ref.path).resolve() == BUNDLED_REFERENCE.resolve():
        return words("reference.bundled", version=ref.version, date=ref.as_of.isoformat())
    return words(
        "reference.file", version=ref.version, date=ref.as_of.isoformat(), file=document_name(str(ref.path))
    )


def _counts(sheet: Sheet, report: TransferReport, words: Words) -> None:
    sheet.blank()
    sheet.append([(words("counts"), "section"), ("", "section"), (words("counts.number"), "section")])
    rows: list[tuple[str, str, int]] = [
        (words("counts.transfers"), words("counts.leaving"), len(report.transfers)),
        ("", words("counts.needing_tia"), len(report.tia_transfers)),
    ]
    statuses: dict[DestinationStatus, int] = {}
    for row in report.transfers:
        statuses[row.destination.status] = statuses.get(row.destination.status, 0) + 1
    for status in DestinationStatus:
        if status is not DestinationStatus.EEA:
            rows.append(("", words("counts.status", status=words.label(status)), statuses.get(status, 0)))
    by_transfer = report.transfer_counts()
    for severity in Severity:
        rows.append(("", words("counts.highest", severity=words.label(severity)), by_transfer[severity]))
    rows.append(("", words("counts.without_findings"), by_transfer[None]))
    counts = report.finding_counts()
    rows.append((words("counts.findings"), words("counts.all"), len(report.findings)))
    rows += [("", words.label(severity), counts[severity]) for severity in Severity]
    for label, text, number in rows:
        sheet.append([(label, "label"), (text, "value"), (number, "value")])


def _guide(sheet: Sheet, book: Book) -> None:
    sheet.blank()
    sheet.append([(book.words("summary.sheets"), "section"), ("", "section")])
    for key, title, text, one_sheet in book.guide:
        if one_sheet:
            sheet.append([Ref(title, key), text])
        else:
            sheet.append([(title, "label"), text])


def _documents(sheet: Sheet, report: TransferReport, words: Words) -> None:
    if not report.documents:
        return
    sheet.blank()
    sheet.append([(words("summary.documents"), "section"), ("sha256", "section")])
    for path, sha256 in report.documents:
        sheet.append([document_name(path), sha256])


def _map(sheet: Sheet, report: TransferReport, words: Words) -> None:
    """Embed the data-flow map as a PNG; a drawing failure leaves a note rather than no workbook."""
    try:
        png = map_png(report, words)
    except Exception as err:  # noqa: BLE001 - the workbook is worth more than its picture
        log.warning("data-flow map not drawn: %s", err)
        sheet.blank()
        sheet.append(
            [(sheet.words("summary.map"), "label"), (sheet.words("summary.map_failed", error=err), "note")]
        )
        return
    image = Image(io.BytesIO(png))
    sheet.ws.add_image(image, MAP_ANCHOR)


def map_png(report: TransferReport, words: Words | None = None) -> bytes:
    """The data-flow map of the report as PNG bytes (matplotlib Agg through a bare Figure)."""
    from exports.flowmap import render_map  # matplotlib is imported only when a map is drawn

    words = words or Words()
    buffer = io.BytesIO()
    render_map(
        report.graph,
        buffer,
        "png",
        size=MAP_SIZE_INCHES,
        dpi=MAP_DPI,
        title=words(
            "summary.map_title",
            organisation=words.organisation(report.organisation),
            date=report.as_of.isoformat(),
        ),
        lang=words.lang,
        findings=report.findings,
        reference=report.reference,
        as_of=report.as_of,
        scenario=report.scenario,
    )
    return buffer.getvalue()
