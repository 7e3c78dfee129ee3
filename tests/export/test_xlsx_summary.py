"""The Excel summary: every sheet, numbers against hand counts, filter, language, cancel."""

import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

from tests.analysis.handmade import code, make_handmade
from workbench.analysis.dataset import Filter
from workbench.export.xlsx import SHEETS, ExportError, write_summary

EN_SHEETS = ["Overview", "Codes", "Quotes", "Pain points", "Drivers", "Values", "Matrix", "Co-occurrence",
             "Saturation", "Values fit", "Agreement", "Codebook"]


@pytest.fixture
def hand(tmp_path):
    project, ids = make_handmade(tmp_path / "hand.iwb")
    code(project, "d1", "Ik wacht lang.", "Wachten", coder="D", ids=ids)  # a second coder on d1
    yield project, ids
    project.close()


def rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def find(table, first):
    return next(r for r in table if r and r[0] == first)


def test_every_sheet_with_hand_counts(hand, tmp_path):
    project, _ = hand
    progress = []
    out = write_summary(project, tmp_path / "s.xlsx", progress=lambda d, t: progress.append((d, t)))
    assert out == tmp_path / "s.xlsx" and progress[-1][0] == progress[-1][1]
    wb = load_workbook(out)
    # no drivers coded → no Drivers sheet; no expectation codes → none either
    assert wb.sheetnames == [s for s in EN_SHEETS if s != "Drivers"]
    codes = rows(wb["Codes"])
    assert find(codes, "Pijn")[:6] == ["Pijn", "pain point", 6, 3, 1, 13]  # D adds a segment, no new words
    assert find(codes, "Wachten")[2:5] == [3, 2, pytest.approx(2 / 3)]
    assert find(codes, "Drijf")[2:4] == [0, 0]
    quotes = rows(wb["Quotes"])
    head = quotes[0]
    assert head[:4] == ["Document", "Participant", "segment", "interview_date"]
    assert head[4:] == ["Speaker", "Time", "Code path", "Kind", "Inferred", "Text", "Memo", "Coder"]
    assert len(quotes) == 1 + 8
    bob = [r for r in quotes if r[1] == "Bob"]
    assert {r[6] for r in bob} == {"Pijn/Wachten", "Waarde/Eerlijk", "Pijn"} and bob[0][2] == "B"
    assert wb["Quotes"].freeze_panes == "C2" and wb["Quotes"].auto_filter.ref == "A1:L9"
    pain = rows(wb["Pain points"])
    ranked = [r for r in pain if isinstance(r[0], int)]
    assert [(r[1], r[2], r[4]) for r in ranked] == [("Wachten", 2, 3), ("Kosten", 2, 2)]  # tie → segments
    wachten = ranked[0][5:]
    assert all(q.startswith("“Ik wacht lang.”") for q in wachten[:2]) and wachten[2] is None  # d1 once
    matrix = rows(wb["Matrix"])
    assert find(matrix, "Code")[1:] == ["Ann", "Bob", "Cas", "Total"]
    assert find(matrix, "Pijn")[1:] == [3, 2, 1, 6]
    assert find(matrix, "Drijf")[1:4] == [None, None, None]  # zero shown blank
    sat = rows(wb["Saturation"])
    assert "Too few interviews" in sat[2][0]
    assert [r[1] for r in sat if isinstance(r[0], int)] == ["d2", "d1", "d3"]  # by interview date, undated last
    agree = rows(wb["Agreement"])
    assert agree[0][0] == "Agreement between S and D"
    overall = find(agree, "All codes")
    # S: Wachten, Kosten, Eerlijk on d1; D: Wachten; both Wachten codings match → 2 of 4
    assert overall[3:7] == [3, 1, 2, 0.5]
    book = rows(wb["Codebook"])
    assert [r[0].strip() for r in book[1:]] == ["Pijn", "Wachten", "Kosten", "Waarde", "Eerlijk", "Drijf"]
    with zipfile.ZipFile(out) as z:  # the native charts: bar (Codes) and line (Saturation)
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        kinds = " ".join(z.read(n).decode() for n in charts)
    assert len(charts) == 2 and "barChart" in kinds and "lineChart" in kinds


