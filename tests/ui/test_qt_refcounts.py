"""Guard against PySide6 builds that leak-in-reverse references to True/None (6.12.0 on
Python 3.11 aborts long sessions with "bool_dealloc"); pyproject pins a clean release."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItemModel


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_signal_emits_and_void_calls_keep_singleton_refcounts(qapp):
    emitter, model = _Emitter(), QStandardItemModel()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.plain.emit()
        emitter.carrying.emit(1)
        model.setRowCount(0)
    drift = sys.getrefcount(True) - before[0], sys.getrefcount(None) - before[1]
    assert abs(drift[0]) < 50 and abs(drift[1]) < 50, drift
