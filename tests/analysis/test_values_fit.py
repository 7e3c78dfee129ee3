"""Values fit on the hand-computed fixture (tests/analysis/fit_fixture.py)."""

import pytest

from tests.analysis.fit_fixture import build
from workbench.analysis.polarity import code_polarities, emotion_sign
from workbench.analysis.values_fit import FitError, FitParams, compute, load_input, parse_where, values_fit


@pytest.fixture
def project(tmp_path):
    p = build(tmp_path / "fit.iwb")
    yield p
    p.close()


def by_name(result):
    return {p.name: p for p in result.points}


def test_turn_rule_by_hand(project):
    result = values_fit(project)
    pts = by_name(result)
    # Veiligheid was never coded: no point; Vrijheid only by D.
    assert set(pts) == {"Betrouwbaarheid", "Eerlijkheid", "Respect", "Vrijheid"}
    assert result.participants == 4
    b = pts["Betrouwbaarheid"]  # A positive, B (sub-code Op tijd) negative, C positive by turn
    assert (b.importance, b.positive, b.negative, b.codings, b.participants) == (0.75, 2, 1, 3, 3)
    assert b.delivery == pytest.approx(1 / 3)
    e = pts["Eerlijkheid"]
    assert (e.importance, e.positive, e.negative, e.delivery) == (0.25, 0, 1, -1.0)
    r = pts["Respect"]  # A negative, B positive, C both
    assert (r.importance, r.positive, r.negative, r.delivery) == (0.75, 2, 2, 0.0)
    v = pts["Vrijheid"]
    assert (v.importance, v.positive, v.negative, v.delivery) == (0.25, 1, 0, 1.0)
    assert result.threshold == 0.5  # median of .75 .25 .75 .25
    assert {p.name: p.quadrant for p in result.points} == {
        "Betrouwbaarheid": "core_strength", "Respect": "critical_gap",
        "Eerlijkheid": "low_priority", "Vrijheid": "hidden_asset"}
    assert b.claimed_by == ["Betrouwbaar"]  # linked through its sub-code
    assert v.claimed_by == ["Vrij"] and r.claimed_by == [] and e.claimed_by == []
    assert result.blind_spots == ["Waarden/Respect"]
    assert [(c.name, c.reason) for c in result.unsupported_claims] == [
        ("Innovatief", "no_links"), ("Veilig", "no_evidence")]


def test_overlap_rule_and_weight(project):
    pts = by_name(values_fit(project, FitParams(rule="overlap")))
    assert (pts["Betrouwbaarheid"].positive, pts["Betrouwbaarheid"].negative) == (1, 1)
    assert pts["Betrouwbaarheid"].delivery == 0.0
    assert pts["Eerlijkheid"].delivery is None and pts["Eerlijkheid"].quadrant is None
    assert pts["Vrijheid"].delivery is None
    assert (pts["Respect"].positive, pts["Respect"].negative) == (2, 2)
    weighted = by_name(values_fit(project, FitParams(weight=2)))
    assert weighted["Betrouwbaarheid"].delivery == pytest.approx((2 - 2) / (2 + 2))
    assert weighted["Respect"].delivery == pytest.approx((2 - 4) / (2 + 4))
    assert weighted["Vrijheid"].delivery == 1.0


def test_filter_threshold_and_json(project):
    data = load_input(project)
    result = compute(data, FitParams().with_where(parse_where(["segment=X"])))
    pts = by_name(result)
    assert result.participants == 2 and set(pts) == {"Betrouwbaarheid", "Eerlijkheid", "Respect"}
    assert (pts["Betrouwbaarheid"].importance, pts["Betrouwbaarheid"].delivery) == (1.0, 0.0)
    assert [c.name for c in result.unsupported_claims] == ["Vrij", "Innovatief", "Veilig"]
    fixed = compute(data, FitParams(threshold=0.8))
    assert {p.name for p in fixed.points if p.quadrant in ("core_strength", "critical_gap")} == set()
    assert fixed.blind_spots == []
    out = values_fit(project).to_json()
    assert set(out) == {"points", "blind_spots", "unsupported_claims", "parameters"}
    assert {"code", "importance", "delivery", "positive", "negative", "participants", "claimed_by",
            "quadrant"} <= set(out["points"][0])
    assert out["parameters"]["threshold_source"] == "median" and out["parameters"]["rule"] == "turn"
    none = compute(data, FitParams().with_where({"segment": ["z"]}))
    assert none.points == [] and none.participants == 0 and none.threshold == 0.5


