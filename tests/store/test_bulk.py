"""Deferred turn indexing gives the same full-text index as the per-turn trigger."""

from __future__ import annotations

from workbench.core.commands import AddDocument
from workbench.store import Project
from workbench.store.bulk import deferred_turn_index, index_turns

TEXT = "Interviewer: Hoe ging het?\n\nMarieke: Drie keer doorverbonden 😤, café-niveau.\n\nInterviewer: En toen?"
TURNS = [{"start": 0, "end": 26, "speaker": "Interviewer"}, {"start": 28, "end": 77, "speaker": "Marieke"},
         {"start": 79, "end": len(TEXT), "speaker": "Interviewer"}]


def _index(project):
    return sorted(project.conn.execute("SELECT rowid, body FROM turn_fts"))


def test_same_index_and_trigger_restored(tmp_path):
    with Project.create(tmp_path / "a.iwb") as normal, Project.create(tmp_path / "b.iwb") as bulk:
        AddDocument("m", TEXT, TURNS, "nl").apply(normal)
        with bulk.transaction(), deferred_turn_index(bulk):
            cmd = AddDocument("m", TEXT, TURNS, "nl")
            cmd.apply(bulk)
            index_turns(bulk, cmd.created_id, cmd.text)
        assert _index(bulk) == _index(normal) and len(_index(bulk)) == 3
        assert [h.document for h in bulk.search("doorverbonden")] == ["m"]
        # the trigger is back: a later document is indexed as usual
        AddDocument("n", "Nieuwe tekst over zonnepanelen.", [], "nl").apply(bulk)
        assert [h.document for h in bulk.search("zonnepanelen")] == ["n"]


def test_failure_rolls_back_and_keeps_the_trigger(tmp_path):
    with Project.create(tmp_path / "c.iwb") as project:
        try:
            with project.transaction(), deferred_turn_index(project):
                AddDocument("m", TEXT, TURNS, "nl").apply(project)
                raise RuntimeError("stop")
        except RuntimeError:
            pass
        assert project.count_rows("documents") == 0
        AddDocument("m", TEXT, TURNS, "nl").apply(project)
        assert len(_index(project)) == 3
