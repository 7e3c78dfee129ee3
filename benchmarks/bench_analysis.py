"""Analysis benchmarks (issue 10): `stats` and the Excel summary on 200 interviews / 40,000 codings.

The summary runs in a child process so its peak memory (max RSS) is measured alone.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, median_ms
from benchmarks.corpus import interview
from workbench.core.commands import AddCodings, AddDocument, ApplyCodeTree, NewCoding, SetAttribute
from workbench.schemes import load_builtin
from workbench.schemes.specs import scheme_specs
from workbench.store import Project

DOCS, CODINGS, WORDS, DOUBLE_CODED = 200, 40_000, 5000, 10

# The peak is VmHWM of the child's own address space: ru_maxrss would carry over the
# parent's peak through fork + exec (Linux keeps it in the process's signal struct), and
# the benchmark runner is large by the time this row runs.
CHILD = """
import sys, time
from workbench.store import Project
from workbench.export.xlsx import write_summary
t0 = time.perf_counter()
with Project.open(sys.argv[1]) as p:
    write_summary(p, sys.argv[2])
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - t0, hwm / 1024)
"""


def build(path: Path) -> Project:
    project = Project.create(path, language="nl")
    ApplyCodeTree(scheme_specs(load_builtin("klantbeleving"), "nl"), "klantbeleving").apply(project)
    with project.transaction():
        for i in range(DOCS):
            text = interview(i, WORDS)
            turns, pos = [], 0
            for para in text.split("\n\n"):
                start = text.index(para, pos)
                pos = start + len(para.rstrip("\n"))
                speaker = para.split(":", 1)[0]
                turns.append({"start": start, "end": pos, "speaker": speaker,
                              "role": "interviewer" if speaker == "Interviewer" else "respondent"})
            AddDocument(f"interview_{i:03d}", text, turns, "nl", case=f"P{i:03d}").apply(project)
        rng = random.Random(10)
        for case in project.cases():
            SetAttribute(case.id, "segment", rng.choice(["particulier", "zakelijk", "mkb"]), "choice").apply(project)
            SetAttribute(case.id, "nps", str(rng.randint(0, 10)), "number").apply(project)
    leaves = [c.id for c in project.codes() if not project.child_codes(c.id)]
    docs = [(d.id, len(project.document(d.id).text)) for d in project.documents()]
    rng = random.Random(1)
    batch = []
    for n in range(CODINGS):
        doc_id, length = docs[n % DOCS] if n < DOCS * 10 else rng.choice(docs)
        start = rng.randrange(0, length - 300)
        batch.append(NewCoding(doc_id, rng.choice(leaves), start, start + rng.randint(20, 300), "Sanne",
                               "memo" if rng.random() < 0.1 else "", rng.random() < 0.05))
    # a second coder re-codes the first interviews, mostly on the same spans
    for c in [c for c in batch if c.document_id in {d for d, _ in docs[:DOUBLE_CODED]}]:
        shift = rng.choice([0, 0, 0, 5, 40])
        batch.append(NewCoding(c.document_id, c.code_id, min(c.start + shift, c.end - 1), c.end, "Daan"))
    AddCodings(batch).apply(project)
    return project


def run() -> list[Result]:
    from workbench.analysis.report import stats

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        project = build(Path(tmp) / "big.iwb")
        n = project.counts()["codings"]
        seconds = median_ms(lambda: json.dumps(stats(project)), repeat=3) / 1000
        results.append(Result(f"stats --json ({DOCS} interviews, {n:,} codings; median of 3)", seconds, "s",
                              "≤ 2 s", seconds <= 2))
        path = project.path
        project.close()
        out = Path(tmp) / "summary.xlsx"
        t0 = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out)], capture_output=True,
                               text=True, check=True)
        wall = time.perf_counter() - t0
        # the child's own peak (RUSAGE_CHILDREN would be the largest of every benchmark's children)
        seconds, peak_mb = map(float, child.stdout.strip().splitlines()[-1].split())
        results.append(Result(f"Excel summary ({n:,} quotes; process {wall:.1f} s)", seconds, "s", "≤ 12 s",
                              seconds <= 12))
        results.append(Result("Excel summary peak memory (max RSS)", peak_mb, "MB", "≤ 400 MB", peak_mb <= 400))
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run()))
