"""The project file: one SQLite database (``*.atlas``), saved atomically, checked when opened.

A save writes a complete new database beside the target, flushes it to disk, keeps the previous
file as ``<name>.bak`` and only then renames the new file over the target, so a crash at any
moment leaves either the old or the new project. Opening checks that the file is SQLite, that it
is a Transfer Atlas project, its schema version, ``PRAGMA integrity_check`` and foreign keys.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

from model.interchange import (
    PROJECT_SCHEMA,
    InterchangeError,
    document_to_dict,
    flow_to_dict,
    party_to_dict,
    project_from_dict,
)
from model.project import Project

APPLICATION_ID = 0x41544C53  # "ATLS" in the SQLite header, so foreign databases are recognised
SCHEMA_VERSION = 1
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE parties (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, country TEXT,
    review TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    exporter TEXT NOT NULL REFERENCES parties(id),
    importer TEXT NOT NULL REFERENCES parties(id),
    review TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX flows_exporter ON flows(exporter);
CREATE INDEX flows_importer ON flows(importer);
"""

# Migrations from schema version N to N + 1, applied to an in-memory copy when an older file opens.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


class ProjectFileError(Exception):
    """A project file cannot be opened or saved; the message names the file and what is wrong."""


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def save_project(project: Project, path: Path | str) -> None:
    """Write ``project`` to ``path`` atomically, keeping the previous file as the backup."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        _write_database(project, tmp)
        if path.exists():
            _replace_backup(path)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ProjectFileError(f"{path}: could not save ({_reason(err)}); the previous file is unchanged") from err


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err)


def _write_database(project: Project, tmp: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")  # the whole file is fsynced once below
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        meta = {"name": project.name, "notes": project.notes,
                "created": project.created.isoformat() if project.created else ""}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?)",
                         ((d.id, d.path, d.sha256, _dump(document_to_dict(d))) for d in project.documents))
        conn.executemany("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?)",
                         ((p.id, p.name, p.role.value, p.country, p.review.value, _dump(party_to_dict(p)))
                          for p in project.parties))
        conn.executemany("INSERT INTO flows VALUES (?, ?, ?, ?, ?)",
                         ((f.id, f.exporter, f.importer, f.review.value, _dump(flow_to_dict(f)))
                          for f in project.flows))
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"{len(problems)} flows refer to parties that do not exist")
    finally:
        conn.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _replace_backup(path: Path) -> None:
    backup = backup_path(path)
    staging = backup.with_name(f".{backup.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:
        shutil.copy2(path, staging)
    os.replace(staging, backup)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def load_project(path: Path | str) -> Project:
    """The project saved in ``path``; ``ProjectFileError`` says what is wrong and names the backup."""
    path = Path(path)
    _check_header(path)
    try:
        with _connect_read_only(path) as conn:
            version = _check_identity(conn, path)
            if version < SCHEMA_VERSION:
                conn = _migrated_copy(conn, version)
            _check_integrity(conn, path)
            return _read(conn, path)
    except sqlite3.DatabaseError as err:
        raise ProjectFileError(_damaged(path, str(err))) from err


def _damaged(path: Path, why: str) -> str:
    backup = backup_path(path)
    hint = f"; the previous version is kept in {backup}" if backup.exists() else ""
    return f"{path}: the project file is damaged ({why}){hint}"


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise ProjectFileError(f"{path}: no such project file") from None
    except IsADirectoryError:
        raise ProjectFileError(f"{path}: is a folder, not a project file") from None
    except OSError as err:
        raise ProjectFileError(f"{path}: cannot be read ({_reason(err)})") from err
    if head != SQLITE_HEADER:
        raise ProjectFileError(_damaged(path, "not an SQLite database") if path.suffix == ".atlas"
                               else f"{path}: not a Transfer Atlas project (not an SQLite database)")


@contextlib.contextmanager
def _connect_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise ProjectFileError(f"{path}: an SQLite database, but not a Transfer Atlas project")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: made by a newer Transfer Atlas (project schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}); the file was not changed"
        )
    if version < 1:
        raise ProjectFileError(_damaged(path, f"schema version {version} is not valid"))
    return version


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:")
    conn.backup(memory)
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](memory)
    memory.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return memory


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise ProjectFileError(_damaged(path, "integrity check: " + "; ".join(r[0] for r in result[:3])))
    if conn.execute("PRAGMA foreign_key_check").fetchone():
        raise ProjectFileError(_damaged(path, "flows refer to parties that do not exist"))


def _read(conn: sqlite3.Connection, path: Path) -> Project:
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        raw = {
            "schema": PROJECT_SCHEMA,
            "name": meta.get("name", "Untitled project"),
            "notes": meta.get("notes", ""),
            "created": meta.get("created") or None,
            "documents": [json.loads(d) for (d,) in conn.execute("SELECT data FROM documents ORDER BY rowid")],
            "parties": [json.loads(d) for (d,) in conn.execute("SELECT data FROM parties ORDER BY rowid")],
            "flows": [json.loads(d) for (d,) in conn.execute("SELECT data FROM flows ORDER BY rowid")],
        }
        return project_from_dict(raw)
    except (InterchangeError, json.JSONDecodeError) as err:
        raise ProjectFileError(_damaged(path, str(err))) from err
