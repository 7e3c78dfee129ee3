"""Run long work (import, suggestions, export) off the UI thread, behind a progress dialog.

The work is a plain function taking `progress(done, total)` and `cancel() -> bool` keywords
(DESIGN §1). It runs in a QThreadPool worker; progress, the result or the error come back to
the UI thread as queued signals. The dialog is application-modal and stays up until the
function has really returned (also after Cancel), so no user edit can overlap the worker's
writes to the project.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from workbench.errors import Msg, user_message
from workbench.i18n import tr


@dataclass
class WorkResult:
    value: Any = None
    cancelled: bool = False
    error: str | None = None  # a sentence for the user; never a traceback


def describe_error(exc: BaseException) -> str:
    """A sentence in the user's language: engine errors by their catalogue key, storage errors
    by their cause; never an exception class name."""
    if isinstance(exc, MemoryError):
        return tr("workers.out_of_memory")
    if isinstance(exc, OSError) and exc.strerror:
        name = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{name}"
    text = user_message(exc).strip()
    return text or Msg("error.unexpected").render()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn, args, kwargs, cancel_flag: threading.Event):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs, self.flag = fn, args, kwargs, cancel_flag
        self.signals = _Signals()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            value = self.fn(*self.args, progress=self.signals.progress.emit,
                            cancel=self.flag.is_set, **self.kwargs)
        except Exception as exc:  # shown as a message, never a traceback
            self.signals.failed.emit(describe_error(exc))
        else:
            self.signals.finished.emit(value)
        finally:
            self.done.set()


class ProgressDialog(QProgressDialog):
    """A progress dialog whose Cancel asks the work to stop and then waits for it."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("workers.progress")
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the first progress report
        self.setMinimumWidth(380)
        self.cancel_button = QPushButton(tr("workers.cancel"))
        self.cancel_button.setObjectName("workers.cancel")
        self.setCancelButton(self.cancel_button)
        self.cancel_button.clicked.disconnect()  # not QProgressDialog's hide-at-once
        self.cancel_button.clicked.connect(self.request_cancel)
        self.flag = threading.Event()

    def request_cancel(self) -> None:
        if not self.flag.is_set():
            self.flag.set()
            self.cancel_button.setEnabled(False)
            self.setLabelText(tr("workers.cancelling"))

    def reject(self) -> None:  # Escape
        self.request_cancel()

    def closeEvent(self, event) -> None:
        self.request_cancel()
        event.ignore()

    @Slot(int, int)
    def report(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
            if not self.flag.is_set():
                self.setLabelText(tr("workers.progress", title=self.windowTitle(), done=done, total=total))


_alive: list[_Job] = []


class _Waiter(QObject):
    def __init__(self, loop: QEventLoop):
        super().__init__()
        self.loop = loop
        self.result = WorkResult()

    @Slot(object)
    def finished(self, value) -> None:
        self.result.value = value
        self.loop.quit()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.result.error = message
        self.loop.quit()


def run_worker(parent, title: str, fn, *args, **kwargs) -> WorkResult:
    """Run `fn(*args, progress=…, cancel=…, **kwargs)` in the thread pool with a progress
    dialog; process events until it has returned. The value is kept even when cancelled
    (an import stopped half-way still reports what it imported)."""
    dialog = ProgressDialog(title, parent)
    loop = QEventLoop()
    waiter = _Waiter(loop)
    job = _Job(fn, args, kwargs, dialog.flag)
    # Finished jobs are kept one run longer: the pool thread may still be leaving run().
    _alive[:] = [j for j in _alive if not j.done.is_set()] + [job]
    job.signals.progress.connect(dialog.report, Qt.ConnectionType.QueuedConnection)
    job.signals.finished.connect(waiter.finished, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(waiter.failed, Qt.ConnectionType.QueuedConnection)
    dialog.show()
    QThreadPool.globalInstance().start(job)
    loop.exec()
    job.done.wait()
    waiter.result.cancelled = dialog.flag.is_set()
    dialog.hide()
    dialog.deleteLater()
    return waiter.result


def run_with_progress(parent, title: str, fn, *args, **kwargs):
    """The function's result, or None when it was cancelled or failed (the failure is shown
    to the user as a message naming what went wrong)."""
    result = run_worker(parent, title, fn, *args, **kwargs)
    if result.error is not None:
        QMessageBox.warning(parent, title, tr("workers.failed", title=title, reason=result.error))
        return None
    if result.cancelled:
        return None
    return result.value
