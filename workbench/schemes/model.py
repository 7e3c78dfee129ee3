"""Plain dataclasses for a coding scheme (a tree of codes with a bilingual codebook)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("nl", "en")
KINDS: tuple[str, ...] = (
    "driver",
    "pain_point",
    "value",
    "expectation",
    "emotion",
    "theme",
)
DEFAULT_KIND = "theme"
FORMAT_VERSION = 1  # newest scheme-file format this version reads and writes

# The codebook fields of a code that hold bilingual text ({nl: ..., en: ...}).
TEXT_FIELDS: tuple[str, ...] = ("definition", "use_when", "do_not_use_when", "example")


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in ``lang``; otherwise the other language; otherwise ``""``."""
    if texts.get(lang):
        return texts[lang]
    for other in LANGUAGES:
        if texts.get(other):
            return texts[other]
    for value in texts.values():
        if value:
            return value
    return ""


@dataclass
class SchemeCode:
    names: dict[str, str]
    kind: str = DEFAULT_KIND
    color: str = "#757575"
    definition: dict[str, str] = field(default_factory=dict)
    use_when: dict[str, str] = field(default_factory=dict)
    do_not_use_when: dict[str, str] = field(default_factory=dict)
    example: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, list[str]] = field(default_factory=dict)
    children: list[SchemeCode] = field(default_factory=list)

    def name(self, lang: str = "nl") -> str:
        """The code's name in ``lang``, falling back to the other language."""
        return pick(self.names, lang)

    def text(self, field_name: str, lang: str = "nl") -> str:
        """One codebook field (``definition``, ``use_when``, ...) in ``lang``, with fallback."""
        if field_name not in TEXT_FIELDS:
            raise KeyError(field_name)
        return pick(getattr(self, field_name), lang)

    def indicators_for(self, lang: str) -> list[str]:
        """Indicator phrases for ``lang`` (no fallback: phrases are language-specific)."""
        return list(self.indicators.get(lang, []))

    def iter_codes(
        self, lang: str = "nl", _prefix: tuple[str, ...] = ()
    ) -> Iterator[tuple[tuple[str, ...], SchemeCode]]:
        path = (*_prefix, self.name(lang))
        yield path, self
        for child in self.children:
            yield from child.iter_codes(lang, path)


@dataclass
class Scheme:
    name: str
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    source: str = ""
    codes: list[SchemeCode] = field(default_factory=list)
    # Where the scheme was read from; not part of the scheme's content.
    path: Path | None = field(default=None, compare=False)

    def title_in(self, lang: str = "nl") -> str:
        return pick(self.title, lang) or self.name

    def description_in(self, lang: str = "nl") -> str:
        return pick(self.description, lang)

    def iter_codes(self, lang: str = "nl") -> Iterator[tuple[tuple[str, ...], SchemeCode]]:
        """Every code depth-first (parent before children) with its path of names in ``lang``."""
        for code in self.codes:
            yield from code.iter_codes(lang)

    def count(self) -> int:
        """Number of codes at all levels."""
        return sum(1 for _ in self.iter_codes())

    def find(self, path: str | tuple[str, ...] | list[str], lang: str | None = None) -> SchemeCode | None:
        """The code at ``path`` ("Pijnpunten/Fouten" or a tuple of names), case-insensitive.

        With ``lang=None`` the path may use either language's names.
        """
        parts = path.split("/") if isinstance(path, str) else list(path)
        wanted = tuple(p.strip().casefold() for p in parts)
        for language in (lang,) if lang else LANGUAGES:
            for code_path, code in self.iter_codes(language):
                if tuple(p.casefold() for p in code_path) == wanted:
                    return code
        return None
