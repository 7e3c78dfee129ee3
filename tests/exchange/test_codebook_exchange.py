"""Codebook exchange: export to .yaml / REFI-QDA .qdc, import .yaml/.qdc/.qde/.qdpx (no Qt)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from workbench.core.commands import AddCode, ApplyCodeTree, ChangeCode
from workbench.exchange.codebook import export_codebook, import_codebook
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc import read_qdc, write_qdc
from workbench.schemes import Scheme, SchemeCode, load_builtin
from workbench.schemes.specs import scheme_specs
from workbench.store import Project

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WORKBENCH_SHARED") or Path(__file__).resolve().parents[3] / "shared")
CODEBOOK_XSD = SHARED / "refi-qda" / "Codebook.xsd"
QDPX_DIR = SHARED / "testdata" / "qdpx"
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")

FIELDS = ("kind", "color", "definition", "use_when", "do_not_use_when", "example", "indicators")


# --------------------------------------------------------------------------- helpers


def tree(project) -> list[tuple]:
    """Every code as (path, kind, colour, the four texts, indicators), parents first."""
    return [(project.code_path(c.id), *(getattr(c, f) for f in FIELDS)) for c in project.codes()]


def paths(project) -> list[str]:
    return [project.code_path(c.id) for c in project.codes()]


def depth(scheme: Scheme) -> int:
    return max((len(path) for path, _ in scheme.iter_codes()), default=0)


def validate(path: Path) -> None:
    if not CODEBOOK_XSD.is_file():
        pytest.skip(f"REFI-QDA schema not found in {SHARED}")
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(str(path))


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def klantbeleving_project(path: Path, lang: str = "nl") -> Project:
    project = Project.create(path, language=lang)
    ApplyCodeTree(scheme_specs(load_builtin("klantbeleving"), lang), "klantbeleving").apply(project)
    return project


@pytest.fixture
def rich_project(sample_project):
    """The sample project with codebook texts (multi-line, accents, emoji) and indicators."""
    p = sample_project
    ChangeCode(
        p.code_by_path("Pijnpunten").id,
        definition="Waar het schuurt.\nOok: gedoe 😤 met café-service.\n\nTweede alinea.",
        use_when="Bij frustratie of moeite.",
        do_not_use_when="Niet voor de emotie zelf (Emoties).",
        example="Ik werd drie keer doorverbonden.",
        indicators={"nl": ["gedoe", "doorverbonden"], "en": ["hassle"]},
    ).apply(p)
    ChangeCode(p.code_by_path("Waarden/Eerlijkheid").id, definition="Open & eerlijk <zijn>.").apply(p)
    ChangeCode(p.code_by_path("Emoties/Boosheid").id, kind="emotion", example="Ik was woest!").apply(p)
    return p


# --------------------------------------------------------------------------- export


def test_export_sample_qdc_is_valid_refi_qda(rich_project, tmp_path):
    out = export_codebook(rich_project, tmp_path / "codes.qdc")
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text
    assert 'origin="Depth Interview Workbench 0.1"' in text
    assert "Kind: pain_point" in text and "Indicators (nl): gedoe; doorverbonden" in text
    assert "Definitie:" in text  # sections in the project language
    guids = re.findall(r'guid="([^"]+)"', text)
    assert len(guids) == len(rich_project.codes()) == len(set(guids))
    assert all(GUID.match(g) for g in guids)
    assert set(re.findall(r'color="([^"]+)"', text)) <= {c.color.upper() for c in rich_project.codes()}
    validate(out)


def test_export_klantbeleving_qdc_is_valid_refi_qda(tmp_path):
    project = klantbeleving_project(tmp_path / "k.iwb")
    try:
        out = export_codebook(project, tmp_path / "klantbeleving.qdc")
        validate(out)
    finally:
        project.close()


def test_export_empty_codebook(empty_project, tmp_path):
    with pytest.raises(ExchangeError, match=r"empty\.qdc: the codebook is empty"):
        export_codebook(empty_project, tmp_path / "empty.qdc")
    assert not (tmp_path / "empty.qdc").exists()
    out = export_codebook(empty_project, tmp_path / "empty.yaml")
    import_codebook(empty_project, out).apply(empty_project)
    assert empty_project.codes() == []


def test_export_unknown_suffix(sample_project, tmp_path):
    with pytest.raises(ExchangeError, match=r"codes\.txt: unknown codebook format"):
        export_codebook(sample_project, tmp_path / "codes.txt")


def test_export_into_missing_folder(sample_project, tmp_path):
    with pytest.raises(ExchangeError, match=r"codes\.qdc: cannot write"):
        export_codebook(sample_project, tmp_path / "nope" / "codes.qdc")


def test_write_qdc_cleans_names_and_colours(tmp_path):
    scheme = Scheme("x", codes=[SchemeCode(names={"nl": "Bel\x07 A"}, color="#abcdef")])
    out = write_qdc(scheme, tmp_path / "x.qdc", "nl")
    validate(out)
    code = read_qdc(out).codes[0]
    assert (code.name("nl"), code.color) == ("Bel A", "#ABCDEF")


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("suffix", [".qdc", ".yaml", ".yml"])
def test_round_trip(rich_project, empty_project, tmp_path, suffix):
    out = export_codebook(rich_project, tmp_path / f"codes{suffix}")
    cmd = import_codebook(empty_project, out)
    cmd.apply(empty_project)
    assert tree(empty_project) == tree(rich_project)
    assert cmd.added == len(rich_project.codes())


@pytest.mark.parametrize("suffix", [".qdc", ".yaml"])
def test_round_trip_klantbeleving_with_both_languages(tmp_path, suffix):
    source = klantbeleving_project(tmp_path / "a.iwb")
    target = Project.create(tmp_path / "b.iwb", language="nl")
    try:
        out = export_codebook(source, tmp_path / f"k{suffix}")
        import_codebook(target, out).apply(target)
        assert tree(target) == tree(source)
        assert [c.names for c in target.codes()] == [c.names for c in source.codes()]
    finally:
        source.close()
        target.close()


def test_qdc_from_english_project_into_dutch_project_uses_dutch_names(tmp_path):
    source = klantbeleving_project(tmp_path / "en.iwb", lang="en")
    target = Project.create(tmp_path / "nl.iwb", language="nl")
    try:
        out = export_codebook(source, tmp_path / "en.qdc")
        assert "Definition:" in out.read_text(encoding="utf-8")
        scheme = read_qdc(out, "nl")
        pain = scheme.find("Pain points", "en")
        assert pain is not None and pain.name("nl") == "Pijnpunten"
        assert pain.definition.keys() == {"en"}  # the file's texts are English
        import_codebook(target, out).apply(target)
        assert target.find_code("Pijnpunten/Van het kastje naar de muur") is not None
        assert target.code_by_path("Pijnpunten").definition.startswith("Friction")
    finally:
        source.close()
        target.close()


def test_import_twice_adds_nothing(rich_project, empty_project, tmp_path):
    out = export_codebook(rich_project, tmp_path / "codes.qdc")
    import_codebook(empty_project, out).apply(empty_project)
    before = tree(empty_project)
    again = import_codebook(empty_project, out)
    again.apply(empty_project)
    assert again.added == 0
    assert tree(empty_project) == before


def test_undo_removes_exactly_the_added_codes(sample_project, tmp_path):
    """Import klantbeleving into a project that shares some codes; undo restores it exactly."""
    k = klantbeleving_project(tmp_path / "k.iwb")
    try:
        out = export_codebook(k, tmp_path / "k.qdc")
    finally:
        k.close()
    AddCode(None, "Eigen code", "theme", "#123456").apply(sample_project)
    before = [(c, sample_project.code_path(c.id)) for c in sample_project.codes()]
    cmd = import_codebook(sample_project, out)
    inverse = cmd.apply(sample_project)
    after = paths(sample_project)
    assert cmd.added > 0 and len(after) == len(before) + cmd.added
    assert "Pijnpunten/Onbereikbaarheid" in after and after.count("Pijnpunten") == 1
    inverse.apply(sample_project)
    assert [(c, sample_project.code_path(c.id)) for c in sample_project.codes()] == before


# --------------------------------------------------------------------------- other programs

NVIVO_MAC = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="NVivo for Mac">
  <Codes>
    <Code guid="{5B4B8B2A-1111-4C2C-9C7E-000000000001}" name="Service" isCodable="true" color="#FF3366CC">
      <Description>Alles over de klantenservice.</Description>
      <Code guid="{5B4B8B2A-1111-4C2C-9C7E-000000000002}" name="Wachten" isCodable="true" color="#F00"/>
    </Code>
    <Code guid="{5B4B8B2A-1111-4C2C-9C7E-000000000003}" name="Prijs/kwaliteit" isCodable="false"/>
  </Codes>
</CodeBook>
"""

