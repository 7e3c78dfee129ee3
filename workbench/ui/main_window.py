"""The main window: transcript in the middle, docks around it, menus, status bar.

Modules built by other parts of the team (codebook dock, participants, import, new project)
are imported when used; while one is missing its menu entry stays disabled.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox

from workbench.core.events import Change
from workbench.i18n import tr
from workbench.store import Project, ProjectError
from workbench.ui.coding.actions import CodingController
from workbench.ui.coding.inspector import CodingInspector
from workbench.ui.coding.palette import QuickCodePalette
from workbench.ui.documents_dock import DocumentsDock
from workbench.ui.main_menus import MainMenus
from workbench.ui.memo_editor import open_memo
from workbench.ui.retrieval import RetrievalDock
from workbench.ui.search_panel import SearchDock
from workbench.ui.session import Session
from workbench.ui.settings import Settings
from workbench.ui.suggestions import install as install_suggestions
from workbench.ui.transcript.panel import TranscriptPanel


def optional(module: str, name: str):
    """A class or function from a module that may not exist yet (None then)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, coder: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.coder = coder or self.settings.coder
        self.session: Session | None = None
        self.codebook: QDockWidget | None = None
        self.chosen_codes: list[int] = []  # used when there is no codebook dock
        self.palette: QuickCodePalette | None = None
        self.panel = TranscriptPanel()
        self.view = self.panel.view
        self.view.set_font_size(self.settings.font_size)
        self.setCentralWidget(self.panel)
        self.controller = CodingController(self.view, self.settings, self.selected_code_ids, self)
        self.documents = DocumentsDock(self)
        self.inspector = CodingInspector(self.controller, self)
        self.retrieval = RetrievalDock(self)
        self.search = SearchDock(self.selected_code_ids, self)
        self.controller.current_coding = self.inspector.current_id
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.documents)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.retrieval)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search)
        self.tabifyDockWidget(self.retrieval, self.search)
        self.retrieval.raise_()
        self.resizeDocks([self.documents, self.inspector], [300, 320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.retrieval], [240], Qt.Orientation.Vertical)
        self.status_project, self.status_document, self.status_coder = QLabel(), QLabel(), QLabel()
        for label in (self.status_project, self.status_document, self.status_coder):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.menus = MainMenus(self)
        self.suggestions = install_suggestions(self)
        self._connect()
        self.setAcceptDrops(True)
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.resize(self.size().expandedTo(self.minimumSizeHint()))
        self.retranslate()

    def _connect(self) -> None:
        self.documents.documentActivated.connect(self.show_document)
        self.view.cursorOffsetChanged.connect(self.inspector.show_at)
        self.view.codingClicked.connect(self.inspector.select_coding)
        self.view.resizeRequested.connect(lambda cid, s, e: self.controller.change(cid, start=s, end=e))
        self.inspector.codingSelected.connect(self.view.select_coding)
        self.retrieval.jumpRequested.connect(self.jump_to)
        self.search.jumpRequested.connect(self.jump_to)
        self.search.message.connect(self.show_message)
        self.controller.message.connect(self.show_message)
        self.controller.codeWanted.connect(self.open_palette)

    # ---- projects -----------------------------------------------------------------------
    def open_project(self, path: str | Path) -> bool:
        try:
            project = Project.open(path)
        except ProjectError as exc:
            QMessageBox.warning(self, tr("wb.open.failed_title"),
                                tr("wb.open.failed", file=exc.path.name, reason=exc.reason))
            return False
        if project.in_use_elsewhere:
            QMessageBox.warning(self, tr("wb.open.in_use_title"), tr("wb.open.in_use", file=Path(path).name))
        self.set_project(project)
        self.settings.add_recent(str(Path(path).resolve()))
        self.menus.fill_recent()
        return True

    def set_project(self, project: Project | None) -> None:
        if self.session is not None:
            self.session.close()
        self.session = Session(project, self.coder, self) if project else None
        self.chosen_codes = []
        for part in (self.controller, self.documents, self.inspector, self.retrieval, self.search,
                     self.suggestions):
            part.set_session(self.session)
        if self.session:
            self.session.changed.connect(self._on_change)
            self.session.failed.connect(self.show_message)
        self._install_codebook()
        self.menus.install_undo(self.session)
        docs = project.documents() if project else []
        self.show_document(docs[0].id if docs else None)
        self.menus.update_enabled()
        self.update_status()

    def _install_codebook(self) -> None:
        if self.codebook is not None:
            self.removeDockWidget(self.codebook)
            self.codebook.deleteLater()
            self.codebook = None
        dock_class = optional("workbench.ui.codebook.dock", "CodebookDock")
        if dock_class is None or self.session is None:
            return
        self.codebook = dock_class(self.session, self)
        self.codebook.setObjectName("codebook")
        if not self.restoreDockWidget(self.codebook):
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.codebook)
            self.splitDockWidget(self.documents, self.codebook, Qt.Orientation.Vertical)
            self.resizeDocks([self.documents, self.codebook], [180, 520], Qt.Orientation.Vertical)
            self.resizeDocks([self.documents], [330], Qt.Orientation.Horizontal)
        self.codebook.codeActivated.connect(self.controller.code_selection)
        self.codebook.selectionChanged.connect(self.retrieval.set_codes)
        if hasattr(self.codebook, "message"):
            self.codebook.message.connect(self.show_message)
        self.menus.add_dock_toggle(self.codebook)

    def close_project(self) -> None:
        self.set_project(None)

    def closeEvent(self, event) -> None:
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        if self.session is not None:
            self.set_project(None)  # closes the session; docks let go of it too
        super().closeEvent(event)

    # ---- documents and jumps ------------------------------------------------------------
    def show_document(self, document_id: int | None) -> None:
        project = self.session.project if self.session else None
        self.panel.show_document(project, document_id)
        self.documents.mark_current(document_id)
        self.suggestions.document_shown(document_id)
        if document_id is not None:
            self.inspector.show_at(document_id, 0)
        self.update_status()

    def jump_to(self, document_id: int, start: int, end: int) -> None:
        if self.view.document_id != document_id:
            self.show_document(document_id)
        self.view.select_span(start, end)
        self.view.setFocus()

    def _on_change(self, change: Change) -> None:
        for part in (self.view, self.inspector, self.retrieval, self.documents, self.suggestions):
            part.on_change(change)
        if change.entity == "document":
            self.update_status()

    # ---- codes ----------------------------------------------------------------------------
    def selected_code_ids(self) -> list[int]:
        if self.codebook is not None:
            ids = self.codebook.selected_code_ids()
            if ids:
                return ids
        return list(self.chosen_codes)

    def choose_codes(self, code_ids: list[int]) -> None:
        """Select codes (in the codebook dock when there is one; palette picks, screenshots)."""
        self.chosen_codes = list(code_ids)
        if self.codebook is not None and hasattr(self.codebook, "select_code") and code_ids:
            self.codebook.select_code(code_ids[0])
        self.retrieval.set_codes(code_ids)

    def open_palette(self, apply=None) -> QuickCodePalette | None:
        """Ctrl+K: choose a code; by default code the selection with it."""
        if self.session is None:
            return None
        self.palette = QuickCodePalette(self.session.project, self)
        self.palette.chosen.connect(apply or self.controller.code_selection)
        self.palette.chosen.connect(lambda cid: self.codebook is None and self.choose_codes([cid]))
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

    # ---- dialogs by other modules ------------------------------------------------------
    def new_project(self) -> None:
        ask = optional("workbench.ui.new_project", "ask_new_project")
        answer = ask(self) if ask else None
        if not answer:
            return
        path, language, scheme = answer
        try:
            project = Project.create(path, language=language)
        except ProjectError as exc:
            QMessageBox.warning(self, tr("wb.open.failed_title"),
                                tr("wb.open.failed", file=exc.path.name, reason=exc.reason))
            return
        if scheme:
            self._apply_scheme(project, scheme)
        self.set_project(project)
        self.settings.add_recent(str(Path(path).resolve()))
        self.menus.fill_recent()

    def _apply_scheme(self, project: Project, scheme: str) -> None:
        specs = optional("workbench.schemes.specs", "scheme_specs")
        if specs is None:
            return
        from workbench.core.commands import ApplyCodeTree
        from workbench.schemes import builtin_scheme_names, load_builtin, load_scheme_file

        try:
            loaded = load_builtin(scheme) if scheme in builtin_scheme_names() else load_scheme_file(scheme)
            ApplyCodeTree(specs(loaded, project.language), loaded.name).apply(project)
        except Exception as exc:  # the project stays usable without a scheme
            self.show_message(str(exc))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("wb.menu.open"), "", tr("wb.open.filter"))
        if path:
            self.open_project(path)

    def import_files(self, paths: list[str] | None = None) -> None:
        run = optional("workbench.ui.importing", "run_import_dialog")
        if run is None or self.session is None:
            return
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, tr("wb.menu.import"))
        if paths:
            run(self.session, list(paths), self)

    def participants(self) -> None:
        dialog_class = optional("workbench.ui.participants", "ParticipantsDialog")
        if dialog_class and self.session:
            dialog_class(self.session, self).exec()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.session is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # ---- status and language ----------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def update_status(self) -> None:
        project = self.session.project if self.session else None
        self.status_project.setText(tr("wb.status.project", name=project.path.stem) if project
                                    else tr("wb.status.no_project"))
        doc_id = self.view.document_id
        self.status_document.setText(tr("wb.status.document", name=project.document(doc_id).name)
                                     if project and doc_id is not None else "")
        self.status_coder.setText(tr("wb.status.coder", name=self.coder or "—"))
        title = tr("wb.app.title")
        self.setWindowTitle(f"{project.path.stem} — {title}" if project else title)

    def set_coder(self, name: str) -> None:
        self.coder = self.settings.coder = name.strip()
        if self.session:
            self.session.coder = self.coder
        self.update_status()

    def retranslate(self) -> None:
        self.menus.retranslate()
        for part in (self.panel, self.documents, self.inspector, self.retrieval, self.search,
                     self.codebook, self.suggestions):
            if part is not None and hasattr(part, "retranslate"):
                part.retranslate()
        self.update_status()
