"""One store interface, two back ends: a ``.atlas`` file for one person, a PostgreSQL team register.

``open_store(location)`` takes a path or a ``postgresql://USER@HOST:PORT/DATABASE?project=NAME``
URL and returns a ``ProjectStore``: ``load()`` the project, ``save(project, source=...)`` it back.
Both raise ``ProjectFileError`` (the register's errors are subclasses) naming the location and
what is wrong, so callers handle one kind of failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from model.project import Project
from model.store import load_project, save_project

URL_SCHEMES = ("postgresql://", "postgres://")


class ProjectStore(Protocol):
    """Where a project lives: read it whole, write it back (one transaction per save)."""

    @property
    def location(self) -> str:
        """The path or URL, as the user would recognise it (never with a password)."""
        ...

    def load(self) -> Project:
        """The project as stored now."""
        ...

    def save(self, project: Project, *, source: str = "") -> None:
        """Store ``project``; ``source`` names the document or import the change came from."""
        ...

    def close(self) -> None:
        """Release the connection or file, if any."""
        ...


def is_register_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL team register rather than a file."""
    return isinstance(location, str) and location.lower().startswith(URL_SCHEMES)


class FileStore:
    """The ``.atlas`` SQLite file (see ``model.store``): saved whole and atomically."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    @property
    def location(self) -> str:
        """The file's path."""
        return str(self.path)

    def load(self) -> Project:
        """The project in the file."""
        return load_project(self.path)

    def save(self, project: Project, *, source: str = "") -> None:
        """Replace the file with ``project`` (a file keeps no audit trail, so ``source`` is unused)."""
        save_project(project, self.path)

    def close(self) -> None:
        """Nothing stays open between calls."""


def open_store(location: str | Path) -> ProjectStore:
    """The store for a path or a register URL (a register is connected to and checked here)."""
    if is_register_url(location):
        from model.team_register import TeamRegister  # psycopg is loaded only for registers

        return TeamRegister.connect(str(location))
    return FileStore(location)
