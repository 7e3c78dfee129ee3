"""`workbench export qdpx` and `workbench import-qdpx`."""

from __future__ import annotations

import json
import zipfile

from workbench.cli.main import main
from workbench.store import Project


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import(sample_project, tmp_path, capsys):
    path = sample_project.path
    sample_project.close()
    out = tmp_path / "sample.qdpx"
    code, text, _ = run(capsys, "export", "qdpx", path, out)
    assert code == 0 and "2 documents" in text and "2 codings" in text
    assert "project.qde" in zipfile.ZipFile(out).namelist()
    code, text, _ = run(capsys, "import-qdpx", out, tmp_path / "new.iwb")
    assert code == 0 and "documents: 2" in text and "codings: 2" in text
    with Project.open(tmp_path / "new.iwb") as project:
        assert sorted(d.name for d in project.documents()) == ["david", "marieke"]
    # the target exists now: refused, one line, exit 2; --force replaces it
    code, _, err = run(capsys, "import-qdpx", out, tmp_path / "new.iwb")
    assert code == 2 and err.strip() == "workbench: new.iwb: a file with this name already exists"
    code, text, _ = run(capsys, "import-qdpx", out, tmp_path / "new.iwb", "--force", "--json")
    report = json.loads(text)
    assert code == 0 and report["imported"]["codings"] == 2 and report["not_imported"] == []
    code, text, _ = run(capsys, "export", "qdpx", path, out, "--json")
    assert json.loads(text)["codings"] == 2


def test_bad_file_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.qdpx"
    bad.write_text("not a zip", encoding="utf-8")
    code, out, err = run(capsys, "import-qdpx", bad, tmp_path / "x.iwb")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == ["workbench: bad.qdpx: not a REFI-QDA project: the file is not a zip archive "
                                        "or the archive is damaged"]
    assert not (tmp_path / "x.iwb").exists()
