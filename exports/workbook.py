"""The TIA workbook: ``build_workbook(report) -> Workbook`` and the two-line ``write_xlsx``.

The sheets are listed once, in ``SHEETS``: their order, the Summary's guide to them and the
progress total all come from it. The workbook is built in openpyxl's write-only mode: rows
stream to temporary files, so memory stays flat for registers of tens of thousands of transfers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from openpyxl import Workbook

from exports.cells import clean_text
from exports.history import NO_HISTORY, History, history_for
from exports.links import CrossRefs
from exports.package import SpooledWorkbook
from exports.report import TransferReport, TransferRow
from exports.sheet_changelog import write_changelog, write_snapshot
from exports.sheet_lists import (
    evidence_table,
    findings_table,
    parties_table,
    write_evidence,
    write_findings,
    write_parties,
)
from exports.sheet_reference import write_reference
from exports.sheet_summary import write_summary
from exports.sheet_tia import write_tia
from exports.sheet_transfers import PRINT_KEY, transfers_table, write_transfers, write_transfers_print
from exports.sheets import Book, TableRows
from exports.styles import StyleBook
from exports.targets import ExportTargetError, check_target, write_target
from exports.texts import Words
from model.store_files import failure_reason
from model.team_audit import AuditEntry

Progress = Callable[[int, int], None]
"""``progress(done, total)`` after each sheet; raise from it to cancel."""


@dataclass(frozen=True, slots=True)
class SheetKind:
    """A kind of sheet in the workbook: its key, its writer, and (in the texts file) its title
    ``sheet.<key>`` and what the Summary says it holds, ``guide.<key>``.

    ``write_each`` kinds are written once per transfer that needs a TIA; the others once.
    """

    key: str
    write: Callable[[Book], object] | None = None
    write_each: Callable[[Book, TransferRow], object] | None = None
    table: Callable[[Book], TableRows] | None = None  # a list sheet's rows, made before any writing
    hidden: bool = False  # for the next export, not for the reader (the Summary names it, unlinked)

    def count(self, report: TransferReport) -> int:
        """How many sheets of this kind ``report`` gets."""
        return len(report.tia_transfers) if self.write_each else 1


SHEETS: tuple[SheetKind, ...] = (
    SheetKind("summary", write=write_summary),
    SheetKind("transfers", write=write_transfers, table=transfers_table),
    SheetKind(PRINT_KEY, write=write_transfers_print),
    SheetKind("tia", write_each=write_tia),
    SheetKind("findings", write=write_findings, table=findings_table),
    SheetKind("parties", write=write_parties, table=parties_table),
    SheetKind("evidence", write=write_evidence, table=evidence_table),
    SheetKind("reference", write=write_reference),
    SheetKind("changelog", write=write_changelog),
    SheetKind("snapshot", write=write_snapshot, hidden=True),
)


def build_workbook(
    report: TransferReport,
    progress: Progress | None = None,
    *,
    write_only: bool = True,
    classification: str | None = None,
    language: str | None = None,
    history: History = NO_HISTORY,
) -> Workbook:
    """The TIA workbook of ``report``, ready to save (once, when ``write_only``).

    ``history`` is what the Change log lists as changed since the previous export (see
    ``exports.history.history_for``); the hidden snapshot sheet lets the next export find it.

    ``classification`` is printed in every page header (None: "Confidential" in the workbook's
    language; "" for none). ``language`` ("en", "nl", "de", "fr" or a locale name; None: English)
    is the language of every title, header, guide text and label; codes stay codes only in the
    JSON and CSV registers.
    """
    words = Words.of(language)
    wb = SpooledWorkbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    _properties(wb, report, words)
    styles = StyleBook(wb.create_sheet("scratch"))
    wb.remove(wb["scratch"])  # the scratch sheet only anchored the style registration
    guide = tuple(
        (kind.key, words.title(kind.key), words(f"guide.{kind.key}"), kind.write is not None)
        for kind in SHEETS
    )
    marking = words("classification") if classification is None else classification
    book = Book(wb, styles, report, marking, guide, CrossRefs(report, words), words=words, history=history)
    for kind in SHEETS:  # rows first, so that every sheet knows where each row it links to lands
        if kind.table is not None:
            book.tables[kind.key] = table = kind.table(book)
            book.targets.update(table.targets(kind.key))
    total = sum(kind.count(report) for kind in SHEETS)
    done = 0
    try:
        for kind in SHEETS:
            for write in _writers(kind, book):
                write()
                done += 1
                if progress:
                    progress(done, total)
    except BaseException:  # cancelled or failed: leave no temporary files behind
        discard(wb)
        raise
    return wb


def _writers(kind: SheetKind, book: Book) -> list[Callable[[], object]]:
    if kind.write is not None:
        write = kind.write
        return [lambda: write(book)]
    assert kind.write_each is not None
    each = kind.write_each
    return [lambda row=row: each(book, row) for row in book.report.tia_transfers]  # type: ignore[misc]


def _properties(wb: Workbook, report: TransferReport, words: Words) -> None:
    props = wb.properties
    props.title = clean_text(
        words("properties.title", organisation=words.organisation(report.organisation)), 255
    )
    props.subject = words("properties.subject")
    props.creator = "Transfer Atlas"
    props.lastModifiedBy = "Transfer Atlas"
    props.created = report.created
    props.modified = report.created
    props.keywords = words("properties.keywords")
    props.language = words.lang
    props.description = clean_text(
        words(
            "properties.description",
            date=report.as_of.isoformat(),
            method=report.method.value,
            version=report.reference.version,
            scenario="; ".join(words.scenario(report.scenario.labels)),
        ),
        1000,
    )


def write_xlsx(
    report: TransferReport,
    path: Path | str,
    progress: Progress | None = None,
    *,
    classification: str | None = None,
    language: str | None = None,
    previous: Path | str | None = None,
    audit: Sequence[AuditEntry] | None = None,
) -> None:
    """Write the TIA workbook to ``path`` atomically; ``ExportTargetError`` names an unusable target.

    ``classification`` and ``language`` as for ``build_workbook``. The Change log lists the changes
    since the previous export: from ``audit`` (a team register's trail) when given, else from the
    snapshot in the workbook at ``previous`` (default: the workbook being replaced at ``path``).
    """
    check_target(path)  # before the work, not after it
    history = history_for(report, path if previous is None else previous, audit)
    try:
        with _stream_errors():
            workbook = build_workbook(
                report, progress, classification=classification, language=language, history=history
            )
    except OSError as err:  # the sheets stream to temporary files: a full disk, a file-size limit
        scratch = Path(tempfile.gettempdir()) / "sheet.xml"
        raise ExportTargetError(
            path, f"the workbook could not be built ({failure_reason(err, scratch)}); nothing was written"
        ) from err
    try:
        write_target(path, lambda target: _save(workbook, target))
    finally:
        discard(workbook)


def _save(wb: Workbook, target: Path) -> None:
    with _stream_errors():
        wb.save(target)


@contextlib.contextmanager
def _stream_errors() -> Iterator[None]:
    """lxml's streams report a failed write (a full disk, a file-size limit) as a serialisation
    error naming the errno ("IO_EFBIG"): raise it as the ``OSError`` it is."""
    try:
        yield
    except etree.SerialisationError as err:
        name = str(err).removeprefix("IO_")
        number = getattr(errno, name, None) if str(err).startswith("IO_") else None
        if not isinstance(number, int):
            raise
        raise OSError(number, os.strerror(number)) from err


def discard(wb: Workbook) -> None:
    """Delete the temporary files a write-only workbook streamed its sheets to (after save or failure)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):  # best effort: a half-written stream may refuse to close
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)  # openpyxl keeps the stream's temp file there
        if writer is not None:
            with contextlib.suppress(Exception):  # a stream that failed fails again as it closes
                writer.close()
            with contextlib.suppress(OSError, KeyError, ValueError):
                writer.cleanup()
