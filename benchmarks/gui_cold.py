"""GUI timings that only mean something in a fresh process (run by bench_gui in a subprocess):

    python -m benchmarks.gui_cold window P.iwb   → ms to build the coding window with P open
    python -m benchmarks.gui_cold start P.iwb    → the same with the app's imports included
    python -m benchmarks.gui_cold search P.iwb Q → ms for the first search in the process

For window and search, imports happen before the clock starts; everything the user waits for
after that is timed: widgets, opening the project, the first paint.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before the app's imports (only the interpreter's own start is not timed)

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "WORKBENCH_SETTINGS_FILE" not in os.environ:  # never the user's own settings
    import tempfile

    os.environ["WORKBENCH_SETTINGS_FILE"] = os.path.join(tempfile.mkdtemp(), "settings.ini")


def _refuse(_parent, _title, text, *_, **__):
    raise SystemExit(f"cannot benchmark: {text}")  # never wait on a dialog nobody sees


def _window(path: str):
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    QMessageBox.warning = _refuse
    window = MainWindow(Settings(), coder="Bench")
    window.resize(1600, 1000)
    window.open_project(path)
    window.show()
    return window


def main(argv: list[str]) -> float:
    from workbench.ui.app import application
    from workbench.ui.main_window import MainWindow  # noqa: F401  (imports are not timed)

    app = application()
    kind, path = argv[0], argv[1]
    if kind in ("window", "start"):
        t0 = STARTED if kind == "start" else time.perf_counter()
        window = _window(path)
        app.processEvents()  # laid out and painted
        return (time.perf_counter() - t0) * 1000
    window = _window(path)
    app.processEvents()
    window.view.highlighter.finish()  # the window has settled, as it has when a user searches
    app.processEvents()
    search = window.search
    search.edit.setText(argv[2])
    drawn = []
    search.delegate.painted.connect(lambda: drawn.append(1))  # a hit row drawn on screen
    t0 = time.perf_counter()
    search.run_search()
    while not drawn and time.perf_counter() - t0 < 10:  # event-loop turns until the first hit shows
        app.processEvents()
    if not drawn:
        raise SystemExit("cannot benchmark: no hit was drawn")
    return (time.perf_counter() - t0) * 1000


if __name__ == "__main__":
    print(f"{main(sys.argv[1:]):.3f}")
