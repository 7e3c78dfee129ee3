"""The one way a panel follows the open project (DESIGN §1):

    store events → Session.changed → Panels.dispatch → every panel's on_change

A panel is any widget or controller with `set_session(session | None)` (a project was opened
or closed: start over), `on_change(change)` (a committed edit: follow it) and `retranslate()`
(the language was switched). Panels are registered once, when the window is
built, and outlive the sessions they are given.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from workbench.core.events import Change


@runtime_checkable
class Panel(Protocol):
    def set_session(self, session) -> None: ...
    def on_change(self, change: Change) -> None: ...
    def retranslate(self) -> None: ...


class Panels:
    def __init__(self, panels: list[Panel] | tuple[Panel, ...] = ()):
        self.items: list[Panel] = []
        self.session = None
        for panel in panels:
            self.register(panel)

    def register(self, panel: Panel) -> None:
        if not isinstance(panel, Panel):
            raise TypeError(f"{type(panel).__name__} lacks set_session/on_change/retranslate")
        self.items.append(panel)
        panel.set_session(self.session)

    def set_session(self, session) -> None:
        """Hand every panel the new session (or None) and follow its changes."""
        if self.session is not None:
            self.session.changed.disconnect(self.dispatch)
        self.session = session
        for panel in self.items:
            panel.set_session(session)
        if session is not None:
            session.changed.connect(self.dispatch)

    def dispatch(self, change: Change) -> None:
        for panel in self.items:
            panel.on_change(change)

    def retranslate(self) -> None:
        for panel in self.items:
            panel.retranslate()
