"""Whole-project export as REFI-QDA .qdpx (no Qt)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from workbench.core.commands import AddCoding, AddDocument, SetMemo
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdpx_export import export_qdpx
from workbench.store import Project

from .qdpx_helpers import validate_qde

NS = {"q": "urn:QDA-XML:project:1.0"}
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")


def _read(path):
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde"), {n: archive.read(n) for n in archive.namelist()}


def test_export_validates_and_holds_every_part(sample_project, tmp_path):
    SetMemo("project", 0, "Projectmemo met <tekens> & emoji 😤").apply(sample_project)
    doc = sample_project.document_by_name("marieke")
    SetMemo("document", doc.id, "Over Marieke").apply(sample_project)
    SetMemo("code", sample_project.find_code("Waarden").id, "Codememo").apply(sample_project)
    out = tmp_path / "sample.qdpx"
    summary = export_qdpx(sample_project, out)
    assert (summary.documents, summary.codings, summary.cases) == (2, 2, 2)
    assert summary.notes == 3 and summary.users == 1
    xml, files = _read(out)
    validate_qde(xml, tmp_path)
    root = ET.fromstring(xml)
    assert [u.get("name") for u in root.findall("q:Users/q:User", NS)] == ["Sanne"]
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert {s.get("name") for s in sources} == {"marieke", "david"}
    for source in sources:
        assert GUID.match(source.get("guid"))
        assert source.get("plainTextPath") == f"internal://{source.get('guid')}.txt"
        assert f"sources/{source.get('guid')}.txt" in files
    # nesting, colours, descriptions
    top = root.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert [c.get("name") for c in top] == ["Pijnpunten", "Waarden", "Verwachtingen", "Emoties"]
    waarden = top[1]
    assert waarden.get("color") == "#1565C0"
    assert [c.get("name") for c in waarden.findall("q:Code", NS)] == ["Eerlijkheid", "Betrouwbaarheid"]
    assert waarden.find("q:Description", NS).text.startswith("Kind: value")
    # cases with member sources and typed variable values
    cases = {c.get("name"): c for c in root.findall("q:Cases/q:Case", NS)}
    marieke = cases["Marieke"]
    assert marieke.find("q:SourceRef", NS).get("targetGUID") == next(
        s.get("guid") for s in sources if s.get("name") == "marieke")
    assert marieke.find("q:VariableValue/q:TextValue", NS).text == "Energie"
    # the three memos are notes, referred to from the project, the source and the code
    notes = {n.get("guid"): n for n in root.findall("q:Notes/q:Note", NS)}
    assert len(notes) == 3
    assert notes[root.find("q:NoteRef", NS).get("targetGUID")].find("q:PlainTextContent", NS).text \
        == "Projectmemo met <tekens> & emoji 😤"
    assert waarden.find("q:NoteRef", NS).get("targetGUID") in notes


def test_positions_are_code_points_into_the_utf8_source(sample_project, tmp_path):
    """The sample text has an emoji (one code point, two UTF-16 units) before the coding."""
    out = tmp_path / "sample.qdpx"
    export_qdpx(sample_project, out)
    xml, files = _read(out)
    root = ET.fromstring(xml)
    source = next(s for s in root.iter(f"{{{NS['q']}}}TextSource") if s.get("name") == "marieke")
    text = files[f"sources/{source.get('guid')}.txt"].decode("utf-8")
    assert not text.startswith("\ufeff")
    assert text == sample_project.document_by_name("marieke").text
    spans = {(int(s.get("startPosition")), int(s.get("endPosition")))
             for s in source.findall("q:PlainTextSelection", NS)}
    quotes = {text[a:b] for a, b in spans}
    assert quotes == {"drie keer doorverbonden", "Eerlijkheid"}
    assert text.index("😤") < min(a for a, _ in spans if text[a:].startswith("Eerlijkheid"))
    coding = source.find("q:PlainTextSelection/q:Coding", NS)
    assert coding.get("creatingUser") == root.find("q:Users/q:User", NS).get("guid")


def test_guids_are_stable_between_exports(sample_project, tmp_path):
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    export_qdpx(sample_project, first)
    export_qdpx(sample_project, second)
    guids = [re.findall(rb'guid="([^"]+)"', _read(p)[0]) for p in (first, second)]
    assert guids[0] == guids[1]
    assert len(set(guids[0])) == len(guids[0])  # and every GUID is unique


def test_empty_project_exports_a_valid_file(empty_project, tmp_path):
    out = tmp_path / "empty.qdpx"
    export_qdpx(empty_project, out)
    validate_qde(_read(out)[0], tmp_path)


def test_astral_text_and_awkward_values_still_validate(tmp_path):
    with Project.create(tmp_path / "p.iwb", language="en") as project:
        text = "𝒜 emoji 👍🏽 start\x0b and a control char. Ünïcödé."
        AddDocument("doc <1> & \"two\"", text, [], "en", case="P&1").apply(project)
        doc = project.document_by_name('doc <1> & "two"')
        from workbench.core.commands import AddCode, SetAttribute
        code = AddCode(None, "Code & <more>", "theme", "#ABCDEF")
        code.apply(project)
        start = doc.text.index("start")
        AddCoding(doc.id, code.created_id, start, start + 5, coder="Ana <x>", memo="memo\x01").apply(project)
        case = project.cases()[0]
        SetAttribute(case.id, "nps", "8", "number").apply(project)
        SetAttribute(case.id, "score", "7.25", "number").apply(project)
        SetAttribute(case.id, "since", "2021-03-04", "date").apply(project)
        SetAttribute(case.id, "when", "last spring", "date").apply(project)
        out = tmp_path / "p.qdpx"
        export_qdpx(project, out)
        xml, files = _read(out)
    validate_qde(xml, tmp_path)
    root = ET.fromstring(xml)
    sel = root.find(".//q:PlainTextSelection", NS)
    source_text = next(v for k, v in files.items() if k.startswith("sources/")).decode("utf-8")
    assert source_text[int(sel.get("startPosition")):int(sel.get("endPosition"))] == "start"
    types = {v.get("name"): v.get("typeOfVariable") for v in root.findall("q:Variables/q:Variable", NS)}
    assert types == {"nps": "Integer", "score": "Float", "since": "Date", "when": "Text"}


def test_cancel_writes_nothing(sample_project, tmp_path):
    out = tmp_path / "cancelled.qdpx"
    assert export_qdpx(sample_project, out, cancel=lambda: True) is None
    assert not out.exists() and list(tmp_path.glob("*.tmp")) == []


def test_progress_reaches_the_total(sample_project, tmp_path):
    seen = []
    export_qdpx(sample_project, tmp_path / "p.qdpx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 2


def test_unwritable_target_is_a_clear_error(sample_project, tmp_path):
    with pytest.raises(ExchangeError) as info:
        export_qdpx(sample_project, tmp_path / "missing-folder" / "p.qdpx")
    assert "p.qdpx" in str(info.value) and "cannot write" in str(info.value)
    with pytest.raises(ExchangeError, match="is a folder"):
        export_qdpx(sample_project, tmp_path)
