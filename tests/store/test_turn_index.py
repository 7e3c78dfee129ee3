"""Turns are indexed for search by the store itself, in time linear in the document size."""

import sqlite3

import pytest

from tests.store.test_migrations import make_version_1
from workbench.core.commands import AddDocument, CommandError, RemoveDocument
from workbench.core.commands.documents import MAX_TURNS
from workbench.store import Project, migrate


def test_no_trigger_reads_the_whole_document(empty_project):
    # The old insert trigger ran substr(documents.text, …) once per turn: quadratic import.
    triggers = [r[0] for r in empty_project.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    assert triggers and not any("documents" in sql for sql in triggers)


def test_each_turn_is_indexed_with_its_own_text(empty_project):
    text = "\n\n".join(f"R: zin nummer {i} over de klantenservice" for i in range(300))
    turns, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        turns.append({"start": start, "end": start + len(para), "speaker": "R"})
        pos = start + len(para)
    AddDocument("lang", text, turns, "nl").apply(empty_project)
    hits = empty_project.search('"nummer 299"')
    assert [h.document for h in hits] == ["lang"]
    assert text[hits[0].start:hits[0].end] == "nummer 299"


def test_search_survives_undo_and_redo_of_a_removed_document(sample_project):
    doc = sample_project.document_by_name("marieke")
    undo = RemoveDocument(doc.id).apply(sample_project)
    assert sample_project.search("doorverbonden") == []
    redo = undo.apply(sample_project)
    hit = sample_project.search("doorverbonden")[0]
    assert sample_project.document(doc.id).text[hit.start:hit.end] == "doorverbonden"
    redo.apply(sample_project)
    assert sample_project.search("doorverbonden") == []


def test_upgrade_keeps_old_index_and_indexes_new_turns(tmp_path):
    path = tmp_path / "old.iwb"
    make_version_1(path)
    with Project.open(path) as project:
        assert project.schema_version == migrate.latest_version() >= 3
        assert project.search("hello")[0].document == "old"
        AddDocument("new", "R: nieuwe tekst", [{"start": 0, "end": 15, "speaker": "R"}], "nl").apply(project)
        assert project.search("nieuwe")[0].document == "new"
    assert project.backup_path.exists()
    conn = sqlite3.connect(project.backup_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'turns_fts_insert'").fetchone()[0] == 1
    conn.close()


def test_absurd_number_of_turns_is_refused_with_a_reason(empty_project):
    text = "a\n" * (MAX_TURNS + 1)
    turns = [{"start": 2 * i, "end": 2 * i + 1} for i in range(MAX_TURNS + 1)]
    with pytest.raises(CommandError, match="speaker turns; at most"):
        AddDocument("veel", text.rstrip("\n"), turns, "nl").apply(empty_project)
    assert empty_project.counts()["documents"] == 0
