"""The PostgreSQL team register behind the ``ProjectStore`` interface.

``load`` reads the project in one consistent snapshot and remembers the version of every record.
``save`` compares the project with what was loaded and, in one transaction, writes only the
records that differ, each on condition that its version is still the one loaded; if any is not,
nothing is applied and ``EditConflict`` says who changed what and when. The database's triggers
keep the versions and the audit trail; its grants decide who may change what.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors, sql
from psycopg.rows import dict_row

from model import team_schema
from model.interchange import PROJECT_SCHEMA, InterchangeError, project_from_dict
from model.project import Project
from model.team_audit import (
    KINDS,
    AuditEntry,
    Conflict,
    EditConflict,
    RegisterConnectionLost,
    RegisterPermissionError,
    field_changes,
)
from model.team_records import (
    COLLECTIONS,
    COLUMNS,
    Seen,
    Step,
    plan_save,
    project_row,
    record_from_row,
    record_row,
    with_changes,
)
from model.team_schema import (
    RegisterError,
    RegisterUrl,
    TeamRole,
    migrate,
    newer_schema_error,
    role_name,
    schema_version,
)

TABLES = {word: table for table, word in KINDS.items()}
CHANNEL = "atlas_register"
"""The LISTEN/NOTIFY channel: the payload is the project whose records changed."""


class TeamRegister:
    """One project in a team register, opened by one database user."""

    def __init__(self, url: RegisterUrl, conn: psycopg.Connection[Any]) -> None:
        self.url, self._conn = url, conn
        self._seen: dict[tuple[str, str], Seen] = {}
        self._tuples: dict[str, tuple[Any, ...]] = {}  # the collections as last loaded or saved
        row = self._execute("SELECT session_user").fetchone()
        self.user = str(row[0]) if row else ""

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def connect(cls, url: str) -> TeamRegister:
        """Connect to the register named by ``url`` and check its schema (``RegisterError`` if unusable)."""
        parsed = RegisterUrl.parse(url)
        register = cls(parsed, _open_connection(parsed))
        try:
            with register._guard("opening", writing=False):
                register._check_schema()
                register._check_project()
        except BaseException:
            register.close()
            raise
        return register

    @property
    def location(self) -> str:
        """The URL without any password."""
        return self.url.display

    def _check_schema(self) -> None:
        found = schema_version(self._connection())
        if found is None:
            raise RegisterError(
                f"{self.location}: this database holds no Transfer Atlas register "
                "(an administrator creates it with `transfer-atlas admin init URL`)"
            )
        if found > team_schema.REGISTER_SCHEMA_VERSION:
            raise newer_schema_error(self.location, found)
        if found < team_schema.REGISTER_SCHEMA_VERSION:
            try:
                with self._connection().transaction():
                    self._execute("SELECT pg_advisory_xact_lock(hashtext('atlas-schema'))")
                    migrate(self._connection(), found, self.location)
            except errors.InsufficientPrivilege:
                raise RegisterError(
                    f"{self.location}: the register has the older schema {found}; an administrator must "
                    "upgrade it with `transfer-atlas admin init URL`; nothing was changed"
                ) from None

    def _check_project(self) -> None:
        names = [str(r[0]) for r in self._execute("SELECT project FROM atlas.projects ORDER BY 1")]
        if self.url.project not in names:
            known = ", ".join(names) or "none"
            raise RegisterError(
                f"{self.location}: the register has no project {self.url.project!r} (projects: {known}); "
                "an administrator creates it with `transfer-atlas admin init URL`"
            )

    def roles(self) -> frozenset[TeamRole]:
        """The roles this user holds in the register (the owner holds them all)."""
        held = set()
        for role in TeamRole:
            row = self._execute(
                "SELECT pg_has_role(session_user, %s, 'MEMBER')", (role_name(self.url.database, role),)
            ).fetchone()
            if row and row[0]:
                held.add(role)
        return frozenset(held)

    def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    # -- reading ----------------------------------------------------------------------------------

    def load(self) -> Project:
        """The project as committed now, read in one snapshot; remembers every record's version."""
        with self._guard("reading", writing=False), self._connection().transaction():
            head = self._snapshot_head()
            raw: dict[str, Any] = {**head[0], "schema": PROJECT_SCHEMA}
            versions = {("projects", ""): int(head[1])}
            for table in COLLECTIONS:
                raw[table] = []
                for row in self._records(table):
                    raw[table].append({**row["data"], "id": row["id"], **{c: row[c] for c in COLUMNS[table]}})
                    versions[(table, row["id"])] = int(row["version"])
        try:
            project = project_from_dict(raw, where=self.location)
        except InterchangeError as err:
            raise RegisterError(f"{self.location}: the register holds an unreadable project ({err})") from err
        self._remember(project, versions)
        return project

    def _snapshot_head(self) -> tuple[Any, ...]:
        """In a read-only snapshot transaction: the project's own row (data, version)."""
        self._execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        head = self._execute(
            "SELECT data, version FROM atlas.projects WHERE project = %s", (self.url.project,)
        ).fetchone()
        if head is None:
            raise RegisterError(f"{self.location}: the project {self.url.project!r} was removed")
        return tuple(head)

    def _records(self, table: str) -> Iterator[dict[str, Any]]:
        query = sql.SQL("SELECT * FROM atlas.{} WHERE project = %s ORDER BY position, id").format(
            sql.Identifier(table)
        )
        with self._connection().cursor(row_factory=dict_row) as cur:
            yield from cur.execute(query, (self.url.project,))

    def _remember(self, project: Project, versions: dict[tuple[str, str], int]) -> None:
        self._tuples = {table: getattr(project, table) for table in COLLECTIONS}
        self._seen = {("projects", ""): Seen(versions[("projects", "")], project_row(project))}
        for table in COLLECTIONS:
            for record in getattr(project, table):
                self._seen[(table, record.id)] = Seen(versions[(table, record.id)], record)

    def refresh(self, project: Project) -> Project:
        """``project`` with what others committed since this client last loaded or saved.

        Only the records whose version changed are read again (cheap on a large register); a record
        changed by others replaces the caller's copy, added ones come last, removed ones go.
        """
        with self._guard("reading", writing=False), self._connection().transaction():
            head = self._snapshot_head()
            changes = {table: self._changed_rows(table) for table in COLLECTIONS}
        try:
            updated = with_changes(project, head, changes, self._seen)
        except InterchangeError as err:
            raise RegisterError(f"{self.location}: the register holds an unreadable record ({err})") from err
        self._seen[("projects", "")] = Seen(int(head[1]), project_row(updated))
        for table, (rows, gone) in changes.items():
            for record_id in gone:
                self._seen.pop((table, record_id), None)
            for record in getattr(updated, table):
                if record.id in rows:
                    self._seen[(table, record.id)] = Seen(int(rows[record.id]["version"]), record)
        self._tuples = {table: getattr(updated, table) for table in COLLECTIONS}
        return updated

    def _changed_rows(self, table: str) -> tuple[dict[str, dict[str, Any]], set[str]]:
        """The rows of ``table`` whose version is not the one last seen, and the ids now gone."""
        query = sql.SQL("SELECT id, version FROM atlas.{} WHERE project = %s").format(sql.Identifier(table))
        now = {str(i): int(v) for i, v in self._execute(query, (self.url.project,))}
        gone = {rid for (t, rid) in self._seen if t == table and rid not in now}
        stale = [i for i, v in now.items() if (s := self._seen.get((table, i))) is None or s.version != v]
        rows: dict[str, dict[str, Any]] = {}
        if stale:
            query = sql.SQL("SELECT * FROM atlas.{} WHERE project = %s AND id = ANY(%s)").format(
                sql.Identifier(table)
            )
            with self._connection().cursor(row_factory=dict_row) as cur:
                rows = {row["id"]: row for row in cur.execute(query, (self.url.project, stale))}
        return rows, gone

    def version(self, kind: str, record_id: str) -> int | None:
        """The version of a record ("party", "flow", "document") as this client last read or wrote it."""
        seen = self._seen.get((TABLES[kind], record_id))
        return seen.version if seen else None

    def listener(self) -> ChangeListener:
        """A second connection told of every commit to the register (for an open app)."""
        return ChangeListener(self.url)

    def history(self, kind: str | None = None, record: str | None = None) -> list[AuditEntry]:
        """The audit trail of the project, oldest first; only one record's when ``kind`` ("party",
        "flow", "document" or "project") and ``record`` (its id) are given."""
        query = "SELECT * FROM atlas.audit WHERE project = %s"
        params: list[object] = [self.url.project]
        if kind is not None and record is not None:
            query += " AND kind = %s AND record = %s"
            params += [TABLES[kind], record]
        guard = self._guard("reading the audit trail", writing=False)
        with guard, self._connection().cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query + " ORDER BY seq", params).fetchall()
        return [_entry(row) for row in rows]

    # -- writing ----------------------------------------------------------------------------------

    def save(self, project: Project, *, source: str = "") -> None:
        """Write what changed since the last load or save, in one transaction, or nothing at all.

        Raises ``EditConflict`` when someone else changed one of the records meanwhile,
        ``RegisterPermissionError`` when the user's role does not allow a change, and
        ``RegisterConnectionLost`` when the connection broke.
        """
        steps = plan_save(self._seen, self._tuples, project, self.url.project)
        if not steps:
            self._tuples = {table: getattr(project, table) for table in COLLECTIONS}
            return
        with self._guard("saving", writing=True):
            versions, removed = self._apply(steps, source)
        for key in removed:
            self._seen.pop(key, None)
        records = {
            (step.table, row.get("id", "")): record
            for step in steps
            for row, record in zip(step.rows, step.records, strict=True)
        }
        for key, version in versions.items():
            self._seen[key] = Seen(version, records[key])
        self._tuples = {table: getattr(project, table) for table in COLLECTIONS}

    def keep_mine(self, conflicts: tuple[Conflict, ...]) -> None:
        """The user chose their own version over the others': the next save replaces those records."""
        for conflict in conflicts:
            table = TABLES[conflict.kind]
            key = (table, conflict.record if table != "projects" else "")
            row = self._current(table, key[1])
            if row is None:
                self._seen.pop(key, None)  # removed by them: the next save adds it again
            else:  # changed by them, or added by them too: the next save turns theirs into this client's
                theirs = {"data": row["data"]} if table == "projects" else record_from_row(table, row)
                self._seen[key] = Seen(int(row["version"]), theirs)

    def _apply(
        self, steps: list[Step], source: str
    ) -> tuple[dict[tuple[str, str], int], list[tuple[str, str]]]:
        versions: dict[tuple[str, str], int] = {}
        removed: list[tuple[str, str]] = []
        conflicts: list[Conflict] = []
        try:
            with self._connection().transaction():
                # one round trip: the notification is only sent if the transaction commits
                self._execute(
                    "SELECT set_config('atlas.source', %s, true), pg_notify(%s, %s)",
                    (source, CHANNEL, self.url.project),
                )
                self._run_steps(steps, versions, removed, conflicts)
                if conflicts:
                    raise EditConflict(self.location, tuple(conflicts))
        except errors.ForeignKeyViolation:
            # a flow and one of its parties were changed on both sides: say by whom, like any conflict
            found = self._dangling(steps)
            if not found:
                raise
            raise EditConflict(self.location, found) from None
        return versions, removed

    def _run_steps(
        self,
        steps: list[Step],
        versions: dict[tuple[str, str], int],
        removed: list[tuple[str, str]],
        conflicts: list[Conflict],
    ) -> None:
        for step in steps:
            done = self._run_step(step)
            for params in step.rows:
                key = (step.table, params.get("id", ""))
                if key[1] not in done:
                    conflicts.append(self._conflict(step.table, key[1]))
                elif step.op == "delete":
                    removed.append(key)
                else:
                    versions[key] = done[key[1]]

    def _dangling(self, steps: list[Step]) -> tuple[Conflict, ...]:
        """After a refused save: the parties our flows need that others removed, and the flows others
        added to parties we remove."""
        needed = {
            p[end]
            for s in steps
            if s.table == "flows" and s.op != "delete"
            for p in s.rows
            for end in ("exporter", "importer")
        }
        removing = {p["id"] for s in steps if s.table == "parties" and s.op == "delete" for p in s.rows}
        found = [
            self._conflict("parties", pid) for pid in sorted(needed) if self._current("parties", pid) is None
        ]
        query = "SELECT id FROM atlas.flows WHERE project = %s AND (exporter = ANY(%s) OR importer = ANY(%s))"
        for (flow_id,) in self._execute(query, (self.url.project, list(removing), list(removing))).fetchall():
            if ("flows", flow_id) not in self._seen:
                found.append(self._conflict("flows", str(flow_id)))
        return tuple(found)

    def _run_step(self, step: Step) -> dict[str, int]:
        """Run one batch; the ids it changed, with their new versions."""
        done: dict[str, int] = {}
        with self._connection().cursor() as cur:
            if len(step.rows) == 1:  # one edit: a plain statement, no pipeline to set up
                for record_id, version in cur.execute(step.query(), step.rows[0]).fetchall():
                    done[str(record_id)] = int(version)
                return done
            cur.executemany(step.query(), step.rows, returning=True)
            while True:
                for record_id, version in cur.fetchall():
                    done[str(record_id)] = int(version)
                if not cur.nextset():
                    break
        return done

    def _current(self, table: str, record_id: str) -> dict[str, Any] | None:
        query = sql.SQL("SELECT * FROM atlas.{} WHERE project = %s").format(sql.Identifier(table))
        params: list[object] = [self.url.project]
        if table != "projects":
            query += sql.SQL(" AND id = %s")
            params.append(record_id)
        with self._connection().cursor(row_factory=dict_row) as cur:
            row: dict[str, Any] | None = cur.execute(query, params).fetchone()
            return row

    def _conflict(self, table: str, record_id: str) -> Conflict:
        """What happened to a record whose version is no longer the one this client had."""
        seen = self._seen.get((table, record_id))
        mine: dict[str, Any] | None = None
        if seen is not None:
            mine = seen.record if table == "projects" else record_row(table, seen.record)
        current = self._current(table, record_id)
        if current is None:
            last = self._execute(
                "SELECT who, at FROM atlas.audit WHERE project = %s AND kind = %s AND record = %s "
                "ORDER BY seq DESC LIMIT 1",
                (self.url.project, table, record_id),
            ).fetchone()
            label = _label(mine, record_id)
            return Conflict(
                KINDS[table], record_id, label, last and last[0], last and last[1], (), removed=True
            )
        theirs = {k: current[k] for k in ("data", *COLUMNS.get(table, ()))}
        return Conflict(
            KINDS[table],
            record_id,
            _label(theirs, record_id),
            current["updated_by"],
            current["updated_at"],
            field_changes(mine, theirs),
            added=seen is None,
        )

    # -- the connection ---------------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = _dial(self.url)  # inside a ``_guard``: a refused dial is a lost connection
        return self._conn

    def _execute(self, query: str | sql.Composed, params: Any = None) -> psycopg.Cursor[Any]:
        return self._connection().execute(query, params)

    @contextlib.contextmanager
    def _guard(self, doing: str, *, writing: bool) -> Iterator[None]:
        """Turn database failures into ``RegisterError``s that say what became of the change."""
        try:
            yield
        except errors.InsufficientPrivilege as err:
            held = ", ".join(sorted(r.value for r in self.roles())) or "no role"
            if not writing:
                raise RegisterPermissionError(
                    f"{self.location}: {self.user} has no role in this register that allows {doing} "
                    f"({err.diag.message_primary}); an administrator gives one with "
                    f"`transfer-atlas admin grant editor|reviewer|auditor {self.user} URL`"
                ) from err
            raise RegisterPermissionError(
                f"{self.location}: {self.user} ({held}) may not make this change: "
                f"{err.diag.message_primary}; nothing was saved"
            ) from err
        except (psycopg.OperationalError, psycopg.InterfaceError) as err:
            self.close()
            unchanged = "; nothing was saved, the register is as it was" if writing else ""
            raise RegisterConnectionLost(
                f"{self.location}: the connection to the register was lost while {doing}{unchanged} "
                f"({str(err).strip() or type(err).__name__}); it reconnects on the next action"
            ) from err
        except psycopg.Error as err:
            raise RegisterError(f"{self.location}: the register refused {doing} ({err})") from err


