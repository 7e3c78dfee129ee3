"""Speaker-turn detection: marker styles, timestamps, continuation lines, false positives, roles."""

from __future__ import annotations

import pytest

from workbench.importers import ImportedTurn
from workbench.importers.common import normalise
from workbench.importers.speakers import detect_turns, guess_roles, time_to_ms


def turns_of(source: str, markdown: bool = False):
    text, turns = detect_turns(normalise(source), markdown=markdown)
    spans = [text[t.start : t.end] for t in turns]
    for turn, span in zip(turns, spans, strict=True):
        if turn.speaker:
            assert span.startswith(turn.speaker + ": ")
    # paragraphs are separated by exactly one blank line and cover the whole text
    assert "\n\n".join(spans) == text
    return text, turns, spans


def test_short_labels_and_roles():
    _text, turns, spans = turns_of("I: Hoe gaat het?\nR: Goed.\nQ: En verder?\nA: Ook goed.")
    assert [t.speaker for t in turns] == ["I", "R", "Q", "A"]
    assert [t.role for t in turns] == ["interviewer", "respondent", "interviewer", "respondent"]
    assert spans[1] == "R: Goed."


def test_space_before_colon_and_numbered_labels():
    src = "Interviewer1 : Wat doet u?\nInterviewee 1: Ik werk.\nInterviewer1 : Waar?\nInterviewee 1 : Thuis."
    _text, turns, spans = turns_of(src)
    assert [t.speaker for t in turns] == ["Interviewer1", "Interviewee 1", "Interviewer1", "Interviewee 1"]
    assert spans[3] == "Interviewee 1: Thuis."
    assert [t.role for t in turns[:2]] == ["interviewer", "respondent"]


def test_full_names_with_dots_and_accents():
    src = (
        "Sanne W.: Wat vond u van de monteur?\n"
        "Mevr. de Vries: Aardig. Maar hij kwam te laat.\n"
        "Sanne W.: Hoe laat?\n"
        "Mevr. de Vries: Om 10:30 in plaats van 9 uur.\n"
        "Zoë Ağaoğlu-Núñez: Ik was er ook bij.\n"
        "Zoë Ağaoğlu-Núñez: Klopt.\n"
    )
    _text, turns, spans = turns_of(src)
    assert [t.speaker for t in turns] == ["Sanne W.", "Mevr. de Vries"] * 2 + ["Zoë Ağaoğlu-Núñez"] * 2
    assert spans[3] == "Mevr. de Vries: Om 10:30 in plaats van 9 uur."
    roles = {t.speaker: t.role for t in turns}
    assert roles == {
        "Sanne W.": "interviewer",
        "Mevr. de Vries": "respondent",
        "Zoë Ağaoğlu-Núñez": "respondent",
    }


def test_continuation_lines_and_let_op_not_a_speaker():
    src = (
        "Interviewer: Wat gebeurde er?\n"
        "Marieke: Ik belde de klantenservice.\n"
        "Let op: de meter stond toen op nul.\n"
        "Note: the meter was new.\n"
        "\n"
        "En toen werd ik drie keer doorverbonden.\n"
        "Zie https://voorbeeld.nl/storing voor details.\n"
        "https://voorbeeld.nl/faq\n"
        "Interviewer: Vervelend?\n"
        "Marieke: Heel.\n"
    )
    _text, turns, spans = turns_of(src)
    assert [t.speaker for t in turns] == ["Interviewer", "Marieke", "Interviewer", "Marieke"]
    assert spans[1] == (
        "Marieke: Ik belde de klantenservice.\nLet op: de meter stond toen op nul.\n"
        "Note: the meter was new.\nEn toen werd ik drie keer doorverbonden.\n"
        "Zie https://voorbeeld.nl/storing voor details.\nhttps://voorbeeld.nl/faq"
    )


def test_recurring_label_counts_as_speaker():
    src = "Jan: hallo\nPiet: hoi\nvervolg van piet\nJan: doei\nPiet: dag"
    _, turns, spans = turns_of(src)
    assert [t.speaker for t in turns] == ["Jan", "Piet", "Jan", "Piet"]
    assert spans[1] == "Piet: hoi\nvervolg van piet"


def test_bracketed_timestamps_before_and_after_label():
    src = (
        "[00:01:23] Interviewer: Hoe was het?\n"
        "Respondent: [00:01:30.450] Goed.\n"
        "(01:40) Interviewer: En toen?\n"
        "Respondent (01:45): Niks.\n"
    )
    text, turns, spans = turns_of(src)
    assert [t.time_ms for t in turns] == [83000, 90450, 100000, 105000]
    assert spans == [
        "Interviewer: Hoe was het?",
        "Respondent: Goed.",
        "Interviewer: En toen?",
        "Respondent: Niks.",
    ]
    assert "[" not in text and "(" not in text


