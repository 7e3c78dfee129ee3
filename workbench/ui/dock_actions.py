"""Context-menu actions that belong to one dock's tree (codebook, documents)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


def make_dock_action(dock, prefix: str, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
    """An action owned by the dock; its shortcut acts only while the dock's tree has focus."""
    action = QAction(dock)
    action.setObjectName(f"{prefix}.{name}")
    action.triggered.connect(lambda _=False: slot())
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        dock.tree.addAction(action)
    return action
