"""The file-system steps of a safe save, and plain-language reasons when one fails.

Temporary files carry the saving process's id and host (``.<name>.<pid>@<host>.tmp``), so a later
save can remove those a killed save left behind without touching a save still running elsewhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from pathlib import Path

from model.lock import pid_alive, this_host


def replace_backup(path: Path) -> None:
    """``path`` becomes ``<name>.bak``: a hard link (instant) where the disk allows it, else a copy."""
    backup = path.with_name(path.name + ".bak")
    staging = backup.with_name(f".{backup.name}.{temp_tag()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        try:
            os.link(path, staging)
        except OSError:
            shutil.copy2(path, staging)
        os.replace(staging, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (the renames in it) to disk, where the system allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_tag() -> str:
    """``<pid>@<host>``: lets a later save remove the temporary files of a crashed one."""
    return f"{os.getpid()}@{re.sub(r'[^A-Za-z0-9-]', '-', this_host())[:40]}"


STALE_AFTER = 24 * 3600
"""A temporary file this old is stale whoever made it: no save takes a day (process ids get reused)."""


def remove_stale_temps(path: Path) -> None:
    """Temporary files of saves that died: by a process of this host that is gone, or a day old."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}(?:\.bak|\.schema\d+\.bak)?\.(\d+)@(.+)\.tmp$")
    host = temp_tag().split("@", 1)[1]
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            match = pattern.match(entry.name)
            if match and (_old(entry) or (match.group(2) == host and not pid_alive(int(match.group(1))))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _old(entry: os.DirEntry[str]) -> bool:
    with contextlib.suppress(OSError):
        return entry.stat(follow_symlinks=False).st_mtime < time.time() - STALE_AFTER
    return False


_FULL = "the disk is full"
READ_ONLY_FOLDER = "cannot write in {} (a read-only disk or folder, or no permission)"
_ERRNO_REASONS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EFBIG: "the file is larger than this disk or system allows",
    errno.EROFS: "the disk is read-only",
}


def failure_reason(err: BaseException, path: Path) -> str:
    """A plain-language reason why writing ``path`` failed."""
    if isinstance(err, OSError) and err.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[err.errno]
    if isinstance(err, OSError) and err.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write in {path.parent}"
    text = str(err) if not isinstance(err, OSError) else (err.strerror or str(err)).lower()
    lowered = text.lower()
    if "disk is full" in lowered or ("disk i/o error" in lowered and _disk_full(path)):
        return _FULL
    if "disk i/o error" in lowered:
        return "writing to the disk failed (the disk may be full, removed or failing)"
    if "readonly" in lowered or "unable to open database file" in lowered:
        return READ_ONLY_FOLDER.format(path.parent)
    return text


def _disk_full(path: Path) -> bool:
    with contextlib.suppress(OSError):
        return shutil.disk_usage(path.parent).free < (1 << 20)
    return False


def keep_copy(path: Path, target: Path) -> None:
    """Copy ``path`` to ``target`` atomically (``OSError`` on failure, nothing left behind)."""
    staging = target.with_name(f".{target.name}.{temp_tag()}.tmp")
    try:
        shutil.copy2(path, staging)
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise
