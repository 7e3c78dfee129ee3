from tests.analysis.handmade import code
from workbench.analysis.dataset import Filter, load
from workbench.analysis.frequencies import frequencies, top_by_kind


def _rows(project, flt=None):
    return {r.path: r for r in frequencies(project, flt)}


def test_rolled_up_counts_by_hand(handmade):
    p, _ = handmade
    rows = _rows(p)
    pijn = rows["Pijn"]
    assert (pijn.own_segments, pijn.segments, pijn.participants, pijn.share) == (1, 5, 3, 1.0)
    assert pijn.words == 13  # d1: 3 + 3, d2: "Ik wacht lang." covers "wacht lang" → 3, d3: 4
    assert (rows["Pijn/Wachten"].segments, rows["Pijn/Wachten"].participants) == (2, 2)
    assert abs(rows["Pijn/Wachten"].share - 2 / 3) < 1e-9
    assert rows["Pijn/Kosten"].words == 7
    assert (rows["Waarde"].segments, rows["Waarde"].participants, rows["Waarde"].words) == (2, 2, 4)
    assert (rows["Drijf"].segments, rows["Drijf"].share) == (0, 0.0)
    assert [r.path for r in frequencies(p)][:3] == ["Pijn", "Pijn/Wachten", "Pijn/Kosten"]


def test_filter_by_attribute_codes_and_coder(handmade):
    p, ids = handmade
    code(p, "d1", "Ik wacht", "Wachten", coder="D", ids=ids)
    rows = _rows(p, Filter(where={"segment": {"A"}}))
    assert (rows["Pijn"].segments, rows["Pijn"].participants, rows["Pijn"].share) == (4, 2, 1.0)
    rows = _rows(p, Filter(coder="D"))
    assert (rows["Pijn"].segments, rows["Pijn"].participants) == (1, 1)
    assert abs(rows["Pijn"].share - 1 / 3) < 1e-9  # share of all participants in scope
    rows = _rows(p, Filter(code_ids=[ids["Waarde"]]))
    assert list(rows) == ["Waarde", "Waarde/Eerlijk"]


def test_filter_parse_names_unknown_things(handmade):
    import pytest

    from workbench.store import NotFound

    p, ids = handmade
    flt = Filter.parse(p, ["Segment=A", "segment=B"], ["Pijn/Kosten"], "S")
    assert flt.where == {"segment": {"A", "B"}} and flt.code_ids == [ids["Kosten"]] and flt.coder == "S"
    with pytest.raises(NotFound, match="leeftijd"):
        Filter.parse(p, ["leeftijd=30"])
    with pytest.raises(NotFound, match=r"segment = C \(values: A, B\)"):
        Filter.parse(p, ["segment=C"])
    with pytest.raises(NotFound, match="Nope"):
        Filter.parse(p, [], ["Nope"])


def test_top_by_kind_skips_headers(handmade):
    p, _ = handmade
    top = top_by_kind(frequencies(load(p)), "pain_point")
    assert [r.path for r in top] == ["Pijn/Kosten", "Pijn/Wachten"]
