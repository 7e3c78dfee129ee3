from workbench.analysis.dataset import Filter
from workbench.analysis.matrix import code_by_attribute, code_by_participant


def test_code_by_participant(handmade):
    p, _ = handmade
    m = code_by_participant(p)
    assert m.columns == ["Ann", "Bob", "Cas"]
    rows = dict(zip(m.paths, m.cells, strict=True))
    assert rows["Pijn"] == [2, 2, 1]
    assert rows["Pijn/Kosten"] == [1, 0, 1]
    assert rows["Waarde"] == [1, 1, 0]
    assert rows["Drijf"] == [0, 0, 0]


def test_code_by_attribute_counts_participants_per_group(handmade):
    p, _ = handmade
    m = code_by_attribute(p, "segment")
    assert m.columns == ["A", "B"] and m.group_sizes == [2, 1]
    rows = dict(zip(m.paths, m.cells, strict=True))
    assert rows["Pijn"] == [2, 1]
    assert rows["Pijn/Wachten"] == [1, 1]
    assert rows["Pijn/Kosten"] == [2, 0]
    assert rows["Waarde/Eerlijk"] == [1, 1]


def test_matrix_honours_filter(handmade):
    p, _ = handmade
    m = code_by_participant(p, Filter(where={"segment": {"B"}}))
    assert m.columns == ["Bob"]
    m = code_by_attribute(p, "interview_date")
    assert m.columns == ["2026-01-01", "2026-01-03", "(none)"]
