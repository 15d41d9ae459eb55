"""Importing notices and registers, and exporting the TIA workbook and the map, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import i18n
from desktop.edit_actions import make_action
from desktop.failures import FailuresDialog
from desktop.session import Session
from desktop.settings import AppSettings
from desktop.workers import JobRunner, Progress
from exports.flowmap_layout import MapFilter
from model.labels import project_title
from model.merge import Contribution, adopt_stand_in_controllers, merge
from model.project import Project
from model.store import ProjectFileError

if TYPE_CHECKING:
    from importers.base import Importer
    from importers.batch import BatchResult
    from model.team_audit import AuditEntry

# The readers (openpyxl, pypdf, the notice lexicons) and writers (matplotlib, openpyxl) load on the
# first import or export, not at start.

translate = QCoreApplication.translate


def import_filter() -> str:
    """The file dialog filter, derived from the importer registry."""
    from importers.registry import IMPORTERS, supported_extensions

    patterns = " ".join([*(f"*{ext}" for ext in supported_extensions()), "*.atlas"])
    everything = translate("ImportExport", "Notices and registers")
    lines = [f"{everything} ({patterns})"] if patterns else []
    lines += [f"{imp.name} ({' '.join(f'*{e}' for e in imp.extensions)})" for imp in IMPORTERS]
    lines.append(translate("ImportExport", "Transfer Atlas project") + " (*.atlas)")  # opened, not imported
    return ";;".join([*lines, translate("ImportExport", "All files") + " (*)"])


class ImportExport(QObject):
    """The File menu's import and export actions. ``import_finished`` carries the ``BatchResult``."""

    import_finished = Signal(object)
    export_finished = Signal(str)
    job_failed = Signal(str)

    def __init__(self, session: Session, settings: AppSettings, window: QWidget, runner: JobRunner) -> None:
        super().__init__(window)
        self.session, self.settings, self.window, self.runner = session, settings, window, runner
        self.failures = FailuresDialog(window)
        self.map_filter = MapFilter()
        self.map_options: dict[str, object] = {}  # language, country overview, flow labels
        self.open_project: Callable[[Path], None] | None = None  # set by the window
        self.import_files = make_action(
            self,
            self.tr("&Import notices or registers…"),
            self.tr("Read privacy notices, vendor registers or sub-processor lists"),
            "Ctrl+I",
        )
        self.import_folder = make_action(
            self,
            self.tr("Import &folder…"),
            self.tr("Import every supported file in a folder"),
            "Ctrl+Shift+I",
        )
        self.export_workbook = make_action(
            self,
            self.tr("Export TIA &workbook…"),
            self.tr("Write the transfer impact assessment workbook (.xlsx)"),
            "Ctrl+E",
        )
        self.export_map = make_action(
            self, self.tr("Export &map…"), self.tr("Save the map as PNG or SVG"), "Ctrl+Shift+E"
        )
        self.import_files.triggered.connect(self.choose_files)
        self.import_folder.triggered.connect(self.choose_folder)
        self.export_workbook.triggered.connect(self.choose_workbook)
        self.export_map.triggered.connect(self.choose_map)

    def choose_files(self) -> None:
        """Ask for files to import."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import notices or registers"),
            self.settings.last_import_dir,
            import_filter(),
        )
        if paths:
            self.settings.last_import_dir = str(Path(paths[0]).parent)
            self.start_import(paths)

    def choose_folder(self) -> None:
        """Ask for a folder to import."""
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import folder"), self.settings.last_import_dir
        )
        if folder:
            self.settings.last_import_dir = folder
            self.start_import([folder])

    def start_import(
        self, paths: Sequence[str], importers: Sequence[Importer] | None = None, *, clean: bool = False
    ) -> None:
        """Import ``paths`` (files or folders) in the background; the result is one undoable edit.

        ``importers`` replaces the registry (registers read with the user's column mapping). A
        project file among the paths is opened instead of imported. ``clean`` keeps the result from
        counting as unsaved work (files opened at start).
        """
        projects = [Path(p) for p in paths if Path(p).suffix.lower() == ".atlas" and Path(p).is_file()]
        if projects and self.open_project is not None:
            self.open_project(projects[0])
            paths = [p for p in paths if Path(p) not in projects]
            if not paths:
                return
        if self.session.read_only:
            QMessageBox.information(
                self.window, self.tr("Read-only"), self.tr("This project is open read-only.")
            )
            return
        from importers.batch import import_paths

        before = self.session.project
        paths = [str(p) for p in paths]
        self.runner.start(
            self.tr("Importing %n item(s)…", "", len(paths)),
            lambda progress: import_paths(paths, before, progress, importers),
            lambda result: self._imported(before, result, clean),
            self._failed,
        )

    def _imported(self, before: Project, result: BatchResult, clean: bool = False) -> None:
        project = result.project
        if self.session.project is not before:  # edited while importing: add what was read
            incoming = Contribution(result.project.documents, result.project.parties, result.project.flows)
            project = adopt_stand_in_controllers(merge(self.session.project, incoming).project)
        self.session.apply(project, self.tr("Import %n file(s)", "", len(result.read)))
        if clean and self.session.project is project:
            self.session.undo_stack.setClean()
        if result.failures:
            self.failures.show_failures(result.failures, len(result.read))
        self.import_finished.emit(result)

    def _failed(self, detail: str) -> None:
        QMessageBox.critical(self.window, "Transfer Atlas", self.tr("The job failed:") + f"\n\n{detail}")
        self.job_failed.emit(detail)

    def _title(self) -> str:
        """The project's name for a suggested file name ("Naamloos project" in a Dutch window)."""
        return project_title(self.session.project.name, i18n.language())

    def choose_workbook(self) -> None:
        """Ask where to write the TIA workbook, then write it in the background."""
        start = Path(self.settings.last_export_dir or ".") / f"{self._title()} TIA.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export TIA workbook"), str(start), self.tr("Excel workbook") + " (*.xlsx)"
        )
        if path:
            self.write_workbook(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def write_workbook(self, path: Path) -> None:
        """Write the TIA workbook for the current date and scenario to ``path``."""
        s = self.session
        project, findings = s.project, list(s.findings)
        options = {"as_of": s.as_of, "scenario": s.scenario, "reference": s.reference}
        language = i18n.language()  # the workbook speaks the window's language
        audit = self._audit_trail()

        from exports.report import build_report
        from exports.workbook import write_xlsx

        def work(progress: Progress) -> str:
            report = build_report(project, findings=findings, **options)  # type: ignore[arg-type]
            write_xlsx(report, path, progress, language=language, audit=audit)
            return str(path)

        self.settings.last_export_dir = str(path.parent)
        self.runner.start(self.tr("Writing the TIA workbook…"), work, self._exported, self._export_failed)

    def _audit_trail(self) -> list[AuditEntry] | None:
        """A team register's audit trail for the workbook's Change log (read here, on the window's
        connection, before the export runs in the background); None for a project file, or when
        it cannot be read, and the Change log then compares with the previous workbook."""
        register = self.session.register
        if register is None:
            return None
        try:
            return register.history()
        except ProjectFileError as err:
            QMessageBox.warning(
                self.window,
                self.tr("Change log"),
                self.tr(
                    "The audit trail could not be read; the Change log compares with the previous "
                    "workbook instead."
                )
                + "\n\n"
                + str(err),
            )
            return None

    def choose_map(self) -> None:
        """Ask where to save the map (PNG or SVG), then render it in the background."""
        start = Path(self.settings.last_export_dir or ".") / f"{self._title()} map.png"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export map"),
            str(start),
            self.tr("PNG image") + " (*.png);;" + self.tr("SVG drawing") + " (*.svg)",
        )
        if path:
            suffix = ".svg" if "svg" in chosen.lower() or path.lower().endswith(".svg") else ".png"
            self.write_map(Path(path if path.lower().endswith(suffix) else path + suffix))

    def write_map(self, path: Path) -> None:
        """Render the map as the window shows it (date, scenario, filters) to ``path``."""
        s = self.session
        fmt = "svg" if path.suffix.lower() == ".svg" else "png"
        options = {
            "findings": list(s.findings),
            "reference": s.reference,
            "as_of": s.as_of,
            "scenario": s.scenario,
            "filters": self.map_filter,
            "organisation": s.project.name,
            **self.map_options,
        }
        graph = s.graph
        from exports.flowmap import render_map
        from exports.targets import write_target

        def work(progress: Progress) -> str:
            progress(0, 1)
            write_target(path, lambda tmp: render_map(graph, tmp, fmt, **options))  # type: ignore[arg-type]
            return str(path)

        self.settings.last_export_dir = str(path.parent)
        self.runner.start(self.tr("Drawing the map…"), work, self._exported, self._export_failed)

    def _exported(self, path: str) -> None:
        self.export_finished.emit(path)

    def _export_failed(self, detail: str) -> None:
        QMessageBox.critical(self.window, self.tr("Export failed"), detail)
        self.job_failed.emit(detail)
