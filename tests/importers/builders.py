"""Builders for fixture files: every test file is made in code under tmp_path."""

from __future__ import annotations

from pathlib import Path


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path: Path, lines: list[str] | None) -> Path:
    """A minimal one-page PDF; with lines → a Helvetica text layer, without → only a drawing."""
    if lines:
        ops = [b"BT /F1 12 Tf 72 800 Td 16 TL"]
        for i, line in enumerate(lines):
            ops.append((b"" if i == 0 else b"T* ") + _pdf_string(line) + b" Tj")
        ops.append(b"ET")
        content = b"\n".join(ops)
    else:
        content = b"0.2 0.4 0.8 rg 100 100 300 300 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "KOPTEKST vertrouwelijk"
    section.footer.paragraphs[0].text = "VOETTEKST pagina 1"
    document.add_paragraph("Interviewer: Wat vond u van de rekening? 😀")
    first = document.add_paragraph("Marieke: Het was €12, “gewoon” te duur. Café!")
    document.add_paragraph("Ik snapte het niet.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Tarief"
    table.cell(0, 1).text = "€ 12"
    table.cell(1, 0).text = "Looptijd"
    table.cell(1, 1).text = "1 jaar"
    document.add_paragraph("Interviewer: En daarna?")
    document.add_paragraph("Marieke: Toen belde ik.")
    if hasattr(document, "add_comment"):
        document.add_comment(first.runs, text="OPMERKING van de coder", author="Sanne")
    document.save(str(path))
    return path


def write_odt(path: Path) -> Path:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Interview 7"))
    doc.text.addElement(P(text="Interviewer: Hoe was de installatie?"))
    para = P(text="Respondent: Prima, de monteur was op tijd. Geïnterviewde blij 😀")
    note = Annotation()
    note.addElement(P(text="OPMERKING in de kantlijn"))
    para.addElement(note)
    doc.text.addElement(para)
    table = Table(name="Kosten")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for left, right in (("Post", "Bedrag"), ("Installatie", "€ 95")):
        row = TableRow()
        for value in (left, right):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(text="Interviewer: En de rekening?"))
    doc.text.addElement(P(text="Respondent: Die klopte niet."))
    doc.save(str(path))
    return path
