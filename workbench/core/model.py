"""Plain dataclasses for the domain (DESIGN §2). The store reads and writes these."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    id: int
    name: str
    language: str
    text: str
    sha256: str
    source_file: str = ""
    imported_at: str = ""
    case_id: int | None = None
    metadata: dict = field(default_factory=dict)
    word_count: int = 0


@dataclass
class Turn:
    id: int
    document_id: int
    start: int
    end: int
    speaker: str = ""
    role: str = "respondent"
    time_ms: int | None = None


@dataclass
class Code:
    id: int
    parent_id: int | None
    name: str
    kind: str = "theme"
    color: str = "#808080"
    position: int = 0
    definition: str = ""
    use_when: str = ""
    do_not_use_when: str = ""
    example: str = ""
    indicators: dict = field(default_factory=dict)  # {"nl": [...], "en": [...]}
    names: dict = field(default_factory=dict)  # translations {"nl": ..., "en": ...}


@dataclass
class Coding:
    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    coder: str = ""
    memo: str = ""
    inferred: bool = False
    created_at: str = ""


@dataclass
class Case:
    id: int
    name: str
    attributes: dict = field(default_factory=dict)


@dataclass
class Memo:
    id: int
    target: str  # project | document | code | coding
    target_id: int | None
    text: str
    updated_at: str = ""
