"""Importing transcripts: a preview for one file, options + progress + summary for many."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from workbench.core.commands import combine
from workbench.i18n import tr
from workbench.importers import ImportRefused, read_file
from workbench.importers.batch import import_files
from workbench.ui.importing.options import BatchOptionsDialog
from workbench.ui.importing.preview import ImportPreviewDialog
from workbench.ui.importing.summary import ImportSummaryDialog
from workbench.ui.workers import run_worker

__all__ = ["BatchOptionsDialog", "ImportPreviewDialog", "ImportSummaryDialog", "import_many",
           "preview_one", "run_import_dialog"]


def run_import_dialog(session, paths, parent=None):
    """Import the chosen files. One file: the preview dialog (returns the new document id or
    None). Several: options, a cancellable progress dialog, then the summary (returns the
    outcomes, or None when the user cancelled the options)."""
    paths = [Path(p) for p in paths]
    if not paths:
        return None
    if len(paths) == 1:
        return preview_one(session, paths[0], parent)
    options = BatchOptionsDialog(paths, parent)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    outcomes, cancelled = import_many(session, paths, parent, case_pattern=options.pattern(),
                                      language=options.language())
    if outcomes is not None:
        ImportSummaryDialog(outcomes, parent, cancelled=cancelled).exec()
    return outcomes


def read_for_preview(path: Path, parent=None):
    """The read document, or None after telling the user why the file cannot be imported."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_file(path)
    except ImportRefused as exc:
        reason = exc.reason
    except MemoryError:
        reason = tr("workers.out_of_memory")
    except Exception as exc:  # a reader bug: a message, never a traceback
        reason = f"{type(exc).__name__}: {exc}"
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


def import_many(session, paths, parent=None, **options):
    """Run the batch import behind a progress dialog and put the imported documents on the
    undo stack as one step. Returns (outcomes, cancelled); outcomes None if it failed."""
    result = run_worker(parent, tr("import.progress_title", n=len(paths)), import_files,
                        session.project, paths, **options)
    if result.error is not None:
        QMessageBox.warning(parent, tr("import.title"), tr("import.batch_failed", reason=result.error))
        return None, result.cancelled
    outcomes = result.value or []
    imported = [o for o in outcomes if o.status == "imported" and o.inverse is not None]
    if imported:
        session.record(combine([o.inverse for o in imported], tr("import.undo_batch", n=len(imported))))
    return outcomes, result.cancelled
