"""The file-system steps of a safe save, and plain-language reasons when one fails.

Temporary files carry the saving process's id and host (``.<name>.<pid>@<host>.tmp``), so a later
save can remove those a killed save left behind without touching a save still running elsewhere.
Names made beside the user's file (temporary files, the backup, the lock file) are shortened to
fit the file system's 255-byte limit; the user's own name never is. A file written here is private
while it is written and gets its final mode (the previous file's, or the umask's) just before it
replaces the target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from pathlib import Path

from model.filenames import NAME_MAX, fitted, sibling
from model.lock import pid_alive, this_host

_TAG_ROOM = 64
"""Bytes kept for ``.<pid>@<host>.tmp`` (the tag is at most 48), so a name's temporary files share
one shortened stem whatever process writes them."""


def temp_path(path: Path) -> Path:
    """The temporary file a save of ``path`` writes first: ``.<name>.<pid>@<host>.tmp``."""
    return path.with_name(_temp_stem(path) + f".{temp_tag()}.tmp")


def _temp_stem(path: Path) -> str:
    return "." + fitted(path.name, NAME_MAX - _TAG_ROOM)


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere the only way to read it is to set it and put it back
    os.umask(mask)
    return mask


def previous_status(path: Path) -> os.stat_result | None:
    """The status of the file a write will replace (to keep its mode and owner), or None if new."""
    try:
        return os.stat(path)
    except OSError:
        return None


def apply_mode(tmp: Path | int, previous: os.stat_result | None) -> None:
    """Give the private temporary file its final mode: the replaced file's mode and owner (where this
    process may set them), or for a new file the mode the user's umask gives."""
    if previous is None:
        os.chmod(tmp, 0o666 & ~current_umask())
        return
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root may give a file away; the group may still fit
            os.chown(tmp, previous.st_uid, previous.st_gid)
    os.chmod(tmp, previous.st_mode & 0o7777)


def create_private(path: Path) -> None:
    """Create an empty file only its owner can read (it will hold personal data until it is done)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def replace_backup(path: Path) -> None:
    """``path`` becomes ``<name>.bak``: a hard link (instant) where the disk allows it, else a copy."""
    backup = sibling(path, ".bak")
    staging = temp_path(backup)
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
    names = "|".join(
        re.escape(_temp_stem(p))
        for p in (path, sibling(path, ".bak"), *(sibling(path, f".schema{v}.bak") for v in range(1, 10)))
    )
    pattern = re.compile(rf"^(?:{names})\.(\d+)@(.+)\.tmp$")
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
    staging = temp_path(target)
    try:
        shutil.copy2(path, staging)
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise
