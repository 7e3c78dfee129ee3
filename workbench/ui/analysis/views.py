"""The five analysis tabs. Each gets a dataset (already filtered) in `show(data)` and asks for
quotes with `quotesRequested(rows, title)`; none computes anything itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.agreement import agreement, coder_pairs
from workbench.analysis.cooccurrence import cooccurrence
from workbench.analysis.frequencies import frequencies
from workbench.analysis.matrix import code_by_attribute, code_by_participant
from workbench.analysis.quotes import cooccurring_quotes, quotes_of
from workbench.analysis.report import grouping_attributes
from workbench.analysis.saturation import saturation
from workbench.i18n import tr
from workbench.ui.analysis.saturation_chart import SaturationChart
from workbench.ui.analysis.tables import BarDelegate, FrequencyModel, MatrixModel, PairsModel
from workbench.ui.dock_body import compact


def _labelled_bar(labels, boxes) -> QHBoxLayout:
    """A row of label + control pairs, pushed to the left."""
    bar = QHBoxLayout()
    for label, box in zip(labels, boxes, strict=True):
        bar.addWidget(label)
        bar.addWidget(box)
    bar.addStretch(1)
    return bar


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(22)
    view.setAlternatingRowColors(True)
    return view


class AnalysisView(QWidget):
    quotesRequested = Signal(list, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = None

    def show_data(self, data) -> None:
        self.data = data
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - every view overrides it
        raise NotImplementedError

    def retranslate(self) -> None:
        pass


class FrequencyView(AnalysisView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FrequencyModel()
        self.table = _table(self.model)
        self.table.setObjectName("analysis.frequencies")
        self.table.setItemDelegateForColumn(4, BarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.table.clicked.connect(self._clicked)

    def refresh(self) -> None:
        self.model.set_rows(frequencies(self.data) if self.data else [])
        for col, width in ((1, 100), (2, 80), (3, 90), (4, 140), (5, 80)):
            self.table.setColumnWidth(col, width)

    def _clicked(self, index) -> None:
        row = self.model.rows[index.row()]
        self.quotesRequested.emit(quotes_of(self.data, [row.code_id]), row.path)


class MatrixView(AnalysisView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = QComboBox()
        self.columns.setObjectName("analysis.matrix_columns")
        compact(self.columns)
        self.columns_label = QLabel()
        self.model = MatrixModel()
        self.table = _table(self.model)
        self.table.setObjectName("analysis.matrix")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        bar = QHBoxLayout()
        bar.addWidget(self.columns_label)
        bar.addWidget(self.columns)
        bar.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.columns.currentIndexChanged.connect(lambda _: self.refresh())
        self.table.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.columns_label.setText(tr("an.matrix.columns"))
        self.hint.setText(tr("an.matrix.hint"))
        if self.columns.count():
            self.columns.setItemText(0, tr("an.matrix.participants"))

    def show_data(self, data) -> None:
        keep = self.columns.currentData()
        self.columns.blockSignals(True)
        self.columns.clear()
        self.columns.addItem(tr("an.matrix.participants"), None)
        for name in grouping_attributes(data) if data else []:
            self.columns.addItem(name, name)
        self.columns.setCurrentIndex(max(0, self.columns.findData(keep)) if keep else 0)
        self.columns.blockSignals(False)
        super().show_data(data)

    def refresh(self) -> None:
        if not self.data:
            return
        attribute = self.columns.currentData()
        m = code_by_attribute(self.data, attribute) if attribute else code_by_participant(self.data)
        self.model.set_matrix(m, [self.data.code(c).name for c in m.code_ids],
                              [self.data.depth(c) for c in m.code_ids])
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _clicked(self, index) -> None:
        m = self.model.matrix
        code = m.code_ids[index.row()]
        attribute = self.columns.currentData()
        if attribute:
            value = m.columns[index.column()]
            keys = [k for k in self.data.participants
                    if str({a.casefold(): v for a, v in self.data.attributes_of(k).items()}
                           .get(attribute.casefold(), "(none)")) == value]
        else:
            keys = [m.column_keys[index.column()]]
        title = f"{m.paths[index.row()]} × {m.columns[index.column()]}"
        self.quotesRequested.emit(quotes_of(self.data, [code], keys), title)


class CooccurrenceView(AnalysisView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.setObjectName("analysis.cooccurrence_mode")
        self.mode_label = QLabel()
        self.model = PairsModel()
        self.table = _table(self.model)
        self.table.setObjectName("analysis.cooccurrence")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.mode_label)
        bar.addWidget(self.mode)
        bar.addStretch(1)
        bar.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.mode.addItem("", "overlap")
        self.mode.addItem("", "turn")
        self.mode.currentIndexChanged.connect(lambda _: self.refresh())
        self.table.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.mode_label.setText(tr("an.co.mode"))
        self.mode.setItemText(0, tr("an.co.overlap"))
        self.mode.setItemText(1, tr("an.co.turn"))

    def refresh(self) -> None:
        result = cooccurrence(self.data, self.mode.currentData()) if self.data else None
        self.model.set_result(result)
        self.empty.setText("" if self.model.pairs else tr("an.co.none"))
        self.table.setColumnWidth(2, 80)
        self.table.setColumnWidth(3, 110)

    def _clicked(self, index) -> None:
        i, j, _, _ = self.model.pairs[index.row()]
        r = self.model.result
        rows = cooccurring_quotes(self.data, r.code_ids[i], r.code_ids[j], r.mode)
        self.quotesRequested.emit(rows, f"{r.paths[i]} + {r.paths[j]}")


class SaturationView(AnalysisView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.base, self.run = QSpinBox(), QSpinBox()
        self.base.setRange(1, 100)
        self.base.setValue(4)
        self.run.setRange(1, 50)
        self.run.setValue(2)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setValue(5)
        self.threshold.setSuffix(" %")
        self.threshold.setDecimals(0)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.verdict = QLabel()
        self.verdict.setObjectName("analysis.saturation_verdict")
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.chart = SaturationChart()
        self.chart.setObjectName("analysis.saturation_chart")
        bar = _labelled_bar(self.labels, (self.base, self.run, self.threshold))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.chart, 1)
        for box in (self.base, self.run, self.threshold):
            box.valueChanged.connect(lambda _: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        for label, key in zip(self.labels, ("an.sat.base", "an.sat.run", "an.sat.threshold"), strict=True):
            label.setText(tr(key))
        self.refresh_label()

    def refresh(self) -> None:
        self.result = (saturation(self.data, base_size=self.base.value(), run_length=self.run.value(),
                                  threshold=self.threshold.value() / 100) if self.data else None)
        self.chart.set_result(self.result)
        self.refresh_label()

    def refresh_label(self) -> None:
        r = getattr(self, "result", None)
        if r is None:
            self.verdict.setText("")
        elif len(r.documents) < r.base_size + r.run_length:
            self.verdict.setText(tr("an.sat.too_few", n=r.base_size + r.run_length))
        elif r.reached:
            self.verdict.setText(tr("an.sat.reached", k=r.reached_at, run=r.run_length,
                                    pct=round(r.new_information * 100)))
        else:
            self.verdict.setText(tr("an.sat.not_reached"))


class AgreementView(AnalysisView):
    COLUMNS = ("code", "char_agreement", "kappa", "segments_a", "segments_b", "segment_agreement", "alpha")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        self.coder_a.setObjectName("analysis.coder_a")
        for combo in (self.coder_a, self.coder_b):
            compact(combo)
        self.coder_b.setObjectName("analysis.coder_b")
        self.overlap = QSpinBox()
        self.overlap.setRange(1, 100)
        self.overlap.setValue(90)
        self.overlap.setSuffix(" %")
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.summary = QLabel()
        self.summary.setObjectName("analysis.agreement_summary")
        self.summary.setWordWrap(True)
        self.codes = QTableWidget(0, len(self.COLUMNS))
        self.codes.setObjectName("analysis.agreement_codes")
        self.codes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.codes.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.codes.verticalHeader().hide()
        self.codes.setWordWrap(False)
        self.codes.verticalHeader().setDefaultSectionSize(22)
        header = self.codes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.diffs = QTableWidget(0, 3)
        self.diffs.setObjectName("analysis.agreement_diffs")
        self.diffs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.diffs.setWordWrap(True)
        self.diffs.verticalHeader().hide()
        for col in (1, 2):
            self.diffs.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.codes)
        split.addWidget(self.diffs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bar = _labelled_bar(self.labels, (self.coder_a, self.coder_b, self.overlap))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        for box in (self.coder_a, self.coder_b):
            box.currentIndexChanged.connect(lambda _: self.refresh())
        self.overlap.valueChanged.connect(lambda _: self.refresh())
        self.codes.currentCellChanged.connect(lambda row, *_: self._show_diffs(row))
        self.result = None
        self.retranslate()

    def retranslate(self) -> None:
        for label, key in zip(self.labels, ("an.ag.coder_a", "an.ag.coder_b", "an.ag.overlap"), strict=True):
            label.setText(tr(key))
        self.codes.setHorizontalHeaderLabels([tr(f"an.ag.col.{c}") for c in self.COLUMNS])
        self._diff_headers()

    def _diff_headers(self) -> None:
        a = self.coder_a.currentText() or "A"
        b = self.coder_b.currentText() or "B"
        self.diffs.setHorizontalHeaderLabels([tr("an.col.document"), a, b])

    def show_data(self, data) -> None:
        coders = sorted({c.coder for c in data.codings if c.coder}) if data else []
        pairs = coder_pairs(data) if data else []
        keep = (self.coder_a.currentText(), self.coder_b.currentText())
        defaults = pairs[0][:2] if pairs else ("", "")
        for box, default in zip((self.coder_a, self.coder_b), defaults, strict=True):
            box.blockSignals(True)
            box.clear()
            box.addItems(coders)
            want = keep[0] if box is self.coder_a else keep[1]
            box.setCurrentIndex(max(0, box.findText(want if want in coders else default)))
            box.blockSignals(False)
        super().show_data(data)

    def refresh(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        self.result = (agreement(self.data, a, b, min_overlap=self.overlap.value() / 100)
                       if self.data and a and b and a != b else None)
        self._diff_headers()
        r = self.result
        self.codes.setRowCount(0)
        if r is None:
            self.summary.setText(tr("an.ag.none"))
            self.diffs.setRowCount(0)
            return
        self.summary.setText(tr("an.ag.summary", a=r.coder_a, b=r.coder_b, n=len(r.documents),
                                pct=_pct(r.char_agreement, 1), kappa=_num(r.char_kappa),
                                seg=_pct(r.segment_agreement), alpha=_num(r.alpha)))
        self.codes.setRowCount(len(r.codes))
        for row, c in enumerate(r.codes):
            values = [c.path.rsplit("/", 1)[-1], _pct(c.char_agreement, 1), _num(c.char_kappa),
                      str(c.segments_a), str(c.segments_b), _pct(c.segment_agreement), _num(c.alpha)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not col:
                    item.setToolTip(c.path)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.codes.setItem(row, col, item)
        self.codes.selectRow(0)
        self._show_diffs(0)

    def _show_diffs(self, row: int) -> None:
        r = self.result
        self.diffs.setRowCount(0)
        if r is None or not (0 <= row < len(r.codes)):
            return
        code = r.codes[row].code_id
        diffs = [d for d in r.disagreements if d.code_id == code]
        self.diffs.setRowCount(len(diffs))
        missing = tr("an.ag.not_coded")
        for i, d in enumerate(diffs):
            for col, value in enumerate((d.document, d.a[2] if d.a else missing, d.b[2] if d.b else missing)):
                self.diffs.setItem(i, col, QTableWidgetItem(value))
        self.diffs.resizeRowsToContents()


def _pct(value, decimals: int = 0) -> str:
    return "–" if value is None else f"{value * 100:.{decimals}f} %"


def _num(value) -> str:
    return "–" if value is None else f"{value:.2f}"