TAGUETTE = """<?xml version='1.0' encoding='utf-8'?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
  <Codes>
    <Code guid="0b2b9f4c-0d54-4c4c-8d0c-1a2b3c4d5e01" name="interesting" isCodable="true"
          color="#7f7f7f"><Description>Further review required</Description></Code>
    <Code guid="0b2b9f4c-0d54-4c4c-8d0c-1a2b3c4d5e02" name="people" isCodable="true">
      <Description></Description></Code>
    <Code guid="0b2b9f4c-0d54-4c4c-8d0c-1a2b3c4d5e03" name="trust" isCodable="true"/>
    <Code guid="0b2b9f4c-0d54-4c4c-8d0c-1a2b3c4d5e04" name="Trust" isCodable="true"/>
  </Codes>
  <Sets/>
</CodeBook>
"""


def nested_codes(levels: int, tag: str = "Code") -> str:
    xml = ""
    for level in reversed(range(levels)):
        guid = f"A182CD3A-D83C-4D8C-BC80-{level:012d}"
        xml = f'<{tag} guid="{guid}" name="Niveau {level}" isCodable="true">{xml}</{tag}>'
    return xml


def test_import_nvivo_mac_namespace(empty_project, tmp_path):
    scheme = read_qdc(write(tmp_path, "nvivo.qdc", NVIVO_MAC))
    service = scheme.find("Service")
    assert service is not None and service.kind == "theme"
    assert service.color == "#3366CC"  # alpha dropped from #AARRGGBB
    assert service.definition == {"nl": "Alles over de klantenservice."}
    assert scheme.find("Service/Wachten").color == "#FF0000"
    assert scheme.find("Prijs-kwaliteit") is not None  # '/' separates levels in paths
    import_codebook(empty_project, tmp_path / "nvivo.qdc").apply(empty_project)
    assert paths(empty_project) == ["Service", "Service/Wachten", "Prijs-kwaliteit"]
    assert empty_project.code_by_path("Service").definition == "Alles over de klantenservice."


