"""Sentence-level quality of the suggestions against labelled transcripts (the gold set).

A gold file is a transcript: `I:` lines are interviewer turns, `R: [kind,kind] sentence` lines
respondent sentences (consecutive ones form a turn). A sentence counts as suggested for a kind
when a suggestion of that kind overlaps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.nlp.suggest.model import DocInput, Suggestion

EVALUATED = ("driver", "pain_point", "value", "expectation", "emotion")
_R = re.compile(r"^R:\s*\[([^\]]*)\]\s*(.+)$")


@dataclass
class GoldDoc:
    name: str
    language: str
    text: str
    turns: list[tuple[int, int]]  # respondent turns
    sentences: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)


def read_gold(path: Path) -> GoldDoc:
    language = "nl"
    parts: list[str] = []
    doc = GoldDoc(path.stem, language, "", [])
    pos = 0
    turn_open = False

    def put(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# lang:"):
            doc.language = line.split(":", 1)[1].strip()
            continue
        m = _R.match(line)
        if m:
            if not turn_open:
                put("Respondent: ")
                doc.turns.append((pos, pos))
                turn_open = True
            else:
                put(" ")
            kinds = frozenset(k.strip() for k in m.group(1).split(",") if k.strip())
            doc.sentences.append((pos, pos + len(m.group(2)), kinds))
            put(m.group(2))
            doc.turns[-1] = (doc.turns[-1][0], pos)
        elif line.startswith("I:"):
            if turn_open:
                put("\n\n")
                turn_open = False
            put("Interviewer: " + line[2:].strip() + "\n\n")
    doc.text = "".join(parts)
    return doc


def gold_inputs(docs: list[GoldDoc]) -> list[DocInput]:
    return [DocInput(i + 1, d.name, d.language, d.text, d.turns) for i, d in enumerate(docs)]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[GoldDoc], suggestions: list[Suggestion], ids: list[int] | None = None) -> dict[str, Scores]:
    """Per kind; document i has id ids[i] (by default i + 1, as gold_inputs numbers them)."""
    ids = ids or [i + 1 for i in range(len(docs))]
    by_doc: dict[int, list[Suggestion]] = {}
    for s in suggestions:
        by_doc.setdefault(s.document_id, []).append(s)
    out = {k: Scores() for k in EVALUATED}
    for i, d in enumerate(docs):
        mine = by_doc.get(ids[i], [])
        for start, end, gold in d.sentences:
            predicted = {s.kind for s in mine if s.start < end and start < s.end}
            for kind in EVALUATED:
                if kind in predicted and kind in gold:
                    out[kind].tp += 1
                elif kind in predicted:
                    out[kind].fp += 1
                elif kind in gold:
                    out[kind].fn += 1
    return out


def evaluate(paths: list[Path], codes: list | None = None) -> tuple[dict[str, Scores], int, list[Suggestion]]:
    """Scores per kind, the number of respondent sentences, and the suggestions made."""
    from workbench.nlp.suggest.engine import compute
    from workbench.nlp.suggest.model import SuggestInput

    docs = [read_gold(p) for p in paths]
    from workbench.nlp.suggest.storage import scheme_codes

    codes = codes if codes is not None else scheme_codes()
    suggestions = compute(SuggestInput(gold_inputs(docs), codes, "nl"))
    return score(docs, suggestions), sum(len(d.sentences) for d in docs), suggestions
