"""Read, validate and write coding-scheme YAML files (see coding_schemes/README.md).

Every problem is reported as a :class:`SchemeError` whose message names the file, the
line and what is wrong, so a researcher editing a scheme by hand can fix it.
"""

from __future__ import annotations

import datetime
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from workbench.core.commands.codes import MAX_CODE_DEPTH
from workbench.errors import Msg

from .errors import SchemeError
from .model import (
    DEFAULT_KIND,
    FORMAT_VERSION,
    KINDS,
    LANGUAGES,
    TEXT_FIELDS,
    Scheme,
    SchemeCode,
)

SCHEME_SUFFIXES = (".yaml", ".yml")
HEADER_KEYS = ("format", "name", "title", "description", "source", "codes")
CODE_KEYS = ("name", "kind", "color", *TEXT_FIELDS, "indicators", "children")
KEY_ALIASES = {"colour": "color"}  # British spelling accepted on input
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Colours for top-level codes that give none (distinct, readable on white).
FALLBACK_COLORS = (
    "#1565C0",
    "#C62828",
    "#2E7D32",
    "#6A1B9A",
    "#EF6C00",
    "#00838F",
    "#AD1457",
    "#4E342E",
    "#558B2F",
    "#37474F",
)
MAX_FILE_BYTES = 5 * 1024 * 1024
_LANGS = ", ".join(LANGUAGES)  # in messages: "use nl, en"


# --------------------------------------------------------------------------- locations


def schemes_dir() -> Traversable:
    """The folder holding the built-in schemes.

    Installed: ``workbench/coding_schemes`` inside the package. From a source checkout:
    the repository's top-level ``coding_schemes/`` folder.
    """
    try:
        packaged = resources.files("workbench") / "coding_schemes"
        if packaged.is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError, OSError):
        pass
    return Path(__file__).resolve().parents[2] / "coding_schemes"


def _builtin_files() -> dict[str, Traversable]:
    folder = schemes_dir()
    if not folder.is_dir():
        return {}
    found: dict[str, Traversable] = {}
    for entry in folder.iterdir():
        name = entry.name
        for suffix in SCHEME_SUFFIXES:
            if name.endswith(suffix) and entry.is_file():
                found.setdefault(name[: -len(suffix)], entry)
    return found


def builtin_scheme_names() -> list[str]:
    """Names of the schemes shipped with the app (file names without ``.yaml``), sorted."""
    return sorted(_builtin_files())


def load_builtin(name: str) -> Scheme:
    """Load a shipped scheme by name, e.g. ``load_builtin("klantbeleving")``."""
    files = _builtin_files()
    entry = files.get(name)
    if entry is None:
        available = ", ".join(sorted(files)) or Msg("scheme.err.none")
        raise SchemeError(Msg("scheme.err.no_builtin", name=name, available=available), source=name)
    text = entry.read_text(encoding="utf-8")
    scheme = load_scheme_text(text, entry.name)
    if isinstance(entry, Path):
        scheme.path = entry
    return scheme


# --------------------------------------------------------------------------- reading


