"""The demo project: eight interviews, participant sheet, klantbeleving codebook, coded."""

import pytest

from workbench.demo import build_demo, demo_dir, load_anchors, participants


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.iwb")
    yield project
    project.close()


def test_interviews_and_participants(demo):
    docs = demo.documents()
    assert len(docs) == 8
    assert sorted(d.language for d in docs).count("en") == 2
    assert all(1500 <= d.word_count <= 3000 for d in docs)
    for doc in docs:
        assert len(demo.speakers(doc.id)) == 2
        assert {role for _, role in demo.speakers(doc.id)} == {"interviewer", "respondent"}
    attrs = {c.name: c.attributes for c in demo.cases()}
    assert attrs["Henk"]["segment"] == "Energie - senior" and isinstance(attrs["Henk"]["nps"], int)


def test_codings_cover_all_kinds_with_inferred_memos(demo):
    codings = demo.codings()
    assert len(codings) >= 150
    kinds = {demo.code(c.code_id).kind for c in codings}
    assert kinds >= {"driver", "pain_point", "value", "expectation", "emotion"}
    inferred = [c for c in codings if c.inferred]
    assert len(inferred) >= 20 and all(c.memo.strip() for c in inferred)


def test_two_coders_on_two_interviews(demo):
    by_doc = {}
    for c in demo.codings():
        by_doc.setdefault(demo.document(c.document_id).name, set()).add(c.coder)
    double = [name for name, coders in by_doc.items() if len(coders) == 2]
    assert sorted(double) == ["01_marieke", "02_henk"]


def test_every_anchor_resolves_inside_one_turn(demo):
    for row in participants(demo_dir()):
        doc = demo.document_by_name(row["document"])
        turns = demo.turns(doc.id)
        for anchor in load_anchors(demo_dir() / "codings" / f"{doc.name}.yaml"):
            start = doc.text.index(anchor.quote)
            assert any(t.start <= start and start + len(anchor.quote) <= t.end for t in turns), anchor.quote
