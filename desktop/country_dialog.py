"""Edit > Set country…: one country for every selected party at once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.widgets import CountryCombo


@dataclass(frozen=True, slots=True)
class CountryChoice:
    """The country the user chose (None: make it unknown again)."""

    code: str | None


class CountryDialog(QDialog):
    """Asks for the country of ``count`` parties; the choice counts as confirmed by the user."""

    def __init__(
        self, count: int, current: str | None, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set country"))
        self.setMinimumWidth(440)
        self.country = CountryCombo(language)
        self.country.set_code(current)
        intro = QLabel(
            self.tr(
                "The country where the {0} selected parties receive or process the data. It is recorded as "
                "confirmed by you, replacing what documents or the catalogue suggested."
            ).format(count),
            wordWrap=True,
        )
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("C&ountry"), self.country)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_country(
    parent: QWidget | None, count: int, current: str | None, language: str = "en"
) -> CountryChoice | None:
    """The country chosen for ``count`` parties, or None when cancelled."""
    dialog = CountryDialog(count, current, language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return CountryChoice(dialog.country.code())
