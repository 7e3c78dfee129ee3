"""The two File-menu actions: export the open project as .qdpx; import a .qdpx as a new project
(progress with Cancel, then the report, then the new project opens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.exchange.qdpx_export import export_qdpx
from workbench.exchange.qdpx_import import import_qdpx
from workbench.i18n import tr
from workbench.ui.exchange.report_dialog import QdpxReportDialog
from workbench.ui.workers import run_worker


def _with_suffix(path: str, suffix: str) -> Path:
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def export_project(window, path: str | Path | None = None):
    """Ask where to write (unless ``path`` is given), export behind a progress dialog and say
    what was written. Returns the summary, or None (cancelled, failed, no project)."""
    session = window.session
    if session is None:
        return None
    project = session.project
    if path is None:
        suggested = str(project.path.with_suffix(".qdpx"))
        chosen, _ = QFileDialog.getSaveFileName(window, tr("qdpx.export.title"), suggested,
                                                tr("qdpx.export.filter"))
        if not chosen:
            return None
        path = _with_suffix(chosen, ".qdpx")
    result = run_worker(window, tr("qdpx.export.progress"), export_qdpx, project, Path(path))
    if result.error is not None:
        QMessageBox.warning(window, tr("qdpx.export.title"), tr("qdpx.export.failed", reason=result.error))
        return None
    summary = result.value
    if result.cancelled or summary is None:
        window.show_message(tr("qdpx.export.cancelled"))
        return None
    window.show_message(tr("qdpx.export.done", file=Path(path).name, documents=summary.documents,
                           codes=summary.codes, codings=summary.codings, cases=summary.cases))
    return summary


def import_project(window, source: str | Path | None = None, target: str | Path | None = None):
    """Ask for the .qdpx and the new project's file, import behind a progress dialog, show the
    report and open the new project. Returns the report, or None."""
    if source is None:
        source, _ = QFileDialog.getOpenFileName(window, tr("qdpx.import.title"), "", tr("qdpx.import.filter"))
        if not source:
            return None
    source = Path(source)
    if target is None:
        suggested = str(source.with_suffix(".iwb"))
        chosen, _ = QFileDialog.getSaveFileName(window, tr("qdpx.import.save_title"), suggested,
                                                tr("qdpx.import.save_filter"))
        if not chosen:
            return None
        target = _with_suffix(chosen, ".iwb")
    target = Path(target)
    # The save dialog has already asked whether to replace an existing file.
    result = run_worker(window, tr("qdpx.import.progress", file=source.name), import_qdpx, source, target,
                        overwrite=target.exists())
    if result.error is not None:
        QMessageBox.warning(window, tr("qdpx.import.title"),
                            tr("qdpx.import.failed", file=source.name, reason=result.error))
        return None
    report = result.value
    if report is None or report.cancelled:
        window.show_message(tr("qdpx.report.cancelled", file=source.name))
        return report
    dialog = QdpxReportDialog(report, window)
    dialog.exec()
    dialog.deleteLater()
    window.open_project(target)
    return report
