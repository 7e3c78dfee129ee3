"""CLI: workbench suggest / workbench suggestions."""

import json

from workbench.cli.main import main

TRANSCRIPT = ("Interviewer: Hoe ging het?\n\n"
              "Anna: Ik heb drie kwartier in de wacht gestaan en werd twee keer doorverbonden. "
              "Ik was echt woedend. Bij Coolblue krijg je gewoon meteen een berichtje, dat mag je toch verwachten.\n")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _project(tmp_path, capsys, scheme=True):
    path = tmp_path / "p.iwb"
    src = tmp_path / "anna.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    args = ["new", path] + (["--scheme", "klantbeleving"] if scheme else [])
    assert run(capsys, *args)[0] == 0
    assert run(capsys, "import", path, src, "--case", "Anna")[0] == 0
    return path


def test_suggest_json_contract_and_accept(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    code, out, err = run(capsys, "suggest", path, "--doc", "anna", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(set(r) == {"document", "start", "end", "text", "code", "kind", "score", "reason",
                                   "source"} for r in rows)
    assert {"pain_point", "emotion", "expectation"} <= {r["kind"] for r in rows}
    assert all(TRANSCRIPT[r["start"]:r["end"]] == r["text"] for r in rows)
    assert not any("Hoe ging het" in r["text"] for r in rows)  # interviewer turn not read
    # Running again does not duplicate.
    _code, _out, err = run(capsys, "suggest", path, "--json")
    assert "0 new" in err
    code, out, err = run(capsys, "suggestions", path, "accept", "--min-score", "0.7")
    assert code == 0
    high = [r for r in rows if r["score"] >= 0.7]
    assert f"accepted {len(high)}" in err
    code, out, _ = run(capsys, "suggestions", path, "list", "--status", "accepted", "--json")
    accepted = json.loads(out)
    assert len(accepted) == len(high) and all(r["status"] == "accepted" for r in accepted)
    code, out, _ = run(capsys, "info", path, "--json")
    assert json.loads(out)["counts"]["codings"] == len(high)
    code, out, err = run(capsys, "suggestions", path, "reject", "--kind", "emotion")
    assert code == 0 and ("rejected" in err or "no suggestions" in err)
    # reopen: the CLI's undo of a review
    code, out, err = run(capsys, "suggestions", path, "reopen", "--min-score", "0.7")
    assert code == 0 and f"reopened {len(high)}" in err
    code, out, _ = run(capsys, "info", path, "--json")
    assert json.loads(out)["counts"]["codings"] == 0


def test_empty_codebook_uses_the_default_scheme_without_storing(tmp_path, capsys):
    path = _project(tmp_path, capsys, scheme=False)
    code, out, err = run(capsys, "suggest", path, "--json")
    assert code == 0 and "codebook" in err and "not stored" in err
    rows = json.loads(out)
    assert rows and {r["code"].split("/")[0] for r in rows} <= {"Drijfveren", "Pijnpunten", "Waarden",
                                                                 "Verwachtingen", "Emoties"}
    code, out, _ = run(capsys, "suggestions", path, "list", "--json")
    assert json.loads(out) == []


def test_unknown_document_is_a_one_line_error(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    code, _, err = run(capsys, "suggest", path, "--doc", "nobody")
    assert code == 2 and "nobody" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
