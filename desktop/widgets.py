"""Small widgets the inspector, dialogs and window share: country, enum and tristate pickers, and the
note an export leaves in the status bar. (Dates are typed in ``desktop.dates``.)"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.i18n import label
from model.countries import country_choices
from model.parties import Tristate

E = TypeVar("E", bound=StrEnum)


def compact(combo: QComboBox) -> QComboBox:
    """Let a combo box shrink to its panel instead of widening it to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class CountryCombo(QComboBox):
    """Pick a country by its localised name (type to search), or "unknown"."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(label("unknown"), None)
        for code, name in country_choices(language):
            self.addItem(f"{name} ({code})", code)
        self.addItem(self.tr("European Patent Organisation (EPO)"), "EPO")
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setToolTip(self.tr("The country where the party receives or processes the data"))
        compact(self)

    def code(self) -> str | None:
        """The chosen ISO code (None for unknown or text that names no country)."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else self.currentData()

    def set_code(self, code: str | None) -> None:
        """Show ``code`` (adding it when the list does not have it)."""
        index = self.findData(code)
        if index < 0:
            self.addItem(code or label("unknown"), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class EnumCombo(QComboBox, Generic[E]):
    """A drop-down over the members of a StrEnum."""

    def __init__(self, members: Iterable[E], tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[E] = list(members)
        for member in self.members:
            self.addItem(label(member), member.value)
        self.setToolTip(tooltip)
        compact(self)

    def value(self) -> E:
        """The chosen member (Qt keeps only the text of a StrEnum, so look the member up)."""
        return self.members[max(0, self.currentIndex())]

    def set_value(self, member: E) -> None:
        """Show ``member``."""
        self.setCurrentIndex(max(0, self.findData(member.value)))


class TristateCombo(EnumCombo[Tristate]):
    """Yes / no / unknown."""

    def __init__(self, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__((Tristate.UNKNOWN, Tristate.YES, Tristate.NO), tooltip, parent)


class ExportNote(QWidget):
    """A status-bar note after an export: where the file went, and a button to open its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.open_folder = QToolButton(text=self.tr("Open folder"))
        self.open_folder.setToolTip(self.tr("Open the folder the file was written to"))
        self.open_folder.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.open_folder)
        layout.addStretch(1)
        self.folder: Path | None = None
        self.open_folder.clicked.connect(self._open)
        self.timer = QTimer(self, singleShot=True, interval=30_000, timeout=self.hide)
        self.hide()

    def show_file(self, path: Path) -> None:
        """Say that ``path`` was written, for half a minute."""
        self.folder = path.parent
        self.text.setText(self.tr("Exported {file}").format(file=path.name))
        self.text.setToolTip(str(path))
        self.show()
        self.timer.start()

    def _open(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
