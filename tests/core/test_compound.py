"""Compound edits: one transaction, one inverse; a failing step leaves nothing applied."""

import pytest

from workbench.core import commands as c
from workbench.store.rows import COLUMNS


def dump(project) -> dict:
    return {t: project.rows_where(t) for t in COLUMNS}


def test_new_code_and_coding_apply_undo_and_redo_as_one(sample_project):
    p = sample_project
    before = dump(p)
    doc = p.document_by_name("marieke")
    start = doc.text.index("gewoon verwachten")
    cmd = c.Compound([c.AddCode(None, "Gewoon"),
                      lambda done: c.AddCoding(doc.id, done[0].created_id, start, start + 17)],
                     "wb.cmd.in_vivo", name="Gewoon")
    undo = cmd.apply(p)
    code = p.find_code("Gewoon")
    assert code is not None
    assert [(x.start, x.end) for x in p.codings(code_ids=[code.id])] == [(start, start + 17)]
    assert undo.describe() == cmd.describe() == "Code in vivo 'Gewoon'"
    redo = undo.apply(p)
    assert dump(p) == before
    redo.apply(p)
    assert p.find_code("Gewoon") is not None and len(p.codings(code_ids=[code.id])) == 1


def test_a_failing_later_step_leaves_nothing_applied(sample_project):
    p = sample_project
    before = dump(p)
    seen = []
    p.events.subscribe(seen.append)
    doc = p.document_by_name("marieke")
    cmd = c.Compound([c.AddCode(None, "Eerste"), c.AddCode(None, "Tweede"),
                      lambda done: c.AddCoding(doc.id, done[0].created_id, 5, 10**6)])
    with pytest.raises(c.CommandError, match="outside"):
        cmd.apply(p)
    assert dump(p) == before
    assert seen == []  # no change was announced for rows that were rolled back
    # the project is still usable and ids are not burnt by the failed attempt
    c.AddCode(None, "Eerste").apply(p)
    assert p.find_code("Eerste") is not None


def test_steps_see_what_earlier_steps_wrote(sample_project):
    p = sample_project
    a = p.code_by_path("Waarden/Eerlijkheid").id
    b = p.code_by_path("Waarden/Betrouwbaarheid").id
    # two moves to position 0: the second sees the first's order
    c.Compound([c.MoveCode(a, None, 0), c.MoveCode(b, None, 0)]).apply(p)
    tops = [x.name for x in p.child_codes(None)]
    assert tops[:2] == ["Betrouwbaarheid", "Eerlijkheid"]


def test_one_step_compound_is_named_like_its_step(sample_project):
    code = sample_project.code_by_path("Waarden").id
    assert c.Compound([c.ChangeCode(code, color="#000000")]).describe() == \
        c.ChangeCode(code, color="#000000").describe()


def test_combine_undoes_edits_applied_one_by_one(sample_project):
    p = sample_project
    before = dump(p)
    inverses = [c.AddCode(None, "Een").apply(p)]
    parent = p.find_code("Een").id
    inverses.append(c.AddCode(parent, "Twee").apply(p))  # depends on the first
    undo = c.combine(inverses, "Twee codes")
    redo = undo.apply(p)
    assert dump(p) == before
    redo.apply(p)
    assert p.find_code("Een/Twee") is not None
