"""Sentences by spaCy's sentencizer: abbreviations do not end a sentence."""

from workbench.nlp.sentences import pipeline, sentence_at, sentence_spans


def test_dutch_abbreviations_stay_inside_the_sentence():
    text = "Ik wil bijv. dat ze gewoon terugbellen. Dat is toch normaal? Ja, d.w.z. meestal wel!"
    assert [text[s:e] for s, e in sentence_spans(text, "nl")] == [
        "Ik wil bijv. dat ze gewoon terugbellen.", "Dat is toch normaal?",
        "Ja, d.w.z. meestal wel!"]


def test_english_abbreviations():
    text = "I wanted e.g. a call back. Mr. Jansen said so."
    assert [text[s:e] for s, e in sentence_spans(text, "en")] == [
        "I wanted e.g. a call back.", "Mr. Jansen said so."]


def test_sentence_at_stays_inside_the_given_range_and_lines():
    text = "Marieke: Eh, nou ja. Ik werd bijv. gebeld! Echt waar\nnieuwe regel.\n\nInterviewer: Oké."
    lo, hi = text.index("Eh"), text.index("\n\n")
    assert text[slice(*sentence_at(text, text.index("gebeld"), lo, hi))] == "Ik werd bijv. gebeld!"
    assert text[slice(*sentence_at(text, lo, lo, hi))] == "Eh, nou ja."
    assert text[slice(*sentence_at(text, text.index("waar"), lo, hi))] == "Echt waar"
    assert text[slice(*sentence_at(text, text.index("regel"), lo, hi))] == "nieuwe regel."


def test_pipeline_is_built_once_per_language():
    assert pipeline("nl") is pipeline("nl")
    assert pipeline("xx") is pipeline("nl")
    assert pipeline("en") is not pipeline("nl")


def test_offsets_with_emoji_and_accents():
    text = "Café 😤 was dicht. Daarna bijv. niets."
    spans = sentence_spans(text, "nl")
    assert [text[s:e] for s, e in spans] == ["Café 😤 was dicht.", "Daarna bijv. niets."]
