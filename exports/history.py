"""What changed since the last export: from the previous workbook's snapshot, or a team register's trail.

Every workbook carries a hidden sheet holding a snapshot of the project as exported (each party,
flow and document as a small JSON object) with its version and time. Exporting again to the same
file (or naming the previous workbook) compares that snapshot with the project now and lists what
was added, changed and removed. A project file does not record who made a change; a team register
does: its audit trail (who, when, which record, before and after, from which document) is used
instead when given. Nothing is invented: without either, the change log says no history is known.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from exports.register import document_name
from exports.report import TransferReport
from model.interchange import flow_to_dict, party_to_dict
from model.team_audit import AuditEntry, FieldChange, field_changes

SNAPSHOT_SCHEMA = "transfer-atlas/snapshot/v1"
MAX_RECORD = 30_000  # characters of one record's JSON in one cell
ACTIONS = {"insert": "added", "update": "changed", "delete": "removed"}  # the audit trail's words
Key = tuple[str, str]  # (kind, id)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The project as one export saw it: version, when, whose, and each record as JSON values."""

    version: int
    taken: dt.datetime  # timezone-aware
    organisation: str
    records: dict[Key, dict[str, Any]]
    audit_seq: int | None = None  # the last audit entry of a team register this export had seen

    def name(self, key: Key) -> str:
        """The record's name as the snapshot knows it."""
        return str(self.records.get(key, {}).get("name") or key[1])


@dataclass(frozen=True, slots=True)
class Change:
    """One change to one record: when and by whom where known, what, and where it came from."""

    kind: str  # party, flow, document or project
    record: str
    name: str
    action: str  # added, changed or removed
    fields: tuple[FieldChange, ...] = ()
    at: dt.datetime | None = None  # None: some time between the two exports
    who: str | None = None  # None: not recorded
    source: str = ""


@dataclass(frozen=True, slots=True)
class History:
    """What the change log shows: the changes since ``since`` (the previous export) and where they
    come from: "snapshot" (the previous workbook), "audit" (a team register), or "none" with why."""

    origin: str
    changes: tuple[Change, ...] = ()
    previous: Snapshot | None = None
    unusable: str = ""  # why the previous workbook was not used: "damaged", "other_organisation"
    detail: str = ""  # the damage, or the other organisation
    audit_seq: int | None = None  # the last audit entry seen (kept in this export's snapshot)

    @property
    def version(self) -> int:
        """This export's version: one more than the previous export's, else 1."""
        return self.previous.version + 1 if self.previous else 1


NO_HISTORY = History("none")


def snapshot_records(report: TransferReport) -> dict[Key, dict[str, Any]]:
    """Each party, flow and document of the report as the JSON values a later export compares."""
    records: dict[Key, dict[str, Any]] = {}
    for path, sha256 in report.documents:
        records[("document", document_name(path))] = {"name": document_name(path), "sha256": sha256}
    for row in report.parties:
        records[("party", row.party.id)] = _plain(party_to_dict(row.party))
    names = report.names
    for _, _, flow in report.graph.edges(data="flow"):
        values = _plain(flow_to_dict(flow))
        values["name"] = (
            f"{names.get(flow.exporter, flow.exporter)} -> {names.get(flow.importer, flow.importer)}"
        )
        records[("flow", flow.id)] = values
    return records


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Without the id (the key) and the quotes (the Evidence sheet holds them), but their count."""
    out = {k: v for k, v in values.items() if k not in ("id", "evidence")}
    out["quotes"] = len(values.get("evidence") or ())
    return out


def snapshot_rows(
    report: TransferReport, version: int, taken: dt.datetime, audit_seq: int | None = None
) -> Iterable[list[str]]:
    """The rows of the hidden snapshot sheet: a heading row, then kind, id, JSON per record."""
    seq = "" if audit_seq is None else str(audit_seq)
    yield [SNAPSHOT_SCHEMA, taken.isoformat(), str(version), report.organisation, seq]
    for (kind, record), values in snapshot_records(report).items():
        text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
        if len(text) > MAX_RECORD:  # a cell holds 32,767 characters: keep the name and a fingerprint
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            text = json.dumps(
                {"name": values.get("name"), "sha256 of the record": digest}, ensure_ascii=False
            )
        yield [kind, record, text]


def read_snapshot(path: Path | str) -> Snapshot | None:
    """The snapshot of an earlier Transfer Atlas workbook; None when ``path`` holds none (not a
    workbook, or one without a snapshot). A damaged snapshot raises ``ValueError`` naming the row."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError):  # SyntaxError: damaged XML
        return None
    try:
        for title in reversed(wb.sheetnames):  # the snapshot is the last sheet
            rows = wb[title].iter_rows(values_only=True)
            head = next(rows, None)
            if head and head[0] == SNAPSHOT_SCHEMA:
                return _snapshot(head, rows, f"{path} (sheet {title!r})")
        return None
    except SyntaxError as err:  # the XML of a sheet is damaged
        raise ValueError(f"{path}: damaged XML ({err})") from err
    finally:
        wb.close()


