"""Stored suggestions: no duplicates, rejected never return, accept is one undoable step."""

import sqlite3

import pytest

from workbench.core.commands import (
    AcceptSuggestions,
    AddDocument,
    ApplyCodeTree,
    CommandError,
    RejectSuggestions,
)
from workbench.nlp.suggest.storage import gather, run, save
from workbench.schemes import load_builtin
from workbench.schemes.specs import scheme_specs
from workbench.store import Project

TEXT = ("Interviewer: Hoe ging het met de klantenservice? Was je boos?\n\n"
        "Anna: Ik heb drie kwartier in de wacht gestaan en werd twee keer doorverbonden. "
        "Ik was echt woedend. Bij Coolblue krijg je gewoon meteen een berichtje, dat mag je toch verwachten.\n")


def _project(tmp_path):
    project = Project.create(tmp_path / "s.iwb", language="nl")
    ApplyCodeTree(scheme_specs(load_builtin("klantbeleving"), "nl"), "klantbeleving").apply(project)
    q_end = TEXT.index("\n\n")
    a_start = q_end + 2
    turns = [{"start": 0, "end": q_end, "speaker": "Interviewer", "role": "interviewer"},
             {"start": a_start, "end": len(TEXT) - 1, "speaker": "Anna", "role": "respondent"}]
    AddDocument("anna", TEXT, turns, "nl", case="Anna").apply(project)
    return project


def test_schema_has_source_and_inferred(tmp_path):
    with _project(tmp_path) as project:
        cols = {r[1] for r in project.conn.execute("PRAGMA table_info(suggestions)")}
        assert {"source", "inferred", "score", "reason", "status"} <= cols


def test_respondent_turns_only_without_the_speaker_label(tmp_path):
    with _project(tmp_path) as project:
        inp = gather(project)
        (span,) = inp.documents[0].spans
        assert TEXT[span[0]:].startswith("Ik heb drie")
        with_interviewer = gather(project, include_interviewer=True)
        assert len(with_interviewer.documents[0].spans) == 2
        suggestions, saved = run(project)
        assert saved.added == len(suggestions) > 0
        assert all(s.start >= span[0] for s in suggestions)


def test_rerun_does_not_duplicate_and_never_brings_back_rejected(tmp_path):
    with _project(tmp_path) as project:
        _, first = run(project)
        pending = project.suggestions()
        assert len(pending) == first.added
        _, again = run(project)
        assert again.added == 0 and again.kept == first.added
        victim = pending[0]
        RejectSuggestions([victim.id]).apply(project)
        _, third = run(project)
        assert third.added == 0
        assert project.suggestion(victim.id).status == "rejected"
        assert len(project.suggestions()) == first.added - 1
        # The unique index also guards the table itself.
        row = project.conn.execute('SELECT document_id, code_id, start, "end" FROM suggestions LIMIT 1').fetchone()
        with pytest.raises(sqlite3.IntegrityError):
            project.conn.execute('INSERT INTO suggestions (document_id, code_id, start, "end") '
                                 "VALUES (?, ?, ?, ?)", row)


def test_withdrawn_when_no_longer_supported(tmp_path):
    with _project(tmp_path) as project:
        doc = project.document_by_name("anna")
        run(project)
        n = len(project.suggestions())
        result = save(project, [], [doc.id])
        assert result.removed == n and project.suggestions() == []


def test_accept_codes_and_marks_in_one_undo_step(tmp_path):
    with _project(tmp_path) as project:
        run(project)
        exp = next(s for s in project.suggestions() if s.inferred)
        other = next(s for s in project.suggestions() if not s.inferred)
        cmd = AcceptSuggestions([exp.id, other.id], coder="Sanne")
        inverse = cmd.apply(project)
        assert len(cmd.created_ids) == 2
        codings = {c.id: c for c in project.codings()}
        assert codings[cmd.created_ids[0]].inferred and codings[cmd.created_ids[0]].code_id == exp.code_id
        assert not codings[cmd.created_ids[1]].inferred
        assert project.suggestion(exp.id).status == "accepted"
        assert exp.id not in {s.id for s in project.suggestions()}
        inverse.apply(project)  # undo: coding gone and the suggestion pending again
        assert project.codings() == []
        assert project.suggestion(exp.id).status == "pending"
        # Accepted ones are not suggested again after a re-run.
        AcceptSuggestions([exp.id]).apply(project)
        _, again = run(project)
        assert again.added == 0
        assert project.suggestion(exp.id).status == "accepted"


def test_reject_is_undoable_and_teaches(tmp_path):
    with _project(tmp_path) as project:
        run(project)
        s = project.suggestions()[0]
        inverse = RejectSuggestions([s.id]).apply(project)
        assert gather(project).rejected[0][:4] == (s.document_id, s.code_id, s.start, s.end)
        inverse.apply(project)
        assert project.suggestion(s.id).status == "pending"


def test_accepting_an_unknown_suggestion_changes_nothing(tmp_path):
    with _project(tmp_path) as project:
        run(project)
        before = len(project.suggestions())
        with pytest.raises(CommandError, match="999"):
            AcceptSuggestions([project.suggestions()[0].id, 999]).apply(project)
        assert len(project.suggestions()) == before and project.codings() == []


def test_reopen_undoes_a_review_without_an_undo_stack(tmp_path):
    from workbench.core.commands import ReopenSuggestions

    with _project(tmp_path) as project:
        run(project)
        a, b = project.suggestions()[:2]
        AcceptSuggestions([a.id], coder="Sanne").apply(project)
        RejectSuggestions([b.id]).apply(project)
        assert len(project.codings()) == 1
        ReopenSuggestions([a.id, b.id]).apply(project)
        assert project.codings() == []
        assert {project.suggestion(a.id).status, project.suggestion(b.id).status} == {"pending"}


def test_merging_codes_with_suggestions_on_the_same_span(tmp_path):
    from workbench.core.commands import MergeCodes
    from workbench.nlp.suggest.model import Suggestion

    with _project(tmp_path) as project:
        doc = project.document_by_name("anna")
        a = project.code_by_path("Emoties/Boosheid").id
        b = project.code_by_path("Emoties/Afkeer").id
        start = TEXT.index("Ik was echt woedend")
        end = start + len("Ik was echt woedend.")
        twins = [Suggestion(doc.id, "anna", start, end, "", code, "", "emotion", 0.8, "r", "emotion")
                 for code in (a, b)]
        save(project, twins, [doc.id])
        inverse = MergeCodes(b, a).apply(project)  # Afkeer into Boosheid: one suggestion stays
        rows = project.suggestions(document_id=doc.id)
        assert [(r.code_id, r.start) for r in rows] == [(a, start)]
        inverse.apply(project)
        assert len(project.suggestions(document_id=doc.id)) == 2
