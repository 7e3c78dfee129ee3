"""Lexicons in resources/lexicons (TSV) and a phrase index that matches them on token keys."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from workbench.nlp.pipeline import Pipeline, Sentence, for_language


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file (comments and blank lines skipped), found as package data."""
    text = (resources.files("workbench") / "resources" / "lexicons" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # token index of the first and one past the last token
    last: int
    phrase: str
    payload: object


class PhraseIndex:
    """Phrases keyed by their first token key; a sentence is scanned once, token by token."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, object]]] = {}

    def add(self, phrase: str, payload: object) -> None:
        keys = self.pipeline.phrase_keys(phrase)
        if keys:
            bucket = self._by_first.setdefault(keys[0], [])
            bucket.append((keys, phrase, payload))
            bucket.sort(key=lambda e: -len(e[0]))

    def __len__(self) -> int:
        return sum(len(b) for b in self._by_first.values())

    def find(self, sentence: Sentence) -> list[Match]:
        keys = sentence.keys
        out = []
        get = self._by_first.get
        for i, k in enumerate(keys):
            bucket = get(k)
            if bucket is None:
                continue
            for phrase_keys, phrase, payload in bucket:
                n = len(phrase_keys)
                if n == 1 or tuple(keys[i:i + n]) == phrase_keys:
                    out.append(Match(i, i + n, phrase, payload))
        return out


@dataclass(frozen=True)
class Lexicons:
    emotions: PhraseIndex  # payload (emotion, intensity)
    cues: PhraseIndex  # payload (label, weight)
    sentiment: dict[str, float]  # token key → polarity


@lru_cache(maxsize=2)
def for_language_lexicons(language: str) -> Lexicons:
    pipeline = for_language(language)
    lang = pipeline.language
    emotions = PhraseIndex(pipeline)
    for phrase, emotion, intensity, *_ in read_tsv(f"emotions.{lang}.tsv"):
        emotions.add(phrase, (emotion, float(intensity)))
    cues = PhraseIndex(pipeline)
    for phrase, label, weight, *_ in read_tsv(f"cues.{lang}.tsv"):
        cues.add(phrase, (label, float(weight)))
    sentiment: dict[str, float] = {}
    for form, polarity, *_ in read_tsv(f"sentiment.{lang}.tsv"):
        value = float(polarity)
        if abs(value) >= 0.2:  # near-neutral adjectives ("Amsterdams") say nothing
            key = pipeline.key(form)
            # Forms that share a key: keep the stronger judgement.
            if abs(value) > abs(sentiment.get(key, 0.0)):
                sentiment[key] = value
    return Lexicons(emotions, cues, sentiment)
