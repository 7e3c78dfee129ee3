"""Kinds of codes (DESIGN §4) and speaker roles, with their Dutch and English labels."""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "driver": {"nl": "drijfveer", "en": "driver"},
    "pain_point": {"nl": "pijnpunt", "en": "pain point"},
    "value": {"nl": "waarde", "en": "value"},
    "expectation": {"nl": "verwachting", "en": "expectation"},
    "emotion": {"nl": "emotie", "en": "emotion"},
    "theme": {"nl": "thema", "en": "theme"},
}

ROLES = ("interviewer", "respondent", "other")
LANGUAGES = ("nl", "en")


def kind_label(kind: str, lang: str = "nl") -> str:
    return KINDS.get(kind, KINDS["theme"]).get(lang, kind)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind '{kind}' (valid: {', '.join(KINDS)})")
    return kind
