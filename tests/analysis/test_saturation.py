import pytest

from workbench.analysis.saturation import saturation
from workbench.core.commands import AddCode, AddCoding, AddDocument, SetAttribute
from workbench.store import Project

# interview → codes it mentions, listed in interview order (1..8)
PLAN = [{1, 2, 3}, {3, 4, 5}, {5, 6}, {7}, {8}, {1}, {2}, set()]


@pytest.fixture
def eight(tmp_path):
    p = Project.create(tmp_path / "sat.iwb", language="en")
    ids = {}
    for n in range(1, 9):
        cmd = AddCode(None, f"C{n}", "theme")
        cmd.apply(p)
        ids[n] = cmd.created_id
    # imported in reverse, so only the interview dates give the right order
    for i in reversed(range(8)):
        AddDocument(f"i{i + 1}", "word " * 10, [], "en", case=f"P{i + 1}").apply(p)
    for case in p.cases():
        n = int(case.name[1:])
        SetAttribute(case.id, "interview_date", f"2026-03-{n:02d}", "date").apply(p)
    for i, codes in enumerate(PLAN):
        doc = p.document_by_name(f"i{i + 1}")
        for n in codes:
            AddCoding(doc.id, ids[n], 0, 4, coder="S").apply(p)
    yield p
    p.close()


def test_guest_namey_chen_by_hand(eight):
    r = saturation(eight)
    assert r.documents == [f"i{n}" for n in range(1, 9)]
    assert r.new_codes == [3, 2, 1, 1, 1, 0, 0, 0]
    assert r.cumulative == [3, 5, 6, 7, 8, 8, 8, 8]
    assert r.base_codes == 7
    # run 5–6 brings C8: 1/7 = 14 % > 5 %; run 6–7 brings nothing
    assert [(k, n) for k, n, _ in r.runs] == [(4, 1), (5, 0), (6, 0)]
    assert r.reached_at == 5 and r.new_information == 0
    assert r.label() == "saturation reached at 5+2 interviews with 0 % new information"


def test_threshold_not_reached_and_too_few(eight):
    from workbench.analysis.dataset import Filter

    r = saturation(eight, threshold=0.15)
    assert r.reached_at == 4 and round(r.new_information * 100) == 14
    first_five = Filter(where={"interview_date": {f"2026-03-0{n}" for n in range(1, 6)}})
    r = saturation(eight, first_five, base_size=4, run_length=1)  # run 5 brings C8: 1/7
    assert [(k, n) for k, n, _ in r.runs] == [(4, 1)]
    assert not r.reached and not r.too_few and r.label() == "saturation not reached"
    r = saturation(eight, base_size=4, run_length=5)
    assert r.too_few and r.label() == "too few interviews to judge saturation (needs at least 9)"


def test_import_order_without_dates(tmp_path):
    p = Project.create(tmp_path / "nodates.iwb")
    for name in ("b", "a"):
        AddDocument(name, "x y", [], "nl").apply(p)
    assert saturation(p).documents == ["b", "a"]
    p.close()
