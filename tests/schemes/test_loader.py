"""Coding-scheme files: every shipped scheme loads, round-trips, and bad files give clear errors."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from workbench.schemes import (
    KINDS,
    Scheme,
    SchemeCode,
    SchemeError,
    builtin_scheme_names,
    dump_scheme,
    load_builtin,
    load_scheme_file,
    load_scheme_text,
    scheme_from_dict,
    schemes_dir,
)

REPO = Path(__file__).resolve().parents[2]
SCHEME_FILES = sorted((REPO / "coding_schemes").glob("*.yaml"))


def write(tmp_path: Path, text: str, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str, name: str = "bad.yaml") -> SchemeError:
    path = write(tmp_path, text, name)
    with pytest.raises(SchemeError) as info:
        load_scheme_file(path)
    return info.value


# ----------------------------------------------------------------------------- shipped files


def test_scheme_folder_found():
    assert schemes_dir().is_dir()
    assert "klantbeleving" in builtin_scheme_names()


@pytest.mark.parametrize("path", SCHEME_FILES, ids=lambda p: p.stem)
def test_every_shipped_scheme_loads(path: Path):
    scheme = load_scheme_file(path)
    assert scheme.name == path.stem
    assert scheme.count() > 0
    assert scheme.title.get("nl") and scheme.title.get("en")
    for _, code in scheme.iter_codes():
        assert code.kind in KINDS
        assert code.names.get("nl") and code.names.get("en")


@pytest.mark.parametrize("path", SCHEME_FILES, ids=lambda p: p.stem)
def test_every_shipped_scheme_round_trips(path: Path):
    scheme = load_scheme_file(path)
    again = load_scheme_text(dump_scheme(scheme), "dumped.yaml")
    assert again == scheme
    assert dump_scheme(again) == dump_scheme(scheme)


@pytest.mark.parametrize("name", builtin_scheme_names())
def test_load_builtin(name: str):
    assert load_builtin(name).name == name


def test_load_builtin_unknown_lists_available():
    with pytest.raises(SchemeError, match="klantbeleving"):
        load_builtin("does-not-exist")


def test_klantbeleving_tree():
    scheme = load_builtin("klantbeleving")
    assert scheme.count() >= 40
    top = [(c.name("nl"), c.name("en"), c.kind) for c in scheme.codes]
    assert top == [
        ("Drijfveren", "Drivers", "driver"),
        ("Pijnpunten", "Pain points", "pain_point"),
        ("Waarden", "Values", "value"),
        ("Verwachtingen", "Expectations", "expectation"),
        ("Emoties", "Emotions", "emotion"),
    ]
    # distinct colours per top-level branch
    assert len({c.color for c in scheme.codes}) == 5
    # children inherit the branch kind
    for branch in scheme.codes:
        for _, code in branch.iter_codes():
            assert code.kind == branch.kind
    paths = {p for p, _ in scheme.iter_codes("nl")}
    assert ("Pijnpunten", "Van het kastje naar de muur") in paths
    assert ("Verwachtingen", "Onbewuste verwachtingen", "Vanzelfsprekendheden") in paths
    assert ("Verwachtingen", "Kano", "Basisbehoefte") in paths
    assert len(scheme.find("Emoties").children) == 8
    assert scheme.find("Expectations/Unconscious expectations/Taken for granted") is not None


def test_klantbeleving_codebook_is_complete():
    scheme = load_builtin("klantbeleving")
    for path, code in scheme.iter_codes():
        for field in ("definition", "use_when", "do_not_use_when", "example"):
            for lang in ("nl", "en"):
                assert getattr(code, field).get(lang), (path, field, lang)
        for lang in ("nl", "en"):
            phrases = code.indicators.get(lang, [])
            assert 3 <= len(phrases) <= 8, (path, lang)
            assert all(p == p.lower() for p in phrases), (path, lang)
    cues = scheme.find("Verwachtingen/Onbewuste verwachtingen")
    assert "gewoon" in cues.indicators["nl"] and "of course" in cues.indicators["en"]
    assert "inferred" in cues.definition["en"] and "memo" in cues.definition["nl"]


# ----------------------------------------------------------------------------- model


def test_iter_codes_depth_first_and_name_fallback():
    scheme = load_scheme_text(
        """
        format: 1
        name: t
        codes:
          - name: {nl: A, en: A-en}
            children:
              - name: {nl: A1}
              - name: {en: A2-en}
          - name: B
        """.replace("\n        ", "\n"),
        "t.yaml",
    )
    assert [p for p, _ in scheme.iter_codes("en")] == [
        ("A-en",),
        ("A-en", "A1"),
        ("A-en", "A2-en"),
        ("B",),
    ]
    assert scheme.count() == 4
    a1 = scheme.codes[0].children[0]
    assert a1.name("en") == "A1"  # falls back to Dutch
    assert scheme.codes[0].children[1].name("nl") == "A2-en"


def test_plain_strings_used_for_both_languages(tmp_path: Path):
    path = write(
        tmp_path,
        """
        format: 1
        name: plain
        title: Plain
        description: Een schema
        codes:
          - name: Thema
            definition: Alles wat overblijft
            indicators: [iets, anders]
            children:
              - name: Sub
        """,
    )
    scheme = load_scheme_file(path)
    assert scheme.path == path
    assert scheme.title == {"nl": "Plain", "en": "Plain"}
    code = scheme.codes[0]
    assert code.names == {"nl": "Thema", "en": "Thema"}
    assert code.definition == {"nl": "Alles wat overblijft", "en": "Alles wat overblijft"}
    assert code.indicators == {"nl": ["iets", "anders"], "en": ["iets", "anders"]}
    assert code.kind == "theme"  # top-level default
    assert code.children[0].color == code.color  # inherited
    assert code.children[0].kind == "theme"


def test_inheritance_and_override():
    scheme = scheme_from_dict(
        {
            "format": 1,
            "name": "x",
            "codes": [
                {
                    "name": {"nl": "P", "en": "P"},
                    "kind": "pain_point",
                    "color": "#aa0000",
                    "children": [
                        {"name": "C1"},
                        {"name": "C2", "kind": "emotion", "color": "#00AA00"},
                    ],
                }
            ],
        }
    )
    parent = scheme.codes[0]
    assert parent.color == "#AA0000"
    assert (parent.children[0].kind, parent.children[0].color) == ("pain_point", "#AA0000")
    assert (parent.children[1].kind, parent.children[1].color) == ("emotion", "#00AA00")


def test_round_trip_built_scheme():
    scheme = Scheme(
        name="made",
        title={"nl": "Gemaakt", "en": "Made"},
        description={"nl": "Zin met: dubbele punt en 'quotes' en #hekje"},
        source="me",
        codes=[
            SchemeCode(
                names={"nl": "Een", "en": "One"},
                kind="value",
                color="#123456",
                example={"nl": "“Gewoon” — ëmoji 😀", "en": "yes"},
                indicators={"nl": ["ja", "no", "on", "123"], "en": ["true"]},
                children=[SchemeCode(names={"nl": "Kind", "en": "Child"}, kind="value", color="#123456")],
            )
        ],
    )
    text = dump_scheme(scheme)
    assert load_scheme_text(text, "made.yaml") == scheme


# ----------------------------------------------------------------------------- errors

VALID_HEAD = """
format: 1
name: bad
codes:
"""


def assert_names_file_and_line(err: SchemeError, line: int, *words: str):
    message = str(err)
    assert message.startswith("bad.yaml, line "), message
    assert err.source == "bad.yaml"
    assert err.line == line, message
    assert f"line {line}:" in message
    for word in words:
        assert word.lower() in message.lower(), message


def test_empty_file(tmp_path: Path):
    err = error_for(tmp_path, "\n\n")
    assert "bad.yaml" in str(err) and "empty" in str(err)
    err = error_for(tmp_path, "# only a comment\n")
    assert "empty" in str(err)


def test_yaml_syntax_error(tmp_path: Path):
    err = error_for(
        tmp_path,
        """
        format: 1
        name: bad
        codes:
          - name: {nl: A, en: B
          - name: C
        """,
    )
    assert "bad.yaml, line " in str(err)
    assert "not valid YAML" in str(err)
    assert err.line in (4, 5)


def test_yaml_tab_error_names_line(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\nname: bad\ncodes:\n\t- name: A\n", encoding="utf-8")
    with pytest.raises(SchemeError) as info:
        load_scheme_file(path)
    assert info.value.line == 4
    assert "not valid YAML" in str(info.value)


def test_not_a_mapping(tmp_path: Path):
    err = error_for(tmp_path, "- just\n- a list\n")
    assert "bad.yaml" in str(err) and "not a coding scheme" in str(err)


def test_binary_file(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(SchemeError, match=r"bad\.yaml.*not a text file"):
        load_scheme_file(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(SchemeError, match="not found"):
        load_scheme_file(tmp_path / "nope.yaml")


def test_missing_code_name(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    children:
      - kind: value
        color: "#112233"
""",
    )
    assert_names_file_and_line(err, 7, "no 'name'")


