"""Subtitle transcripts: WebVTT (.vtt, Teams/Zoom) and SubRip (.srt).

Cue ids, cue numbers, timing lines, NOTE/STYLE/REGION blocks and markup are dropped. The speaker
comes from a ``<v Name>`` voice tag or a ``Name: text`` prefix; a cue without one continues the
previous speaker. Consecutive cues of one speaker merge into one turn whose time_ms is the start
of its first cue (unnamed cues also break at a pause of 2 s or more).

Parsed here rather than with webvtt-py: that library silently drops a cue whose timing line it
does not accept, and with it the words spoken; a transcript must keep every word or say why not.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from workbench.importers.base import ImportedDocument, ImportRefused, register
from workbench.importers.common import decode_text, doc_name, normalise, read_bytes
from workbench.importers.speakers import TurnBuilder, known_role, time_to_ms

_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
    r"(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+(?P<name>[^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[^>\n]*>")
_LABEL = re.compile(r"^(?:-\s*)?(?P<label>[^\W\d_][^:\n]{0,39}?)\s*:\s+(?P<rest>\S.*)$")
_PAUSE_MS = 2000
# Cues per file. A ten-hour recording has about 15,000; a file with far more is not an interview
# and would take minutes and gigabytes to import, so it is refused before any cue is parsed.
MAX_CUES = 200_000


# Subtitle times beyond this are not a recording (and would not fit the project file).
MAX_TIME_MS = 100 * 3600 * 1000


def _stamp_ms(stamp: str, path: Path, n: int) -> int:
    parts = stamp.replace(",", ".").split(".")[0].split(":")
    if len(parts[0]) > 3 or any(int(p) >= 60 for p in parts[1:]):
        raise ImportRefused(path, "import.err.bad_time", n=n, stamp=stamp)
    ms = time_to_ms(stamp)
    if ms > MAX_TIME_MS:
        raise ImportRefused(path, "import.err.bad_time", n=n, stamp=stamp)
    return ms


def _cues(text: str, path: Path) -> list[tuple[int, int, list[str]]]:
    """(start_ms, end_ms, payload lines) per cue; impossible times are refused with the cue."""
    cues = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        head = lines[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION", "WEBVTT")) and not any(
            "-->" in line for line in lines[:2]
        ):
            continue
        for i, line in enumerate(lines[:3]):
            m = _TIMING.match(line)
            if m:
                payload = [p for p in lines[i + 1 :] if p.strip()]
                n = len(cues) + 1
                start, end = _stamp_ms(m["start"], path, n), _stamp_ms(m["end"], path, n)
                if end < start:
                    raise ImportRefused(path, "import.err.time_order", n=n, start=m["start"], end=m["end"])
                cues.append((start, end, payload))
                break
    return cues


def _segments(payload: list[str]) -> list[tuple[str | None, str, bool]]:
    """Split one cue into (speaker or None, text, speaker from a voice tag) pieces."""
    joined = "\n".join(payload)
    pieces: list[tuple[str | None, str]] = []
    voice = _VOICE.search(joined) is not None
    if voice:
        chunks = _VOICE.split(joined)
        # split with one group → [before, name1, text1, name2, text2, …]
        if chunks[0].strip():
            pieces.append((None, chunks[0]))
        for name, body in zip(chunks[1::2], chunks[2::2], strict=False):
            pieces.append((" ".join((name or "").split()) or None, body))
    else:
        for line in payload:
            m = _LABEL.match(line.strip())
            if m and len(m["label"].split()) <= 5 and "//" not in m["rest"][:2]:
                pieces.append((" ".join(m["label"].split()), m["rest"]))
            elif pieces:
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + " " + line)
            else:
                pieces.append((None, line))
    out = []
    for speaker, body in pieces:
        clean = " ".join(html.unescape(_TAG.sub("", body)).split())
        if clean:
            out.append((speaker, clean, voice))
    return out


def _read(path: Path, fmt: str) -> ImportedDocument:
    data = read_bytes(path)
    # counted in the raw bytes (any ASCII-compatible encoding): refused before decoding
    if data.count(b"-->") > MAX_CUES or data.count(b"-\x00-\x00>") > MAX_CUES:
        raise ImportRefused(path, "import.err.too_many_cues", max=MAX_CUES)
    raw, encoding = decode_text(data, path)
    text = normalise(raw)
    if fmt == "vtt" and not text.lstrip().startswith("WEBVTT"):
        raise ImportRefused(path, "import.err.not_vtt")
    cues = _cues(text, path)
    if not cues:
        raise ImportRefused(path, "import.err.no_cues")

    raw_segments = [
        (start, end, spk, body, voice)
        for start, end, payload in cues
        for spk, body, voice in _segments(payload)
    ]
    # "Name: text" prefixes only count as speakers when they recur or are conventional labels.
    counts: dict[str, int] = {}
    for _s, _e, spk, _b, _v in raw_segments:
        if spk:
            counts[spk] = counts.get(spk, 0) + 1
    builder = TurnBuilder()
    speaker, lines, first_ms, last_end = "", [], None, None
    for start, end, spk, body, voice in raw_segments:
        if spk and not voice and counts[spk] < 2 and known_role(spk) is None:
            body, spk = f"{spk}: {body}", None
        new_speaker = spk if spk is not None else speaker
        pause = not new_speaker and last_end is not None and start - last_end >= _PAUSE_MS
        if lines and (new_speaker != speaker or pause):
            builder.add(speaker, [" ".join(lines)], first_ms)
            lines = []
        if not lines:
            first_ms = start
        speaker = new_speaker
        lines.append(body)
        last_end = end
    builder.add(speaker, [" ".join(lines)], first_ms)
    out_text, turns = builder.finish()
    if not out_text:
        raise ImportRefused(path, "import.err.no_cue_text")
    return ImportedDocument(doc_name(path), out_text, turns, path.name, {"format": fmt, "encoding": encoding})


@register("vtt")
def read_vtt(path: Path | str) -> ImportedDocument:
    return _read(Path(path), "vtt")


@register("srt")
def read_srt(path: Path | str) -> ImportedDocument:
    return _read(Path(path), "srt")
