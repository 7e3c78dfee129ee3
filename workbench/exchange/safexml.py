"""Parsing XML from other programs safely (defusedxml): a document that declares entities —
the way to an expansion bomb or to reading local files through external entities — is refused
before anything is built from it. Errors name the file and the reason."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as DET

from workbench.exchange.errors import ExchangeError


def parse_xml(path: Path, data: bytes, what: str = "") -> ET.Element:
    """The root element of ``data`` (any encoding its declaration names). ``what`` names the
    part of the file in messages (e.g. ``project.qde``), empty for the file itself."""
    try:
        return DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        if what:
            raise ExchangeError(path, "xml.err.part_entities", part=what) from None
        raise ExchangeError(path, "xml.err.entities") from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        detail = str(exc).split(":", 1)[0]
        if what:
            raise ExchangeError(path, "xml.err.part_damaged", part=what, line=line, column=column,
                                detail=detail) from None
        raise ExchangeError(path, "xml.err.damaged", line=line, column=column, detail=detail) from None
