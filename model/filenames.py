"""Names of the files kept beside a project or an export, made to fit what file systems accept, and
reading a small file the user named without hanging on a pipe or a device.

A temporary file, a backup or a lock file is named after the user's file plus a suffix; with a long
name that sum can pass the 255-byte limit of a name, so those names are shortened (the start of the
name and a hash of the whole). The user's own name is never changed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

NAME_MAX = 255
"""The longest file name (in bytes, as the file system encodes it) that common file systems accept."""


def sibling(path: Path, suffix: str, prefix: str = "") -> Path:
    """``<prefix><name><suffix>`` beside ``path``, the name shortened (with a hash of it, so two long
    names stay apart) when the whole would be longer than ``NAME_MAX`` bytes."""
    room = NAME_MAX - len(os.fsencode(prefix + suffix))
    return path.with_name(prefix + fitted(path.name, room) + suffix)


def fitted(name: str, room: int) -> str:
    """``name`` when it fits in ``room`` bytes, else its start and a hash of the whole that do."""
    if len(os.fsencode(name)) <= room:
        return name
    digest = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:10]
    short = name
    while short and len(os.fsencode(short + digest)) > room:
        short = short[:-1]
    return short + digest


def real_target(path: Path) -> Path:
    """Where a save of ``path`` writes: the file a symbolic link points to (the link is kept)."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; ``OSError`` (with a ``strerror`` for people) for a pipe, a device, a
    socket or a file larger than ``limit`` bytes, which are refused before anything is read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero would never end
            raise OSError(errno.EINVAL, "not a regular file (a pipe, device or socket)", str(path))
        data = handle.read(limit + 1)
    if max(len(data), info.st_size) > limit:
        raise OSError(errno.EFBIG, f"larger than the {limit >> 20} MB this file may have", str(path))
    return data
