"""REFI-QDA exchange benchmarks (issue 13): 200 documents / 40,000 codings exported to .qdpx
and imported again as a new project."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import build
from benchmarks.common import Result, timed
from workbench.core.commands import AddCode, AddCodings, NewCoding, SetAttribute
from workbench.exchange.qdpx_export import export_qdpx
from workbench.exchange.qdpx_import import import_qdpx


def _coded_project(path: Path):
    project = build(path, docs=200, words=8000)
    rng = random.Random(13)
    codes = []
    for i in range(8):
        parent = AddCode(None, f"Thema {i}", "theme", "#336699")
        parent.apply(project)
        codes.append(parent.created_id)
        for j in range(5):
            child = AddCode(parent.created_id, f"Sub {i}.{j}", None, None, definition=f"Uitleg {i}.{j}")
            child.apply(project)
            codes.append(child.created_id)
    docs = [(d.id, len(project.document(d.id).text)) for d in project.documents()]
    batch = []
    for n in range(40_000):
        doc_id, length = docs[n % len(docs)]
        start = rng.randrange(0, length - 200)
        batch.append(NewCoding(doc_id, rng.choice(codes), start, start + rng.randint(5, 200),
                               rng.choice(["Sanne", "Daan", "Ayla"]), "memo" if n % 10 == 0 else ""))
    AddCodings(batch).apply(project)
    for case in project.cases():
        SetAttribute(case.id, "segment", rng.choice(["A", "B"]), "choice").apply(project)
        SetAttribute(case.id, "nps", str(rng.randint(0, 10)), "number").apply(project)
    return project


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with _coded_project(tmp / "big.iwb") as project:
            codings = project.count_rows("codings")
            cpu = time.process_time()
            seconds, summary = timed(export_qdpx, project, tmp / "big.qdpx")
            cpu = time.process_time() - cpu
        assert summary.codings == codings == 40_000, (summary.codings, codings)
        # CPU time beside the wall time: on a shared machine the two differ a lot
        results.append(Result(f"export .qdpx: 200 docs / 40,000 codings (CPU {cpu:.1f} s)", seconds, "s",
                              "≤ 10 s", seconds <= 10))
        cpu = time.process_time()
        seconds, report = timed(import_qdpx, tmp / "big.qdpx", tmp / "again.iwb")
        cpu = time.process_time() - cpu
        assert report.counts["codings"] == codings and report.counts["documents"] == 200, report.counts
        results.append(Result(f"import .qdpx: 200 docs / 40,000 codings (CPU {cpu:.1f} s)", seconds, "s",
                              "≤ 15 s", seconds <= 15))
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run()))
