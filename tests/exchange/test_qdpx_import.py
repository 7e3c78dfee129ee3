"""Importing .qdpx files written by other programs: fixtures in the style of MAXQDA, NVivo,
QualCoder and ATLAS.ti (namespaces, folder case, BOMs, CRLF, media sources), and the real
ATLAS.ti files in shared/testdata when they are there."""

from __future__ import annotations

import json

import pytest

from workbench.exchange.qdpx_import import import_qdpx
from workbench.store import Project

from .qdpx_helpers import QDPX_DIR, build_qdpx

SCHEMA_LOC = ('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 '
              'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"')
U1, U2 = "0B2E1A3C-1111-4A4A-8B8B-0123456789AB", "0B2E1A3C-2222-4A4A-8B8B-0123456789AB"
C_ROOT, C_CHILD, C_OTHER = ("A0000000-0000-4000-8000-00000000000" + c for c in "123")
S1, S2, S3 = ("5000000" + c + "-0000-4000-8000-000000000000" for c in "123")
V_AGE, V_SEG = "7A000000-0000-4000-8000-000000000001", "7A000000-0000-4000-8000-000000000002"

MAXQDA_TEXT = "Interviewer: Hoe was het?\r\nRespondent: Drie keer doorverbonden, echt café-niveau.\r\n"


def _span(raw: str, quote: str) -> tuple[int, int]:
    start = raw.index(quote)
    return start, start + len(quote)


def maxqda_qdpx(tmp_path):
    """MAXQDA: xsi:schemaLocation, upper-case 'Sources/' folder, lower-case GUIDs in references,
    a UTF-8 BOM and CRLF line ends in the text file, document variables on the source, a PDF with
    a coded area, and a set."""
    a, b = _span(MAXQDA_TEXT, "Drie keer doorverbonden")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project {SCHEMA_LOC} name="Klantreis" origin="MAXQDA 2022 (Release 22.8.0)" creatingUserGUID="{U1}"
 xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{U1}" name="JD" id="JD"/></Users>
  <CodeBook><Codes>
    <Code guid="{C_ROOT}" name="Pijnpunten" isCodable="true" color="#ff0000">
      <Description>Waar het schuurt</Description>
      <Code guid="{C_CHILD}" name="Doorverbonden" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="{V_AGE}" name="Leeftijd" typeOfVariable="Integer"/>
    <Variable guid="{V_SEG}" name="Segment" typeOfVariable="Text"/>
  </Variables>
  <Sources>
    <TextSource guid="{S1}" name="Interview 1" richTextPath="internal://{S1.lower()}.docx"
     plainTextPath="internal://{S1.lower()}.txt" creatingUser="{U1}" creationDateTime="2023-02-01T10:00:00Z">
      <PlainTextSelection guid="{S2}" name="Drie keer" startPosition="{a}" endPosition="{b}"
       creatingUser="{U1.lower()}" creationDateTime="2023-02-01T10:05:00Z">
        <Coding guid="{S3}" creatingUser="{U1.lower()}"><CodeRef targetGUID="{C_CHILD.lower()}"/></Coding>
      </PlainTextSelection>
      <VariableValue><VariableRef targetGUID="{V_AGE}"/><IntegerValue>42</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{V_SEG}"/><TextValue>Energie</TextValue></VariableValue>
    </TextSource>
    <PDFSource guid="60000000-0000-4000-8000-000000000001" name="Brochure" path="internal://brochure.pdf">
      <PDFSelection guid="60000000-0000-4000-8000-000000000002" page="1" firstX="1" firstY="1" secondX="9" secondY="9">
        <Coding guid="60000000-0000-4000-8000-000000000003"><CodeRef targetGUID="{C_ROOT}"/></Coding>
      </PDFSelection>
    </PDFSource>
  </Sources>
  <Sets><Set guid="70000000-0000-4000-8000-000000000001" name="Energie"/></Sets>
