"""Writing files so that an existing file is never left half written.

The temporary file is private (0600) while it is written; just before it replaces the target it
gets the mode the replaced file had, or for a new file the mode the user's umask gives. A target
that is a symbolic link is written through (the file it points to is replaced, the link stays).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from model.filenames import NAME_MAX, fitted, real_target
from model.store_files import apply_mode, previous_status


@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path``; when the block succeeds it replaces ``path`` in one rename.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    path = real_target(Path(path))
    prefix = "." + fitted(path.name, NAME_MAX - 20) + "."  # mkstemp adds 8 characters and the suffix
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        apply_mode(tmp, previous_status(path))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(path: Path | str, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` and move the result over ``path`` only when it completed."""
    with atomic_target(path) as tmp:
        write(tmp)


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text to ``path`` atomically."""
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