def _snapshot(head: Sequence[Any], rows: Iterable[Sequence[Any]], where: str) -> Snapshot:
    try:
        taken = dt.datetime.fromisoformat(str(head[1]))
        version = int(str(head[2]))
    except (IndexError, ValueError) as err:
        raise ValueError(f"{where}: row 1: not a snapshot heading ({err})") from err
    records: dict[Key, dict[str, Any]] = {}
    for number, row in enumerate(rows, 2):
        try:
            kind, record, text = (str(row[0]), str(row[1]), str(row[2]))
            values = json.loads(text)
        except (IndexError, TypeError, ValueError) as err:
            raise ValueError(f"{where}: row {number}: not a snapshot record ({err})") from err
        records[(kind, record)] = values if isinstance(values, dict) else {}
    organisation = str(head[3]) if len(head) > 3 and head[3] is not None else ""
    seq = int(str(head[4])) if len(head) > 4 and str(head[4] or "").isdigit() else None
    return Snapshot(version, taken, organisation, records, seq)


def since_snapshot(previous: Snapshot, report: TransferReport) -> History:
    """The records added, changed and removed since ``previous`` (who and when not recorded)."""
    now = snapshot_records(report)
    changes = []
    for key in sorted(previous.records.keys() | now.keys(), key=_order):
        before, after = previous.records.get(key), now.get(key)
        kind, record = key
        if before is None:
            changes.append(Change(kind, record, str(after.get("name") if after else record), "added"))
        elif after is None:
            changes.append(Change(kind, record, previous.name(key), "removed"))
        elif fields := field_changes(before, after):
            changes.append(Change(kind, record, str(after.get("name") or record), "changed", fields))
    return History("snapshot", tuple(changes), previous)


def _order(key: Key) -> tuple[int, str]:
    return (
        ("document", "party", "flow").index(key[0]) if key[0] in ("document", "party", "flow") else 3,
        key[1],
    )


def from_audit(entries: Sequence[AuditEntry], previous: Snapshot | None = None) -> History:
    """A team register's trail since the previous export (all of it when none is known): the entries
    after the last one that export had seen, or (a workbook of a project file) after its time."""

    def new(e: AuditEntry) -> bool:
        if previous is None:
            return True
        return e.seq > previous.audit_seq if previous.audit_seq is not None else e.at > previous.taken

    changes = tuple(
        Change(
            e.kind, e.record, e.label(), ACTIONS.get(e.action, e.action), e.changes(), e.at, e.who, e.source
        )
        for e in entries
        if new(e)
    )
    last = max((e.seq for e in entries), default=None)
    return History("audit", changes, previous, audit_seq=last)


def history_for(
    report: TransferReport, previous: Path | str | None, audit: Sequence[AuditEntry] | None = None
) -> History:
    """The history the change log of a new export of ``report`` shows: the audit trail when given,
    else the changes since the snapshot of the workbook at ``previous`` (a file that exists)."""
    snapshot, unusable, detail = None, "", ""
    if previous is not None and Path(previous).exists():
        try:
            snapshot = read_snapshot(previous)
        except ValueError as err:
            unusable, detail = "damaged", str(err)
        if snapshot is not None and snapshot.organisation != report.organisation:
            unusable, detail, snapshot = "other_organisation", snapshot.organisation, None
    if audit is not None:
        return from_audit(audit, snapshot)
    if snapshot is None:
        return History("none", unusable=unusable, detail=detail)
    return since_snapshot(snapshot, report)
