"""Sentence splitting (issue 9): the spaCy pipeline's first use in a process, and a sentence
at the cursor once it is built (what Ctrl+E and code-all-hits by sentence pay)."""

from __future__ import annotations

import subprocess
import sys

from benchmarks.common import Result, median_ms
from benchmarks.corpus import interview

_COLD = ("import time; t = time.perf_counter(); "
         "from workbench.nlp.sentences import sentence_spans; "
         "sentence_spans('Ik wil bijv. dat ze bellen. Dat is alles.', 'nl'); "
         "print((time.perf_counter() - t) * 1000)")


def run() -> list[Result]:
    cold = min(float(subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(3))
    from workbench.nlp.sentences import sentence_at

    text = interview(7, 20_000)
    turns = [(i, i + len(p)) for i, p in _paragraphs(text)]
    lo, hi = max(turns, key=lambda t: t[1] - t[0])  # the longest turn: the worst case
    sentence_at(text, (lo + hi) // 2, lo, hi, "nl")
    warm = median_ms(lambda: sentence_at(text, (lo + hi) // 2, lo, hi, "nl"), repeat=31)
    return [
        Result("first sentence split in a process (spaCy load)", cold, "ms", "≤ 2,500 ms", cold <= 2500),
        Result("sentence at the cursor (longest turn of 20k words)", warm, "ms", "≤ 5 ms", warm <= 5),
    ]


def _paragraphs(text: str):
    pos = 0
    for para in text.split("\n\n"):
        yield text.index(para, pos), para
        pos = text.index(para, pos) + len(para)