def test_bad_parameters():
    with pytest.raises(FitError):
        FitParams(weight=0).checked()
    with pytest.raises(FitError):
        FitParams(rule="sentence").checked()
    with pytest.raises(FitError):
        parse_where(["segment"])


def test_emotion_polarity_inherits(project):
    assert emotion_sign("Vreugde") == 1 and emotion_sign("Anger") == -1 and emotion_sign("Verrassing") == 0
    from workbench.core.model import Code

    codes = [Code(1, None, "Emoties", "emotion"), Code(2, 1, "Boosheid", "emotion"),
             Code(3, 2, "Machteloos gevoel", "emotion"), Code(4, 1, "Verrassing", "emotion"),
             Code(5, None, "Drivers", "driver")]
    assert code_polarities(codes) == {2: -1, 3: -1, 5: 1}


def test_evidence_rules_on_spans_across_turns():
    from workbench.analysis.values_evidence import document_evidence

    turns = [0, 100, 200]
    point_of, polarity = {1: 1}, {2: 1, 3: -1}
    rows = [(1, 90, 120), (2, 150, 160), (3, 5, 10), (1, 210, 220), (3, 230, 240), (1, 0, 5)]
    flagged, summary = document_evidence(rows, point_of, polarity, turns, "turn")
    # value in turns 0–1 meets the driver in turn 1 and the pain point in turn 0
    assert flagged[0] == (1, 90, 120, True, True)
    assert flagged[1] == (1, 210, 220, False, True) and flagged[2] == (1, 0, 5, False, True)
    assert summary == {1: [3, 1, 3]}
    flagged, summary = document_evidence(rows, point_of, polarity, turns, "overlap")
    assert [f[3:] for f in flagged] == [(False, False), (False, False), (False, False)]
    flagged, _ = document_evidence([(1, 0, 50), (2, 49, 60), (3, 10, 20)], point_of, polarity, turns, "overlap")
    assert flagged == [(1, 0, 50, True, True)]


def test_coder_filter_reads_one_coder(project):
    from workbench.core.commands import AddCoding

    doc = project.document_by_name("docD")
    AddCoding(doc.id, project.code_by_path("Waarden/Respect").id, 0, 5, coder="Other").apply(project)
    assert by_name(values_fit(project))["Respect"].participants == 4
    only = values_fit(project, FitParams(coder="R"))
    assert by_name(only)["Respect"].participants == 3 and only.to_json()["parameters"]["coder"] == "R"
    assert set(by_name(values_fit(project, FitParams(coder="Other")))) == {"Respect"}


def test_stats_section_reuses_the_analysis_dataset(project, monkeypatch):
    from workbench.analysis import values_fit as module
    from workbench.analysis.dataset import Filter, load
    from workbench.core.commands import AddCoding

    doc = project.document_by_name("docD")
    AddCoding(doc.id, project.code_by_path("Waarden/Respect").id, 0, 5, coder="Other").apply(project)
    expected = {coder: values_fit(project, FitParams(coder=coder)).to_json() for coder in (None, "Other")}
    data = {coder: load(project, Filter(coder=coder)) for coder in (None, "Other")}
    narrowed = load(project, Filter(where={"segment": {"X"}}))
    # the whole-project dataset is used as read: no second read of the codings
    monkeypatch.setattr(module, "_coding_rows", lambda *a: pytest.fail("codings read twice"))
    for coder in (None, "Other"):
        assert module.values_fit_section(data[coder]) == expected[coder]
    monkeypatch.undo()
    # a dataset narrowed to some participants is not the whole project: read it, filter, compute
    assert module.values_fit_section(narrowed) == values_fit(
        project, FitParams().with_where({"segment": ["X"]})).to_json()
