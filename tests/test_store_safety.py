"""What a save must never do to the user's project: lose changes another SQLite program left in a
journal, race another writer, widen the file's permissions, replace a symbolic link, or fail on a
long name because of the temporary files beside it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from model.lock import ProjectLock, acquire_lock, lock_path
from model.store import ProjectFileError, backup_path, load_project, save_project
from tests.factories import flow, party, project

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes, umask and symbolic links")
NOTICE = (
    "Privacy notice of Harbour Insurance B.V.\n\n"
    "We share your personal data with our IT provider Cloudly Inc. in the United States.\n"
)
# Puts a project in WAL mode, changes its name and dies without closing: the change sits in -wal only.
LEAVE_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA wal_autocheckpoint=0")
conn.execute("UPDATE meta SET value='Renamed elsewhere' WHERE key='name'")
os._exit(0)
"""


def small(name: str = "Clients") -> object:
    return project(party("us", "Cloudly Inc.", country="US"), flow("f1", "ctrl", "us"), name=name)


def notice(folder: Path, name: str = "notice.txt") -> Path:
    path = folder / name
    path.write_text(NOTICE, encoding="utf-8")
    return path


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- journals left by other SQLite programs ---------------------------------------------------


def wal_project(tmp_path: Path) -> Path:
    path = tmp_path / "W.atlas"
    save_project(small(), path)  # type: ignore[arg-type]
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(path)], check=True)
    assert Path(f"{path}-wal").exists()
    return path


def test_import_into_a_project_with_changes_in_its_wal_keeps_them_and_leaves_no_journal(
    tmp_path: Path,
) -> None:
    path = wal_project(tmp_path)
    done = cli("import", notice(tmp_path), "--into", path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir() if "-wal" in p.name or "-shm" in p.name] == []
    saved = load_project(path)
    assert saved.name == "Renamed elsewhere"  # the change that was only in the WAL
    assert any(p.name == "Cloudly Inc." for p in saved.parties)
    assert load_project(backup_path(path)).name == "Renamed elsewhere"
    assert cli("check", path, "--fail-on", "never").returncode == 0


def test_opening_a_wal_project_merges_its_journal(tmp_path: Path) -> None:
    path = wal_project(tmp_path)
    assert load_project(path).name == "Renamed elsewhere"
    assert not Path(f"{path}-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_wal_project_another_program_is_reading_is_refused_saying_why(tmp_path: Path) -> None:
    path = wal_project(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM parties").fetchone()  # holds a read lock on the WAL
        with pytest.raises(ProjectFileError) as caught:
            save_project(small("Mine"), path)  # type: ignore[arg-type]
    finally:
        other.close()
    message = str(caught.value)
    assert message.startswith(str(path)) and "W.atlas-wal" in message and "not changed" in message
    assert load_project(path).name == "Renamed elsewhere"


# -- one writer at a time ----------------------------------------------------------------------


HOLD = """
import sys
from model.lock import acquire_lock
lock = acquire_lock(sys.argv[1])
print(type(lock).__name__, flush=True)
sys.stdin.readline()
lock.release()
"""


@contextlib.contextmanager
def held_elsewhere(path: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout and holder.stdout.readline().strip() == "ProjectLock"
        yield holder
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=10)


def test_import_into_a_project_someone_holds_is_refused_naming_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "P.atlas"
    save_project(small(), path)  # type: ignore[arg-type]
    with held_elsewhere(path) as holder:
        done = cli("import", notice(tmp_path), "--into", path, "--wait", "0")
    assert done.returncode == 2
    assert f"is in use by process {holder.pid}" in done.stderr and "nothing was changed" in done.stderr
    assert load_project(path) == small()


def test_import_waits_for_the_holder_then_imports(tmp_path: Path) -> None:
    path = tmp_path / "P.atlas"
    save_project(small(), path)  # type: ignore[arg-type]
    with held_elsewhere(path) as holder:
        importer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop.cli",
                "import",
                str(notice(tmp_path)),
                "--into",
                str(path),
                "--wait",
                "60",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert importer.stderr is not None
        assert "waiting up to 60 s" in importer.stderr.readline()
        assert holder.stdin is not None
        holder.stdin.write("go\n")
        holder.stdin.flush()
        _, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert any(p.name == "Cloudly Inc." and p.evidence for p in load_project(path).parties)


# -- modes and owners --------------------------------------------------------------------------


@posix_only
def test_a_save_keeps_the_files_mode(tmp_path: Path) -> None:
    path = tmp_path / "private.atlas"
    save_project(small(), path)  # type: ignore[arg-type]
    os.chmod(path, 0o600)
    with umask(0o022):
        save_project(small("v2"), path)  # type: ignore[arg-type]
        assert main(["import", str(notice(tmp_path)), "--into", str(path)]) == 0
    assert mode(path) == 0o600
    assert mode(backup_path(path)) == 0o600


@posix_only
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o027])
def test_a_new_project_and_exports_follow_the_umask(tmp_path: Path, mask: int) -> None:
    source = notice(tmp_path)
    with umask(mask):
        assert main(["import", str(source), "--into", str(tmp_path / "new.atlas")]) == 0
        outputs = [tmp_path / f"out.{ext}" for ext in ("xlsx", "json", "csv")]
        code = main(
            [
                "export",
                str(tmp_path / "new.atlas"),
                "--xlsx",
                str(outputs[0]),
                "--json",
                str(outputs[1]),
                "--csv",
                str(outputs[2]),
                "--project-json",
                str(tmp_path / "p.json"),
            ]
        )
    assert code == 0
    for path in (tmp_path / "new.atlas", *outputs, tmp_path / "p.json"):
        assert mode(path) == 0o666 & ~mask, path.name


