"""One panel listing every file (and row) an import could not use, instead of a cascade of boxes."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.models import Column, RowTableModel
from importers.base import ImportFailure

FAILURE_COLUMNS: list[Column[ImportFailure]] = [
    Column("File", lambda f: f.path),
    Column("Row", lambda f: f.row or ""),
    Column("Problem", lambda f: f.reason),
]


class FailuresDialog(QDialog):
    """A non-modal list of import failures; each new batch replaces the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Files that could not be imported")
        self.resize(760, 320)
        self.summary = QLabel(wordWrap=True)
        self.model: RowTableModel[ImportFailure] = RowTableModel(FAILURE_COLUMNS, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip("Copy the list to the clipboard")
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_failures(self, failures: tuple[ImportFailure, ...], read: int) -> None:
        """List ``failures`` (the other ``read`` files were imported)."""
        self.model.set_rows(failures)
        self.view.resizeColumnsToContents()
        self.summary.setText(
            f"{len(failures)} problem(s). The other {read} file(s) were imported; "
            "fix these files and import them again."
        )
        self.show()
        self.raise_()

    def copy(self) -> None:
        """Put the failures on the clipboard as lines of text."""
        QGuiApplication.clipboard().setText("\n".join(str(f) for f in self.model.rows))
