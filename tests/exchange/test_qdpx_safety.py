"""A .qdpx is untrusted input: hostile and broken archives are refused with a clear message
naming the file and the reason, and no project (not even a temporary one) is left behind."""

from __future__ import annotations

import zipfile

import pytest

from workbench.core.commands import AddDocument
from workbench.exchange import archive
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdpx_import import import_qdpx
from workbench.store import Project

from .qdpx_helpers import build_qdpx

S1 = "50000001-0000-4000-8000-000000000000"
S2 = "50000002-0000-4000-8000-000000000000"


def _qde(sources: str = "") -> str:
    return (f'<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="test">'
            f"<Sources>{sources}</Sources></Project>")


def _text_source(guid: str, name: str, path: str | None = None) -> str:
    return f'<TextSource guid="{guid}" name="{name}" plainTextPath="{path or f"internal://{guid}.txt"}"/>'


def _refused(tmp_path, source, *fragments):
    target = tmp_path / "new.iwb"
    with pytest.raises(ExchangeError) as info:
        import_qdpx(source, target)
    message = str(info.value)
    assert message.startswith(source.name + ":"), message
    for fragment in fragments:
        assert fragment in message, message
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary project
    assert "Error" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("entry", ["../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:/evil.txt",
                                   "..\\..\\evil.txt"])
def test_path_traversal_entries_are_refused(tmp_path, entry):
    path = build_qdpx(tmp_path / "trav.qdpx", _qde(), {entry: "boo"})
    _refused(tmp_path, path, "refused for safety", "outside the archive")


def test_a_source_path_that_leaves_the_archive_is_skipped(tmp_path):
    sources = _text_source(S1, "bad", "internal://../../etc/passwd") + _text_source(S2, "good")
    path = build_qdpx(tmp_path / "p.qdpx", _qde(sources), {f"sources/{S2}.txt": "Goede tekst."})
    report = import_qdpx(path, tmp_path / "p.iwb")
    assert [(s.name, s.reason) for s in report.skipped] == [("bad", "unsafe_path")]
    assert report.counts["documents"] == 1


def test_zip_bomb_member_is_refused(tmp_path):
    bomb = b"\0" * (40 * 1024 * 1024)  # 40 MB of zeros: about 40 KB compressed
    path = build_qdpx(tmp_path / "bomb.qdpx", _qde(_text_source(S1, "bomb")), {f"sources/{S1}.txt": bomb})
    _refused(tmp_path, path, "refused for safety", "zip bomb")


def test_oversized_members_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_QDE_BYTES", 100)
    monkeypatch.setattr("workbench.exchange.qdpx_sources.MAX_QDE_BYTES", 100)
    path = build_qdpx(tmp_path / "big.qdpx", _qde(_text_source(S1, "x" * 200)))
    _refused(tmp_path, path, "project.qde", "unpacks to", "the limit is")


