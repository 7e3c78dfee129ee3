"""What one sentence says, read from the lexicons: emotions, polarity and cue phrases.

Every piece of evidence keeps the words that produced it, so each suggestion can say why.
Negation: a negated positive word ("niet vriendelijk", "not helpful") counts as a negative
judgement, never as praise; a negated negative word ("niet slecht") only weakly as positive;
a negated emotion or cue phrase does not count, unless the negator is part of the phrase
("werkt niet", "had niet verwacht").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.nlp.lexicons import Lexicons, Match
from workbench.nlp.pipeline import Pipeline, Sentence

OPPOSITE = {"joy": "sadness", "sadness": "joy", "trust": "disgust", "disgust": "trust", "fear": "anger",
            "anger": "fear", "surprise": "anticipation", "anticipation": "surprise"}
NEGATABLE_CUES = frozenset({"pain_point", "value"})
POSITIVE_EMOTIONS = frozenset({"joy", "trust", "anticipation"})
NEGATIVE_EMOTIONS = frozenset({"fear", "sadness", "disgust", "anger"})
# Words after which a capitalised word names another company ("bij Coolblue", "with KLM").
_COMPARE_BEFORE = {"nl": frozenset({"bij", "dan", "als", "zoals"}),
                   "en": frozenset({"with", "at", "than", "like", "unlike"})}
_NAME = re.compile(r"^[A-Z][\w&'.-]+$")


@dataclass
class Evidence:
    emotions: dict[str, tuple[float, list[str]]] = field(default_factory=dict)
    positive: list[tuple[float, str]] = field(default_factory=list)
    negative: list[tuple[float, str]] = field(default_factory=list)
    negated_praise: list[str] = field(default_factory=list)
    cues: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    cue_tokens: set[int] = field(default_factory=set)  # tokens inside a matched cue phrase
    masked: set[int] = field(default_factory=set)  # tokens of an idiom that is no evidence
    from_negation: set[str] = field(default_factory=set)  # emotions read from a negated opposite
    other_brand: str | None = None
    negator: str | None = None  # a negation that does not soften a complaint ("geen gedoe")

    def cue_score(self, label: str) -> float:
        return noisy_or(w for w, _ in self.cues.get(label, ()))

    def cue_phrases(self, label: str) -> list[str]:
        return _unique(p for _, p in sorted(self.cues.get(label, ()), reverse=True))

    def strongest_emotion(self) -> tuple[str, float, list[str]] | None:
        if not self.emotions:
            return None
        name, (score, words) = max(self.emotions.items(), key=lambda kv: kv[1][0])
        return name, score, words

    def negative_strength(self) -> float:
        return noisy_or(s for s, _ in self.negative)

    def positive_strength(self) -> float:
        return noisy_or(s for s, _ in self.positive)


def noisy_or(scores) -> float:
    """Independent pieces of evidence combine as 1 - Π(1 - s)."""
    miss = 1.0
    for s in scores:
        miss *= 1.0 - max(0.0, min(1.0, s))
    return 1.0 - miss


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


class Reader:
    """Reads the evidence of sentences in one language."""

    def __init__(self, pipeline: Pipeline, lexicons: Lexicons):
        self.pipeline = pipeline
        self.lex = lexicons
        self.negator_keys = frozenset(pipeline.key(w) for w in pipeline.negators)
        self.compare_before = _COMPARE_BEFORE[pipeline.language]

    def negated(self, s: Sentence, m: Match) -> bool:
        if any(k in self.negator_keys for k in s.keys[m.first:m.last]):
            return False  # the negation is the phrase's own ("werkt niet")
        return s.negated[m.first]

    def _weight(self, s: Sentence, m: Match) -> float:
        return max(s.weight[m.first:m.last])

    def read(self, s: Sentence) -> Evidence:
        ev = Evidence()
        cue_matches = self.lex.cues.find(s)
        # Idioms that only look like evidence ("eerlijk gezegd" = honestly) hide their words.
        for m in cue_matches:
            if m.payload[0] == "ignore":
                ev.masked.update(range(m.first, m.last))
        softened = False
        emotion_tokens: set[int] = set()
        for m in self.lex.emotions.find(s):
            if ev.masked.intersection(range(m.first, m.last)):
                continue
            emotion, intensity = m.payload
            emotion_tokens.update(range(m.first, m.last))
            words = s.words_text(m.first, m.last)
            if self.negated(s, m):
                # Still a feeling, not a verdict on the service: Plutchik's opposite, weaker
                # ("not happy" ~ sadness, "don't trust" ~ disgust).
                emotion, intensity = OPPOSITE[emotion], 0.6 * intensity
                ev.from_negation.add(emotion)
            score = min(1.0, intensity * self._weight(s, m))
            old = ev.emotions.get(emotion)
            if old is None or score > old[0]:
                ev.emotions[emotion] = (score, [*(old[1] if old else []), words])
            else:
                old[1].append(words)
        sentiment = self.lex.sentiment
        for i, lemma in enumerate(s.lemmas):
            polarity = sentiment.get(lemma)
            # An emotion word is a feeling, not a judgement of the service.
            if polarity is None or i in emotion_tokens or i in ev.masked:
                continue
            strength = min(1.0, abs(polarity) * s.weight[i])
            if s.negated[i]:
                if polarity > 0:
                    ev.negative.append((0.8 * strength, s.words[i]))
                    if polarity >= 0.4:  # clear praise words; not participles like "gelezen"
                        ev.negated_praise.append(s.words[i])
                else:
                    ev.positive.append((0.3 * strength, s.words[i]))
                    softened = True
            elif polarity > 0:
                ev.positive.append((strength, s.words[i]))
            else:
                ev.negative.append((strength, s.words[i]))
        spans: dict[str, list[tuple[int, int]]] = {}  # per family: expectation.* is one
        for m in cue_matches:
            spans.setdefault(m.payload[0].split(".")[0], []).append((m.first, m.last))
        for m in cue_matches:
            label, weight = m.payload
            if label == "ignore" or ev.masked.intersection(range(m.first, m.last)):
                continue
            # "hoort" inside "dat hoort toch" is the same evidence, not more of it.
            if any(a <= m.first and m.last <= b and (a, b) != (m.first, m.last)
                   for a, b in spans[label.split(".")[0]]):
                continue
            # A motive or an expectation stays one when negated ("ik wil niet bellen",
            # "dat hoort niet"); a complaint or a value does not ("geen gedoe", "niet belangrijk").
            if label in NEGATABLE_CUES and self.negated(s, m):
                softened = softened or label == "pain_point"
                continue
            ev.cue_tokens.update(range(m.first, m.last))
            ev.cues.setdefault(label, []).append((min(1.0, weight * min(self._weight(s, m), 1.2)),
                                                  s.words_text(m.first, m.last)))
        if not softened and not ev.negated_praise:
            # What did not happen is how complaints are told ("niemand belde", "no reply").
            ev.negator = next((w for w in s.words if w.lower() in self.pipeline.negators), None)
        for i in range(1, len(s.words)):
            if s.words[i - 1].lower() in self.compare_before and _NAME.match(s.words[i]):
                ev.other_brand = s.words[i]
                break
        return ev
