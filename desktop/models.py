"""Thin item models: a QAbstractTableModel over a list of rows, columns declared as data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """A table column: its header, how to show a row, and optionally how to sort, tip and colour it.

    ``header`` and ``help`` are English source texts marked with ``QT_TRANSLATE_NOOP("Columns", ...)``;
    the model shows them translated.
    """

    header: str
    value: Callable[[T], object]
    sort: Callable[[T], object] | None = None
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], str | None] | None = None
    help: str = ""


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of any type shown through ``columns``; ``set_rows`` swaps the whole list."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> T:
        """The row object behind a (source) index."""
        return self.rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(column.value(row))
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort else column.value(row)
            return value if isinstance(value, int | float) else _text(value).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else _text(column.value(row)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return " ".join(_text(c.value(row)) for c in self.columns)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.columns[section].help
            return QCoreApplication.translate("Columns", text) if text else None
        return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(_text(v) for v in value)
    return str(value)


class RowFilterProxyModel(QSortFilterProxyModel):
    """Sorting by each column's sort key, a search over every column, and one extra predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only rows for which ``predicate(row)`` is true (None shows every row)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange()
        else:
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self._predicate is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(self._predicate(index.data(ROW_ROLE)))
