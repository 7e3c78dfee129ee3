"""Qt's own texts follow the UI language; titles never show a menu mnemonic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from workbench import i18n

from . import wb_support

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


def test_standard_buttons_speak_dutch_in_dutch_mode(qtbot):
    try:
        i18n.set_language("nl")
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ja", "Nee"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    finally:
        i18n.set_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.buttons()[0].text().replace("&", "") == "No"


def test_file_dialog_labels_speak_dutch_in_dutch_mode(qtbot):
    """Qt 6 asks for "&Look in:" and "Files of &type:", which the shipped Dutch catalogue only
    has without the "&"; every label of Qt's own file dialog is Dutch all the same."""
    from PySide6.QtWidgets import QLabel

    try:
        i18n.set_language("nl")
        dialog = QFileDialog(None, "t")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()}
        assert {"Zoeken in:", "Bestanden van type:", "Bestandsnaam:"} <= labels, labels
        buttons = {b.text().replace("&", "") for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
        assert buttons == {"Openen", "Annuleren"}
    finally:
        i18n.set_language("en")
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert "Look in:" in {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}


def test_file_dialog_title_has_no_mnemonic(window, monkeypatch):
    titles = []

    filters = []

    def capture(parent, caption="", folder="", name_filter="", *args, **kwargs):
        titles.append(caption)
        filters.append(name_filter)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(capture))
    window.menus.set_language("nl")
    window.menus.actions["import"].trigger()
    assert titles == ["Transcripten importeren"]
    assert "*.docx" in filters[0] and filters[0].startswith("Transcripten (")
    assert "&" in window.menus.actions["import"].text()  # the menu keeps its mnemonic


def test_plain_strips_mnemonics_and_ellipsis():
    assert i18n.plain("Transcripten &importeren…") == "Transcripten importeren"
    assert i18n.plain("Save && close...") == "Save & close"


def test_import_dialog_starts_in_an_existing_folder(window, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from workbench.ui.importing import choose_files

    folders = []
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda *_: str(tmp_path / "missing")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda parent, caption, folder, *a: (folders.append(folder), ([], ""))[1]))
    assert choose_files(window) == []
    assert folders == [str(Path.home())]
