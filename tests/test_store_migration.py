"""Schema migration: the product's mechanism (``MIGRATIONS``), exercised with migrations that the
tests register, since the product has had one schema so far.

The test pretends the next release adds ``parties.kind`` as a column (schema 2) and then a
``tags`` table (schema 3): files saved now are "older" to it and must be migrated after a copy is
kept; files it saves are "newer" to this release and must be refused unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from model import store, store_files
from model.store import ProjectFileError, backup_path, load_project, migration_backup_path, save_project
from tests.big_projects import large_project

CURRENT, CURRENT_SCHEMA = store.SCHEMA_VERSION, store.SCHEMA


def add_kind_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE parties ADD COLUMN kind TEXT NOT NULL DEFAULT 'named'")
    conn.execute("UPDATE parties SET kind = json_extract(data, '$.kind')")


def add_tags_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE tags (party TEXT NOT NULL REFERENCES parties(id), tag TEXT NOT NULL)")


@pytest.fixture
def next_release(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Schema CURRENT + 2 with both migrations registered; returns the steps as they run."""
    ran: list[int] = []

    def recording(step: int, migrate: store.Migration) -> store.Migration:
        def run(conn: sqlite3.Connection) -> None:
            ran.append(step)
            migrate(conn)

        return run

    monkeypatch.setattr(store, "SCHEMA_VERSION", CURRENT + 2)
    monkeypatch.setattr(
        store,
        "MIGRATIONS",
        {CURRENT: recording(CURRENT, add_kind_column), CURRENT + 1: recording(CURRENT + 1, add_tags_table)},
    )
    schema = store.SCHEMA.replace(
        "review TEXT NOT NULL, data TEXT NOT NULL);\nCREATE TABLE flows",
        "review TEXT NOT NULL, data TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'named');\nCREATE TABLE flows",
    )
    assert schema != store.SCHEMA
    monkeypatch.setattr(
        store,
        "SCHEMA",
        schema + "CREATE TABLE tags (party TEXT NOT NULL REFERENCES parties(id), tag TEXT NOT NULL);",
    )
    return ran


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_older_file_is_migrated_after_a_copy_is_kept(tmp_path: Path, next_release: list[int]) -> None:
    path = tmp_path / "clients.atlas"
    old = large_project(100, 200, 3)
    with pytest.MonkeyPatch.context() as today:  # saved by this release
        today.setattr(store, "SCHEMA_VERSION", CURRENT)
        today.setattr(store, "SCHEMA", CURRENT_SCHEMA)
        save_project(old, path)
    original = path.read_bytes()
    assert load_project(path) == old
    assert next_release == [CURRENT, CURRENT + 1]
    kept = migration_backup_path(path, CURRENT)
    assert kept.read_bytes() == original and path.read_bytes() == original  # opening changed nothing

    save_project(old, path)  # the next save writes the new schema
    assert user_version(path) == CURRENT + 2
    assert load_project(path) == old
    assert backup_path(path).read_bytes() == original and kept.read_bytes() == original
    with sqlite3.connect(path) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "tags" in tables


def test_read_only_opening_migrates_in_memory_without_a_copy(tmp_path: Path, next_release: list[int]) -> None:
    path = tmp_path / "clients.atlas"
    with pytest.MonkeyPatch.context() as today:
        today.setattr(store, "SCHEMA_VERSION", CURRENT)
        today.setattr(store, "SCHEMA", CURRENT_SCHEMA)
        save_project(large_project(20, 40, 1), path)
    assert load_project(path, read_only=True) == large_project(20, 40, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients.atlas"]


def test_migration_refused_when_no_copy_can_be_kept(
    tmp_path: Path, next_release: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clients.atlas"
    with pytest.MonkeyPatch.context() as today:
        today.setattr(store, "SCHEMA_VERSION", CURRENT)
        today.setattr(store, "SCHEMA", CURRENT_SCHEMA)
        save_project(large_project(20, 40, 1), path)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_files.shutil, "copy2", no_space)
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert str(caught.value) == (
        f"{path}: made by an older Transfer Atlas (schema {CURRENT}); it must be migrated, but a copy could "
        "not be kept first (the disk is full); the file was not changed. Open it read-only"
    )


def test_a_missing_migration_step_is_reported(
    tmp_path: Path, next_release: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clients.atlas"
    with pytest.MonkeyPatch.context() as today:
        today.setattr(store, "SCHEMA_VERSION", CURRENT)
        today.setattr(store, "SCHEMA", CURRENT_SCHEMA)
        save_project(large_project(20, 40, 1), path)
    monkeypatch.setattr(store, "MIGRATIONS", {CURRENT: add_kind_column})
    with pytest.raises(ProjectFileError, match=f"schema {CURRENT} cannot be migrated"):
        load_project(path, read_only=True)


def test_file_of_the_next_release_is_refused_by_this_one(tmp_path: Path, next_release: list[int]) -> None:
    path = tmp_path / "clients.atlas"
    save_project(large_project(20, 40, 1), path)  # by the next release
    before = path.read_bytes()
    with pytest.MonkeyPatch.context() as today:
        today.setattr(store, "SCHEMA_VERSION", CURRENT)
        with pytest.raises(ProjectFileError, match="made by a newer Transfer Atlas"):
            load_project(path)
        with pytest.raises(ProjectFileError, match="not overwritten"):
            save_project(large_project(20, 40, 2), path)
    assert path.read_bytes() == before
