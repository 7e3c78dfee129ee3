"""Intercoder agreement between two coders, per code and overall.

Compared are the documents both coders coded (at least one coding each), codes as coded.

- Character level (the way NVivo's coding comparison computes it): per code and document, each
  character is coded by A or not and by B or not; percentage agreement and Cohen's kappa from
  that 2×2 table. Per code and overall the document values are averaged weighted by document
  length. A code neither coder used in a document agrees fully there (kappa 1), as in NVivo.
- Segment level (MAXQDA's way): a coding counts as matched when the other coder coded the same
  code on a span overlapping it by at least `min_overlap` (shared characters over the
  characters either covers). Agreement = matched codings / all codings of both coders.
- Krippendorff's alpha (nominal) over sentence units: per code, each coder's value for a
  sentence is whether they coded any of it with the code (NLTK's AnnotationTask); overall pools
  every (code, sentence) unit. Undefined (None) when no unit varies.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from workbench.analysis.dataset import Filter, as_dataset
from workbench.analysis.sentences import sentence_spans
from workbench.analysis.spans import intersection_length, length, merge, overlap


def cohen_kappa(table) -> float:
    """Cohen's kappa from a square table of counts: table[i][j] = items A put in category i
    and B in category j. Returns 1.0 when chance agreement is total (nothing to disagree on)."""
    n = sum(sum(row) for row in table)
    if n == 0:
        return 1.0
    k = len(table)
    po = sum(table[i][i] for i in range(k)) / n
    pe = sum(sum(table[i]) * sum(row[i] for row in table) for i in range(k)) / (n * n)
    return 1.0 if pe >= 1.0 else (po - pe) / (1 - pe)


def krippendorff_alpha(triples) -> float | None:
    """Nominal alpha over (coder, unit, value) triples; None when every value is the same.

    Computed from the coincidence matrix (Krippendorff 2011), with units grouped by the values
    they received, because a code × sentence table has thousands of alike units; the tests check
    it against NLTK's AnnotationTask, which is exact but far slower on such tables."""
    values_of: dict = {}
    for _, unit, value in triples:
        values_of.setdefault(unit, []).append(value)
    return alpha_from_shapes(Counter(_shape(vals) for vals in values_of.values() if len(vals) > 1))


def _shape(values) -> tuple:
    return tuple(sorted(Counter(values).items()))


def alpha_from_shapes(shapes: Counter) -> float | None:
    """Alpha from units counted by shape: ((value, times given), …) → number of such units."""
    coincidences: Counter = Counter()
    for shape, units in shapes.items():
        m = sum(n for _, n in shape)
        if m < 2:
            continue
        for c, nc in shape:
            for k, nk in shape:
                pairs = nc * (nc - 1) if c == k else nc * nk
                coincidences[c, k] += units * pairs / (m - 1)
    totals: Counter = Counter()
    for (c, _), o in coincidences.items():
        totals[c] += o
    n = sum(totals.values())
    if len([v for v in totals.values() if v]) < 2 or n <= 1:
        return None
    observed = sum(o for (c, k), o in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1)
    return 1.0 - observed / expected


def _binary_shapes(n_units: int, a: set, b: set) -> Counter:
    """Shapes of two coders' yes/no over n units, from the sets of units each said yes to."""
    both = len(a & b)
    one = len(a ^ b)
    return Counter({((1, 2),): both, ((0, 1), (1, 1)): one, ((0, 2),): n_units - both - one})


def _touched(spans: list[tuple[int, int]], starts: list[int], ends: list[int]) -> set[int]:
    """Indices of the sentence units a set of spans touches."""
    out: set[int] = set()
    for s, e in spans:
        first = bisect_right(ends, s)
        last = bisect_left(starts, e)
        out.update(range(first, last))
    return out


def nltk_alpha(triples) -> float:
    """The same statistic by NLTK (the reference implementation the tests compare with)."""
    # Imported here: NLTK pulls in numpy, half a second at every start of the app otherwise.
    from nltk.metrics.agreement import AnnotationTask

    return AnnotationTask(data=list(triples)).alpha()


@dataclass
class Disagreement:
    code_id: int
    path: str
    document: str
    a: tuple[int, int, str] | None  # (start, end, text) of coder A's coding, or None
    b: tuple[int, int, str] | None


@dataclass
class CodeAgreement:
    code_id: int
    path: str
    char_agreement: float
    char_kappa: float
    segments_a: int
    segments_b: int
    segments_matched: int  # codings of either coder that found a match
    segment_agreement: float
    alpha: float | None

    def as_dict(self) -> dict:
        return {"path": self.path, "percent_agreement": round(self.char_agreement * 100, 2),
                "kappa": round(self.char_kappa, 4), "segments_a": self.segments_a,
                "segments_b": self.segments_b, "segments_matched": self.segments_matched,
                "segment_agreement": round(self.segment_agreement * 100, 2),
                "alpha": None if self.alpha is None else round(self.alpha, 4)}


@dataclass
class Agreement:
    coder_a: str
    coder_b: str
    documents: list[str]
    min_overlap: float
    codes: list[CodeAgreement] = field(default_factory=list)
    char_agreement: float | None = None
    char_kappa: float | None = None
    segment_agreement: float | None = None
    alpha: float | None = None
    disagreements: list[Disagreement] = field(default_factory=list)

    def as_dict(self) -> dict:
        def pct(v):
            return None if v is None else round(v * 100, 2)

        return {"coder_a": self.coder_a, "coder_b": self.coder_b, "documents": self.documents,
                "min_overlap": self.min_overlap,
                "overall": {"percent_agreement": pct(self.char_agreement),
                            "kappa": None if self.char_kappa is None else round(self.char_kappa, 4),
                            "segment_agreement": pct(self.segment_agreement),
                            "alpha": None if self.alpha is None else round(self.alpha, 4)},
                "codes": [c.as_dict() for c in self.codes]}


