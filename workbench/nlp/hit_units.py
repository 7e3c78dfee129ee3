"""What "code all hits" codes: for each search hit the hit itself, its sentence or its turn
(never a speaker label), by default only in respondent turns; identical segments once."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.spans import turn_body
from workbench.nlp.sentences import sentence_at

UNITS = ("hit", "sentence", "turn")


@dataclass
class HitPlan:
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (document, start, end)
    skipped_roles: int = 0  # hits left out because they are not in a respondent turn
    skipped_labels: int = 0  # hits on a speaker label (the name searched for), not on speech

    @property
    def documents(self) -> int:
        return len({doc for doc, _, _ in self.segments})


def plan_hit_segments(project, hits, unit: str = "hit", respondents_only: bool = True) -> HitPlan:
    """The segments to code for these hits (Hit objects from `project.search`)."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}")
    plan = HitPlan()
    seen: set[tuple[int, int, int]] = set()
    docs: dict[int, tuple[str, str, dict]] = {}  # id → (text, language, turns by id)
    for hit in hits:
        if hit.document_id not in docs:
            doc = project.document(hit.document_id)
            docs[hit.document_id] = (doc.text, doc.language,
                                     {t.id: t for t in project.turns(hit.document_id)})
        text, language, turns = docs[hit.document_id]
        turn = turns.get(hit.turn_id)
        if respondents_only and (turn is None or turn.role != "respondent"):
            plan.skipped_roles += 1
            continue
        lo, hi = turn_body(text, turn) if turn is not None else (0, len(text))
        if hit.end <= lo:
            plan.skipped_labels += 1
            continue
        if unit == "hit":
            span = (max(hit.start, lo), hit.end)
        else:
            span = (lo, hi) if unit == "turn" else sentence_at(text, max(hit.start, lo), lo, hi, language)
        key = (hit.document_id, *span)
        if key not in seen and span[0] < span[1]:
            seen.add(key)
            plan.segments.append(key)
    return plan
