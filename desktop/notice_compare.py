"""Comparing two versions of a notice: what changed, and which changes call for a new TIA."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from desktop.edit_actions import make_action
from desktop.import_export import ImportExport
from desktop.session import Session
from desktop.workers import Progress
from importers.base import ImportFailure
from model.project import DocumentKind

if TYPE_CHECKING:
    from desktop.diff_view import NoticeDiffView
    from importers.notices_diff import NoticeDiff


class NoticeDiffDialog(QDialog):
    """A window around the diff view (not modal: the DPO can keep working beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare notice versions"))
        self.resize(1000, 700)
        self.view: NoticeDiffView | None = None  # made with the first comparison (it loads the readers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(buttons)

    def show_diff(self, diff: NoticeDiff) -> None:
        """Show ``diff`` in the view, and the window."""
        if self.view is None:
            from desktop.diff_view import NoticeDiffView

            self.view = NoticeDiffView(self)
            self._layout.insertWidget(0, self.view, 1)
        self.view.set_diff(diff)
        self.show()
        self.raise_()


class NoticeCompare(QObject):
    """The "Compare notice versions…" action: two notices from the Sources or from files."""

    def __init__(self, session: Session, io: ImportExport, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.io, self.window = session, io, window
        self.dialog = NoticeDiffDialog(window)
        self.action = make_action(
            self,
            self.tr("Compare notice &versions…"),
            self.tr(
                "Show what changed between two versions of a privacy notice "
                "(the two selected in Sources, or two files)"
            ),
            "Ctrl+D",
        )
        self.action.triggered.connect(self.choose)

    def choose(self, selected: list[str] | None = None) -> None:
        """Compare the two notices selected in Sources, or ask for an earlier and a later file."""
        paths = selected if selected is not None else self._selected_sources()
        if len(paths) != 2:
            paths = self._ask()
        if len(paths) == 2:
            self.compare(paths[0], paths[1])

    def _selected_sources(self) -> list[str]:
        rows = getattr(self.window, "sources", None)
        documents = [r.document for r in rows.table.selected_rows()] if rows is not None else []
        notices = [d for d in documents if d.kind is DocumentKind.NOTICE and Path(d.path).exists()]
        notices.sort(key=lambda d: (d.last_updated is not None, d.last_updated or 0, d.path))  # earlier first
        return [d.path for d in notices]

    def _ask(self) -> list[str]:
        folder = self.io.settings.last_import_dir
        old, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("The earlier version of the notice"), folder
        )
        if not old:
            return []
        new, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("The later version of the notice"), str(Path(old).parent)
        )
        return [old, new] if new else []

    def compare(self, old: str, new: str) -> None:
        """Read both versions off the UI thread and show their differences."""

        from importers.notices import read_notice
        from importers.notices_diff import diff_notices

        def work(progress: Progress) -> NoticeDiff:
            progress(0, 2)
            before = read_notice(Path(old), source=old).extraction
            progress(1, 2)
            return diff_notices(before, read_notice(Path(new), source=new).extraction)

        self.io.runner.start(self.tr("Comparing the notices…"), work, self._show, self._failed)

    def _show(self, diff: NoticeDiff) -> None:
        self.dialog.show_diff(diff)

    def _failed(self, detail: str) -> None:
        self.io.failures.show_failures((ImportFailure("notice comparison", detail),), 0)
