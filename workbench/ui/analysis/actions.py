"""The Analysis area in the main window: the dock, File › Export › Excel summary…, Project ›
Merge codings from another project…, and clicked cells' quotes shown in Retrieved segments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.i18n import tr
from workbench.ui.analysis.dock import AnalysisDock


class AnalysisActions(QObject):
    """The Analysis dock's commands (declared in ui.action_table); the dock itself is a panel
    of the main window and is placed by ui.window_layout."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.dock = AnalysisDock(window)
        self.dock.quotesRequested.connect(self.show_quotes)
        self.report_box = None

    # ---- quotes --------------------------------------------------------------------------
    def show_quotes(self, rows: list, title: str) -> None:
        self.w.retrieval.show_rows(rows)
        self.w.retrieval.show()
        self.w.retrieval.raise_()
        self.w.show_message(tr("an.quotes_shown", n=len(rows), what=title))

    # ---- Excel summary ------------------------------------------------------------------
    def export_summary(self, path: str | None = None):
        from workbench.export.xlsx import write_summary
        from workbench.ui.workers import run_worker

        session = self.w.session
        if session is None:
            return None
        project = session.project
        if path is None:
            suggested = str(Path(project.path).with_name(f"{project.path.stem} - {tr('an.export.suffix')}.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self.w, tr("wb.menu.export_xlsx"), suggested,
                                                  tr("an.export.filter"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        flt = self.dock.current_filter()
        title = tr("an.export.title")
        result = run_worker(self.w, title, write_summary, project, path, flt)
        if result.error is not None:
            QMessageBox.warning(self.w, title, tr("an.export.failed", file=Path(path).name, reason=result.error))
            return None
        if result.cancelled or result.value is None:
            self.w.show_message(tr("an.export.cancelled"))
            return None
        note = tr("an.export.filtered", filter=flt.describe()) if flt.describe() else ""
        self.w.show_message(tr("an.export.done", file=Path(path).name) + note)
        return result.value

    # ---- merging another coder's project ------------------------------------------------
    def merge_project(self, path: str | None = None):
        from workbench.core.commands.merge import MergeProject
        from workbench.store import ProjectError
        from workbench.store.merge_source import read_merge_source

        session = self.w.session
        if session is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.w, tr("wb.menu.merge_project"), "", tr("wb.open.filter"))
            if not path:
                return None
        title = tr("an.merge.title")
        try:
            source = read_merge_source(path, into=session.project)
        except ProjectError as exc:
            QMessageBox.warning(self.w, title, tr("an.merge.failed", file=exc.path.name, reason=exc.reason))
            return None
        command = MergeProject(source, default_coder=Path(path).stem)
        if not session.execute(command):
            return None
        r = command.report
        lines = [tr("an.merge.added", n=r.codings_added, file=Path(path).name)]
        lines += [tr("an.merge.by", n=n, coder=coder or "—") for coder, n in sorted(r.coders.items())]
        if r.codings_present:
            lines.append(tr("an.merge.present", n=r.codings_present))
        lines.append(tr("an.merge.documents", n=len(r.documents_matched)))
        if r.documents_missing:
            lines.append(tr("an.merge.missing", names=", ".join(r.documents_missing)))
        if r.codes_created:
            lines.append(tr("an.merge.codes", names=", ".join(r.codes_created)))
        lines.append(tr("an.merge.undo"))
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), parent=self.w)
        box.setObjectName("analysis.merge_report")
        box.open()
        self.report_box = box
        return r
