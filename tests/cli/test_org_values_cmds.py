"""`workbench org-values`: list, add, link, unlink, remove and import from YAML/CSV."""

import json

from tests.cli.test_cli import one_line_error, run


def test_org_values_round(sample_project, tmp_path, capsys):
    path = sample_project.path
    sample_project.close()
    assert run(capsys, "org-values", "add", path, "Betrouwbaar", "--statement", "Wij doen wat we beloven",
               "--code", "Waarden/Betrouwbaarheid")[0] == 0
    assert run(capsys, "org-values", "link", path, "betrouwbaar", "Waarden/Eerlijkheid")[0] == 0
    code, out, _ = run(capsys, "org-values", "list", path, "--json")
    assert json.loads(out) == [{"name": "Betrouwbaar", "statement": "Wij doen wat we beloven",
                                "codes": ["Waarden/Betrouwbaarheid", "Waarden/Eerlijkheid"]}]
    assert run(capsys, "org-values", "unlink", path, "Betrouwbaar", "Waarden/Eerlijkheid")[0] == 0
    code, out, _ = run(capsys, "org-values", "list", path)
    assert "Betrouwbaar — Wij doen wat we beloven" in out and "Eerlijkheid" not in out

    yaml_file = tmp_path / "values.yaml"
    yaml_file.write_text("values:\n  - name: Klant centraal\n    statement: De klant eerst\n"
                         "    codes: [Waarden/Eerlijkheid]\n  - name: Innovatief\n", encoding="utf-8")
    code, out, _ = run(capsys, "org-values", "import", path, yaml_file)
    assert code == 0 and "2 organisation value(s) added" in out
    csv_file = tmp_path / "values.csv"
    csv_file.write_text("name;statement;codes\nDuurzaam;Groen;Waarden/Eerlijkheid|Waarden/Betrouwbaarheid\n"
                        "Betrouwbaar;;Waarden/Eerlijkheid\n", encoding="utf-8")
    code, out, _ = run(capsys, "org-values", "import", path, csv_file)
    assert code == 0 and "1 organisation value(s) added, 1 updated" in out
    rows = {r["name"]: r for r in json.loads(run(capsys, "org-values", "list", path, "--json")[1])}
    assert rows["Duurzaam"]["codes"] == ["Waarden/Eerlijkheid", "Waarden/Betrouwbaarheid"]
    assert rows["Betrouwbaar"]["codes"] == ["Waarden/Betrouwbaarheid", "Waarden/Eerlijkheid"]
    assert run(capsys, "org-values", "remove", path, "Innovatief")[0] == 0
    assert [r["name"] for r in json.loads(run(capsys, "org-values", "list", path, "--json")[1])] == [
        "Betrouwbaar", "Klant centraal", "Duurzaam"]


def test_org_values_errors(sample_project, tmp_path, capsys):
    path = sample_project.path
    sample_project.close()
    code, _, err = run(capsys, "org-values", "remove", path, "Nope")
    assert code == 2
    one_line_error(err, "sample.iwb", "no organisation value named 'Nope'")
    code, _, err = run(capsys, "org-values", "add", path, "X", "--code", "Waarden/Nope")
    one_line_error(err, "no code 'Waarden/Nope'")
    for name, content, needle in [("bad.yaml", "- name: [unclosed\n", "not valid YAML"),
                                  ("bad.csv", "statement\nfoo\n", "first row"),
                                  ("bin.csv", b"\xff\xfe\x00bad", "not a UTF-8"),
                                  ("empty.yaml", "", "no organisation values"),
                                  ("codes.yaml", "- name: A\n  codes: [Waarden/Nope]\n", "no code 'Waarden/Nope'"),
                                  ("values.txt", "x", ".yaml or .csv")]:
        f = tmp_path / name
        f.write_bytes(content if isinstance(content, bytes) else content.encode())
        code, _, err = run(capsys, "org-values", "import", path, f)
        assert code == 2
        one_line_error(err, name, needle)
    assert json.loads(run(capsys, "org-values", "list", path, "--json")[1]) == []


def test_export_map_cli(sample_project, tmp_path, capsys, qapp):  # qapp: widgets tests share the process
    path = sample_project.path
    sample_project.close()
    out = tmp_path / "map.svg"
    code, _, err = run(capsys, "export", "map", path, out, "--weight", "2", "--rule", "overlap",
                          "--where", "segment=Energie")
    assert code == 0, err
    assert out.read_text(encoding="utf-8").count('<circle class="point"') == 1  # Eerlijkheid, Marieke only
    for args, needle in [(["--weight", "0"], "above 0"), (["--where", "segment"], "ATTRIBUTE=VALUE"),
                         (["--threshold", "2"], "between 0 and 1"),
                         (["--where", "leeftijd=30"], "no participant attribute 'leeftijd'"),
                         (["--width", "800"], "between 2000 and 12000")]:
        code, _, err = run(capsys, "export", "map", path, out, *args)
        assert code == 2
        one_line_error(err, needle)
    code, _, err = run(capsys, "export", "map", path, tmp_path / "map.jpg")
    one_line_error(err, "map.jpg", ".svg, .png, .pdf or .html")
