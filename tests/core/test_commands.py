"""Every command yields its exact inverse; random edit sequences undo to the original."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core import commands as c
from workbench.store.rows import COLUMNS


def dump(project) -> dict:
    return {t: project.rows_where(t) for t in COLUMNS}


def code_id(project, path):
    return project.code_by_path(path).id


def test_add_coding_and_undo_redo(sample_project):
    p = sample_project
    before = dump(p)
    doc = p.document_by_name("david")
    cmd = c.AddCoding(doc.id, code_id(p, "Waarden/Eerlijkheid"), 12, 20, coder="Daan", code_name="Eerlijkheid")
    undo = cmd.apply(p)
    assert p.coding(cmd.created_id).coder == "Daan"
    assert undo.describe() == cmd.describe()
    redo = undo.apply(p)
    assert dump(p) == before
    redo.apply(p)
    assert p.coding(cmd.created_id) is not None


def test_add_coding_refuses_bad_span(sample_project):
    doc = sample_project.document_by_name("david")
    with pytest.raises(c.CommandError, match="outside"):
        c.AddCoding(doc.id, code_id(sample_project, "Waarden"), 5, 10_000).apply(sample_project)
    with pytest.raises(c.CommandError):
        c.AddCoding(doc.id, code_id(sample_project, "Waarden"), 5, 5).apply(sample_project)


def test_identical_coding_is_not_doubled(sample_project):
    existing = sample_project.codings()[0]
    cmd = c.AddCoding(existing.document_id, existing.code_id, existing.start, existing.end, existing.coder)
    cmd.apply(sample_project)
    assert cmd.created_id is None


def test_sibling_names_are_unique(sample_project):
    waarden = code_id(sample_project, "Waarden")
    with pytest.raises(c.CommandError, match="already a code"):
        c.AddCode(waarden, "eerlijkheid").apply(sample_project)
    with pytest.raises(c.CommandError, match="already a code"):
        c.ChangeCode(code_id(sample_project, "Waarden/Betrouwbaarheid"), name="Eerlijkheid").apply(sample_project)


def test_child_inherits_kind_and_colour(sample_project):
    cmd = c.AddCode(code_id(sample_project, "Waarden"), "Respect")
    cmd.apply(sample_project)
    code = sample_project.code(cmd.created_id)
    assert (code.kind, code.color) == ("value", "#1565C0")


def test_merge_moves_codings_collapses_duplicates_and_undoes(sample_project):
    p = sample_project
    src, dst = code_id(p, "Waarden/Eerlijkheid"), code_id(p, "Waarden/Betrouwbaarheid")
    coding = p.codings(code_ids=[src])[0]
    c.AddCoding(coding.document_id, dst, coding.start, coding.end, coding.coder).apply(p)  # duplicate
    c.AddCode(src, "Open kaart").apply(p)
    before = dump(p)
    undo = c.MergeCodes(src, dst).apply(p)
    assert p.find_code("Waarden/Eerlijkheid") is None
    assert p.find_code("Waarden/Betrouwbaarheid/Open kaart") is not None
    assert len(p.codings(code_ids=[dst])) == 1
    undo.apply(p)
    assert dump(p) == before


def test_merge_into_own_child_is_refused(sample_project):
    parent = code_id(sample_project, "Waarden")
    with pytest.raises(c.CommandError):
        c.MergeCodes(parent, code_id(sample_project, "Waarden/Eerlijkheid")).apply(sample_project)


def test_delete_code_with_subtree_and_codings_undoes(sample_project):
    p = sample_project
    before = dump(p)
    undo = c.DeleteCode(code_id(p, "Waarden")).apply(p)
    assert p.find_code("Waarden/Eerlijkheid") is None
    assert all(x.code_id in {k.id for k in p.codes()} for x in p.codings())
    undo.apply(p)
    assert dump(p) == before


def test_move_code_reparent_reorder_and_cycle(sample_project):
    p = sample_project
    waarden, boosheid = code_id(p, "Waarden"), code_id(p, "Emoties/Boosheid")
    undo = c.MoveCode(boosheid, waarden, 0).apply(p)
    assert next(k.name for k in p.child_codes(waarden)) == "Boosheid"
    undo.apply(p)
    assert p.code(boosheid).parent_id == code_id(p, "Emoties")
    with pytest.raises(c.CommandError, match="itself"):
        c.MoveCode(waarden, code_id(p, "Waarden/Eerlijkheid")).apply(p)


def test_apply_code_tree_merges_by_path(empty_project):
    specs = [{"name": "Waarden", "kind": "value", "color": "#123456", "definition": "Wat telt",
              "children": [{"name": "Eerlijkheid"}]}]
    first = c.ApplyCodeTree(specs, "x")
    first.apply(empty_project)
    second = c.ApplyCodeTree([*specs, {"name": "Thema"}], "x")
    second.apply(empty_project)
    assert (first.added, second.added) == (2, 1)
    assert empty_project.code_by_path("Waarden").definition == "Wat telt"


def test_attributes_memos_roles_and_cases(sample_project):
    p = sample_project
    before = dump(p)
    marieke = p.case_by_name("Marieke")
    undos = [
        c.SetAttribute(marieke.id, "NPS", "7", "number").apply(p),
        c.SetMemo("project", 0, "Eerste indruk").apply(p),
        c.SetSpeakerRole(p.document_by_name("david").id, "David", "other").apply(p),
        c.RenameCase(marieke.id, "Marieke B.").apply(p),
    ]
    assert p.case_by_name("Marieke B.").attributes["NPS"] == 7
    assert p.memo("project").text == "Eerste indruk"
    with pytest.raises(c.CommandError, match="number"):
        c.SetAttribute(marieke.id, "NPS", "veel", "number").apply(p)
    for undo in reversed(undos):
        undo.apply(p)
    assert dump(p) == before


def test_remove_document_restores_everything(sample_project):
    p = sample_project
    before = dump(p)
    undo = c.RemoveDocument(p.document_by_name("marieke").id).apply(p)
    assert p.search("doorverbonden") == []
    undo.apply(p)
    assert dump(p) == before
    assert p.search("doorverbonden")


# ---- property test: random edit sequences, undo all → original ---------------------------

def _random_command(p, data):
    docs = p.documents(with_text=True)
    codes = p.codes()
    codings = p.codings()
    choice = data.draw(st.sampled_from(
        ["add", "remove", "resize", "code", "rename", "move", "merge", "delete", "attr", "memo"]))
    if choice == "add" or not codings:
        doc = data.draw(st.sampled_from(docs))
        start = data.draw(st.integers(0, len(doc.text) - 2))
        end = data.draw(st.integers(start + 1, len(doc.text)))
        return c.AddCoding(doc.id, data.draw(st.sampled_from(codes)).id, start, end, coder="h")
    if choice == "remove":
        return c.RemoveCodings([data.draw(st.sampled_from(codings)).id])
    if choice == "resize":
        x = data.draw(st.sampled_from(codings))
        return c.ChangeCoding(x.id, start=max(0, x.start - 1), memo="m", inferred=True)
    if choice == "code":
        return c.AddCode(data.draw(st.sampled_from([None, *[k.id for k in codes]])),
                         data.draw(st.text("abcdé😀", min_size=1, max_size=5)))
    a = data.draw(st.sampled_from(codes))
    b = data.draw(st.sampled_from(codes))
    if choice == "rename":
        return c.ChangeCode(a.id, name=a.name + "x", color="#00AA00", indicators={"nl": ["x"]})
    if choice == "move":
        return c.MoveCode(a.id, b.parent_id, data.draw(st.integers(0, 3)))
    if choice == "merge":
        return c.MergeCodes(a.id, b.id)
    if choice == "delete" and len(codes) > 2:
        return c.DeleteCode(a.id)
    if choice == "attr":
        return c.SetAttribute(data.draw(st.sampled_from(p.cases())).id, "segment", data.draw(st.text(max_size=3)))
    return c.SetMemo("code", a.id, data.draw(st.text(max_size=5)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_undo_to_original(tmp_path_factory, data):
    from tests.conftest import make_sample_project

    p = make_sample_project(tmp_path_factory.mktemp("prop") / "p.iwb")
    try:
        original = dump(p)
        undos, states = [], []
        for _ in range(data.draw(st.integers(1, 12))):
            try:
                undos.append(_random_command(p, data).apply(p))
                states.append(dump(p))
            except c.CommandError:
                pass  # refused edits change nothing
        redos = [u.apply(p) for u in reversed(undos)]
        assert dump(p) == original
        for redo, state in zip(reversed(redos), states, strict=True):
            redo.apply(p)
            assert dump(p) == state
    finally:
        p.close()


def test_merge_into_parent_with_same_named_grandchild_is_exact(sample_project):
    p = sample_project
    waarden = code_id(p, "Waarden")
    eerlijk = code_id(p, "Waarden/Eerlijkheid")
    twin = c.AddCode(eerlijk, "Eerlijkheid")
    twin.apply(p)
    doc = p.document_by_name("david")
    c.AddCoding(doc.id, twin.created_id, 0, 5).apply(p)
    before = dump(p)
    undo = c.MergeCodes(eerlijk, waarden).apply(p)
    assert len(p.codings()) == len(before["codings"])  # nothing silently lost
    assert p.find_code("Waarden/Eerlijkheid") is not None  # the grandchild moved up
    undo.apply(p)
    assert dump(p) == before


def test_code_memo_follows_merge_and_goes_with_delete(sample_project):
    p = sample_project
    src, dst = code_id(p, "Waarden/Eerlijkheid"), code_id(p, "Waarden/Betrouwbaarheid")
    c.SetMemo("code", src, "open kaart spelen").apply(p)
    c.SetMemo("code", dst, "doen wat je zegt").apply(p)
    c.MergeCodes(src, dst).apply(p)
    assert p.memo("code", dst).text == "doen wat je zegt\n\nopen kaart spelen"
    c.DeleteCode(dst).apply(p)
    fresh = c.AddCode(None, "Nieuw")
    fresh.apply(p)
    assert fresh.created_id not in (src, dst)  # ids are never handed out again
    assert p.memo("code", fresh.created_id) is None


def test_stale_undo_is_refused_not_applied(sample_project):
    p = sample_project
    code = code_id(p, "Waarden/Eerlijkheid")
    undo_rename = c.ChangeCode(code, name="Openheid").apply(p)
    c.ChangeCode(code, name="Oprechtheid").apply(p)  # someone else edits it since
    with pytest.raises(c.CommandError, match="changed since"):
        undo_rename.apply(p)
    assert p.code(code).name == "Oprechtheid"
    undo_add = c.AddCode(None, "Tijdelijk")
    inverse = undo_add.apply(p)
    c.AddCoding(p.documents()[0].id, undo_add.created_id, 0, 4).apply(p)
    with pytest.raises(c.CommandError):
        inverse.apply(p)  # deleting the code would orphan the new coding
    assert p.find_code("Tijdelijk") is not None and len(p.codings(code_ids=[undo_add.created_id])) == 1


def test_document_names_and_text_rules(empty_project):
    p = empty_project
    c.AddDocument("Interview 1", "Hallo daar", [], "nl").apply(p)
    assert p.search("hallo")  # a document without turns is still searchable
    with pytest.raises(c.CommandError, match="already a document"):
        c.AddDocument("interview 1", "Andere tekst", [], "nl").apply(p)
    with pytest.raises(c.CommandError, match="NFC"):
        c.AddDocument("crlf", "A: x\r\nB: y", [{"start": 0, "end": 4}], "nl")
    c.AddDocument("b", "x", [], "nl", case="Jose\u0301").apply(p)
    c.AddDocument("c", "y", [], "nl", case="José").apply(p)
    assert [k.name for k in p.cases()] == ["José"]


def test_change_coding_labels_name_the_edit(sample_project):
    """Undo labels say what changes: memo, inferred, resize, reassign (not 'Change coding')."""
    from workbench import i18n
    from workbench.core.commands import ChangeCoding

    p = sample_project
    coding = p.codings(code_ids=[p.code_by_path("Waarden/Eerlijkheid").id])[0]
    other = p.code_by_path("Waarden/Betrouwbaarheid").id
    cases = [
        ({"memo": "kern"}, "Edit memo of 'Eerlijkheid' coding", "Memo bij codering 'Eerlijkheid' bewerken"),
        ({"inferred": True}, "Mark 'Eerlijkheid' coding as inferred",
         "Codering 'Eerlijkheid' als afgeleid markeren"),
        ({"start": coding.start + 1}, "Resize 'Eerlijkheid' coding",
         "Grenzen van codering 'Eerlijkheid' aanpassen"),
        ({"code_id": other}, "Recode 'Eerlijkheid' as 'Betrouwbaarheid'",
         "'Eerlijkheid' hercoderen als 'Betrouwbaarheid'"),
    ]
    try:
        for fields, en, nl in cases:
            i18n.set_language("en")
            inverse = ChangeCoding(coding.id, **fields).apply(p)
            assert inverse.describe() == en
            i18n.set_language("nl")
            assert inverse.describe() == nl  # the name follows the language switch
            redo = inverse.apply(p)  # undo; the label names the same edit
            assert redo.describe() == nl
            i18n.set_language("en")
            assert redo.describe() == en
            i18n.set_language("nl")
            cmd = ChangeCoding(coding.id, **fields)
            cmd.apply(p)
            assert cmd.describe() == nl
            ChangeCoding(coding.id, **{k: getattr(coding, k) for k in fields}).apply(p)
    finally:
        i18n.set_language("en")


def test_undo_step_keeps_the_edit_name_not_the_command(tmp_path):
    """An undo step names its edit in the current language without holding on to the command
    (an imported document's whole text would otherwise live on in every step)."""
    import gc
    import weakref

    from workbench import i18n
    from workbench.core.commands import AddDocument
    from workbench.store import Project

    project = Project.create(tmp_path / "p.iwb")
    cmd = AddDocument("interview", "R: " + "woord " * 1000, [], "nl")
    inverse = cmd.apply(project)
    ref = weakref.ref(cmd)
    del cmd
    gc.collect()
    assert ref() is None
    try:
        names = {lang: (i18n.set_language(lang), inverse.describe())[1] for lang in ("en", "nl")}
    finally:
        i18n.set_language("en")
    assert names["en"] != names["nl"] and all("interview" in n for n in names.values())
    project.close()