def coder_pairs(source, flt: Filter | None = None) -> list[tuple[str, str, int]]:
    """Pairs of coders who coded the same documents: (a, b, shared documents), most first."""
    data = as_dataset(source, _without_coder(flt))
    docs: dict[str, set[int]] = {}
    for c in data.codings:
        if c.coder:
            docs.setdefault(c.coder, set()).add(c.document_id)
    names = sorted(docs, key=lambda n: (-len(docs[n]), n))
    pairs = [(a, b, len(docs[a] & docs[b])) for i, a in enumerate(names) for b in names[i + 1:]]
    return sorted([p for p in pairs if p[2]], key=lambda p: -p[2])


def _without_coder(flt: Filter | None) -> Filter | None:
    return None if flt is None else Filter(flt.where, flt.code_ids, None)


def agreement(source, coder_a: str | None = None, coder_b: str | None = None,
              flt: Filter | None = None, min_overlap: float = 0.9) -> Agreement | None:
    """None when no two coders coded the same document (or the named ones did not)."""
    data = as_dataset(source, _without_coder(flt))
    if coder_a is None or coder_b is None:
        pairs = coder_pairs(data)
        if not pairs:
            return None
        coder_a, coder_b = pairs[0][0], pairs[0][1]
    per: dict[str, dict[int, dict[int, list]]] = {coder_a: {}, coder_b: {}}
    for c in data.codings:
        if c.coder in per:
            per[c.coder].setdefault(c.document_id, {}).setdefault(c.code_id, []).append(c)
    shared = [d for d in data.documents if d.id in per[coder_a] and d.id in per[coder_b]]
    if not shared:
        return None
    used = {cid for coder in per.values() for d in shared for cid in coder.get(d.id, {})}
    codes = [c.id for c in data.codes if c.id in used]
    result = Agreement(coder_a, coder_b, [d.name for d in shared], min_overlap)
    sentences = {}
    for d in shared:
        units = sentence_spans(d.text)
        sentences[d.id] = ([u[0] for u in units], [u[1] for u in units])
    total_len = sum(len(d.text) for d in shared)
    pooled: Counter = Counter()
    sum_pct = sum_kappa = 0.0
    all_matched = all_segments = 0
    for cid in codes:
        w_pct = w_kappa = 0.0
        n_a = n_b = matched = 0
        shapes: Counter = Counter()
        for doc in shared:
            a = per[coder_a][doc.id].get(cid, [])
            b = per[coder_b][doc.id].get(cid, [])
            pct, kappa = _char_level(len(doc.text), a, b)
            w_pct += pct * len(doc.text)
            w_kappa += kappa * len(doc.text)
            m, unmatched = _segment_level(a, b, min_overlap)
            n_a, n_b, matched = n_a + len(a), n_b + len(b), matched + m
            for left, right in unmatched:
                result.disagreements.append(Disagreement(
                    cid, data.path(cid), doc.name,
                    None if left is None else (left.start, left.end, doc.text[left.start:left.end]),
                    None if right is None else (right.start, right.end, doc.text[right.start:right.end])))
            starts, ends = sentences[doc.id]
            shapes.update(_binary_shapes(len(starts), _touched([(x.start, x.end) for x in a], starts, ends),
                                         _touched([(y.start, y.end) for y in b], starts, ends)))
        total_segments = n_a + n_b
        result.codes.append(CodeAgreement(
            cid, data.path(cid), w_pct / total_len, w_kappa / total_len, n_a, n_b, matched,
            matched / total_segments if total_segments else 1.0, alpha_from_shapes(shapes)))
        sum_pct += w_pct
        sum_kappa += w_kappa
        all_matched += matched
        all_segments += total_segments
        pooled.update(shapes)
    if codes:
        result.char_agreement = sum_pct / (total_len * len(codes))
        result.char_kappa = sum_kappa / (total_len * len(codes))
        result.segment_agreement = all_matched / all_segments if all_segments else None
        result.alpha = alpha_from_shapes(pooled)
    return result


def _char_level(n: int, a: list, b: list) -> tuple[float, float]:
    sa, sb = merge((c.start, c.end) for c in a), merge((c.start, c.end) for c in b)
    both = intersection_length(sa, sb)
    a_only, b_only = length(sa) - both, length(sb) - both
    neither = n - both - a_only - b_only
    table = [[both, a_only], [b_only, neither]]
    return (both + neither) / n if n else 1.0, cohen_kappa(table)


def _share(x, y) -> float:
    shared = overlap((x.start, x.end), (y.start, y.end))
    union = (x.end - x.start) + (y.end - y.start) - shared
    return shared / union if union else 0.0


def _segment_level(a: list, b: list, min_overlap: float):
    """(matched codings of both, unmatched pairs side by side)."""
    matched = 0
    unmatched = []
    paired_b: set[int] = set()
    for x in a:
        best = max(b, key=lambda y: _share(x, y), default=None)
        share = _share(x, best) if best is not None else 0.0
        if share >= min_overlap - 1e-9:
            matched += 1
        else:
            partner = best if best is not None and share > 0 else None
            if partner is not None:
                paired_b.add(partner.id)
            unmatched.append((x, partner))
    for y in b:
        best = max(a, key=lambda x: _share(x, y), default=None)
        if best is not None and _share(best, y) >= min_overlap - 1e-9:
            matched += 1
        elif y.id not in paired_b:
            unmatched.append((None, y))
    return matched, unmatched
