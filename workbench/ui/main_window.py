"""The main window: transcript in the middle, docks around it, menus, status bar.

One wiring pattern (DESIGN §1): the commands are declared in `action_table`; the panels are
registered once in `_panels()` and follow the open project through `ui.panels.Panels`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox

from workbench.core.commands import ApplyCodeTree
from workbench.i18n import menu_title, tr
from workbench.schemes import builtin_scheme_names, load_builtin, load_scheme_file
from workbench.schemes.specs import scheme_specs
from workbench.store import Project, ProjectError
from workbench.ui import window_layout
from workbench.ui.analysis.actions import AnalysisActions
from workbench.ui.codebook.dock import CodebookDock
from workbench.ui.coding.actions import CodingController
from workbench.ui.coding.inspector import CodingInspector
from workbench.ui.coding.navigate import step_across, step_in_document
from workbench.ui.coding.palette import QuickCodePalette
from workbench.ui.documents_dock import DocumentsDock
from workbench.ui.importing import choose_files, run_import_dialog
from workbench.ui.main_menus import MainMenus
from workbench.ui.memo_editor import open_memo
from workbench.ui.new_project import ask_new_project
from workbench.ui.panels import Panels
from workbench.ui.participants import ParticipantsDialog
from workbench.ui.recovery import offer_restore
from workbench.ui.retrieval import RetrievalDock
from workbench.ui.search_panel import SearchDock
from workbench.ui.session import Session
from workbench.ui.settings import Settings
from workbench.ui.status_line import StatusLine
from workbench.ui.suggestions import SuggestionsPanel
from workbench.ui.transcript.panel import TranscriptPanel
from workbench.ui.values_map import ValuesMapPanel


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, coder: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.coder = coder or self.settings.coder
        self.session: Session | None = None
        self.palette: QuickCodePalette | None = None
        self.panel = TranscriptPanel()
        self.view = self.panel.view
        self.view.set_font_size(self.settings.font_size)
        self.setCentralWidget(self.panel)
        self.controller = CodingController(self.view, self.settings, self.selected_code_ids, self)
        self.documents = DocumentsDock(self)
        self.codebook = CodebookDock(None, self)
        self.codebook.setObjectName("codebook")
        self.inspector = CodingInspector(self.controller, self)
        self.retrieval = RetrievalDock(self)
        self.search = SearchDock(self.selected_code_ids, self)
        self.controller.current_coding = self.inspector.current_id
        self.analysis = AnalysisActions(self)
        self.status = StatusLine(self)
        self.suggestions = SuggestionsPanel(self)
        self.menus = MainMenus(self)
        self.values_map = ValuesMapPanel(self)
        self.panels = Panels(self._panels())
        self._connect()
        self.setAcceptDrops(True)
        window_layout.restore(self, *self.settings.window_state())
        self.retranslate()

    def docks(self) -> list[QDockWidget]:
        return [self.documents, self.codebook, self.inspector, self.retrieval, self.search, self.analysis.dock,
                self.suggestions]

    def _panels(self) -> list:
        """Everything that follows the open project, in the order changes reach it (the
        transcript first: a new coding is painted before counts are updated)."""
        return [self.panel, self.controller, self.inspector, self.retrieval, self.documents,
                self.codebook, self.search, self.analysis.dock, self.suggestions, self.status, self.menus,
                self.values_map]

    def _connect(self) -> None:
        self.documents.documentActivated.connect(self.show_document)
        self.view.cursorOffsetChanged.connect(self.inspector.show_at)
        self.view.codingClicked.connect(self.inspector.select_coding)
        self.view.resizeRequested.connect(lambda cid, s, e: self.controller.change(cid, start=s, end=e))
        self.inspector.codingSelected.connect(self.view.select_coding)
        self.retrieval.jumpRequested.connect(self.jump_to)
        self.retrieval.message.connect(self.show_message)
        self.retrieval.codingChosen.connect(self.inspector.select_coding)
        self.view.zoomRequested.connect(self.zoom)
        self.panel.importRequested.connect(lambda: self.import_files())
        self.search.jumpRequested.connect(self.jump_to)
        self.search.message.connect(self.show_message)
        self.documents.message.connect(self.show_message)
        self.controller.message.connect(self.show_message)
        self.controller.codeWanted.connect(self.open_palette)
        self.codebook.codeActivated.connect(self.controller.code_selection)
        self.codebook.selectionChanged.connect(self.retrieval.set_codes)
        self.codebook.message.connect(self.show_message)

    # ---- projects -----------------------------------------------------------------------
    def open_project(self, path: str | Path) -> bool:
        try:
            project = Project.open(path)
        except ProjectError as exc:
            if offer_restore(self, exc):  # damaged, with a backup the user chose to restore
                return self.open_project(path)
            QMessageBox.warning(self, tr("wb.open.failed_title"),
                                tr("wb.open.failed", file=exc.path.name, reason=exc.reason_msg.render()))
            return False
        if project.in_use_elsewhere:
            QMessageBox.warning(self, tr("wb.open.in_use_title"), tr("wb.open.in_use", file=Path(path).name))
        self.set_project(project)
        self.settings.add_recent(str(Path(path).resolve()))
        self.menus.fill_recent()
        return True

    def set_project(self, project: Project | None) -> None:
        if self.session is not None:
            self.session.failed.disconnect(self.show_message)
        old = self.session
        self.session = Session(project, self.coder, self) if project else None
        self.panels.set_session(self.session)
        if old is not None:
            old.close()
            old.deleteLater()
        if self.session:
            self.session.failed.connect(self.show_message)
        docs = [d.id for d in project.documents()] if project else []
        last = self.settings.last_document(str(project.path)) if project else None
        self.show_document(last if last in docs else docs[0] if docs else None)

    def close_project(self) -> None:
        self.set_project(None)

    def closeEvent(self, event) -> None:
        window_layout.save(self, self.settings)
        if self.session is not None:
            self.set_project(None)  # closes the session; panels let go of it too
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._check_layout)

    def _check_layout(self) -> None:
        if window_layout.collapsed_docks(self):
            self.reset_layout()

    def reset_layout(self) -> None:
        window_layout.apply_default(self)

    # ---- undo ------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    # ---- documents and jumps ------------------------------------------------------------
    def show_document(self, document_id: int | None) -> None:
        project = self.session.project if self.session else None
        self.panel.show_document(project, document_id)
        if project is not None and document_id is not None:
            self.settings.set_last_document(str(project.path), document_id)  # reopened next time
        self.documents.mark_current(document_id)
        self.suggestions.document_shown(document_id)
        if document_id is not None:
            self.inspector.show_at(document_id, 0)
        self.status.update()
        self.menus.update_enabled()

    def jump_to(self, document_id: int, start: int, end: int) -> None:
        if self.view.document_id != document_id:
            self.show_document(document_id)
        self.view.select_span(start, end)
        self.view.setFocus()

    def go_to_coding(self, forward: bool = True, same_code: bool = False) -> None:
        """Alt+↓/↑: next/previous coding here; with Shift: of the chosen code, across documents."""
        if self.session is None:
            return
        project = self.session.project
        offset = self.view.cursor_offset()
        if same_code:
            ids = self.selected_code_ids()
            current = project.coding(self.inspector.current_id()) if self.inspector.current_id() else None
            code = ids[0] if ids else (current.code_id if current else None)
            if code is None:
                self.show_message(tr("wb.msg.select_code"))
                return
            order = {d.id: i for i, d in enumerate(project.documents())}
            target = step_across(project.codings(code_ids=[code]), order, self.view.document_id,
                                 offset, forward)
        else:
            target = step_in_document(self.view.codings.values(), offset, forward)
        if target is None:
            self.show_message(tr("wb.msg.no_codings"))
            return
        self.jump_to(target.document_id, target.start, target.end)
        self.view.select_span(target.start, target.start)  # the cursor at its start: next step goes on
        self.inspector.select_coding(target.id)

    def zoom(self, step: int) -> None:
        """Ctrl+plus/minus, Ctrl+wheel: the transcript's text size (remembered)."""
        size = 11 if step == 0 else max(7, min(32, self.settings.font_size + step))
        self.set_font_size(size)

    # ---- codes ----------------------------------------------------------------------------
    def selected_code_ids(self) -> list[int]:
        return self.codebook.selected_code_ids()

    def choose_codes(self, code_ids: list[int]) -> None:
        """Select codes in the codebook (palette picks, screenshots); retrieval follows."""
        if code_ids:
            self.codebook.select_code(code_ids[0])
        self.retrieval.set_codes(code_ids)

    def open_palette(self, apply=None) -> QuickCodePalette | None:
        """Ctrl+K: choose a code; by default code the selection with it."""
        if self.session is None:
            return None
        self.palette = QuickCodePalette(self.session.project, self)
        self.palette.chosen.connect(apply or self.controller.code_selection)
        self.palette.open()
        self.palette.activateWindow()
        self.palette.edit.setFocus()
        return self.palette

    # ---- memos ----------------------------------------------------------------------------
    def edit_memo(self, target: str):
        if self.session is None:
            return None
        project = self.session.project
        if target == "project":
            return open_memo(self.session, "project", 0, project.path.stem, self)
        if target == "document" and self.view.document_id is not None:
            doc = project.document(self.view.document_id)
            return open_memo(self.session, "document", doc.id, doc.name, self)
        if target == "code":
            ids = self.selected_code_ids()
            if ids:
                return open_memo(self.session, "code", ids[0], project.code_path(ids[0]), self)
            self.show_message(tr("wb.msg.select_code"))
        return None

    # ---- dialogs ------------------------------------------------------------------------
    def new_project(self) -> None:
        answer = ask_new_project(self)
        if not answer:
            return
        path, language, scheme = answer
        try:
            project = Project.create(path, language=language)
        except ProjectError as exc:
            QMessageBox.warning(self, tr("wb.open.failed_title"),
                                tr("wb.open.failed", file=exc.path.name, reason=exc.reason_msg.render()))
            return
        if scheme:
            self._apply_scheme(project, scheme)
        self.set_project(project)
        self.settings.add_recent(str(Path(path).resolve()))
        self.menus.fill_recent()

    def _apply_scheme(self, project: Project, scheme: str) -> None:
        try:
            loaded = load_builtin(scheme) if scheme in builtin_scheme_names() else load_scheme_file(scheme)
            ApplyCodeTree(scheme_specs(loaded, project.language), loaded.name).apply(project)
        except Exception as exc:  # the project stays usable without a scheme
            self.show_message(str(exc))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, menu_title("wb.menu.open"), "", tr("wb.open.filter"))
        if path:
            self.open_project(path)

    def import_qdpx(self) -> None:  # REFI-QDA project exchange: ui/exchange
        from workbench.ui.exchange import import_project

        import_project(self)

    def export_qdpx(self) -> None:
        from workbench.ui.exchange import export_project

        export_project(self)

    def import_files(self, paths: list[str] | None = None) -> None:
        if self.session is None:
            return
        if paths is None:
            paths = choose_files(self)
        if paths:
            run_import_dialog(self.session, list(paths), self)

    def participants(self) -> None:
        if self.session is not None:
            ParticipantsDialog(self.session, self).exec()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.session is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # ---- status, settings and language ---------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def set_coder(self, name: str) -> None:
        self.coder = self.settings.coder = name.strip()
        if self.session:
            self.session.coder = self.coder
        self.status.update()

    def set_font_size(self, size: int) -> None:
        self.settings.font_size = size
        self.view.set_font_size(size)

    def retranslate(self) -> None:
        if self.session is not None:
            self.session.retranslate()  # undo/redo names first: the Edit menu shows them
        self.panels.retranslate()
