"""A date typed as people type them, with a calendar beside it, or left empty (unknown).

"2026-03-01", "1-3-2026", "1.3.2026", "1/3/26", "20260301" and "1 March 2026" (also in Dutch,
German and French) all read as the 1st of March 2026; days come before months, as in Europe.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januari", "januar", "janvier", "jänner"),
            ("feb", "february", "februari", "februar", "février", "fevrier"),
            ("mar", "march", "maart", "mrt", "märz", "maerz", "mars"),
            ("apr", "april", "avril"),
            ("may", "mei", "mai"),
            ("jun", "june", "juni", "juin"),
            ("jul", "july", "juli", "juillet"),
            ("aug", "august", "augustus", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "okt", "oktober", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "dez", "dezember", "décembre", "decembre"),
        ),
        start=1,
    )
    for name in names
}


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` names; None for empty text; ValueError for text that is no date."""
    text = text.strip().lower().rstrip(".")
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    parts = [p for p in re.split(r"[\s./\-,]+", text) if p]
    if len(parts) == 3 and len(parts[0]) == 4 and parts[0].isdigit():
        year, month, day = parts
    elif len(parts) == 3:
        day, month, year = parts
    else:
        raise ValueError(f"not a date: {text!r}")
    number = int(month) if month.isdigit() else _MONTHS.get(month)
    if number is None or not day.isdigit() or not year.isdigit():
        raise ValueError(f"not a date: {text!r}")
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    return dt.date(full_year, number, int(day))


class OptionalDateEdit(QWidget):
    """A date that may be absent: type it freely, or pick it from the calendar; empty is no date."""

    changed = Signal()

    def __init__(self, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText=self.tr("YYYY-MM-DD or 1-3-2026"))
        self.edit.setToolTip(
            tooltip + "\n" + self.tr("Type a date (2026-03-01, 1-3-2026, 1 March 2026) or leave it empty")
        )
        self.edit.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.pick = QToolButton(text="…", toolTip=self.tr("Pick the date from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        self._value: dt.date | None = None
        self.edit.editingFinished.connect(self._typed)
        self.calendar.clicked.connect(self._picked)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        """The date, or None when not set."""
        return self._value

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (None clears it)."""
        self._value = value
        self.edit.setText(value.isoformat() if value else "")
        self.edit.setStyleSheet("")
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _typed(self) -> None:
        try:
            value = parse_date(self.edit.text())
        except ValueError:
            self.edit.setStyleSheet("color: #b71c1c")
            self.edit.setToolTip(self.tr("Not a date: type e.g. 2026-03-01, 1-3-2026 or 1 March 2026"))
            return
        if value != self._value:
            self.set_date(value)
            self.changed.emit()
        else:
            self.set_date(value)

    def _picked(self, day: QDate) -> None:
        self.pick.menu().hide()
        value = day.toPython()
        if value != self._value:
            self.set_date(value)  # type: ignore[arg-type]
            self.changed.emit()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
