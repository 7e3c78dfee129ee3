"""The UI's handle on an open project: one QUndoStack, commands, and change signals.

Widgets never write to the store themselves: they build a core command and call
`session.execute(cmd)`. The command is applied (committed at once) and pushed on the undo
stack; store change events are re-emitted as the Qt signal `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.core.commands import Command, CommandError
from workbench.core.events import Change
from workbench.errors import user_message
from workbench.i18n import tr
from workbench.store import Project, ProjectError


class _UndoEntry(QUndoCommand):
    """Wraps an applied core command; undo/redo replay the recorded patches.

    A replay the store refuses (its rows changed meanwhile, e.g. in another window) changes
    nothing; the step is reported and marked obsolete, which makes QUndoStack drop it
    instead of moving its index past an edit that did not happen (DESIGN §3)."""

    def __init__(self, session: Session, inverse: Command):
        super().__init__(inverse.describe())
        self._session = session
        self._inverse: Command = inverse
        self._forward: Command | None = None  # known after the first undo
        self._fresh = True  # QUndoStack.push calls redo(); the edit is already applied

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        try:
            self._inverse = self._forward.apply(self._session.project)
        except (CommandError, ProjectError) as exc:
            self._refused("wb.undo.redo_refused", exc)

    def undo(self) -> None:
        try:
            self._forward = self._inverse.apply(self._session.project)
        except (CommandError, ProjectError) as exc:
            self._refused("wb.undo.undo_refused", exc)

    def retranslate(self) -> None:
        self.setText(self._inverse.describe())

    def _refused(self, key: str, exc: CommandError | ProjectError) -> None:
        self.setObsolete(True)
        self._session.failed.emit(tr(key, step=self.text(), reason=user_message(exc)))


class Session(QObject):
    changed = Signal(object)  # a core.events.Change, after it is committed
    failed = Signal(str)  # a command was refused (message for the status bar / a dialog)

    def __init__(self, project: Project, coder: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.coder = coder
        self.undo_stack = QUndoStack(self)
        project.events.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def execute(self, command: Command) -> bool:
        """Apply and record an edit. Returns False (and emits `failed`) when it is refused."""
        try:
            # Apply once outside the stack so a refused edit never lands on it.
            inverse = command.apply(self.project)
        except (CommandError, ProjectError) as exc:  # refused, or storage (disk full, damaged…)
            self.failed.emit(user_message(exc))
            return False
        self.record(inverse)
        return True

    def record(self, inverse: Command) -> None:
        """Put an edit that was already applied (e.g. by a worker) on the undo stack."""
        self.undo_stack.push(_UndoEntry(self, inverse))

    def retranslate(self) -> None:
        """Name every step on the undo stack in the language just chosen."""
        for i in range(self.undo_stack.count()):
            self.undo_stack.command(i).retranslate()

    def close(self) -> None:
        self.project.events.unsubscribe(self._relay)
        self.undo_stack.clear()
        self.project.close()

