"""Dock contents that never force the window wider than a laptop screen.

Docks share the bottom row; a dock whose control bar is wide would otherwise make its
minimum width the window's. Its body scrolls sideways instead, and combo boxes size to a
few characters rather than to their longest item. Also the filter combos those bars hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QScrollArea, QWidget


def compact(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


def fill_filter(combo: QComboBox, everything: str, values: list[str], keep=None) -> None:
    """A filter combo: "everything" (data None) then the values, keeping the chosen one when
    it is still there; no signal fires while it is refilled."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for v in values:
        combo.addItem(v, v)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)


def set_scrolling_body(dock: QDockWidget, body: QWidget) -> None:
    """Put body in the dock inside a frameless area that scrolls sideways when the dock is
    narrower than the body wants (its tables and lists scroll vertically themselves)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    dock.setWidget(scroll)
