"""Guess whether a transcript is Dutch or English (the importers own the function, since
importing needs it and nlp sits above importers in the layer order)."""

from workbench.importers.language import guess_language

__all__ = ["guess_language"]