def test_unknown_kind_lists_valid_kinds(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    kind: pain
""",
    )
    assert_names_file_and_line(err, 6, "unknown kind", "'pain'", *KINDS)


@pytest.mark.parametrize("colour", ['"red"', '"#12345"', '"#GG0000"', "123456", '"#1234567"'])
def test_bad_colour(tmp_path: Path, colour: str):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + f"""
  - name: A
    kind: value
    color: {colour}
""",
    )
    assert_names_file_and_line(err, 7, "colour", "#RRGGBB")


def test_unquoted_hex_colour_is_explained(tmp_path: Path):
    # '#...' unquoted is a YAML comment, so the colour is empty.
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    color: #2E7D32
""",
    )
    assert_names_file_and_line(err, 6, "colour", "in quotes")


def test_duplicate_sibling_names_case_insensitive(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: {nl: Fouten, en: Mistakes}
  - name: {nl: Vergissing, en: mistakes}
""",
    )
    assert_names_file_and_line(err, 6, "mistakes", "(en)", "first on line 5")


def test_same_name_under_different_parents_is_fine(tmp_path: Path):
    path = write(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    children: [{name: X}]
  - name: B
    children: [{name: X}]
""",
    )
    assert load_scheme_file(path).count() == 4


def test_duplicate_nested(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    children:
      - name: X
      - name: x
""",
    )
    assert_names_file_and_line(err, 8, "'x'", "sibling")


@pytest.mark.parametrize(
    "value",
    ["{nl: gewoon, en: just}", "{nl: [gewoon, 12], en: [just]}", "{nl: [[nested]]}", "42"],
)
def test_indicators_not_list_of_strings(tmp_path: Path, value: str):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + f"""
  - name: A
    indicators: {value}
""",
    )
    assert_names_file_and_line(err, 6, "indicators", "list of strings" if value != "42" else "mapping")


def test_newer_format(tmp_path: Path):
    err = error_for(tmp_path, "name: bad\nformat: 2\ncodes: []\n")
    assert_names_file_and_line(err, 2, "newer version", "format 2")


@pytest.mark.parametrize("value", ["one", "0", "1.5", "yes"])
def test_bad_format_value(tmp_path: Path, value: str):
    err = error_for(tmp_path, f"format: {value}\nname: bad\ncodes: []\n")
    assert_names_file_and_line(err, 1, "format")


def test_unknown_field_catches_typos(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    use-when: typo
""",
    )
    assert_names_file_and_line(err, 6, "unknown code field", "'use-when'", "use_when")


