"""Which codes count as positive or negative evidence on the values-fit map.

Drivers are positive, pain points negative. Emotions go by Plutchik: joy and trust (and the
feelings coders file beside them: relief, pride, satisfaction…) are positive; fear, sadness,
disgust and anger (frustration, disappointment…) negative; surprise and anticipation are
neither. An emotion code with an unknown name takes the polarity of its nearest known parent,
so "Vreugde/Opluchting" counts as positive.
"""

from __future__ import annotations

import unicodedata

POSITIVE_EMOTIONS = frozenset("""
joy vreugde blijdschap blij trust vertrouwen relief opluchting pride trots satisfaction
tevredenheid tevreden gratitude dankbaarheid happiness geluk enthusiasm enthousiasme love liefde
admiration bewondering serenity sereniteit rust acceptance acceptatie ecstasy extase optimism
optimisme delight plezier
""".split())
NEGATIVE_EMOTIONS = frozenset("""
fear angst sadness verdriet disgust afkeer walging anger boosheid woede frustration frustratie
irritation irritatie annoyance ergernis disappointment teleurstelling worry zorgen bezorgdheid
stress shame schaamte uncertainty onzekerheid distrust wantrouwen contempt minachting rage
grief apprehension ongerustheid loneliness eenzaamheid helplessness machteloosheid
""".split())


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).strip()


def emotion_sign(*names: str) -> int | None:
    """+1, -1, 0 (a known neutral emotion such as surprise) or None (unknown name)."""
    for name in names:
        key = _key(name or "")
        if key in POSITIVE_EMOTIONS:
            return 1
        if key in NEGATIVE_EMOTIONS:
            return -1
        if key in {"surprise", "verrassing", "anticipation", "anticipatie", "verwachting"}:
            return 0
    return None


def code_polarities(codes) -> dict[int, int]:
    """code id → +1 / -1 for every code that is positive or negative evidence (others absent).
    `codes` in tree order (parents first), as `Project.codes()` returns them."""
    out: dict[int, int] = {}
    emotion: dict[int, int | None] = {}
    for code in codes:
        if code.kind == "driver":
            out[code.id] = 1
        elif code.kind == "pain_point":
            out[code.id] = -1
        elif code.kind == "emotion":
            sign = emotion_sign(code.name, *(code.names or {}).values())
            if sign is None:
                sign = emotion.get(code.parent_id)
            emotion[code.id] = sign
            if sign:
                out[code.id] = sign
    return out
