"""Where the window and its docks go: the first size, the default arrangement, and restoring
the user's own arrangement (or falling back to the default when the saved one is unusable).

Every dock exists before the saved state is restored (Qt can only place docks it knows), and
the state carries a version so a layout saved by an older arrangement is not half-applied.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

LAYOUT_VERSION = 5  # 4: the suggestions panel; 5: Search, Suggestions, Analysis beside Retrieved segments
SCREEN_SHARE = (0.85, 0.88)  # of the available screen, for the first window
MIN_DOCK = 60  # a docked panel narrower or lower than this is a collapsed, unusable one

Area = Qt.DockWidgetArea


def available_rect(window) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)


def first_geometry(window) -> None:
    """A sensible share of the screen, centred (not Qt's 640×480 default)."""
    avail = available_rect(window)
    width = int(avail.width() * SCREEN_SHARE[0])
    height = int(avail.height() * SCREEN_SHARE[1])
    window.resize(width, height)
    window.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)


def apply_default(window) -> None:
    """Documents above the codebook on the left, the inspector on the right; below the
    transcript Retrieved segments, and beside it Search, Suggestions and Analysis as tabs."""
    for dock in window.docks():
        dock.setFloating(False)
        window.removeDockWidget(dock)
    window.addDockWidget(Area.LeftDockWidgetArea, window.documents)
    window.splitDockWidget(window.documents, window.codebook, Qt.Orientation.Vertical)
    window.addDockWidget(Area.RightDockWidgetArea, window.inspector)
    window.addDockWidget(Area.BottomDockWidgetArea, window.retrieval)
    # Search hits, suggestions and the analysis sit beside Retrieved segments, so a clicked
    # hit, suggestion or matrix cell shows its quotes next to it. Search is in front while
    # coding; the Analysis tab computes when it is first shown, so opening never waits for it.
    window.splitDockWidget(window.retrieval, window.search, Qt.Orientation.Horizontal)
    window.tabifyDockWidget(window.search, window.suggestions)
    window.tabifyDockWidget(window.suggestions, window.analysis.dock)
    for dock in window.docks():
        dock.setFloating(False)  # a dock that floated keeps floating through remove/add
        dock.show()
    window.search.raise_()
    width, height = max(window.width(), 1000), max(window.height(), 700)
    left, right = max(300, min(400, width // 4)), max(260, min(360, width // 5))
    window.resizeDocks([window.documents, window.inspector], [left, right], Qt.Orientation.Horizontal)
    window.resizeDocks([window.documents, window.codebook], [height // 4, height // 2],
                       Qt.Orientation.Vertical)
    window.resizeDocks([window.retrieval], [max(220, height * 2 // 7)], Qt.Orientation.Vertical)
    window.resizeDocks([window.retrieval, window.search], [width // 2, width // 2],
                       Qt.Orientation.Horizontal)


def _on_screen(window) -> bool:
    frame = window.frameGeometry()
    for screen in QGuiApplication.screens():
        visible = screen.availableGeometry().intersected(frame)
        if visible.width() >= 200 and visible.height() >= 150:
            return True
    return False


def restore(window, geometry, state) -> None:
    """The saved geometry and dock state when they are usable, else the defaults."""
    if geometry is None or not window.restoreGeometry(geometry) or not _on_screen(window):
        first_geometry(window)
    apply_default(window)
    if state is not None and not window.restoreState(state, LAYOUT_VERSION):
        apply_default(window)


def collapsed_docks(window) -> list:
    """Docks shown at a size nobody can use (e.g. restored as a tiny floating box)."""
    bad = []
    for dock in window.docks():
        if dock.isHidden():
            continue
        if window.tabifiedDockWidgets(dock) and dock.visibleRegion().isEmpty():
            continue  # behind another tab: Qt keeps it "visible", off screen, at any size
        size = dock.size()
        if size.width() < MIN_DOCK or size.height() < MIN_DOCK:
            bad.append(dock)
        elif dock.isFloating() and (size.width() < 150 or size.height() < 150 or not _on_screen(dock)):
            bad.append(dock)
    return bad


def save(window, settings) -> None:
    settings.save_window_state(window.saveGeometry(), window.saveState(LAYOUT_VERSION))
