"""Options for importing several files at once: participant from the file name (a pattern
the user can set, shown live on the chosen files) and the language."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from workbench.i18n import tr
from workbench.importers.batch import case_from_name
from workbench.ui.buttons import CANCEL, OK, button_box

EXAMPLES = 4
PRESETS = (  # (label key, pattern)
    ("import.pattern.none", ""),
    ("import.pattern.after_number", r"^\d+[\s_\-]+(.+)$"),
    ("import.pattern.whole", r"^(.+)$"),
)


class BatchOptionsDialog(QDialog):
    def __init__(self, paths, parent=None):
        super().__init__(parent)
        self.setObjectName("import.options")
        self.paths = [Path(p) for p in paths]
        self.setWindowTitle(tr("import.options_title", n=len(self.paths)))
        self.setMinimumWidth(560)

        intro = QLabel(tr("import.options_intro", n=len(self.paths)))
        intro.setWordWrap(True)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("import.preset")
        for key, pattern in PRESETS:
            self.preset_combo.addItem(tr(key), pattern)
        self.preset_combo.currentIndexChanged.connect(
            lambda _: self.pattern_edit.setText(self.preset_combo.currentData()))
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("import.pattern")
        self.pattern_edit.setPlaceholderText(tr("import.pattern_hint"))
        self.pattern_edit.textChanged.connect(self._update)
        self.examples = QLabel()
        self.examples.setObjectName("import.examples")
        self.examples.setWordWrap(True)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("import.language")
        for value in ("", "nl", "en"):
            self.language_combo.addItem(tr(f"import.lang.{value or 'auto'}"), value)

        form = QFormLayout()
        form.addRow(tr("import.case_from_name"), self.preset_combo)
        form.addRow(tr("import.pattern"), self.pattern_edit)
        form.addRow("", self.examples)
        form.addRow(tr("import.language"), self.language_combo)
        self.buttons = button_box(OK, CANCEL)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("import.do_import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def pattern(self) -> str | None:
        return self.pattern_edit.text().strip() or None

    def language(self) -> str | None:
        return self.language_combo.currentData() or None

    def _update(self, *_):
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        pattern = self.pattern()
        if pattern is None:
            self.examples.setText(tr("import.no_case"))
            ok.setEnabled(True)
            return
        try:
            re.compile(pattern)
        except re.error as exc:
            self.examples.setText(f"<span style='color:#B71C1C'>{tr('import.bad_pattern', reason=exc)}</span>")
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        lines = []
        for path in self.paths[:EXAMPLES]:
            case = case_from_name(path.stem, pattern)
            lines.append(f"{path.name} → {case if case else tr('import.case_none')}")
        self.examples.setText("<br>".join(lines))
