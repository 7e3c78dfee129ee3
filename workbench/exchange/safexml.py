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
    where = f"{what} " if what else "the "
    try:
        return DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise ExchangeError(path, f"{where}XML declares entities, which are not accepted for safety") from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        at = f" (line {line}, column {column})" if line else ""
        message = str(exc).split(":", 1)[0]
        subject = f"{what} is not XML or is damaged" if what else "not an XML file or damaged XML"
        raise ExchangeError(path, f"{subject}{at}: {message}") from None
