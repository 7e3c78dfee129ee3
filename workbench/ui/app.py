"""Starting the GUI: application, settings, coder name, project, main window, screenshots."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog

from workbench import i18n
from workbench.i18n import tr
from workbench.ui.errors import install_excepthook
from workbench.ui.settings import APP, ORG, Settings


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(sys.argv[:1])
    return app


def ask_coder(settings: Settings) -> str:
    """The coder's name, asked once (WORKBENCH_CODER overrides it, e.g. on shared machines)."""
    env = os.environ.get("WORKBENCH_CODER", "").strip()
    if env:
        return env
    if not settings.coder:
        name, ok = QInputDialog.getText(None, tr("wb.coder.title"), tr("wb.coder.first"))
        if ok and name.strip():
            settings.coder = name
    return settings.coder


def prepare_screenshot(window) -> None:
    """First document with its codings, a coded code selected so retrieval shows segments."""
    session = window.session
    if session is None:
        return
    project = session.project
    counts = project.code_counts()
    doc_id = window.view.document_id
    codings = project.codings(document_id=doc_id) if doc_id is not None else []
    if codings:
        top = max({c.code_id for c in codings}, key=lambda cid: counts.get(cid, (0, 0))[0])
        root = top
        while project.code(root).parent_id is not None:
            root = project.code(root).parent_id
        window.choose_codes([root])
        first = codings[min(3, len(codings) - 1)]
        window.view.select_span(first.start, first.start)
        window.inspector.show_at(doc_id, first.start)


def startup_project(path: str | None, settings: Settings) -> str | None:
    """The project to open: the one asked for, else the last one used (if it still exists)."""
    if path:
        return path
    return next((p for p in settings.recent()[:1] if os.path.isfile(p)), None)


def run_gui(path: str | None, screenshot: str | None = None,
            size: tuple[int, int] | None = None) -> int:
    app = application()
    settings = Settings()
    # WORKBENCH_LANGUAGE (nl|en) overrides the saved choice, e.g. for screenshots in both.
    i18n.set_language(os.environ.get("WORKBENCH_LANGUAGE") or settings.language)
    install_excepthook()
    from workbench.ui.main_window import MainWindow  # after the language is set

    coder = os.environ.get("WORKBENCH_CODER", "").strip() if screenshot else ask_coder(settings)
    window = MainWindow(settings, coder)
    if path and screenshot:
        # No modal dialog in screenshot mode (nobody would close it): the error goes to stderr.
        from workbench.errors import user_message
        from workbench.store import Project, ProjectError

        try:
            window.set_project(Project.open(path))
        except ProjectError as exc:
            sys.stderr.write(f"workbench: {user_message(exc)}\n")
            window.close()
            return 2
    elif not screenshot and (path := startup_project(path, settings)):
        window.open_project(path)
    if screenshot:
        width, height = size or (1600, 1000)
        window.resize(width, height)
        window.show()
        prepare_screenshot(window)
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(screenshot)
        window.close()
        return 0 if ok else 1
    window.show()
    return app.exec()
