"""Menus and shortcuts of the main window, built from `action_table.ACTIONS`; texts are set in
`retranslate()` so a language switch renames everything live."""

from __future__ import annotations

from functools import partial
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from workbench import i18n
from workbench.i18n import tr
from workbench.ui.action_table import ACTIONS, MENUS, Act


def _sequences(shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    items = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    out = []
    for item in items:
        out.extend(QKeySequence.keyBindings(item) if isinstance(item, QKeySequence.StandardKey)
                   else [QKeySequence(item)])
    return out


class MainMenus:
    def __init__(self, window):
        self.w = window
        self.actions: dict[str, QAction] = {}
        self.specs: dict[str, Act] = {}
        self.menus: dict[str, QMenu] = {}
        self.groups: dict[str, QActionGroup] = {}
        self._stack = None
        bar = window.menuBar()
        for name in MENUS:
            self.menus[name] = bar.addMenu("")
            self.menus[name].aboutToShow.connect(partial(self._refresh_labels, name))
        for spec in ACTIONS:
            self._build(spec)
        self.view_toggles = self.menus["view"].insertSeparator(self.menus["view"].actions()[0]
                                                               if self.menus["view"].actions() else None)
        for dock in window.docks():
            self.add_dock_toggle(dock)
        self.actions[f"lang_{i18n.language()}"].setChecked(True)
        self.fill_recent()

    def _menu(self, path: str) -> QMenu:
        if path not in self.menus:  # a top-level menu added by a table entry
            self.menus[path] = self.w.menuBar().addMenu("")
            self.menus[path].aboutToShow.connect(partial(self._refresh_labels, path))
        return self.menus[path]

    def _build(self, spec: Act) -> None:
        if spec.key == "-":
            self._menu(spec.menu).addSeparator()
            return
        if spec.key == "/":
            parent, name = spec.menu.rsplit("/", 1)
            self.menus[spec.menu] = self._menu(parent).addMenu("")
            self.menus.setdefault(name, self.menus[spec.menu])  # short alias: menus["pin"]
            self.menus[spec.menu].setObjectName(name)
            self.menus[spec.menu].aboutToShow.connect(partial(self._refresh_labels, spec.menu))
            return
        owner = self.w.view if spec.scope == "view" else self.w
        act = QAction(owner)
        act.setObjectName(f"wb.{spec.key}")
        act.triggered.connect(partial(self._run, spec))
        act.setShortcuts(_sequences(spec.shortcut))
        if spec.scope == "view":
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.group:
            act.setCheckable(True)
            group = self.groups.setdefault(spec.group, QActionGroup(self.w))
            group.addAction(act)
        owner.addAction(act)  # shortcuts work even while the menu bar is hidden
        if spec.menu:
            self._menu(spec.menu).addAction(act)
        self.actions[spec.key] = act
        self.specs[spec.key] = spec

    def _run(self, spec: Act, *_) -> None:
        attrgetter(spec.slot)(self.w)(*spec.args)

    # ---- state ---------------------------------------------------------------------------
    def set_session(self, session) -> None:
        """Follow the session's undo stack: Undo/Redo name the edit and enable themselves."""
        if self._stack is not None:
            self._stack.indexChanged.disconnect(self._stack_changed)
            self._stack.cleanChanged.disconnect(self._stack_changed)
        self._stack = session.undo_stack if session is not None else None
        if self._stack is not None:
            self._stack.indexChanged.connect(self._stack_changed)
            self._stack.cleanChanged.connect(self._stack_changed)
        self.update_enabled()
        self.retranslate_action("undo")
        self.retranslate_action("redo")

    def on_change(self, change) -> None:
        if change.entity == "document":
            self.update_enabled()

    def _stack_changed(self, *_) -> None:
        for key in ("undo", "redo"):
            self.retranslate_action(key)
            self.actions[key].setEnabled(self._enabled(self.specs[key].needs))

    @property
    def undo_action(self) -> QAction:
        return self.actions["undo"]

    @property
    def redo_action(self) -> QAction:
        return self.actions["redo"]

    def _enabled(self, needs: str) -> bool:
        session = self.w.session
        if needs == "":
            return True
        if session is None:
            return False
        if needs == "document":
            return self.w.view.document_id is not None
        if needs == "undo":
            return session.undo_stack.canUndo()
        if needs == "redo":
            return session.undo_stack.canRedo()
        return True  # "project"

    def update_enabled(self) -> None:
        for key, spec in self.specs.items():
            self.actions[key].setEnabled(self._enabled(spec.needs))
        for path, menu in self.menus.items():
            if "/" in path and path != "file/recent":
                menu.setEnabled(any(a.isEnabled() for a in menu.actions()))

    def fill_recent(self) -> None:
        menu = self.menus["file/recent"]
        menu.clear()
        for path in self.w.settings.recent():
            act = menu.addAction(path)
            act.triggered.connect(partial(self.w.open_project, path))
        menu.setEnabled(bool(self.w.settings.recent()))

    def add_dock_toggle(self, dock) -> None:
        action = dock.toggleViewAction()
        # shown again from the menu: in front of its tab group, not behind another tab
        action.triggered.connect(lambda checked, d=dock: checked and d.raise_())
        self.menus["view"].insertAction(self.view_toggles, action)

    # ---- texts -----------------------------------------------------------------------------
    def undo_text(self, spec: Act) -> str:
        step = self._stack.undoText() if self._stack is not None else ""
        return f"{tr('wb.edit.undo')} {step}".strip()

    def redo_text(self, spec: Act) -> str:
        step = self._stack.redoText() if self._stack is not None else ""
        return f"{tr('wb.edit.redo')} {step}".strip()

    def pin_text(self, spec: Act) -> str:
        """"Key 3 — Eerlijkheid": the pin menu shows which code each key codes with."""
        n = spec.args[0]
        text = tr("wb.menu.pin_key", n=n)
        session = self.w.session
        if session is None:
            return text
        code_id = self.w.settings.pins(str(session.project.path)).get(n)
        code = session.project.code(code_id) if code_id is not None else None
        return tr("wb.menu.pin_key_code", n=n, code=code.name) if code else text

    def retranslate_action(self, key: str) -> None:
        spec = self.specs[key]
        if not spec.menu:
            return
        text = getattr(self, spec.label)(spec) if spec.label else tr(f"wb.menu.{key}")
        self.actions[key].setText(text)

    def _refresh_labels(self, path: str) -> None:
        for key, spec in self.specs.items():
            if spec.menu == path and spec.label:
                self.retranslate_action(key)

    def retranslate(self) -> None:
        for path, menu in self.menus.items():
            menu.setTitle(tr(f"wb.menu.{path.rsplit('/', 1)[-1]}"))
        for key in self.specs:
            self.retranslate_action(key)

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
            self.w.set_font_size(size)
