"""What every sheet writer gets: the dataset, the analyses (computed once, on first use), the
labels in the project's language, and progress and cancel hooks."""

from __future__ import annotations

from datetime import date
from functools import cached_property

from workbench import __version__
from workbench.analysis.agreement import agreement
from workbench.analysis.cooccurrence import cooccurrence
from workbench.analysis.dataset import Dataset
from workbench.analysis.frequencies import frequencies
from workbench.analysis.matrix import code_by_participant
from workbench.analysis.quotes import quotes
from workbench.analysis.report import Options
from workbench.analysis.saturation import saturation
from workbench.core.kinds import kind_label
from workbench.i18n import translate


class Cancelled(Exception):
    """The user cancelled the export; nothing is written."""


class Context:
    def __init__(self, project_name: str, data: Dataset, options: Options | None = None,
                 progress=None, cancel=None):
        self.project_name = project_name
        self.data = data
        self.lang = data.language if data.language in ("nl", "en") else "en"
        self.options = options or Options()
        self.version = __version__
        self.today = date.today()
        self._progress = progress
        self._cancel = cancel
        self.done = 0
        self.total = 1
        self.bulk = []  # BulkRows to put into the saved file (bulk_rows.inject)

    # ---- text in the project's language ---------------------------------------------
    def t(self, key: str, **kwargs) -> str:
        return translate(key, self.lang, **kwargs)

    def kind(self, kind: str) -> str:
        return kind_label(kind, self.lang)

    def number(self, value: float, decimals: int = 2) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.lang == "nl" else text

    def percent(self, value: float | None) -> str:
        return "–" if value is None else f"{round(value * 100)} %"

    # ---- progress -------------------------------------------------------------------
    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled

    def advance(self, units: int = 1) -> None:
        self.done += units
        if self._progress:
            self._progress(min(self.done, self.total), self.total)
        self.check()

    # ---- analyses, computed once ------------------------------------------------------
    @cached_property
    def frequencies(self):
        return frequencies(self.data)

    @cached_property
    def by_id(self):
        return {row.code_id: row for row in self.frequencies}

    @cached_property
    def quotes(self):
        return quotes(self.data)

    @cached_property
    def matrix(self):
        return code_by_participant(self.data)

    @cached_property
    def cooccurrence(self):
        return cooccurrence(self.data, self.options.mode)

    @cached_property
    def saturation(self):
        o = self.options
        return saturation(self.data, base_size=o.base_size, run_length=o.run_length, threshold=o.threshold)

    @cached_property
    def agreement(self):
        o = self.options
        return agreement(self.data, o.coder_a, o.coder_b, min_overlap=o.min_overlap)

    def saturation_sentence(self) -> str:
        s, o = self.saturation, self.options
        threshold = f"{o.threshold * 100:g}"
        if len(s.documents) < s.base_size + s.run_length:
            return self.t("xlsx.sat.too_few", n=s.base_size + s.run_length)
        if s.reached:
            return self.t("xlsx.sat.reached", k=s.reached_at, run=s.run_length, pct=round(s.new_information * 100))
        return self.t("xlsx.sat.not_reached", base=s.base_size, run=s.run_length, threshold=threshold)
