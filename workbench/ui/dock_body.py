"""Dock contents that never force the window wider than a laptop screen.

Docks share the bottom row; a dock whose control bar is wide would otherwise make its
minimum width the window's. Its body scrolls sideways instead, and combo boxes size to a
few characters rather than to their longest item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QScrollArea, QWidget


def compact(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


def set_scrolling_body(dock: QDockWidget, body: QWidget) -> None:
    """Put body in the dock inside a frameless area that scrolls sideways when the dock is
    narrower than the body wants (its tables and lists scroll vertically themselves)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    dock.setWidget(scroll)
