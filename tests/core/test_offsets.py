from hypothesis import given
from hypothesis import strategies as st

from workbench.core.offsets import count_words, from_utf16, snap_to_words, to_utf16


def test_utf16_round_trip_with_emoji_and_accents():
    text = "Eh 😤 café 👍🏽 klaar"
    for i in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, i)) == i
    assert to_utf16(text, text.index("café")) == text.index("café") + 1


@given(st.text())
def test_utf16_positions_match_encoding(text):
    for i in range(0, len(text) + 1, max(1, len(text) // 7)):
        assert to_utf16(text, i) == len(text[:i].encode("utf-16-le")) // 2


def test_snap_to_words():
    text = "ik werd doorverbonden naar"
    s = text.index("orverb")
    assert text[slice(*snap_to_words(text, s, s + 4))] == "doorverbonden"
    assert snap_to_words(text, 2, 8) == (3, 7)


def test_count_words():
    assert count_words("Eh, nou ja — één-op-één gesprek 😤") == 5
