"""Small editing widgets the inspector and dialogs share: country, enum, tristate and date pickers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QWidget

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
        self.addItem("European Patent Organisation (EPO)", "EPO")
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setToolTip("The country where the party receives or processes the data")
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


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box to set it and a calendar date edit."""

    changed = Signal()

    def __init__(self, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.enabled.setToolTip("Set a date")
        self.edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(lambda _: self.changed.emit())
        self.edit.editingFinished.connect(self.changed)
        self.setFocusProxy(self.enabled)

    def date(self) -> dt.date | None:
        """The date, or None when not set."""
        return self.edit.date().toPython() if self.enabled.isChecked() else None  # type: ignore[no-any-return]

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (None clears it)."""
        self.blockSignals(True)
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.blockSignals(False)
