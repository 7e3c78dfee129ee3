"""Long work in a worker thread behind a progress dialog: result, error, cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.ui.workers import ProgressDialog, run_with_progress, run_worker


def count_to(n, *, progress, cancel, pause=0.0):
    seen = []
    for i in range(n):
        if cancel():
            break
        seen.append((i, threading.current_thread() is threading.main_thread()))
        time.sleep(pause)
        progress(i + 1, n)
    return seen


def test_result_comes_back_from_a_worker_thread(qtbot):
    result = run_with_progress(None, "Counting", count_to, 5)
    assert [i for i, _ in result] == [0, 1, 2, 3, 4]
    assert not any(main for _, main in result)


def test_progress_is_shown(qtbot):
    values = []
    original = ProgressDialog.report

    def spy(self, done, total):
        original(self, done, total)
        values.append((self.value(), self.maximum(), self.labelText()))

    ProgressDialog.report = spy
    try:
        run_with_progress(None, "Counting", count_to, 3, pause=0.01)
    finally:
        ProgressDialog.report = original
    assert values[-1][:2] == (3, 3) and "3" in values[-1][2]


def test_error_is_a_message_not_a_traceback(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))

    def broken(*, progress, cancel):
        raise OSError(13, "Permission denied", "interview.docx")

    assert run_with_progress(None, "Importing", broken) is None
    assert shown and "Permission denied (interview.docx)" in shown[0]
    assert "Traceback" not in shown[0]


def test_cancel_button_stops_the_work(qtbot):
    def click_cancel():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ProgressDialog) and w.isVisible())
        assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(150, click_cancel)
    result = run_worker(None, "Counting", count_to, 10_000, pause=0.005)
    assert result.cancelled and 0 < len(result.value) < 10_000
    QTimer.singleShot(150, click_cancel)
    assert run_with_progress(None, "Counting", count_to, 10_000, pause=0.005) is None
