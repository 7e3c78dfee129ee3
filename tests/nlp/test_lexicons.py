"""The lexicons shipped in resources/lexicons."""

import pytest

from workbench.nlp.lexicons import for_language_lexicons, read_tsv

EMOTIONS = {"joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_emotion_lexicon_covers_plutchik_with_intensities(lang):
    rows = read_tsv(f"emotions.{lang}.tsv")
    assert len(rows) >= 150
    assert {r[1] for r in rows} == EMOTIONS
    assert all(0 < float(r[2]) <= 1 for r in rows)
    assert len({r[0] for r in rows}) == len(rows), "duplicate phrases"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cue_labels_are_known(lang):
    labels = {r[1] for r in read_tsv(f"cues.{lang}.tsv")}
    assert labels <= {"driver", "pain_point", "value", "small", "ignore", "expectation.granted", "expectation.surprise",
                      "expectation.comparison", "expectation.stated"}
    assert all(0 < float(r[2]) <= 1 for r in read_tsv(f"cues.{lang}.tsv"))


def test_dutch_polarity_comes_from_pattern_with_attribution():
    text = "\n".join("\t".join(r) for r in read_tsv("sentiment.nl.tsv"))
    assert len(text.splitlines()) > 3000
    from importlib import resources

    head = (resources.files("workbench") / "resources" / "lexicons" / "sentiment.nl.tsv").read_text("utf-8")[:300]
    assert "De Smedt" in head and "PDDL" in head
    lex = for_language_lexicons("nl")
    assert lex.sentiment["vriendelijk"] > 0 and lex.sentiment["onbeschoft"] < 0
    assert "naar" not in lex.sentiment  # a preposition far more often than "unpleasant"
