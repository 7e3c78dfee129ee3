"""Reading another project file as the source of a merge (read only; nothing is written)."""

from __future__ import annotations

from pathlib import Path

from workbench.core.commands.merge import MergeSource, SourceCode, SourceCoding
from workbench.store.errors import ProjectError

_CODE_FIELDS = ("kind", "color", "definition", "use_when", "do_not_use_when", "example", "indicators", "names")


def read_merge_source(path: Path | str, into=None) -> MergeSource:
    from workbench.store.project import Project

    path = Path(path)
    if into is not None and path.resolve() == Path(into.path).resolve():
        raise ProjectError(path, "cannot merge a project into itself")
    with Project.open(path) as other:
        paths: dict[int, tuple[str, ...]] = {}
        codes = []
        for code in other.codes():  # parents first
            paths[code.id] = (*paths.get(code.parent_id, ()), code.name)
            row = other.row("codes", code.id)
            codes.append(SourceCode(paths[code.id], {k: row[k] for k in _CODE_FIELDS}))
        docs = {d.id: d for d in other.documents()}
        codings = [SourceCoding(docs[c.document_id].sha256, docs[c.document_id].name, paths[c.code_id],
                                c.start, c.end, c.coder, c.memo, c.inferred, c.created_at)
                   for c in other.codings()]
    return MergeSource(path.stem, codes, codings)