def test_bare_timestamps_when_used_consistently():
    src = "00:00:01.250 Interviewer: Start?\nRespondent: 0:03 Ja.\nInterviewer: 1:02:03 Klaar?"
    _, turns, spans = turns_of(src)
    assert [t.time_ms for t in turns] == [1250, 3000, 3723000]
    assert spans[1] == "Respondent: Ja."


def test_single_bare_time_is_content():
    src = "Interviewer: Wanneer kwam hij?\nRespondent: 10:30 zei hij, maar het werd later."
    _, turns, spans = turns_of(src)
    assert turns[1].time_ms is None
    assert spans[1] == "Respondent: 10:30 zei hij, maar het werd later."


def test_transcription_service_style():
    src = "Speaker 1  0:03\nHoe was het?\n\nSpeaker 2  0:10\nPrima.\nEcht.\n\nSpeaker 1  1:20\nMooi?"
    _, turns, spans = turns_of(src)
    assert spans == ["Speaker 1: Hoe was het?", "Speaker 2: Prima.\nEcht.", "Speaker 1: Mooi?"]
    assert [t.time_ms for t in turns] == [3000, 10000, 80000]
    assert [t.role for t in turns] == ["interviewer", "respondent", "interviewer"]


def test_name_line_followed_by_time_line():
    src = "Sanne\n00:00:05\nHoi, hoe gaat het?\n\nPiet\n00:00:09,450\nGoed.\nEn met jou?"
    _, turns, spans = turns_of(src)
    assert spans == ["Sanne: Hoi, hoe gaat het?", "Piet: Goed.\nEn met jou?"]
    assert [t.time_ms for t in turns] == [5000, 9450]


def test_all_caps_names_on_own_line():
    src = "INTERVIEWER\nWat vond u?\n\nJAN DE VRIES\nNiks bijzonders.\nGewoon.\n\nINTERVIEWER\nDank u."
    _, turns, spans = turns_of(src)
    assert [t.speaker for t in turns] == ["INTERVIEWER", "JAN DE VRIES", "INTERVIEWER"]
    assert spans[1] == "JAN DE VRIES: Niks bijzonders.\nGewoon."
    assert turns[1].role == "respondent"


def test_markdown_headings_and_bold_labels():
    src = "## Inleiding\nOver energie.\n\n### Interviewer\nWat kost het?\n\n**Klant:** Te veel.\n"
    _, turns, spans = turns_of(src, markdown=True)
    assert spans == ["Inleiding", "Over energie.", "Interviewer: Wat kost het?", "Klant: Te veel."]
    assert [t.role for t in turns] == ["other", "other", "interviewer", "respondent"]


def test_lone_caps_heading_is_not_a_speaker():
    src = "INLEIDING\nDit gesprek ging over de verhuizing.\nHet duurde lang."
    _, turns, spans = turns_of(src)
    assert all(t.speaker == "" for t in turns)
    assert "INLEIDING" in spans[0]


def test_no_markers_one_turn_per_paragraph():
    src = "Eerste alinea.\nnog een regel.\n\nTweede alinea over €10 😀.\n\nDerde: met dubbele punt."
    _text, turns, spans = turns_of(src)
    assert spans == [
        "Eerste alinea.\nnog een regel.",
        "Tweede alinea over €10 😀.",
        "Derde: met dubbele punt.",
    ]
    assert {(t.speaker, t.role) for t in turns} == {("", "respondent")}


def test_no_markers_no_blank_lines_one_turn_per_line():
    _, _turns, spans = turns_of("Regel een.\nRegel twee.\nRegel drie.")
    assert spans == ["Regel een.", "Regel twee.", "Regel drie."]


def test_timestamped_lines_without_speakers():
    _, turns, spans = turns_of("[00:00:01] Hallo.\n[00:00:04] Ik bel over mijn meter.")
    assert spans == ["Hallo.", "Ik bel over mijn meter."]
    assert [t.time_ms for t in turns] == [1000, 4000]


def test_preamble_before_first_speaker():
    src = (
        "Interview klant 12\nDatum 3 maart\n\n"
        "Interviewer: Welkom.\nRespondent: Dank.\nInterviewer: Zullen we?"
    )
    _, turns, spans = turns_of(src)
    assert spans[0] == "Interview klant 12\nDatum 3 maart"
    assert (turns[0].speaker, turns[0].role) == ("", "other")
    assert [t.speaker for t in turns[1:]] == ["Interviewer", "Respondent", "Interviewer"]


def test_table_rows_with_tab_separated_speakers():
    src = "Jan\tHallo, hoe gaat het?\nPiet\tGoed.\nJan\tMooi zo?"
    _, turns, spans = turns_of(src)
    assert spans == ["Jan: Hallo, hoe gaat het?", "Piet: Goed.", "Jan: Mooi zo?"]
    assert turns[0].role == "interviewer"


