"""Friction told as plain facts (workbench/nlp/suggest/friction.py), Dutch and English."""

import pytest

from workbench.nlp.pipeline import for_language
from workbench.nlp.suggest import DocInput, SuggestInput, compute
from workbench.nlp.suggest.friction import find


def _find(text, lang):
    p = for_language(lang)
    return find(p.sentences(text)[0], lang, p.negators)


def _pain(text, lang, codes):
    out = compute(SuggestInput([DocInput(1, "d", lang, text, [(0, len(text))])], codes, lang))
    return [s for s in out if s.kind == "pain_point"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik heb drie keer gebeld voordat er iets gebeurde."),
    ("nl", "Pas na zes weken kwam er een antwoord."),
    ("nl", "Ik wacht nog steeds op mijn terugbetaling."),
    ("nl", "Ik moest zelf alle papieren opnieuw opsturen."),
    ("nl", "Ze hadden beloofd dat de monteur dinsdag kwam, maar daar heb ik niemand gezien."),
    ("nl", "Opeens was het maandbedrag twintig euro hoger."),
    ("en", "I called them four times about the same meter."),
    ("en", "It was two weeks before anyone sent a reply."),
    ("en", "I still haven't heard back from them."),
    ("en", "They promised a refund but it never came."),
    ("en", "Suddenly the bill was forty pounds higher."),
])
def test_friction_told_as_a_fact(lang, text, scheme_nl):
    assert _find(text, lang)
    pain = _pain(text, lang, scheme_nl)
    assert pain and pain[0].score >= 0.5
    assert ("feit" if lang == "nl" else "fact") in pain[0].reason or "wrijving" in pain[0].reason


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "We zijn al twintig jaar klant bij deze bank."),
    ("nl", "Ik heb twee kinderen en een hond."),
    ("nl", "Ik hoefde niet opnieuw te bellen."),
    ("nl", "Ze hebben het binnen twee dagen teruggebeld en opgelost."),
    ("nl", "Ze zeiden dat de bank dat zelf moet regelen."),
    ("en", "We have been customers for twenty years."),
    ("en", "They called back within two hours."),
    ("en", "I go to the gym three times a week."),
    ("en", "They promised delivery on Monday and it arrived on Monday."),
])
def test_neutral_facts_are_no_friction(lang, text):
    assert not _find(text, lang)


def test_reason_is_written_in_the_project_language(scheme_nl):
    text = "Ik heb drie keer gebeld."
    out = compute(SuggestInput([DocInput(1, "d", "nl", text, [(0, len(text))])], scheme_nl, "en"))
    pain = [s for s in out if s.kind == "pain_point"]
    assert pain and "effort or delay told as a fact" in pain[0].reason and "drie keer gebeld" in pain[0].reason
