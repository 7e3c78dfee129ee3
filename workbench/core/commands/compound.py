"""Edits of several steps as one command (DESIGN §3): one transaction, one inverse, one undo step.

In-vivo coding (a new code, then a coding with it), code-all-hits and batch codebook operations
are compounds. A later step may need what an earlier one created (the new code's id): give it
as a function of the commands applied so far. A failing step rolls the whole edit back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.core.commands.base import Command, Patch, Store
from workbench.i18n import tr

Step = Command | Callable[[list[Command]], Command | None]


class Compound(Command):
    """Apply `steps` in order inside one transaction; the inverse undoes them all at once."""

    def __init__(self, steps: Sequence[Step], label_key: str = "cmd.edit", **label_args):
        self.steps = list(steps)
        self.label_key = label_key
        self._label_args = label_args
        self.applied: list[Command] = []

    def label_args(self) -> dict:
        return self._label_args

    def _named_by_its_step(self) -> bool:
        # One step: that step's own name is the better label (e.g. "Add code 'X'").
        return len(self.steps) == 1 and isinstance(self.steps[0], Command) and self.label_key == "cmd.edit"

    def describe(self) -> str:
        if self._named_by_its_step():
            return self.steps[0].describe()
        return tr(self.label_key, **self.label_args())

    def label_source(self):
        return self.steps[0].label_source() if self._named_by_its_step() else super().label_source()

    def changes(self, store: Store) -> list:
        raise TypeError("a compound edit is applied step by step; call apply()")

    def apply(self, store: Store) -> Command:
        applied: list[Command] = []
        inverse: list = []
        with store.transaction():  # a failing step raises: the whole edit rolls back
            for step in self.steps:
                command = step if isinstance(step, Command) else step(applied)
                if command is None:
                    continue
                # Each step sees the rows the earlier ones wrote (same transaction).
                inverse[:0] = store.apply_patch(command.changes(store))
                applied.append(command)
        self.applied = applied
        created = [c.created_id for c in applied if c.created_id is not None]
        self.created_id = created[-1] if created else None
        return Patch(inverse, self.label_source())


def combine(inverses: Sequence[Command], text) -> Patch:
    """One undo step for edits that were applied (and committed) one after the other, e.g. the
    files of a batch import: undoing replays the later edits' inverses first."""
    changes: list = []
    for inverse in inverses:
        changes[:0] = inverse.changes(None)  # recorded patches need no store to list changes
    return Patch(changes, text)
