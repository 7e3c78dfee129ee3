"""Our export imported again gives the same project (documents, codebook, codings with their
coders, cases, attributes, memos)."""

from __future__ import annotations

from workbench.core.commands import AddCode, AddCoding, AddDocument, ChangeCode, SetAttribute, SetMemo
from workbench.exchange.qdpx_export import export_qdpx
from workbench.exchange.qdpx_import import import_qdpx
from workbench.store import Project

from .qdpx_helpers import snapshot


def _round_trip(project, tmp_path):
    out = tmp_path / "out.qdpx"
    export_qdpx(project, out)
    report = import_qdpx(out, tmp_path / "again.iwb")
    assert report.project == tmp_path / "again.iwb" and not report.skipped and not report.warnings
    return report, Project.open(tmp_path / "again.iwb")


def test_round_trip_keeps_the_project(sample_project, tmp_path):
    p = sample_project
    SetMemo("project", 0, "Projectmemo 😤").apply(p)
    SetMemo("document", p.document_by_name("david").id, "Memo bij David").apply(p)
    SetMemo("code", p.find_code("Waarden/Eerlijkheid").id, "Memo bij code").apply(p)
    ChangeCode(p.find_code("Waarden").id, definition="Wat de klant belangrijk vindt.", use_when="Altijd",
               example="Eerlijkheid, daar gaat het om.", indicators={"nl": ["eerlijk"], "en": ["honest"]},
               names={"en": "Values"}).apply(p)
    doc = p.document_by_name("marieke")
    emoji_at = doc.text.index("😤")
    code = p.find_code("Emoties/Boosheid")
    AddCoding(doc.id, code.id, emoji_at - 12, emoji_at + 1, coder="Daan", memo="boos!").apply(p)
    AddCoding(doc.id, code.id, emoji_at - 12, emoji_at + 1, coder="Sanne").apply(p)  # same span, other coder
    start = doc.text.index("Je mag toch gewoon verwachten")
    AddCoding(doc.id, p.find_code("Verwachtingen").id, start, start + 29, coder="Daan", memo="basis",
              inferred=True).apply(p)
    AddCoding(doc.id, p.find_code("Verwachtingen").id, start, start + 10, inferred=True).apply(p)
    case = p.case_by_name("Marieke")
    SetAttribute(case.id, "nps", "3", "number").apply(p)
    SetAttribute(case.id, "kanaal", "app", "choice").apply(p)
    SetAttribute(case.id, "sinds", "2019-05-01", "date").apply(p)
    report, again = _round_trip(p, tmp_path)
    with again:
        assert snapshot(again) == snapshot(p)
        coded = [c for c in again.codings() if c.code_id == again.find_code("Emoties/Boosheid").id]
        text = again.document_by_name("marieke").text
        assert {text[c.start:c.end] for c in coded} == {text[emoji_at - 12:emoji_at + 1]}
        assert text[emoji_at - 12:emoji_at + 1].endswith("😤")
        assert again.find_code("Waarden").names == {"en": "Values", "nl": "Waarden"}
        assert again.language == p.language
    assert report.counts["codings"] == 6 and report.counts["documents"] == 2


def test_round_trip_of_the_demo_project(tmp_path):
    from workbench.demo import build_demo

    with build_demo(tmp_path / "demo.iwb") as demo:
        report, again = _round_trip(demo, tmp_path)
        with again:
            assert snapshot(again) == snapshot(demo)
            # speaker turns are found again, exactly
            turns = [[(t.start, t.end, t.speaker, t.role) for t in p.turns(p.document_by_name(d.name).id)]
                     for p in (demo, again) for d in demo.documents()]
            half = len(turns) // 2
            assert turns[:half] == turns[half:] and again.count_rows("turns") > len(again.documents())
            # and the full-text index is the same
            for query in ("doorverbonden", "gewoon", "app*"):
                assert [(h.document, h.start, h.end) for h in again.search(query)] == \
                    [(h.document, h.start, h.end) for h in demo.search(query)]
    assert report.counts["codings"] > 200


def test_round_trip_with_crlf_free_unicode_edge_cases(tmp_path):
    text = "Ｆｕｌｌ width, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯, café, 🇳🇱 flag, 👩‍👩‍👧 family, end."
    with Project.create(tmp_path / "p.iwb", language="en") as project:
        AddDocument("edge", text, [], "en").apply(project)
        AddDocument("label", "Ik ben het er niet mee eens, dat is het.", [], "en").apply(project)  # kept, not guessed
        doc = project.document_by_name("edge")
        cmd = AddCode(None, "Edge", "theme", "#123456")
        cmd.apply(project)
        for quote in ("𝔣𝔯𝔞𝔨𝔱𝔲𝔯", "🇳🇱", "👩‍👩‍👧", "end"):
            start = doc.text.index(quote)
            AddCoding(doc.id, cmd.created_id, start, start + len(quote)).apply(project)
        _report, again = _round_trip(project, tmp_path)
        with again:
            assert snapshot(again) == snapshot(project)
