"""Engine errors carry a catalogue key and arguments; the UI and CLI render them per language."""

import ast
import re
from pathlib import Path

import pytest

import workbench
from workbench import i18n
from workbench.core.commands import AddCode, CommandError
from workbench.errors import Msg, UserError, printable_name, user_message
from workbench.importers import ImportRefused, read_file
from workbench.store import ProjectError

ROOT = Path(workbench.__file__).parent
KEY_USE = re.compile(r'(?:Error|Refused|Msg)\(\s*(?:(?:path|self\.path|file|target), )?'
                     r'"([a-z][a-z0-9_]*\.[a-z0-9_.]+)"')
# A key handed on before it is raised (e.g. the checker's unknown-field key): any string that
# looks like an error key, a value-kind or a "where" label.
KEY_LITERAL = re.compile(r"[a-z][a-z0-9_]*\.(?:err|type|where)\.[a-z0-9_.]+")


def _engine_sources():
    return [(f, f.read_text(encoding="utf-8")) for f in ROOT.rglob("*.py") if "i18n_text" not in f.parts]


def test_every_key_raised_in_the_engine_is_in_both_catalogues():
    used = {m for _, text in _engine_sources() for m in KEY_USE.findall(text)}
    assert len(used) > 60
    assert {"qdc.err.not_codebook", "scheme.err.at_line", "scheme.err.unknown_kind",
            "orgvalues.err.not_utf8", "qdpx.err.target_exists"} <= used
    assert sorted(k for k in used if k not in i18n.EN) == []
    assert sorted(k for k in used if k not in i18n.NL) == []


