"""GUI benchmarks (offscreen): opening a big coded transcript, one coding end to end, and how
many blocks one new coding re-highlights.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_gui
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("ik", "werd", "drie", "keer", "doorverbonden", "en", "niemand", "wist", "het", "gewoon",
         "verwachten", "dat", "ze", "terugbellen", "vertrouwen", "eerlijkheid", "service", "café",
         "klantenservice", "natuurlijk", "😤", "monteur", "factuur", "afspraak")


def build_project(path: Path, n_words: int = 20_000, n_codings: int = 2_000):
    from workbench.core.commands import AddCode, AddCodings, AddDocument, NewCoding
    from workbench.store import Project

    rnd = random.Random(7)
    turns, parts, pos, words = [], [], 0, 0
    i = 0
    while words < n_words:
        speaker = "Interviewer" if i % 2 == 0 else "Respondent"
        k = rnd.randint(8, 20) if i % 2 == 0 else rnd.randint(40, 160)
        body = " ".join(rnd.choice(WORDS) for _ in range(k))
        para = f"{speaker}: {body}."
        turns.append({"start": pos, "end": pos + len(para), "speaker": speaker,
                      "role": "interviewer" if i % 2 == 0 else "respondent"})
        parts.append(para)
        pos += len(para) + 2
        words += k
        i += 1
    text = "\n\n".join(parts) + "\n"
    project = Project.create(path, language="nl")
    doc = AddDocument("groot", text, turns, "nl", case="P1")
    doc.apply(project)
    code_ids = []
    for j, color in enumerate(("#C62828", "#1565C0", "#6A1B9A", "#F9A825", "#2E7D32")):
        parent = AddCode(None, f"Groep {j}", color=color)
        parent.apply(project)
        for m in range(4):
            child = AddCode(parent.created_id, f"Code {j}.{m}")
            child.apply(project)
            code_ids.append(child.created_id)
    codings = []
    for _ in range(n_codings):
        t = rnd.choice(turns[1::2])
        start = rnd.randint(t["start"], t["end"] - 30)
        end = min(t["end"], start + rnd.randint(10, 200))
        codings.append(NewCoding(doc.created_id, rnd.choice(code_ids), start, end, "Bench"))
    AddCodings(codings).apply(project)
    return project, doc.created_id, code_ids


def _measure(app, path: Path, doc_id: int, code_id: int) -> tuple[float, float, int, int, int]:
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    window = MainWindow(Settings(), coder="Bench")
    window.resize(1600, 1000)
    window.show()
    window.open_project(path)
    window.show_document(None)
    app.processEvents()

    t0 = time.perf_counter()
    window.show_document(doc_id)
    app.processEvents()  # paint
    open_ms = (time.perf_counter() - t0) * 1000

    view = window.view
    text = view.text
    target = text.index("Respondent", len(text) // 2)
    start = text.index(" ", target + 20) + 1
    end = text.index(" ", start + 30)
    view.select_span(start, end)
    app.processEvents()
    before = view.highlighter.highlighted_blocks
    t0 = time.perf_counter()
    window.controller.code_selection(code_id)
    view.viewport().repaint()
    view.margin.repaint()
    code_ms = (time.perf_counter() - t0) * 1000
    blocks = view.highlighter.highlighted_blocks - before
    doc = view.document()
    spanned = (doc.findBlock(view.map.to16(end - 1)).blockNumber()
               - doc.findBlock(view.map.to16(start)).blockNumber() + 1)
    n_codings = len(view.codings) - 1
    window.session.undo_stack.undo()  # leave the project as built
    window.close()
    app.processEvents()
    return open_ms, code_ms, blocks, spanned, n_codings


def _fresh_process(*args: str, runs: int = 9) -> float:
    """Median over fresh processes of benchmarks.gui_cold (first-time costs included)."""
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-m", "benchmarks.gui_cold", *args], capture_output=True,
                             text=True, check=True, timeout=120)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def run() -> list[Result]:
    from workbench.ui.app import application

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKBENCH_SETTINGS_FILE"] = str(Path(tmp) / "settings.ini")
        path = Path(tmp) / "bench.iwb"
        project, doc_id, code_ids = build_project(path)
        project.close()
        samples = [_measure(app, path, doc_id, code_ids[0]) for _ in range(5)]
        window_ms = _fresh_process("window", str(path))
        start_ms = _fresh_process("start", str(path))
        search_ms = _fresh_process("search", str(path), "doorverbonden")
    open_ms = statistics.median(s[0] for s in samples)
    code_ms = statistics.median(s[1] for s in samples)
    _, _, blocks, spanned, n = samples[-1]
    return [
        Result(f"GUI: open 20k-word transcript with {n} codings (median of 5)", open_ms, "ms",
               "≤ 300 ms", open_ms <= 300),
        Result("GUI: one coding, action → stored → repainted (median of 5)", code_ms, "ms",
               "≤ 30 ms", code_ms <= 30),
        Result("GUI: blocks re-highlighted for one new coding", blocks, "blocks",
               f"= {spanned} (the blocks it spans)", blocks == spanned),
        Result("GUI: build the coding window with that project open (fresh process, median of 9)",
               window_ms, "ms", "≤ 150 ms", window_ms <= 150),
        Result("GUI: start the app: imports + that window (fresh process, median of 9)", start_ms, "ms",
               "≤ 1,000 ms", start_ms <= 1000),
        Result("GUI: first search in a process, results shown (median of 9)", search_ms, "ms",
               "≤ 50 ms", search_ms <= 50),
    ]


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run()))