</Project>"""
    text = b"\xef\xbb\xbf" + MAXQDA_TEXT.encode("utf-8")
    return build_qdpx(tmp_path / "maxqda.qdpx", qde,
                      {f"Sources/{S1.lower()}.txt": text, f"Sources/{S1.lower()}.docx": b"PK fake",
                       "Sources/brochure.pdf": b"%PDF-1.4 fake"})


def test_maxqda_style_file(tmp_path):
    report = import_qdpx(maxqda_qdpx(tmp_path), tmp_path / "maxqda.iwb")
    assert report.origin.startswith("MAXQDA")
    with Project.open(tmp_path / "maxqda.iwb") as project:
        doc = project.document_by_name("Interview 1")
        assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
        (coding,) = project.codings()
        assert doc.text[coding.start:coding.end] == "Drie keer doorverbonden"
        assert coding.coder == "JD" and coding.created_at == "2023-02-01T10:05:00Z"
        assert project.code_path(coding.code_id) == "Pijnpunten/Doorverbonden"
        assert project.find_code("Pijnpunten").color == "#FF0000"
        assert project.find_code("Pijnpunten").definition == "Waar het schuurt"
        # document variables become the attributes of the document's participant
        (case,) = project.cases()
        assert case.name == "Interview 1" and doc.case_id == case.id
        assert case.attributes == {"Leeftijd": 42, "Segment": "Energie"}
        assert project.turns(doc.id)[0].speaker == "Interviewer"
    skipped = {(s.item, s.name): s for s in report.skipped}
    assert "PDF" in skipped[("source", "Brochure")].text()
    assert skipped[("coding", "Brochure")].count == 1
    assert skipped[("set", "Energie")].text() == "sets are not imported"
    assert report.counts["documents"] == 1 and report.counts["codings"] == 1


NVIVO_TEXT = "Q: What did you expect?\r\nA: Honestly, that they would call back. 👍 Of course.\r\n"


def test_nvivo_style_file(tmp_path):
    """NVivo: the 'urn:QDA-XML:project:1:0' namespace, GUIDs in braces, cases with member sources
    and typed values, notes in their own files, a graph."""
    a, b = _span(NVIVO_TEXT, "Of course.")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="CX study" origin="NVivo 14" xmlns="urn:QDA-XML:project:1:0">
  <Users><User guid="{{{U2}}}" name="Ana"/></Users>
  <CodeBook><Codes>
    <Code guid="{{{C_ROOT}}}" name="Expectations" isCodable="true" color="#00AA00">
      <NoteRef targetGUID="{{90000000-0000-4000-8000-000000000002}}"/>
      <Code guid="{{{C_OTHER}}}" name="Taken for granted" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="{V_AGE}" name="NPS" typeOfVariable="Float"/></Variables>
  <Cases>
    <Case guid="{{80000000-0000-4000-8000-000000000001}}" name="Participant 7">
      <VariableValue><VariableRef targetGUID="{{{V_AGE}}}"/><FloatValue>7.5</FloatValue></VariableValue>
      <SourceRef targetGUID="{{{S1}}}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="{{{S1}}}" name="P7 interview" plainTextPath="internal://{S1}.txt">
      <PlainTextSelection guid="{{{S2}}}" startPosition="{a}" endPosition="{b}" creatingUser="{{{U2}}}">
        <Description>obvious to her</Description>
        <Coding guid="{{{S3}}}" creatingUser="{{{U2}}}"><CodeRef targetGUID="{{{C_OTHER}}}"/></Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="{{90000000-0000-4000-8000-000000000001}}"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{{90000000-0000-4000-8000-000000000001}}" name="P7 memo" plainTextPath="internal://note1.txt"/>
    <Note guid="{{90000000-0000-4000-8000-000000000002}}" name="Code memo">
      <PlainTextContent>Unspoken.</PlainTextContent></Note>
  </Notes>
  <Graphs><Graph guid="{{91000000-0000-4000-8000-000000000001}}" name="Map"/></Graphs>
</Project>"""
    path = build_qdpx(tmp_path / "nvivo.qdpx", qde, {f"sources/{S1}.txt": NVIVO_TEXT,
                                                       "sources/note1.txt": "Called back twice."})
    report = import_qdpx(path, tmp_path / "nvivo.iwb")
    with Project.open(tmp_path / "nvivo.iwb") as project:
        assert project.language == "en"
        doc = project.document_by_name("P7 interview")
        (coding,) = project.codings()
        assert doc.text[coding.start:coding.end] == "Of course."
        assert coding.memo == "obvious to her" and coding.coder == "Ana"
        (case,) = project.cases()
        assert (case.name, case.attributes) == ("Participant 7", {"NPS": 7.5})
        assert doc.case_id == case.id
        assert project.memo("document", doc.id).text == "Called back twice."
        assert project.memo("code", project.find_code("Expectations").id).text == "Unspoken."
    assert [s.item for s in report.skipped] == ["graph"]


