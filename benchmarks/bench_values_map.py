"""Values-fit map benchmarks (issue 11): the computation over 40,000 codings, and each export."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import build
from benchmarks.common import Result, median_ms
from workbench.core.commands import AddCodings, AddOrgValue, ApplyCodeTree, NewCoding, SetAttribute
from workbench.schemes import load_builtin
from workbench.schemes.specs import scheme_specs


def coded_project(path: Path):
    """200 interviews (8,000 words) with 40,000 codings over the klantbeleving codebook."""
    project = build(path, docs=200, words=8000)
    ApplyCodeTree(scheme_specs(load_builtin("klantbeleving"), "nl"), "klantbeleving").apply(project)
    codes = [c for c in project.codes() if c.parent_id is not None]
    rng = random.Random(11)
    docs = [(d.id, len(project.document(d.id).text)) for d in project.documents()]
    batch = []
    for _ in range(40_000):
        doc_id, length = rng.choice(docs)
        start = rng.randrange(0, length - 200)
        batch.append(NewCoding(doc_id, rng.choice(codes).id, start, start + rng.randint(5, 200), "bench"))
    AddCodings(batch).apply(project)
    for case in project.cases():
        SetAttribute(case.id, "segment", rng.choice(["particulier", "zakelijk"]), "choice").apply(project)
    values = [c for c in codes if c.kind == "value"]
    for i, name in enumerate(["Klant centraal", "Betrouwbaar", "Duurzaam", "Innovatief"]):
        AddOrgValue(name, "", [values[i * 2].id] if i < 3 else []).apply(project)
    return project


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from workbench.analysis.values_fit import FitParams, compute, evidence_flags, load_input, values_fit
    from workbench.export.map_export import export_map

    _app = QGuiApplication.instance() or QGuiApplication([])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        project = coded_project(Path(tmp) / "fit.iwb")
        ms = median_ms(lambda: values_fit(project), repeat=7)
        results.append(Result("values fit, 40k codings: read project + compute", ms, "ms", "≤ 100 ms", ms <= 100))
        # The machine is shared: CPU time is what the same call takes on an idle core.
        cpu = []
        for _ in range(7):
            t0 = time.process_time()
            values_fit(project)
            cpu.append((time.process_time() - t0) * 1000)
        ms = statistics.median(cpu)
        results.append(Result("  same, CPU time (= wall time on an idle core)", ms, "ms", "≤ 100 ms", ms <= 100))
        data = load_input(project)

        def fresh():
            data.flags.clear()  # no cached co-occurrence: the whole computation
            compute(data, FitParams(rule="turn"))
            data.flags.clear()
            compute(data, FitParams(rule="overlap"))

        ms = median_ms(fresh, repeat=7) / 2
        results.append(Result("values fit, 40k codings: compute only (per rule)", ms, "ms", "≤ 100 ms", ms <= 100))
        params = FitParams(weight=2).with_where({"segment": ["zakelijk"]})
        evidence_flags(data, "turn")
        ms = median_ms(lambda: compute(data, params), repeat=11)
        results.append(Result("values fit: recompute on a slider move", ms, "ms", "≤ 100 ms", ms <= 100))
        for fmt in ("svg", "png", "pdf", "html"):
            out = Path(tmp) / f"map.{fmt}"
            ms = median_ms(lambda out=out: export_map(project, out), repeat=5)
            results.append(Result(f"values-fit map export .{fmt}", ms, "ms", "≤ 1,000 ms", ms <= 1000))
        project.close()
    return results
