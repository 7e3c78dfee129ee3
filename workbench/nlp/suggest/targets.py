"""Which code of the project's codebook a piece of evidence points to.

The engine reasons in kinds and concepts (a pain point; the emotion anger; a taken-for-granted
expectation). The codebook decides the code: a code whose indicator phrases match the sentence
wins; otherwise a code named for the concept (Plutchik's emotions, the expectation cue types,
in Dutch or English), else the top code of the kind.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from workbench.core.model import Code
from workbench.nlp.lexicons import PhraseIndex
from workbench.nlp.pipeline import Pipeline

# Concept → name fragments (lower case, either language) that identify its code.
CONCEPT_NAMES = {
    "joy": ("vreugde", "blijdschap", "joy", "happiness"),
    "trust": ("vertrouwen", "trust"),
    "fear": ("angst", "fear", "vrees"),
    "surprise": ("verrassing", "surprise", "verbazing"),
    "sadness": ("verdriet", "sadness", "droefheid"),
    "disgust": ("afkeer", "disgust", "walging"),
    "anger": ("boosheid", "anger", "woede"),
    "anticipation": ("anticipatie", "anticipation", "verwachting (anticipatie)"),
    "expectation.granted": ("vanzelfsprekend", "taken for granted", "basisbehoefte", "basic need"),
    "expectation.comparison": ("vergelijking", "comparison", "andere merken", "other brands"),
    "expectation.surprise": ("verrast of teleurgesteld", "surprised or disappointed", "teleurgesteld",
                             "disappointed"),
    "expectation.stated": ("uitgesproken", "stated", "expliciet", "explicit"),
    "expectation.inferred": ("onbewuste", "unconscious", "onuitgesproken", "unspoken", "impliciet",
                             "implicit"),
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _names(code: Code) -> list[str]:
    return [_fold(n) for n in (code.name, *code.names.values()) if n]


@dataclass
class IndicatorHit:
    code_id: int
    phrase: str
    score: float


class CodeTargets:
    """The codebook as the engine needs it, for one language."""

    def __init__(self, codes: list[Code], pipeline: Pipeline, language: str):
        self.codes = {c.id: c for c in codes}
        self._paths: dict[int, str] = {}
        self.kind_of = {c.id: c.kind for c in codes}
        self.depth = {}
        for c in codes:
            d, p = 0, c.parent_id
            while p is not None and p in self.codes and d < 50:
                d, p = d + 1, self.codes[p].parent_id
            self.depth[c.id] = d
        self.indicators = PhraseIndex(pipeline)
        for c in codes:
            for phrase in c.indicators.get(language, []) or []:
                words = len(phrase.split())
                # A single common word ("gewoon", "just", "website") is weak evidence alone.
                self.indicators.add(phrase, (c.id, 0.3 if words == 1 else min(0.75, 0.45 + 0.1 * words)))
        self.roots = {}
        for c in sorted(codes, key=lambda c: self.depth[c.id]):
            self.roots.setdefault(c.kind, c.id)

    def path(self, code_id: int) -> str:
        found = self._paths.get(code_id)
        if found is None:
            found = self._paths[code_id] = self._path(code_id)
        return found

    def _path(self, code_id: int) -> str:
        parts, current = [], code_id
        while current is not None and current in self.codes and len(parts) < 50:
            parts.append(self.codes[current].name)
            current = self.codes[current].parent_id
        return "/".join(reversed(parts))

    def named(self, concept: str, kind: str) -> int | None:
        """The deepest code of the kind whose name carries one of the concept's names."""
        wanted = CONCEPT_NAMES.get(concept, ())
        best = None
        for c in self.codes.values():
            if c.kind != kind:
                continue
            if any(n.startswith(w) or f" {w}" in n for n in _names(c) for w in wanted):
                if best is None or self.depth[c.id] > self.depth[best]:
                    best = c.id
        return best

    def for_concept(self, kind: str, concepts: tuple[str, ...]) -> int | None:
        for concept in concepts:
            found = self.named(concept, kind)
            if found is not None:
                return found
        return self.roots.get(kind)

    def root(self, kind: str) -> int | None:
        return self.roots.get(kind)
