"""The CLI on hostile names, bad options, damaged or read-only projects: one clear line, no
exception names, nothing left behind."""

import os
import sqlite3
import subprocess
import sys

import pytest

from workbench.cli.main import main

CLI = [sys.executable, "-m", "workbench"]


def run(*args, env=None):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.iwb"
    assert run("new", path).returncode == 0
    return path


def test_blank_case_and_broken_pattern_are_named(project, tmp_path):
    txt = tmp_path / "01_anna.txt"
    txt.write_text("R: hallo\n")
    out = run("import", project, txt, "--case", "   ")
    assert out.returncode == 2 and "participant name (--case) is blank" in out.stderr
    out = run("import", project, txt, "--case-pattern", "(")
    assert out.returncode == 2 and "is not a valid regular expression" in out.stderr
    assert "unexpected" not in out.stderr and "error:" not in out.stderr.lower().replace("workbench:", "")


def test_file_names_are_escaped_in_output(project, tmp_path):
    name = "evil\x1b[31mred\nline\u202egnp.txt"
    (tmp_path / name).write_text("R: Dat hoort gewoon te werken.\n")
    out = run("import", project, tmp_path / name)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\u202e" not in out.stdout and out.stdout.count("\n") == 1
    assert "\\x1b[31mred\\x0aline\\u202egnp" in out.stdout
    out = run("info", project)
    assert "\x1b" not in out.stdout and "\\x1b" in out.stdout


def test_messages_follow_workbench_language(tmp_path):
    out = run("info", tmp_path / "missing.iwb", env={"WORKBENCH_LANGUAGE": "nl"})
    assert out.returncode == 2 and "missing.iwb: bestand niet gevonden" in out.stderr


def test_refused_wal_database_gets_no_sidecar_files(tmp_path):
    other = tmp_path / "other.iwb"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    out = run("info", other)
    assert out.returncode == 2 and "another program" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.iwb"]


def test_read_only_project_answers_info_and_search(project, tmp_path, monkeypatch, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text("R: Dat hoort gewoon te werken.\n")
    assert run("import", project, txt).returncode == 0
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    assert main(["info", str(project)]) == 0
    assert main(["search", str(project), "gewoon"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: (str(p).startswith(str(out)) or mode != os.W_OK)
                        and real_access(p, mode))
    assert main(["codebook", "export", str(project), str(out / "c.yaml")]) == 0
    assert main(["export", "xlsx", str(project), str(out / "s.xlsx")]) == 0
    assert main(["import", str(project), str(txt)]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err


def test_gui_screenshot_of_a_bad_project_prints_and_exits(tmp_path):
    bad = tmp_path / "bad.iwb"
    bad.write_text("not a project")
    out = run("gui", bad, "--screenshot", tmp_path / "x.png", env={"QT_QPA_PLATFORM": "offscreen",
                                                                   "WORKBENCH_CODER": "x",
                                                                   "WORKBENCH_LANGUAGE": "en"})
    assert out.returncode == 2 and "bad.iwb: not a Depth Interview Workbench project" in out.stderr
    assert not (tmp_path / "x.png").exists()


def test_error_lines_escape_names_from_every_part(project, tmp_path):
    bad = tmp_path / "evil\x1b]0;title\x07\n.qdc"
    bad.write_text("<x")
    out = run("codebook", "import", project, bad)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "\x1b" not in out.stderr
    assert "\\x1b]0;title\\x07\\x0a.qdc" in out.stderr
