"""Importing transcripts: a preview for one file; for many a preview table, progress and a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from workbench.core.commands import combine
from workbench.errors import Msg
from workbench.i18n import menu_title, tr
from workbench.importers import ImportRefused, read_file, supported_extensions
from workbench.importers.batch import ImportOutcome, PlannedImport, import_files, import_planned, plan_files
from workbench.ui.importing.batch_preview import BatchPreviewDialog, saved_case_option
from workbench.ui.importing.preview import ImportPreviewDialog
from workbench.ui.importing.summary import ImportSummaryDialog
from workbench.ui.settings import Settings
from workbench.ui.workers import run_worker

__all__ = [
    "BatchPreviewDialog",
    "ImportPreviewDialog",
    "ImportSummaryDialog",
    "choose_files",
    "import_many",
    "preview_one",
    "run_import_dialog",
]


def run_import_dialog(session, paths, parent=None):
    """Import the chosen files. One file: the preview dialog (returns the new document id or
    None). Several: the files are read and planned behind a progress dialog, the preview
    table lets the user correct them, then they are imported and summed up (returns the
    outcomes, or None when the user cancelled)."""
    paths = [Path(p) for p in paths]
    if not paths:
        return None
    if len(paths) == 1:
        return preview_one(session, paths[0], parent)
    mode, pattern = saved_case_option(Settings())
    planned = run_worker(parent, tr("bp.reading", n=len(paths)), plan_files, session.project, paths,
                         case_mode=mode, case_pattern=pattern or None)
    if planned.error is not None:
        QMessageBox.warning(parent, tr("import.title"), tr("import.batch_failed", reason=planned.error))
        return None
    if planned.cancelled:
        return None
    preview = BatchPreviewDialog(session, planned.value or [], parent)
    try:
        if preview.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        preview.deleteLater()
    outcomes, cancelled = import_many(session, preview.items, parent)
    if outcomes is not None:
        ImportSummaryDialog(outcomes, parent, cancelled=cancelled).exec()
    return outcomes


def choose_files(parent=None) -> list[str]:
    """Ask for transcripts: starts in the folder of the last import (else Documents), shows
    the readable formats first."""
    settings = Settings()
    start = str(settings.q.value("import/last_folder", "") or "")
    if not start or not Path(start).is_dir():
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ""
    if not start or not Path(start).is_dir():  # no Documents folder: a missing one would be a file name
        start = str(Path.home())
    patterns = " ".join(f"*.{ext}" for ext in supported_extensions())
    filters = f"{tr('import.files_filter', patterns=patterns)};;{tr('import.all_files')}"
    paths, _ = QFileDialog.getOpenFileNames(parent, menu_title("wb.menu.import"), start, filters)
    if paths:
        settings.q.setValue("import/last_folder", str(Path(paths[0]).parent))
    return list(paths)


def read_for_preview(path: Path, parent=None):
    """The read document, or None after telling the user why the file cannot be imported."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_file(path)
    except ImportRefused as exc:
        reason = exc.reason_msg.render()
    except MemoryError:
        reason = tr("workers.out_of_memory")
    except Exception:  # a reader bug: a message, never a traceback
        reason = Msg("batch.unreadable").render()
    finally:
        QGuiApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, tr("import.title"), tr("import.refused", file=path.name, reason=reason))
    return None


def preview_one(session, path: Path, parent=None) -> int | None:
    document = read_for_preview(path, parent)
    if document is None:
        return None
    dialog = ImportPreviewDialog(session, path, document, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.document_id


def import_many(session, items, parent=None, **options):
    """Import behind a progress dialog (planned items from the preview, or plain paths) and
    put the imported documents on the undo stack as one step. Returns (outcomes, cancelled);
    outcomes None if it failed."""
    items = list(items)
    planned = bool(items) and all(isinstance(i, PlannedImport | ImportOutcome) for i in items)
    if planned:
        result = run_worker(parent, tr("import.progress_title", n=len(items)), import_planned,
                            session.project, items)
    else:
        result = run_worker(parent, tr("import.progress_title", n=len(items)), import_files,
                            session.project, items, **options)
    if result.error is not None:
        QMessageBox.warning(parent, tr("import.title"), tr("import.batch_failed", reason=result.error))
        return None, result.cancelled
    outcomes = result.value or []
    imported = [o for o in outcomes if o.status == "imported" and o.inverse is not None]
    if imported:
        n = len(imported)
        session.record(combine([o.inverse for o in imported], lambda: tr("import.undo_batch", n=n)))
    return outcomes, result.cancelled
