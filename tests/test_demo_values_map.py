"""The demo's organisation values make a values-fit map with every quadrant, a blind spot
and an unsupported claim (what the README shows)."""

from workbench.analysis.values_fit import values_fit
from workbench.demo import build_demo


def test_demo_map_shows_every_quadrant(tmp_path):
    project = build_demo(tmp_path / "demo.iwb")
    try:
        names = [v.name for v in project.org_values()]
        assert names == ["Klant centraal", "Betrouwbaar", "Duurzaam", "Veilig en zeker", "Innovatief"]
        result = values_fit(project)
        quadrants = {p.quadrant for p in result.points}
        assert {"core_strength", "critical_gap", "hidden_asset", "low_priority"} <= quadrants
        assert "Waarden/Respect" in result.blind_spots
        assert [c.name for c in result.unsupported_claims] == ["Innovatief"]
        claimed = {p.name for p in result.points if p.claimed_by}
        assert claimed == {"Persoonlijke aandacht", "Betrouwbaarheid", "Eerlijkheid", "Duurzaamheid", "Veiligheid"}
    finally:
        project.close()
