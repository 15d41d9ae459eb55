"""The TIA workbook: ``build_workbook(report) -> Workbook`` and the two-line ``write_xlsx``.

Sheets: Summary, Transfers, one ``TIA-<id>`` per transfer that needs an assessment, Findings,
Parties, Evidence and Reference. The workbook is built in openpyxl's write-only mode: rows
stream to temporary files, so memory stays flat for registers of tens of thousands of transfers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from exports.cells import clean_text
from exports.report import TransferReport
from exports.sheet_lists import write_evidence, write_findings, write_parties
from exports.sheet_reference import write_reference
from exports.sheet_summary import write_summary
from exports.sheet_tia import write_tia
from exports.sheet_transfers import write_transfers
from exports.styles import StyleBook
from exports.targets import check_target, write_target

Progress = Callable[[int, int], None]
"""``progress(done, total)`` after each sheet; raise from it to cancel."""


def build_workbook(
    report: TransferReport, progress: Progress | None = None, *, write_only: bool = True
) -> Workbook:
    """The TIA workbook of ``report``, ready to save (once, when ``write_only``)."""
    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    _properties(wb, report)
    styles = StyleBook(wb.create_sheet("Summary"))
    wb.remove(wb["Summary"])  # the scratch sheet only anchored the style registration
    total = len(report.tia_transfers) + 6
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    try:
        write_summary(wb, report, styles)
        step()
        write_transfers(wb, report, styles)
        step()
        for row in report.tia_transfers:
            write_tia(wb, report, row, styles)
            step()
        for writer in (write_findings, write_parties, write_evidence, write_reference):
            writer(wb, report, styles)
            step()
    except BaseException:  # cancelled or failed: leave no temporary files behind
        discard(wb)
        raise
    return wb


def _properties(wb: Workbook, report: TransferReport) -> None:
    props = wb.properties
    props.title = clean_text(f"Transfer impact assessments: {report.organisation}", 255)
    props.subject = "GDPR Chapter V transfer register and transfer impact assessments"
    props.creator = "Transfer Atlas"
    props.lastModifiedBy = "Transfer Atlas"
    props.created = report.created
    props.modified = report.created
    props.keywords = "GDPR; Chapter V; TIA; transfer impact assessment; EDPB"
    props.description = clean_text(
        f"Facts as of {report.as_of.isoformat()}; method {report.method.value}; "
        f"reference data {report.reference.version}; scenario: "
        f"{'; '.join(report.scenario.describe())}",
        1000,
    )


def write_xlsx(report: TransferReport, path: Path | str, progress: Progress | None = None) -> None:
    """Write the TIA workbook to ``path`` atomically; ``ExportTargetError`` names an unusable target."""
    check_target(path)  # before the work, not after it
    workbook = build_workbook(report, progress)
    try:
        write_target(path, workbook.save)
    finally:
        discard(workbook)


def discard(wb: Workbook) -> None:
    """Delete the temporary files a write-only workbook streamed its sheets to (after save or failure)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):  # best effort: a half-written stream may refuse to close
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)  # openpyxl keeps the stream's temp file there
        if writer is not None:
            with contextlib.suppress(OSError, KeyError, ValueError):
                writer.cleanup()
