"""One read of the project for analysis, narrowed by a filter every analysis function shares.

`Filter` says which participants (by attribute value), which codes (with their sub-codes) and
which coder to look at. `load(project, flt)` reads the store once into a `Dataset`; every
analysis function accepts either a project (plus filter) or a ready dataset, so the CLI and the
Excel export read the project once however many tables they compute.

A document without a participant counts as its own participant (key −document id), as in the
codebook totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.model import Case, Code, Coding, Document, Turn


@dataclass
class Filter:
    where: dict[str, set[str]] = field(default_factory=dict)  # attribute → accepted values (text)
    code_ids: list[int] | None = None  # these codes and their sub-codes; None = all
    coder: str | None = None

    @classmethod
    def parse(cls, project, where: list[str] = (), codes: list[str] = (), coder: str | None = None):
        """From CLI-style text: `ATTR=VALUE` (repeat an attribute for either value) and code
        paths. Unknown attributes and codes are refused with a message naming them."""
        from workbench.store import NotFound

        wanted: dict[str, set[str]] = {}
        known = {name.casefold(): name for name, _ in project.attributes().values()}
        for item in where or ():
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise NotFound(f"'{item}' is not ATTRIBUTE=VALUE")
            real = known.get(name.strip().casefold())
            if real is None:
                raise NotFound(f"no participant attribute '{name.strip()}'")
            value = value.strip()
            present = {str(c.attributes[real]) for c in project.cases() if c.attributes.get(real) is not None}
            if value not in present:
                shown = ", ".join(sorted(present, key=str.casefold)[:12]) or "none"
                raise NotFound(f"no participant has {real} = {value} (values: {shown})")
            wanted.setdefault(real, set()).add(value)
        ids = [project.code_by_path(path).id for path in codes] if codes else None
        return cls(wanted, ids, coder or None)

    def describe(self) -> str:
        parts = [f"{k} = {' / '.join(sorted(v))}" for k, v in sorted(self.where.items())]
        if self.coder:
            parts.append(f"coder = {self.coder}")
        return "; ".join(parts)


@dataclass
class Dataset:
    language: str
    codes: list[Code]  # the whole codebook, tree order
    documents: list[Document]  # in scope, with text, in project order
    codings: list[Coding]  # in scope (documents, codes, coder), document order
    cases: dict[int, Case]  # case id → case (all)
    participant_of: dict[int, int]  # document id → participant key
    code_scope: set[int]  # code ids in scope (the filter's codes with sub-codes)
    flt: Filter
    attribute_names: list[str] = field(default_factory=list)  # participant attributes, in order
    _turns: dict[int, list[Turn]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)  # results shared between analyses of this read
    _project: object = None

    # ---- the code tree --------------------------------------------------------------
    def code(self, code_id: int) -> Code:
        return self._by_id[code_id]

    @property
    def _by_id(self) -> dict[int, Code]:
        if not hasattr(self, "_codes_by_id"):
            self._codes_by_id = {c.id: c for c in self.codes}
        return self._codes_by_id

    def ancestors_and_self(self, code_id: int) -> tuple[int, ...]:
        cache = self.cache.setdefault("ancestors", {})
        if code_id not in cache:
            out, current = [], code_id
            while current is not None and current in self._by_id and current not in out:
                out.append(current)
                current = self._by_id[current].parent_id
            cache[code_id] = tuple(out)
        return cache[code_id]

    def span_words(self, doc_id: int, start: int, end: int) -> int:
        """Words (white-space separated, as a word processor counts) in a span of a document,
        remembered: parents and children share most spans, so each is counted once."""
        cache = self.cache.setdefault("span_words", {})
        key = (doc_id, start, end)
        if key not in cache:
            cache[key] = len(self.document(doc_id).text[start:end].split())
        return cache[key]

    def path(self, code_id: int) -> str:
        return "/".join(self._by_id[c].name for c in reversed(self.ancestors_and_self(code_id)))

    def depth(self, code_id: int) -> int:
        return len(self.ancestors_and_self(code_id)) - 1

    def kind(self, code_id: int) -> str:
        return self._by_id[code_id].kind

    # ---- participants ---------------------------------------------------------------
    @property
    def participants(self) -> list[int]:
        """Participant keys in scope, in document order, each once."""
        return list(dict.fromkeys(self.participant_of[d.id] for d in self.documents))

    def participant_name(self, key: int) -> str:
        if key in self.cases:
            return self.cases[key].name
        return next((d.name for d in self.documents if d.id == -key), "")

    def attributes_of(self, key: int) -> dict:
        return dict(self.cases[key].attributes) if key in self.cases else {}

    def turns(self, doc_id: int) -> list[Turn]:
        if doc_id not in self._turns:
            self._turns[doc_id] = self._project.turns(doc_id) if self._project else []
        return self._turns[doc_id]

    def document(self, doc_id: int) -> Document:
        if not hasattr(self, "_docs_by_id"):
            self._docs_by_id = {d.id: d for d in self.documents}
        return self._docs_by_id[doc_id]


def _matches(case: Case | None, where: dict[str, set[str]]) -> bool:
    if not where:
        return True
    if case is None:
        return False
    attrs = {k.casefold(): v for k, v in case.attributes.items()}
    for name, values in where.items():
        value = attrs.get(name.casefold())
        if value is None or str(value) not in values:
            return False
    return True


def load(project, flt: Filter | None = None) -> Dataset:
    flt = flt or Filter()
    codes = project.codes()
    cases = {c.id: c for c in project.cases()}
    documents = [d for d in project.documents(with_text=True)
                 if _matches(cases.get(d.case_id), flt.where)]
    doc_ids = {d.id for d in documents}
    if flt.code_ids is None:
        scope = {c.id for c in codes}
    else:
        children: dict[int | None, list[int]] = {}
        for c in codes:
            children.setdefault(c.parent_id, []).append(c.id)
        scope, stack = set(), list(flt.code_ids)
        while stack:
            cid = stack.pop()
            if cid not in scope:
                scope.add(cid)
                stack.extend(children.get(cid, []))
    codings = [c for c in project.codings()
               if c.document_id in doc_ids and c.code_id in scope
               and (flt.coder is None or c.coder == flt.coder)]
    participant_of = {d.id: d.case_id if d.case_id is not None else -d.id for d in documents}
    attribute_names = [name for name, _ in project.attributes().values()]
    return Dataset(project.language, codes, documents, codings, cases, participant_of, scope, flt,
                   attribute_names, _project=project)


def as_dataset(source, flt: Filter | None = None) -> Dataset:
    """A dataset from a project (read now, with the filter) or one already read."""
    return source if isinstance(source, Dataset) else load(source, flt)
