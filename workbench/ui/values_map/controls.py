"""The parameter bar of the values-fit map: negativity weight, co-occurrence rule, importance
threshold, participant group A and an optional comparison with group B."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSlider,
    QWidget,
)

from workbench.analysis.values_fit import FitParams
from workbench.i18n import tr

COMPARE = ("none", "side", "arrows")


class MapControls(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("values_map.controls")
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("values_map.weight")
        self.weight.setRange(0.25, 5.0)
        self.weight.setSingleStep(0.25)
        self.weight.setValue(1.0)
        self.weight.setMaximumWidth(90)
        self.weight_slider = QSlider(Qt.Orientation.Horizontal)
        self.weight_slider.setObjectName("values_map.weight_slider")
        self.weight_slider.setRange(1, 20)  # quarters
        self.weight_slider.setValue(4)
        self.weight_slider.valueChanged.connect(lambda v: self.weight.setValue(v / 4))
        self.weight.valueChanged.connect(self._weight_changed)
        self.rule = QComboBox()
        self.rule.setObjectName("values_map.rule")
        for rule in ("turn", "overlap"):
            self.rule.addItem(tr(f"vmap.rule.{rule}"), rule)
        self.rule.currentIndexChanged.connect(self.changed)
        self.median = QCheckBox(tr("vmap.ctl.median"))
        self.median.setObjectName("values_map.median")
        self.median.setChecked(True)
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setObjectName("values_map.threshold")
        self.threshold.setRange(0, 100)
        self.threshold.setValue(50)
        self.threshold.setEnabled(False)
        self.threshold_label = QLabel()
        self.median.toggled.connect(lambda on: (self.threshold.setEnabled(not on), self.changed.emit()))
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.group_a = QComboBox()
        self.group_a.setObjectName("values_map.group_a")
        self.compare = QComboBox()
        self.compare.setObjectName("values_map.compare")
        for key in COMPARE:
            self.compare.addItem(tr(f"vmap.ctl.compare.{key}"), key)
        self.group_b = QComboBox()
        self.group_b.setObjectName("values_map.group_b")
        for combo in (self.group_a, self.group_b, self.compare):
            combo.currentIndexChanged.connect(self.changed)
        self.compare.currentIndexChanged.connect(lambda *_: self.group_b.setEnabled(self.compare_mode() != "none"))
        self.group_b.setEnabled(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        items = [
            (tr("vmap.ctl.weight"), [self.weight_slider, self.weight]),
            (tr("vmap.ctl.rule"), [self.rule]),
            (tr("vmap.ctl.threshold"), [self.median, self.threshold, self.threshold_label]),
        ]
        for row, (label, widgets) in enumerate(items):
            grid.addWidget(QLabel(label), row, 0)
            for col, widget in enumerate(widgets, start=1):
                grid.addWidget(widget, row, col)
        grid.addWidget(QLabel(tr("vmap.ctl.group_a")), 0, 4)
        grid.addWidget(self.group_a, 0, 5)
        grid.addWidget(QLabel(tr("vmap.ctl.compare")), 1, 4)
        grid.addWidget(self.compare, 1, 5)
        grid.addWidget(QLabel(tr("vmap.ctl.group_b")), 2, 4)
        grid.addWidget(self.group_b, 2, 5)
        self.weight_slider.setMinimumWidth(160)
        self.threshold.setMinimumWidth(160)
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(5, 2)
        grid.setColumnMinimumWidth(3, 24)
        self._threshold_changed(self.threshold.value())

    def _weight_changed(self, value: float) -> None:
        self.weight_slider.blockSignals(True)
        self.weight_slider.setValue(round(value * 4))
        self.weight_slider.blockSignals(False)
        self.changed.emit()

    def _threshold_changed(self, value: int) -> None:
        self.threshold_label.setText(f"{value}%")
        if not self.median.isChecked():
            self.changed.emit()

    def set_groups(self, attributes: dict[str, list[str]]) -> None:
        """Offer 'attribute = value' for every participant attribute value."""
        for combo, default in ((self.group_a, "vmap.ctl.all"), (self.group_b, "vmap.ctl.all")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(default), None)
            for name, values in attributes.items():
                for value in values:
                    combo.addItem(f"{name} = {value}", (name, value))
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if self.group_b.currentIndex() == 0 and self.group_b.count() > 2:
            self.group_b.setCurrentIndex(2)

    def compare_mode(self) -> str:
        return self.compare.currentData() or "none"

    def params(self, group: str = "a", threshold: float | None = None) -> FitParams:
        combo = self.group_a if group == "a" else self.group_b
        where = combo.currentData()
        if threshold is None and not self.median.isChecked():
            threshold = self.threshold.value() / 100
        params = FitParams(self.weight.value(), self.rule.currentData(), threshold)
        return params.with_where({where[0]: [where[1]]}) if where else params

    def group_label(self, group: str) -> str:
        combo = self.group_a if group == "a" else self.group_b
        return combo.currentText()
