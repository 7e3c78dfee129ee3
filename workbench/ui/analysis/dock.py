"""The Analysis dock: a filter bar (coder, participant attribute) over five tabs.

It reads the project once per refresh (analysis.dataset.load) and hands the dataset to the
visible tab; edits mark it stale and it refreshes when shown again, so coding stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.dataset import Filter, load
from workbench.core.events import Change
from workbench.i18n import tr
from workbench.ui.dock_body import compact, fill_filter, set_scrolling_body
from workbench.ui.on_demand import BuiltOnDemand

if TYPE_CHECKING:
    from workbench.ui.analysis.views import AnalysisView

AUTO_REFRESH_CODINGS = 5000  # above this, edits mark the analysis out of date instead
TABS = ("frequencies", "matrix", "cooccurrence", "saturation", "agreement")
VIEWS = {"frequencies": "FrequencyView", "matrix": "MatrixView", "cooccurrence": "CooccurrenceView",
         "saturation": "SaturationView", "agreement": "AgreementView"}


class AnalysisDock(BuiltOnDemand, QDockWidget):
    """Built on demand (ui.on_demand): it starts behind the Search tab."""

    quotesRequested = Signal(list, str)  # rows for the Retrieved segments dock, and what they are

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("analysis")
        self.session = None
        self.stale = True
        self.data = self.all_coders = None
        # Tabs are built when first shown: opening the window builds one table, not five.
        self.views: dict[str, AnalysisView] = {}
        self._pages: dict[str, QWidget] = {}
        self._shown: set[str] = set()
        self.setWindowTitle(tr("an.dock"))
        self._defer_build()
        self.visibilityChanged.connect(lambda visible: visible and self.built and self.stale and self.refresh())

    def _build(self) -> None:
        self.coder = QComboBox()
        self.coder.setObjectName("analysis.coder")
        self.attribute = QComboBox()
        self.attribute.setObjectName("analysis.attribute")
        self.value = QComboBox()
        self.value.setObjectName("analysis.value")
        self.coder_label, self.filter_label = QLabel(), QLabel()
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("analysis.refresh")
        self.refresh_button.clicked.connect(lambda: (self._fill_filters(), self.refresh()))
        self.summary = QLabel()
        # takes the room that is left and never widens (or heightens) the dock; full text as tip
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for combo in (self.coder, self.attribute, self.value):
            compact(combo)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysis.tabs")
        # An explicit minimum: the pages' own minimums (agreement tables, chart) would force
        # the bottom dock area taller and the window wider than a laptop screen.
        self.tabs.setMinimumSize(320, 110)
        for key in TABS:
            page = self._pages[key] = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
        bar = QHBoxLayout()
        for w in (self.coder_label, self.coder, self.filter_label, self.attribute, self.value):
            bar.addWidget(w)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.refresh_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        set_scrolling_body(self, body)
        self.coder.currentIndexChanged.connect(lambda _: self.refresh())
        self.attribute.currentIndexChanged.connect(lambda _: self._fill_values())
        self.value.currentIndexChanged.connect(lambda _: self.refresh())
        self.tabs.currentChanged.connect(lambda _: self._show_current())
        self.retranslate()
        self._fill_filters()
        self.refresh()

    # ---- lifecycle ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(tr("an.dock"))
        if not self.built:
            return
        self.refresh_button.setText(tr("an.refresh"))
        self.refresh_button.setToolTip(tr("an.refresh_tip"))
        self.coder_label.setText(tr("an.filter.coder"))
        self.filter_label.setText(tr("an.filter.participants"))
        for i, key in enumerate(TABS):
            self.tabs.setTabText(i, tr(f"an.tab.{key}"))
        for combo in (self.coder, self.attribute, self.value):
            if combo.count():
                combo.setItemText(0, tr("an.filter.all"))
        for view in self.views.values():
            view.retranslate()

    def set_session(self, session) -> None:
        self.session = session
        self.data = self.all_coders = None
        self.stale = True
        if self.built:
            self._fill_filters()
            self.refresh()

    def on_change(self, change: Change) -> None:
        if change.entity in ("coding", "code", "case", "document") and not self.stale:
            self.stale = True
            data = self.data
            if data is not None and len(data.codings) > AUTO_REFRESH_CODINGS:
                # a large project is re-read on request, so coding never waits for the analysis
                self.summary.setText(tr("an.stale"))
                return
            QTimer.singleShot(400, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.stale and self.built and self.on_screen():
            self._fill_filters()
            self.refresh()

    # ---- filter -----------------------------------------------------------------------
    def current_filter(self) -> Filter:
        where = {}
        if self.attribute.currentData() and self.value.currentData() is not None:
            where[self.attribute.currentData()] = {self.value.currentData()}
        return Filter(where, None, self.coder.currentData())

    def _fill_filters(self) -> None:
        project = self.session.project if self.session else None
        coders = project.coders() if project else []
        attributes = [name for name, _ in project.attributes().values()] if project else []
        self._set_items(self.coder, coders)
        self._set_items(self.attribute, attributes)
        self._fill_values(refresh=False)

    def _fill_values(self, refresh: bool = True) -> None:
        project = self.session.project if self.session else None
        name = self.attribute.currentData()
        values = sorted({str(c.attributes[name]) for c in project.cases()
                         if c.attributes.get(name) is not None}, key=str.casefold) if project and name else []
        self._set_items(self.value, values)
        self.value.setEnabled(bool(name))
        if refresh:
            self.refresh()

    def _set_items(self, combo: QComboBox, values: list[str]) -> None:
        fill_filter(combo, tr("an.filter.all"), values, combo.currentData())

    # ---- computing --------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.built:
            self.stale = True
            return
        if self.session is None:
            self.data = self.all_coders = None
            for view in self.views.values():
                view.show_data(None)
            self.summary.setText("")
            self.stale = False
            return
        if not self.on_screen():
            self.stale = True
            return
        flt = self.current_filter()
        self.data = load(self.session.project, flt)
        # agreement compares coders, so it never narrows to one
        self.all_coders = load(self.session.project, Filter(flt.where)) if flt.coder else self.data
        self.summary.setText(tr("an.summary", people=len(self.data.participants), docs=len(self.data.documents),
                                codings=len(self.data.codings)))
        self.summary.setToolTip(self.summary.text())
        self.stale = False
        self._shown = set()
        self._show_current()

    def view(self, key: str) -> AnalysisView:
        """The tab's view, built the first time it is asked for."""
        if key not in self.views:
            # Imported with the first tab: the views (and the analyses and charts under them)
            # are not loaded at every start of the app for a dock that may stay closed.
            from workbench.ui.analysis import views

            view = self.views[key] = getattr(views, VIEWS[key])()
            view.quotesRequested.connect(self.quotesRequested)
            self._pages[key].layout().addWidget(view)
            view.retranslate()
        return self.views[key]

    def _show_current(self) -> None:
        key = TABS[self.tabs.currentIndex()]
        view = self.view(key)
        if self.session is None or self.data is None or key in self._shown:
            return
        self._shown.add(key)
        view.show_data(self.all_coders if key == "agreement" else self.data)
