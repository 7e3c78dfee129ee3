"""Plain text / markdown: encodings, offsets, refusals."""

from __future__ import annotations

import codecs

import pytest

from workbench.importers import ImportRefused, read_file

DUTCH = (
    "Interviewer: Wat vond u van de rekening?\n"
    "Marieke: Het was €12, “gewoon” te duur. Café, geïnterviewd, één.\n"
)


def _check_turns(doc, text_must_contain=("€12", "“gewoon”", "Café")):
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Marieke"]
    for turn in doc.turns:
        span = doc.text[turn.start : turn.end]
        assert span.startswith(turn.speaker + ": ")
    span = doc.text[doc.turns[1].start : doc.turns[1].end]
    for fragment in text_must_contain:
        assert fragment in span
    assert doc.turns[0].role == "interviewer"
    assert doc.turns[1].role == "respondent"


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ],
)
def test_unicode_encodings(tmp_path, encoding, prefix, expected):
    text = DUTCH + "Interviewer: En nu? 😀\nMarieke: 👍🏽 prima.\n"
    path = tmp_path / "interview.txt"
    path.write_bytes(prefix + text.replace("\n", "\r\n").encode(encoding))
    doc = read_file(path)
    assert doc.metadata == {"format": "txt", "encoding": expected}
    assert doc.name == "interview"
    assert doc.source_file == "interview.txt"
    assert "\ufeff" not in doc.text and "\r" not in doc.text
    assert len(doc.turns) == 4
    last = doc.turns[3]
    assert doc.text[last.start : last.end] == "Marieke: 👍🏽 prima."
    assert doc.text[doc.turns[2].start : doc.turns[2].end] == "Interviewer: En nu? 😀"


def test_cp1252(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes(DUTCH.encode("cp1252"))
    doc = read_file(path)
    assert doc.metadata["encoding"] == "cp1252"
    _check_turns(doc)


def test_latin1(tmp_path):
    text = "Interviewer: Hoe was het café?\nMarieke: Prima, één keer geïrriteerd. Ça va.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    doc = read_file(path)
    assert doc.metadata["encoding"] in ("cp1252", "iso8859-1", "latin-1")
    assert "één keer geïrriteerd. Ça va." in doc.text
    assert doc.text.startswith("Interviewer: Hoe was het café?")


def test_bomless_utf16(tmp_path):
    path = tmp_path / "teams.txt"
    path.write_bytes(DUTCH.encode("utf-16-le"))
    doc = read_file(path)
    _check_turns(doc)


def test_nfc_and_whitespace_normalised(tmp_path):
    decomposed = "Interviewer: Cafe\u0301?   \r\n\r\n\r\n\r\n\r\nMarieke: Ja.\t \r\n\r\n"
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed, encoding="utf-8", newline="")
    doc = read_file(path)
    assert doc.text == "Interviewer: Café?\n\nMarieke: Ja."
    assert doc.turns[0].end - doc.turns[0].start == len("Interviewer: Café?")


def test_markdown_heading_speakers(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# Interview 4\n\n### Sanne W.\nWat vond u ervan?\n\n### Klant\nNiet goed.\nEcht niet.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert doc.metadata["format"] == "md"
    assert "#" not in doc.text
    assert doc.text.startswith("Interview 4\n\nSanne W.: Wat vond u ervan?")
    speakers = [(t.speaker, t.role) for t in doc.turns]
    assert speakers == [("", "other"), ("Sanne W.", "interviewer"), ("Klant", "respondent")]
    assert doc.text[doc.turns[2].start : doc.turns[2].end] == "Klant: Niet goed.\nEcht niet."


def test_empty_file_refused(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    with pytest.raises(ImportRefused, match=r"leeg\.txt: the file is empty"):
        read_file(path)
    path.write_bytes(b"  \r\n\n ")
    with pytest.raises(ImportRefused, match="the file is empty"):
        read_file(path)


def test_binary_refused(tmp_path):
    path = tmp_path / "foto.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(ImportRefused, match=r"foto\.txt: not a text file \(binary content\)"):
        read_file(path)


def test_control_characters_refused(tmp_path):
    path = tmp_path / "raar.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"abc")
    with pytest.raises(ImportRefused, match="binary content"):
        read_file(path)


def test_too_large_checked_before_reading(tmp_path, small_limit, monkeypatch):
    path = tmp_path / "groot.txt"
    path.write_bytes(b"Interviewer: hallo\n" * 200)
    from pathlib import Path

    def no_read(self):  # the size check must come before any read
        raise AssertionError("file was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(ImportRefused, match=r"groot\.txt: file is too large \(3\.7 KB; the limit is 1 KB\)"):
        read_file(path)


def test_too_large_message_in_mb(tmp_path, monkeypatch):
    from workbench.importers import base

    monkeypatch.setattr(base, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "groot.txt"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    with pytest.raises(ImportRefused, match=r"file is too large \(3 MB; the limit is 2 MB\)"):
        read_file(path)


def test_unsupported_extension(tmp_path):
    path = tmp_path / "opname.mp3"
    path.write_bytes(b"ID3")
    with pytest.raises(ImportRefused, match=r"opname\.mp3: unsupported file type '\.mp3'"):
        read_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportRefused, match=r"weg\.txt: file not found"):
        read_file(tmp_path / "weg.txt")
