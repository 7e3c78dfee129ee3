"""Unexpected errors: a dialog with a short message and expandable details, plus a log file.

`install_excepthook()` routes uncaught exceptions (also those raised in Qt slots) here; the
app keeps running.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.errors import UserError, user_message
from workbench.i18n import tr


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home()) / "workbench.log"


def append_log(details: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:
        return None
    return path


class ErrorDialog(QMessageBox):
    """Short message on top; the traceback behind "Show Details…"."""

    def __init__(self, message: str, details: str, logged: Path | None, parent=None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("wb.error.title"))
        self.setText(tr("wb.error.unexpected"))
        info = message
        if logged:
            info += "\n\n" + tr("wb.error.logged", path=str(logged))
        self.setInformativeText(info)
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


_showing = False
last_dialog: ErrorDialog | None = None


def handle_exception(exc_type, exc, tb) -> None:
    global _showing, last_dialog
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    logged = append_log(details)
    sys.stderr.write(details)
    app = QApplication.instance()
    if app is None or _showing:  # no GUI, or an error while showing an error: log only
        return
    _showing = True
    try:
        message = user_message(exc)  # the class name and traceback are under "Show Details…"
        if issubclass(exc_type, (sqlite3.Error, UserError)):
            # not a bug: the project file could not be read or written (damaged, disk full…)
            QMessageBox.warning(app.activeWindow(), tr("wb.error.title"), message)
            return
        last_dialog = ErrorDialog(message, details, logged, app.activeWindow())
        last_dialog.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
