"""Foreign text into the stored form, with its positions carried along."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.normalise import canonical
from workbench.exchange.textmap import normalise_with_map


def test_unchanged_text_maps_to_itself():
    m = normalise_with_map("plain text 😤 here")
    assert m.text == "plain text 😤 here" and m.span(3, 8) == (3, 8) and m.span(-4, 99) == (0, 17)


def test_bom_crlf_and_decomposed_accents():
    raw = "\ufeffcafe\u0301\r\nzo\u0308 boos\rklaar"
    m = normalise_with_map(raw)
    assert m.text == "café\nzö boos\nklaar" == canonical(raw)
    start = raw.index("boos")
    a, b = m.span(start, start + 4)
    assert m.text[a:b] == "boos"
    # a span ending inside a changed run widens to cover it; one starting inside it narrows back
    assert m.text.__getitem__(slice(*m.span(1, 5))) == "café"
    assert m.span(raw.index("\n"), raw.index("\n") + 1) == (4, 5)


def test_hangul_jamo_compose():
    raw = "\u1100\u1161\u11a8 x"
    m = normalise_with_map(raw)
    assert m.text == unicodedata.normalize("NFC", raw) and m.span(0, 3) == (0, 1) and m.span(4, 5) == (2, 3)


_chars = st.sampled_from(list("ab \n\r\f\u2028\u2029\ufeffe\u0301\u0308\u1100\u1161😤é"))


@given(st.lists(_chars, max_size=40).map("".join), st.integers(0, 45), st.integers(0, 45))
def test_any_text_maps_consistently(raw, i, j):
    m = normalise_with_map(raw)
    assert m.text == canonical(raw) or not m.exact
    a, b = m.span(min(i, j), max(i, j))
    assert 0 <= a <= b <= len(m.text)
