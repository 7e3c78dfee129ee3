"""Command objects: every user edit. `apply(store)` writes it and returns the inverse command.

Commands compute a row patch inside the store's transaction (ids are allocated there), so
the inverse is exact: undoing a merge or a delete restores every row as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from workbench.core.patch import RowChange
from workbench.errors import UserError
from workbench.i18n import tr


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store(Protocol):  # what commands need from store.Project
    def transaction(self): ...
    def new_id(self, table: str) -> int: ...
    def row(self, table: str, row_id: int) -> dict | None: ...
    def rows_where(self, table: str, **equals) -> dict[int, dict]: ...
    def count_rows(self, table: str) -> int: ...
    def document_names(self) -> list[str]: ...
    def apply_patch(self, changes: list[RowChange]) -> list[RowChange]: ...


class CommandError(UserError, ValueError):
    """The edit is not possible (name taken, span outside text…); nothing was changed.
    Raised with a catalogue key and its arguments (workbench.errors)."""


class Command:
    label_key = "cmd.edit"

    def label_args(self) -> dict:
        return {}

    def describe(self) -> str:
        return tr(self.label_key, **self.label_args())

    def changes(self, store: Store) -> list:
        raise NotImplementedError

    def apply(self, store: Store) -> Command:
        with store.transaction():
            inverse = store.apply_patch(self.changes(store))
        # The inverse keeps this edit's name, so undo/redo menus name the same edit.
        return Patch(inverse, self.label_source())

    def label_source(self):
        """What names this edit later, rendered in the language of the moment (undo labels
        follow a language switch). Only the key and its arguments are kept, not the command
        (an imported document's text would otherwise live on in every undo step)."""
        self.describe()  # some commands settle their key when first named
        key, args = self.label_key, self.label_args()
        return lambda: tr(key, **args)

    # The ids of rows this command created (set after apply), for callers that need them.
    created_id: int | None = None


class Patch(Command):
    """A recorded patch (what undo and redo replay)."""

    def __init__(self, changes: list[RowChange], label: str | Callable[[], str]):
        self._changes = changes
        self._label = label  # a text, or a callable that renders it in the current language

    def describe(self) -> str:
        return self._label() if callable(self._label) else self._label

    def label_source(self):
        return self._label  # replaying a patch names the same edit, without nesting

    def changes(self, store: Store) -> list:
        return self._changes


def insert(store: Store, table: str, row: dict):
    return RowChange(table, store.new_id(table), None, row)


def update(store: Store, table: str, row_id: int, **fields):
    before = store.row(table, row_id)
    if before is None:
        raise CommandError("cmd.err.row_gone", table=table, id=row_id)
    return RowChange(table, row_id, before, {**before, **fields})


def delete(table: str, row_id: int, before: dict):
    return RowChange(table, row_id, before, None)
