"""The inspector's flow page: data, special categories, tools, measures and the TIA, each undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.dates import OptionalDateEdit
from desktop.i18n import label
from desktop.item_dialogs import ItemListEditor, edit_measure, edit_tool, measure_text, tool_text
from desktop.session import Session
from desktop.widgets import EnumCombo
from model.flows import Flow, SpecialCategory, TiaConclusion, TiaStatus
from model.project import with_flow

# What an edit changed, named in the Undo menu ("Change purposes of a flow"); translated when shown.
CHANGED = (
    QT_TRANSLATE_NOOP("FlowEditor", "data"),
    QT_TRANSLATE_NOOP("FlowEditor", "purposes"),
    QT_TRANSLATE_NOOP("FlowEditor", "special categories"),
    QT_TRANSLATE_NOOP("FlowEditor", "EEA exit"),
    QT_TRANSLATE_NOOP("FlowEditor", "transfer tools"),
    QT_TRANSLATE_NOOP("FlowEditor", "supplementary measures"),
    QT_TRANSLATE_NOOP("FlowEditor", "TIA status"),
    QT_TRANSLATE_NOOP("FlowEditor", "TIA conclusion"),
    QT_TRANSLATE_NOOP("FlowEditor", "TIA review date"),
    QT_TRANSLATE_NOOP("FlowEditor", "notes"),
)


class FlowEditor(QWidget):
    """Edit one flow; every change is applied to the session as one undoable edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.flow: Flow | None = None
        self.route = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data = QLineEdit(toolTip=self.tr("Categories of personal data, separated by ';'"))
        self.purposes = QLineEdit(toolTip=self.tr("Purposes of the transfer, separated by ';'"))
        self.special = QListWidget(toolTip=self.tr("Special categories (Art. 9 and 10 GDPR) in this flow"))
        self.special.setMaximumHeight(110)
        for category in SpecialCategory:
            item = QListWidgetItem(label(category))
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.special.addItem(item)
        self.leaves = QCheckBox(self.tr("Stated to leave the EEA"))
        self.leaves.setToolTip(
            self.tr("A source says the data leaves the EEA (matters while the country is unknown)")
        )
        tool_tips = (
            self.tr("Double-click a transfer tool to edit it"),
            self.tr("Add a transfer tool"),
            self.tr("Edit the transfer tool"),
            self.tr("Remove the transfer tool"),
        )
        measure_tips = (
            self.tr("Double-click a supplementary measure to edit it"),
            self.tr("Add a supplementary measure"),
            self.tr("Edit the supplementary measure"),
            self.tr("Remove the supplementary measure"),
        )
        self.tools = ItemListEditor(tool_tips, tool_text, edit_tool)
        self.measures = ItemListEditor(measure_tips, measure_text, edit_measure)
        self.tia = EnumCombo(TiaStatus, self.tr("Where the transfer impact assessment stands"))
        self.conclusion = EnumCombo(TiaConclusion, self.tr("What the TIA concluded"))
        self.review = OptionalDateEdit(self.tr("When the TIA is next due for review"))
        self.notes = QLineEdit(toolTip=self.tr("Your notes on this flow"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fits a narrow dock
        for text, widget in (
            ("", self.route),
            (self.tr("&Data"), self.data),
            (self.tr("&Purposes"), self.purposes),
            (self.tr("&Special categories"), self.special),
            ("", self.leaves),
            (self.tr("Transfer &tools"), self.tools),
            (self.tr("Supplementary &measures"), self.measures),
            (self.tr("TI&A status"), self.tia),
            (self.tr("TIA &conclusion"), self.conclusion),
            (self.tr("TIA review &date"), self.review),
            (self.tr("No&tes"), self.notes),
        ):
            form.addRow(text, widget)
        self._connect()

    def _connect(self) -> None:
        self.data.editingFinished.connect(
            lambda: self._apply("data", data_categories=_split(self.data.text()))
        )
        self.purposes.editingFinished.connect(
            lambda: self._apply("purposes", purposes=_split(self.purposes.text()))
        )
        self.special.itemChanged.connect(
            lambda _: self._apply("special categories", special_categories=self._special())
        )
        self.leaves.clicked.connect(lambda on: self._apply("EEA exit", leaves_eea=on))
        self.tools.changed.connect(lambda items: self._apply("transfer tools", tools=items))
        self.measures.changed.connect(lambda items: self._apply("supplementary measures", measures=items))
        self.tia.activated.connect(lambda _: self._apply("TIA status", tia_status=self.tia.value()))
        self.conclusion.activated.connect(
            lambda _: self._apply("TIA conclusion", tia_conclusion=self.conclusion.value())
        )
        self.review.changed.connect(
            lambda: self._apply("TIA review date", tia_review_date=self.review.date())
        )
        self.notes.editingFinished.connect(lambda: self._apply("notes", notes=self.notes.text()))

    def _special(self) -> tuple[SpecialCategory, ...]:
        items = (self.special.item(i) for i in range(self.special.count()))
        return tuple(
            i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() is Qt.CheckState.Checked
        )

    def show_flow(self, flow: Flow) -> None:
        """Fill the fields from ``flow`` (without recording edits)."""
        self.flow = flow
        parties = self.session.project.parties_by_id()
        names = [parties[p].name if p in parties else p for p in (flow.exporter, flow.importer)]
        self.route.setText(f"<b>{names[0]}</b> → <b>{names[1]}</b>")
        widgets = [
            self.data,
            self.purposes,
            self.special,
            self.leaves,
            self.tia,
            self.conclusion,
            self.review,
            self.notes,
            self.tools,
            self.measures,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.data.setText("; ".join(flow.data_categories))
        self.purposes.setText("; ".join(flow.purposes))
        for i in range(self.special.count()):
            item = self.special.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in flow.special_categories
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.leaves.setChecked(flow.leaves_eea)
        self.tools.set_items(flow.tools)
        self.measures.set_items(flow.measures)
        self.tia.set_value(flow.tia_status)
        self.conclusion.set_value(flow.tia_conclusion)
        self.review.set_date(flow.tia_review_date)
        self.notes.setText(flow.notes)
        for w in widgets:
            w.blockSignals(False)
        self.setEnabled(not self.session.read_only)

    def _apply(self, what: str, **changes: object) -> None:
        if self.flow is None:
            return
        flow = replace(self.flow, **changes)  # type: ignore[arg-type]
        if flow != self.flow:
            self.flow = flow
            text = self.tr("Change {what} of a flow").format(
                what=QCoreApplication.translate("FlowEditor", what)
            )
            self.session.apply(with_flow(self.session.project, flow), text)


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(";") if part.strip()))
