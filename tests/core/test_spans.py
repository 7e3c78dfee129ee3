"""Turn bodies leave the speaker label out; in-vivo names."""

from workbench.core.model import Turn
from workbench.core.spans import in_vivo_name, label_end, turn_body

TEXT = "Ahmed El Amrani: De eerste keer ging het mis.\n\nInterviewer: En toen?\n\nZonder label hier."


def _turn(start, end, speaker):
    return Turn(1, 1, start, end, speaker)


def test_turn_body_starts_after_the_label():
    end = TEXT.index("\n")
    s, e = turn_body(TEXT, _turn(0, end, "Ahmed El Amrani"))
    assert TEXT[s:e] == "De eerste keer ging het mis."
    start = TEXT.index("Interviewer")
    s, e = turn_body(TEXT, _turn(start, start + len("Interviewer: En toen?"), "Interviewer"))
    assert TEXT[s:e] == "En toen?"


def test_turn_without_a_label_in_the_text_is_taken_whole():
    start = TEXT.index("Zonder")
    assert TEXT[slice(*turn_body(TEXT, _turn(start, len(TEXT), "Anna")))] == "Zonder label hier."
    assert TEXT[slice(*turn_body(TEXT, _turn(start, len(TEXT), "")))] == "Zonder label hier."
    assert label_end(TEXT, start, len(TEXT), "") == start


def test_in_vivo_name():
    assert in_vivo_name("“gewoon geregeld”") == "gewoon geregeld"
    assert in_vivo_name("a/b\nc") == "a b c"
    assert len(in_vivo_name("woord " * 40)) <= 61
