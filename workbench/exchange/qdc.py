"""REFI-QDA codebooks: write a ``.qdc`` (Codebook 1.0) and read ``.qdc``, ``.qde`` and ``.qdpx``.

Writing follows ``Codebook.xsd`` exactly. Reading is lenient, because real files vary:
the standard namespace, NVivo for Mac's ``urn:QDA-XML:codebook:1:0``, no namespace at all,
codes nested deeply (ATLAS.ti) or flat (Taguette), colours missing or ``#RGB`` /
``#RRGGBB`` / ``#AARRGGBB``, no descriptions. A ``.qdpx`` project (a zip with
``project.qde``) or a bare ``.qde`` contributes its ``<CodeBook>``.

No PySide6. XML is parsed with defusedxml (``safexml``) and archives are read with the
limits of ``archive``, so neither entity tricks nor zip bombs get through.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from workbench.core.commands.codes import MAX_CODE_DEPTH
from workbench.exchange.archive import QdpxArchive
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc_text import format_description, parse_description
from workbench.exchange.safexml import parse_xml
from workbench.schemes import DEFAULT_KIND, Scheme, SchemeCode
from workbench.schemes.loader import FALLBACK_COLORS

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
ORIGIN = "Depth Interview Workbench 0.1"
MAX_XML_BYTES = 200 * 1024 * 1024  # a project.qde with a codebook is far smaller
ZIP_MAGIC = b"PK\x03\x04"
UNNAMED = "(unnamed)"

# Characters XML 1.0 cannot hold (control characters other than tab, newline, return).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEX = re.compile(r"^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")


# --------------------------------------------------------------------------- writing


def write_qdc(scheme: Scheme, path: str | Path, lang: str = "nl") -> Path:
    """Write ``scheme`` as a REFI-QDA Codebook 1.0 file; names and texts in ``lang``."""
    path = Path(path)
    if not scheme.codes:
        raise ExchangeError(path, "qdc.err.empty_codebook")
    # Tags are written unprefixed with the namespace as the default (xmlns=...): ElementTree's
    # default_namespace option refuses the schema's unqualified attributes.
    root = ET.Element("CodeBook", {"xmlns": CODEBOOK_NS, "origin": ORIGIN})
    codes = ET.SubElement(root, "Codes")
    for code in scheme.codes:
        _code_element(codes, code, lang)
    ET.indent(root, space="  ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(text.encode("utf-8"))
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExchangeError(path, "exchange.err.cannot_write", reason=exc.strerror or str(exc)) from None
    return path


def clean_xml_text(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _code_element(parent: ET.Element, code: SchemeCode, lang: str) -> None:
    name = clean_xml_text(code.name(lang)).strip() or UNNAMED
    attrs = {
        "guid": str(uuid.uuid4()).upper(),
        "name": name,
        "isCodable": "true",
    }
    color = normalise_color(code.color)
    if color:
        attrs["color"] = color
    element = ET.SubElement(parent, "Code", attrs)
    # Sequence in the schema: Description first, then the child codes.
    ET.SubElement(element, "Description").text = clean_xml_text(format_description(code, lang, name))
    for child in code.children:
        _code_element(element, child, lang)


def normalise_color(value: str | None) -> str | None:
    """``#RRGGBB`` (upper case) from ``#RGB``, ``#RRGGBB``, ``#AARRGGBB`` or without ``#``."""
    if not value:
        return None
    match = _HEX.match(value.strip())
    if not match:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    elif len(digits) == 8:
        digits = digits[2:]  # drop the alpha channel
    return "#" + digits.upper()


# --------------------------------------------------------------------------- reading


def read_qdc(path: str | Path, lang: str | None = None) -> Scheme:
    """Read the codebook of a ``.qdc``, ``.qde`` or ``.qdpx`` file as a Scheme.

    Names and texts are taken to be in the language of our own section headings when the
    file has them (a file we wrote), else in ``lang`` (e.g. the project language), else Dutch.
    """
    path = Path(path)
    root = _parse_xml(path, _read_xml_bytes(path))
    title = ""
    tag = _local(root.tag)
    if tag == "Project":
        title = (root.get("name") or "").strip()
        codebook = _child(root, "CodeBook")
        if codebook is None:
            raise ExchangeError(path, "qdc.err.no_codebook")
    elif tag == "CodeBook":
        codebook = root
    else:
        raise ExchangeError(path, "qdc.err.not_codebook", tag=tag)
    codes = _child(codebook, "Codes")
    if codes is None:
        raise ExchangeError(path, "qdc.err.no_codes")

    elements = [e for e in codes if _local(e.tag) == "Code"]
    check_nesting(path, elements)
    language = file_language(elements) or lang or "nl"
    scheme = Scheme(name=path.stem or "codebook", codes=[], path=path)
    if title:
        scheme.title = {language: title}
    scheme.codes = _read_codes(elements, None, language)
    return scheme


def check_nesting(path: Path, elements: list[ET.Element]) -> None:
    """Refuse codes nested deeper than a codebook may be, measured without recursion
    (reading them is recursive)."""
    todo = [(e, 1) for e in elements]
    while todo:
        element, depth = todo.pop()
        if depth > MAX_CODE_DEPTH:
            raise ExchangeError(path, "qdc.err.too_deep", max=MAX_CODE_DEPTH)
        todo.extend((child, depth + 1) for child in element if _local(child.tag) == "Code")


