"""Import benchmarks (issue 3): 200 .txt × 8,000 words, 50 .docx × 8,000 words."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import Result, timed
from benchmarks.corpus import interview, write_corpus
from workbench.importers.batch import import_files
from workbench.store import Project


def _docx_corpus(folder: Path, n: int, words: int) -> list[Path]:
    from docx import Document

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        doc = Document()
        for para in interview(1000 + i, words).split("\n\n"):
            doc.add_paragraph(para.strip())
        path = folder / f"interview_{i:03d}.docx"
        doc.save(path)
        paths.append(path)
    return paths


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = write_corpus(tmp / "txt", 200, 8000)
        with Project.create(tmp / "txt.iwb") as project:
            seconds, outcomes = timed(import_files, project, paths, language="nl")
            assert all(o.status == "imported" for o in outcomes)
            words = project.counts()["words"]
        rate = words / seconds
        results.append(Result(f"import 200 .txt × 8,000 words ({words / 1e6:.2f} M words)", rate,
                              "words/s", "≥ 100,000 words/s", rate >= 100_000))
        paths = _docx_corpus(tmp / "docx", 50, 8000)
        with Project.create(tmp / "docx.iwb") as project:
            seconds, outcomes = timed(import_files, project, paths, language="nl")
            assert all(o.status == "imported" for o in outcomes)
        results.append(Result("import 50 .docx × 8,000 words", seconds, "s", "≤ 10 s", seconds <= 10))
    return results