class _Mapping(dict):
    """A YAML mapping that remembers where it and each of its keys start (1-based lines)."""

    line: int | None = None
    key_lines: dict[Any, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are :class:`_Mapping` with line numbers."""


class _BadKey(yaml.constructor.ConstructorError):
    """A bad mapping key, with its reason as a catalogue message."""

    def __init__(self, msg: Msg, mark):
        super().__init__(None, None, str(msg), mark)
        self.reason_msg = msg


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    data = _Mapping()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _BadKey(Msg("scheme.err.key_not_scalar"), key_node.start_mark) from None
        if key in data:
            raise _BadKey(Msg("scheme.err.key_twice", name=key), key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = key_node.start_mark.line + 1


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_scheme_file(path: str | Path) -> Scheme:
    """Read and validate one scheme file."""
    path = Path(path)
    source = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SchemeError.at(source, None, Msg("scheme.err.too_large"))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SchemeError.at(str(path), None, Msg("scheme.err.not_found")) from None
    except IsADirectoryError:
        raise SchemeError.at(str(path), None, Msg("scheme.err.folder")) from None
    except OSError as exc:
        raise SchemeError.at(source, None, Msg("scheme.err.cannot_read", reason=exc.strerror or str(exc))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SchemeError.at(source, None, Msg("scheme.err.not_utf8")) from None
    scheme = load_scheme_text(text, source)
    scheme.path = path
    return scheme


def load_scheme_text(text: str, source_name: str = "<scheme>") -> Scheme:
    """Parse and validate scheme YAML; ``source_name`` is used in error messages."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise SchemeError.at(source_name, None, Msg("scheme.err.empty"))
    if "\x00" in text:
        raise SchemeError.at(source_name, None, Msg("scheme.err.binary"))
    try:
        data = yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: safe
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        # PyYAML's own reason is English; ours (a bad key) is a catalogue message
        problem = getattr(exc, "reason_msg", None) or exc.problem or exc.context or Msg("scheme.err.syntax")
        raise SchemeError.at(source_name, line, Msg("scheme.err.yaml", detail=problem)) from None
    except yaml.YAMLError as exc:
        raise SchemeError.at(source_name, None, Msg("scheme.err.yaml", detail=str(exc))) from None
    except RecursionError:  # PyYAML composes nested nodes recursively
        raise SchemeError.at(source_name, None, Msg("scheme.err.nested_too_deeply", max=MAX_CODE_DEPTH)) from None
    if data is None:
        raise SchemeError.at(source_name, None, Msg("scheme.err.only_comments"))
    return scheme_from_dict(data, source_name)


# --------------------------------------------------------------------------- validation


class _Checker:
    def __init__(self, source: str):
        self.source = source

    def fail(self, line: int | None, problem: Msg) -> SchemeError:
        return SchemeError.at(self.source, line, problem)

    @staticmethod
    def line_of(mapping: Any, key: str | None = None) -> int | None:
        if isinstance(mapping, _Mapping):
            if key is not None and key in mapping.key_lines:
                return mapping.key_lines[key]
            return mapping.line
        return None

    # -- values

    def text(self, value: Any, what: str | Msg, line: int | None) -> dict[str, str]:
        """``"text"`` (both languages) or ``{nl: ..., en: ...}`` → ``{lang: text}``."""
        if value is None:
            return {}
        if isinstance(value, str):
            value = value.strip()
            return {lang: value for lang in LANGUAGES} if value else {}
        if isinstance(value, dict):
            result: dict[str, str] = {}
            for lang, item in value.items():
                item_line = self.line_of(value, lang) or line
                if lang not in LANGUAGES:
                    raise self.fail(item_line, Msg("scheme.err.unknown_language", what=what, lang=lang,
                                                   languages=_LANGS))
                if item is None:
                    continue
                if not isinstance(item, str):
                    raise self.fail(item_line, Msg("scheme.err.lang_not_text", what=what, lang=lang,
                                                   type=_type_name(item)))
                if item.strip():
                    result[lang] = item.strip()
            return result
        raise self.fail(line, Msg("scheme.err.text_or_mapping", what=what, example="{nl: ..., en: ...}",
                                  type=_type_name(value)))

    def indicators(self, value: Any, line: int | None) -> dict[str, list[str]]:
        if value is None:
            return {}
        if isinstance(value, list):  # one list for both languages
            phrases = self.phrases(value, "indicators", line)
            return {lang: list(phrases) for lang in LANGUAGES} if phrases else {}
        if not isinstance(value, dict):
            raise self.fail(line, Msg("scheme.err.indicators_mapping", example="{nl: [...], en: [...]}",
                                      type=_type_name(value)))
        result: dict[str, list[str]] = {}
        for lang, items in value.items():
            item_line = self.line_of(value, lang) or line
            if lang not in LANGUAGES:
                raise self.fail(item_line, Msg("scheme.err.unknown_language", what="indicators", lang=lang,
                                               languages=_LANGS))
            phrases = self.phrases(items, f"indicators ({lang})", item_line)
            if phrases:
                result[lang] = phrases
        return result

    def phrases(self, items: Any, what: str, line: int | None) -> list[str]:
        if items is None:
            return []
        if isinstance(items, str):
            raise self.fail(line, Msg("scheme.err.list_like", what=what, example=f'["{items}"]'))
        if not isinstance(items, list):
            raise self.fail(line, Msg("scheme.err.not_list", what=what, type=_type_name(items)))
        phrases: list[str] = []
        for item in items:
            if not isinstance(item, str):
                raise self.fail(line, Msg("scheme.err.list_item", what=what, type=_type_name(item)))
            if item.strip() and item.strip() not in phrases:
                phrases.append(item.strip())
        return phrases

    # -- structure

    def scheme(self, data: Any) -> Scheme:
        if not isinstance(data, dict):
            raise self.fail(None, Msg("scheme.err.not_scheme", type=_type_name(data)))
        self.unknown_keys(data, HEADER_KEYS, "scheme.err.unknown_scheme_field")
        version = data.get("format", FORMAT_VERSION)
        line = self.line_of(data, "format")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail(line, Msg("scheme.err.bad_format", version=FORMAT_VERSION, value=repr(version)))
        if version > FORMAT_VERSION:
            raise self.fail(line, Msg("scheme.err.newer", version=version, latest=FORMAT_VERSION))
        name = data.get("name")
        if name is None or (isinstance(name, str) and not name.strip()):
            stem = Path(self.source).stem
            if not stem or stem.startswith("<"):
                raise self.fail(self.line_of(data), Msg("scheme.err.no_name"))
            name = stem
        if not isinstance(name, str):
            raise self.fail(self.line_of(data, "name"), Msg("scheme.err.name_text"))
        source = data.get("source") or ""
        if not isinstance(source, str):
            raise self.fail(self.line_of(data, "source"), Msg("scheme.err.source_text"))
        codes_value = data.get("codes")
        codes_line = self.line_of(data, "codes")
        if codes_value is None:
            codes_value = []
        if not isinstance(codes_value, list):
            raise self.fail(codes_line, Msg("scheme.err.codes_list"))
        codes = self.code_list(codes_value, None, codes_line)
        return Scheme(
            name=name.strip(),
            title=self.text(data.get("title"), "title", self.line_of(data, "title")),
            description=self.text(
                data.get("description"),
                "description",
                self.line_of(data, "description"),
            ),
            source=source.strip(),
            codes=codes,
        )

    def code_list(self, items: list, parent: SchemeCode | None, line: int | None) -> list[SchemeCode]:
        codes: list[SchemeCode] = []
        seen: dict[str, dict[str, int | None]] = {lang: {} for lang in LANGUAGES}
        for index, item in enumerate(items):
            code = self.code(item, parent, index, line)
            item_line = self.line_of(item, "name") or line
            for lang in LANGUAGES:
                key = code.name(lang).casefold()
                if key in seen[lang]:
                    first = seen[lang][key]
                    where = Msg("scheme.err.first_on", line=first) if first else ""
                    raise self.fail(item_line, Msg("scheme.err.twins", name=code.name(lang), lang=lang,
                                                   first=where))
                seen[lang][key] = item_line
            codes.append(code)
        return codes

    def code(self, item: Any, parent: SchemeCode | None, index: int, line: int | None) -> SchemeCode:
        if not isinstance(item, dict):
            raise self.fail(line, Msg("scheme.err.code_not_mapping", type=_type_name(item)))
        line = self.line_of(item) or line
        for alias, key in KEY_ALIASES.items():
            if alias in item and key not in item:
                item[key] = item.pop(alias)
                if isinstance(item, _Mapping):
                    item.key_lines[key] = item.key_lines.get(alias, line)
        self.unknown_keys(item, CODE_KEYS, "scheme.err.unknown_code_field")
        if "name" not in item or item["name"] is None:
            raise self.fail(line, Msg("scheme.err.code_no_name"))
        names = self.text(item["name"], "name", self.line_of(item, "name"))
        if not names:
            raise self.fail(self.line_of(item, "name"), Msg("scheme.err.code_empty_name"))
        for lang, value in names.items():
            if "/" in value:
                raise self.fail(self.line_of(item, "name"), Msg("scheme.err.code_slash", name=value, lang=lang))
        label = Msg("scheme.err.code_label", name=next(iter(names.values())))

        kind = item.get("kind")
        if kind is None:
            kind = parent.kind if parent else DEFAULT_KIND
        if not isinstance(kind, str) or kind.strip() not in KINDS:
            raise self.fail(self.line_of(item, "kind"), Msg("scheme.err.unknown_kind", label=label,
                                                            kind=repr(kind), kinds=", ".join(KINDS)))
        kind = kind.strip()

        color = item.get("color")
        if color is None and "color" in item:
            raise self.fail(self.line_of(item, "color"), Msg("scheme.err.empty_colour", label=label))
        if color is None:
            color = parent.color if parent else FALLBACK_COLORS[index % len(FALLBACK_COLORS)]
        if not isinstance(color, str) or not COLOR_RE.match(color.strip()):
            raise self.fail(self.line_of(item, "color"), Msg("scheme.err.bad_colour", label=label,
                                                             colour=repr(color)))
        color = color.strip().upper()

        code = SchemeCode(names=names, kind=kind, color=color)
        for field_name in TEXT_FIELDS:
            setattr(
                code,
                field_name,
                self.text(
                    item.get(field_name),
                    Msg("scheme.err.field", label=label, field=field_name),
                    self.line_of(item, field_name),
                ),
            )
        code.indicators = self.indicators(item.get("indicators"), self.line_of(item, "indicators"))
        children = item.get("children")
        children_line = self.line_of(item, "children")
        if children is None:
            children = []
        if not isinstance(children, list):
            raise self.fail(children_line, Msg("scheme.err.children_list", label=label))
        code.children = self.code_list(children, code, children_line)
        return code

    def unknown_keys(self, mapping: dict, known: tuple[str, ...], key_name: str) -> None:
        """``key_name``: the catalogue key of the message (scheme or code fields)."""
        for key in mapping:
            if key not in known:
                raise self.fail(self.line_of(mapping, key), Msg(key_name, field=repr(key), known=", ".join(known)))


def _type_name(value: Any) -> Msg:
    """What a YAML value is, in words (never a Python class name)."""
    if value is None:
        return Msg("scheme.type.none")
    if isinstance(value, bool):
        return Msg("scheme.type.yes_no")
    if isinstance(value, (int, float)):
        return Msg("scheme.type.number")
    if isinstance(value, str):
        return Msg("scheme.type.text")
    if isinstance(value, list):
        return Msg("scheme.type.list")
    if isinstance(value, dict):
        return Msg("scheme.type.mapping")
    if isinstance(value, (datetime.date, datetime.datetime)):  # YAML reads 2024-01-31 as a date
        return Msg("scheme.type.date")
    if isinstance(value, bytes):  # !!binary
        return Msg("scheme.type.binary")
    if isinstance(value, (set, frozenset)):  # !!set
        return Msg("scheme.type.set")
    return Msg("scheme.type.other")


def scheme_from_dict(data: Any, source_name: str = "<scheme>") -> Scheme:
    """Validate already-parsed YAML (or a hand-built dict) and build a :class:`Scheme`."""
    depth = code_nesting(data)
    if depth > MAX_CODE_DEPTH:
        raise SchemeError.at(source_name, None, Msg("scheme.err.too_deep", depth=depth, max=MAX_CODE_DEPTH))
    return _Checker(source_name).scheme(data)


def code_nesting(data: Any) -> int:
    """How deep the codes of parsed scheme data nest, found without recursion (the checker
    below recurses, so a hostile file is measured first)."""
    if not isinstance(data, dict):
        return 0
    codes = data.get("codes")
    deepest, todo = 0, [(item, 1) for item in codes] if isinstance(codes, list) else []
    while todo:
        item, depth = todo.pop()
        deepest = max(deepest, depth)
        children = item.get("children") if isinstance(item, dict) else None
        if isinstance(children, list) and depth <= MAX_CODE_DEPTH:
            todo.extend((child, depth + 1) for child in children)
    return deepest


# --------------------------------------------------------------------------- writing


class _Flow(dict):
    """Written as a one-line mapping: ``{nl: ..., en: ...}``."""


class _FlowList(list):
    """Written as a one-line list: ``[a, b, c]``."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):
        # Indent list items under their key ("codes:\n  - name: ...").
        return super().increase_indent(flow, False)


_Dumper.add_representer(
    _Flow,
    lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True),
)
_Dumper.add_representer(
    _FlowList,
    lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True),
)


def _texts(texts: dict[str, str]) -> dict[str, str]:
    ordered = {lang: texts[lang] for lang in LANGUAGES if texts.get(lang)}
    ordered.update({k: v for k, v in texts.items() if k not in ordered and v})
    return ordered


def _code_dict(code: SchemeCode, parent: SchemeCode | None) -> dict:
    out: dict[str, Any] = {"name": _Flow(_texts(code.names))}
    if parent is None or code.kind != parent.kind:
        out["kind"] = code.kind
    if parent is None or code.color != parent.color:
        out["color"] = code.color
    for field_name in TEXT_FIELDS:
        texts = _texts(getattr(code, field_name))
        if texts:
            out[field_name] = texts
    indicators = {lang: _FlowList(code.indicators[lang]) for lang in LANGUAGES if code.indicators.get(lang)}
    if indicators:
        out["indicators"] = indicators
    if code.children:
        out["children"] = [_code_dict(child, code) for child in code.children]
    return out


def scheme_to_dict(scheme: Scheme) -> dict:
    """The scheme as plain data in file order (inherited kinds/colours left out)."""
    out: dict[str, Any] = {"format": FORMAT_VERSION, "name": scheme.name}
    if scheme.title:
        out["title"] = _Flow(_texts(scheme.title))
    if scheme.description:
        out["description"] = _texts(scheme.description)
    if scheme.source:
        out["source"] = scheme.source
    out["codes"] = [_code_dict(code, None) for code in scheme.codes]
    return out


def dump_scheme(scheme: Scheme) -> str:
    """YAML text in the scheme-file format; ``load_scheme_text(dump_scheme(s)) == s``."""
    return yaml.dump(
        scheme_to_dict(scheme),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def save_scheme_file(scheme: Scheme, path: str | Path) -> Path:
    """Write the scheme to ``path`` (UTF-8) atomically and return the path."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dump_scheme(scheme), encoding="utf-8")
    tmp.replace(path)
    return path
