"""Every document operation as a named QAction (object names "documents.<operation>"): the
Documents dock's context menu, the main window's Document menu and the tests use the same ones.
Each edit is one undoable core command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from workbench.core.commands import RedetectTurns, RemoveDocument, RenameDocument, SetDocumentCase
from workbench.i18n import tr
from workbench.importers.speakers import detect_turns
from workbench.ui.dock_actions import make_dock_action
from workbench.ui.speakers_dialog import SpeakersDialog

_ORDER = ("open", "rename", "participant", "speakers", "redetect", "delete")


class DocumentActions(QObject):
    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.by_name: dict[str, QAction] = {}
        self.dialog: SpeakersDialog | None = None
        self.menus: list[QMenu] = []
        self._make("open", lambda: dock.activate_current())
        self._make("rename", self.rename, QKeySequence(Qt.Key.Key_F2))
        self._make("participant", self.assign_participant)
        self._make("speakers", self.edit_speakers)
        self._make("redetect", self.redetect_turns)
        self._make("delete", self.delete, QKeySequence(QKeySequence.StandardKey.Delete))
        self.retranslate()
        self.update_enabled()

    def _make(self, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = self.by_name[name] = make_dock_action(self.dock, "documents", name, slot, shortcut)
        return action

    def retranslate(self) -> None:
        for name in _ORDER:
            self.by_name[name].setText(tr(f"docs.act.{name}"))
        for menu in self.menus:
            menu.setTitle(tr("docs.menu"))

    def update_enabled(self) -> None:
        has = self.dock.session is not None and self.dock.current_id() is not None
        for action in self.by_name.values():
            action.setEnabled(has)

    def menu(self, parent=None) -> QMenu:
        menu = QMenu(tr("docs.menu"), parent or self.dock)
        menu.setObjectName("documents.menu")
        for name in _ORDER:
            if name in ("participant", "delete"):
                menu.addSeparator()
            menu.addAction(self.by_name[name])
        self.menus.append(menu)
        menu.destroyed.connect(lambda *_, m=menu: self.menus.remove(m) if m in self.menus else None)
        return menu

    # ---- operations ---------------------------------------------------------------
    @property
    def session(self):
        return self.dock.session

    def _current(self):
        doc_id = self.dock.current_id()
        if self.session is None or doc_id is None:
            return None
        return self.session.project.document(doc_id)

    def _report(self, ok: bool, text: str) -> bool:
        if ok:
            self.dock.message.emit(text)
        return ok

    def rename(self) -> bool:
        doc = self._current()
        if doc is None:
            return False
        name, ok = QInputDialog.getText(self.dock, tr("docs.rename_title"), tr("docs.rename_prompt"),
                                        text=doc.name)
        if not ok or not name.strip() or name.strip() == doc.name:
            return False
        return self._report(self.session.execute(RenameDocument(doc.id, name)),
                            tr("docs.renamed", name=" ".join(name.split())))

    def assign_participant(self) -> bool:
        doc = self._current()
        if doc is None:
            return False
        project = self.session.project
        names = [c.name for c in project.cases()]
        current = next((c.name for c in project.cases() if c.id == doc.case_id), "")
        items = [tr("docs.no_participant"), *names]
        index = items.index(current) if current in items else 0
        choice, ok = QInputDialog.getItem(self.dock, tr("docs.participant_title"),
                                          tr("docs.participant_prompt", name=doc.name), items, index, True)
        if not ok:
            return False
        case = None if choice == items[0] or not choice.strip() else choice.strip()
        if case == (current or None):
            return False
        return self._report(self.session.execute(SetDocumentCase(doc.id, case)),
                            tr("docs.participant_set", name=doc.name, case=case or tr("docs.no_participant")))

    def edit_speakers(self) -> SpeakersDialog | None:
        doc = self._current()
        if doc is None:
            return None
        self.dialog = SpeakersDialog(self.session, doc.id, self.dock)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def redetect_turns(self) -> bool:
        doc = self._current()
        if doc is None:
            return False
        project = self.session.project
        markdown = doc.metadata.get("format") == "md"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text, turns = detect_turns(doc.text, markdown=markdown)
        finally:
            QGuiApplication.restoreOverrideCursor()
        roles = {t.speaker: t.role for t in project.turns(doc.id)}  # keep the roles users set
        rows = [{"start": t.start, "end": t.end, "speaker": t.speaker,
                 "role": roles.get(t.speaker, t.role), "time_ms": t.time_ms} for t in turns]
        speakers = len({t.speaker for t in turns if t.speaker})
        command = RedetectTurns(doc.id, text, rows)
        if not self.session.execute(command):
            return False
        key = "docs.redetected_lost" if command.lost else "docs.redetected"
        self.dock.message.emit(tr(key, name=doc.name, turns=len(rows), speakers=speakers, lost=command.lost))
        return True

    def delete(self) -> bool:
        doc = self._current()
        if doc is None:
            return False
        codings = len(self.session.project.codings(document_id=doc.id))
        text = "\n\n".join([tr("docs.delete_question", name=doc.name),
                            tr("docs.delete_counts", codings=codings), tr("docs.delete_undo")])
        answer = QMessageBox.question(self.dock, tr("docs.delete_title"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ids = [d.id for d in self.session.project.documents()]
        i = ids.index(doc.id)
        neighbour = ids[i + 1] if i + 1 < len(ids) else (ids[i - 1] if i else None)
        if not self._report(self.session.execute(RemoveDocument(doc.id)), tr("docs.deleted", name=doc.name)):
            return False
        if neighbour is not None:  # go on with the next interview rather than an empty page
            self.dock.documentActivated.emit(neighbour)
        return True
