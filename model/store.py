"""The project file: one SQLite database (``*.atlas``), saved atomically, checked when opened.

A save writes a complete new database beside the target and flushes it to disk, keeps the
previous file as ``<name>.bak`` and only then renames the new file over the target, so a crash at
any moment leaves either the old or the new project. A save never replaces a file it cannot read
as a project (damaged, foreign, or from a newer version). Opening checks that the file is SQLite,
that it is a Transfer Atlas project, its schema version, ``PRAGMA integrity_check`` and foreign
keys; a project from an older schema is migrated in memory, after a copy of the file is kept.
Each record is its interchange dictionary in ``data`` (what is read back); the other columns, and
the ``scope_checks`` table, repeat some of its fields for queries with any SQLite tool.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from model.filenames import real_target, sibling
from model.interchange import (
    PROJECT_SCHEMA,
    InterchangeError,
    document_to_dict,
    flow_to_dict,
    party_to_dict,
    project_from_dict,
)
from model.project import DEFAULT_NAME, Project
from model.store_files import (
    READ_ONLY_FOLDER,
    apply_mode,
    create_private,
    failure_reason,
    fsync_dir,
    keep_copy,
    previous_status,
    remove_stale_temps,
    replace_backup,
    temp_path,
)

APPLICATION_ID = 0x41544C53  # "ATLS" in the SQLite header, so foreign databases are recognised
SCHEMA_VERSION = 3
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE parties (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, country TEXT, country_source TEXT,
    review TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    exporter TEXT NOT NULL REFERENCES parties(id),
    importer TEXT NOT NULL REFERENCES parties(id),
    review TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX flows_exporter ON flows(exporter);
CREATE INDEX flows_importer ON flows(importer);
CREATE TABLE scope_checks (
    party TEXT NOT NULL REFERENCES parties(id), attribute TEXT NOT NULL, value TEXT NOT NULL,
    checked_on TEXT NOT NULL, checked_by TEXT NOT NULL, note TEXT NOT NULL,
    PRIMARY KEY (party, attribute));
"""

Migration = Callable[[sqlite3.Connection], None]


def _add_country_source(conn: sqlite3.Connection) -> None:
    """Schema 2: where each party's country came from. Files saved before did not record it, so
    their parties have none (shown as "not recorded"), whatever their country."""
    conn.execute("ALTER TABLE parties ADD COLUMN country_source TEXT")


def _add_scope_checks(conn: sqlite3.Connection) -> None:
    """Schema 3: the user's dated checks of official lists (a US importer's DPF listing). Files
    saved before hold none; the table is created empty. (The version rises so that an older Transfer
    Atlas refuses the file rather than saving it again without the checks.)"""
    conn.execute(
        "CREATE TABLE scope_checks (party TEXT NOT NULL REFERENCES parties(id), attribute TEXT NOT NULL, "
        "value TEXT NOT NULL, checked_on TEXT NOT NULL, checked_by TEXT NOT NULL, note TEXT NOT NULL, "
        "PRIMARY KEY (party, attribute))"
    )


MIGRATIONS: dict[int, Migration] = {1: _add_country_source, 2: _add_scope_checks}
"""Schema version N -> the function that upgrades a version-N database to N + 1 in place.

Whoever raises ``SCHEMA_VERSION`` registers the step here (and changes ``SCHEMA``); opening an
older file applies every step from its version up, to an in-memory copy, after keeping a copy of
the file as ``<name>.schema<N>.bak``.
"""


class ProjectFileError(Exception):
    """A project file cannot be opened or saved; the message names the file and what is wrong.

    ``backup`` is the previous version kept beside a damaged file, when there is one.
    """

    def __init__(self, message: str, *, path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path, self.backup = path, backup


def backup_path(path: Path | str) -> Path:
    """Where the previous version of ``path`` is kept."""
    return sibling(Path(path), ".bak")


def migration_backup_path(path: Path | str, version: int) -> Path:
    """Where a copy of a schema-``version`` file is kept before it is migrated."""
    return sibling(Path(path), f".schema{version}.bak")


# -- saving -----------------------------------------------------------------------------------


def save_project(project: Project, path: Path | str) -> None:
    """Write ``project`` to ``path`` atomically, keeping the previous file as the backup.

    Refuses (``ProjectFileError``) to replace a file that is not a readable project of this or an
    older schema; any failure leaves the previous file as it was. A symbolic link is followed (the
    file it points to is replaced, the link stays); the saved file keeps the previous file's mode and
    owner, and a new project gets the mode the umask gives. Callers that may race with another
    writer hold the project's lock (``model.lock``) around the read and the save.
    """
    path = real_target(Path(path))
    existed = _check_target(path)
    previous = previous_status(path) if existed else None
    tmp = temp_path(path)
    try:
        _write_database(project, tmp)
        apply_mode(tmp, previous)
        if existed:
            replace_backup(path)
        os.replace(tmp, path)
        _remove_journals(path)
        fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        kept = "; the previous file is unchanged" if existed else ""
        raise ProjectFileError(
            f"{path}: could not save ({failure_reason(err, path)}){kept}", path=path
        ) from err
    remove_stale_temps(path)


def _check_target(path: Path) -> bool:
    """Whether ``path`` exists; raises when it must not be replaced."""
    if not path.parent.is_dir():
        raise ProjectFileError(f"{path}: could not save (the folder {path.parent} does not exist)", path=path)
    if path.is_dir():
        raise ProjectFileError(f"{path}: could not save (a folder has that name)", path=path)
    if not os.access(path.parent, os.W_OK):
        raise ProjectFileError(f"{path}: could not save ({READ_ONLY_FOLDER.format(path.parent)})", path=path)
    if not path.exists():
        return False
    if not path.stat().st_mode & 0o222:  # checked by hand: the owner (or root) may replace it anyway
        raise ProjectFileError(
            f"{path}: could not save (the file is marked read-only); it is unchanged", path=path
        )
    try:
        _verify(path)
    except ProjectFileError as err:
        raise ProjectFileError(f"{err}; not overwritten: save under another name", path=path) from err
    return True


def _write_database(project: Project, tmp: Path) -> None:
    create_private(tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")  # the whole file is fsynced once below
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        _insert(conn, project)
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"{len(problems)} flows refer to parties that do not exist")
    finally:
        conn.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())


