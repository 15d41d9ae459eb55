"""Long work off the UI thread: a job is a plain function taking ``progress(done, total)``.

The job runs in a ``QRunnable`` on the global ``QThreadPool``; its signals report progress, the
result and failure. Cancelling makes the next progress call raise, which is how the core stops.
A progress dialog appears only when the job takes longer than a moment.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]
PROGRESS_DELAY_MS = 400


class JobCancelled(Exception):
    """Raised inside a job's progress callback once the user has cancelled."""


class JobSignals(QObject):
    """What a running job reports (delivered on the UI thread through queued connections)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class JobWorker(QRunnable):
    """Runs ``work(progress)`` on a pool thread; no Qt call happens inside ``work``."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until it reports
        self.signals = JobSignals()
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancel:
            raise JobCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except JobCancelled:
            self.signals.cancelled.emit()
        except Exception as err:  # noqa: BLE001 - reported to the user, never lost in a thread
            traceback.print_exc()
            self.signals.failed.emit(str(err) or type(err).__name__)
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs with a delayed, cancellable progress dialog and keeps them alive until done."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._running: set[JobWorker] = set()

    @property
    def busy(self) -> bool:
        """Whether a job is still running."""
        return bool(self._running)

    def start(
        self,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> JobWorker:
        """Run ``work`` off the UI thread; ``on_done(result)`` runs on the UI thread."""
        worker = JobWorker(work)
        dialog = self._dialog(title, worker)
        signals = worker.signals
        signals.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
        # The job is over before its result is handled, so a handler may start another or close.
        for signal in (signals.finished, signals.failed, signals.cancelled):
            signal.connect(lambda *_: self._end(worker, dialog))
        signals.finished.connect(on_done)
        if on_failed:
            signals.failed.connect(on_failed)
        self._running.add(worker)
        QThreadPool.globalInstance().start(worker)
        return worker

    def _dialog(self, title: str, worker: JobWorker) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle("Transfer Atlas")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)
        dialog.setValue(0)  # starts the delay timer; the dialog shows only if work goes on
        return dialog

    def _end(self, worker: JobWorker, dialog: QProgressDialog) -> None:
        dialog.canceled.disconnect(worker.cancel)
        dialog.close()
        dialog.deleteLater()
        self._running.discard(worker)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job has finished (used on quit)."""
        return QThreadPool.globalInstance().waitForDone(msecs)


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if dialog.maximum() != total:
        dialog.setMaximum(total)
    dialog.setValue(done)
