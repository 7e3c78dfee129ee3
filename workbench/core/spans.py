"""Which text a coding gesture takes: a turn without its speaker label, in-vivo code names.

Pure functions on the stored text (code-point offsets, DESIGN §2). A turn's stored span
covers its whole paragraph, "Speaker: utterance"; a coding never includes the label.
"""

from __future__ import annotations

from workbench.core.offsets import snap_to_words


def label_end(text: str, start: int, end: int, speaker: str) -> int:
    """Offset where the utterance of a turn starts: after "Speaker: " when the paragraph opens
    with its speaker's label, else the turn's start."""
    if speaker:
        label = f"{speaker}:"
        if text.startswith(label, start, end):
            pos = start + len(label)
            while pos < end and text[pos] in " \t":
                pos += 1
            return pos
    return start


def turn_body(text: str, turn) -> tuple[int, int]:
    """The span of a turn's utterance (speaker label and surrounding spaces left out)."""
    start = label_end(text, turn.start, turn.end, turn.speaker)
    if start >= turn.end:  # a label with nothing said: the whole turn rather than nothing
        start = turn.start
    return snap_to_words(text, start, turn.end)


def in_vivo_name(selected: str, limit: int = 60) -> str:
    """A code name from the respondent's own words: one line, no '/', quotes trimmed."""
    name = " ".join(selected.replace("/", " ").split()).strip("\"'“”‘’«» .,;:!?")
    if len(name) > limit:
        name = name[:limit].rsplit(" ", 1)[0] + "…"
    return name
