"""Offsets follow their words from one version of a text to another."""

from workbench.core.realign import OffsetMap, align


def moved(old, new, needle):
    s = old.index(needle)
    span = OffsetMap(align(old, new)).span(s, s + len(needle))
    return None if span is None else new[span[0]:span[1]]


def test_relabelled_lines_keep_their_words():
    old = "**Anna** Ik wil bijv. bellen.\n\n**Interviewer1** Waarom?\n\n**Anna** Gewoon 😤 omdat."
    new = "Anna: Ik wil bijv. bellen.\n\nInterviewer 1: Waarom?\n\nAnna: Gewoon 😤 omdat."
    for needle in ("Ik wil bijv. bellen.", "Waarom?", "Gewoon 😤 omdat", "bellen"):
        assert moved(old, new, needle) == needle


def test_a_span_over_removed_text_shrinks_to_what_is_left():
    old = "[00:01] Anna: Hallo daar.\n[00:05] Bob: Dag."
    new = "Anna: Hallo daar.\n\nBob: Dag."
    s = 0
    span = OffsetMap(align(old, new)).span(s, old.index(" daar"))
    assert new[span[0]:span[1]] == "Anna: Hallo"
    assert moved(old, new, "[00:01]") is None


def test_long_text_aligns_quickly():
    import time

    lines = [f"Spreker{i % 2}: zin nummer {i} over de klantenservice." for i in range(3000)]
    old = "\n\n".join(lines)
    new = old.replace("Spreker1:", "Spreker 1:")
    t = time.perf_counter()
    m = OffsetMap(align(old, new))
    assert time.perf_counter() - t < 20  # a guard against a quadratic blow-up (minutes), not a benchmark
    s = old.index("zin nummer 2999")
    assert new[slice(*m.span(s, s + 15))] == "zin nummer 2999"


def test_name_lines_joined_to_their_utterance_in_a_long_text():
    paras = [f"Spreker{i % 2}: Jaar {i} ja, de klantenservice belde {i} keer." for i in range(2000)]
    new = "\n\n".join(paras)
    old = "\n\n".join(p.replace(": ", "\n", 1) for p in paras)  # the name on its own line
    m = OffsetMap(align(old, new))
    for needle in ("Jaar 1999 ja, de klantenservice belde 1999 keer.", "Jaar 7 ja"):
        s = old.index(needle)
        assert new[slice(*m.span(s, s + len(needle)))] == needle
