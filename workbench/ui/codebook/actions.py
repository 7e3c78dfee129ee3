"""Every codebook operation as a named QAction (object names "codebook.<operation>"), so the
context menu, keyboard shortcuts, a main-window menu and the tests all use the same ones."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QMenu, QMessageBox

from workbench.core.commands import AddCode, ChangeCode, Compound, DeleteCode, MergeCodes
from workbench.core.kinds import KINDS, kind_label
from workbench.errors import user_message
from workbench.i18n import language, tr
from workbench.ui.codebook.editor import CodeEditorDialog
from workbench.ui.codebook.icons import kind_icon
from workbench.ui.codebook.merge_dialog import MergeTargetDialog
from workbench.ui.codebook.scheme_dialog import SchemeDialog
from workbench.ui.dock_actions import make_dock_action

# Colours for new top-level codes (Material 700/800 tones: readable chips on light and dark).
PALETTE = ("#1565C0", "#C62828", "#2E7D32", "#6A1B9A", "#EF6C00", "#00838F", "#AD1457",
           "#4E342E", "#F9A825", "#546E7A")

_LABELS = {
    "new_code": "codebook.act.new_code", "new_subcode": "codebook.act.new_subcode",
    "rename": "codebook.act.rename", "recolour": "codebook.act.recolour",
    "edit_entry": "codebook.act.edit_entry", "merge": "codebook.act.merge",
    "delete": "codebook.act.delete", "expand_all": "codebook.act.expand_all",
    "collapse_all": "codebook.act.collapse_all", "apply_scheme": "codebook.act.apply_scheme",
    "import_codebook": "codebook.act.import", "export_codebook": "codebook.act.export",
}


class CodebookActions(QObject):
    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.by_name: dict[str, QAction] = {}
        make = self._make
        make("new_code", self.new_code, QKeySequence(Qt.Key.Key_Insert))
        make("new_subcode", self.new_subcode, QKeySequence("Shift+Ins"))
        make("rename", self.rename, QKeySequence(Qt.Key.Key_F2))
        make("recolour", self.recolour)
        make("edit_entry", self.edit_entry, QKeySequence("Ctrl+E"))
        make("merge", self.merge)
        make("delete", self.delete, QKeySequence(QKeySequence.StandardKey.Delete))
        make("expand_all", dock.tree.expandAll)
        make("collapse_all", dock.tree.collapseAll)
        make("apply_scheme", self.apply_scheme)
        make("import_codebook", self.import_codebook)
        make("export_codebook", self.export_codebook)
        self.kind_menu = QMenu(dock)
        self.kind_menu.setObjectName("codebook.kind_menu")
        self.kind_group = QActionGroup(self)
        # Icons are painted when the menu first opens, not with the window.
        self.kind_menu.aboutToShow.connect(self._kind_icons)
        for kind in KINDS:
            action = QAction(kind, dock)
            action.setObjectName(f"codebook.kind.{kind}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=kind: self.change_kind(k))
            self.kind_group.addAction(action)
            self.kind_menu.addAction(action)
            self.by_name[f"kind.{kind}"] = action
        self.update_enabled()

    @property
    def session(self):
        return self.dock.session

    def _kind_icons(self) -> None:
        for kind in KINDS:
            action = self.by_name[f"kind.{kind}"]
            if action.icon().isNull():
                action.setIcon(kind_icon(kind))

    def _make(self, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = self.by_name[name] = make_dock_action(self.dock, "codebook", name, slot, shortcut)
        return action

    def retranslate(self) -> None:
        for name, key in _LABELS.items():
            self.by_name[name].setText(tr(key))
        self.kind_menu.setTitle(tr("codebook.act.kind"))
        for kind in KINDS:
            self.by_name[f"kind.{kind}"].setText(kind_label(kind, language()).capitalize())

    def update_enabled(self) -> None:
        ids = self.dock.selected_code_ids()
        one = len(ids) == 1
        for name in ("new_subcode", "rename", "edit_entry", "merge"):
            self.by_name[name].setEnabled(one)
        for name in ("recolour", "delete"):
            self.by_name[name].setEnabled(bool(ids))
        self.kind_menu.setEnabled(bool(ids))
        for name in ("new_code", "apply_scheme", "import_codebook", "export_codebook"):
            self.by_name[name].setEnabled(self.session is not None)
        kinds = {self.dock.model.code(cid).kind for cid in ids}
        for kind in KINDS:
            self.by_name[f"kind.{kind}"].setChecked(kinds == {kind})

    def menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        a = self.by_name
        for name in ("new_code", "new_subcode"):
            menu.addAction(a[name])
        menu.addSeparator()
        for name in ("rename", "recolour"):
            menu.addAction(a[name])
        menu.addMenu(self.kind_menu)
        for name in ("edit_entry", "merge", "delete"):
            menu.addAction(a[name])
        menu.addSeparator()
        menu.addAction(a["expand_all"])
        menu.addAction(a["collapse_all"])
        menu.addSeparator()
        for name in ("apply_scheme", "import_codebook", "export_codebook"):
            menu.addAction(a[name])
        return menu

    # ---- operations ---------------------------------------------------------------
    def _batch(self, commands: list, label_key: str, n: int) -> bool:
        """Several codes changed as one edit: all or nothing, one undo step."""
        return self.session.execute(Compound(commands, label_key, n=n) if len(commands) > 1
                                    else commands[0])

    def _free_name(self, parent_id: int | None) -> str:
        project = self.session.project
        taken = {c.name.casefold() for c in project.child_codes(parent_id)}
        base = tr("codebook.new_code_name")
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def new_code(self, parent_id: int | None = None) -> int | None:
        if parent_id is None:
            count = len(self.session.project.child_codes(None))
            cmd = AddCode(None, self._free_name(None), "theme", PALETTE[count % len(PALETTE)])
        else:
            cmd = AddCode(parent_id, self._free_name(parent_id))
        if not self.session.execute(cmd):
            return None
        self.dock.select_code(cmd.created_id, edit=True)
        return cmd.created_id

    def new_subcode(self) -> int | None:
        ids = self.dock.selected_code_ids()
        return self.new_code(ids[0]) if len(ids) == 1 else None

    def rename(self) -> None:
        ids = self.dock.selected_code_ids()
        if len(ids) == 1:
            self.dock.select_code(ids[0], edit=True)

    def recolour(self) -> None:
        ids = self.dock.selected_code_ids()
        if not ids:
            return
        start = QColor(self.dock.model.code(ids[0]).color)
        color = QColorDialog.getColor(start, self.dock, tr("codebook.pick_colour"))
        if color.isValid():
            hex_color = color.name().upper()
            self._batch([ChangeCode(cid, color=hex_color) for cid in ids],
                        "codebook.recolour_many", len(ids))

    def change_kind(self, kind: str) -> None:
        ids = [cid for cid in self.dock.selected_code_ids() if self.dock.model.code(cid).kind != kind]
        if ids:
            self._batch([ChangeCode(cid, kind=kind) for cid in ids], "codebook.kind_many", len(ids))

    def edit_entry(self) -> None:
        ids = self.dock.selected_code_ids()
        if len(ids) == 1:
            dialog = CodeEditorDialog(self.session, ids[0], self.dock)
            dialog.exec()
            dialog.deleteLater()

    def merge(self) -> None:
        ids = self.dock.selected_code_ids()
        if len(ids) != 1:
            return
        dialog = MergeTargetDialog(self.session, ids[0], self.dock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target_id() is not None:
            target = dialog.target_id()
            if self.session.execute(MergeCodes(ids[0], target)):
                self.dock.select_code(target)
        dialog.deleteLater()

    def delete(self) -> None:
        model = self.dock.model
        ids = self.dock.selected_code_ids()
        # Deleting a code takes its sub-codes along; do not delete them twice.
        ids = [c for c in ids if not any(c != o and c in model.subtree_ids(o) for o in ids)]
        if not ids:
            return
        codings = sum(model.totals(cid)[0] for cid in ids)
        subcodes = sum(len(model.subtree_ids(cid)) - 1 for cid in ids)
        what = (tr("codebook.delete_one", name=model.code(ids[0]).name) if len(ids) == 1
                else tr("codebook.delete_many", n=len(ids)))
        text = "\n\n".join([what, tr("codebook.delete_counts", codings=codings, subcodes=subcodes),
                            tr("codebook.delete_undo")])
        answer = QMessageBox.question(self.dock, tr("codebook.delete_title"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._batch([DeleteCode(cid) for cid in ids], "codebook.delete_many", len(ids))

    def apply_scheme(self) -> None:
        dialog = SchemeDialog(self.session, self.dock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.dock.show_message(tr("codebook.scheme_added", n=dialog.added, name=dialog.applied_title))
        dialog.deleteLater()

    def import_codebook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dock, tr("codebook.import_title"), "",
                                              tr("codebook.qdc_filter"))
        if not path:
            return
        from workbench.exchange.codebook import import_codebook  # REFI-QDA: loaded when first used

        try:
            command = import_codebook(self.session.project, path)
        except Exception as exc:  # a bad file: say so, never a traceback
            QMessageBox.warning(self.dock, tr("codebook.import_title"),
                                tr("codebook.import_failed", file=path, reason=user_message(exc)))
            return
        if self.session.execute(command):
            self.dock.show_message(tr("codebook.imported", file=path))

    def export_codebook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.dock, tr("codebook.export_title"), "codebook.qdc",
                                              tr("codebook.qdc_filter"))
        if not path:
            return
        from workbench.exchange.codebook import export_codebook

        try:
            export_codebook(self.session.project, path)
        except Exception as exc:
            QMessageBox.warning(self.dock, tr("codebook.export_title"),
                                tr("codebook.export_failed", file=path, reason=user_message(exc)))
            return
        self.dock.show_message(tr("codebook.exported", file=path))
