"""Rename a document, rename and merge speakers, re-detect turns: exact undo, codings follow."""

import pytest

from workbench.core import commands as c
from workbench.core.commands import AddDocument
from workbench.store.rows import COLUMNS

TEXT = ("Interviewer1: Hoe was het?\n\nAnna: Ik werd bijv. drie keer doorverbonden.\n\n"
        "Interviewer 1: Vervelend. En toen?\n\nAnna: Toen belde ik Interviewer1 terug.")


def dump(project) -> dict:
    return {t: project.rows_where(t) for t in COLUMNS}


def turns_of(text):
    out, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        speaker = para.split(":", 1)[0]
        role = "interviewer" if speaker.startswith("Interviewer") else "respondent"
        out.append({"start": start, "end": start + len(para), "speaker": speaker, "role": role,
                    "time_ms": 1000 * len(out)})
        pos = start + len(para)
    return out


@pytest.fixture
def doc(empty_project):
    cmd = AddDocument("anna", TEXT, turns_of(TEXT), "nl")
    cmd.apply(empty_project)
    code = c.AddCode(None, "Pijn")
    code.apply(empty_project)
    s = TEXT.index("drie keer doorverbonden")
    c.AddCoding(cmd.created_id, code.created_id, s, s + 23).apply(empty_project)
    s = TEXT.index("Toen belde")
    c.AddCoding(cmd.created_id, code.created_id, s, len(TEXT)).apply(empty_project)
    return empty_project, cmd.created_id


def coded(project, doc_id):
    text = project.document(doc_id).text
    return sorted(text[x.start:x.end] for x in project.codings(document_id=doc_id))


def test_rename_document_unique_and_undoable(doc):
    p, doc_id = doc
    before = dump(p)
    AddDocument("bob", "Hallo.", [], "nl").apply(p)
    with pytest.raises(c.CommandError, match="already a document"):
        c.RenameDocument(doc_id, "BOB").apply(p)
    undo = c.RenameDocument(doc_id, "  Anna   de Vries ").apply(p)
    assert p.document(doc_id).name == "Anna de Vries"
    undo.apply(p)
    assert p.document(doc_id).name == "anna"
    assert dump(p)["codings"] == before["codings"]


def test_merging_two_spellings_of_a_speaker_rewrites_labels_and_keeps_codings(doc):
    p, doc_id = doc
    before = dump(p)
    cmd = c.RenameSpeaker(doc_id, "Interviewer1", "Interviewer 1")
    undo = cmd.apply(p)
    text = p.document(doc_id).text
    assert text.startswith("Interviewer 1: Hoe was het?")
    assert text.endswith("Toen belde ik Interviewer1 terug.")  # speech is never touched
    assert {t.speaker for t in p.turns(doc_id)} == {"Interviewer 1", "Anna"}
    assert all(text[t.start:t.end].startswith(t.speaker + ":") for t in p.turns(doc_id))
    assert coded(p, doc_id) == ["Toen belde ik Interviewer1 terug.", "drie keer doorverbonden"]
    assert p.search("hoe")[0].start == text.index("Hoe")  # the search index follows
    assert undo.describe() == "Rename speaker 'Interviewer1' to 'Interviewer 1'"
    redo = undo.apply(p)
    assert dump(p) == before
    redo.apply(p)
    assert p.document(doc_id).text == text


def test_renamed_speaker_takes_the_role_of_the_one_it_merges_into(doc):
    p, doc_id = doc
    c.SetSpeakerRole(doc_id, "Interviewer 1", "other").apply(p)
    c.RenameSpeaker(doc_id, "Interviewer1", "Interviewer 1").apply(p)
    assert {t.role for t in p.turns(doc_id) if t.speaker == "Interviewer 1"} == {"other"}
    with pytest.raises(c.CommandError, match="nobody"):
        c.RenameSpeaker(doc_id, "Nobody", "X").apply(p)


def test_redetect_turns_moves_codings_and_keeps_times(doc):
    p, doc_id = doc
    before = dump(p)
    old = p.document(doc_id).text
    new = old.replace("Interviewer1:", "Interviewer 1:")
    turns = [{**t, "speaker": t["speaker"].replace("Interviewer1", "Interviewer 1"), "time_ms": None}
             for t in turns_of(new)]
    undo = c.RedetectTurns(doc_id, new, turns).apply(p)
    assert p.document(doc_id).text == new
    assert [t.time_ms for t in p.turns(doc_id)] == [0, 1000, 2000, 3000]
    assert coded(p, doc_id) == ["Toen belde ik Interviewer1 terug.", "drie keer doorverbonden"]
    undo.apply(p)
    assert dump(p) == before