def test_qualcoder_style_file_with_categories_audio_and_inline_text(tmp_path):
    """QualCoder: categories (isCodable="false"), an audio source with a transcript, a source given
    as PlainTextContent, free-standing journal notes, a decomposed accent before the coding."""
    text = "Ze zei: cafe\u0301 was dicht. Toen werd ik boos."
    a, b = _span(text, "boos")
    qde = f"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" {SCHEMA_LOC.split(' ', 1)[0]} name="qc" origin="QualCoder 3.5">
  <CodeBook><Codes>
    <Code guid="{C_ROOT}" name="Emoties" isCodable="false">
      <Code guid="{C_CHILD}" name="Boosheid" isCodable="true" color="#F00"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{S1}" name="inline.txt">
      <PlainTextContent>{text}</PlainTextContent>
      <PlainTextSelection guid="{S2}" startPosition="{a}" endPosition="{b}">
        <Coding guid="{S3}"><CodeRef targetGUID="{C_CHILD}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="50000000-0000-4000-8000-0000000000AA" startPosition="5" endPosition="999">
        <Coding guid="50000000-0000-4000-8000-0000000000AB"><CodeRef targetGUID="{C_CHILD}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <AudioSource guid="{S2}" name="opname.mp3" path="internal://opname.mp3">
      <Transcript guid="{S3}"><PlainTextContent>hallo</PlainTextContent></Transcript>
      <AudioSelection guid="51000000-0000-4000-8000-000000000001" begin="0" end="10">
        <Coding guid="51000000-0000-4000-8000-000000000002"><CodeRef targetGUID="{C_CHILD}"/></Coding>
      </AudioSelection>
    </AudioSource>
  </Sources>
  <Notes><Note guid="92000000-0000-4000-8000-000000000001" name="Journal">
    <PlainTextContent>Eerste indruk.</PlainTextContent></Note></Notes>
