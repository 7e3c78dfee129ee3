"""Helpers shared by the format readers: size checks, encoding detection, normalisation."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from workbench.core.normalise import clean_transcript
from workbench.importers import base
from workbench.importers.base import ImportedDocument, ImportRefused

_MB = 1024 * 1024

# (BOM, codec) — UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_NAMES = {
    "utf-8-sig": "utf-8-sig",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _size(n: int) -> str:
    """'212 MB', '50.3 MB'; KB below one megabyte (only seen with a lowered limit in tests)."""
    value, unit = (n / _MB, "MB") if n >= _MB else (n / 1024, "KB")
    text = f"{value:.1f}"
    return f"{text[:-2] if text.endswith('.0') else text} {unit}"


def check_size(path: Path) -> int:
    """Stat the file (never read it) and refuse missing or oversized files."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused(path, "import.err.not_found") from None
    except OSError as exc:
        raise ImportRefused(path, "import.err.cannot_open", reason=exc.strerror or str(exc)) from None
    limit = base.MAX_FILE_BYTES
    if size > limit:
        raise ImportRefused(path, "import.err.too_large", size=_size(size), limit=_size(limit))
    return size


def read_bytes(path: Path) -> bytes:
    """Size-checked read; refuses empty files."""
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(path, "import.err.cannot_read", reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ImportRefused(path, "import.err.empty")
    return data


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _mostly_non_latin(text: str) -> bool:
    letters = other = 0
    for ch in text[:20000]:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x24F:
                other += 1
    return letters > 0 and other / letters > 0.3


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Not UTF: ask charset-normalizer, but keep Western text in cp1252.

    charset-normalizer often names a look-alike code page (cp1250, cp775, even EBCDIC) for
    short Dutch or English text; those decode é, ï, € differently. Its answer wins only when it
    finds a non-Latin script (Cyrillic, Greek, …) or cp1252 cannot decode the bytes.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess: tuple[str, str] | None = None
    if best is not None:
        guess = (str(best), codecs.lookup(best.encoding).name)
        if guess[1] in ("cp1252", "iso8859-1", "iso8859-15") or _mostly_non_latin(guess[0]):
            return guess
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    return guess or (data.decode("latin-1"), "latin-1")


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode file bytes: BOM, then strict UTF-8, then detection. Returns (text, encoding)."""
    binary = ImportRefused(path, "import.err.binary")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError:
                raise ImportRefused(path, "import.err.bad_encoding", encoding=_BOM_NAMES[codec]) from None
            encoding = _BOM_NAMES[codec]
            break
    else:
        if b"\x00" in data:
            codec = _bomless_utf16(data)
            if codec is None:
                raise binary
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise binary from None
            encoding = "utf-16"
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _decode_legacy(data)
    if not text.strip():
        raise ImportRefused(path, "import.err.empty")
    controls = len(_CONTROL.findall(text, 0, 200_000))
    if (controls and controls / min(len(text), 200_000) > 0.01) or "\x00" in text:
        raise binary
    return text, encoding


def normalise(text: str) -> str:
    """NFC, \n line ends, no BOM, no trailing spaces, at most one blank line in a row."""
    return clean_transcript(text)


def doc_name(path: Path) -> str:
    return path.stem


def make_document(
    path: Path, raw_text: str, fmt: str, *, encoding: str | None = None, markdown: bool = False
) -> ImportedDocument:
    """Normalise, detect turns and wrap up: the last step of every line-based reader."""
    from workbench.importers.speakers import detect_turns

    clean = normalise(raw_text)
    if not clean.strip():
        raise ImportRefused(path, "import.err.no_text")
    text, turns = detect_turns(clean, markdown=markdown)
    metadata: dict = {"format": fmt}
    if encoding:
        metadata["encoding"] = encoding
    return ImportedDocument(doc_name(path), text, turns, path.name, metadata)
