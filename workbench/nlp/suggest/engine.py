"""The suggestion run: read every sentence, weigh the evidence per kind, pick the code.

A plain function on plain data (`SuggestInput` → `Suggestion`s) with `progress(done, total)`
and `cancel()`, so the GUI runs it in a worker thread and the CLI in the foreground.
Evidence of one kind combines as noisy-or; one suggestion per sentence and kind, plus codes
learned from the researcher's own codings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from workbench import i18n
from workbench.nlp.lexicons import for_language_lexicons
from workbench.nlp.pipeline import Sentence, for_language
from workbench.nlp.suggest import friction
from workbench.nlp.suggest.evidence import NEGATIVE_EMOTIONS, Evidence, Reader, noisy_or
from workbench.nlp.suggest.learning import Idf, Profiles
from workbench.nlp.suggest.model import SuggestInput, Suggestion
from workbench.nlp.suggest.targets import CodeTargets

# Minimum score for a suggestion of each kind (set on the dev part of the gold set).
THRESHOLDS = {"driver": 0.5, "pain_point": 0.5, "value": 0.5, "expectation": 0.5, "emotion": 0.45,
              "theme": 0.5}
LEARN_MIN = 0.35  # cosine similarity to a code's profile before it suggests that code
EXPECTATION_CUES = ("expectation.granted", "expectation.surprise", "expectation.comparison",
                    "expectation.stated")
_CAPITALISED = re.compile(r"\b[A-Z][\w&-]{2,}")


def _quote(items: list[str], n: int = 3) -> str:
    return ", ".join(f"“{w}”" for w in items[:n])


class _Reasons:
    """Reasons are stored, so they are written in the project's language, not the UI's."""

    def __init__(self, language: str):
        self.language = language if language in ("nl", "en") else "en"

    def __call__(self, key: str, **kw) -> str:
        return i18n.translate(key, self.language, **kw)


def compute(inp: SuggestInput, progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> list[Suggestion]:
    """Suggestions for every document of the input (what was done so far when cancelled)."""
    reason = _Reasons(inp.language)
    total = 2 * len(inp.documents)  # read every document, then weigh its sentences
    if progress:
        progress(0, total)
    per_lang: dict[str, tuple] = {}

    def tools(lang: str):
        if lang not in per_lang:
            pipeline = for_language(lang)
            per_lang[lang] = (pipeline, Reader(pipeline, for_language_lexicons(lang)),
                              CodeTargets(inp.codes, pipeline, pipeline.language))
        return per_lang[lang]

    # Sentences first: the IDF of the learning source is taken over everything being read.
    docs = []
    for done, doc in enumerate(inp.documents, 1):
        if cancel and cancel():
            return []
        docs.append((doc, tools(doc.language)[0].sentences(doc.text, doc.spans)))
        if progress:
            progress(done, total)
    profiles = _profiles(inp, docs, tools)
    rejected = {(d, c, s, e) for d, c, s, e, _l, _t in inp.rejected}
    coded: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for d, c, a, b in inp.existing:
        coded.setdefault((d, c), []).append((a, b))
    out: list[Suggestion] = []
    for done, (doc, sentences) in enumerate(docs, len(docs) + 1):
        if cancel and cancel():
            break
        _pipeline, reader, targets = tools(doc.language)
        run = _DocumentRun(doc, sentences, reader, targets, profiles, reason)
        for s in run.suggestions():
            if s.key in rejected or _already_coded(coded, s):
                continue
            out.append(s)
        if progress:
            progress(done, total)
    return out


def _already_coded(coded: dict, s: Suggestion) -> bool:
    """The segment overlaps a coding (or an accepted suggestion) of the same code already."""
    return any(a < s.end and s.start < b for a, b in coded.get((s.document_id, s.code_id), ()))


def _profiles(inp: SuggestInput, docs, tools) -> Profiles | None:
    if not inp.coded and not inp.rejected:
        return None
    coded = _keyed(inp.coded, tools)
    rejected = _keyed([(code_id, lang, text) for _d, code_id, _s, _e, lang, text in inp.rejected], tools)
    idf = Idf([s.keys for _doc, sentences in docs for s in sentences] + [keys for _c, keys in coded])
    return Profiles(idf, coded, rejected)


def _keyed(segments: list[tuple[int, str, str]], tools) -> list[tuple[int, list[str]]]:
    """(code, token keys) of each coded segment; one pipeline pass per language, not one per
    segment (a project may hold thousands of codings)."""
    out: list[tuple[int, list[str]]] = []
    by_lang: dict[str, list[tuple[int, str]]] = {}
    for code_id, lang, text in segments:
        by_lang.setdefault(lang, []).append((code_id, text))
    for lang, items in by_lang.items():
        joined, spans, pos = [], [], 0
        for _code, text in items:
            joined.append(text)
            spans.append((pos, pos + len(text)))
            pos += len(text) + 1
        keys: list[list[str]] = [[] for _ in items]
        for sentence in tools(lang)[0].sentences("\n".join(joined), spans):
            keys[sentence.turn].extend(sentence.keys)
        out.extend((code_id, k) for (code_id, _t), k in zip(items, keys, strict=True))
    return out


class _DocumentRun:
    def __init__(self, doc, sentences: list[Sentence], reader: Reader, targets: CodeTargets,
                 profiles: Profiles | None, reason: _Reasons):
        self.doc, self.sentences, self.reader, self.targets = doc, sentences, reader, targets
        self.profiles, self.reason = profiles, reason
        # Names used throughout the interview (the company itself, the speakers) are no comparison.
        counts = Counter(_CAPITALISED.findall(doc.text))
        self.common_names = {n for n, c in counts.items() if c >= 4}

    def suggestions(self) -> list[Suggestion]:
        evidence = [self.reader.read(s) for s in self.sentences]
        out = []
        for i, (s, ev) in enumerate(zip(self.sentences, evidence, strict=True)):
            if ev.other_brand in self.common_names:
                ev.other_brand = None
            small = self._small_nearby(i, evidence)
            out.extend(self._sentence(s, ev, small))
        return out

    def _small_nearby(self, i: int, evidence: list[Evidence]) -> list[str]:
        found = []
        for j in (i - 1, i, i + 1):
            if 0 <= j < len(evidence) and self.sentences[j].turn == self.sentences[i].turn:
                found += evidence[j].cue_phrases("small")
        return found

    def _sentence(self, s: Sentence, ev: Evidence, small: list[str]) -> list[Suggestion]:
        r = self.reason
        hits: dict[str, list[tuple[float, int, str]]] = {}
        counted: set[tuple[str, int]] = set()  # (kind, first token): one phrase counts once as evidence
        indicator_pieces: list[tuple[str, float, int, str]] = []
        for m in self.targets.indicators.find(s):
            if self.reader.negated(s, m) or ev.masked.intersection(range(m.first, m.last)):
                continue
            code_id, score = m.payload
            kind = self.targets.kind_of[code_id]
            score *= min(1.2, s.weight[m.first])
            hits.setdefault(kind, []).append((score, code_id, m.phrase))
            # The same words already matched as a cue, or for another code of the kind, add nothing.
            if (kind, m.first) not in counted and not ev.cue_tokens.intersection(range(m.first, m.last)):
                counted.add((kind, m.first))
                indicator_pieces.append((kind, score, code_id, m.phrase))
        vec = None
        learned: dict[int, float] = {}
        if self.profiles is not None:
            vec = self.profiles.idf.vector(s.keys)
            learned = {c: v for c, v in self.profiles.similar_codes(s, vec).items()
                       if v >= LEARN_MIN and c in self.targets.codes}
        # pieces per kind: (score, source, reason text, concept)
        pieces: dict[str, list[tuple[float, str, str, str | None]]] = {k: [] for k in THRESHOLDS}
        for label in ("driver", "pain_point", "value"):
            score = ev.cue_score(label)
            if score:
                pieces[label].append((score, "cue", r(f"sg.reason.cue.{label}",
                                                      phrases=_quote(ev.cue_phrases(label))), None))
        told = friction.find(s, self.reader.pipeline.language, self.reader.pipeline.negators)
        if told:
            # "twee keer gebeld en het is prima opgelost": effort that was rewarded weighs less.
            damp = 0.6 if ev.positive_strength() >= 0.5 and not ev.negative else 1.0
            pieces["pain_point"].append((damp * told[0].weight, "cue",
                                         r("sg.reason.friction", phrases=_quote([f.words for f in told])), None))
        if ev.negator:
            pieces["pain_point"].append((0.3, "cue", r("sg.reason.negation", phrases=_quote([ev.negator])),
                                         None))
        if ev.negated_praise:  # "niet vriendelijk", "not helpful": a complaint, never praise
            pieces["pain_point"].append((0.6, "sentiment", r("sg.reason.negated_praise",
                                                              words=_quote(ev.negated_praise)), None))
        neg = ev.negative_strength()
        if neg:
            words = [w for _, w in sorted(ev.negative, reverse=True) if w not in ev.negated_praise]
            if words:
                pieces["pain_point"].append((0.75 * neg, "sentiment", r("sg.reason.negative", words=_quote(words)),
                                             None))
        top = ev.strongest_emotion()
        if top:
            name, score, words = top
            label = r(f"sg.emotion.{name}")
            pieces["emotion"].append((score, "emotion", r("sg.reason.emotion", words=_quote(words),
                                                          emotion=label), name))
            if name in NEGATIVE_EMOTIONS and name not in ev.from_negation:
                pieces["pain_point"].append((0.3 * score, "emotion", r("sg.reason.emotion",
                                            words=_quote(words), emotion=label), None))
        for label in EXPECTATION_CUES:
            score = ev.cue_score(label)
            if score:
                pieces["expectation"].append((score, "cue", r(f"sg.reason.cue.{label}",
                                              phrases=_quote(ev.cue_phrases(label))), label))
        if ev.other_brand:
            pieces["expectation"].append((0.55, "cue", r("sg.reason.brand", brand=ev.other_brand),
                                          "expectation.comparison"))
        if top and small and top[1] >= 0.6 and top[0] != "joy":
            pieces["expectation"].append((0.6, "cue", r("sg.reason.small_thing", emotion=r(f"sg.emotion.{top[0]}"),
                                                        small=_quote(small, 1)), "expectation.inferred"))
        for kind, score, code_id, phrase in indicator_pieces:
            if kind in pieces:
                pieces[kind].append((score, "indicator", r("sg.reason.indicator", phrase=phrase,
                                     code=self.targets.path(code_id)), None))
        out = []
        for kind, kind_pieces in pieces.items():
            if not kind_pieces:
                continue
            score = noisy_or(p[0] for p in kind_pieces)
            if score < THRESHOLDS[kind]:
                continue
            code_id = self._choose(kind, kind_pieces, hits.get(kind, []), learned)
            if code_id is None:
                continue
            inferred = kind == "expectation" and any(p[3] not in (None, "expectation.stated")
                                                     for p in kind_pieces)
            out.append(self._make(s, code_id, kind, score, kind_pieces, inferred, vec))
        chosen = {x.code_id for x in out}
        for code_id, sim in learned.items():
            if code_id in chosen:
                continue
            n = self.profiles.counts[code_id]
            score = min(0.95, sim * (0.85 + 0.03 * min(n, 5)) + 0.15)
            if score < THRESHOLDS.get(self.targets.kind_of[code_id], 0.5):
                continue
            text = r("sg.reason.similar", n=n, code=self.targets.path(code_id), sim=f"{sim:.2f}")
            kind = self.targets.kind_of[code_id]
            out.append(self._make(s, code_id, kind, score, [(score, "learned", text, None)],
                                  kind == "expectation", vec))
        # A suggestion lowered for resembling a rejected one may fall below its threshold.
        return [x for x in out if x.score >= THRESHOLDS.get(x.kind, 0.5)]

    def _choose(self, kind, pieces, kind_hits, learned) -> int | None:
        if kind_hits:  # the codebook's own indicator: the most specific, strongest code
            return max(kind_hits, key=lambda h: (h[0], self.targets.depth[h[1]]))[1]
        same_kind = [(v, c) for c, v in learned.items() if self.targets.kind_of[c] == kind]
        if same_kind:
            return max(same_kind)[1]
        concepts = tuple(p[3] for p in sorted(pieces, key=lambda p: -p[0]) if p[3])
        if kind == "expectation":
            concepts += ("expectation.inferred",) if any(c != "expectation.stated" for c in concepts) else ()
        return self.targets.for_concept(kind, concepts)

    def _make(self, s: Sentence, code_id, kind, score, pieces, inferred, vec) -> Suggestion:
        ordered = sorted(pieces, key=lambda p: -p[0])
        texts = list(dict.fromkeys(p[2] for p in ordered))[:3]
        if self.profiles is not None and vec:
            like = self.profiles.rejected_similarity(code_id, vec)
            if like >= 0.5:
                score *= 1.0 - 0.8 * like
                texts.append(self.reason("sg.reason.rejected_like"))
        if inferred:
            texts.append(self.reason("sg.reason.inferred"))
        return Suggestion(self.doc.id, self.doc.name, s.start, s.end, s.text, code_id,
                          self.targets.path(code_id), kind, round(score, 3), "; ".join(texts),
                          ordered[0][1], inferred)
