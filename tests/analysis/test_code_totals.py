"""Codebook totals: own and subtree counts from per-(code, document) counts."""

from __future__ import annotations

from workbench.analysis.code_totals import code_totals, subtree_totals
from workbench.core.commands import AddCode, AddCoding, AddDocument
from workbench.store import Project


def test_participants_count_once_per_subtree_and_unassigned_documents_count_alone(tmp_path):
    project = Project.create(tmp_path / "p.iwb")
    docs = []
    for name, case in (("a1", "Anna"), ("a2", "Anna"), ("b", "Bram"), ("los", None)):
        cmd = AddDocument(name, "woord " * 40, [], "nl", case=case)
        cmd.apply(project)
        docs.append(cmd.created_id)
    parent = AddCode(None, "Waarden", "value", "#336699")
    parent.apply(project)
    codes = []
    for name in ("Zekerheid", "Gemak"):
        cmd = AddCode(parent.created_id, name, "value", "#336699")
        cmd.apply(project)
        codes.append(cmd.created_id)
    unused = AddCode(None, "Leeg", "theme", "#999999")
    unused.apply(project)
    for doc, code, start in ((docs[0], codes[0], 0), (docs[0], codes[0], 12), (docs[1], codes[1], 0),
                             (docs[2], codes[1], 0), (docs[3], codes[0], 0)):
        AddCoding(doc, code, start, start + 5, coder="A").apply(project)
    own, subtree = code_totals(project)
    assert own == {codes[0]: (3, 2), codes[1]: (2, 2)}  # Anna twice in a1 + "los"; Anna + Bram
    assert own == project.code_counts()
    assert subtree[parent.created_id] == (5, 3)  # Anna, Bram and the unassigned document
    assert subtree[unused.created_id] == (0, 0)
    assert subtree == subtree_totals(project)
    project.close()
