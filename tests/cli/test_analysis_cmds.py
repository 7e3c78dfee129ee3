"""`workbench stats` and `workbench merge`."""

import json
import shutil

from tests.analysis.handmade import code, make_handmade
from workbench.cli.main import main
from workbench.store import Project


def run(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def test_stats_json_sections_and_filter(tmp_path, capsys):
    project, _ = make_handmade(tmp_path / "p.iwb")
    project.close()
    rc, out, _ = run(capsys, "stats", tmp_path / "p.iwb", "--json", "--where", "segment=A")
    assert rc == 0
    data = json.loads(out)
    assert set(data) >= {"frequencies", "matrix", "cooccurrence", "saturation", "agreement", "values_fit"}
    assert data["agreement"] == {}
    assert set(data["values_fit"]) == {"points", "blind_spots", "unsupported_claims", "parameters"}
    assert data["values_fit"]["parameters"]["where"] == {"segment": ["A"]}
    pijn = next(f for f in data["frequencies"] if f["path"] == "Pijn")
    assert (pijn["segments"], pijn["participants"]) == (3, 2)
    assert data["matrix"]["participants"]["columns"] == ["Ann", "Cas"]
    rc, out, _ = run(capsys, "stats", tmp_path / "p.iwb")
    assert rc == 0 and "Pijn" in out and "too few interviews to judge saturation (needs at least 6)" in out


def test_stats_refuses_unknown_attribute(tmp_path, capsys):
    project, _ = make_handmade(tmp_path / "p.iwb")
    project.close()
    rc, _, err = run(capsys, "stats", tmp_path / "p.iwb", "--where", "leeftijd=30")
    assert rc == 2 and "leeftijd" in err and "Traceback" not in err
    rc, _, err = run(capsys, "stats", tmp_path / "p.iwb", "--threshold", "150")
    assert rc == 2 and "--threshold" in err


def test_merge_codings_of_a_copy_and_undo(tmp_path, capsys):
    project, ids = make_handmade(tmp_path / "mine.iwb")
    project.close()
    shutil.copy(tmp_path / "mine.iwb", tmp_path / "daan.iwb")
    with Project.open(tmp_path / "daan.iwb") as other:
        code(other, "d1", "Ik wacht lang.", "Wachten", coder="Daan", ids=ids)
        code(other, "d2", "Alles eerlijk.", "Eerlijk", coder="", ids=ids)
        from workbench.core.commands import AddCode

        new = AddCode(ids["Pijn"], "Nieuw")
        new.apply(other)
        code(other, "d3", "kost veel", "Nieuw", coder="Daan", ids={"Nieuw": new.created_id})
    rc, out, _ = run(capsys, "merge", tmp_path / "mine.iwb", tmp_path / "daan.iwb", "--json")
    assert rc == 0
    report = json.loads(out)
    assert report["codings_added"] == 3 and report["codings_present"] == 7
    assert report["codes_created"] == ["Pijn/Nieuw"]
    assert report["coders"] == {"Daan": 2, "daan": 1}  # no coder → the file's name
    assert sorted(report["documents_matched"]) == ["d1", "d2", "d3"]
    rc, out, _ = run(capsys, "stats", tmp_path / "mine.iwb", "--json", "--coders", "S", "Daan")
    assert json.loads(out)["agreement"]["documents"] == ["d1", "d3"]
    # merging again adds nothing
    rc, out, _ = run(capsys, "merge", tmp_path / "mine.iwb", tmp_path / "daan.iwb")
    assert rc == 0 and "merged 0 coding(s)" in out and "10 already present" in out


def test_merge_is_one_undo_step(tmp_path):
    from workbench.core.commands.merge import MergeProject
    from workbench.store.merge_source import read_merge_source

    project, ids = make_handmade(tmp_path / "mine.iwb")
    project.close()
    shutil.copy(tmp_path / "mine.iwb", tmp_path / "other.iwb")
    with Project.open(tmp_path / "other.iwb") as other:
        code(other, "d1", "Wees eerlijk.", "Wachten", coder="B", ids=ids)
    with Project.open(tmp_path / "mine.iwb") as mine:
        before = len(mine.codings())
        inverse = MergeProject(read_merge_source(tmp_path / "other.iwb", into=mine)).apply(mine)
        assert len(mine.codings()) == before + 1
        inverse.apply(mine)
        assert len(mine.codings()) == before


def test_merge_refuses_a_non_project_and_itself(tmp_path, capsys):
    project, _ = make_handmade(tmp_path / "mine.iwb")
    project.close()
    (tmp_path / "notes.iwb").write_text("hello", encoding="utf-8")
    rc, _, err = run(capsys, "merge", tmp_path / "mine.iwb", tmp_path / "notes.iwb")
    assert rc == 2 and "notes.iwb" in err and len(err.strip().splitlines()) == 1
    rc, _, err = run(capsys, "merge", tmp_path / "mine.iwb", tmp_path / "mine.iwb")
    assert rc == 2 and "itself" in err


def test_export_xlsx_with_filter(tmp_path, capsys):
    from openpyxl import load_workbook

    project, _ = make_handmade(tmp_path / "p.iwb")
    project.close()
    out = tmp_path / "summary.xlsx"
    rc, stdout, _ = run(capsys, "export", "xlsx", tmp_path / "p.iwb", out, "--where", "segment=B",
                        "--codes", "Pijn", "--coder", "S")
    assert rc == 0 and "summary.xlsx" in stdout
    quotes = list(load_workbook(out)["Quotes"].iter_rows(values_only=True))[1:]
    assert [(r[1], r[6]) for r in quotes] == [("Bob", "Pijn/Wachten"), ("Bob", "Pijn")]
    rc, _, err = run(capsys, "export", "xlsx", tmp_path / "p.iwb", tmp_path / "s.ods")
    assert rc == 2 and "s.ods" in err and ".xlsx" in err
