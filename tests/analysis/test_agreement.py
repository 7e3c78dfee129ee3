import pytest

from workbench.analysis.agreement import (
    agreement,
    coder_pairs,
    cohen_kappa,
    krippendorff_alpha,
    nltk_alpha,
)
from workbench.core.commands import AddCode, AddCoding, AddDocument
from workbench.store import Project


def test_cohen_kappa_textbook_two_by_two():
    # 50 proposals; both yes 20, A yes/B no 5, A no/B yes 10, both no 15: po .7, pe .5
    assert cohen_kappa([[20, 5], [10, 15]]) == pytest.approx(0.4)
    assert cohen_kappa([[0, 0], [0, 10]]) == 1.0


def test_krippendorff_2011_worked_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units
    rows = {"A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
            "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 ."}
    triples = [(coder, unit, value) for coder, line in rows.items()
               for unit, value in enumerate(line.split()) if value != "."]
    assert round(nltk_alpha(triples), 3) == 0.743
    assert krippendorff_alpha(triples) == pytest.approx(nltk_alpha(triples))


def test_fast_alpha_matches_nltk_on_random_tables():
    import random

    rng = random.Random(7)
    for _ in range(20):
        coders = ["a", "b", "c"][: rng.randint(2, 3)]
        triples = [(c, u, rng.choice([0, 1, 1, 2])) for u in range(rng.randint(5, 40)) for c in coders
                   if rng.random() > 0.1]
        if len({v for *_, v in triples}) > 1:
            assert krippendorff_alpha(triples) == pytest.approx(nltk_alpha(triples))


@pytest.fixture
def two_coders(tmp_path):
    p = Project.create(tmp_path / "agree.iwb", language="en")
    text = "x" * 50
    AddDocument("doc", text, [], "en", case="P").apply(p)
    AddDocument("solo", "only one coder here.", [], "en", case="Q").apply(p)
    cmd = AddCode(None, "K", "theme")
    cmd.apply(p)
    k = cmd.created_id
    doc = p.document_by_name("doc").id
    AddCoding(doc, k, 0, 25, coder="A").apply(p)
    AddCoding(doc, k, 0, 20, coder="B").apply(p)
    AddCoding(doc, k, 25, 35, coder="B").apply(p)
    AddCoding(p.document_by_name("solo").id, k, 0, 4, coder="A").apply(p)
    yield p
    p.close()


def test_character_level_is_the_textbook_table(two_coders):
    r = agreement(two_coders, "A", "B")
    assert r.documents == ["doc"]  # "solo" was coded by A only
    (k,) = r.codes
    assert k.char_agreement == pytest.approx(0.7)  # 20 both + 15 neither of 50
    assert k.char_kappa == pytest.approx(0.4)
    assert r.char_kappa == pytest.approx(0.4)
    # segments: A[0,25) vs B[0,20): 20/25 = 80 % < 90 %; B[25,35) overlaps nothing of A
    assert (k.segments_a, k.segments_b, k.segments_matched) == (1, 2, 0)
    assert len(r.disagreements) == 2
    first = r.disagreements[0]
    assert first.a[:2] == (0, 25) and first.b[:2] == (0, 20)
    assert r.disagreements[1].a is None and r.disagreements[1].b[:2] == (25, 35)
    loose = agreement(two_coders, "A", "B", min_overlap=0.8)
    assert loose.codes[0].segments_matched == 2 and loose.segment_agreement == pytest.approx(2 / 3)


def test_alpha_over_sentences(tmp_path):
    p = Project.create(tmp_path / "alpha.iwb", language="en")
    text = "Een. Twee. Drie. Vier."
    AddDocument("d", text, [], "nl").apply(p)
    cmd = AddCode(None, "K", "theme")
    cmd.apply(p)
    d = p.document_by_name("d").id
    for coder, words in (("A", ("Een.", "Twee.")), ("B", ("Een.", "Drie."))):
        for w in words:
            s = text.index(w)
            AddCoding(d, cmd.created_id, s, s + len(w), coder=coder).apply(p)
    r = agreement(p)
    assert (r.coder_a, r.coder_b) == ("A", "B")
    # units A 1100, B 1010: Do = 4/8, De = 2·4·4/(8·7) → α = 1 − 0.5/0.5714 = 0.125
    assert r.codes[0].alpha == pytest.approx(0.125)
    assert r.alpha == pytest.approx(0.125)
    assert coder_pairs(p) == [("A", "B", 1)]
    p.close()


def test_no_second_coder(handmade):
    assert agreement(handmade[0]) is None
