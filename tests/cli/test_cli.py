"""The CLI contract: commands, stable --json, one-line errors with exit code 2."""

import json
import sqlite3
import subprocess
import sys

import pytest

from workbench.cli.main import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, *needles: str):
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture
def transcript(tmp_path):
    path = tmp_path / "interview_anna.txt"
    path.write_text("Interviewer: Hoe was de levering?\n\nAnna: Gewoon prima, maar de bank was beschadigd. "
                    "Café-waardig excuus 😅.\n", encoding="utf-8")
    return path


def test_new_import_info_code_search_round(tmp_path, transcript, capsys):
    project = tmp_path / "p.iwb"
    assert run(capsys, "new", project, "--scheme", "klantbeleving")[0] == 0
    code, out, _ = run(capsys, "import", project, transcript, "--case", "Anna", "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "imported"

    code, out, _ = run(capsys, "info", project, "--json")
    info = json.loads(out)
    assert set(info) == {"schema_version", "counts", "documents"}
    assert set(info["counts"]) == {"documents", "turns", "codes", "codings", "cases", "words"}
    assert info["documents"] == [{"name": "interview_anna", "case": "Anna", "language": "nl",
                                  "words": info["documents"][0]["words"], "turns": 2,
                                  "speakers": ["Interviewer", "Anna"]}]

    code, out, _ = run(capsys, "search", project, "cafe", "--json")
    (hit,) = json.loads(out)
    assert set(hit) == {"document", "start", "end", "snippet"}

    code, out, _ = run(capsys, "code", project, "--doc", "interview_anna", "--start", hit["start"],
                       "--end", hit["end"], "--code", "Pijnpunten/Fouten", "--inferred", "--memo", "m",
                       "--coder", "Sanne", "--json")
    assert code == 0 and json.loads(out)["text"] == "Café"
    code, out, _ = run(capsys, "codebook", "list", project, "--json")
    rows = {r["path"]: r for r in json.loads(out)}
    assert rows["Pijnpunten/Fouten"]["codings"] == 1 and rows["Pijnpunten"]["participants"] == 1
    assert set(rows["Pijnpunten"]) == {"path", "kind", "color", "codings", "participants"}


def test_reimport_same_text_is_skipped(tmp_path, transcript, capsys):
    project = tmp_path / "p.iwb"
    run(capsys, "new", project)
    run(capsys, "import", project, transcript)
    code, out, _ = run(capsys, "import", project, transcript, "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "skipped"


def test_bad_file_refused_others_imported(tmp_path, transcript, capsys):
    project = tmp_path / "p.iwb"
    run(capsys, "new", project)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(capsys, "import", project, empty, transcript)
    assert code == 2
    one_line_error(err, "empty.txt", "empty")
    assert "imported" in out


@pytest.mark.parametrize("args, needles", [
    (["info", "{missing}"], ["missing.iwb", "not found"]),
    (["info", "{notproject}"], ["notes.iwb", "not a Depth Interview Workbench project"]),
    (["code", "{project}", "--doc", "nope", "--start", "0", "--end", "3", "--code", "X"], ["p.iwb", "nope"]),
    (["code", "{project}", "--doc", "interview_anna", "--start", "0", "--end", "9999", "--code", "Waarden"],
     ["p.iwb", "outside the text"]),
    (["code", "{project}", "--doc", "interview_anna", "--start", "0", "--end", "3", "--code", "Geen/Code"],
     ["p.iwb", "Geen/Code"]),
    (["new", "{project}"], ["p.iwb", "already exists"]),
    (["scheme", "apply", "{project}", "nope"], ["nope"]),
    (["import", "{project}", "{folder}/x.xyz"], ["x.xyz", "unsupported"]),
])
def test_errors_are_one_line_exit_2(tmp_path, transcript, capsys, args, needles):
    project = tmp_path / "p.iwb"
    run(capsys, "new", project, "--scheme", "klantbeleving")
    run(capsys, "import", project, transcript)
    (tmp_path / "notes.iwb").write_text("not a project")
    (tmp_path / "x.xyz").write_text("hello")
    args = [a.format(missing=tmp_path / "missing.iwb", notproject=tmp_path / "notes.iwb",
                     project=project, folder=tmp_path) for a in args]
    code, _, err = run(capsys, *args)
    assert code == 2
    one_line_error(err, *needles)


def test_newer_version_refused_by_cli(tmp_path, capsys):
    project = tmp_path / "p.iwb"
    run(capsys, "new", project)
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "info", project)
    assert code == 2
    one_line_error(err, "p.iwb", "newer version")


def test_module_entry_point_and_gui_without_display(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "workbench" in out.stdout
    out = subprocess.run([sys.executable, "-m", "workbench", "gui"], capture_output=True, text=True, env=env)
    if sys.platform == "linux":
        assert out.returncode == 2 and "no display" in out.stderr and "Traceback" not in out.stderr


def test_demo_command(tmp_path, capsys):
    code, out, _ = run(capsys, "demo", tmp_path / "demo.iwb")
    assert code == 0 and "8 interviews" in out
    code, _, err = run(capsys, "demo", tmp_path / "demo.iwb")
    assert code == 2
    one_line_error(err, "demo.iwb", "already exists")


def test_scheme_list_and_codebook_round_trip(tmp_path, capsys):
    code, out, _ = run(capsys, "scheme", "list", "--json")
    schemes = {s["name"]: s for s in json.loads(out)}
    assert set(schemes) == {"klantbeleving", "plutchik", "schwartz", "cialdini", "rapportcijfer",
                            "loyaliteitsvliegwiel", "kano"}
    assert schemes["klantbeleving"]["codes"] >= 40
    source, target = tmp_path / "a.iwb", tmp_path / "b.iwb"
    run(capsys, "new", source, "--scheme", "klantbeleving")
    run(capsys, "new", target)
    for suffix in (".qdc", ".yaml"):
        out_file = tmp_path / f"codebook{suffix}"
        assert run(capsys, "codebook", "export", source, out_file)[0] == 0
        assert run(capsys, "codebook", "import", target, out_file)[0] == 0
    paths = [r["path"] for r in json.loads(run(capsys, "codebook", "list", target, "--json")[1])]
    assert paths == [r["path"] for r in json.loads(run(capsys, "codebook", "list", source, "--json")[1])]
    code, _, err = run(capsys, "codebook", "import", target, tmp_path / "a.iwb")
    assert code == 2
    one_line_error(err, "a.iwb")


def test_json_is_utf8_on_a_cp1252_console_and_odd_file_names(tmp_path):
    import os

    project = tmp_path / "p.iwb"
    odd = tmp_path / os.fsdecode(b"bad\xffname.txt")
    odd.write_text("R: Dat kost € 12 😤, gewoon.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    cli = [sys.executable, "-m", "workbench"]
    subprocess.run([*cli, "new", str(project)], check=True, env=env, capture_output=True)
    out = subprocess.run([*cli, "import", str(project), str(odd), "--json"], env=env, capture_output=True)
    assert out.returncode == 0, out.stderr
    # the undecodable byte is kept, written as \\xff (lossless; no U+FFFD)
    assert json.loads(out.stdout.decode("utf-8"))[0]["document"] == "bad\\xffname"
    out = subprocess.run([*cli, "search", str(project), "gewoon", "--json"], env=env, capture_output=True)
    assert "😤" in json.loads(out.stdout.decode("utf-8"))[0]["snippet"]


def test_import_says_when_no_speakers_were_found(tmp_path, capsys):
    project = tmp_path / "p.iwb"
    notes = tmp_path / "notes.txt"
    notes.write_text("Aantekeningen zonder sprekers.\n\nNog een alinea.\n", encoding="utf-8")
    bold = tmp_path / "bold.md"
    bold.write_text("**Interviewer** Hoe ging het?\n\n**Anna** Goed.\n\n**Interviewer** Fijn.\n", encoding="utf-8")
    run(capsys, "new", project)
    code, out, _ = run(capsys, "import", project, notes, bold)
    assert code == 0
    assert "notes.txt: imported as 'notes'" in out and "but no speakers found" in out.splitlines()[0]
    assert "no speakers" not in out.splitlines()[1]
    code, out, _ = run(capsys, "info", project, "--json")
    speakers = {d["name"]: d["speakers"] for d in json.loads(out)["documents"]}
    assert sorted(speakers["bold"]) == ["Anna", "Interviewer"]
