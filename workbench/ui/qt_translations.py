"""Qt's own texts in the UI language: the standard buttons of message boxes, input and file
dialogs (OK/Cancel/Yes/No → OK/Annuleren/Ja/Nee), from the translations PySide6 ships
(qtbase_nl.qm). Follows every `i18n.set_language`, so a language switch renames them live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from workbench import i18n

_installed: list[QTranslator] = []


class _MnemonicFallback(QTranslator):
    """Qt 6 gave some labels a mnemonic ("&Look in:", "Files of &type:" in the file dialog)
    that the shipped catalogue still has without one: look such a text up without its "&"
    and give the translation a mnemonic on its first letter."""

    def __init__(self, base: QTranslator, parent):
        super().__init__(parent)
        self.base = base

    def translate(self, context, source, disambiguation=None, n=-1):
        # None, not "": Qt takes any non-null string, even an empty one, as the translation
        if "&" not in source or self.base.translate(context, source, disambiguation, n):
            return None  # nothing to add: Qt asks the catalogue itself next
        text = self.base.translate(context, source.replace("&", ""), disambiguation, n)
        return "&" + text if text else None

    def isEmpty(self) -> bool:
        return False


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
    fallback = _MnemonicFallback(translator, app)
    app.installTranslator(fallback)  # asked before the catalogue (the last installed is first)
    _installed.extend((translator, fallback))
    return True


i18n.add_listener(apply)
