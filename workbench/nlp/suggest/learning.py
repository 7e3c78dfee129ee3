"""Learning from the researcher: TF-IDF over token keys.

Segments already coded with a code make a profile (the normalised sum of their vectors);
a sentence close to a profile suggests that code. Sentences the researcher rejected for a
code make a counter-profile: a candidate close to a rejected one is lowered or dropped.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from workbench.nlp.pipeline import Sentence

_MIN_KEY = 3  # shorter keys are mostly function words


def _terms(keys: list[str]) -> Counter:
    return Counter(k for k in keys if len(k) >= _MIN_KEY and k.isalpha())


class Idf:
    def __init__(self, documents: list[list[str]]):
        df: Counter = Counter()
        for keys in documents:
            df.update(set(_terms(keys)))
        n = max(len(documents), 1)
        self.n = n
        self.weights = {k: math.log((1 + n) / (1 + c)) + 1.0 for k, c in df.items()}
        self.unseen = math.log(1 + n) + 1.0

    def vector(self, keys: list[str]) -> dict[str, float]:
        tf = _terms(keys)
        vec = {k: (1 + math.log(c)) * self.weights.get(k, self.unseen) for k, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {k: v / norm for k, v in vec.items()}


def _add(into: dict[str, float], vec: dict[str, float]) -> None:
    for k, v in vec.items():
        into[k] = into.get(k, 0.0) + v


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


class Profiles:
    """Per code: the profile of its coded segments, and the rejected sentences."""

    def __init__(self, idf: Idf, coded: list[tuple[int, list[str]]], rejected: list[tuple[int, list[str]]]):
        self.idf = idf
        sums: dict[int, dict[str, float]] = defaultdict(dict)
        self.counts: Counter = Counter()
        for code_id, keys in coded:
            vec = idf.vector(keys)
            if vec:
                _add(sums[code_id], vec)
                self.counts[code_id] += 1
        # Inverted index term → [(code, weight)]: a sentence touches only the codes it shares terms with.
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for code_id, vec in sums.items():
            for k, v in _normalise(vec).items():
                self.postings[k].append((code_id, v))
        self.rejected: dict[int, list[dict[str, float]]] = defaultdict(list)
        for code_id, keys in rejected:
            vec = idf.vector(keys)
            if vec:
                self.rejected[code_id].append(vec)

    def similar_codes(self, sentence: Sentence, vec: dict[str, float] | None = None) -> dict[int, float]:
        vec = vec if vec is not None else self.idf.vector(sentence.keys)
        scores: dict[int, float] = defaultdict(float)
        for k, v in vec.items():
            for code_id, w in self.postings.get(k, ()):
                scores[code_id] += v * w
        return scores

    def rejected_similarity(self, code_id: int, vec: dict[str, float]) -> float:
        best = 0.0
        for other in self.rejected.get(code_id, ()):
            sim = sum(v * other.get(k, 0.0) for k, v in vec.items())
            best = max(best, sim)
        return best
