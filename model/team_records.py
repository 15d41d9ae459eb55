"""How the team register's rows hold the project's records, and which statements a save needs.

A party, flow or document is one row: its interchange dict (``model.interchange``) as ``data``,
except the fields kept in their own columns so the database can grant them separately (``review``
for reviewers) or check them (a flow's ``exporter`` and ``importer`` are foreign keys).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress
from operator import is_not
from typing import Any

from psycopg import sql
from psycopg.types.json import Jsonb

from model.interchange import (
    PROJECT_SCHEMA,
    document_from_dict,
    document_to_dict,
    flow_from_dict,
    flow_to_dict,
    party_from_dict,
    party_to_dict,
    project_from_dict,
    project_to_dict,
)
from model.project import Project

COLLECTIONS = ("documents", "parties", "flows")

# Columns kept beside ``data`` (so grants can differ per column); the rest of a record is ``data``.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (),
    "parties": ("review",),
    "flows": ("exporter", "importer", "review"),
}
TO_DICT: dict[str, Callable[[Any], dict[str, Any]]] = {
    "documents": document_to_dict,
    "parties": party_to_dict,
    "flows": flow_to_dict,
}


def record_row(table: str, record: Any) -> dict[str, Any]:
    """The row of a party, flow or document: ``data`` plus its own columns."""
    data = TO_DICT[table](record)
    row = {column: data.pop(column) for column in COLUMNS[table]}
    data.pop("id")
    return {"data": data, **row}


def project_row(project: Project) -> dict[str, Any]:
    """The project's own fields (name, notes, ...) as its row's ``data``."""
    bare = replace(project, documents=(), parties=(), flows=())  # the project's own fields only
    data = {k: v for k, v in project_to_dict(bare).items() if k not in (*COLLECTIONS, "schema")}
    return {"data": data}


@dataclass(frozen=True, slots=True)
class Seen:
    """A record as this client last read or wrote it, with the version the register gave it."""

    version: int
    record: Any  # the model object (or, for the project, its row) as last read or written


@dataclass(frozen=True, slots=True)
class Step:
    """One batch of the same statement: insert, update (of the same columns) or delete."""

    op: str
    table: str
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]
    records: list[Any]  # what each row stores: the model object (the project's row for the project)

    def query(self) -> sql.Composed:
        """The statement, run once per row (every row has the same keys)."""
        table = sql.Identifier(self.table)
        key = sql.SQL(
            "project = %(project)s" if self.table == "projects" else "project = %(project)s AND id = %(id)s"
        )
        returning = sql.SQL(" RETURNING {}, version").format(
            sql.SQL("''") if self.table == "projects" else sql.Identifier("id")
        )
        if self.op == "insert":
            names = ("project", "id", *self.columns)
            insert = sql.SQL("INSERT INTO atlas.{} ({}) VALUES ({}) ON CONFLICT DO NOTHING").format(
                table,
                sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder(n) for n in names),
            )
            return insert + returning
        if self.op == "update":
            assignments = sql.SQL(", ").join(
                sql.SQL("{} = {}").format(sql.Identifier(c), sql.Placeholder(c)) for c in self.columns
            )
            update = sql.SQL("UPDATE atlas.{} SET {} WHERE ").format(table, assignments)
            return update + key + sql.SQL(" AND version = %(version)s") + returning
        delete = sql.SQL("DELETE FROM atlas.{} WHERE ").format(table)
        return delete + key + sql.SQL(" AND version = %(version)s") + returning


def _candidates(previous: tuple[Any, ...] | None, current: tuple[Any, ...]) -> tuple[tuple[Any, ...], bool]:
    """The records that may differ from the ones last seen, and whether some may have been removed.

    An edit replaces one record in place (``with_party``), so comparing the two tuples by identity
    finds it without looking at the thousands of records that stayed the same objects.
    """
    if previous is current:
        return (), False
    if previous is not None and len(previous) == len(current):
        moved = compress(range(len(current)), map(is_not, previous, current))  # at C speed
        pairs = [(previous[i], current[i]) for i in moved]
        if all(old.id == new.id for old, new in pairs):
            return tuple(new for _, new in pairs), False
    return current, True


def plan_save(
    seen: dict[tuple[str, str], Seen], previous: dict[str, tuple[Any, ...]], project: Project, name: str
) -> list[Step]:
    """The statements that turn the last-seen register into ``project``, in an order the keys allow."""
    batches: dict[tuple[str, str, tuple[str, ...]], Step] = {}

    def add(op: str, table: str, columns: tuple[str, ...], row: dict[str, Any], record: Any = None) -> None:
        step = batches.setdefault((op, table, columns), Step(op, table, columns, [], []))
        step.rows.append({"project": name, **row})
        step.records.append(record)

    head, own = seen.get(("projects", "")), project_row(project)
    if head is not None and head.record != own:
        add("update", "projects", ("data",), {"data": Jsonb(own["data"]), "version": head.version}, own)
    for table in COLLECTIONS:
        candidates, removals = _candidates(previous.get(table), getattr(project, table))
        for record in candidates:
            record_id = record.id
            before = seen.get((table, record_id))
            if before is None:
                row = record_row(table, record)
                add("insert", table, ("data", *COLUMNS[table]), _params(record_id, row), record)
            elif before.record is not record and before.record != record:
                old, new = record_row(table, before.record), record_row(table, record)
                changed = tuple(c for c in ("data", *COLUMNS[table]) if old[c] != new[c])
                add("update", table, changed, {**_params(record_id, new), "version": before.version}, record)
        if removals:
            current = {r.id for r in getattr(project, table)}
            for table_, record_id in [k for k in seen if k[0] == table and k[1] not in current]:
                add("delete", table_, (), {"id": record_id, "version": seen[(table_, record_id)].version})
    order = [
        ("update", "projects"),
        ("insert", "documents"),
        ("update", "documents"),
        ("insert", "parties"),
        ("update", "parties"),
        ("delete", "flows"),
        ("insert", "flows"),
        ("update", "flows"),
        ("delete", "parties"),
        ("delete", "documents"),
    ]
    return [step for want in order for step in batches.values() if (step.op, step.table) == want]


def _params(record_id: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"id": record_id, **row, "data": Jsonb(row["data"])}


FROM_DICT: dict[str, Callable[[Any, str], Any]] = {
    "documents": document_from_dict,
    "parties": party_from_dict,
    "flows": flow_from_dict,
}


def record_from_row(table: str, row: dict[str, Any]) -> Any:
    """The party, flow or document a row holds (``InterchangeError`` when it is unreadable)."""
    return FROM_DICT[table]({**row["data"], "id": row["id"], **{c: row[c] for c in COLUMNS[table]}}, table)


def with_changes(
    project: Project,
    head: Any,
    changes: dict[str, tuple[dict[str, dict[str, Any]], set[str]]],
    seen: dict[tuple[str, str], Seen],
) -> Project:
    """``project`` with the changed rows read in, removed ones dropped, and the project's own fields."""
    collections: dict[str, tuple[Any, ...]] = {}
    for table, (rows, gone) in changes.items():
        fresh = {rid: record_from_row(table, row) for rid, row in rows.items()}
        kept = [fresh.pop(r.id, r) for r in getattr(project, table) if r.id not in gone]
        collections[table] = (*kept, *fresh.values())
    if seen.get(("projects", "")) is not None and seen[("projects", "")].version == int(head[1]):
        base = project
    else:
        base = project_from_dict({**head[0], "schema": PROJECT_SCHEMA})
    return replace(
        base, documents=collections["documents"], parties=collections["parties"], flows=collections["flows"]
    )
