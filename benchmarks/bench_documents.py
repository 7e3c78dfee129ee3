"""Document edits (issue 9): renaming a speaker rewrites every label of a 20k-word interview and
moves its 2,000 codings; undo puts it all back."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result
from benchmarks.corpus import interview
from workbench.core.commands import AddCode, AddCodings, AddDocument, NewCoding, RenameSpeaker
from workbench.store import Project


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "doc.iwb")
        text = interview(5, 20_000)
        turns, pos = [], 0
        for para in text.split("\n\n"):
            start = text.index(para, pos)
            pos = start + len(para.rstrip("\n"))
            turns.append({"start": start, "end": pos, "speaker": para.split(":", 1)[0]})
        add = AddDocument("lang", text, turns, "nl")
        add.apply(project)
        code = AddCode(None, "Thema")
        code.apply(project)
        rng = random.Random(3)
        codings = []
        for _ in range(2000):
            s = rng.randrange(0, len(text) - 200)
            codings.append(NewCoding(add.created_id, code.created_id, s, s + rng.randint(5, 200)))
        AddCodings(codings).apply(project)
        t0 = time.perf_counter()
        undo = RenameSpeaker(add.created_id, "Interviewer", "Interviewer 1").apply(project)
        rename = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        undo.apply(project)
        back = (time.perf_counter() - t0) * 1000
        project.close()
    return [
        Result("rename a speaker: 20k words, 2,000 codings move", rename, "ms", "≤ 500 ms", rename <= 500),
        Result("undo that rename", back, "ms", "≤ 500 ms", back <= 500),
    ]
