"""Engine errors carry a catalogue key and arguments; the UI and CLI render them per language."""

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
KEY_USE = re.compile(r'(?:Error|Refused|Msg)\((?:path, |self\.path, )?"([a-z_]+\.[a-z_.]+)"')


def test_every_key_raised_in_the_engine_is_in_both_catalogues():
    used = {m for f in ROOT.rglob("*.py") for m in KEY_USE.findall(f.read_text(encoding="utf-8"))}
    assert len(used) > 60
    assert sorted(k for k in used if k not in i18n.EN) == []
    assert sorted(k for k in used if k not in i18n.NL) == []


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
