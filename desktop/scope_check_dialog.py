"""Recording the user's check of the EU-US Data Privacy Framework List for one party."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.dates import OptionalDateEdit
from model.parties import SCOPE_CHECK_VALID_DAYS, Party, ScopeAttribute, ScopeCheck, Tristate

DPF_LIST_URL = "https://www.dataprivacyframework.gov/list"


class ScopeCheckDialog(QDialog):
    """Asks what the user saw on the DPF List for ``party``: listed or not, the day, who, a note."""

    def __init__(self, party: Party, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DPF List check: {0}").format(party.name))
        self.setMinimumWidth(440)
        previous = party.scope_check(ScopeAttribute.DPF_CERTIFIED)
        self.answer = QComboBox()
        self.answer.addItem(self.tr("Listed (active participant)"), Tristate.YES)
        self.answer.addItem(self.tr("Not listed (or inactive)"), Tristate.NO)
        self.checked_on = OptionalDateEdit(self.tr("The day you looked it up"))
        self.checked_on.set_date(dt.date.today())
        self.checked_by = QLineEdit(previous.checked_by if previous else "")
        self.note = QLineEdit(previous.note if previous else "")
        self.note.setPlaceholderText(self.tr("the listing's web address, or what you saw"))
        if previous is not None:
            self.answer.setCurrentIndex(self.answer.findData(previous.value))
        intro = QLabel(
            self.tr(
                "Look {0} up on the Data Privacy Framework List ({1}) and record what you saw. "
                "A check counts for {2} days; after that the findings ask for it again."
            ).format(party.name, DPF_LIST_URL, SCOPE_CHECK_VALID_DAYS),
            wordWrap=True,
        )
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b71c1c")
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Result"), self.answer)
        form.addRow(self.tr("Checked &on"), self.checked_on)
        form.addRow(self.tr("Checked &by"), self.checked_by)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> ScopeCheck | None:
        """The check as entered, or None while the date is missing or in the future."""
        day = self.checked_on.date()
        if day is None or day > dt.date.today():
            return None
        value = self.answer.currentData()
        return ScopeCheck(
            ScopeAttribute.DPF_CERTIFIED,
            Tristate(value),
            day,
            self.checked_by.text().strip(),
            self.note.text().strip(),
        )

    def _accept(self) -> None:
        if self.check() is None:
            self.problem.setText(self.tr("Give the day you checked the list (not a future day)."))
            return
        self.accept()
