"""Supporting and contradicting quotes behind a point of the values-fit map."""

from tests.analysis.fit_fixture import build
from workbench.analysis.values_fit import FitParams, values_fit
from workbench.analysis.values_quotes import QuoteFinder, point_quotes


def test_quotes_name_the_evidence_and_who_said_it(tmp_path):
    project = build(tmp_path / "fit.iwb")
    try:
        result = values_fit(project)
        supporting, contradicting = point_quotes(project, result, "Waarden/Respect")
        assert [(q.participant, q.codes) for q in supporting] == [("B", ["Ontzorgd"]), ("C", ["Vreugde"])]
        assert [(q.participant, q.codes) for q in contradicting] == [("A", ["Boosheid"]), ("C", ["Wachten"])]
        assert all(q.text and "turn" in q.text for q in supporting + contradicting)
        finder = QuoteFinder(project, result)
        one, _ = finder.quotes("Waarden/Respect", limit=1)
        assert len(one) == 1
        assert finder.quotes("Waarden/Nope") == ([], [])
        overlap = values_fit(project, FitParams(rule="overlap"))
        assert point_quotes(project, overlap, "Waarden/Eerlijkheid") == ([], [])  # no evidence overlapping
        assert [q.participant for q in point_quotes(project, result, "Waarden/Eerlijkheid")[1]] == ["A"]
    finally:
        project.close()