def test_filter_restricts_every_sheet(hand, tmp_path):
    project, ids = hand
    out = write_summary(project, tmp_path / "a.xlsx", Filter(where={"segment": {"A"}}, coder="S"))
    wb = load_workbook(out)
    assert "Agreement" not in wb.sheetnames  # one coder left
    quotes = rows(wb["Quotes"])[1:]
    assert {r[1] for r in quotes} == {"Ann", "Cas"} and {r[-1] for r in quotes} == {"S"}
    assert find(rows(wb["Codes"]), "Pijn")[2:5] == [3, 2, 1]
    assert "segment = A" in str(rows(wb["Overview"]))
    out = write_summary(project, tmp_path / "b.xlsx", Filter(code_ids=[ids["Waarde"]]))
    names = [r[0] for r in rows(load_workbook(out)["Codes"])[3:]]
    assert names == ["Waarde", "Eerlijk"]


def test_dutch_project_gets_dutch_sheets(tmp_path):
    from workbench.store import Project

    project, _ = make_handmade(tmp_path / "nl.iwb")
    project.conn.execute("UPDATE settings SET value = 'nl' WHERE key = 'language'")
    out = write_summary(project, tmp_path / "nl.xlsx")
    project.close()
    wb = load_workbook(out)
    assert wb.sheetnames[:4] == ["Overzicht", "Codes", "Citaten", "Pijnpunten"]
    assert rows(wb["Codes"])[2][:4] == ["Code", "Soort", "Fragmenten", "Deelnemers"]
    assert find(rows(wb["Codes"]), "Pijn")[1] == "pijnpunt"
    assert isinstance(Project, type)


def test_cancel_leaves_no_file_and_keeps_an_old_one(hand, tmp_path):
    project, _ = hand
    target = tmp_path / "s.xlsx"
    target.write_bytes(b"old")
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    assert write_summary(project, target, cancel=cancel) is None
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["s.xlsx"]


def test_bad_targets_are_refused_clearly(hand, tmp_path):
    project, _ = hand
    with pytest.raises(ExportError, match=r"ending in \.xlsx"):
        write_summary(project, tmp_path / "s.csv")
    with pytest.raises(ExportError, match="does not exist"):
        write_summary(project, tmp_path / "missing" / "s.xlsx")


def test_one_line_adds_a_sheet(hand, tmp_path, monkeypatch):
    from workbench.export.xlsx import workbook
    from workbench.export.xlsx.style import new_sheet

    def write_extra(wb, ctx):
        new_sheet(wb, "Extra").append(["hello"])

    monkeypatch.setattr(workbook, "SHEETS", [*SHEETS, write_extra])
    out = write_summary(hand[0], tmp_path / "x.xlsx")
    assert load_workbook(out).sheetnames[-1] == "Extra"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(hand, tmp_path):
    out = write_summary(hand[0], tmp_path / "s.xlsx")
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "s.pdf"
    assert pdf.exists() and pdf.stat().st_size > 5000


def test_quotes_keep_markup_characters_and_emoji(tmp_path):
    from workbench.core.commands import AddCode, AddCoding, AddDocument
    from workbench.store import Project

    p = Project.create(tmp_path / "x.iwb", language="en")
    text = "She said: prices < fair & service > \"ok\" 😤 — café.  "
    AddDocument("doc", text, [], "en", case="Eve").apply(p)
    cmd = AddCode(None, "Tricky", "theme")
    cmd.apply(p)
    AddCoding(p.document_by_name("doc").id, cmd.created_id, 0, len(text.rstrip()), coder="S").apply(p)
    out = write_summary(p, tmp_path / "x.xlsx")
    p.close()
    (row,) = rows(load_workbook(out)["Quotes"])[1:]
    assert row[1] == "Eve" and row[-3] == text.rstrip()
