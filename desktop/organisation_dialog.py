"""Edit > Organisation…: the name and country of the organisation the project is about."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.i18n import language
from desktop.session import Session
from desktop.widgets import CountryCombo
from model.organisation import with_organisation
from model.project import DEFAULT_NAME


class OrganisationDialog(QDialog):
    """Name and country of the organisation; its own controller parties take the country."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation"))
        self.session = session
        project = session.project
        self.name = QLineEdit(project.name if project.name != DEFAULT_NAME else "")
        self.name.setPlaceholderText(self.tr("The organisation's legal name, e.g. Acme Verzekeringen N.V."))
        self.name.setToolTip(self.tr("Shown on the map, in the workbook's headers and on its Summary"))
        self.country = CountryCombo(language())
        self.country.setToolTip(
            self.tr("Where the organisation is established; its own parties take this country")
        )
        self.country.set_code(project.country)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Country"), self.country)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Apply the name and country as one undoable edit."""
        located = replace(self.session.project, country=self.country.code())  # "Unknown" clears it
        changed = with_organisation(located, name=self.name.text())
        self.session.apply(changed, self.tr("Edit organisation"))
        super().accept()
