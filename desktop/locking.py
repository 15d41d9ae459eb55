"""Telling a user that another Transfer Atlas has the project open, and offering it read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from model.lock import LockHeld, ProjectLock, acquire_lock

Access = Literal["write", "read-only"]
translate = QCoreApplication.translate


class ProjectLocks:
    """Holds the lock of the project this window has open for writing."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.held: ProjectLock | None = None

    def acquire(self, path: Path, *, saving: bool = False) -> Access | None:
        """Lock ``path`` for this window: "write"; "read-only" when another app holds it and the
        user agrees to read; None when the user cancels (the current lock is then kept)."""
        if self.held is not None and self.held.project.resolve() == path.resolve():
            return "write"
        try:
            result = acquire_lock(path)
        except OSError as err:  # a folder where no lock file can be made (read-only share)
            if saving:
                return "write"  # the save itself will report what is wrong with the folder
            QMessageBox.information(
                self.window,
                translate("ProjectLocks", "Opening read-only"),
                translate(
                    "ProjectLocks",
                    "{path}: no lock file can be made here ({reason}); the project opens read-only.",
                ).format(path=path, reason=err.strerror or err),
            )
            return "read-only"
        if isinstance(result, LockHeld):
            return self._held_elsewhere(result, saving)
        self._keep(result)
        return "write"

    def _keep(self, lock: ProjectLock) -> None:
        self.release()
        self.held = lock

    def release(self) -> None:
        """Give up the lock held for the current project."""
        if self.held is not None:
            self.held.release()
            self.held = None

    def _held_elsewhere(self, held: LockHeld, saving: bool) -> Access | None:
        buttons = QMessageBox.StandardButton
        if saving:
            QMessageBox.warning(
                self.window,
                translate("ProjectLocks", "Project in use"),
                f"{held.message}.\n\n" + translate("ProjectLocks", "Save under another name."),
            )
            return None
        title = translate("ProjectLocks", "Project in use")
        box = QMessageBox(QMessageBox.Icon.Warning, title, f"{held.message}.", parent=self.window)
        read = box.addButton(translate("ProjectLocks", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        take = (
            box.addButton(translate("ProjectLocks", "&Take over"), QMessageBox.ButtonRole.DestructiveRole)
            if held.other_host
            else None
        )
        box.addButton(buttons.Cancel)
        box.setDefaultButton(read)
        box.exec()
        if box.clickedButton() is read:
            return "read-only"
        if take is not None and box.clickedButton() is take:
            result = acquire_lock(held.project, take_over=True)
            if isinstance(result, ProjectLock):
                self._keep(result)
                return "write"
        return None
