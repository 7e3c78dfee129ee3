"""Change events: the store announces what changed; the UI subscribes and refreshes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    entity: str  # document | turn | code | coding | case | memo | setting | org_value | suggestion
    action: str  # added | removed | changed
    ids: tuple[int, ...] = ()
    document_ids: tuple[int, ...] = field(default=())  # documents whose painting is affected


Listener = Callable[[Change], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
