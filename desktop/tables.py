"""A table tab: a search box, filter menus and a sortable QTableView over a row model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import ROW_ROLE, Column, RowFilterProxyModel, RowTableModel

Predicate = Callable[[Any], bool]
FilterChoices = Sequence[tuple[str, Predicate | None]]


class TablePanel(QWidget):
    """One of the Parties, Transfers and Findings tabs. ``rows_selected`` carries row objects."""

    rows_selected = Signal(list)
    row_activated = Signal(object)

    def __init__(
        self, name: str, columns: Sequence[Column[Any]], parent: QWidget | None = None, *, noun: str = ""
    ) -> None:
        """``name`` names the panel for code; ``noun`` is what its rows are, in the user's language."""
        super().__init__(parent)
        self.setObjectName(name)
        noun = noun or name.lower()
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.proxy = RowFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(
            placeholderText=self.tr("Search {rows}…").format(rows=noun), clearButtonEnabled=True
        )
        self.search.setToolTip(
            self.tr("Show only {rows} whose text contains this (any column)").format(rows=noun)
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.filters: list[tuple[QComboBox, FilterChoices]] = []
        self.summary = QLabel()
        self.view = self._make_view()
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.summary.hide()
        self._quiet = False

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.activated.connect(lambda index: self.row_activated.emit(index.data(ROW_ROLE)))
        return view

    def add_filter(self, tooltip: str, choices: FilterChoices) -> QComboBox:
        """A drop-down of (label, predicate) choices; rows must pass every drop-down."""
        combo = QComboBox(self)
        combo.setToolTip(tooltip)
        combo.addItems([label for label, _ in choices])
        combo.currentIndexChanged.connect(self._refilter)
        self.filters.append((combo, choices))
        self._bar.addWidget(combo)
        return combo

    def _refilter(self) -> None:
        tests = [choices[combo.currentIndex()][1] for combo, choices in self.filters]
        active = [t for t in tests if t is not None]
        self.proxy.set_predicate((lambda row: all(t(row) for t in active)) if active else None)

    def set_rows(self, rows: Sequence[Any], keep: Callable[[Any], bool] | None = None) -> None:
        """Show ``rows``; the rows matching ``keep`` are selected again afterwards."""
        self._quiet = True
        try:
            self.model.set_rows(rows)
            if keep is not None:
                self.select_where(keep)
        finally:
            self._quiet = False
        if not self._widths_set and rows:
            self.view.resizeColumnsToContents()
            self._widths_set = True

    _widths_set = False

    def select_where(self, wanted: Callable[[Any], bool]) -> None:
        """Select the rows matching ``wanted`` without announcing it (the selection came from elsewhere)."""
        quiet, self._quiet = self._quiet, True
        try:
            selection = QItemSelection()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if wanted(index.data(ROW_ROLE)):
                    last = self.proxy.index(row, self.proxy.columnCount() - 1)
                    selection.select(index, last)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(selection, flags)
            if not selection.isEmpty():
                self.view.scrollTo(selection.indexes()[0])
        finally:
            self._quiet = quiet

    def selected_rows(self) -> list[Any]:
        """The row objects selected in the view, in view order."""
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def visible_rows(self) -> list[Any]:
        """The row objects that pass the search and filters, in view order."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _selection_changed(self, *_: object) -> None:
        if not self._quiet:
            self.rows_selected.emit(self.selected_rows())
