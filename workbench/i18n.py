"""The one translation function for every user-facing string (Dutch and English).

Catalogues live in i18n_nl.py / i18n_en.py as plain dicts; a missing key falls back to
English and then to the key itself, and a test checks both catalogues have the same keys.
"""

from __future__ import annotations

from workbench.i18n_en import EN
from workbench.i18n_nl import NL

_CATALOGS = {"nl": NL, "en": EN}
_language = "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in _CATALOGS else "en"


def language() -> str:
    return _language


def tr(key: str, **kwargs) -> str:
    text = _CATALOGS[_language].get(key) or EN.get(key) or key
    return text.format(**kwargs) if kwargs else text
