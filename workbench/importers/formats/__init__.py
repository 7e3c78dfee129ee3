"""Importing this package registers every format reader with the extension registry."""

from workbench.importers.formats import docx, odt, pdf, rtf, subtitles, text

__all__ = ["docx", "odt", "pdf", "rtf", "subtitles", "text"]
