import pytest

from workbench.analysis.cooccurrence import cooccurrence


def _pair(result, a, b):
    i, j = result.paths.index(a), result.paths.index(b)
    return result.counts[i][j], result.jaccard[i][j]


def test_overlap_counts_overlapping_codings(handmade):
    p, _ = handmade
    r = cooccurrence(p, "overlap")
    assert _pair(r, "Pijn", "Pijn/Wachten") == (1, 0.5)  # 1 / (1 + 2 − 1)
    assert _pair(r, "Pijn/Wachten", "Waarde/Eerlijk") == (0, 0.0)
    assert [(r.paths[i], r.paths[j], n) for i, j, n, _ in r.pairs()] == [("Pijn", "Pijn/Wachten", 1)]


def test_same_turn_counts_turns(handmade):
    p, _ = handmade
    r = cooccurrence(p, "turn")  # one turn per document here
    assert _pair(r, "Pijn/Wachten", "Waarde/Eerlijk") == (2, 1.0)
    count, jac = _pair(r, "Pijn/Kosten", "Waarde/Eerlijk")
    assert count == 1 and jac == pytest.approx(1 / 3)
    assert _pair(r, "Pijn/Kosten", "Pijn/Wachten")[0] == 1
    assert "Drijf" not in r.paths  # never coded


def test_unknown_mode_refused(handmade):
    with pytest.raises(ValueError):
        cooccurrence(handmade[0], "paragraph")
