"""Saving onto real disks that refuse: a full file system, a read-only one, a file-size limit.

The full and read-only disks are small tmpfs mounts (root only; skipped elsewhere); the file-size
limit (RLIMIT_FSIZE) works for any user. Each time the save fails with a clear reason and the
previous project still opens, unchanged.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.store import ProjectFileError, backup_path, load_project, save_project
from tests.big_projects import large_project

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file systems and limits")


@contextlib.contextmanager
def small_disk(folder: Path, kilobytes: int) -> Iterator[Path]:
    """A tmpfs of ``kilobytes`` mounted on ``folder``; skips the test where mounting is not allowed."""
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small file system needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def refused_save(project: object, path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        save_project(project, path)  # type: ignore[arg-type]
    return str(caught.value)


@posix_only
def test_full_disk(tmp_path: Path) -> None:
    first, big = large_project(60, 120, 2, seed=1), large_project(2000, 4000, 30, seed=2)
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "clients.atlas"
        save_project(first, path)
        save_project(first, path)  # a backup too, so the disk holds two copies
        message = refused_save(big, path)
        assert message == f"{path}: could not save (the disk is full); the previous file is unchanged"
        assert load_project(path) == first
        assert load_project(backup_path(path)) == first
        assert sorted(p.name for p in disk.iterdir()) == ["clients.atlas", "clients.atlas.bak"]


@posix_only
def test_read_only_disk(tmp_path: Path) -> None:
    first = large_project(60, 120, 2, seed=1)
    with small_disk(tmp_path / "disk", 2048) as disk:
        path = disk / "clients.atlas"
        save_project(first, path)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        message = refused_save(large_project(60, 120, 2, seed=2), path)
        assert message == (
            f"{path}: could not save (cannot write in {disk} (a read-only disk or folder, or no permission))"
        )
        assert load_project(path) == first


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(tmp_path: Path) -> None:
    path = tmp_path / "clients.atlas"
    save_project(large_project(60, 120, 2), path)
    tmp_path.chmod(0o555)
    try:
        message = refused_save(large_project(60, 120, 2, seed=2), path)
    finally:
        tmp_path.chmod(0o755)
    assert "could not save (cannot write in" in message
    assert load_project(path) == large_project(60, 120, 2)


FSIZE_CHILD = """
import resource, signal, sys
from model.store import ProjectFileError, save_project
from tests.big_projects import large_project
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, 400_000))
try:
    save_project(large_project(2000, 4000, 30, seed=2), sys.argv[1])
except ProjectFileError as err:
    print(err)
    sys.exit(0)
sys.exit(5)
"""


@posix_only
def test_file_size_limit_reached_while_writing(tmp_path: Path) -> None:
    path = tmp_path / "clients.atlas"
    first = large_project(60, 120, 2, seed=1)
    save_project(first, path)
    done = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, str(path)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in (
        f"{path}: could not save (writing to the disk failed (the disk may be full, removed or failing)); "
        "the previous file is unchanged",
        f"{path}: could not save (the disk is full); the previous file is unchanged",
    )
    assert load_project(path) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients.atlas"]
