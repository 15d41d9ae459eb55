"""The project file: round trip, a backup on every save, damaged / foreign / newer files refused and
never overwritten, errors while saving leave the previous file intact."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from model import store, store_files
from model.store import ProjectFileError, backup_path, load_project, save_project
from tests.big_projects import large_project
from tests.factories import flow, party, project


def small(name: str = "v1") -> object:
    return project(party("us", "Cloudly Inc.", country="US"), flow("f1", "ctrl", "us"), name=name)


def saved(tmp_path: Path, *versions: str) -> Path:
    path = tmp_path / "clients.atlas"
    for version in versions:
        save_project(small(version), path)  # type: ignore[arg-type]
    return path


def refused(path: Path, action: object = load_project) -> str:
    with pytest.raises(ProjectFileError) as caught:
        action(path)  # type: ignore[operator]
    assert str(caught.value).startswith(str(path))
    return str(caught.value)


def test_round_trip_of_a_large_project(tmp_path: Path) -> None:
    big = large_project(300, 600, 5)
    path = tmp_path / "big.atlas"
    save_project(big, path)
    assert load_project(path) == big
    assert load_project(path, read_only=True) == big


def test_paths_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    folder = tmp_path / "Privacy – Dossiers ü 隐私"
    folder.mkdir()
    path = folder / "Klant #1 ?.atlas"
    save_project(small(), path)  # type: ignore[arg-type]
    assert load_project(path) == small()


def test_every_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    assert not backup_path(path).exists()
    for previous, current in (("v1", "v2"), ("v2", "v3")):
        save_project(small(current), path)  # type: ignore[arg-type]
        assert load_project(path).name == current
        assert load_project(backup_path(path)).name == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients.atlas", "clients.atlas.bak"]


def corrupt_page(path: Path) -> None:
    """Overwrite the middle of the file (b-tree pages) as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 2048] = b"\xff" * 2048
    path.write_bytes(bytes(data))