def test_import_flat_taguette_file(tmp_path):
    scheme = read_qdc(write(tmp_path, "taguette.qdc", TAGUETTE), "en")
    assert [c.name("en") for c in scheme.codes] == ["interesting", "people", "trust"]  # Trust merged
    assert depth(scheme) == 1
    assert scheme.codes[0].color == "#7F7F7F" and scheme.codes[0].definition == {"en": "Further review required"}
    assert all(re.match(r"^#[0-9A-F]{6}$", c.color) for c in scheme.codes)
    assert scheme.codes[1].definition == {}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_import_other_encodings(tmp_path, encoding):
    text = TAGUETTE.replace("encoding='utf-8'", f"encoding='{encoding.split('-sig')[0]}'")
    scheme = read_qdc(write(tmp_path, "t.qdc", text.encode(encoding)), "en")
    assert [c.name("en") for c in scheme.codes] == ["interesting", "people", "trust"]


def test_entities_are_refused_in_any_encoding(tmp_path):
    text = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook/>'
    with pytest.raises(ExchangeError, match=r"u16\.qdc: the XML declares entities"):
        read_qdc(write(tmp_path, "u16.qdc", text.encode("utf-16")))


def test_import_no_namespace_and_deep_nesting(empty_project, tmp_path):
    xml = f"<CodeBook><Codes>{nested_codes(12)}</Codes></CodeBook>"
    scheme = read_qdc(write(tmp_path, "deep.qdc", xml))
    assert scheme.count() == 12 and depth(scheme) == 12
    import_codebook(empty_project, tmp_path / "deep.qdc").apply(empty_project)
    deepest = "/".join(f"Niveau {n}" for n in range(12))
    assert empty_project.find_code(deepest) is not None
    assert len({c.color for c in empty_project.codes()}) == 1  # children take the parent's colour


def test_import_bare_qde_project(empty_project, tmp_path):
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="Studie 2023" origin="ATLAS.ti">'
        "<Users/><CodeBook><Codes>" + nested_codes(5) + "</Codes></CodeBook></Project>"
    )
    cmd = import_codebook(empty_project, write(tmp_path, "project.qde", xml))
    assert cmd.name == "Studie 2023"
    cmd.apply(empty_project)
    assert len(empty_project.codes()) == 5


def test_import_qdpx_archive(empty_project, tmp_path):
    xml = (
        '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
        + nested_codes(3)
        + "</Codes></CodeBook></Project>"
    )
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Sources/doc.txt", "text")
        archive.writestr("project.qde", xml)
    import_codebook(empty_project, path).apply(empty_project)
    assert paths(empty_project) == ["Niveau 0", "Niveau 0/Niveau 1", "Niveau 0/Niveau 1/Niveau 2"]


