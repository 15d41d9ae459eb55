"""One panel listing every file (and row) an import could not use, instead of a cascade of boxes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.models import Column, RowTableModel
from importers.base import ImportFailure


def _mappable(failure: ImportFailure | None) -> bool:
    """Whether the failure is a register whose columns the user can map (read lazily: the register
    readers load openpyxl, which the app does not need to start)."""
    from importers.registers import UnrecognisedRegister

    return isinstance(failure, UnrecognisedRegister)


FAILURE_COLUMNS: list[Column[ImportFailure]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda f: f.path),
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda f: f.row or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda f: f.reason),
]


class FailuresDialog(QDialog):
    """A non-modal list of import failures; each new batch replaces the list.

    A register whose headers were not recognised can be sent to the column mapping from here
    (``map_requested`` carries its path).
    """

    map_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files that could not be imported"))
        self.resize(760, 320)
        self.summary = QLabel(wordWrap=True)
        self.model: RowTableModel[ImportFailure] = RowTableModel(FAILURE_COLUMNS, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the list to the clipboard"))
        copy.clicked.connect(self.copy)
        self.map_button = buttons.addButton(self.tr("&Map columns…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.map_button.setToolTip(
            self.tr("Say what the selected register's columns hold, then import it again")
        )
        self.map_button.clicked.connect(self._map_selected)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.selectionModel().selectionChanged.connect(self._update_map_button)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_failures(self, failures: tuple[ImportFailure, ...], read: int) -> None:
        """List ``failures`` (the other ``read`` files were imported)."""
        self.model.set_rows(failures)
        self.view.resizeColumnsToContents()
        mappable = [i for i, f in enumerate(failures) if _mappable(f)]
        if mappable:
            self.view.selectRow(mappable[0])
        self._update_map_button()
        self.summary.setText(
            self.tr("%n problem(s).", "", len(failures))
            + " "
            + self.tr("The other %n file(s) were imported; fix these files and import them again.", "", read)
        )
        self.show()
        self.raise_()

    def selected_failure(self) -> ImportFailure | None:
        """The failure selected in the list."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_map_button(self) -> None:
        self.map_button.setEnabled(_mappable(self.selected_failure()))

    def _map_selected(self) -> None:
        failure = self.selected_failure()
        if failure is not None and _mappable(failure):
            self.hide()
            self.map_requested.emit(failure.path)

    def copy(self) -> None:
        """Put the failures on the clipboard as lines of text."""
        QGuiApplication.clipboard().setText("\n".join(str(f) for f in self.model.rows))
