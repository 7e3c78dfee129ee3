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
        self.setWidget(QWidget())  # empty until built
        # Built from the event loop, not inside the signal: Qt reports a tabbed dock visible for
        # a moment while it lays out or shows the window, and a dock whose widget is replaced
        # right then is left standing in front of its tab group.
        self.visibilityChanged.connect(lambda visible: visible and QTimer.singleShot(0, self._build_if_shown))

    def _build_if_shown(self) -> None:
        if self.isVisible() and not self.visibleRegion().isEmpty():
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