def _read_xml_bytes(path: Path) -> bytes:
    """The XML of a codebook or project file; of a ``.qdpx`` archive, its ``project.qde``."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise ExchangeError(path, "qdc.err.empty")
        with open(path, "rb") as handle:
            is_zip = handle.read(4) == ZIP_MAGIC
        if is_zip or path.suffix.lower() == ".qdpx":
            return _project_from_zip(path)  # a .qdpx may be large (media); read only project.qde
        if size > MAX_XML_BYTES:
            raise ExchangeError(path, "qdc.err.too_large")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(path, "qdc.err.not_found") from None
    except IsADirectoryError:
        raise ExchangeError(path, "qdc.err.folder") from None
    except OSError as exc:
        raise ExchangeError(path, "qdc.err.cannot_read", reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ExchangeError(path, "qdc.err.empty")
    return data


def _project_from_zip(path: Path) -> bytes:
    """The ``project.qde`` inside a ``.qdpx`` archive (read with the archive's safety limits)."""
    with QdpxArchive(path) as archive:
        data = archive.read(archive.project_entry(), MAX_XML_BYTES)
    if not data.strip():
        raise ExchangeError(path, "qdc.err.qde_empty")
    return data


def _parse_xml(path: Path, data: bytes) -> ET.Element:
    return parse_xml(path, data)


def _local(tag) -> str:
    """Tag without namespace: ``{urn:QDA-XML:codebook:1:0}Code`` → ``Code``."""
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in element if _local(e.tag) == name), None)


def _description(element: ET.Element) -> str:
    desc = _child(element, "Description")
    return "".join(desc.itertext()) if desc is not None else ""


def file_language(elements: list[ET.Element]) -> str | None:
    """The language of our section headings in the file, if it has any."""
    votes: dict[str, int] = {}
    todo = list(elements)
    while todo:
        element = todo.pop()
        parsed = parse_description(_description(element))
        if parsed.language:
            votes[parsed.language] = votes.get(parsed.language, 0) + 1
        todo.extend(e for e in element if _local(e.tag) == "Code")
    return max(votes, key=votes.__getitem__) if votes else None


def clean_name(raw: str | None) -> str:
    # A "/" separates levels in code paths; inside a name it becomes "-".
    name = " ".join(clean_xml_text(raw or "").split()).replace("/", "-").strip()
    return name or UNNAMED


def _read_codes(elements: list[ET.Element], parent: SchemeCode | None, lang: str) -> list[SchemeCode]:
    codes: list[SchemeCode] = []
    by_name: dict[str, SchemeCode] = {}
    for index, element in enumerate(elements):
        code = _read_code(element, parent, index, lang)
        twin = by_name.get(code.name(lang).casefold())
        if twin is not None:  # same name twice at one level: merge, as ApplyCodeTree would
            _merge_into(twin, code, lang)
            continue
        by_name[code.name(lang).casefold()] = code
        codes.append(code)
    return codes


def _read_code(element: ET.Element, parent: SchemeCode | None, index: int, lang: str) -> SchemeCode:
    code = code_from_element(element, parent, index, lang)
    code.children = _read_codes([e for e in element if _local(e.tag) == "Code"], code, lang)
    return code


def code_from_element(element: ET.Element, parent: SchemeCode | None, index: int, lang: str) -> SchemeCode:
    """One ``<Code>`` (without its children) as a SchemeCode: names, kind, colour and the
    codebook texts from its Description; colour and kind fall back to the parent's."""
    name = clean_name(element.get("name"))
    parsed = parse_description(_description(element))
    text_lang = parsed.language or lang
    # The name attribute is the name in the file's language; it wins over a "Name (..)"
    # line for that language (the code may have been renamed in another program).
    names = {k: clean_name(v) for k, v in parsed.names.items()}
    if text_lang in names or name not in names.values():
        names[text_lang] = name
    color = normalise_color(element.get("color"))
    if color is None:
        color = parent.color if parent else FALLBACK_COLORS[index % len(FALLBACK_COLORS)]
    kind = parsed.kind or (parent.kind if parent else DEFAULT_KIND)
    return SchemeCode(
        names=names,
        kind=kind,
        color=color,
        indicators=parsed.indicators,
        **{f: {text_lang: v} for f, v in parsed.texts.items()},
    )


def _merge_into(target: SchemeCode, other: SchemeCode, lang: str) -> None:
    for field_name in ("definition", "use_when", "do_not_use_when", "example"):
        texts = getattr(target, field_name)
        for k, v in getattr(other, field_name).items():
            texts.setdefault(k, v)
    for k, phrases in other.indicators.items():
        target.indicators[k] = list(dict.fromkeys([*target.indicators.get(k, []), *phrases]))
    known = {c.name(lang).casefold(): c for c in target.children}
    for child in other.children:
        twin = known.get(child.name(lang).casefold())
        if twin is None:
            target.children.append(child)
            known[child.name(lang).casefold()] = child
        else:
            _merge_into(twin, child, lang)