def _insert(conn: sqlite3.Connection, project: Project) -> None:
    created = project.created.isoformat() if project.created else ""
    country = project.country or ""
    meta = {"name": project.name, "notes": project.notes, "created": created, "country": country}
    if project.catalogue:
        meta["catalogue"] = project.catalogue
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
    conn.executemany(
        "INSERT INTO documents (id, path, sha256, data) VALUES (?, ?, ?, ?)",
        ((d.id, d.path, d.sha256, _dump(document_to_dict(d))) for d in project.documents),
    )
    conn.executemany(
        "INSERT INTO parties (id, name, role, country, country_source, review, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                p.id,
                p.name,
                p.role.value,
                p.country,
                p.country_source.value if p.country_source else None,
                p.review.value,
                _dump(party_to_dict(p)),
            )
            for p in project.parties
        ),
    )
    conn.executemany(
        "INSERT INTO scope_checks (party, attribute, value, checked_on, checked_by, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (p.id, c.attribute.value, c.value.value, c.checked_on.isoformat(), c.checked_by, c.note)
            for p in project.parties
            for c in p.scope_checks
        ),
    )
    conn.executemany(
        "INSERT INTO flows (id, exporter, importer, review, data) VALUES (?, ?, ?, ?, ?)",
        ((f.id, f.exporter, f.importer, f.review.value, _dump(flow_to_dict(f))) for f in project.flows),
    )


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- opening ----------------------------------------------------------------------------------


def load_project(path: Path | str, *, read_only: bool = False) -> Project:
    """The project saved in ``path``; ``ProjectFileError`` says what is wrong and names the backup.

    A file from an older schema is migrated in memory; unless ``read_only``, a copy of it is kept
    first (``migration_backup_path``), since the next save replaces it in the new schema.
    """
    path = Path(path)
    version = _verify(path)
    try:
        with _connect_read_only(path) as conn:
            if version < SCHEMA_VERSION:
                if not read_only:
                    _keep_migration_backup(path, version)
                with contextlib.closing(_migrated_copy(conn, version, path)) as migrated:
                    return _read(migrated, path)
            return _read(conn, path)
    except sqlite3.DatabaseError as err:
        raise _damaged(path, str(err)) from err


def _verify(path: Path) -> int:
    """Header, identity, schema version, integrity and foreign keys; the schema version."""
    header = _check_header(path)
    _settle_journals(path, header)
    try:
        with _connect_read_only(path) as conn:
            version = _check_identity(conn, path)
            _check_schema(conn, path, version)
            _check_integrity(conn, path)
            return version
    except sqlite3.DatabaseError as err:
        raise _damaged(path, str(err)) from err


def _damaged(path: Path, why: str) -> ProjectFileError:
    backup = backup_path(path)
    if backup.exists():
        hint = f"; the previous version is kept in {backup}"
    else:
        hint = "; there is no backup beside it"
    return ProjectFileError(
        f"{path}: the project file is damaged ({why}){hint}",
        path=path,
        backup=backup if backup.exists() else None,
    )


def _check_header(path: Path) -> bytes:
    """The first 100 bytes (SQLite's header), once the file is known to be a regular SQLite file."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):  # a pipe or device would block or never end
            raise ProjectFileError(f"{path}: not a regular file (a pipe, device or socket)", path=path)
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise ProjectFileError(f"{path}: no such project file", path=path) from None
    except IsADirectoryError:
        raise ProjectFileError(f"{path}: is a folder, not a project file", path=path) from None
    except OSError as err:
        raise ProjectFileError(f"{path}: cannot be read ({failure_reason(err, path)})", path=path) from err
    if not header.startswith(SQLITE_HEADER):
        if path.suffix in (".atlas", ".bak"):
            raise _damaged(path, "not an SQLite database")
        raise ProjectFileError(f"{path}: not a Transfer Atlas project (not an SQLite database)", path=path)
    return header


JOURNALS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database while it is written (write-ahead log, its index, and the
rollback journal)."""


