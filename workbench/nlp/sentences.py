"""Sentence boundaries with spaCy's rule-based sentencizer on a blank pipeline (no model).

The blank Dutch and English tokenizers know abbreviations ("bijv.", "d.w.z.", "e.g.",
"Mr."), so a sentence is not cut after them as a full-stop regex would. A line break always
ends a sentence (transcripts put one utterance per line). The pipeline is built once per
language and cached: building it costs most of a second, a sentence a few microseconds.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from workbench.core.offsets import snap_to_words

_LANGUAGES = ("nl", "en")
_lock = threading.Lock()  # a worker thread and the UI may ask for the first pipeline at once


@lru_cache(maxsize=len(_LANGUAGES))
def _build(language: str):
    import spacy  # heavy: imported on first use, never at start-up

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline(language: str = "nl"):
    """The cached blank pipeline with a sentencizer (Dutch for anything not English)."""
    with _lock:
        return _build(language if language in _LANGUAGES else "nl")


def sentence_spans(text: str, language: str = "nl", lo: int = 0,
                   hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence in text[lo:hi], offsets into `text`, spaces trimmed."""
    hi = len(text) if hi is None else hi
    nlp = pipeline(language)
    out: list[tuple[int, int]] = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        if line.strip():
            for sent in nlp(line).sents:
                s, e = pos + sent.start_char, pos + sent.end_char
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if s < e:
                    out.append((s, e))
        pos += len(line) + 1
    return out


def sentence_at(text: str, offset: int, lo: int = 0, hi: int | None = None,
                language: str = "nl") -> tuple[int, int]:
    """The sentence around `offset` inside [lo, hi) (usually a turn without its speaker label);
    between sentences, the next one. Never cuts a word."""
    hi = len(text) if hi is None else hi
    spans = sentence_spans(text, language, lo, hi)
    if not spans:
        return snap_to_words(text, lo, max(lo + 1, hi))
    for s, e in spans:
        if offset < e or (offset == e and s < e):
            return snap_to_words(text, s, e)
    return snap_to_words(text, *spans[-1])
