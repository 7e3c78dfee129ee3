"""Code all search hits: choose the code and the unit (the hit, its sentence, its turn),
respondent turns only by default; the count is shown before anything is coded, and the
coding is one compound edit (one undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from workbench.core.commands import AddCodings, Compound, NewCoding
from workbench.i18n import tr
from workbench.nlp.hit_units import UNITS, HitPlan, plan_hit_segments
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.coding.actions import code_paths


class CodeHitsDialog(QDialog):
    def __init__(self, session, hits, query: str, code_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("code_hits")
        self.session, self.hits = session, list(hits)
        self.plan = HitPlan()
        self.setWindowTitle(tr("hits.title"))
        self.setMinimumWidth(520)
        project = session.project

        intro = QLabel(tr("hits.intro", n=len(self.hits), query=query))
        intro.setWordWrap(True)
        self.code_combo = QComboBox()
        self.code_combo.setObjectName("hits.code")
        self.code_combo.addItem(tr("hits.choose_code"), None)
        parents = {c.parent_id for c in project.codes()}
        self._parents = parents
        for cid, path in code_paths(project.codes()):
            self.code_combo.addItem(path, cid)
        self.code_combo.setCurrentIndex(max(0, self.code_combo.findData(code_id)) if code_id else 0)
        self.unit_group = QButtonGroup(self)
        units = QVBoxLayout()
        self.unit_buttons: dict[str, QRadioButton] = {}
        for i, unit in enumerate(UNITS):
            button = QRadioButton(tr(f"hits.unit.{unit}"))
            button.setObjectName(f"hits.unit.{unit}")
            self.unit_group.addButton(button, i)
            self.unit_buttons[unit] = button
            units.addWidget(button)
        self.unit_buttons["sentence"].setChecked(True)
        self.respondents = QCheckBox(tr("hits.respondents_only"))
        self.respondents.setObjectName("hits.respondents")
        self.respondents.setChecked(True)
        self.summary = QLabel()
        self.summary.setObjectName("hits.summary")
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("hits.warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8D6E00;")

        form = QFormLayout()
        form.addRow(tr("hits.code"), self.code_combo)
        form.addRow(tr("hits.unit"), units)
        form.addRow("", self.respondents)
        self.buttons = button_box(OK, CANCEL)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.code_combo.currentIndexChanged.connect(self._update)
        self.unit_group.idToggled.connect(lambda *_: self._update())
        self.respondents.toggled.connect(self._update)
        self._update()

    def code_id(self) -> int | None:
        return self.code_combo.currentData()

    def unit(self) -> str:
        return UNITS[max(0, self.unit_group.checkedId())]

    def set_unit(self, unit: str) -> None:
        self.unit_buttons[unit].setChecked(True)

    def _update(self, *_) -> None:
        self.plan = plan_hit_segments(self.session.project, self.hits, self.unit(),
                                      self.respondents.isChecked())
        n, docs = len(self.plan.segments), self.plan.documents
        parts = [tr("hits.count", n=n, docs=docs)]
        if self.plan.skipped_roles:
            parts.append(tr("hits.skipped_roles", n=self.plan.skipped_roles))
        if self.plan.skipped_labels:
            parts.append(tr("hits.skipped_labels", n=self.plan.skipped_labels))
        self.summary.setText(" ".join(parts))
        code = self.code_id()
        self.warning.setText(tr("hits.parent_code") if code in self._parents else "")
        self.warning.setVisible(code in self._parents)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("hits.do_code", n=n))
        ok.setEnabled(code is not None and n > 0)

    def command(self) -> Compound | None:
        code_id = self.code_id()
        if code_id is None or not self.plan.segments:
            return None
        name = self.session.project.code(code_id).name
        codings = [NewCoding(doc, code_id, s, e, self.session.coder) for doc, s, e in self.plan.segments]
        return Compound([AddCodings(codings, name)], "hits.cmd", n=len(codings), code=name)

    def accept(self) -> None:
        command = self.command()
        if command is not None and self.session.execute(command):
            super().accept()