@posix_only
def test_an_export_over_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    with umask(0o022):
        assert main(["export", str(notice(tmp_path)), "--csv", str(target)]) == 0
    assert mode(target) == 0o640 and "Cloudly Inc." in target.read_text(encoding="utf-8")


# -- symbolic links ----------------------------------------------------------------------------


@posix_only
def test_import_into_a_symbolic_link_updates_the_project_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "P.atlas"
    save_project(small(), real)  # type: ignore[arg-type]
    link = tmp_path / "link.atlas"
    link.symlink_to(real)
    assert main(["import", str(notice(tmp_path)), "--into", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert any(p.evidence for p in load_project(real).parties)
    assert backup_path(real).exists() and not backup_path(link).exists()
    assert lock_path(link) == lock_path(real)


@posix_only
def test_an_export_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "shared.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "register.csv"
    link.symlink_to(real)
    assert main(["export", str(notice(tmp_path)), "--csv", str(link)]) == 0
    assert link.is_symlink() and "Cloudly Inc." in real.read_text(encoding="utf-8")


# -- long names --------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [246, 250, 255])
def test_a_long_project_name_saves_and_keeps_a_backup(tmp_path: Path, length: int) -> None:
    path = tmp_path / ("p" * (length - len(".atlas")) + ".atlas")
    source = notice(tmp_path)
    for _ in range(2):
        assert main(["import", str(source), "--into", str(path)]) == 0
    assert load_project(path).documents
    assert backup_path(path).exists() and len(backup_path(path).name.encode()) <= 255
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_two_long_names_with_one_start_keep_separate_backups(tmp_path: Path) -> None:
    first, second = (tmp_path / ("x" * 248 + f"{i}.atlas") for i in (1, 2))
    for path, name in ((first, "one"), (second, "two")):
        save_project(small(name), path)  # type: ignore[arg-type]
        save_project(small(name + "+"), path)  # type: ignore[arg-type]
    assert backup_path(first) != backup_path(second)
    assert load_project(backup_path(first)).name == "one"
    assert load_project(backup_path(second)).name == "two"


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".csv"])
def test_a_long_export_name_is_written(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("r" * (250 - len(suffix)) + suffix)
    option = {".xlsx": "--xlsx", ".json": "--json", ".csv": "--csv"}[suffix]
    assert main(["export", str(notice(tmp_path)), option, str(target)]) == 0
    assert target.stat().st_size > 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_lock_file_name_fits_beside_a_long_project_name(tmp_path: Path) -> None:
    path = tmp_path / ("q" * 249 + ".atlas")
    save_project(small(), path)  # type: ignore[arg-type]
    lock = acquire_lock(path)
    assert isinstance(lock, ProjectLock)
    with lock:
        assert lock_path(path).exists() and len(lock_path(path).name.encode()) <= 255
