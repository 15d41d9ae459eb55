"""The Change log sheet: the versions of this assessment, and what changed, when and by whom.

The first row is this export (its version follows the previous export's). Below it come the changes
since the previous export, from ``exports.history``: a team register's audit trail (who, when,
which record, before and after, from which document), or the comparison with the previous
workbook's snapshot (what, but not who: a project file does not record it). Nothing is invented:
without either, the sheet says that no earlier export is known. Then the source documents read,
and rows for the reviewers to record later versions and approvals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from exports.history import Change, History, snapshot_rows
from exports.register import document_name
from exports.sheets import Book, PageLayout, Sheet, new_sheet
from exports.texts import Words
from model.team_audit import FieldChange

HEADERS = ("log.version", "log.date", "log.who", "log.what", "log.approved")
WIDTHS = (10, 16, 24, 80, 24)
BLANK_ROWS = 12
MAX_CHANGES = 1000  # rows of changes listed; the rest are counted (the audit command lists them all)
MAX_VALUE = 120  # characters of a value before or after a change


def write_changelog(book: Book) -> Sheet:
    """Add the Change log sheet."""
    report, w, history = book.report, book.words, book.history
    sheet = new_sheet(book, "changelog", WIDTHS, PageLayout(landscape=False))
    sheet.ws.freeze_panes = "A2"
    sheet.append([(w(h), "header") for h in HEADERS])
    export = w(
        "log.export_what",
        organisation=w.organisation(report.organisation),
        transfers=len(report.transfers),
        sheets=len(report.tia_transfers),
        findings=len(report.findings),
        date=report.as_of.isoformat(),
        version=report.reference.version,
        method=w(f"method.{report.method.value}"),
        scenario="; ".join(w.scenario(report.scenario.labels)),
    )
    if history.origin == "none":
        export += " " + w("log.no_history")
    if history.unusable:
        export += " " + w(f"log.unusable.{history.unusable}", detail=history.detail)
    row = [str(history.version), report.created.date(), w("log.export_who"), export, None]
    sheet.append(_styled(row, last_input=True))
    _changes(sheet, history, w)
    for path, sha256 in report.documents:
        text = w("log.document_read", name=document_name(path), sha256=sha256[:16])
        sheet.append(_styled(["", "", w("log.source_document"), text, ""]))
    for _ in range(BLANK_ROWS):
        blank = [(None, "input"), (None, "input_date"), (None, "input"), (None, "input"), (None, "input")]
        sheet.append(blank, min_lines=2)
    return sheet


def _styled(values: list[Any], last_input: bool = False) -> list[tuple[Any, str]]:
    styles = ["value", "value_date" if isinstance(values[1], dt.date) else "value", "value", "value"]
    styles.append("input" if last_input else "value")
    return list(zip(values, styles, strict=True))


def _changes(sheet: Sheet, history: History, w: Words) -> None:
    if history.origin == "none":
        return
    sheet.append(_styled(["", _since(history), "", _summary(history, w), ""]))
    unknown = w("log.who_unknown")
    for change in history.changes[:MAX_CHANGES]:
        when = f"{change.at.astimezone():%Y-%m-%d %H:%M}" if change.at else ""
        sheet.append(_styled(["", when, change.who or unknown, change_text(change, w), ""]))
    left = len(history.changes) - MAX_CHANGES
    if left > 0:
        more = w("log.more_audit" if history.origin == "audit" else "log.more", count=left)
        sheet.append(_styled(["", "", "", more, ""]))


def _since(history: History) -> dt.date | str:
    return history.previous.taken.date() if history.previous else ""


def _summary(history: History, w: Words) -> str:
    counts = Counter(c.action for c in history.changes)
    tally = w("log.tally", added=counts["added"], changed=counts["changed"], removed=counts["removed"])
    previous = history.previous
    if history.origin == "audit":
        if previous is None:
            return w("log.audit_all", tally=tally)
        return w(
            "log.audit_since", version=previous.version, date=previous.taken.date().isoformat(), tally=tally
        )
    assert previous is not None
    return w(
        "log.snapshot_since", version=previous.version, date=previous.taken.date().isoformat(), tally=tally
    )


def change_text(change: Change, w: Words) -> str:
    """``changed party Nimbus Cloud Inc.: Country: US → DE`` in the workbook's words."""
    head = w(
        "log.change",
        action=w(f"log.action.{change.action}"),
        kind=w(f"log.kind.{change.kind}") if change.kind in _KINDS else change.kind,
        name=change.name,
    )
    fields = "; ".join(field_text(f, w) for f in change.fields)
    text = f"{head}: {fields}" if fields else head
    return text + " " + w("log.from", source=change.source) if change.source else text


_KINDS = ("party", "flow", "document", "project")


def field_text(change: FieldChange, w: Words) -> str:
    """One field before and after, with the field's name and coded values in words."""
    name = w(f"field.{change.field}") if change.field in _FIELDS else change.field
    return f"{name}: {value_text(change.before, w)} \u2192 {value_text(change.after, w)}"


_FIELDS = frozenset(
    (
        "name", "role", "country", "kind", "aliases", "scope", "review", "country_confirmed",
        "country_source", "placeholder", "notes", "quotes", "scope_checks", "exporter", "importer",
        "data_categories", "special_categories", "purposes", "tools", "measures", "leaves_eea",
        "tia_status", "tia_review_date", "tia_conclusion", "dpa", "contract_reference", "sha256",
    )
)  # fmt: skip


def value_text(value: Any, w: Words) -> str:
    """A value of a record as a person reads it: codes as words, lists joined, empty as a dash."""
    if value is None or value in ("", [], {}):
        return "\u2014"
    if isinstance(value, bool):
        return w.label("yes" if value else "no")
    if isinstance(value, str):
        text = w.label(value)
    elif isinstance(value, list):
        text = "; ".join(value_text(v, w) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(value_text(v, w) for v in value.values() if v not in (None, "", [], {}))
    else:
        text = str(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "\u2026"


def write_snapshot(book: Book) -> Sheet:
    """Add the hidden snapshot sheet the next export compares with (see ``exports.history``)."""
    report = book.report
    sheet = new_sheet(book, "snapshot", (14, 30, 100))
    sheet.ws.sheet_state = "veryHidden"  # for the next export, not the reader
    history = book.history
    for row in snapshot_rows(report, history.version, report.created.astimezone(), history.audit_seq):
        sheet.append([(value, "plain") for value in row])
    return sheet
