"""Two instances and one project: the lock file, stale locks after a crash, read-only opening."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.lock import (
    LockHeld,
    LockOwner,
    ProjectLock,
    acquire_lock,
    lock_path,
    pid_alive,
    read_owner,
    this_host,
)
from model.store import load_project, save_project
from tests.factories import party, project

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys
from model.lock import acquire_lock
lock = acquire_lock(sys.argv[1])
print(type(lock).__name__, flush=True)
sys.stdin.read()  # hold until told to go (or killed)
lock.release()
"""
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


@pytest.fixture
def atlas(tmp_path: Path) -> Path:
    path = tmp_path / "Klanten 2026 – ü.atlas"
    save_project(project(party("us", "Cloudly Inc.", country="US")), path)
    return path


@pytest.fixture
def other_instance(atlas: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Transfer Atlas process holding the project's lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(atlas)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout and child.stdout.readline().strip() == "ProjectLock"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)


def write_lock(atlas: Path, pid: int, host: str) -> None:
    since = dt.datetime(2026, 3, 1, 9, 12, tzinfo=dt.UTC).isoformat()
    record = {"application": "transfer-atlas", "pid": pid, "host": host, "user": "anna", "since": since}
    lock_path(atlas).write_text(json.dumps(record))


def test_lock_records_owner_and_is_removed_on_release(atlas: Path) -> None:
    lock = acquire_lock(atlas)
    assert isinstance(lock, ProjectLock) and lock.replaced is None
    assert lock.lock_file == atlas.with_name(atlas.name + ".lock")
    owner = read_owner(atlas)
    assert owner == lock.owner
    assert (owner.pid, owner.host) == (os.getpid(), this_host())  # type: ignore[union-attr]
    assert owner.is_this_process()  # type: ignore[union-attr]
    lock.release()
    lock.release()  # harmless twice
    assert not lock.held and not lock_path(atlas).exists()


def test_context_manager(atlas: Path) -> None:
    with acquire_lock(atlas) as lock:  # type: ignore[union-attr]
        assert lock.held and lock_path(atlas).exists()
    assert not lock.held and not lock_path(atlas).exists()


def test_second_instance_is_told_who_holds_the_project(
    atlas: Path, other_instance: subprocess.Popen[str]
) -> None:
    held = acquire_lock(atlas)
    assert isinstance(held, LockHeld)
    assert held.owner is not None and not held.other_host
    assert (held.owner.pid, held.owner.host) == (other_instance.pid, this_host())
    assert held.message.startswith(f"{atlas} is in use by process {other_instance.pid} of ")
    assert held.message.endswith("; it can be opened read-only")
    assert load_project(atlas, read_only=True).parties[1].name == "Cloudly Inc."  # read-only opening works


def test_the_same_process_opening_twice_sees_itself(atlas: Path) -> None:
    with acquire_lock(atlas) as first:  # type: ignore[union-attr]
        second = acquire_lock(atlas)
        assert isinstance(second, LockHeld) and second.owner == first.owner
        assert second.owner.is_this_process()  # type: ignore[union-attr]


@posix_only
def test_lock_of_a_killed_instance_is_stale_and_taken_over(
    atlas: Path, other_instance: subprocess.Popen[str]
) -> None:
    crashed = read_owner(atlas)
    other_instance.send_signal(signal.SIGKILL)
    other_instance.wait(timeout=10)
    assert lock_path(atlas).exists()  # a crash leaves the file behind
    lock = acquire_lock(atlas)
    assert isinstance(lock, ProjectLock)
    assert lock.replaced == crashed  # the app can now offer the crashed session's recovered work
    lock.release()


def test_lock_file_of_a_dead_process_on_this_host_is_stale(atlas: Path) -> None:
    dead = 2**22 + 4321
    assert not pid_alive(dead)
    write_lock(atlas, dead, this_host())
    lock = acquire_lock(atlas)
    assert isinstance(lock, ProjectLock) and lock.replaced is not None and lock.replaced.pid == dead
    lock.release()


def test_lock_of_another_host_is_held_until_the_user_takes_it_over(atlas: Path) -> None:
    write_lock(atlas, 4242, "LAPTOP-ANNA")
    held = acquire_lock(atlas)
    assert isinstance(held, LockHeld) and held.other_host
    assert held.message == (
        f"{atlas} is in use by process 4242 of anna on LAPTOP-ANNA since 2026-03-01 09:12 UTC; it can be "
        "opened read-only; if that computer is no longer running Transfer Atlas, the lock can be taken over"
    )
    lock = acquire_lock(atlas, take_over=True)
    assert isinstance(lock, ProjectLock) and lock.replaced == held.owner
    assert read_owner(atlas) == lock.owner
    lock.release()


def test_unreadable_lock_file_without_a_holder_is_taken_over(atlas: Path) -> None:
    lock_path(atlas).write_bytes(b"\x00\xffgarbage")
    lock = acquire_lock(atlas)
    assert isinstance(lock, ProjectLock) and lock.replaced is None
    lock.release()


def test_unreadable_lock_file_with_a_holder_names_no_owner(
    atlas: Path, other_instance: subprocess.Popen[str]
) -> None:
    with open(lock_path(atlas), "r+b") as handle:  # the holder is still writing its record, say
        handle.truncate(0)
    held = acquire_lock(atlas)
    assert isinstance(held, LockHeld) and held.owner is None
    assert (
        held.message
        == f"{atlas} is in use by another Transfer Atlas (owner unknown); it can be opened read-only"
    )


def test_release_does_not_remove_a_lock_file_someone_else_made(atlas: Path) -> None:
    lock = acquire_lock(atlas)
    assert isinstance(lock, ProjectLock)
    lock_path(atlas).unlink()  # removed by hand, and another instance made a new one
    write_lock(atlas, 4242, "LAPTOP-ANNA")
    lock.release()
    assert read_owner(atlas) == LockOwner(
        4242, "LAPTOP-ANNA", "anna", dt.datetime(2026, 3, 1, 9, 12, tzinfo=dt.UTC)
    )


def test_pid_alive() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(0) and not pid_alive(-5)


def test_commands_that_write_a_project_file_wait_for_its_lock(
    atlas: Path, other_instance: subprocess.Popen[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export --atlas`` onto a project another instance has open, and ``orgs --add`` into it,
    are refused naming the holder, and the file stays as it was."""
    from desktop.cli import main

    before = atlas.read_bytes()
    source = tmp_path / "copy.atlas"
    save_project(project(party("jp", "Tokyo KK", country="JP")), source)
    assert main(["export", str(source), "--atlas", str(atlas), "--wait", "0"]) == 2
    said = capsys.readouterr().err
    assert f"{atlas}: in use by process {other_instance.pid}" in said and "nothing was changed" in said
    ours = tmp_path / "ours.json"
    ours.write_text(
        '{"schema": "transfer-atlas/organisations/v1", "version": "1", "as_of": "2026-12-01", '
        '"organisations": [{"id": "k", "name": "Kelpie Pty Ltd", "role": "processor", "country": "AU"}]}',
        encoding="utf-8",
    )
    assert main(["orgs", "--add", str(ours), "--project", str(atlas), "--wait", "0"]) == 2
    assert "nothing was changed" in capsys.readouterr().err
    assert atlas.read_bytes() == before
    assert other_instance.stdin is not None
    other_instance.stdin.close()
    other_instance.wait(10)
    assert main(["export", str(source), "--atlas", str(atlas), "--wait", "0"]) == 0
    assert "Tokyo KK" in [p.name for p in load_project(atlas).parties]
