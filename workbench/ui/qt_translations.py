"""Qt's own texts in the UI language: the standard buttons of message boxes, input and file
dialogs (OK/Cancel/Yes/No → OK/Annuleren/Ja/Nee), from the translations PySide6 ships
(qtbase_nl.qm). Follows every `i18n.set_language`, so a language switch renames them live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from workbench import i18n

_installed: list[QTranslator] = []


def apply(lang: str) -> bool:
    """Install Qt's catalogue for `lang` (English needs none). True when one was loaded."""
    app = QCoreApplication.instance()
    if app is None:  # set again once the application exists (app.run_gui does)
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


i18n.add_listener(apply)
