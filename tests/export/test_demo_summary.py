"""The demo project's Excel summary: every sheet, numbers checked against the demo's own
coding files (counted here from the YAML anchors, not by the analysis code)."""

import pytest
import yaml
from openpyxl import load_workbook

from workbench.demo import build_demo, demo_dir
from workbench.export.xlsx import write_summary

SHEETS = ["Overzicht", "Codes", "Citaten", "Pijnpunten", "Drijfveren", "Waarden", "Verwachtingen", "Matrix",
          "Samen voorkomen", "Verzadiging", "Waardenfit", "Overeenstemming", "Codeboek"]


@pytest.fixture(scope="module")
def demo_summary(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    project = build_demo(folder / "demo.iwb")
    out = write_summary(project, folder / "demo.xlsx")
    project.close()
    return load_workbook(out)


def anchors() -> dict[str, list[dict]]:
    return {f.stem: yaml.safe_load(f.read_text(encoding="utf-8"))
            for f in sorted((demo_dir() / "codings").glob("*.yaml"))}


def test_every_sheet_in_dutch(demo_summary):
    assert demo_summary.sheetnames == SHEETS


def test_counts_match_the_coding_files(demo_summary):
    files = anchors()
    quotes = list(demo_summary["Citaten"].iter_rows(values_only=True))[1:]
    assert len(quotes) == sum(len(v) for v in files.values())
    by_coder = {}
    for entries in files.values():
        for e in entries:
            by_coder[e["coder"]] = by_coder.get(e["coder"], 0) + 1
    assert {c: sum(1 for r in quotes if r[-1] == c) for c in by_coder} == by_coder
    # pain points ranked by participants: count documents per code from the files
    people = {}
    for doc, entries in files.items():
        for e in entries:
            if e["code"].startswith("Pijnpunten/"):
                people.setdefault(e["code"].split("/", 1)[1], set()).add(doc)
    ranked = [r for r in demo_summary["Pijnpunten"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert {r[1]: r[2] for r in ranked} == {k: len(v) for k, v in people.items()}
    assert ranked[0][2] == max(len(v) for v in people.values())
    assert all(r[5] and r[5].startswith("“") for r in ranked)  # a quote for every pain point


def test_agreement_sheet_compares_the_two_demo_coders(demo_summary):
    rows = list(demo_summary["Overeenstemming"].iter_rows(values_only=True))
    assert rows[0][0] == "Overeenstemming tussen Sanne de Vries en Daan Bakker"
    overall = next(r for r in rows if r[0] == "Alle codes")
    files = anchors()
    sanne = sum(1 for d in ("01_marieke", "02_henk") for e in files[d] if e["coder"] == "Sanne de Vries")
    daan = sum(1 for d in ("01_marieke", "02_henk") for e in files[d] if e["coder"] == "Daan Bakker")
    assert overall[3:5] == (sanne, daan)
    assert 0 < overall[2] < 1  # kappa: the coders agree in part


def test_saturation_in_interview_date_order(demo_summary):
    rows = [r for r in demo_summary["Verzadiging"].iter_rows(values_only=True) if isinstance(r[0], int)]
    # 03 and 05 were both interviewed on 17 September, 04 a day later
    assert [r[1] for r in rows] == ["01_marieke", "02_henk", "03_fatima", "05_sanne_w", "04_joost", "06_ahmed",
                                    "07_emma", "08_david"]
    assert rows[-1][5] == len({e["code"] for entries in anchors().values() for e in entries})


def test_values_fit_sheet_of_the_demo(demo_summary):
    rows = list(demo_summary["Waardenfit"].iter_rows(values_only=True))
    table = {r[0]: r for r in rows if r and isinstance(r[0], str) and r[0].startswith("Waarden/")}
    assert table["Waarden/Respect"][1] == "Kritiek gat" and table["Waarden/Respect"][9] == "ja"
    assert table["Waarden/Betrouwbaarheid"][8] == "Betrouwbaar"
    assert any(r and r[0] == "Innovatief" for r in rows)

