"""Opening a damaged project in the GUI offers its backup copy; accepting restores and opens it."""

from PySide6.QtWidgets import QMessageBox

from tests.store.test_migrations import make_version_1
from workbench.store import Project
from workbench.ui import recovery
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings


def damaged_with_backup(folder):
    path = folder / "old.iwb"
    make_version_1(path)
    Project.open(path).close()  # upgraded: old.iwb.v1.bak beside it
    path.write_bytes(path.read_bytes()[:4096] + b"\xa5" * 8192)
    return path


def test_damaged_project_restored_from_backup_on_request(qtbot, wb_env, monkeypatch):
    path = damaged_with_backup(wb_env)
    asked, told = [], []
    monkeypatch.setattr(recovery, "ask", lambda parent, text: asked.append(text) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: (_ for _ in ()).throw(AssertionError(a)))
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert w.open_project(path)
    assert "old.iwb.v1.bak" in asked[0] and "old.iwb.damaged" in told[0]
    assert w.session.project.document_by_name("old").text == "Hello there"
    assert (wb_env / "old.iwb.damaged").exists()


def test_declining_leaves_everything_as_it_was(qtbot, wb_env, monkeypatch):
    path = damaged_with_backup(wb_env)
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(recovery, "ask", lambda *a: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert not w.open_project(path)
    assert "damaged" in shown[0] and path.read_bytes() == before and w.session is None


def test_the_question_names_its_buttons_in_the_ui_language(qtbot, wb_env):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench import i18n

    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.extend(b.text() for b in box.buttons())
        box.buttons()[0].click()

    i18n.set_language("nl")
    try:
        QTimer.singleShot(100, answer)
        result = recovery.ask(None, "vraag")
    finally:
        i18n.set_language("en")
    assert sorted(seen) == ["Niet nu", "Reservekopie terugzetten"]
    assert isinstance(result, bool)
