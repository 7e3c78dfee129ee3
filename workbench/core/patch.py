"""Row patches: the unit every undoable edit is made of (store.rows writes them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowChange:
    table: str
    id: int
    before: dict | None  # None: the row is inserted
    after: dict | None  # None: the row is deleted

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.id, self.after, self.before)


def invert(changes: list[RowChange]) -> list[RowChange]:
    return [c.inverted() for c in reversed(changes)]
