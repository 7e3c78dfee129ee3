"""The suggestion engine on plain data: every kind, reasons, negation, learning, rejection."""

from workbench.nlp.lexicons import for_language_lexicons
from workbench.nlp.pipeline import for_language
from workbench.nlp.suggest import DocInput, SuggestInput, compute
from workbench.nlp.suggest.evidence import Reader

NL = ("Ik ben overgestapt omdat ik gewoon wil dat het geregeld is. "
      "Ik heb drie kwartier in de wacht gestaan en werd twee keer doorverbonden. "
      "Ik was echt woedend. "
      "Eerlijkheid vind ik het allerbelangrijkste. "
      "Bij Coolblue krijg je gewoon meteen een berichtje, dat mag je toch verwachten. "
      "De bezorger was niet vriendelijk.")


def _doc(text, lang="nl", spans=None, doc_id=1):
    return DocInput(doc_id, f"doc{doc_id}", lang, text, spans or [(0, len(text))])


def _by_sentence(suggestions, text, fragment):
    start = text.index(fragment)
    return {s.kind for s in suggestions if s.start <= start < s.end}


def test_every_kind_with_a_reason_and_a_code(scheme_nl):
    out = compute(SuggestInput([_doc(NL)], scheme_nl, "nl"))
    kinds = {s.kind for s in out}
    assert {"driver", "pain_point", "value", "expectation", "emotion"} <= kinds
    for s in out:
        assert s.reason and s.code and 0 < s.score <= 1
        assert NL[s.start:s.end] == s.text
    assert "driver" in _by_sentence(out, NL, "overgestapt")
    assert "pain_point" in _by_sentence(out, NL, "drie kwartier")
    assert "emotion" in _by_sentence(out, NL, "woedend")
    anger = next(s for s in out if s.kind == "emotion" and "woedend" in s.text)
    assert anger.code == "Emoties/Boosheid" and "woedend" in anger.reason


def test_expectations_from_cues_are_inferred(scheme_nl):
    out = compute(SuggestInput([_doc(NL)], scheme_nl, "nl"))
    exp = [s for s in out if s.kind == "expectation" and "Coolblue" in s.text]
    assert exp and all(s.inferred for s in exp)
    assert exp[0].code.startswith("Verwachtingen/Onbewuste verwachtingen")


def test_negated_praise_is_never_praise():
    p = for_language("nl")
    reader = Reader(p, for_language_lexicons("nl"))
    ev = reader.read(p.sentences("De bezorger was niet vriendelijk.")[0])
    assert not ev.positive and ev.negated_praise == ["vriendelijk"]
    ev = reader.read(p.sentences("Ik was niet blij met de levering.")[0])
    assert "joy" not in ev.emotions and "sadness" in ev.emotions  # a feeling all the same
    ev = reader.read(p.sentences("De bezorger was heel vriendelijk.")[0])
    assert ev.positive and not ev.negative


def test_negated_praise_suggests_a_pain_point_not_joy(scheme_nl):
    text = "De medewerker was totaal niet behulpzaam en ook niet vriendelijk."
    out = compute(SuggestInput([_doc(text)], scheme_nl, "nl"))
    assert "pain_point" in {s.kind for s in out}
    assert not [s for s in out if s.code == "Emoties/Vreugde"]


def test_english_with_capitals(scheme_nl):
    text = "I was FURIOUS. Obviously you'd expect them to call back. With KLM you get an update."
    out = compute(SuggestInput([_doc(text, "en")], scheme_nl, "en"))
    assert "emotion" in _by_sentence(out, text, "FURIOUS")
    assert "expectation" in _by_sentence(out, text, "Obviously")
    assert "expectation" in _by_sentence(out, text, "With KLM")


def test_only_the_given_spans_are_read(scheme_nl):
    text = "Interviewer: Was je boos? Respondent: Ja, ik was woedend."
    start = text.index("Ja,")
    out = compute(SuggestInput([_doc(text, spans=[(start, len(text))])], scheme_nl, "nl"))
    assert out and all(s.start >= start for s in out)


def test_learns_from_codings_and_from_rejections(scheme_nl):
    theme = max(c.id for c in scheme_nl) + 1
    from workbench.core.model import Code

    codes = [*scheme_nl, Code(theme, None, "Parkeren", "theme")]
    text = "De parkeerplaats bij de winkel is altijd vol met busjes. We hebben een hond."
    coded = [(theme, "nl", "Geen parkeerplaats te vinden bij de winkel, alles vol met busjes.")]
    out = compute(SuggestInput([_doc(text)], codes, "nl", coded=coded))
    learned = [s for s in out if s.code_id == theme]
    assert len(learned) == 1 and learned[0].source == "learned" and "Parkeren" in learned[0].reason
    # Rejected once: that span is never suggested again, and look-alikes are lowered.
    s = learned[0]
    rejected = [(1, theme, s.start, s.end, "nl", s.text)]
    again = compute(SuggestInput([_doc(text)], codes, "nl", coded=coded, rejected=rejected))
    assert not [x for x in again if x.code_id == theme]
    other = "Bij de winkel is de parkeerplaats altijd vol met busjes, echt waar."
    lowered = compute(SuggestInput([_doc(other, doc_id=2)], codes, "nl", coded=coded, rejected=rejected))
    plain = compute(SuggestInput([_doc(other, doc_id=2)], codes, "nl", coded=coded))
    score = lambda out: max((x.score for x in out if x.code_id == theme), default=0)  # noqa: E731
    assert score(lowered) < score(plain)


def test_progress_and_cancel(scheme_nl):
    docs = [_doc(NL, doc_id=i) for i in range(1, 4)]
    seen = []
    compute(SuggestInput(docs, scheme_nl, "nl"), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    out = compute(SuggestInput(docs, scheme_nl, "nl"), cancel=lambda: True)
    assert out == []


def test_empty_codebook_suggests_nothing():
    assert compute(SuggestInput([_doc(NL)], [], "nl")) == []
