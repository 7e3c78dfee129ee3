"""Docks built when first needed: a dock behind another tab costs nothing when the window
opens. Its widgets are made the first time it is shown, or the first time anything reads one
of them (a menu command, a click in the transcript, a test), whichever comes first.

A subclass calls `_defer_build()` in its constructor (after setting its title and any plain
state), puts its widgets in `_build()`, and lets its panel methods return early while
`built` is false (they keep the session and the shown document, so `_build` can catch up).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


class BuiltOnDemand:
    def _defer_build(self) -> None:
        self.__dict__["_built"] = False
        self.__dict__["_in_front"] = False
        self.setWidget(QWidget())  # empty until built
        # Built from the event loop, not inside the signal: Qt reports a tabbed dock visible for
        # a moment while it lays out or shows the window, and a dock whose widget is replaced
        # right then is left standing in front of its tab group.
        self.visibilityChanged.connect(self._visibility)

    def _visibility(self, visible: bool) -> None:
        self.__dict__["_in_front"] = visible
        if visible and not self.built:
            QTimer.singleShot(0, self._build_if_shown)

    def on_screen(self) -> bool:
        """Shown, and not behind another tab. Qt keeps a dock behind a tab "visible" (off
        screen) but reports every tab switch through visibilityChanged; its visible region is
        no guide (a floating dock's opaque contents leave it empty on some platforms)."""
        return self.isVisible() and self.__dict__.get("_in_front", True)

    def _build_if_shown(self) -> None:
        if self.on_screen():
            self.ensure_built()

    @property
    def built(self) -> bool:
        return self.__dict__.get("_built", True)

    def ensure_built(self) -> None:
        if not self.built:
            self.__dict__["_built"] = True
            self._build()

    def _build(self) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def __getattr__(self, name: str):
        # Only reached for attributes that do not exist yet: the widgets `_build` makes.
        if name.startswith("__") or self.built:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)
