"""Store benchmarks (issue 2): bulk coding insert, opening a large project, FTS queries."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_ms, timed
from benchmarks.corpus import interview
from workbench.analysis.retrieval import segments
from workbench.core.commands import AddCode, AddCodings, AddDocument, NewCoding
from workbench.store import Project


def build(path: Path, docs: int, words: int) -> Project:
    project = Project.create(path)
    with project.transaction():
        for i in range(docs):
            text = interview(i, words)
            turns, pos = [], 0
            for para in text.split("\n\n"):
                start = text.index(para, pos)
                pos = start + len(para.rstrip("\n"))
                turns.append({"start": start, "end": pos, "speaker": para.split(":", 1)[0]})
            AddDocument(f"doc{i:04d}", text, turns, "nl", case=f"P{i % 40}").apply(project)
    return project


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        project = build(Path(tmp) / "big.iwb", docs=200, words=8000)
        codes = []
        for i in range(40):
            cmd = AddCode(None, f"Code {i}", "theme", "#336699")
            cmd.apply(project)
            codes.append(cmd.created_id)
        rng = random.Random(1)
        docs = [(d.id, len(project.document(d.id).text)) for d in project.documents()]
        batch = []
        for _ in range(40_000):
            doc_id, length = rng.choice(docs)
            start = rng.randrange(0, length - 200)
            batch.append(NewCoding(doc_id, rng.choice(codes), start, start + rng.randint(5, 200), "bench"))
        seconds, _ = timed(AddCodings(batch).apply, project)
        results.append(Result("insert 40,000 codings", seconds, "s", "≤ 2 s", seconds <= 2))
        words = project.counts()["words"]
        path = project.path
        project.close()

        def open_and_count():
            with Project.open(path) as p:
                p.counts()
                p.document_summaries()

        ms = median_ms(open_and_count, repeat=7)
        results.append(Result("open 200 docs / 40k codings + counts", ms, "ms", "≤ 300 ms", ms <= 300))
        with Project.open(path) as p:
            first, _ = timed(segments, p, [codes[0]])
            cycle = iter(range(10**9))
            ms = median_ms(lambda: segments(p, [codes[next(cycle) % len(codes)]]), repeat=41)
        results.append(Result("retrieve one code's segments over 40,000 codings (median, ~1,000 rows)",
                              ms, "ms", "≤ 10 ms", ms <= 10))
        # The first retrieval after opening also reads the texts it cuts from (kept in memory).
        results.append(Result("first retrieval after opening (reads the 200 documents' texts)",
                              first * 1000, "ms", "≤ 100 ms", first <= 0.1))
        with Project.open(path) as p:
            queries = ["klantenservice", "doorverbonden wachten", '"drie keer"', "cafe", "verras*",
                       "zonnepanelen", "teleurgesteld"]
            i = iter(range(10**9))
            ms = median_ms(lambda: p.search(queries[next(i) % len(queries)], limit=200), repeat=35)
        results.append(Result(f"FTS query over {words / 1e6:.1f} M words (median, 200 hits)", ms, "ms",
                              "≤ 50 ms", ms <= 50))
    return results
