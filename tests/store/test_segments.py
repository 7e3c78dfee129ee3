"""Retrieval reads (store/segments.py): the rows, and that they come from covering indexes."""

from __future__ import annotations

from workbench.core.commands import AddCode, AddCoding, AddDocument
from workbench.store import Project


def _plan(project, sql, params=()):
    return " ".join(r[-1] for r in project.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_segment_rows_cut_text_from_cached_documents(tmp_path):
    project = Project.create(tmp_path / "p.iwb")
    text = "R: eerst de levering\n\nI: en toen?\n\nR: toen belde ik de klantenservice"
    turns = [{"start": 0, "end": 20, "speaker": "R"}, {"start": 22, "end": 33, "speaker": "I"},
             {"start": 35, "end": len(text), "speaker": "R"}]
    doc = AddDocument("d", text, turns, "nl")
    doc.apply(project)
    code = AddCode(None, "Service", "theme", "#336699")
    code.apply(project)
    start = text.index("klantenservice")
    AddCoding(doc.created_id, code.created_id, start, start + 14, coder="A").apply(project)
    AddCoding(doc.created_id, code.created_id, 3, 30, coder="A").apply(project)  # runs past its turn
    rows = project.segment_rows([code.created_id])
    assert [(r[3], r[8], r[10]) for r in rows] == [(3, "R", text[3:30]), (start, "R", "klantenservice")]
    assert project.document_heads()[doc.created_id][0] == "d"
    project.close()


def test_retrieval_reads_covering_indexes(tmp_path):
    """Names and participants sit after the large text column: reading them from the table
    walked every text's overflow pages (migration 0005)."""
    project = Project.create(tmp_path / "p.iwb")
    assert "COVERING INDEX documents_heads" in _plan(project, "SELECT id, name, case_id, sha256 FROM documents")
    sql = ('SELECT c.id, c.document_id, c.code_id, c.start, c."end", c.coder, c.memo, c.inferred '
           "FROM codings c WHERE c.code_id IN (?) ORDER BY c.document_id, c.start")
    plan = _plan(project, sql, (1,))
    assert "COVERING INDEX codings_code_segments" in plan and "TEMP B-TREE" not in plan
    project.close()


def test_text_cache_is_bounded(tmp_path, monkeypatch):
    """Past its bound the cache drops the oldest texts, never one the current call needs."""
    from workbench.store import segments as seg

    project = Project.create(tmp_path / "p.iwb")
    ids = []
    for i, word in enumerate(["appel", "banaan", "citroen"]):
        doc = AddDocument(f"d{i}", word * 10, [], "nl")
        doc.apply(project)
        ids.append(doc.created_id)
    monkeypatch.setattr(seg, "TEXT_CACHE_CHARS", 60)
    assert project.document_texts([ids[0]])[ids[0]] == "appel" * 10
    assert project.document_texts([ids[1], ids[2]]) == {ids[1]: "banaan" * 10, ids[2]: "citroen" * 10}
    assert sorted(project.__dict__["_texts"].values()) == ["banaan" * 10, "citroen" * 10]
    project.close()


def test_retrieved_text_follows_edits_undo_and_other_connections(tmp_path):
    """Renaming a speaker rewrites the text but keeps the imported sha256: the cache must
    follow the row itself, through undo, and through a commit by another program."""
    import sqlite3

    from workbench.core.commands import RenameSpeaker

    project = Project.create(tmp_path / "p.iwb")
    text = "Anna: de bezorger belde niet aan"
    doc = AddDocument("d", text, [{"start": 0, "end": len(text), "speaker": "Anna"}], "nl")
    doc.apply(project)
    code = AddCode(None, "Bezorging", "pain_point", "#336699")
    code.apply(project)
    start = text.index("bezorger")
    AddCoding(doc.created_id, code.created_id, start, start + 8, coder="A").apply(project)
    assert [r[10] for r in project.segment_rows([code.created_id])] == ["bezorger"]
    rename = RenameSpeaker(doc.created_id, "Anna", "Annemarie")
    inverse = rename.apply(project)
    assert [(r[8], r[10]) for r in project.segment_rows([code.created_id])] == [("Annemarie", "bezorger")]
    inverse.apply(project)  # undo
    assert [(r[8], r[10]) for r in project.segment_rows([code.created_id])] == [("Anna", "bezorger")]
    other = sqlite3.connect(tmp_path / "p.iwb")
    with other:
        other.execute("UPDATE documents SET text = 'Anna: de pakketbezorger' WHERE id = ?", (doc.created_id,))
    other.close()
    assert project.document_texts([doc.created_id])[doc.created_id] == "Anna: de pakketbezorger"
    project.close()
