"""docx, odt, rtf, pdf, vtt, srt readers and their refusals; the registry."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from workbench.importers import ImportRefused, for_path, read_file, supported_extensions

from .builders import write_docx, write_odt, write_pdf


def spans(doc):
    return [doc.text[t.start : t.end] for t in doc.turns]


def test_registry_covers_all_formats():
    assert {"txt", "md", "docx", "odt", "rtf", "pdf", "vtt", "srt"} <= set(supported_extensions())
    assert for_path("A/B/Interview.DOCX").__name__ == "read_docx"


# --- docx -------------------------------------------------------------------------------------


def test_docx_body_in_order_with_table_without_header_footer_comments(tmp_path):
    doc = read_file(write_docx(tmp_path / "Interview 3.docx"))
    assert doc.name == "Interview 3"
    assert doc.metadata == {"format": "docx"}
    for absent in ("KOPTEKST", "VOETTEKST", "OPMERKING"):
        assert absent not in doc.text
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Marieke", "Interviewer", "Marieke"]
    assert spans(doc)[1] == (
        "Marieke: Het was €12, “gewoon” te duur. Café!\nIk snapte het niet.\nTarief\t€ 12\nLooptijd\t1 jaar"
    )
    assert spans(doc)[0] == "Interviewer: Wat vond u van de rekening? 😀"
    assert doc.text.index("Tarief") < doc.text.index("En daarna?")


def test_docx_without_markers_one_turn_per_paragraph(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Eerste alinea.")
    document.add_paragraph("")
    document.add_paragraph("Tweede alinea met “quotes”.")
    document.save(str(tmp_path / "notities.docx"))
    doc = read_file(tmp_path / "notities.docx")
    assert spans(doc) == ["Eerste alinea.", "Tweede alinea met “quotes”."]
    assert all(t.role == "respondent" and t.speaker == "" for t in doc.turns)


def test_docx_corrupt_zip(tmp_path):
    path = tmp_path / "kapot.docx"
    good = write_docx(tmp_path / "goed.docx").read_bytes()
    path.write_bytes(good[: len(good) // 3])
    with pytest.raises(ImportRefused, match=r"kapot\.docx: damaged or not a Word document"):
        read_file(path)


def test_docx_zip_without_word_part(tmp_path):
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "geen word")
    with pytest.raises(ImportRefused, match=r"archief\.docx: damaged or not a Word document"):
        read_file(path)


def test_docx_plain_text_renamed(tmp_path):
    path = tmp_path / "tekst.docx"
    path.write_text("Interviewer: hallo", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"tekst\.docx: damaged or not a Word document"):
        read_file(path)


def test_docx_encrypted_ole(tmp_path):
    path = tmp_path / "geheim.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(ImportRefused, match=r"geheim\.docx: password-protected or encrypted Word file"):
        read_file(path)


def test_docx_too_large_and_empty(tmp_path, small_limit):
    path = write_docx(tmp_path / "groot.docx")
    with pytest.raises(ImportRefused, match=r"groot\.docx: file is too large"):
        read_file(path)
    empty = tmp_path / "leeg.docx"
    empty.write_bytes(b"")
    with pytest.raises(ImportRefused, match=r"leeg\.docx: the file is empty"):
        read_file(empty)


def test_old_doc_refused(tmp_path):
    path = tmp_path / "oud.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportRefused, match=r"oud\.doc: old Word \.doc"):
        read_file(path)


# --- odt --------------------------------------------------------------------------------------


def test_odt_paragraphs_headings_tables_no_comments(tmp_path):
    doc = read_file(write_odt(tmp_path / "gesprek.odt"))
    assert doc.metadata == {"format": "odt"}
    assert "OPMERKING" not in doc.text
    assert spans(doc) == [
        "Interview 7",
        "Interviewer: Hoe was de installatie?",
        "Respondent: Prima, de monteur was op tijd. Geïnterviewde blij 😀\nPost\tBedrag\nInstallatie\t€ 95",
        "Interviewer: En de rekening?",
        "Respondent: Die klopte niet.",
    ]
    assert [t.role for t in doc.turns] == ["other", "interviewer", "respondent", "interviewer", "respondent"]


def test_odt_damaged(tmp_path):
    path = tmp_path / "stuk.odt"
    path.write_bytes(b"PK\x03\x04 niet echt")
    with pytest.raises(ImportRefused, match=r"stuk\.odt: damaged or not an OpenDocument"):
        read_file(path)


# --- rtf --------------------------------------------------------------------------------------

RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
    r"{\header {\pard KOPTEKST\par}}"
    r"\f0\fs22 Interviewer: Wat vond u van de prijs?\par "
    r"Marieke: Caf\'e9 \'80 12, \ldblquote gewoon\rdblquote  te duur \u128512?\par "
    r"Interviewer: Echt?\par "
    r"Marieke: Ja.\par }"
)


def test_rtf(tmp_path):
    path = tmp_path / "oud.rtf"
    path.write_bytes(RTF.encode("ascii"))
    doc = read_file(path)
    assert doc.metadata["format"] == "rtf"
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Marieke", "Interviewer", "Marieke"]
    marieke = spans(doc)[1]
    assert marieke.startswith("Marieke: Café € 12, “gewoon”")


def test_rtf_not_rtf(tmp_path):
    path = tmp_path / "nep.rtf"
    path.write_text("Interviewer: hallo", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"nep\.rtf: not an RTF file"):
        read_file(path)


# --- pdf --------------------------------------------------------------------------------------


def test_pdf_text_layer(tmp_path):
    path = write_pdf(
        tmp_path / "verslag.pdf",
        ["Interviewer: Wat vond u van de service?", "Respondent: Prima, café (echt) € 5.", "Dat was het."],
    )
    doc = read_file(path)
    assert doc.metadata["format"] == "pdf"
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Respondent"]
    assert spans(doc)[1] == "Respondent: Prima, café (echt) € 5.\nDat was het."


def test_pdf_without_text(tmp_path):
    with pytest.raises(ImportRefused, match=r"scan\.pdf: no text layer — run OCR first"):
        read_file(write_pdf(tmp_path / "scan.pdf", None))


def test_not_a_pdf(tmp_path):
    path = tmp_path / "nep.pdf"
    path.write_bytes(b"<html>not a pdf</html>")
    with pytest.raises(ImportRefused, match=r"nep\.pdf: not a PDF file"):
        read_file(path)


def test_pdf_encrypted(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "open.pdf", ["Interviewer: geheim?"])
    writer = PdfWriter()
    writer.add_page(PdfReader(str(plain)).pages[0])
    writer.encrypt(user_password="geheim", owner_password="baas", algorithm="RC4-128")
    path = tmp_path / "slot.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(ImportRefused, match=r"slot\.pdf: password-protected PDF"):
        read_file(path)


def test_pdf_damaged(tmp_path):
    path = tmp_path / "half.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(ImportRefused, match=r"half\.pdf: damaged PDF file"):
        read_file(path)


# --- subtitles --------------------------------------------------------------------------------

TEAMS_VTT = """WEBVTT

