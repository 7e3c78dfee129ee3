"""Quality on the gold set (tests/nlp/gold): the issue's targets, at sentence level."""

from pathlib import Path

from workbench.nlp.suggest.evaluate import evaluate, read_gold

GOLD = Path(__file__).resolve().parent.parent / "gold"


def test_gold_set_is_large_enough_and_well_formed():
    dev = sorted(GOLD.glob("dev_*.txt"))
    docs = [read_gold(p) for p in dev]
    assert sum(d.language == "nl" for d in docs) >= 4 and sum(d.language == "en" for d in docs) >= 2
    assert sum(len(d.sentences) for d in docs) >= 300
    for d in docs + [read_gold(p) for p in GOLD.glob("heldout_*.txt")]:
        for start, end, kinds in d.sentences:
            assert kinds <= {"driver", "pain_point", "value", "expectation", "emotion"}, kinds
            assert d.text[start:end].strip() == d.text[start:end]


def test_dev_part_meets_the_targets(scheme_nl):
    scores, _n, _ = evaluate(sorted(GOLD.glob("dev_*.txt")), scheme_nl)
    assert scores["pain_point"].f1 >= 0.6
    assert scores["driver"].f1 >= 0.6
    assert scores["emotion"].f1 >= 0.5
    assert scores["expectation"].precision >= 0.5


def test_held_out_part_stays_close(scheme_nl):
    # Never tuned on; the floor is lower than the target (see the benchmark for the numbers).
    scores, _n, _ = evaluate(sorted(GOLD.glob("heldout_*.txt")), scheme_nl)
    assert scores["driver"].f1 >= 0.5
    assert scores["pain_point"].f1 >= 0.45
    assert scores["emotion"].f1 >= 0.5
    assert scores["expectation"].precision >= 0.5
