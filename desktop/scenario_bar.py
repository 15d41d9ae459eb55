"""The toolbar's assessment controls: the as-of date and the what-if scenario."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMenu, QToolBar, QToolButton, QWidget

from desktop.i18n import language
from desktop.session import Session
from model.countries import country_name
from model.labels import group_labels
from model.reference import DestinationStatus
from model.scenarios import build_scenario


class ScenarioBar(QToolBar):
    """As-of date, a scenario preset, and any adequacy decision to treat as withdrawn."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment"))
        self.setObjectName("assessment_toolbar")
        self.session = session
        self.as_of = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.as_of.setDate(QDate(session.as_of.year, session.as_of.month, session.as_of.day))
        self.as_of.setToolTip(self.tr("Assess the transfers as the law stands on this date"))
        self.as_of.dateChanged.connect(lambda d: session.set_as_of(d.toPython()))
        self.preset = QComboBox()
        self.preset.setToolTip(self.tr("A what-if: compare the findings with today's law"))
        self.preset.addItem(self.tr("Current law"), None)
        words = group_labels("scenario", language())
        for name, preset in sorted(session.reference.scenarios.items()):
            self.preset.addItem(words.get(name, preset.label), name)
            self.preset.setItemData(self.preset.count() - 1, preset.note, 3)  # Qt.ToolTipRole
        self.preset.currentIndexChanged.connect(self.apply)
        self.withdraw = QToolButton(text=self.tr("Withdraw adequacy") + " ▾")
        self.withdraw.setToolTip(self.tr("Treat any adequacy decision as withdrawn"))
        self.withdraw.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.withdraw.setMenu(self._withdraw_menu())
        self.addWidget(QLabel(" " + self.tr("As of") + " "))
        self.addWidget(self.as_of)
        self.addWidget(QLabel("  " + self.tr("Scenario") + " "))
        self.addWidget(self.preset)
        self.addWidget(self.withdraw)

    def _withdraw_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        decisions = [
            j for j in self.session.reference.jurisdictions.values() if j.status is not DestinationStatus.EEA
        ]
        for j in sorted(decisions, key=lambda j: country_name(j.code, language())):
            action = menu.addAction(f"{country_name(j.code, language())} ({j.code})")
            action.setCheckable(True)
            action.setData(j.code)
            action.setToolTip(j.decision)
            action.toggled.connect(self.apply)
        return menu

    def withdrawn_codes(self) -> list[str]:
        """The countries whose decision is ticked as withdrawn."""
        return [a.data() for a in self.withdraw.menu().actions() if a.isChecked()]

    def apply(self) -> None:
        """Give the session the scenario the controls describe."""
        preset = self.preset.currentData()
        codes = self.withdrawn_codes()
        self.session.set_scenario(build_scenario(self.session.reference, [preset] if preset else [], codes))
        count = f" ({len(codes)})" if codes else ""
        self.withdraw.setText(self.tr("Withdraw adequacy") + count + " ▾")

    def choose_preset(self, name: str | None) -> None:
        """Select a preset by name (None: current law)."""
        self.preset.setCurrentIndex(max(0, self.preset.findData(name)))