def test_unknown_language(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: {nl: A, de: B}
""",
    )
    assert_names_file_and_line(err, 5, "unknown language", "'de'")


def test_slash_in_name(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: Gemak/gewin
""",
    )
    assert_names_file_and_line(err, 5, "'/'")


def test_duplicate_key(tmp_path: Path):
    err = error_for(
        tmp_path,
        VALID_HEAD
        + """
  - name: A
    kind: value
    kind: driver
""",
    )
    assert err.line == 7 and "twice" in str(err)


def test_codes_not_a_list(tmp_path: Path):
    err = error_for(tmp_path, "format: 1\nname: bad\ncodes: {name: A}\n")
    assert_names_file_and_line(err, 3, "'codes' must be a list")


def test_colour_alias_accepted(tmp_path: Path):
    path = write(tmp_path, VALID_HEAD + '\n  - name: A\n    colour: "#abcdef"\n')
    assert load_scheme_file(path).codes[0].color == "#ABCDEF"


def test_scheme_from_plain_dict_errors_without_line():
    with pytest.raises(SchemeError, match=r"^x\.yaml: .*unknown kind"):
        scheme_from_dict({"name": "x", "codes": [{"name": "A", "kind": "nope"}]}, "x.yaml")


# ----------------------------------------------------------------------------- layering


def test_schemes_package_never_imports_qt():
    package = REPO / "workbench" / "schemes"
    for module in package.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt")), f"{module.name} imports {name}"
