"""Editing a flow's lists: transfer tools and supplementary measures, each through a small dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dates import OptionalDateEdit
from desktop.i18n import article, label
from desktop.widgets import EnumCombo
from model.flows import MeasureKind, MeasureStatus, SupplementaryMeasure, ToolFamily, ToolKind, TransferTool

translate = QCoreApplication.translate

_FAMILY_ORDER = (
    ToolFamily.ADEQUACY,
    ToolFamily.ART46,
    ToolFamily.ART49,
    ToolFamily.UNSPECIFIED,
    ToolFamily.INVALID,
)


def tool_text(tool: TransferTool) -> str:
    """A transfer tool in one line: label, reference and date."""
    parts = [label(tool.kind), tool.reference, tool.date.isoformat() if tool.date else ""]
    return " — ".join(p for p in parts if p)


def measure_text(measure: SupplementaryMeasure) -> str:
    """A supplementary measure in one line."""
    return f"{label(measure.kind)}: {measure.description} ({label(measure.status)})"


def _dialog(parent: QWidget | None, title: str, rows: list[tuple[str, QWidget]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    for text, widget in rows:
        form.addRow(text, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog


def edit_tool(parent: QWidget | None, tool: TransferTool | None) -> TransferTool | None:
    """Ask for a transfer tool (a new one when ``tool`` is None); None when cancelled."""
    kind = QComboBox(toolTip=translate("ItemDialogs", "The Chapter V instrument the flow relies on"))
    for family in _FAMILY_ORDER:
        for member in ToolKind:
            if member.info.family is family:
                kind.addItem(f"{label(member)} — {article(member.info.article)}", member.value)
    reference = QLineEdit(
        toolTip=translate(
            "ItemDialogs", "The contract, decision or register entry, e.g. 'DPA 2023-114, Annex III'"
        )
    )
    date = OptionalDateEdit(translate("ItemDialogs", "When the tool was signed or took effect"))
    if tool is not None:
        kind.setCurrentIndex(kind.findData(tool.kind.value))
        reference.setText(tool.reference)
        date.set_date(tool.date)
    rows: list[tuple[str, QWidget]] = [
        (translate("ItemDialogs", "&Tool"), kind),
        (translate("ItemDialogs", "&Reference"), reference),
        (translate("ItemDialogs", "&Date"), date),
    ]
    dialog = _dialog(parent, translate("ItemDialogs", "Transfer tool"), rows)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return TransferTool(ToolKind(kind.currentData()), reference.text().strip(), date.date())


def edit_measure(parent: QWidget | None, measure: SupplementaryMeasure | None) -> SupplementaryMeasure | None:
    """Ask for a supplementary measure (a new one when ``measure`` is None); None when cancelled."""
    kind = EnumCombo(
        MeasureKind,
        translate("ItemDialogs", "Technical, contractual or organisational (EDPB Recommendations 01/2020)"),
    )
    description = QLineEdit(
        toolTip=translate("ItemDialogs", "What the measure is, e.g. 'encryption with keys held in the EEA'")
    )
    status = EnumCombo(MeasureStatus, translate("ItemDialogs", "Whether the measure is in place"))
    if measure is not None:
        kind.set_value(measure.kind)
        description.setText(measure.description)
        status.set_value(measure.status)
    rows: list[tuple[str, QWidget]] = [
        (translate("ItemDialogs", "&Kind"), kind),
        (translate("ItemDialogs", "&Description"), description),
        (translate("ItemDialogs", "&Status"), status),
    ]
    if (
        _dialog(parent, translate("ItemDialogs", "Supplementary measure"), rows).exec()
        != QDialog.DialogCode.Accepted
    ):
        return None
    if not description.text().strip():
        return None
    return SupplementaryMeasure(kind.value(), description.text().strip(), status.value())


class ItemListEditor(QWidget):
    """A list with Add, Edit and Remove; ``changed`` carries the new tuple of items.

    ``tips`` are the tooltips of the list and of the Add, Edit and Remove buttons, in the user's language.
    """

    changed = Signal(tuple)

    def __init__(
        self,
        tips: tuple[str, str, str, str],
        describe: Callable[[Any], str],
        edit: Callable[[QWidget, Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items: tuple[Any, ...] = ()
        self._describe, self._edit = describe, edit
        self.list = QListWidget(toolTip=tips[0])
        self.list.setMaximumHeight(90)
        self.list.itemDoubleClicked.connect(lambda _: self._change())
        buttons = QVBoxLayout()
        for text, tip, slot in (
            (self.tr("Add…"), tips[1], self._add),
            (self.tr("Edit…"), tips[2], self._change),
            (self.tr("Remove"), tips[3], self._remove),
        ):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_items(self, items: tuple[Any, ...]) -> None:
        """Show ``items``."""
        self.items = tuple(items)
        self.list.clear()
        self.list.addItems([self._describe(i) for i in self.items])

    def _add(self) -> None:
        item = self._edit(self, None)
        if item is not None:
            self.changed.emit((*self.items, item))

    def _change(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            item = self._edit(self, self.items[row])
            if item is not None and item != self.items[row]:
                self.changed.emit(tuple(item if i == row else x for i, x in enumerate(self.items)))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.changed.emit(tuple(x for i, x in enumerate(self.items) if i != row))
