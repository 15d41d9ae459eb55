"""Undoable edits. The project is an immutable value, so one command kind serves every edit:
it holds the project before and after, and undo puts the old value back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

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


class UndoShortcutFilter(QObject):
    """Ctrl+Z and Ctrl+Shift+Z reach the project's undo stack from anywhere in the window.

    A text field claims those keys for itself even when it has nothing of its own to undo (its
    edits are applied to the project as soon as they are finished); then the keys go to the
    window's Undo and Redo instead. A field with typing of its own to undo keeps them.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo, redo = (
            event.matches(QKeySequence.StandardKey.Undo),
            event.matches(QKeySequence.StandardKey.Redo),
        )
        if not (undo or redo):
            return False
        field = _text_field(watched)
        if field is None:
            return False
        own = field.isUndoAvailable() if undo else field.isRedoAvailable()
        return not own  # filtered: the field does not take the keys, the window's shortcut fires


def _text_field(widget: QObject) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        line = widget.lineEdit()
        return line if isinstance(line, QLineEdit) else None
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return None  # long texts keep their own undo
    return None
