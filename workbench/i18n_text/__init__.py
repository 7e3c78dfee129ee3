"""UI string catalogues, one module per area, each with an EN and an NL dict of the same keys."""

import importlib
import pkgutil


def catalogs() -> tuple[dict, dict]:
    en: dict = {}
    nl: dict = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        en.update(module.EN)
        nl.update(module.NL)
    return en, nl