def test_too_much_in_total_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 1000)
    files = {f"sources/{S1}.txt": "a b c " * 100, f"sources/{S2}.txt": "d e f " * 100}
    path = build_qdpx(tmp_path / "many.qdpx", _qde(_text_source(S1, "a") + _text_source(S2, "b")), files)
    _refused(tmp_path, path, "refused for safety", "more than")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>"""


@pytest.mark.parametrize("qde", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["expansion", "external"])
def test_xml_entities_are_refused(tmp_path, qde):
    path = build_qdpx(tmp_path / "ent.qdpx", qde)
    _refused(tmp_path, path, "project.qde declares XML entities", "for safety")


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "the file is empty"),
    (b"just some text, not a zip", "not a zip archive"),
    (b"PK\x03\x04" + b"\0" * 40, "not a zip archive"),
])
def test_broken_files(tmp_path, content, fragment):
    path = tmp_path / "broken.qdpx"
    path.write_bytes(content)
    _refused(tmp_path, path, fragment)


def test_truncated_archive(tmp_path):
    whole = build_qdpx(tmp_path / "whole.qdpx", _qde(_text_source(S1, "a")), {f"sources/{S1}.txt": "tekst " * 500})
    cut = tmp_path / "cut.qdpx"
    cut.write_bytes(whole.read_bytes()[:-60])
    whole.unlink()
    _refused(tmp_path, cut)


def test_archive_without_project_and_foreign_xml(tmp_path):
    path = tmp_path / "nothing.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    _refused(tmp_path, path, "no project.qde")
    path.unlink()
    path = build_qdpx(tmp_path / "codebook.qdpx", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>')
    _refused(tmp_path, path, "not a REFI-QDA project", "<CodeBook>")
    path.unlink()
    path = build_qdpx(tmp_path / "bad.qdpx", "<Project name='x'><Sources>")
    _refused(tmp_path, path, "damaged")


def test_missing_file_and_existing_target(tmp_path):
    _refused(tmp_path, tmp_path / "absent.qdpx", "file not found")
    path = build_qdpx(tmp_path / "ok.qdpx", _qde())
    target = tmp_path / "there.iwb"
    target.write_bytes(b"something precious")
    with pytest.raises(ExchangeError, match="already exists"):
        import_qdpx(path, target)
    assert target.read_bytes() == b"something precious"


def test_a_crash_half_way_leaves_no_project(tmp_path, monkeypatch):
    sources = _text_source(S1, "one") + _text_source(S2, "two")
    path = build_qdpx(tmp_path / "p.qdpx", _qde(sources), {f"sources/{S1}.txt": "Een.", f"sources/{S2}.txt": "Twee."})
    real = AddDocument.apply
    calls = []

    def failing(self, store):
        calls.append(self.name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(self, store)

    monkeypatch.setattr(AddDocument, "apply", failing)
    with pytest.raises(OSError):
        import_qdpx(path, tmp_path / "p.iwb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qdpx"]


def test_cancel_leaves_no_project(tmp_path):
    path = build_qdpx(tmp_path / "p.qdpx", _qde(_text_source(S1, "one")), {f"sources/{S1}.txt": "Een."})
    report = import_qdpx(path, tmp_path / "p.iwb", cancel=lambda: True)
    assert report.cancelled and report.project is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qdpx"]
    assert "cancelled" in report.lines()[0]


def test_overwrite_replaces_a_closed_project(tmp_path):
    path = build_qdpx(tmp_path / "p.qdpx", _qde(_text_source(S1, "one")), {f"sources/{S1}.txt": "Een."})
    Project.create(tmp_path / "p.iwb").close()
    import_qdpx(path, tmp_path / "p.iwb", overwrite=True)
    with Project.open(tmp_path / "p.iwb") as project:
        assert [d.name for d in project.documents()] == ["one"]


def test_codes_nested_too_deep_are_refused_before_walking_them(tmp_path):
    depth = 3000  # deeper than Python's recursion limit
    codes = "".join(f'<Code guid="A{n:07d}-0000-4000-8000-000000000000" name="c{n}" isCodable="true">'
                    for n in range(depth)) + "</Code>" * depth
    qde = f'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>{codes}</Codes></CodeBook></Project>'
    path = build_qdpx(tmp_path / "deep.qdpx", qde)
    _refused(tmp_path, path, "nested more than")


def test_overlong_code_names_are_shortened(tmp_path):
    from workbench.core.commands.codes import MAX_CODE_NAME

    qde = ('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>'
           f'<Code guid="A0000000-0000-4000-8000-000000000000" name="{"lang " * 100}" isCodable="true"/>'
           "</Codes></CodeBook></Project>")
    import_qdpx(build_qdpx(tmp_path / "long.qdpx", qde), tmp_path / "long.iwb")
    with Project.open(tmp_path / "long.iwb") as project:
        (code,) = project.codes()
    assert len(code.name) <= MAX_CODE_NAME and code.name.endswith("…")


def test_messages_render_in_dutch(tmp_path):
    bad = tmp_path / "kapot.qdpx"
    bad.write_bytes(b"geen zip")
    with pytest.raises(ExchangeError) as info:
        import_qdpx(bad, tmp_path / "n.iwb")
    assert info.value.render("nl") == ("kapot.qdpx: geen REFI-QDA-project: het bestand is geen zip-archief "
                                       "of het archief is beschadigd")
    assert str(info.value).startswith("kapot.qdpx: not a REFI-QDA project")


def test_codebook_export_that_cannot_write_names_the_reason(sample_project, tmp_path):
    from workbench.exchange.codebook import export_codebook

    with pytest.raises(ExchangeError, match=r"codes\.yaml: cannot write the file"):
        export_codebook(sample_project, tmp_path / "missing" / "codes.yaml")
