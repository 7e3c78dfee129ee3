"""Guess whether a transcript is Dutch or English from its function words (fast, no model).

Lives with the importers, which need it to file a new transcript; `workbench.nlp.language`
offers it to the layers above (DESIGN §1: nlp sits above importers)."""

from __future__ import annotations

import re

_NL = frozenset("de het een en van ik je dat is niet op te zijn met voor maar ook wat als er nog "
                "dan wel heb hebben was naar om bij uit zo gewoon eigenlijk weet".split())
_EN = frozenset("the a an and of i you that is not on to be with for but also what if there "
                "still then well have has was at out so just actually know it".split())
_WORD = re.compile(r"[a-zà-ÿ']+")


def guess_language(text: str, default: str = "nl") -> str:
    nl = en = 0
    for word in _WORD.findall(text[:20000].lower()):
        nl += word in _NL
        en += word in _EN
    if nl == en:
        return default
    return "nl" if nl > en else "en"
