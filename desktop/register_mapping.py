"""Importing a register whose headers are not recognised: preview it, map its columns, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.edit_actions import make_action
from desktop.import_export import ImportExport
from importers.base import ImportFailure

if TYPE_CHECKING:
    from desktop.mapping_dialog import MappingDialog


def register_filter() -> str:
    """The file dialog filter for registers."""
    registers = QCoreApplication.translate("RegisterMapping", "Registers and sub-processor lists")
    every = QCoreApplication.translate("RegisterMapping", "All files")
    return f"{registers} (*.xlsx *.xlsm *.csv *.tsv);;{every} (*)"


class RegisterMapping(QObject):
    """The File menu's "Import register with column mapping…", also offered from the failures panel."""

    def __init__(self, io: ImportExport, window: QWidget) -> None:
        super().__init__(window)
        self.io, self.window = io, window
        self.action = make_action(
            self,
            self.tr("Import register with column &mapping…"),
            self.tr("Say what each column of a register holds, then import it"),
            "Ctrl+Shift+M",
        )
        self.action.triggered.connect(self.choose)
        io.failures.map_requested.connect(self.map_and_import)

    def choose(self) -> None:
        """Ask for a register, then map and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import register with column mapping"),
            self.io.settings.last_import_dir,
            register_filter(),
        )
        if path:
            self.io.settings.last_import_dir = str(Path(path).parent)
            self.map_and_import(path)

    def map_and_import(self, path: str) -> None:
        """Show the mapping dialog for ``path`` and import it with the columns as the user mapped them."""
        dialog = self.dialog_for(path)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from importers.registers import RegisterOptions, with_options
        from importers.registry import IMPORTERS

        options = RegisterOptions(mapping=dialog.mapping())
        self.io.start_import([path], with_options(IMPORTERS, options))

    def dialog_for(self, path: str) -> MappingDialog | None:
        """The mapping dialog on the register's preview (None when the file cannot be read at all)."""
        from desktop.mapping_dialog import MappingDialog
        from importers.registers import preview

        try:
            previews = preview(Path(path))
        except ImportFailure as failure:
            self.io.failures.show_failures((failure,), 0)
            return None
        return MappingDialog(previews, Path(path).name, self.window)
