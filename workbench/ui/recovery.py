"""Offer to restore a damaged project from its newest backup copy (store.projectfile)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workbench.errors import printable_name, user_message
from workbench.i18n import tr
from workbench.store import ProjectError
from workbench.store.projectfile import restore_backup


def ask(parent, text: str) -> bool:
    """Restore or not; the buttons name the choice in the UI language."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("recovery.title"), text, parent=parent)
    restore = box.addButton(tr("recovery.restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("recovery.not_now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_restore(parent, exc: ProjectError) -> bool:
    """For a damaged project with a backup: ask, restore, and say where the damaged file went.
    True when the backup is now in place (the caller opens the project again)."""
    backup = getattr(exc, "backup", None)
    if backup is None:
        return False
    if not ask(parent, tr("recovery.ask", file=printable_name(exc.path.name), backup=printable_name(backup.name))):
        return False
    try:
        _used, damaged = restore_backup(exc.path)
    except ProjectError as err:
        QMessageBox.warning(parent, tr("recovery.title"), user_message(err))
        return False
    QMessageBox.information(parent, tr("recovery.title"),
                            tr("recovery.done", backup=printable_name(backup.name),
                               damaged=printable_name(damaged.name)))
    return True
