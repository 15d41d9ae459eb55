"""New, Open, Open Recent, Save and Save As for ``.atlas`` projects, and the unsaved-changes prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop.edit_actions import make_action
from desktop.locking import ProjectLocks
from desktop.session import Session
from desktop.settings import AppSettings
from model.interchange import InterchangeError, read_project_json
from model.project import Project
from model.store import ProjectFileError, load_project, save_project

translate = QCoreApplication.translate


def project_filter() -> str:
    """The file dialog filter for saving a project."""
    return translate("ProjectFiles", "Transfer Atlas projects (*.atlas)")


def open_filter() -> str:
    """The file dialog filter for opening a project (or a JSON interchange project)."""
    return project_filter() + ";;" + translate("ProjectFiles", "Project JSON (*.json)")


class ProjectFiles(QObject):
    """The File menu's project actions over one session."""

    opened = Signal(str)
    saved = Signal(str)

    def __init__(self, session: Session, settings: AppSettings, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.settings, self.window = session, settings, window
        self.locks = ProjectLocks(window)
        self.new = make_action(
            self, self.tr("&New"), self.tr("Start a new, empty project"), QKeySequence.StandardKey.New
        )
        self.open = make_action(
            self, self.tr("&Open…"), self.tr("Open a project file"), QKeySequence.StandardKey.Open
        )
        self.save = make_action(
            self, self.tr("&Save"), self.tr("Save the project"), QKeySequence.StandardKey.Save
        )
        self.save_as = make_action(
            self,
            self.tr("Save &As…"),
            self.tr("Save the project under a new name"),
            QKeySequence.StandardKey.SaveAs,
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.menuAction().setToolTip(self.tr("Open one of the projects opened lately"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.new.triggered.connect(self.new_project)
        self.open.triggered.connect(self.choose_and_open)
        self.save.triggered.connect(self.save_project)
        self.save_as.triggered.connect(self.save_project_as)

    def new_project(self) -> None:
        """Close the project (asking about unsaved changes) and start an empty one."""
        if self.maybe_save():
            self.locks.release()
            self.session.reset(Project())

    def choose_and_open(self) -> None:
        """Ask for a project file and open it."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), self.settings.last_open_dir, open_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a project file (.atlas, or a JSON interchange project); False when it could not be."""
        try:
            project = read_project_json(path) if path.suffix.lower() == ".json" else load_project(path)
        except (ProjectFileError, InterchangeError, OSError) as err:
            QMessageBox.critical(self.window, self.tr("Cannot open project"), str(err))
            self.settings.forget_file(str(path))
            return False
        is_atlas = path.suffix.lower() == ".atlas"
        read_only = False
        if is_atlas:
            access = self.locks.acquire(path)
            if access is None:
                return False
            read_only = access == "read-only"
        if not is_atlas or read_only:
            self.locks.release()  # the project left behind is no longer ours
        self.session.reset(project, path if is_atlas else None, read_only=read_only)
        self.settings.last_open_dir = str(path.parent)
        self.settings.remember_file(path)
        self.opened.emit(str(path))
        return True

    def save_project(self) -> bool:
        """Save to the project's file, asking for one the first time; False when not saved."""
        if self.session.path is None or self.session.read_only:
            return self.save_project_as()
        return self._write(self.session.path)

    def save_project_as(self) -> bool:
        """Ask for a file name and save there."""
        start = str(
            self.session.path
            or Path(self.settings.last_open_dir or ".") / f"{self.session.project.name}.atlas"
        )
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project"), start, project_filter())
        if not path:
            return False
        target = Path(path) if path.endswith(".atlas") else Path(path + ".atlas")
        if target != self.session.path and self.locks.acquire(target, saving=True) is None:
            return False
        return self._write(target)

    def _write(self, path: Path) -> bool:
        try:
            save_project(self.session.project, path)
        except ProjectFileError as err:
            QMessageBox.critical(self.window, self.tr("Cannot save project"), str(err))
            return False
        self.session.mark_saved(path)
        self.settings.last_open_dir = str(path.parent)
        self.settings.remember_file(path)
        self.saved.emit(str(path))
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.session.modified:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved. Save them?").format(
                name=self.session.project.name
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_project()
        return answer == buttons.Discard

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.settings.recent_files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}" if i < 9 else Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not self.settings.recent_files:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(Path(path))
