"""Undoable edits. The project is an immutable value, so one command kind serves every edit:
it holds the project before and after, and undo puts the old value back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from model.project import Project

if TYPE_CHECKING:
    from desktop.session import Session


class ProjectEditCommand(QUndoCommand):
    """Replace the session's project with ``after``; undo restores ``before``."""

    def __init__(self, session: Session, before: Project, after: Project, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._session.show_project(self._after)

    def undo(self) -> None:
        self._session.show_project(self._before)
