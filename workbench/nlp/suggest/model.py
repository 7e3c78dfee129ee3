"""What the suggestion engine reads and writes: plain data, so it can run in any thread."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.model import Code

KINDS = ("driver", "pain_point", "value", "expectation", "emotion", "theme")


@dataclass
class DocInput:
    id: int
    name: str
    language: str
    text: str
    spans: list[tuple[int, int]]  # the turns to read (respondent turns by default)


@dataclass
class SuggestInput:
    documents: list[DocInput]
    codes: list[Code]
    language: str  # the project language: reasons are written in it
    coded: list[tuple[int, str, str]] = field(default_factory=list)  # (code, language, text)
    rejected: list[tuple[int, int, int, int, str, str]] = field(default_factory=list)
    # (document, code, start, end, language, text)
    existing: set[tuple[int, int, int, int]] = field(default_factory=set)  # codings (doc, code, start, end)


@dataclass
class Suggestion:
    document_id: int
    document: str
    start: int
    end: int
    text: str
    code_id: int
    code: str  # the code's path
    kind: str
    score: float
    reason: str
    source: str  # indicator | emotion | sentiment | cue | learned
    inferred: bool = False

    def as_json(self) -> dict:
        return {"document": self.document, "start": self.start, "end": self.end, "text": self.text,
                "code": self.code, "kind": self.kind, "score": round(self.score, 3),
                "reason": self.reason, "source": self.source}

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.document_id, self.code_id, self.start, self.end)
