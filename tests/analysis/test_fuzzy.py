"""Fuzzy matching of code paths (quick-code palette)."""

from workbench.analysis.fuzzy import fuzzy_score, rank


def test_fuzzy_ranking_prefers_leaf_matches():
    paths = [(1, "Waarden"), (2, "Waarden/Betrouwbaarheid"), (3, "Waarden/Eerlijkheid"),
             (4, "Emoties/Boosheid")]
    assert rank("eerl", paths)[0] == (3, "Waarden/Eerlijkheid")
    assert rank("wbt", paths)[0][0] == 2
    assert fuzzy_score("xyz", "Waarden") is None
    assert [cid for cid, _ in rank("", paths)] == [1, 2, 3, 4]
    assert rank("cafe", [(9, "Café-niveau")]) == [(9, "Café-niveau")]
