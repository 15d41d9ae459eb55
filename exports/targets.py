"""Writing an export to a user's path, with errors that name the file and say what to do.

Built on ``exports.files.write_atomic``: the target is replaced only by a complete file. A
workbook that Excel or LibreOffice has open is refused up front (their lock file is beside it),
because replacing it under the program loses the user's unsaved edits or fails half way on Windows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from exports.files import write_atomic
from model.filenames import real_target
from model.store_files import failure_reason


class ExportTargetError(Exception):
    """The export cannot be written to its target; ``str()`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def lock_file(path: Path) -> Path | None:
    """The lock file Excel (``~$name``) or LibreOffice (``.~lock.name#``) keeps beside an open file."""
    for candidate in (path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")):
        try:
            os.lstat(candidate)
        except OSError:  # absent, or a name too long to exist (the program could not make it either)
            continue
        return candidate
    return None


def check_target(path: Path | str) -> None:
    """Raise ``ExportTargetError`` when ``path`` is plainly unusable (a folder, no folder, locked)."""
    path = real_target(Path(path))
    if path.is_dir():
        raise ExportTargetError(path, "is a folder, not a file")
    if not path.parent.is_dir():
        raise ExportTargetError(path, f"the folder {path.parent} does not exist")
    lock = lock_file(path)
    if lock is not None:
        raise ExportTargetError(
            path, f"is open in another program (lock file {lock.name}); close it and retry"
        )


def write_target(path: Path | str, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` and move the result over ``path``; raises ``ExportTargetError`` on failure."""
    path = Path(path)
    check_target(path)
    try:
        write_atomic(path, write)
    except PermissionError as err:
        raise ExportTargetError(
            path,
            f"cannot be written (permission denied: {err.strerror or err}); "
            "is it open in another program or read-only?",
        ) from err
    except OSError as err:
        raise ExportTargetError(path, f"cannot be written ({failure_reason(err, path)})") from err