def test_every_key_literal_in_the_engine_is_in_both_catalogues():
    literals = set()
    for path, text in _engine_sources():
        for node in ast.walk(ast.parse(text, str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and KEY_LITERAL.fullmatch(node.value):
                literals.add(node.value)
    assert {"scheme.err.unknown_code_field", "scheme.type.mapping", "orgvalues.where.row"} <= literals
    assert sorted(k for k in literals if k not in i18n.EN) == []
    assert sorted(k for k in literals if k not in i18n.NL) == []


def test_codebook_readers_raise_no_plain_sentences():
    """The .qdc/.qdpx/YAML readers raise catalogue keys only: a plain sentence would reach a
    Dutch user in English."""
    plain = re.compile(r'(?:ExchangeError|SchemeError(?:\.at)?|self\.fail)\([^)]*?f?"[A-Za-z][a-z]* [a-z]')
    for name in ("exchange/qdc.py", "exchange/org_values.py", "exchange/archive.py",
                 "exchange/qdpx_sources.py", "exchange/safexml.py", "schemes/loader.py"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert plain.findall(text) == [], name


@pytest.fixture
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("en")


def test_command_refusal_in_dutch(empty_project, dutch):
    with pytest.raises(CommandError) as info:
        AddCode(None, "  ").apply(empty_project)
    assert str(info.value) == "a code needs a name"  # English for logs and JSON
    assert user_message(info.value) == "een code heeft een naam nodig"


def test_import_refusal_in_dutch(tmp_path, dutch):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"   \n")
    with pytest.raises(ImportRefused) as info:
        read_file(path)
    assert user_message(info.value) == "leeg.txt: het bestand is leeg"
    assert info.value.reason == "the file is empty"


def test_project_error_nests_its_reason(tmp_path, dutch):
    exc = ProjectError(tmp_path / "x.iwb", "store.not_found")
    assert str(exc) == "x.iwb: file not found"
    assert exc.render() == "x.iwb: bestand niet gevonden"


def test_plain_sentences_still_work():
    assert str(UserError("something odd happened")) == "something odd happened"
    assert Msg.of("cmd.err.no_code", id=3).render("nl") == "code 3 bestaat niet"


@pytest.mark.parametrize("name, shown", [
    ("a\nb", "a\\x0ab"), ("\x1b[2J", "\\x1b[2J"), ("abc\u202etxt.exe", "abc\\u202etxt.exe"),
    ("bad\udcffname", "bad\\xffname"), ("gewoon-één.txt", "gewoon-één.txt"),
])
def test_printable_names(name, shown):
    assert printable_name(name) == shown


# --------------------------------------------------------------------------- codebook files in Dutch

def _refusal(read, path):
    with pytest.raises(UserError) as info:
        read(path)
    return info.value


def test_damaged_qdc_in_dutch(tmp_path, dutch):
    from workbench.exchange.codebook import read_codebook

    damaged = tmp_path / "kapot.qdc"
    damaged.write_bytes(b'<?xml version="1.0"?>\n<CodeBook><Codes><Code name="A">')
    exc = _refusal(read_codebook, damaged)
    assert str(exc).startswith("kapot.qdc: not an XML file or damaged XML (line 2")
    assert user_message(exc).startswith("kapot.qdc: geen XML-bestand of beschadigde XML (regel 2")

    for body, english, dutch_text in [
        (b"<Project/>", "the project contains no codebook", "het project bevat geen codeboek"),
        (b"<Other/>", "not a REFI-QDA codebook (the document is a <Other>",
         "geen REFI-QDA-codeboek (het document is een <Other>, geen <CodeBook>)"),
        (b"<CodeBook/>", "the codebook has no <Codes> element", "het codeboek heeft geen <Codes>-element"),
        (b"  \n", "the file is empty", "het bestand is leeg"),
    ]:
        damaged.write_bytes(body)
        exc = _refusal(read_codebook, damaged)
        assert str(exc).startswith(f"kapot.qdc: {english}")
        assert user_message(exc).startswith(f"kapot.qdc: {dutch_text}")
    assert user_message(_refusal(read_codebook, tmp_path / "weg.qdc")) == "weg.qdc: bestand niet gevonden"


def test_bad_yaml_scheme_in_dutch(tmp_path, dutch):
    from workbench.exchange.codebook import read_codebook
    from workbench.schemes import SchemeError, load_scheme_file

    path = tmp_path / "schema.yaml"
    path.write_text('format: 1\nname: s\ncodes:\n  - name: A\n    kind: pain\n    color: "#112233"\n',
                    encoding="utf-8")
    with pytest.raises(SchemeError) as info:
        load_scheme_file(path)
    assert str(info.value).startswith("schema.yaml, line 5: code 'A': unknown kind 'pain'; valid kinds")
    assert user_message(info.value).startswith(
        "schema.yaml, regel 5: code 'A': onbekende soort 'pain'; geldige soorten zijn ")
    # the same refusal through the codebook import (an ExchangeError) stays Dutch
    assert user_message(_refusal(read_codebook, path)) == user_message(info.value)

    for text, dutch_text in [
        ("format: 1\nname: s\ncodes:\n  - name: {nl: A, en: B\n", "schema.yaml, regel 5: geen geldige YAML: "),
        ("format: 1\nname: s\nname: t\n", "schema.yaml, regel 3: geen geldige YAML: de sleutel 'name' staat "
                                          "twee keer in hetzelfde blok"),
        ("format: 1\nname: s\ncodes:\n  - name: A\n    definition: 12\n",
         "schema.yaml, regel 5: code 'A': definition moet tekst zijn of een mapping zoals {nl: ..., en: ...}, "
         "niet een getal"),
        ("format: 9\nname: s\n", "schema.yaml, regel 1: dit schema is gemaakt met een nieuwere versie"),
        ("- a\n- b\n", "schema.yaml: geen codeerschema: verwacht werd een mapping met 'format', 'name' en "
                       "'codes', gevonden: een lijst"),
        ("# alleen commentaar\n", "schema.yaml: het bestand is leeg (alleen commentaar)"),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SchemeError) as info:
            load_scheme_file(path)
        assert user_message(info.value).startswith(dutch_text), user_message(info.value)
        assert str(info.value) != user_message(info.value)  # English stays for logs and JSON


def test_organisation_values_file_in_dutch(tmp_path, dutch):
    from workbench.exchange.org_values import read_values_file

    path = tmp_path / "waarden.csv"
    path.write_text("name,statement\n,zonder naam\n", encoding="utf-8")
    exc = _refusal(read_values_file, path)
    assert str(exc) == "waarden.csv: row 2 needs a name"
    assert user_message(exc) == "waarden.csv: rij 2 heeft geen naam"
    path = tmp_path / "waarden.txt"
    path.write_text("x", encoding="utf-8")
    assert user_message(_refusal(read_values_file, path)) == \
        "waarden.txt: organisatiewaarden worden gelezen uit .yaml- of .csv-bestanden"
