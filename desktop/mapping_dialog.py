"""The column mapping dialog: say what a register's columns hold when the headers are not recognised.

Shows the first rows of the chosen sheet and, per column, a drop-down of what it holds (as the
importer reads it now, or "not read"). ``mapping()`` returns (header, field) pairs for
``importers.registers.RegisterOptions``; the same pairs the command line takes as ``--map``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from importers.registers import Field, SheetPreview

# What each field is called in the drop-downs; translated when shown.
FIELD_LABELS: dict[Field, str] = {
    Field.NAME: QT_TRANSLATE_NOOP("MappingDialog", "Vendor / recipient name"),
    Field.PROCESSOR: QT_TRANSLATE_NOOP("MappingDialog", "Processor (whose sub-processor)"),
    Field.SUBPROCESSOR: QT_TRANSLATE_NOOP("MappingDialog", "Sub-processor(s)"),
    Field.CONTROLLER: QT_TRANSLATE_NOOP("MappingDialog", "Controller (group company)"),
    Field.COUNTRY: QT_TRANSLATE_NOOP("MappingDialog", "Country of establishment"),
    Field.LOCATION: QT_TRANSLATE_NOOP("MappingDialog", "Data location / hosting country"),
    Field.ROLE: QT_TRANSLATE_NOOP("MappingDialog", "Role"),
    Field.SERVICE: QT_TRANSLATE_NOOP("MappingDialog", "Service"),
    Field.PURPOSE: QT_TRANSLATE_NOOP("MappingDialog", "Purpose"),
    Field.DATA_CATEGORIES: QT_TRANSLATE_NOOP("MappingDialog", "Data categories"),
    Field.SPECIAL_CATEGORIES: QT_TRANSLATE_NOOP("MappingDialog", "Special categories"),
    Field.DATA_SUBJECTS: QT_TRANSLATE_NOOP("MappingDialog", "Data subjects"),
    Field.DPA: QT_TRANSLATE_NOOP("MappingDialog", "Data processing agreement (yes/no/date)"),
    Field.CONTRACT_REFERENCE: QT_TRANSLATE_NOOP("MappingDialog", "Contract reference"),
    Field.SCC: QT_TRANSLATE_NOOP("MappingDialog", "SCCs signed (yes/no/date)"),
    Field.SCC_MODULE: QT_TRANSLATE_NOOP("MappingDialog", "SCC module"),
    Field.DPF: QT_TRANSLATE_NOOP("MappingDialog", "DPF certified (yes/no)"),
    Field.BCR: QT_TRANSLATE_NOOP("MappingDialog", "BCRs (yes/no)"),
    Field.MECHANISM: QT_TRANSLATE_NOOP("MappingDialog", "Transfer mechanism"),
    Field.OUTSIDE_EEA: QT_TRANSLATE_NOOP("MappingDialog", "Transfer outside the EEA (yes/no)"),
    Field.REVIEW_DATE: QT_TRANSLATE_NOOP("MappingDialog", "Review date"),
    Field.TIA_STATUS: QT_TRANSLATE_NOOP("MappingDialog", "TIA status"),
    Field.NOTES: QT_TRANSLATE_NOOP("MappingDialog", "Notes"),
}
NOT_READ = QT_TRANSLATE_NOOP("MappingDialog", "(not read)")


class MappingDialog(QDialog):
    """Choose, per column of a register's sheet, what it holds; a preview shows the first rows."""

    def __init__(
        self, previews: Sequence[SheetPreview], file_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Map the columns of {file}").format(file=file_name)
            if file_name
            else self.tr("Map the register's columns")
        )
        self._previews = list(previews)
        self._choices: dict[str, Field] = {}  # header -> field, across sheets
        self._combos: list[tuple[str, QComboBox]] = []
        self.sheet = QComboBox(self)
        self.sheet.setToolTip(
            self.tr("The sheet to map; a header mapped on one sheet is read the same on every sheet")
        )
        for p in self._previews:
            self.sheet.addItem(p.sheet or file_name or self.tr("CSV file"))
        self.table = QTableView(self)
        self.table.setToolTip(self.tr("The first rows of the sheet, below its header row"))
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.columns = QWidget(self)
        self.grid = QGridLayout(self.columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Say what each column holds. A vendor (or sub-processor) name and one more "
                    "column are needed."
                ),
                self,
            )
        )
        layout.addWidget(self.sheet)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        self.sheet.currentIndexChanged.connect(self._show)
        self._show(0)

    def mapping(self) -> tuple[tuple[str, Field], ...]:
        """The user's choices as (header, field) pairs; ``Field.IGNORE`` for columns not to read."""
        self._remember()
        return tuple(sorted(self._choices.items()))

    def set_field(self, column: int, field: Field | None) -> None:
        """Choose ``field`` for column ``column`` of the sheet shown (None: not read)."""
        combo = self._combos[column][1]
        combo.setCurrentIndex(max(0, combo.findData(field.value if field else Field.IGNORE.value)))

    def _show(self, index: int) -> None:
        self._remember()
        preview = self._previews[index] if self._previews else None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._combos = []
        if preview is None:
            return
        for column, (header, field) in enumerate(zip(preview.headers, preview.fields, strict=True)):
            shown = header or self.tr("(column {number}, no header)").format(number=column + 1)
            combo = self._combo(self._choices.get(header, field))
            combo.setToolTip(self.tr("What the column “{column}” holds").format(column=shown))
            self.grid.addWidget(QLabel(shown, self.columns), column, 0)
            self.grid.addWidget(combo, column, 1)
            combo.currentIndexChanged.connect(self._refresh_headers)
            self._combos.append((header, combo))
        self._fill_table(preview)

    def _combo(self, field: Field | None) -> QComboBox:
        combo = QComboBox(self.columns)
        combo.addItem(self.tr(NOT_READ), Field.IGNORE.value)
        for member, text in FIELD_LABELS.items():
            combo.addItem(self.tr(text), member.value)
        combo.setCurrentIndex(max(0, combo.findData(field.value if field else Field.IGNORE.value)))
        return combo

    def _fill_table(self, preview: SheetPreview) -> None:
        self.model.clear()
        self.model.setColumnCount(len(preview.headers))
        for row in preview.rows:
            self.model.appendRow([_cell(value) for value in row])
        self._refresh_headers()

    def _refresh_headers(self) -> None:
        for column, (header, combo) in enumerate(self._combos):
            chosen = combo.currentText() if combo.currentData() != Field.IGNORE.value else self.tr(NOT_READ)
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, f"{header}\n→ {chosen}")

    def _remember(self) -> None:
        for header, combo in self._combos:
            if header:
                self._choices[header] = Field(combo.currentData())


def _cell(value: str) -> QStandardItem:
    item = QStandardItem(value)
    item.setEditable(False)
    return item