NOTE opgenomen met Teams

a1b2c3d4-1/15-0
00:00:01.000 --> 00:00:04.000
<v Sanne de Vries>Goedemiddag, hoe gaat het?</v>

a1b2c3d4-2/15-0
00:00:04.500 --> 00:00:06.000
<v Sanne de Vries>Kunt u iets vertellen?</v>

00:00:07.250 --> 00:00:09.000 align:start position:10%
<v Piet Jansen>Ja hoor. Het was &amp; bleef “gewoon” slecht 😀.</v>

00:01:02.000 --> 00:01:05.000
<v.loud Piet Jansen>Echt <i>heel</i> slecht.</v>

00:01:06.000 --> 00:01:08.000
<v Sanne de Vries>Waarom?</v>
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Interviewer: Hoe was de overstap?

2
00:00:03,500 --> 00:00:05,000
Marieke: Lastig.
Ik moest drie keer bellen.

3
00:00:05,500 --> 00:00:07,000
Dat duurde lang.

4
00:00:08,000 --> 00:00:09,000
Interviewer: Vervelend?

5
00:00:09,500 --> 00:00:11,000
Marieke: Zeker.
"""


def test_vtt_voice_tags_merge_consecutive_cues(tmp_path):
    path = tmp_path / "teams.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    doc = read_file(path)
    assert doc.metadata == {"format": "vtt", "encoding": "utf-8"}
    assert spans(doc) == [
        "Sanne de Vries: Goedemiddag, hoe gaat het? Kunt u iets vertellen?",
        "Piet Jansen: Ja hoor. Het was & bleef “gewoon” slecht 😀. Echt heel slecht.",
        "Sanne de Vries: Waarom?",
    ]
    assert [t.time_ms for t in doc.turns] == [1000, 7250, 66000]
    assert [t.role for t in doc.turns] == ["interviewer", "respondent", "interviewer"]
    for junk in ("-->", "NOTE", "a1b2c3d4", "WEBVTT", "<v"):
        assert junk not in doc.text


def test_vtt_without_voice_tags_zoom_style(tmp_path):
    path = tmp_path / "zoom.vtt"
    path.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnn Smit: Hallo?\n\n"
        "2\n00:00:02.500 --> 00:00:03.000\nBob: Hoi.\n\n3\n00:00:03.500 --> 00:00:04.000\nAnn Smit: Dag?\n\n"
        "4\n00:00:04.500 --> 00:00:05.000\nBob: Doei.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert spans(doc) == ["Ann Smit: Hallo?", "Bob: Hoi.", "Ann Smit: Dag?", "Bob: Doei."]
    assert [t.time_ms for t in doc.turns] == [1000, 2500, 3500, 4500]


def test_srt_names_in_cues(tmp_path):
    path = tmp_path / "opname.srt"
    path.write_bytes(SRT.replace("\n", "\r\n").encode("cp1252"))
    doc = read_file(path)
    assert doc.metadata["format"] == "srt"
    assert spans(doc) == [
        "Interviewer: Hoe was de overstap?",
        "Marieke: Lastig. Ik moest drie keer bellen. Dat duurde lang.",
        "Interviewer: Vervelend?",
        "Marieke: Zeker.",
    ]
    assert [t.time_ms for t in doc.turns] == [1000, 3500, 8000, 9500]
    assert "-->" not in doc.text and "\n1\n" not in doc.text


def test_srt_without_speakers_breaks_on_pauses(tmp_path):
    path = tmp_path / "stil.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nEerste zin.\n\n"
        "2\n00:00:02,100 --> 00:00:03,000\nLet op: tweede.\n\n"
        "3\n00:00:09,000 --> 00:00:10,000\nNa een pauze.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert spans(doc) == ["Eerste zin. Let op: tweede.", "Na een pauze."]
    assert [t.time_ms for t in doc.turns] == [1000, 9000]


def test_vtt_without_header_or_cues(tmp_path):
    bad = tmp_path / "geen.vtt"
    bad.write_text("gewoon tekst\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"geen\.vtt: not a WebVTT file"):
        read_file(bad)
    empty = tmp_path / "leeg.srt"
    empty.write_text("alleen tekst zonder tijden\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"leeg\.srt: no subtitle cues found"):
        read_file(empty)


def test_importers_never_import_qt():
    code = (
        "import sys, workbench.importers as w; w.supported_extensions(); "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_subtitle_file_with_absurdly_many_cues_is_refused_before_parsing(tmp_path, monkeypatch):
    from workbench.importers.formats import subtitles

    monkeypatch.setattr(subtitles, "MAX_CUES", 50)
    path = tmp_path / "many.vtt"
    path.write_text("WEBVTT\n\n" + "".join(f"00:00:{i:02d}.000 --> 00:00:{i:02d}.500\nw{i}\n\n" for i in range(51)))
    with pytest.raises(ImportRefused, match="more than 50 subtitle cues"):
        read_file(path)


@pytest.mark.parametrize("suffix, part", [(".docx", "word/document.xml"), (".odt", "content.xml")])
def test_zip_bomb_package_is_refused_before_inflating(tmp_path, suffix, part):
    import tracemalloc

    path = tmp_path / f"bomb{suffix}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if suffix == ".odt":
            zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        else:
            zf.writestr("[Content_Types].xml", "<Types/>")
        # 200 MB of one repeated byte deflates to about 200 KB
        with zf.open(part, "w", force_zip64=True) as fh:
            block = b" " * (1024 * 1024)
            for _ in range(200):
                fh.write(block)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    with pytest.raises(ImportRefused, match="implausible size") as info:
        read_file(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000  # refused from the directory, nothing inflated
    assert "Error" not in str(info.value)


@pytest.mark.parametrize("suffix, timing, reason", [
    (".vtt", "99999999999999999999999:00:00.000 --> 99999999999999999999999:00:01.000", "impossible time"),
    (".srt", "100000000000:00:00,000 --> 100000000000:00:01,000", "impossible time"),
    (".srt", "00:00:05,000 --> 00:00:01,000", "ends (00:00:01,000) before it starts"),
    (".vtt", "00:61:00.000 --> 00:62:00.000", "impossible time"),
])
def test_absurd_subtitle_times_are_refused_with_the_cue(tmp_path, suffix, timing, reason):
    head = "WEBVTT\n\n" if suffix == ".vtt" else ""
    path = tmp_path / f"t{suffix}"
    path.write_text(f"{head}1\n00:00:00.000 --> 00:00:01.000\nAnna: hallo\n\n2\n{timing}\nBob: dag\n"
                    .replace(".000 -->", ",000 -->" if suffix == ".srt" else ".000 -->"))
    with pytest.raises(ImportRefused, match="cue 2") as info:
        read_file(path)
    assert reason in str(info.value) and "Overflow" not in str(info.value)
