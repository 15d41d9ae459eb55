"""The importer protocol and the typed error every importer raises for a file it cannot use."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from model.merge import Contribution

Progress = Callable[[int, int], None]
"""``progress(done, total)``; a caller cancels long work by raising from it."""


def source_name(path: str | Path) -> str:
    """A file's name as the project records it: bytes of the name that are not UTF-8 (an old
    Latin-1 file system) become U+FFFD, since the project and its exports hold Unicode text."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return os.fsencode(text).decode("utf-8", "replace")
        except UnicodeEncodeError:  # a lone surrogate that did not come from undecodable bytes
            return text.encode("utf-8", "replace").decode("utf-8")
    return text


class ImportFailure(Exception):
    """A file could not be imported. ``str()`` names the file (and row, where there is one) and why."""

    def __init__(self, path: str | Path, reason: str, *, row: str | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.row = row
        where = f"{self.path} ({row})" if row else self.path
        super().__init__(f"{where}: {reason}")


class Importer(Protocol):
    """What every importer offers: a name, the extensions it reads, a cheap check, and ``read``."""

    # Read-only, so that frozen dataclasses (configured copies of an importer) satisfy the protocol.
    @property
    def name(self) -> str:
        """What the importer reads, for people ("Vendor register")."""
        ...

    @property
    def extensions(self) -> tuple[str, ...]:
        """The file extensions it reads, lower case with the dot."""
        ...

    def can_read(self, path: Path) -> bool:
        """Whether this importer should be tried on ``path`` (by extension, maybe by a peek)."""
        ...

    def read(self, path: Path, progress: Progress | None = None) -> Contribution:
        """The documents, parties and flows the file states; raises ``ImportFailure``."""
        ...
