"""The one translation function for every user-facing string (Dutch and English).

Catalogues live in `workbench/i18n_text/<area>.py` (EN and NL dicts); a test checks that both
languages have the same keys. A missing key falls back to English, then to the key itself.

Plurals: `{n|hit|hits}` in a catalogue string is the singular when the argument `n` is 1 and
the plural otherwise (Dutch and English both have these two forms), e.g. "{n} {n|treffer|treffers}".
"""

from __future__ import annotations

import re

from workbench.i18n_text import catalogs

EN, NL = catalogs()
_CATALOGS = {"nl": NL, "en": EN}
_language = "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in _CATALOGS else "en"


def language() -> str:
    return _language


_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def plural(text: str, **kwargs) -> str:
    """Choose the singular or plural form of every `{name|one|other}` in the text."""
    return _PLURAL.sub(lambda m: m[2] if kwargs.get(m[1]) == 1 else m[3], text)


def tr(key: str, /, **kwargs) -> str:
    return translate(key, None, **kwargs)


def translate(key: str, lang: str | None = None, /, **kwargs) -> str:
    """`tr` in a given language (None: the current one); engine errors render through this."""
    catalog = _CATALOGS.get(lang or _language, EN)
    text = catalog.get(key) or EN.get(key) or key
    if not kwargs:
        return text
    return (plural(text, **kwargs) if "|" in text else text).format(**kwargs)


def has_key(key: str) -> bool:
    return key in EN


def group_digits(number: int) -> str:
    """1.234 in Dutch, 1,234 in English."""
    text = f"{number:,}"
    return text.replace(",", ".") if _language == "nl" else text