def _entry(row: dict[str, Any]) -> AuditEntry:
    row.pop("project")
    return AuditEntry(**{**row, "kind": KINDS[row["kind"]]})


def _label(row: dict[str, Any] | None, fallback: str) -> str:
    data = (row or {}).get("data") or {}
    return str(data.get("name") or data.get("title") or data.get("path") or fallback)


class ChangeListener:
    """A connection that LISTENs for commits to the register: the app watches ``fileno()`` for input
    and then asks ``changed()``, which never blocks."""

    def __init__(self, url: RegisterUrl) -> None:
        self.url = url
        self._conn = _open_connection(url)
        self._conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))

    def fileno(self) -> int:
        """The socket to watch."""
        return self._conn.fileno()

    def changed(self) -> bool:
        """Whether a commit to this project was announced since the last call."""
        try:
            return any(n.payload == self.url.project for n in self._conn.notifies(timeout=0))
        except psycopg.Error as err:
            raise RegisterConnectionLost(
                f"{self.url.display}: no longer told of others' changes ({str(err).strip()})"
            ) from err

    def close(self) -> None:
        """Stop listening."""
        self._conn.close()


def _dial(url: RegisterUrl) -> psycopg.Connection[Any]:
    return psycopg.connect(
        url.conninfo, autocommit=True, connect_timeout=10, application_name="transfer-atlas"
    )


def _open_connection(url: RegisterUrl) -> psycopg.Connection[Any]:
    try:
        return _dial(url)
    except psycopg.OperationalError as err:
        raise RegisterError(f"{url.display}: cannot connect ({str(err).strip()})") from err
