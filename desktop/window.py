"""The main window: map and tables in the centre, Sources and Inspector docks, menus and toolbars."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop.edit_actions import EditActions
from desktop.guide import GuideDialog
from desktop.i18n import set_language
from desktop.import_export import ImportExport
from desktop.inspector import InspectorPanel
from desktop.mapview import MapWidget
from desktop.menus import build_menus, build_toolbar
from desktop.notice_compare import NoticeCompare
from desktop.project_files import ProjectFiles
from desktop.recovery import Autosaver, RecoveryDialog, discard, pending_recoveries, restore
from desktop.register_mapping import RegisterMapping
from desktop.scenario_bar import ScenarioBar
from desktop.session import Session
from desktop.settings import AppSettings
from desktop.sources import SourcesPanel
from desktop.tabs import TableTabs
from desktop.team_link import TeamLink
from desktop.undo import UndoShortcutFilter
from desktop.widgets import ExportNote
from desktop.workers import JobRunner
from model.findings import Severity, counts_by_severity
from model.labels import project_title, scenario_words
from model.store import ProjectFileError
from model.stores import is_register_url

PROJECT_SUFFIXES = (".atlas", ".json")


class MainWindow(QMainWindow):
    """Transfer Atlas's one window: the session's project in a map, tables and two docks."""

    def __init__(self, store: QSettings, session: Session | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = AppSettings.load(store)
        self.language = set_language(self.settings.language)
        self.session = session or Session(parent=self)
        self.runner = JobRunner(self)
        self.files = ProjectFiles(self.session, self.settings, self)
        self.team = TeamLink(self.session, self.settings, self, self.files.maybe_save)
        self.io = ImportExport(self.session, self.settings, self, self.runner)
        self.edits = EditActions(self.session, self, self.language)
        self.mapping = RegisterMapping(self.io, self)
        self.compare = NoticeCompare(self.session, self.io, self)
        self._build_centre()
        self._build_docks()
        self.scenario_bar = ScenarioBar(self.session, self)
        build_toolbar(self)
        self.addToolBar(self.scenario_bar)
        build_menus(self)
        self.status = QLabel()
        self.export_note = ExportNote(self)
        self.statusBar().addWidget(self.export_note, 1)
        self.statusBar().addPermanentWidget(self.status)
        self.autosaver = Autosaver(
            self.session, self.settings.recovery_folder(), self.settings.autosave_seconds, self
        )
        self.setAcceptDrops(True)
        self.session.findings_changed.connect(self._update_status)
        self.session.path_changed.connect(self._update_title)
        self.session.evidence_requested.connect(lambda _: self._raise_dock(self.sources_dock))
        self.files.opened.connect(lambda _: self._update_title())
        self.io.export_finished.connect(self._exported)
        self.io.open_project = self._open_project_file
        self.undo_filter = UndoShortcutFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.undo_filter)
        self.guide: GuideDialog | None = None
        self.update_undo_tips()
        self.fit_to_screen()
        self.restoreGeometry(self.settings.geometry)
        self.restoreState(self.settings.window_state)
        self.keep_on_screen()
        self.session.reset(self.session.project)
        self._update_title()

    def fit_to_screen(self) -> None:
        """A first size and dock widths taken from the screen's available area (any size, any DPI)."""
        area = self.screen().availableGeometry()
        width, height = min(1800, int(area.width() * 0.94)), min(1100, int(area.height() * 0.92))
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        sources = max(200, min(320, width // 6))
        inspector = max(self.inspector.minimumSizeHint().width(), min(420, width // 4))
        self.resizeDocks(
            [self.sources_dock, self.inspector_dock], [sources, inspector], Qt.Orientation.Horizontal
        )

    def keep_on_screen(self) -> None:
        """Bring a remembered window back onto this screen when it was saved on a larger or absent one."""
        area = self.screen().availableGeometry()
        frame = self.frameGeometry()
        if frame.width() > area.width() or frame.height() > area.height() or not area.intersects(frame):
            self.showNormal()
            self.fit_to_screen()

    def _build_centre(self) -> None:
        self.map = MapWidget(self.session, self)
        self.map.export_requested.connect(self.io.export_map.trigger)
        self.map.redrawn.connect(self._remember_map_filter)  # the exported map is the one shown
        self.tables = TableTabs(self.session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.map, self.tr("&Map"))
        self.tabs.setTabToolTip(0, self.tr("The data-flow map (Ctrl+1)"))
        for i, (title, tip, panel) in enumerate(self.tables.panels(), start=1):
            self.tabs.addTab(panel, title)
            self.tabs.setTabToolTip(i, f"{tip} (Ctrl+{i + 1})")
        self.setCentralWidget(self.tabs)

    def _remember_map_filter(self) -> None:
        self.io.map_filter = self.map.filters()
        self.io.map_options = self.map.draw_options()

    def _build_docks(self) -> None:
        self.sources = SourcesPanel(self.session, self)
        self.inspector = InspectorPanel(self.session, self.edits, self.language, self)
        self.sources_dock = self._dock(
            self.tr("Sources"), "sources_dock", self.sources, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspector_dock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _raise_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def _update_title(self) -> None:
        s = self.session
        where = f" — {s.register.location}" if s.register else f" — {s.path}" if s.path else ""
        suffix = self.tr(" (read-only)") if s.read_only else ""
        self.setWindowTitle(
            f"{project_title(s.project.name, self.language)}[*]{where}{suffix} — Transfer Atlas"
        )
        self.setWindowModified(s.modified)

    def _update_status(self) -> None:
        s = self.session
        counts = counts_by_severity(s.findings)
        parts = [
            self.tr("%n parties", "", len(s.project.active_parties())),
            self.tr("%n flows", "", len(s.project.active_flows())),
            self.tr("findings: {high} high, {medium} medium, {low} low").format(
                high=counts[Severity.HIGH], medium=counts[Severity.MEDIUM], low=counts[Severity.LOW]
            ),
            self.tr("as of {date}").format(date=s.as_of.isoformat()),
        ]
        if s.scenario.withdrawn:
            changes = "; ".join(scenario_words(s.scenario.labels, self.language))
            parts.append(self.tr("scenario: {changes}").format(changes=changes))
        if s.read_only:
            parts.append(self.tr("read-only"))
        self.status.setText("  ·  ".join(parts))
        self._update_title()

    # Opening what the user gives at start or drops on the window.
    def open_inputs(self, inputs: list[str]) -> None:
        """Open a project and/or import documents, as ``transfer-atlas gui PROJECT_OR_FILES`` asks."""
        registers = [p for p in inputs if is_register_url(p)]
        projects = [p for p in inputs if Path(p).suffix.lower() in PROJECT_SUFFIXES and Path(p).is_file()]
        documents = [p for p in inputs if p not in projects and p not in registers]
        if registers:
            self.team.connect_to(registers[0])
        elif projects:
            self.files.open_path(Path(projects[0]))
            documents += projects[1:]
        if documents:
            # Opening files at start (the samples, say) is not work the user did: nothing to save yet.
            fresh = not projects and not self.session.modified and not self.session.project.parties
            self.io.start_import(documents, clean=fresh)

    def _open_project_file(self, path: Path) -> None:
        if self.files.maybe_save():
            self.files.open_path(path)

    def _exported(self, path: str) -> None:
        """Say where the export went, with a button that opens its folder."""
        self.export_note.show_file(Path(path))

    def update_undo_tips(self, *_: object) -> None:
        """The Undo and Redo tooltips name the edit (the toolbar keeps the short words)."""
        stack, (undo, redo) = self.session.undo_stack, self.undo_actions
        undo.setToolTip(
            self.tr("Undo {edit} (Ctrl+Z)").format(edit=stack.undoText())
            if stack.canUndo()
            else self.tr("Nothing to undo")
        )
        redo.setToolTip(
            self.tr("Redo {edit} (Ctrl+Shift+Z)").format(edit=stack.redoText())
            if stack.canRedo()
            else self.tr("Nothing to redo")
        )

    def show_guide(self) -> None:
        """Help › Guide: the map and the rules, in a window beside this one."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        projects = [p for p in paths if Path(p).suffix.lower() == ".atlas"]
        if projects and self.files.maybe_save():
            self.files.open_path(Path(projects[0]))
        if documents := [p for p in paths if p not in projects]:
            self.io.start_import(documents)

    # Crash recovery.
    def offer_recovery(self) -> bool:
        """Offer work autosaved by an app that crashed; True when some was restored."""
        recoveries = pending_recoveries(self.autosaver.folder)
        if not recoveries:
            return False
        dialog = RecoveryDialog(recoveries, self)
        outcome = dialog.exec()
        if outcome == 2:
            for recovery in recoveries:
                discard(recovery)
            return False
        if outcome != RecoveryDialog.DialogCode.Accepted:
            return False
        chosen = dialog.chosen()
        try:
            project = restore(chosen)
        except ProjectFileError as err:
            QMessageBox.critical(self, self.tr("Cannot recover"), str(err))
            return False
        original = Path(chosen.original) if chosen.original else None
        access = self.files.locks.acquire(original) if original and original.exists() else "write"
        if access is None:  # the user would not share the project: keep the work as a new one
            original, access = None, "write"
        self.session.reset(project, original, read_only=access == "read-only")
        self.session.mark_modified()
        discard(chosen)
        self.autosaver.autosave()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.runner.busy:
            QMessageBox.information(
                self, "Transfer Atlas", self.tr("Wait for the running job to finish, or cancel it.")
            )
            event.ignore()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.save(self.store)
        self.autosaver.clear()
        self.files.locks.release()
        self.team.shutdown()
        event.accept()
