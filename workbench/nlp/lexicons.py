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
    """Phrases indexed by their first key, and multi-word phrases by their first two keys, so
    a sentence is scanned once and a common first word ("ik", "i") costs one lookup, not a
    walk through every phrase that starts with it."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self._firsts: set[str] = set()
        self._single: dict[str, list[tuple[str, object]]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str, object, tuple]]] = {}
        self._gapped: dict[str, list[tuple[str, object, tuple]]] = {}  # one word, then "…"
        self._count = 0

    def add(self, phrase: str, payload: object) -> None:
        """A phrase; "valt … weg" lets up to six words come between its parts (Dutch
        separable verbs, "took … weeks")."""
        parts = [self.pipeline.phrase_keys(p) for p in phrase.replace("...", "…").split("…")]
        if not all(parts):
            return
        keys, rest = parts[0], tuple(parts[1:])
        self._firsts.add(keys[0])
        self._count += 1
        if len(keys) > 1:
            self._pairs.setdefault((keys[0], keys[1]), []).append((keys, phrase, payload, rest))
        elif rest:
            self._gapped.setdefault(keys[0], []).append((phrase, payload, rest))
        else:
            self._single.setdefault(keys[0], []).append((phrase, payload))

    def __len__(self) -> int:
        return self._count

    def find(self, sentence: Sentence) -> list[Match]:
        keys = sentence.keys
        out: list[Match] = []
        firsts = self._firsts
        if firsts.isdisjoint(keys):  # most sentences: one set operation in C
            return out
        n = len(keys)
        present = None
        single, pairs, gapped = self._single, self._pairs, self._gapped
        for i in [i for i, k in enumerate(keys) if k in firsts]:
            k = keys[i]
            for phrase, payload in single.get(k, ()):
                out.append(Match(i, i + 1, phrase, payload))
            if i + 1 < n:
                for phrase_keys, phrase, payload, rest in pairs.get((k, keys[i + 1]), ()):
                    m = len(phrase_keys)
                    if m > 2 and tuple(keys[i:i + m]) != phrase_keys:
                        continue
                    end = _gapped(keys, i + m, rest) if rest else i + m
                    if end is not None:
                        out.append(Match(i, end, phrase, payload))
            for phrase, payload, rest in gapped.get(k, ()):
                # its later parts must occur at all before we look for them
                present = present if present is not None else set(keys)
                if all(k2 in present for part in rest for k2 in part):
                    end = _gapped(keys, i + 1, rest)
                    if end is not None:
                        out.append(Match(i, end, phrase, payload))
        return out


def _gapped(keys: list[str], pos: int, rest: tuple[tuple[str, ...], ...], gap: int = 6) -> int | None:
    """End of a match whose later parts follow within `gap` tokens each, or None."""
    for part in rest:
        n = len(part)
        for j in range(pos, min(pos + gap + 1, len(keys) - n + 1)):
            if tuple(keys[j:j + n]) == part:
                pos = j + n
                break
        else:
            return None
    return pos


SENTIMENT_SKIP = {"nl": {"naar", "best", "echt", "erg", "heel", "vol", "groot", "klein", "laag", "hoog"},
                  "en": {"fine", "kind", "late"}}


@dataclass(frozen=True)
class Lexicons:
    emotions: PhraseIndex  # payload (emotion, intensity)
    cues: PhraseIndex  # payload (label, weight)
    sentiment: dict[str, float]  # lemma → polarity (not stemmed: adjective stems meet verbs)


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
    skip = set(pipeline.modifiers) | SENTIMENT_SKIP.get(lang, set())
    for form, polarity, *_ in read_tsv(f"sentiment.{lang}.tsv"):
        value = float(polarity)
        # Near-neutral adjectives ("Amsterdams") say nothing; modifiers and words that are
        # mostly something else ("naar" = to) are not judgements.
        if abs(value) >= 0.2 and form not in skip:
            key = pipeline.lemma(form)
            if abs(value) > abs(sentiment.get(key, 0.0)):  # forms sharing a lemma: the stronger
                sentiment[key] = value
    return Lexicons(emotions, cues, sentiment)
