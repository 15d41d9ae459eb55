"""Autosave to a recovery file while there are unsaved changes; offer the work back after a crash.

Each running app writes ``recovery-<pid>.atlas`` (the project, written atomically by the store)
and ``recovery-<pid>.json`` (which project it was and when). A clean close or save removes both;
after a crash they stay, and the next start offers them if their process is gone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.session import Session
from model.project import Project
from model.store import ProjectFileError, backup_path, load_project, save_project


@dataclass(frozen=True, slots=True)
class Recovery:
    """Work left behind by an app that did not close cleanly."""

    data: Path
    meta: Path
    original: str | None
    saved: str
    name: str

    def describe(self) -> str:
        """One line for the recovery dialog."""
        where = self.original or QCoreApplication.translate("RecoveryDialog", "a project never saved")
        saved = QCoreApplication.translate("RecoveryDialog", "autosaved {time}").format(time=self.saved)
        return f"{self.name} — {where} ({saved})"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def pending_recoveries(folder: Path) -> list[Recovery]:
    """Recovery files whose app is no longer running, newest first."""
    found = []
    for meta in sorted(folder.glob("recovery-*.json")):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            pid = int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        data = meta.with_suffix(".atlas")
        if data.exists() and not _alive(pid):
            found.append(
                Recovery(
                    data,
                    meta,
                    info.get("original"),
                    str(info.get("saved", "")),
                    str(info.get("name", "Untitled project")),
                )
            )
    return sorted(found, key=lambda r: r.saved, reverse=True)


def discard(recovery: Recovery) -> None:
    """Delete a recovery's files."""
    for path in (recovery.data, recovery.meta, backup_path(recovery.data)):
        with contextlib.suppress(OSError):
            path.unlink()


def restore(recovery: Recovery) -> Project:
    """The recovered project (ProjectFileError when the file is unusable)."""
    return load_project(recovery.data)


class Autosaver(QObject):
    """Writes the session's project to this process's recovery file while it has unsaved changes."""

    autosaved = Signal(str)

    def __init__(self, session: Session, folder: Path, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = folder
        self.data = folder / f"recovery-{os.getpid()}.atlas"
        self.meta = self.data.with_suffix(".json")
        self._written: Project | None = None
        self.timer = QTimer(self, interval=max(50, int(seconds * 1000)), timeout=self.autosave)
        self.timer.start()
        session.path_changed.connect(self._clean_changed)

    def autosave(self) -> None:
        """Write the recovery file if the project changed since the last autosave."""
        s = self.session
        if not s.modified or s.project is self._written:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            save_project(s.project, self.data)
            info = {
                "pid": os.getpid(),
                "original": str(s.path) if s.path else None,
                "name": s.project.name,
                "saved": dt.datetime.now().isoformat(timespec="seconds"),
            }
            self.meta.write_text(json.dumps(info), encoding="utf-8")
        except (OSError, ProjectFileError):
            return  # autosave is best effort; the next tick tries again
        self._written = s.project
        self.autosaved.emit(str(self.data))

    def _clean_changed(self) -> None:
        if not self.session.modified:
            self.clear()

    def clear(self) -> None:
        """Remove this process's recovery files (after a save or a clean close)."""
        self._written = None
        for path in (self.data, self.meta, backup_path(self.data)):
            with contextlib.suppress(OSError):
                path.unlink()


class RecoveryDialog(QDialog):
    """Offers work recovered after a crash: restore the chosen one, or discard them all."""

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.recoveries = recoveries
        self.list = QListWidget()
        self.list.addItems([r.describe() for r in recoveries])
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.restore_button = buttons.addButton(self.tr("&Restore"), role.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Discard"), role.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("Decide &later"), role.RejectRole)
        self.restore_button.setToolTip(self.tr("Open the recovered work (it is unsaved until you save it)"))
        self.discard_button.setToolTip(self.tr("Delete the recovered work for good"))
        self.later_button.setToolTip(self.tr("Keep the recovered work and ask again next time"))
        self.restore_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(lambda: self.done(2))
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Transfer Atlas did not close properly. This work was autosaved:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> Recovery:
        """The recovery selected in the list."""
        return self.recoveries[max(0, self.list.currentRow())]
