"""The offline pipeline: no network, lemmas and stems, negation scope, modifiers, offsets."""

import socket
import subprocess
import sys

from workbench.nlp.pipeline import for_language


def test_loads_and_runs_without_network():
    # A fresh interpreter where every socket fails: spaCy blank + lookups + NLTK must still work.
    code = (
        "import socket\n"
        "def no(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = no; socket.create_connection = no; socket.getaddrinfo = no\n"
        "from workbench.nlp.pipeline import for_language\n"
        "s = for_language('nl').sentences('De monteurs kwamen niet. Ik was woedend!')\n"
        "assert len(s) == 2 and s[0].lemmas[1] == 'monteur', s\n"
        "e = for_language('en').sentences('They were Delayed.')\n"
        "assert e[0].lemmas[2] == 'delay', e[0].lemmas\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr
    assert socket.socket.connect is not None


def test_sentences_are_code_point_spans_with_emoji_and_accents():
    text = "Café 😤 was dicht. Naïef van me! Wat nu?"
    sentences = for_language("nl").sentences(text)
    assert [s.text for s in sentences] == ["Café 😤 was dicht.", "Naïef van me!", "Wat nu?"]
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert all(text[o:o + len(w)] == w for o, w in zip(s.offsets, s.words, strict=True))


def test_spans_limit_the_text_read():
    text = "Interviewer: Was het goed? Respondent: Nee. Het was slecht."
    start = text.index("Nee")
    sentences = for_language("nl").sentences(text, [(start, len(text))])
    assert [s.text for s in sentences] == ["Nee.", "Het was slecht."]
    assert {s.turn for s in sentences} == {0}


def test_english_lookup_is_lower_cased_and_stems_fill_gaps():
    p = for_language("en")
    assert p.key("Furious") == p.key("furious")
    assert p.key("apologised") == p.key("apologise")
    nl = for_language("nl")
    # "vriendelijkheid" is not in the lookup table: the Snowball stem meets "vriendelijke".
    assert nl.key("vriendelijkheid") == nl.key("vriendelijke")


def test_negation_scope_dutch_reaches_the_clause_english_what_follows():
    nl = for_language("nl").sentences("Ik vertrouw ze niet meer, maar de monteur was vriendelijk.")[0]
    flags = dict(zip(nl.words, nl.negated, strict=True))
    assert flags["vertrouw"] and flags["meer"]
    assert not flags["vriendelijk"]  # "maar" closes the scope
    en = for_language("en").sentences("I didn't trust them, but the driver was friendly.")[0]
    flags = dict(zip(en.words, en.negated, strict=True))
    assert flags["trust"] and not flags["friendly"]


def test_intensifiers_and_diminishers_weigh_the_next_words():
    s = for_language("nl").sentences("Ik was heel boos en een beetje verdrietig.")[0]
    weight = dict(zip(s.words, s.weight, strict=True))
    assert weight["boos"] > 1 and weight["verdrietig"] < 1 and weight["Ik"] == 1


def test_a_word_kept_whole_with_its_full_stop_still_ends_the_sentence():
    nl = for_language("nl").sentences("Mijn vader bankierde er ook al. Ik hecht aan trouw. Bel bijv. morgen.")
    assert [s.text for s in nl] == ["Mijn vader bankierde er ook al.", "Ik hecht aan trouw.", "Bel bijv. morgen."]
    en = for_language("en").sentences("She was delighted, and so was I. I didn't expect that.")
    assert len(en) == 2


def test_a_line_break_ends_a_sentence():
    text = "Ja klopt\nDat was echt vervelend"
    assert [s.text for s in for_language("nl").sentences(text)] == ["Ja klopt", "Dat was echt vervelend"]


def test_dutch_intensifying_compounds_read_as_their_last_part():
    s = for_language("nl").sentences("Ik was superblij en het was doodeng.")[0]
    keys = dict(zip(s.words, s.keys, strict=True))
    weight = dict(zip(s.words, s.weight, strict=True))
    p = for_language("nl")
    assert keys["superblij"] == p.key("blij") and keys["doodeng"] == p.key("eng")
    assert weight["superblij"] > 1 and weight["doodeng"] > 1