def _journal(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _settle_journals(path: Path, header: bytes) -> None:
    """Merge changes another SQLite program left in a journal beside the project into the file.

    A project in WAL mode (or with a hot rollback journal) holds part of its content in the
    journal; reading only the main file, or replacing it while the journal stays, loses those
    changes or damages the next file. The journal is checkpointed and the file put back in rollback
    mode; when that is not possible the project is refused, saying why.
    """
    in_wal = len(header) > 19 and (header[18], header[19]) == (2, 2)
    present = [s for s in ("-wal", "-journal") if _exists(_journal(path, s))]
    if not in_wal and not present:
        return
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return  # not ours: refused later without touching it
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=2)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back a hot journal
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError(f"the journal mode stayed {mode}")
    except sqlite3.Error as err:
        journal = _journal(path, present[0] if present else "-wal").name
        raise ProjectFileError(
            f"{path}: another program left changes in its journal ({journal}) that could not be merged "
            f"into the project ({failure_reason(err, path)}); close programs that have it open, make "
            "its folder writable and try again; the file was not changed",
            path=path,
        ) from err


def _remove_journals(path: Path) -> None:
    """Remove journals beside a just-replaced project: they belonged to the file it replaced (whose
    changes were merged before the save) and would be applied to the new one."""
    for suffix in JOURNALS:
        with contextlib.suppress(OSError):  # absent, or a name too long to exist
            _journal(path, suffix).unlink()


def _exists(path: Path) -> bool:
    try:
        os.lstat(path)
    except OSError:  # absent, or a name too long to exist
        return False
    return True


@contextlib.contextmanager
def _connect_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")  # a crafted file's schema may not call functions
        yield conn
    finally:
        conn.close()


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise ProjectFileError(f"{path}: an SQLite database, but not a Transfer Atlas project", path=path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: made by a newer Transfer Atlas (project schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}); the file was not changed",
            path=path,
        )
    if version < 1:
        raise _damaged(path, f"schema version {version} is not valid")
    return version


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """The file holds exactly the tables and indexes of its schema: a crafted view or trigger could
    run arbitrary queries (or never finish) when the project is read."""
    found = set(conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall())
    unexpected = {(t, n) for t, n, _ in found if t in ("view", "trigger")}
    if version == SCHEMA_VERSION:
        unexpected |= {(t, n) for t, n, _ in found ^ _expected_objects(SCHEMA)}
    if unexpected:
        listed = ", ".join(f"{t} {n}" for t, n in sorted(unexpected)[:5])
        raise _damaged(path, f"the database does not have the project's structure ({listed})")


@functools.lru_cache(maxsize=4)
def _expected_objects(schema: str) -> frozenset[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(":memory:")) as memory:
        memory.executescript(schema)
        return frozenset(memory.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall())


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise _damaged(path, "integrity check: " + "; ".join(str(r[0]) for r in result[:3]))
    if conn.execute("PRAGMA foreign_key_check").fetchone():
        raise _damaged(path, "flows refer to parties that do not exist")


def _keep_migration_backup(path: Path, version: int) -> None:
    target = migration_backup_path(path, version)
    if target.exists():
        return
    try:
        keep_copy(path, target)
    except OSError as err:
        reason = failure_reason(err, path)
        raise ProjectFileError(
            f"{path}: made by an older Transfer Atlas (schema {version}); it must be migrated, but a copy "
            f"could not be kept first ({reason}); the file was not changed. Open it read-only",
            path=path,
        ) from err


def _migrated_copy(conn: sqlite3.Connection, version: int, path: Path) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(memory)
        for step in range(version, SCHEMA_VERSION):
            if step not in MIGRATIONS:
                raise ProjectFileError(f"{path}: schema {version} cannot be migrated (no step from {step})")
            memory.execute("BEGIN")
            MIGRATIONS[step](memory)
            memory.execute("COMMIT")
        memory.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        _check_integrity(memory, path)
        _check_schema(memory, path, SCHEMA_VERSION)
    except BaseException:
        memory.close()
        raise
    return memory


def _read(conn: sqlite3.Connection, path: Path) -> Project:
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        raw = {
            "schema": PROJECT_SCHEMA,
            "name": meta.get("name", DEFAULT_NAME),
            "country": meta.get("country") or None,
            "notes": meta.get("notes", ""),
            "created": meta.get("created") or None,
            **({"catalogue": json.loads(meta["catalogue"])} if meta.get("catalogue") else {}),
            "documents": _rows(conn, "documents"),
            "parties": _rows(conn, "parties"),
            "flows": _rows(conn, "flows"),
        }
        return project_from_dict(raw)
    except (InterchangeError, ValueError, TypeError, RecursionError) as err:
        raise _damaged(path, str(err)) from err


def _rows(conn: sqlite3.Connection, table: str) -> list[object]:
    return [json.loads(data) for (data,) in conn.execute(f"SELECT data FROM {table} ORDER BY rowid")]