def test_offsets_with_emoji_and_accents():
    src = "Interviewer: 😀😀 Één vraag?\nKlant: “Prima” 👍🏽, €5 — café.\nInterviewer: 🎉?"
    text, turns, spans = turns_of(src)
    assert spans[1] == "Klant: “Prima” 👍🏽, €5 — café."
    assert text.index("Klant") == turns[1].start
    assert turns[2].end == len(text)


def test_speaker_case_variants_share_one_name():
    _, turns, _ = turns_of("Interviewer: a?\nINTERVIEWER: b?\nKlant: c")
    assert [t.speaker for t in turns] == ["Interviewer", "Interviewer", "Klant"]


def test_guess_roles_questions_decide():
    text = "Ann: Wat doet u?\n\nBob: Ik werk.\n\nAnn: Waar dan?\n\nBob: Thuis. Waarom?\n\nAnn: Zomaar."
    starts = [0, 18, 33, 49, 70]
    ends = [16, 31, 47, 68, len(text)]
    speakers = ["Ann", "Bob", "Ann", "Bob", "Ann"]
    turns = [ImportedTurn(s, e, sp) for s, e, sp in zip(starts, ends, speakers, strict=True)]
    assert text[turns[3].start : turns[3].end] == "Bob: Thuis. Waarom?"
    assert guess_roles(turns, text) == {"Ann": "interviewer", "Bob": "respondent"}


def test_guess_roles_known_labels_win():
    text = "Onderzoeker: Goed.\n\nKlant: Wat bedoelt u?\n\nDeelnemer 2: Ja."
    turns = [
        ImportedTurn(0, 18, "Onderzoeker"),
        ImportedTurn(20, 41, "Klant"),
        ImportedTurn(43, 58, "Deelnemer 2"),
    ]
    assert guess_roles(turns, text) == {
        "Onderzoeker": "interviewer",
        "Klant": "respondent",
        "Deelnemer 2": "respondent",
    }


def test_guess_roles_single_unknown_speaker_is_respondent():
    turns = [ImportedTurn(0, 10, "Marieke")]
    assert guess_roles(turns, "Marieke: ?") == {"Marieke": "respondent"}


@pytest.mark.parametrize(
    ("stamp", "ms"),
    [("0:03", 3000), ("01:23", 83000), ("00:01:23", 83000), ("00:01:23.450", 83450), ("1:00:00,5", 3600500)],
)
def test_time_to_ms(stamp, ms):
    assert time_to_ms(stamp) == ms


def test_detection_is_fast_enough(tmp_path):
    import time

    from workbench.importers import read_file

    body = " ".join(["ik vond het gewoon niet goed dat de monteur te laat kwam"] * 3)
    lines = []
    for i in range(2000):
        speaker = "Interviewer" if i % 2 == 0 else "Marieke"
        lines.append(f"[00:{i // 60 % 60:02d}:{i % 60:02d}] {speaker}: {body}")
    path = tmp_path / "lang.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    words = len(path.read_text(encoding="utf-8").split())
    start = time.perf_counter()
    doc = read_file(path)
    elapsed = time.perf_counter() - start
    assert len(doc.turns) == 2000
    assert words / elapsed > 200_000  # ~1.8M words/s measured; generous for slow CI machines


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("source", [
    "**Anna** Ik wil bijv. bellen.\n\n**Interviewer** Waarom?\n\n**Anna** Gewoon, omdat.",
    "**Anna:** Ik wil bijv. bellen.\n**Interviewer:** Waarom?\n**Anna:** Gewoon, omdat.",
    "__Anna__ Ik wil bijv. bellen.\n__Interviewer__ Waarom?\n__Anna__ Gewoon, omdat.",
    "__Anna__\nIk wil bijv. bellen.\n\n__Interviewer__\nWaarom?\n\n**Anna**\nGewoon, omdat.",
])
def test_markdown_bold_labels(source, markdown):
    text, turns, spans = turns_of(source, markdown)
    assert [(t.speaker, t.role) for t in turns] == [("Anna", "respondent"), ("Interviewer", "interviewer"),
                                                    ("Anna", "respondent")]
    assert spans[0] == "Anna: Ik wil bijv. bellen." and "*" not in text and "__" not in text


def test_bold_words_inside_a_sentence_are_not_speakers():
    _text, turns, _spans = turns_of("Dit is **belangrijk** om te weten.\n\nEn **nog** iets anders.")
    assert {t.speaker for t in turns} == {""}


def test_one_speaker_written_two_ways_is_one_speaker():
    _text, turns, spans = turns_of("Interviewer1: Hoe ging het?\n\nAnna: Goed.\n\nInterviewer 1: En toen?\n\n"
                                   "ANNA: Klaar.")
    assert [t.speaker for t in turns] == ["Interviewer1", "Anna", "Interviewer1", "Anna"]
    assert spans[2] == "Interviewer1: En toen?"
    assert {t.role for t in turns if t.speaker == "Interviewer1"} == {"interviewer"}
