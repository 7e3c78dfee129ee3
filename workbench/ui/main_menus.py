"""Menus and shortcuts of the main window; texts set in `retranslate()` so a language
switch renames everything live."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from workbench import i18n
from workbench.i18n import tr

OPTIONAL = {
    "new": ("workbench.ui.new_project", "ask_new_project"),
    "import": ("workbench.ui.importing", "run_import_dialog"),
    "participants": ("workbench.ui.participants", "ParticipantsDialog"),
}


class MainMenus:
    def __init__(self, window):
        self.w = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        bar = window.menuBar()
        for key in ("file", "edit", "code", "view", "project", "settings"):
            self.menus[key] = bar.addMenu("")
        c = window.controller
        m = self.menus["file"]
        self._add(m, "new", window.new_project, QKeySequence.StandardKey.New)
        self._add(m, "open", window.open_dialog, QKeySequence.StandardKey.Open)
        self._add(m, "import", window.import_files, "Ctrl+Shift+I")
        self.menus["recent"] = m.addMenu("")
        m.addSeparator()
        self._add(m, "close", window.close_project, QKeySequence.StandardKey.Close)
        self._add(m, "quit", window.close, QKeySequence.StandardKey.Quit)
        m = self.menus["edit"]
        self.undo_separator = m.addSeparator()
        self._add(m, "find", window.panel.find_bar.open, QKeySequence.StandardKey.Find)
        m = self.menus["code"]
        self._add(m, "quick_code", lambda: window.open_palette(), "Ctrl+K")
        self._add(m, "code_selection", c.code_selection_with_current, "Ctrl+Return")
        self._add(m, "in_vivo", lambda: c.in_vivo(), "Ctrl+I")
        self._add(m, "code_turn", c.code_turn, "Ctrl+T")
        self._add(m, "code_sentence", c.code_sentence, "Ctrl+E")
        m.addSeparator()
        self._add(m, "uncode", c.uncode, "Ctrl+Shift+U")
        self._add(m, "inferred", c.toggle_inferred, "Ctrl+Shift+F")
        m.addSeparator()
        self.menus["pin"] = m.addMenu("")
        for key in range(1, 10):
            self._add(self.menus["pin"], f"pin{key}", partial(c.pin, key))
            # keys 1–9 act only while the transcript has focus (typing elsewhere stays typing)
            act = QAction(window.view)
            act.setShortcut(QKeySequence(str(key)))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(partial(c.apply_pin, key))
            window.view.addAction(act)
        code_here = QAction(window.view)
        code_here.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        code_here.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        code_here.triggered.connect(c.code_selection_with_current)
        window.view.addAction(code_here)
        m = self.menus["view"]
        for dock in (window.documents, window.inspector, window.retrieval, window.search):
            m.addAction(dock.toggleViewAction())
        m = self.menus["project"]
        m.addMenu(window.documents.actions.menu(m))
        self._add(m, "participants", window.participants)
        m.addSeparator()
        self._add(m, "project_memo", partial(window.edit_memo, "project"))
        self._add(m, "document_memo", partial(window.edit_memo, "document"))
        self._add(m, "code_memo", partial(window.edit_memo, "code"))
        m = self.menus["settings"]
        self.menus["language"] = m.addMenu("")
        group = QActionGroup(window)
        for lang in ("nl", "en"):
            act = self._add(self.menus["language"], f"lang_{lang}", partial(self.set_language, lang))
            act.setCheckable(True)
            act.setChecked(i18n.language() == lang)
            group.addAction(act)
        self._add(m, "coder", self.ask_coder)
        self._add(m, "font_size", self.ask_font_size)
        self.install_undo(None)
        self.fill_recent()
        self.update_enabled()

    def _add(self, menu: QMenu, key: str, slot, shortcut=None) -> QAction:
        act = menu.addAction("")
        act.triggered.connect(lambda *_: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self.actions[key] = act
        return act

    # ---- state ---------------------------------------------------------------------------
    def install_undo(self, session) -> None:
        """Undo/redo from the session's stack; they name the edit they will undo."""
        menu = self.menus["edit"]
        for act in (self.undo_action, self.redo_action):
            if act is not None:
                menu.removeAction(act)
                act.deleteLater()
        if session is not None:
            stack = session.undo_stack
            self.undo_action = stack.createUndoAction(self.w, tr("wb.edit.undo"))
            self.redo_action = stack.createRedoAction(self.w, tr("wb.edit.redo"))
        else:
            self.undo_action = QAction(tr("wb.edit.undo"), self.w)
            self.redo_action = QAction(tr("wb.edit.redo"), self.w)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.insertActions(self.undo_separator, [self.undo_action, self.redo_action])
        self.w.addAction(self.undo_action)
        self.w.addAction(self.redo_action)

    def update_enabled(self) -> None:
        from workbench.ui.main_window import optional

        has = self.w.session is not None
        for key in ("import", "close", "find", "quick_code", "code_selection", "in_vivo", "code_turn",
                    "code_sentence", "uncode", "inferred", "project_memo", "document_memo",
                    "code_memo", "participants", *(f"pin{k}" for k in range(1, 10))):
            self.actions[key].setEnabled(has)
        for key, (module, name) in OPTIONAL.items():
            if optional(module, name) is None:
                self.actions[key].setEnabled(False)
        self.menus["pin"].setEnabled(has)

    def fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for path in self.w.settings.recent():
            act = menu.addAction(path)
            act.triggered.connect(partial(self.w.open_project, path))
        menu.setEnabled(bool(self.w.settings.recent()))

    def add_dock_toggle(self, dock) -> None:
        self.menus["view"].insertAction(self.menus["view"].actions()[0], dock.toggleViewAction())

    # ---- settings ------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        self.w.settings.language = lang
        self.actions[f"lang_{lang}"].setChecked(True)
        self.w.retranslate()

    def ask_coder(self) -> None:
        name, ok = QInputDialog.getText(self.w, tr("wb.coder.title"), tr("wb.coder.prompt"),
                                        text=self.w.coder)
        if ok and name.strip():
            self.w.set_coder(name)

    def ask_font_size(self) -> None:
        size, ok = QInputDialog.getInt(self.w, tr("wb.font.title"), tr("wb.font.prompt"),
                                       self.w.settings.font_size, 7, 32)
        if ok:
            self.w.settings.font_size = size
            self.w.view.set_font_size(size)

    def retranslate(self) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(tr(f"wb.menu.{key}"))
        for key, act in self.actions.items():
            if key.startswith("pin"):
                act.setText(tr("wb.menu.pin_key", n=key[3:]))
            else:
                act.setText(tr(f"wb.menu.{key}"))
        self.install_undo(self.w.session)