</Project>"""
    report = import_qdpx(build_qdpx(tmp_path / "qc.qdpx", qde), tmp_path / "qc.iwb")
    with Project.open(tmp_path / "qc.iwb") as project:
        doc = project.document_by_name("inline.txt")
        assert "café" in doc.text
        (coding,) = project.codings()
        assert doc.text[coding.start:coding.end] == "boos"
        assert project.find_code("Emoties/Boosheid").color == "#FF0000"
        assert "Journal\nEerste indruk." in project.memo("project", 0).text
    reasons = {(s.item, s.reason) for s in report.skipped}
    assert ("source", "media") in reasons and ("coding", "bad_span") in reasons


def test_atlas_style_codebook_only_and_external_sources(tmp_path):
    """A project that names its texts outside the archive (absolute, file:// and relative to
    basePath); only .txt files are read."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "one.txt").write_text("Een tekst.", encoding="utf-8")
    (folder / "two.txt").write_text("Nog een tekst.", encoding="utf-16")
    (folder / "three.docx").write_bytes(b"PK")
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="ext" origin="ATLAS.ti" basePath="{folder.as_uri()}">
  <Sources>
    <TextSource guid="{S1}" name="one" plainTextPath="{folder / 'one.txt'}"/>
    <TextSource guid="{S2}" name="two" plainTextPath="two.txt"/>
    <TextSource guid="{S3}" name="three" plainTextPath="{(folder / 'three.docx').as_uri()}"/>
    <TextSource guid="{C_ROOT}" name="gone" plainTextPath="file:///nowhere/gone.txt"/>
  </Sources></Project>"""
    report = import_qdpx(build_qdpx(tmp_path / "ext.qdpx", qde), tmp_path / "ext.iwb")
    with Project.open(tmp_path / "ext.iwb") as project:
        assert sorted(d.name for d in project.documents()) == ["one", "two"]
        assert project.document_by_name("two").text == "Nog een tekst."
    assert {s.name: s.reason for s in report.skipped} == {"three": "external_refused",
                                                         "gone": "external_missing"}


@pytest.mark.parametrize("name", ["blank-atlas-project.qdpx", "target-atlas-project.qdpx"])
def test_real_atlas_files(tmp_path, name):
    path = QDPX_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    report = import_qdpx(path, tmp_path / "atlas.iwb")
    assert report.origin.startswith("ATLAS.ti") and not report.skipped
    with Project.open(tmp_path / "atlas.iwb") as project:
        paths = [project.code_path(c.id) for c in project.codes()]
    if name.startswith("target"):
        assert paths == ["Commits", "Commits/2022-05-10T02:05:59Z 19e4dce",
                         "Commits/2022-02-11T10:39:25Z cdbfd92"]
        assert report.counts["codes"] == 3
    else:
        assert paths == []


def test_report_as_json_is_stable(tmp_path):
    report = import_qdpx(maxqda_qdpx(tmp_path), tmp_path / "m.iwb")
    data = json.loads(json.dumps(report.as_dict()))
    assert set(data) == {"source", "project", "origin", "cancelled", "imported", "not_imported", "warnings"}
    assert data["imported"]["documents"] == 1
    assert {"item", "name", "count", "reason"} == set(data["not_imported"][0])
    assert any("not imported" in line.lower() for line in report.lines())


def _emoji_project(tmp_path, text, spans, name):
    selections = "".join(
        f'<PlainTextSelection guid="5{i:07d}-0000-4000-8000-000000000000" name="{label}" '
        f'startPosition="{a}" endPosition="{b}"><Coding guid="6{i:07d}-0000-4000-8000-000000000000">'
        f'<CodeRef targetGUID="{C_ROOT}"/></Coding></PlainTextSelection>'
        for i, (a, b, label) in enumerate(spans))
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="e" origin="Some .NET tool">
  <CodeBook><Codes><Code guid="{C_ROOT}" name="Emotie" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="{S1}" name="emoji" plainTextPath="internal://{S1}.txt">{selections}</TextSource></Sources>
</Project>"""
    report = import_qdpx(build_qdpx(tmp_path / f"{name}.qdpx", qde, {f"sources/{S1}.txt": text}),
                         tmp_path / f"{name}.iwb")
    with Project.open(tmp_path / f"{name}.iwb") as project:
        doc = project.document_by_name("emoji")
        return report, sorted(doc.text[c.start:c.end] for c in project.codings())


EMOJI_TEXT = "Ik was 😤😤 boos, echt 👍🏽 blij daarna en 😀 opgelucht."


def _utf16(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(quote.encode("utf-16-le")) // 2


def test_positions_in_utf16_units_are_recognised_by_the_selection_names(tmp_path):
    quotes = ["boos", "blij daarna", "opgelucht"]
    spans = [(*_utf16(EMOJI_TEXT, q), q) for q in quotes]
    assert spans[0][0] != EMOJI_TEXT.index("boos")  # the two counts really differ here
    report, coded = _emoji_project(tmp_path, EMOJI_TEXT, spans, "u16")
    assert coded == sorted(quotes)
    assert [w.reason for w in report.warnings] == ["utf16"]


def test_code_point_positions_stay_as_they_are(tmp_path):
    quotes = ["boos", "blij daarna", "opgelucht"]
    spans = [(EMOJI_TEXT.index(q), EMOJI_TEXT.index(q) + len(q), q) for q in quotes]
    report, coded = _emoji_project(tmp_path, EMOJI_TEXT, spans, "cp")
    assert coded == sorted(quotes) and not report.warnings
    # without names to compare with, positions are read as the standard says: code points
    report, coded = _emoji_project(tmp_path, EMOJI_TEXT, [(a, b, "") for a, b, _ in spans], "anon")
    assert coded == sorted(quotes)
