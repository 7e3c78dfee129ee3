"""One normalisation for stored and imported text."""

from workbench.core.normalise import canonical, clean_transcript
from workbench.importers.common import normalise


def test_canonical_nfc_line_ends_and_bom():
    assert canonical("\ufeffcafe\u0301\r\nx\ry") == "café\nx\ny"


def test_a_paragraph_separator_is_a_blank_line_in_both_forms():
    text = "Eerste alinea.\u2029Tweede\u2028regel."
    assert canonical(text) == "Eerste alinea.\n\nTweede\nregel."
    assert clean_transcript(text) == canonical(text)
    assert normalise(text) == canonical(text)  # the importers use the same rules


def test_clean_transcript_tidies_on_top_of_canonical():
    raw = "\n\nInterviewer: Hallo  \r\n\r\n\r\n\r\nAnna:\u00a0Hoi\f"
    cleaned = clean_transcript(raw)
    assert cleaned == "Interviewer: Hallo\n\nAnna:\u00a0Hoi"
    assert canonical(cleaned) == cleaned  # stored as imported: offsets stay valid