def test_foreign_description_with_our_headings_is_parsed(tmp_path):
    xml = """<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="{0B2B9F4C-0D54-4C4C-8D0C-1A2B3C4D5E01}" name="Trust" isCodable="true">
        <Description>Kind: value
Indicators (en): rely on; honest

Definition:
Being able to rely on the company.

Example:
They always keep their word.</Description>
        <Code guid="0b2b9f4c-0d54-4c4c-8d0c-1a2b3c4d5e02" name="Honesty" isCodable="true"/>
      </Code></Codes></CodeBook>"""
    scheme = read_qdc(write(tmp_path, "t.qdc", xml), "nl")
    trust = scheme.codes[0]
    assert trust.kind == "value" and trust.children[0].kind == "value"
    assert trust.names == {"en": "Trust"}  # the headings say the file is English
    assert trust.definition == {"en": "Being able to rely on the company."}
    assert trust.example == {"en": "They always keep their word."}
    assert trust.indicators == {"en": ["rely on", "honest"]}


@pytest.mark.skipif(not QDPX_DIR.is_dir(), reason="shared/testdata/qdpx not available")
@pytest.mark.parametrize("path", sorted(QDPX_DIR.glob("*.qdpx")) if QDPX_DIR.is_dir() else [], ids=str)
def test_real_atlas_ti_exports(path, empty_project):
    try:
        scheme = read_qdc(path)
    except ExchangeError as exc:
        # ATLAS.ti writes no <CodeBook> at all for a project without codes.
        assert path.name in str(exc) and "no codebook" in str(exc)
        return
    assert scheme.count() > 0 and depth(scheme) >= 2
    assert all(re.match(r"^#[0-9A-F]{6}$", c.color) for _, c in scheme.iter_codes())
    cmd = import_codebook(empty_project, path)
    cmd.apply(empty_project)
    assert cmd.added == scheme.count() == len(empty_project.codes())


@pytest.mark.skipif(not (QDPX_DIR / "target-atlas-project.qdpx").is_file(), reason="test data absent")
def test_real_atlas_ti_target_project(empty_project):
    path = QDPX_DIR / "target-atlas-project.qdpx"
    cmd = import_codebook(empty_project, path)
    assert cmd.name == "target-atlas-project"
    cmd.apply(empty_project)
    assert paths(empty_project) == [
        "Commits",
        "Commits/2022-05-10T02:05:59Z 19e4dce",
        "Commits/2022-02-11T10:39:25Z cdbfd92",
    ]


# --------------------------------------------------------------------------- bad input


def _zip_bytes(**members: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notxml.qdc", "dit is geen XML", "not an XML file"),
        ("broken.qdc", "<CodeBook><Codes><Code name='x'></Codes>", "not an XML file"),
        ("empty.qdc", "", "the file is empty"),
        ("blank.qdc", "  \n ", "the file is empty"),
        ("html.qdc", "<html><body>hoi</body></html>", "not a REFI-QDA codebook"),
        ("nocodes.qdc", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "no <Codes>"),
        ("nobook.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "no codebook"),
        ("corrupt.qdpx", b"PK\x03\x04 this is not really a zip", "damaged"),
        ("random.qdpx", b"\x00\x01\x02 nothing", "damaged"),
        ("truncated.qdpx", _zip_bytes(**{"project.qde": "<Project/>" * 50})[:60], "damaged"),
        ("noqde.qdpx", _zip_bytes(**{"readme.txt": "x"}), "no project.qde"),
        ("bomb.qdc", '<!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook><Codes/></CodeBook>', "entities"),
        ("ext.qdc", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "entities"),
        ("codes.txt", "<CodeBook/>", "unknown codebook format"),
        ("bad.yaml", "codes: [\n", "not valid YAML"),
    ],
)
def test_bad_input_raises_exchange_error_naming_the_file(empty_project, tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    with pytest.raises(ExchangeError) as info:
        import_codebook(empty_project, path)
    assert name in str(info.value)
    assert reason in str(info.value)
    assert empty_project.codes() == []


def test_missing_file(empty_project, tmp_path):
    with pytest.raises(ExchangeError, match=r"gone\.qdc: file not found"):
        import_codebook(empty_project, tmp_path / "gone.qdc")


def test_scheme_error_keeps_its_message(empty_project, tmp_path):
    path = write(tmp_path, "k.yaml", "format: 1\nname: k\ncodes:\n  - name: A\n    kind: pain\n")
    with pytest.raises(ExchangeError) as info:
        import_codebook(empty_project, path)
    assert str(info.value).startswith("k.yaml, line 5: ")
    assert "unknown kind 'pain'" in str(info.value)


def test_engine_does_not_import_qt():
    code = (
        "import sys, workbench.exchange.codebook, workbench.exchange.qdc; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    assert subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO).returncode == 0
