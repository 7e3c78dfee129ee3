"""The offline language pipeline: spaCy blank nl/en (sentencizer + lookup lemmas), Snowball stems,
negation scope and intensity modifiers. No trained model and no network: spaCy's blank
pipelines and the lookup tables of spacy-lookups-data are installed packages.

A token's *key* is the Snowball stem of its lookup lemma (of the lower-cased form: the English
table is case-sensitive). Lexicon phrases go through the same function, so "teleurgesteld",
"teleurstellend" and "teleurstelling" meet, and words the lookup table lacks still match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Negators open a scope that runs to the end of the clause (punctuation or a clause-joining
# word): Dutch puts "niet" after the verb ("ik vertrouw ze niet meer"), so for Dutch the scope
# also reaches back to the start of the clause.
NEGATORS = {
    "nl": frozenset("niet geen nooit niks niets nergens niemand zonder nauwelijks amper "
                    "allerminst geenszins".split()),
    "en": frozenset("not no never nothing nobody nowhere none neither nor without hardly barely "
                    "scarcely n't cannot dont didnt doesnt isnt wasnt wont cant".split()),
}
EN_SCOPE = 4  # "I didn't expect that kind of gesture on a cheap flight": "cheap" is not negated
CLAUSE_BREAKS = {
    "nl": frozenset("maar en want omdat dus terwijl hoewel toch alleen behalve".split()),
    "en": frozenset("but and because so while although though yet except".split()),
}
INTENSIFIERS = {
    "nl": {w: 1.5 for w in "heel erg echt zo super ontzettend enorm vreselijk verschrikkelijk "
           "ontzaglijk hartstikke mega zeer totaal compleet helemaal ronduit intens uiterst "
           "razend doodsbang bloed ontiegelijk ongelofelijk ongelooflijk mateloos".split()},
    "en": {w: 1.5 for w in "very really so extremely absolutely totally completely utterly "
           "incredibly terribly awfully genuinely seriously truly deeply highly super".split()},
}
DIMINISHERS = {
    "nl": {w: 0.6 for w in "beetje wat enigszins redelijk tamelijk vrij iets lichtelijk "
           "ietwat best".split()},
    "en": {w: 0.6 for w in "bit slightly somewhat fairly rather quite little mildly "
           "kinda sorta".split()},
}
COMPOUND_PREFIXES = {"nl": ("super", "mega", "kei", "hyper", "ultra", "dood", "bloed", "snoei", "pis",
                            "reuze", "hartstikke", "oer")}
# Particles whose lemma would meet a content word ("ja hoor" is not "dat hoort").
KEY_OVERRIDES = {"nl": {"hoor": "hoor.", "toch": "toch.", "wel": "wel."}, "en": {"surely": "surely.", "sure": "sure."}}
_PUNCT = re.compile(r"^[\W_]+$")


def _ends_sentence(chunk: str, idx: int, length: int) -> bool:
    """A word the tokenizer kept whole with its full stop as if it were an abbreviation ("al.",
    "I."), before a capital: in transcripts that is a sentence end far more often."""
    word = chunk[idx:idx + length]
    if length < 2 or not word.endswith(".") or "." in word[:-1]:
        return False
    stem = word[:-1]
    return stem == "I" or (stem.isalpha() and stem.islower() and len(stem) >= 2)


@dataclass(slots=True)
class Sentence:
    start: int  # code-point offsets into the document text, half-open
    end: int
    text: str
    words: list[str]  # the tokens as written
    keys: list[str]  # lemma+stem keys, lower-case
    lemmas: list[str]  # lookup lemmas, lower-case (adjective polarity matches on these)
    offsets: list[int]  # each token's start in the document
    negated: list[bool]
    weight: list[float]  # intensity modifier that applies to each token (1.0 = none)
    turn: int = -1  # index of the turn the sentence belongs to

    def words_text(self, first: int, last: int) -> str:
        """Tokens first..last-1 as written ("didn't", not "did n't")."""
        a = self.offsets[first] - self.start
        b = self.offsets[last - 1] - self.start + len(self.words[last - 1])
        return self.text[a:b]


class Pipeline:
    """One language's pipeline; `for_language` shares one per language per process."""

    def __init__(self, language: str):
        from nltk.stem.snowball import SnowballStemmer
        from spacy.lookups import load_lookups

        from workbench.nlp.sentences import pipeline

        self.language = language if language in ("nl", "en") else "nl"
        # The same cached blank pipeline + sentencizer the coding window cuts sentences with,
        # so "code the sentence" and a suggestion agree on where a sentence ends.
        self.nlp = pipeline(self.language)
        # The lookup lemmatizer's table from spacy-lookups-data, read directly through a
        # per-word cache: that is what keeps a full run above 50,000 tokens/s.
        self._lemmas = load_lookups(self.language, ["lemma_lookup"]).get_table("lemma_lookup")
        self._stem = SnowballStemmer("dutch" if self.language == "nl" else "english").stem
        self._keys: dict[str, tuple[str, str]] = {}
        self._overrides = KEY_OVERRIDES[self.language]
        self._word_info: dict[str, tuple[str, str, str, bool, float]] = {}
        self.negators = NEGATORS[self.language]
        self.breaks = CLAUSE_BREAKS[self.language]
        self.modifiers = {**DIMINISHERS[self.language], **INTENSIFIERS[self.language]}

    def lemma(self, word: str) -> str:
        lower = word.lower()
        return self._lemmas.get(lower, lower)

    def key(self, word: str) -> str:
        return self.key_lemma(word)[0]

    def key_lemma(self, word: str) -> tuple[str, str]:
        k = self._keys.get(word)
        if k is None:
            lower = word.lower().replace("’", "'")
            lemma = self._lemmas.get(lower, lower)
            k = (self._overrides.get(lower) or (self._stem(lemma) if lemma.isalpha() else lemma), lemma)
            self._keys[word] = k
        return k

    def phrase_keys(self, phrase: str) -> tuple[str, ...]:
        """Keys of a lexicon phrase, tokenised exactly as running text is."""
        return tuple(self.key(t.text) for t in self.nlp.make_doc(phrase.lower()) if not t.is_space)

    def sentences(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
        """Sentences inside the given spans (turns), or the whole text."""
        from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

        spans = spans if spans is not None else [(0, len(text))]
        out: list[Sentence] = []
        chunks = [text[s:e] for s, e in spans]
        docs = self.nlp.pipe(chunks, batch_size=256)
        for turn_index, (chunk, (s, _e), doc) in enumerate(zip(chunks, spans, docs, strict=True)):
            # Token attributes as one array: no Token object per token (the hot path).
            current: list[tuple[int, int]] = []
            newline = False
            for idx, length, sent_start, is_space in doc.to_array([IDX, LENGTH, SENT_START, IS_SPACE]).tolist():
                if is_space:  # a line break always ends a sentence (as in nlp.sentences)
                    newline = newline or "\n" in chunk[idx:idx + length]
                    continue
                if newline:
                    sent_start, newline = 1, False
                if current and chunk[idx:idx + 1].isupper() and _ends_sentence(chunk, *current[-1]):
                    sent_start = 1
                if sent_start == 1 and current:
                    self._emit(text, chunk, s, current, turn_index, out)
                    current = []
                current.append((idx, length))
            if current:
                self._emit(text, chunk, s, current, turn_index, out)
        return out

    def _emit(self, text: str, chunk: str, base: int, toks: list[tuple[int, int]], turn: int,
              out: list[Sentence]) -> None:
        words = [chunk[i:i + n] for i, n in toks]
        info = [self._info(w) for w in words]
        if all(x[3] for x in info):  # punctuation only
            return
        start = base + toks[0][0]
        end = base + toks[-1][0] + toks[-1][1]
        negated, weight = self._scope(info)
        out.append(Sentence(start, end, text[start:end], words, [x[0] for x in info], [x[1] for x in info],
                            [base + i for i, _n in toks], negated, weight, turn))

    def _info(self, word: str) -> tuple[str, str, str, bool, float]:
        """(key, lemma, lower, is punctuation, boost) of a word form, cached. A Dutch compound
        with an intensifying prefix ("superblij", "doodeng", "bloedirritant") that the lookup
        table does not know is read as its last part, strengthened."""
        x = self._word_info.get(word)
        if x is None:
            lower = word.lower().replace("’", "'")
            boost = 1.0
            prefix = next((p for p in COMPOUND_PREFIXES.get(self.language, ())
                           if lower.startswith(p) and len(lower) - len(p) >= 3), None)
            if prefix and lower not in self._lemmas:
                key, lemma = self.key_lemma(lower[len(prefix):].lstrip("-"))
                boost = 1.5
            else:
                key, lemma = self.key_lemma(word)
            x = (key, lemma, lower, bool(_PUNCT.match(word)), boost)
            self._word_info[word] = x
        return x

    def _scope(self, info: list[tuple[str, str, str, bool, float]]) -> tuple[list[bool], list[float]]:
        n = len(info)
        negated = [False] * n
        weight = [x[4] for x in info]
        lowers = [x[2] for x in info]
        if not self.negators.isdisjoint(lowers) or (self.language == "en" and any("n't" in w for w in lowers)):
            clause_start = 0
            for i in range(n + 1):
                if i == n or info[i][3] or lowers[i] in self.breaks:
                    self._mark_clause(lowers, clause_start, i, negated)
                    clause_start = i + 1
        modifiers = self.modifiers
        if modifiers.keys().isdisjoint(lowers):
            return negated, weight
        for i, w in enumerate(lowers):
            m = modifiers.get(w)
            if m is not None:  # the modifier strengthens or softens the next two words
                for j in (i + 1, i + 2):
                    if j < n:
                        weight[j] = max(weight[j], m) if m > 1 else min(weight[j], m)
        return negated, weight

    def _mark_clause(self, lowers: list[str], a: int, b: int, negated: list[bool]) -> None:
        for i in range(a, b):
            w = lowers[i]
            if w in self.negators or (self.language == "en" and w.endswith("n't")):
                # Dutch: the whole clause (the verb precedes "niet"); English: the next few words.
                first, last = (a, b) if self.language == "nl" else (i + 1, min(b, i + 1 + EN_SCOPE))
                for j in range(first, last):
                    if j != i:
                        negated[j] = True


@lru_cache(maxsize=2)
def for_language(language: str) -> Pipeline:
    return Pipeline(language)
