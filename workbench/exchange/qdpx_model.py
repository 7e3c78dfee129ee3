"""A REFI-QDA project (``project.qde``) read into plain dataclasses, leniently.

Real files differ: the standard namespace, NVivo's ``urn:QDA-XML:project:1:0``, no namespace;
GUIDs upper or lower case, with or without braces; optional parts missing. Tags are matched
by local name and GUIDs are compared in one form, so all of those read the same. The XML is
parsed with defusedxml (``safexml``).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc import check_nesting
from workbench.exchange.safexml import parse_xml

MEDIA_KINDS = {"PDFSource": "PDF", "PictureSource": "picture", "AudioSource": "audio",
               "VideoSource": "video"}
MEDIA_SELECTIONS = ("PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection",
                    "TranscriptSelection")


@functools.lru_cache(maxsize=8192)  # the same code and user GUIDs come back thousands of times
def guid_key(value: str | None) -> str:
    """One spelling for a GUID: no braces, upper case."""
    return (value or "").strip().strip("{}").upper()


_LOCAL: dict = {}


def local(tag) -> str:
    """Tag without namespace; remembered per tag (a large project has 100,000s of elements)."""
    name = _LOCAL.get(tag)
    if name is None:
        # comments and processing instructions have a function as their tag
        name = _LOCAL[tag] = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
    return name


def children(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element if local(e.tag) == name]


def child(element: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in element if local(e.tag) == name), None)


def text_of(element: ET.Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


@dataclass
class QCoding:
    code: str  # code GUID
    user: str = ""  # user GUID
    created: str = ""


@dataclass
class QSelection:
    guid: str
    start: int
    end: int
    description: str = ""
    user: str = ""
    created: str = ""
    codings: list[QCoding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    name: str = ""  # many programs put the selected text here


@dataclass
class QSource:
    guid: str
    kind: str  # "text" or a media kind ("PDF", "picture", "audio", "video")
    name: str
    plain_path: str = ""
    rich_path: str = ""
    content: str | None = None  # PlainTextContent
    description: str = ""
    selections: list[QSelection] = field(default_factory=list)
    whole_codings: list[QCoding] = field(default_factory=list)  # codings of the whole source
    media_codings: int = 0  # codings on a media source (not importable)
    notes: list[str] = field(default_factory=list)
    values: list[tuple[str, str | None]] = field(default_factory=list)  # (variable GUID, value)


@dataclass
class QCode:
    element: ET.Element  # read by the codebook reader (names, colours, descriptions)
    guid: str
    notes: list[str] = field(default_factory=list)
    children: list[QCode] = field(default_factory=list)


@dataclass
class QVariable:
    guid: str
    name: str
    type: str  # typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime
    description: str = ""


@dataclass
class QCase:
    guid: str
    name: str
    description: str = ""
    values: list[tuple[str, str | None]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class QNote:
    guid: str
    name: str
    content: str | None = None
    plain_path: str = ""


@dataclass
class QProject:
    name: str = ""
    origin: str = ""
    base_path: str = ""
    description: str = ""
    users: dict[str, str] = field(default_factory=dict)  # GUID → name
    codebook: ET.Element | None = None
    codes: list[QCode] = field(default_factory=list)
    variables: dict[str, QVariable] = field(default_factory=dict)
    cases: list[QCase] = field(default_factory=list)
    sources: list[QSource] = field(default_factory=list)
    notes: dict[str, QNote] = field(default_factory=dict)
    project_notes: list[str] = field(default_factory=list)
    sets: list[str] = field(default_factory=list)  # names of what is not imported
    graphs: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def parse_qde(path: Path, data: bytes) -> ET.Element:
    """The root element of a ``project.qde``; unsafe or broken XML is an ExchangeError."""
    return parse_xml(path, data, "project.qde")


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _codings(element: ET.Element) -> list[QCoding]:
    out = []
    for coding in children(element, "Coding"):
        ref = child(coding, "CodeRef")
        if ref is not None and ref.get("targetGUID"):
            out.append(QCoding(guid_key(ref.get("targetGUID")), guid_key(coding.get("creatingUser")),
                               (coding.get("creationDateTime") or "").strip()))
    return out


def _note_refs(element: ET.Element) -> list[str]:
    return [guid_key(r.get("targetGUID")) for r in children(element, "NoteRef") if r.get("targetGUID")]


def _values(element: ET.Element) -> list[tuple[str, str | None]]:
    out = []
    for value in children(element, "VariableValue"):
        ref = child(value, "VariableRef")
        if ref is None or not ref.get("targetGUID"):
            continue
        typed = next((e for e in value if local(e.tag).endswith("Value")), None)
        out.append((guid_key(ref.get("targetGUID")), None if typed is None else text_of(typed).strip()))
    return out


def _codes(parent: ET.Element) -> list[QCode]:
    return [QCode(e, guid_key(e.get("guid")), _note_refs(e), _codes(e)) for e in children(parent, "Code")]


def _source(element: ET.Element) -> QSource:
    tag = local(element.tag)
    source = QSource(guid_key(element.get("guid")), "text" if tag == "TextSource" else MEDIA_KINDS[tag],
                     (element.get("name") or "").strip())
    source.description = text_of(child(element, "Description"))
    source.notes = _note_refs(element)
    source.values = _values(element)
    if tag != "TextSource":
        source.media_codings = sum(len(_codings(e)) for e in element.iter()
                                   if local(e.tag) in (*MEDIA_SELECTIONS, tag))
        return source
    source.plain_path = (element.get("plainTextPath") or "").strip()
    source.rich_path = (element.get("richTextPath") or "").strip()
    content = child(element, "PlainTextContent")
    source.content = None if content is None else text_of(content)
    source.whole_codings = _codings(element)
    for sel in children(element, "PlainTextSelection"):
        start, end = _int(sel.get("startPosition")), _int(sel.get("endPosition"))
        selection = QSelection(sel.get("guid") or "", -1 if start is None else start,
                               -1 if end is None else end, text_of(child(sel, "Description")).strip(),
                               guid_key(sel.get("creatingUser")), (sel.get("creationDateTime") or "").strip())
        selection.codings = _codings(sel)
        selection.name = sel.get("name") or ""
        selection.notes = _note_refs(sel)
        source.selections.append(selection)
    return source


def read_project(path: Path, root: ET.Element) -> QProject:
    if local(root.tag) != "Project":
        raise ExchangeError(path, "qdpx.err.not_project", tag=local(root.tag))
    project = QProject(name=(root.get("name") or "").strip(), origin=(root.get("origin") or "").strip(),
                       base_path=(root.get("basePath") or "").strip())
    users = child(root, "Users")
    for user in children(users, "User") if users is not None else []:
        project.users[guid_key(user.get("guid"))] = (user.get("name") or "").strip()
    codebook = child(root, "CodeBook")
    codes = child(codebook, "Codes") if codebook is not None else None
    if codes is not None:
        check_nesting(path, children(codes, "Code"))  # before the recursive walk below
        project.codebook = codes
        project.codes = _codes(codes)
    variables = child(root, "Variables")
    for var in children(variables, "Variable") if variables is not None else []:
        v = QVariable(guid_key(var.get("guid")), (var.get("name") or "").strip(),
                      (var.get("typeOfVariable") or "Text").strip(), text_of(child(var, "Description")).strip())
        project.variables[v.guid] = v
    cases = child(root, "Cases")
    for case in children(cases, "Case") if cases is not None else []:
        project.cases.append(QCase(
            guid_key(case.get("guid")), (case.get("name") or "").strip(),
            text_of(child(case, "Description")).strip(), _values(case),
            [guid_key(r.get("targetGUID")) for r in children(case, "SourceRef") if r.get("targetGUID")]))
    sources = child(root, "Sources")
    for element in sources if sources is not None else []:
        if local(element.tag) in ("TextSource", *MEDIA_KINDS):
            project.sources.append(_source(element))
    notes = child(root, "Notes")
    for note in children(notes, "Note") if notes is not None else []:
        content = child(note, "PlainTextContent")
        n = QNote(guid_key(note.get("guid")), (note.get("name") or "").strip(),
                  None if content is None else text_of(content), (note.get("plainTextPath") or "").strip())
        project.notes[n.guid] = n
    project.project_notes = _note_refs(root)
    project.description = text_of(child(root, "Description")).strip()
    for name in ("Sets", "Graphs", "Links"):
        group = child(root, name)
        setattr(project, name.lower(), [(e.get("name") or "").strip() for e in group if local(e.tag)]
                if group is not None else [])
    return project
