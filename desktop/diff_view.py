"""The notice diff view: what changed between two versions of a notice, beside both texts.

A table lists the changes (those concerning transfers first, marked so a DPO sees which TIAs to
redo); selecting one highlights its sentences in the old and the new text. The view only shows
an ``importers.notices_diff.NoticeDiff``; computing it is ``diff_notices``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import ROW_ROLE, Column, RowTableModel
from importers.notices.types import NoticeExtraction, Span
from importers.notices_diff import ChangeKind, NoticeChange, NoticeDiff

translate = QCoreApplication.translate
_SIGNS = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("NoticeDiffView", "added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("NoticeDiffView", "removed"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("NoticeDiffView", "changed"),
}
REDO_TIA = QT_TRANSLATE_NOOP("NoticeDiffView", "redo TIA")
_COLOURS = {ChangeKind.ADDED: "#1b7a32", ChangeKind.REMOVED: "#b3261e", ChangeKind.CHANGED: "#8a5a00"}
OLD_HIGHLIGHT, NEW_HIGHLIGHT = QColor("#f9d6d3"), QColor("#d2f0d9")

COLUMNS: list[Column[NoticeChange]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Transfers"),
        lambda c: translate("NoticeDiffView", REDO_TIA) if c.affects_transfers else "",
        sort=lambda c: not c.affects_transfers,
        tooltip=lambda c: (
            translate("NoticeDiffView", "This change concerns transfers outside the EEA")
            if c.affects_transfers
            else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Change"),
        lambda c: translate("NoticeDiffView", _SIGNS[c.kind]),
        colour=lambda c: _COLOURS[c.kind],
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "About"), lambda c: c.aspect.value.replace("_", " ")),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda c: c.subject),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Before → after"),
        lambda c: f"{c.before} → {c.after}" if c.kind is ChangeKind.CHANGED else "",
    ),
]


class NoticeDiffView(QWidget):
    """Shows a ``NoticeDiff``: the changes in a table, the two versions' texts side by side."""

    change_selected = Signal(object)  # the NoticeChange the user selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.only_transfers = QCheckBox(self.tr("Only changes concerning transfers"), self)
        self.only_transfers.setToolTip(
            self.tr("Show only the changes that call for a new transfer impact assessment")
        )
        self.model: RowTableModel[NoticeChange] = RowTableModel(COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.old_text, self.new_text = (
            self._pane(self.tr("The earlier version")),
            self._pane(self.tr("The later version")),
        )
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        texts.addWidget(self.old_text)
        texts.addWidget(self.new_text)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.table)
        body.addWidget(texts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_transfers)
        layout.addWidget(body, 1)
        self.only_transfers.toggled.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.set_diff(None)

    def _pane(self, tooltip: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setReadOnly(True)
        pane.setToolTip(tooltip)
        return pane

    def set_diff(self, diff: NoticeDiff | None) -> None:
        """Show ``diff`` (None shows nothing)."""
        self._diff = diff
        self.model.set_rows(list(diff.changes) if diff else [])
        self.old_text.setPlainText(diff.old.text if diff else "")
        self.new_text.setPlainText(diff.new.text if diff else "")
        self.summary.setText(_summary(diff))
        self._filter(self.only_transfers.isChecked())

    def select_change(self, row: int) -> None:
        """Select the change shown on ``row`` of the table."""
        self.table.selectRow(row)

    def highlighted(self, pane: QPlainTextEdit) -> list[str]:
        """The text highlighted in ``pane`` (for tests and accessibility tools)."""
        return [s.cursor.selectedText() for s in pane.extraSelections()]

    def _filter(self, only: bool) -> None:
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterFixedString(self.tr(REDO_TIA) if only else "")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        change: NoticeChange = self.proxy.data(indexes[0], ROW_ROLE)
        _highlight(self.old_text, change.old_quotes, OLD_HIGHLIGHT)
        _highlight(self.new_text, change.new_quotes, NEW_HIGHLIGHT)
        self.change_selected.emit(change)


def _highlight(pane: QPlainTextEdit, spans: tuple[Span, ...], colour: QColor) -> None:
    selections = []
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    text = pane.toPlainText()
    for span in spans:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(_qt_position(text, span.start))
        cursor.setPosition(_qt_position(text, span.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, fmt
        selections.append(selection)
    pane.setExtraSelections(selections)
    if spans:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(_qt_position(text, spans[0].start))
        pane.setTextCursor(cursor)
        pane.centerCursor()


def _qt_position(text: str, offset: int) -> int:
    """A Python string offset as Qt counts it (UTF-16 code units: emoji count twice)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _summary(diff: NoticeDiff | None) -> str:
    if diff is None:
        return translate("NoticeDiffView", "No notices compared.")
    transfer = len(diff.transfer_changes)
    changes = translate("NoticeDiffView", "%n change(s)", "", len(diff.changes))
    if transfer:
        advice = translate("NoticeDiffView", "%n concern transfers: redo the TIAs they touch", "", transfer)
        changes = f"{changes}; {advice}"
    return f"{_version(diff.old)} → {_version(diff.new)}: {changes}."


def _version(x: NoticeExtraction) -> str:
    updated = f" ({x.last_updated.isoformat()})" if x.last_updated else ""
    return f"{x.title or x.source}{updated}"
