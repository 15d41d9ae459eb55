"""The lock file that tells a second instance a project is in use, and by whom.

``acquire_lock(project)`` creates ``<project>.lock`` beside the project, records the owner (process,
host, user, time) in it and holds an operating-system lock on it for as long as the project is
open. It returns a ``ProjectLock`` (release it, or use it as a context manager) or, when another
instance holds the project, a ``LockHeld`` naming that owner; the caller can then open the project
read-only.

A lock left behind by a crash is stale: the operating system dropped its lock when the process
died, and on the same host the recorded process no longer exists. Stale locks are taken over
(``ProjectLock.replaced`` names the crashed owner, so the app can offer recovered work). A lock
recorded by another host whose OS lock cannot be seen over the network is not broken silently:
it is reported as held, with ``LockHeld.other_host`` set, and ``acquire_lock(..., take_over=True)``
takes it when the user confirms that the other computer is gone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from model.filenames import real_target, sibling

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows byte locks block reads; lock a byte far past the content


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a project: process id, host name, user name and when the lock was taken (UTC)."""

    pid: int
    host: str
    user: str
    since: dt.datetime

    def describe(self) -> str:
        """``process 4242 of anna on LAPTOP-7 since 2026-03-01 09:12 UTC``."""
        user = self.user or "an unknown user"
        return f"process {self.pid} of {user} on {self.host} since {self.since:%Y-%m-%d %H:%M} UTC"

    def is_this_process(self) -> bool:
        """Whether the owner is the calling process (the project is open twice in one app)."""
        return self.pid == os.getpid() and self.host == this_host()


@dataclass(frozen=True, slots=True)
class LockHeld:
    """The project is in use; ``owner`` is None when the lock file could not be read."""

    project: Path
    owner: LockOwner | None
    other_host: bool = False

    @property
    def holder(self) -> str:
        """``in use by process 4242 of anna on LAPTOP-7 since …``: who holds the project."""
        who = self.owner.describe() if self.owner else "another Transfer Atlas (owner unknown)"
        return f"{self.project} is in use by {who}"

    @property
    def message(self) -> str:
        """A sentence for the user."""
        text = f"{self.holder}; it can be opened read-only"
        if self.other_host:
            text += "; if that computer is no longer running Transfer Atlas, the lock can be taken over"
        return text


class ProjectLock:
    """A held project lock; ``release()`` (or leaving the ``with`` block) removes the lock file."""

    def __init__(self, project: Path, lock_file: Path, owner: LockOwner, fd: int, replaced: LockOwner | None):
        self.project, self.lock_file, self.owner = project, lock_file, owner
        self.replaced = replaced  # the owner of a stale lock taken over: that process crashed
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """False once released."""
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file and drop the OS lock; calling it again does nothing."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if _same_file(fd, self.lock_file):  # never remove a lock file someone else made
                if sys.platform == "win32":  # Windows cannot remove a file that is open
                    os.close(fd)
                    fd = -1
                os.unlink(self.lock_file)
        if fd >= 0:
            os.close(fd)

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()


def lock_path(project: Path | str) -> Path:
    """The lock file of ``project``: ``clients.atlas`` -> ``clients.atlas.lock`` (beside the file a
    symbolic link points to, so every name of one project shares one lock)."""
    return sibling(real_target(Path(project)), LOCK_SUFFIX)


def this_host() -> str:
    """This computer's name as recorded in lock files."""
    return socket.gethostname() or "unknown-host"


def acquire_lock(project: Path | str, *, take_over: bool = False) -> ProjectLock | LockHeld:
    """Lock ``project`` for this process, or say who holds it. ``OSError`` if the folder refuses.

    ``take_over`` also takes a lock recorded by another host (after the user confirmed it is stale).
    """
    project = Path(project)
    path = lock_path(project)
    for _ in range(5):  # the file can be released and recreated between open and lock
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            result = _try_acquire(project, path, fd, take_over)
        except BaseException:
            os.close(fd)
            raise
        if result is not None:
            return result
    return LockHeld(project, read_owner(project))


def wait_for_lock(
    project: Path | str, timeout: float, on_wait: Callable[[LockHeld], None] | None = None
) -> ProjectLock | LockHeld:
    """``acquire_lock``, retried for up to ``timeout`` seconds while another writer holds the project.

    ``on_wait`` is told (once) who holds it when the first try fails. A lock of another host is not
    waited for: only the user can tell whether that computer is gone.
    """
    deadline = time.monotonic() + timeout
    delay = 0.02
    result = acquire_lock(project)
    if isinstance(result, LockHeld) and on_wait is not None and timeout > 0 and not result.other_host:
        on_wait(result)
    while isinstance(result, LockHeld) and not result.other_host and time.monotonic() < deadline:
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 1.5, 0.25)
        result = acquire_lock(project)
    return result


def _try_acquire(project: Path, path: Path, fd: int, take_over: bool) -> ProjectLock | LockHeld | None:
    previous = _parse_owner(_read_fd(fd))
    locked = _os_lock(fd)
    if locked is False:
        os.close(fd)
        return LockHeld(project, previous)
    if not _same_file(fd, path):
        os.close(fd)
        return None
    if previous and previous.host != this_host() and not take_over:
        os.close(fd)  # another computer's lock: the OS lock may not reach across the network
        return LockHeld(project, previous, other_host=True)
    if locked is None and previous and previous.host == this_host() and pid_alive(previous.pid):
        os.close(fd)  # no OS locks on this file system: trust the recorded, living process
        return LockHeld(project, previous)
    owner = LockOwner(os.getpid(), this_host(), _user(), dt.datetime.now(dt.UTC).replace(microsecond=0))
    _write_fd(fd, _dump_owner(owner))
    return ProjectLock(project, path, owner, fd, previous)


def read_owner(project: Path | str) -> LockOwner | None:
    """The owner recorded in the project's lock file, or None (no lock file, or unreadable)."""
    try:
        return _parse_owner(lock_path(project).read_bytes())
    except OSError:
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 checks existence without sending anything
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel32.CloseHandle(handle)


def _os_lock(fd: int) -> bool | None:
    """True when locked, False when another process holds it, None when the file system cannot lock."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        return None  # ENOLCK, EOPNOTSUPP: a file system without locks
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _read_fd(fd: int) -> bytes:
    return os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd)


def _read_from_start(fd: int) -> bytes:  # pragma: no cover - Windows has no pread
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _write_fd(fd: int, data: bytes) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""


def _dump_owner(owner: LockOwner) -> bytes:
    record = {
        "application": "transfer-atlas",
        "pid": owner.pid,
        "host": owner.host,
        "user": owner.user,
        "since": owner.since.isoformat(),
    }
    return json.dumps(record).encode("utf-8") + b"\n"


def _parse_owner(data: bytes) -> LockOwner | None:
    try:
        raw: Any = json.loads(data.decode("utf-8"))
        since = dt.datetime.fromisoformat(raw["since"])
        return LockOwner(int(raw["pid"]), str(raw["host"]), str(raw.get("user", "")), since)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
