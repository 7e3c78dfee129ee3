"""Retrieval reads (store/segments.py): the rows, and that they come from covering indexes."""

from __future__ import annotations

from workbench.core.commands import AddCode, AddCoding, AddDocument
from workbench.store import Project


def _plan(project, sql, params=()):
    return " ".join(r[-1] for r in project.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_segment_rows_cut_text_from_turns(tmp_path):
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
    assert [(r[3], r[8], r[10]) for r in rows] == [(3, "R", None), (start, "R", "klantenservice")]
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
