"""The codebook entry of a code as readable text in a REFI-QDA ``<Description>``, and back.

REFI-QDA has one free-text description per code; our codes have a kind, names in two
languages, indicator phrases and four codebook fields. They are written like this (section
headings in the export language, the machine lines first)::

    Kind: pain_point
    Name (en): Pain points
    Indicators (nl): drie keer; doorverbonden

    Definitie:
    Waar het schuurt ...

    Gebruiken wanneer:
    ...

Other programs show this as plain text; reading it back restores the fields. A description
written by another program (no such lines) becomes the definition as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.schemes import KINDS, LANGUAGES, TEXT_FIELDS, SchemeCode

HEADINGS: dict[str, dict[str, str]] = {
    "en": {
        "definition": "Definition",
        "use_when": "Use when",
        "do_not_use_when": "Do not use when",
        "example": "Example",
    },
    "nl": {
        "definition": "Definitie",
        "use_when": "Gebruiken wanneer",
        "do_not_use_when": "Niet gebruiken wanneer",
        "example": "Voorbeeld",
    },
}
# heading text (casefolded) → (field, language)
_HEADING_LOOKUP: dict[str, tuple[str, str]] = {
    label.casefold(): (field_name, lang)
    for lang, labels in HEADINGS.items()
    for field_name, label in labels.items()
}
# a few spellings people use when they edit the text by hand
_HEADING_LOOKUP.update({
    "use if": ("use_when", "en"),
    "don't use when": ("do_not_use_when", "en"),
    "do not use if": ("do_not_use_when", "en"),
    "gebruik wanneer": ("use_when", "nl"),
    "gebruik als": ("use_when", "nl"),
    "niet gebruiken als": ("do_not_use_when", "nl"),
})

_HEADING_RE = re.compile(r"^\s*([^\W\d_][\w' ]{0,40}?)\s*:\s*$")
_KIND_RE = re.compile(r"^\s*(?:kind|soort)\s*:\s*([A-Za-z_]+)\s*$", re.IGNORECASE)
_NAME_RE = re.compile(r"^\s*(?:name|naam)\s*\((\w\w)\)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_INDICATORS_RE = re.compile(
    r"^\s*(?:indicators|indicatoren|signaalwoorden)\s*\((\w\w)\)\s*:\s*(.*?)\s*$", re.IGNORECASE
)
INDICATOR_SEPARATOR = "; "


def format_description(code: SchemeCode, lang: str, main_name: str) -> str:
    """The Description text for ``code``: machine lines, then the codebook sections in ``lang``."""
    lines = [f"Kind: {code.kind}"]
    names = {k: v for k, v in code.names.items() if v}
    if set(names) - {lang} or names.get(lang, main_name) != main_name:
        lines += [f"Name ({k}): {names[k]}" for k in _ordered(names)]
    for k in _ordered(code.indicators):
        phrases = [p for p in code.indicators[k] if p.strip()]
        if phrases:
            lines.append(f"Indicators ({k}): {INDICATOR_SEPARATOR.join(p.strip() for p in phrases)}")
    labels = HEADINGS.get(lang, HEADINGS["en"])
    for field_name in TEXT_FIELDS:
        text = code.text(field_name, lang).strip()
        if text:
            lines += ["", f"{labels[field_name]}:", text]
    return "\n".join(lines)


def _ordered(mapping: dict) -> list[str]:
    return [k for k in LANGUAGES if k in mapping] + sorted(k for k in mapping if k not in LANGUAGES)


@dataclass
class ParsedDescription:
    kind: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, list[str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # field name → text
    language: str | None = None  # language of the section headings, when there are any


def parse_description(text: str | None) -> ParsedDescription:
    """Split a Description into kind, names, indicators and codebook fields."""
    out = ParsedDescription()
    if not text or not text.strip():
        return out
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # 1. machine lines at the top (blank lines between them are allowed)
    index = 0
    header_found = False
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if match := _KIND_RE.match(line):
            kind = match.group(1).strip().lower()
            if kind not in KINDS:
                break
            out.kind = kind
        elif match := _NAME_RE.match(line):
            name = match.group(2).strip()
            if name:
                out.names[match.group(1).lower()] = name
        elif match := _INDICATORS_RE.match(line):
            phrases = [p.strip() for p in match.group(2).split(";")]
            unique = list(dict.fromkeys(p for p in phrases if p))
            if unique:
                out.indicators[match.group(1).lower()] = unique
        else:
            break
        header_found = True
        index += 1
    if not header_found:
        index = 0
    # 2. sections: a heading alone on its line, the text up to the next heading
    body = lines[index:]
    current: str | None = None
    chunks: dict[str, list[str]] = {}
    preamble: list[str] = []
    votes: dict[str, int] = {}
    for line in body:
        heading = _heading(line)
        if heading and heading[0] not in chunks:
            current = heading[0]
            chunks[current] = []
            votes[heading[1]] = votes.get(heading[1], 0) + 1
            continue
        (chunks[current] if current else preamble).append(line)
    loose = "\n".join(preamble).strip()
    for field_name, chunk in chunks.items():
        value = "\n".join(chunk).strip()
        if value:
            out.texts[field_name] = value
    if loose:
        # Text before the first heading (or a foreign description): it is the definition.
        if "definition" in out.texts:
            out.texts["definition"] = loose + "\n\n" + out.texts["definition"]
        else:
            out.texts["definition"] = loose
    if votes:
        out.language = max(votes, key=lambda k: (votes[k], k == "en"))
    return out


def _heading(line: str) -> tuple[str, str] | None:
    match = _HEADING_RE.match(line)
    if not match:
        return None
    return _HEADING_LOOKUP.get(" ".join(match.group(1).split()).casefold())
