"""The team register's audit trail as a file for the auditor: CSV (one row per changed field) or JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from exports.targets import write_target
from model.team_audit import AuditEntry

CSV_HEADER = ("seq", "when", "who", "kind", "record", "name", "action", "field", "before", "after", "source")


def audit_rows(entries: Sequence[AuditEntry]) -> Iterator[tuple[str, ...]]:
    """One row per changed field of each entry (one row for an entry with no field change)."""
    for e in entries:
        fixed = (str(e.seq), e.at.isoformat(), e.who, e.kind, e.record, e.label(), e.action)
        changes = e.changes()
        if not changes:
            yield (*fixed, "", "", "", e.source)
        for change in changes:
            yield (*fixed, change.field, _cell(change.before), _cell(change.after), e.source)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def write_audit_csv(entries: Sequence[AuditEntry], path: Path | str) -> None:
    """Write the trail as CSV (UTF-8 with a byte-order mark, so Excel reads accents); atomic."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            writer.writerows(audit_rows(entries))

    write_target(path, write)


def write_audit_json(entries: Sequence[AuditEntry], path: Path | str) -> None:
    """Write the trail as JSON: ``{"schema", "entries": [...]}`` with each record before and after; atomic."""
    document = {"schema": "transfer-atlas/audit/v1", "entries": [e.to_dict() for e in entries]}
    text = json.dumps(document, ensure_ascii=False, indent=1, default=str)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    write_target(path, write)
