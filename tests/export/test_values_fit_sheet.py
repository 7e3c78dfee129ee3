"""The Excel summary's Values fit sheet carries the map's numbers."""

from openpyxl import load_workbook

from tests.analysis.fit_fixture import build
from workbench.analysis.dataset import Filter
from workbench.export.xlsx import write_summary


def rows_of(path):
    ws = load_workbook(path)["Values fit"]
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def test_values_fit_sheet_matches_the_hand_counts(tmp_path):
    project = build(tmp_path / "fit.iwb")
    try:
        project.conn.execute("UPDATE settings SET value = 'en' WHERE key = 'language'")
        out = write_summary(project, tmp_path / "summary.xlsx")
        rows = rows_of(out)
        head = next(i for i, r in enumerate(rows) if r[0] == "Customer value")
        table = {r[0]: r for r in rows[head + 1: head + 5]}
        assert table["Waarden/Betrouwbaarheid"][1:9] == ["Core strength", 0.75, 1 / 3, 2, 1, 3, 3,
                                                         "Betrouwbaar"]
        assert table["Waarden/Respect"][1] == "Critical gap" and table["Waarden/Respect"][9] == "yes"
        assert table["Waarden/Vrijheid"][1] == "Hidden asset" and table["Waarden/Eerlijkheid"][1] == "Low priority"
        claims = [r[0] for r in rows if r[0] in ("Innovatief", "Veilig", "Vrij")]
        assert claims == ["Innovatief", "Veilig"]
        filtered = write_summary(project, tmp_path / "x.xlsx", Filter({"segment": {"x"}}))
        rows = rows_of(filtered)
        assert "2 participants" in rows[1][0]
        assert [r[0] for r in rows if r[0] in ("Innovatief", "Veilig", "Vrij")] == ["Vrij", "Innovatief", "Veilig"]
    finally:
        project.close()
