"""Turn a Scheme into code specs (plain dicts) that core.commands.ApplyCodeTree adds to a
project, and read a project's codebook back as a Scheme (for export)."""

from __future__ import annotations

from workbench.schemes.model import TEXT_FIELDS, Scheme, SchemeCode


def code_spec(code: SchemeCode, lang: str) -> dict:
    spec = {
        "name": code.name(lang),
        "kind": code.kind,
        "color": code.color,
        "names": {k: v for k, v in code.names.items() if v},
        "indicators": {k: list(v) for k, v in code.indicators.items() if v},
        "children": [code_spec(child, lang) for child in code.children],
    }
    for field_name in TEXT_FIELDS:
        spec[field_name] = code.text(field_name, lang)
    return spec


def scheme_specs(scheme: Scheme, lang: str = "nl") -> list[dict]:
    """Specs in the project language; names in both languages are kept in `names`."""
    return [code_spec(code, lang) for code in scheme.codes]


def scheme_from_project(project, name: str = "codebook") -> Scheme:
    """The project's codebook as a Scheme (texts are in the project language)."""
    lang = project.language
    nodes: dict[int, SchemeCode] = {}
    roots: list[SchemeCode] = []
    for code in project.codes():
        names = dict(code.names) or {}
        names[lang] = code.name
        node = SchemeCode(
            names=names,
            kind=code.kind,
            color=code.color,
            indicators={k: list(v) for k, v in code.indicators.items()},
            **{f: ({lang: getattr(code, f)} if getattr(code, f) else {}) for f in TEXT_FIELDS},
        )
        nodes[code.id] = node
        (nodes[code.parent_id].children if code.parent_id in nodes else roots).append(node)
    title = {lang: name}
    return Scheme(name=name, title=title, description={}, source="", codes=roots)