DAMAGES = {
    "corrupt page": corrupt_page,
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]),
    "zeroed header": lambda p: p.write_bytes(bytes(100) + p.read_bytes()[100:]),
    "empty": lambda p: p.write_bytes(b""),
    "text": lambda p: p.write_text("not a database"),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_project_is_refused_naming_the_backup_and_never_overwritten(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "clients.atlas"
    save_project(large_project(200, 400, 3, seed=1), path)
    save_project(large_project(200, 400, 3, seed=2), path)
    DAMAGES[damage](path)
    damaged, backup = path.read_bytes(), backup_path(path).read_bytes()
    message = refused(path)
    assert "the project file is damaged" in message
    assert message.endswith(f"the previous version is kept in {backup_path(path)}")
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert caught.value.backup == backup_path(path)
    message = refused(path, lambda p: save_project(small("v3"), p))  # type: ignore[arg-type]
    assert message.endswith("not overwritten: save under another name")
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (damaged, backup)
    assert load_project(backup_path(path)) == large_project(200, 400, 3, seed=1)


def test_damaged_project_without_backup_says_so(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    corrupt_page(path)
    path.write_bytes(path.read_bytes()[:4096])
    assert refused(path).endswith("there is no backup beside it")


def test_flows_to_missing_parties_are_refused(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM parties WHERE id = 'us'")
    assert "flows refer to parties that do not exist" in refused(path)


def test_bad_json_inside_the_database_is_damage(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    with sqlite3.connect(path) as conn:
        conn.execute("""UPDATE parties SET data = '{"id": "us", "name": 3}' WHERE id = 'us'""")
    assert "parties[1].name: expected str, got int" in refused(path)


@pytest.mark.parametrize(
    "change",
    [
        "DROP TABLE parties; CREATE VIEW parties AS "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, '' AS name, '' AS role, '' AS country, '' AS review, '{}' AS data FROM n",
        "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM flows; END",
        "CREATE TABLE extra (x)",
        "DROP INDEX flows_exporter",
    ],
    ids=["endless-view", "trigger", "extra-table", "missing-index"],
)
def test_crafted_structure_is_refused_before_any_query(tmp_path: Path, change: str) -> None:
    path = saved(tmp_path, "v1")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.executescript(change)
    assert "the database does not have the project's structure" in refused(path)


def test_foreign_sqlite_database_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "other.atlas"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    assert refused(path) == f"{path}: an SQLite database, but not a Transfer Atlas project"
    refused(path, lambda p: save_project(small(), p))  # type: ignore[arg-type]
    assert path.read_bytes() == before


def test_newer_schema_is_refused_without_change(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={store.SCHEMA_VERSION + 1}")
    before, stat = path.read_bytes(), path.stat()
    message = refused(path)
    assert message == (
        f"{path}: made by a newer Transfer Atlas (project schema {store.SCHEMA_VERSION + 1}; this version "
        f"reads up to {store.SCHEMA_VERSION}); the file was not changed"
    )
    refused(path, lambda p: save_project(small("v2"), p))  # type: ignore[arg-type]
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert not backup_path(path).exists()


def test_missing_file_folder_and_other_files(tmp_path: Path) -> None:
    assert refused(tmp_path / "none.atlas") == f"{tmp_path / 'none.atlas'}: no such project file"
    assert refused(tmp_path) == f"{tmp_path}: is a folder, not a project file"
    (tmp_path / "notes.txt").write_text("hello")
    assert "not a Transfer Atlas project" in refused(tmp_path / "notes.txt")
    message = refused(tmp_path / "missing" / "x.atlas", lambda p: save_project(small(), p))  # type: ignore[arg-type]
    assert message.endswith(f"(the folder {tmp_path / 'missing'} does not exist)")


def test_file_marked_read_only_is_not_replaced(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    path.chmod(0o444)
    message = refused(path, lambda p: save_project(small("v2"), p))  # type: ignore[arg-type]
    assert message == f"{path}: could not save (the file is marked read-only); it is unchanged"
    assert load_project(path).name == "v1"


# -- faults injected into the save ---------------------------------------------------------------


def fail_on(monkeypatch: pytest.MonkeyPatch, name: str, err: OSError, when: int = 0) -> None:
    """Make the ``when``-th call of ``os.<name>`` fail with ``err``."""
    original, calls = getattr(os, name), [0]

    def failing(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] - 1 == when:
            raise err
        return original(*args, **kwargs)

    monkeypatch.setattr(os, name, failing)


@pytest.mark.parametrize(
    ("name", "code", "when", "reason"),
    [
        ("fsync", errno.ENOSPC, 0, "the disk is full"),
        ("fsync", errno.EIO, 0, "input/output error"),
        ("replace", errno.ENOSPC, 0, "the disk is full"),
        ("replace", errno.EROFS, 1, "the disk is read-only"),
        ("replace", errno.EACCES, 1, "no permission to write in {folder}"),
        ("replace", errno.EDQUOT, 1, "the disk quota is exceeded"),
    ],
)
def test_a_failing_step_leaves_the_previous_file_and_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int, when: int, reason: str
) -> None:
    path = saved(tmp_path, "v1", "v2")
    before = path.read_bytes(), backup_path(path).read_bytes()
    fail_on(monkeypatch, name, OSError(code, os.strerror(code)), when)
    message = refused(path, lambda p: save_project(small("v3"), p))  # type: ignore[arg-type]
    monkeypatch.undo()
    expected = reason.format(folder=tmp_path)
    assert message == f"{path}: could not save ({expected}); the previous file is unchanged"
    assert load_project(path).name == "v2"
    assert load_project(backup_path(path)).name in ("v1", "v2")  # the backup is the old or the current one
    assert path.read_bytes() == before[0]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_sqlite_reporting_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path, "v1")

    class FullConnection:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __getattr__(self, name: str) -> object:
            if name in ("executemany",):
                raise sqlite3.OperationalError("database or disk is full")
            return getattr(self.conn, name)

    connect = sqlite3.connect
    monkeypatch.setattr(store.sqlite3, "connect", lambda *a, **k: FullConnection(connect(*a, **k)))
    message = refused(path, lambda p: save_project(small("v2"), p))  # type: ignore[arg-type]
    monkeypatch.undo()
    assert message == f"{path}: could not save (the disk is full); the previous file is unchanged"
    assert load_project(path).name == "v1"


def test_save_succeeds_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path, "v1")
    fail_on(monkeypatch, "link", OSError(errno.EPERM, "links not supported"))
    save_project(small("v2"), path)  # type: ignore[arg-type]
    assert (load_project(path).name, load_project(backup_path(path)).name) == ("v2", "v1")


def test_saving_an_invalid_project_fails_before_touching_the_file(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    orphan = replace(small("v2"), flows=(flow("f9", "ctrl", "nobody"),))  # type: ignore[type-var]
    message = refused(path, lambda p: save_project(orphan, p))  # type: ignore[arg-type]
    assert "flows refer to parties that do not exist" in message
    assert load_project(path).name == "v1"


def test_temporary_files_of_dead_saves_are_removed_by_the_next_save(tmp_path: Path) -> None:
    path = saved(tmp_path, "v1")
    dead = 2**22 + 12345  # above the usual pid_max: no such process
    tag = store_files.temp_tag().split("@", 1)[1]
    leftovers = [
        tmp_path / f".clients.atlas.{dead}@{tag}.tmp",
        tmp_path / f".clients.atlas.bak.{dead}@{tag}.tmp",
    ]
    foreign = tmp_path / f".clients.atlas.{dead}@another-host.tmp"
    for leftover in (*leftovers, foreign):
        shutil.copy(path, leftover)
    ancient = tmp_path / f".clients.atlas.{os.getpid()}@another-host.tmp"
    shutil.copy(path, ancient)
    os.utime(ancient, (1_000_000_000, 1_000_000_000))
    save_project(small("v2"), path)  # type: ignore[arg-type]
    assert not any(p.exists() for p in leftovers)
    assert foreign.exists()  # another computer's save may still be running
    assert not ancient.exists()  # but not for a day
