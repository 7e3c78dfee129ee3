"""Codebook edits: add, change (rename, recolour, kind, definition, indicators), move,
merge, delete and applying a code tree (a coding scheme)."""

from __future__ import annotations

import re

from workbench.core.commands.base import Command, CommandError, delete, dumps, insert, update
from workbench.core.kinds import KINDS

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TEXT_FIELDS = ("definition", "use_when", "do_not_use_when", "example")


def _siblings(store, parent_id: int | None) -> dict[int, dict]:
    return store.rows_where("codes", parent_id=parent_id)


# Codebooks are a few levels deep; a cap keeps every tree walk (lists, exports, the GUI) and
# every file a code path is written into sane. Checked wherever codes are made or moved.
MAX_CODE_DEPTH = 20
MAX_CODE_NAME = 200


def check_depth(depth: int) -> None:
    if depth > MAX_CODE_DEPTH:
        raise CommandError("cmd.err.too_deep", max=MAX_CODE_DEPTH, depth=depth)


def code_depth(store, code_id: int | None) -> int:
    """Levels from the root down to this code (a top-level code is 1; None is 0)."""
    depth, seen = 0, set()
    while code_id is not None and code_id not in seen:
        seen.add(code_id)
        depth += 1
        row = store.row("codes", code_id)
        code_id = row["parent_id"] if row else None
    return depth


def subtree_height(store, code_id: int) -> int:
    """Levels in the code's subtree, the code itself included (walked level by level)."""
    height, level = 0, [code_id]
    while level:
        height += 1
        level = [cid for parent in level for cid in _siblings(store, parent)]
    return height


def check_name(store, parent_id, name: str, exclude: int | None = None) -> str:
    """The cleaned name; refused when empty, too long, with '/', or taken at this level
    (`store` None: the level is new, nothing to compare with)."""
    name = name.strip()
    if not name:
        raise CommandError("cmd.err.code_needs_name")
    if "/" in name:
        raise CommandError("cmd.err.code_slash")
    if len(name) > MAX_CODE_NAME:
        raise CommandError("cmd.err.code_name_long", max=MAX_CODE_NAME)
    if store is None:
        return name
    for sid, row in _siblings(store, parent_id).items():
        if sid != exclude and row["name"].casefold() == name.casefold():
            raise CommandError("cmd.err.code_exists", name=row["name"])
    return name


def _check_fields(fields: dict) -> dict:
    if "kind" in fields and fields["kind"] not in KINDS:
        raise CommandError("cmd.err.unknown_kind", kind=fields["kind"])
    if "color" in fields and not _COLOR.match(fields["color"] or ""):
        raise CommandError("cmd.err.bad_colour", colour=fields["color"])
    for key in ("indicators", "names"):
        if key in fields and not isinstance(fields[key], str):
            fields[key] = dumps(fields[key])
    return fields


def code_row(parent_id, name, kind="theme", color="#808080", position=0, **extra) -> dict:
    row = {"parent_id": parent_id, "name": name, "kind": kind, "color": color,
           "position": position, "indicators": "{}", "names": "{}"}
    row.update({f: "" for f in _TEXT_FIELDS})
    row.update(_check_fields(dict(extra)))
    return row


_check_name = check_name


def next_position(store, parent_id) -> int:
    return max((r["position"] for r in _siblings(store, parent_id).values()), default=-1) + 1


class AddCode(Command):
    label_key = "cmd.add_code"

    def __init__(self, parent_id: int | None, name: str, kind: str | None = None,
                 color: str | None = None, **extra):
        self.parent_id, self.name, self.kind, self.color, self.extra = parent_id, name, kind, color, extra

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        parent = store.row("codes", self.parent_id) if self.parent_id else None
        if self.parent_id and parent is None:
            raise CommandError("cmd.err.no_code", id=self.parent_id)
        if parent is not None:
            check_depth(code_depth(store, self.parent_id) + 1)
        kind = self.kind or (parent["kind"] if parent else "theme")
        color = self.color or (parent["color"] if parent else "#808080")
        name = _check_name(store, self.parent_id, self.name)
        row = code_row(self.parent_id, name, kind, color, next_position(store, self.parent_id),
                       **_check_fields(dict(self.extra)))
        change = insert(store, "codes", row)
        self.created_id = change.id
        return [change]


class ChangeCode(Command):
    label_key = "cmd.change_code"
    _FIELDS = {"name", "kind", "color", "indicators", "names", *_TEXT_FIELDS}

    def __init__(self, code_id: int, **fields):
        unknown = set(fields) - self._FIELDS
        if unknown:
            raise CommandError("cmd.err.cannot_change_code", fields=", ".join(sorted(unknown)))
        self.code_id, self.fields = code_id, _check_fields(dict(fields))
        self._name = fields.get("name", "")

    def label_args(self) -> dict:
        return {"name": self._name}

    def changes(self, store) -> list:
        row = store.row("codes", self.code_id)
        if row is None:
            raise CommandError("cmd.err.no_code", id=self.code_id)
        self._name = self._name or row["name"]
        if "name" in self.fields:
            self.fields["name"] = _check_name(store, row["parent_id"], self.fields["name"], self.code_id)
        return [update(store, "codes", self.code_id, **self.fields)]


def _subtree(store, code_id: int) -> list[int]:
    """The code and its descendants, parents first."""
    out, todo = [], [code_id]
    while todo:
        current = todo.pop(0)
        out.append(current)
        todo.extend(sorted(store.rows_where("codes", parent_id=current)))
    return out


class MoveCode(Command):
    """Re-parent and/or reorder: the code lands at `position` among its new siblings."""

    label_key = "cmd.move_code"

    def __init__(self, code_id: int, parent_id: int | None, position: int | None = None):
        self.code_id, self.parent_id, self.position = code_id, parent_id, position
        self._name = ""

    def label_args(self) -> dict:
        return {"name": self._name}

    def changes(self, store) -> list:
        row = store.row("codes", self.code_id)
        if row is None:
            raise CommandError("cmd.err.no_code", id=self.code_id)
        self._name = row["name"]
        if self.parent_id is not None and self.parent_id in _subtree(store, self.code_id):
            raise CommandError("cmd.err.move_into_self")
        if row["parent_id"] != self.parent_id:
            _check_name(store, self.parent_id, row["name"], self.code_id)
            check_depth(code_depth(store, self.parent_id) + subtree_height(store, self.code_id))
        siblings = sorted(
            (r["position"], sid) for sid, r in _siblings(store, self.parent_id).items() if sid != self.code_id
        )
        order = [sid for _, sid in siblings]
        pos = len(order) if self.position is None else max(0, min(self.position, len(order)))
        order.insert(pos, self.code_id)
        out = []
        for index, sid in enumerate(order):
            current = store.row("codes", sid)
            fields = {"position": index}
            if sid == self.code_id:
                fields["parent_id"] = self.parent_id
            if any(current[k] != v for k, v in fields.items()):
                out.append(update(store, "codes", sid, **fields))
        return out


def _detach(store, code_id: int) -> list:
    """Delete rows that hang off one code (its codings, suggestions, value links)."""
    out = []
    for table in ("codings", "suggestions", "org_value_links"):
        for rid, row in store.rows_where(table, code_id=code_id).items():
            out.append(delete(table, rid, row))
    for rid, row in store.rows_where("memos", target="code", target_id=code_id).items():
        out.append(delete("memos", rid, row))
    return out


class DeleteCode(Command):
    """Delete a code, its sub-codes and all their codings (the UI asks first)."""

    label_key = "cmd.delete_code"

    def __init__(self, code_id: int):
        self.code_id, self._name = code_id, ""

    def label_args(self) -> dict:
        return {"name": self._name}

    def changes(self, store) -> list:
        row = store.row("codes", self.code_id)
        if row is None:
            raise CommandError("cmd.err.no_code", id=self.code_id)
        self._name = row["name"]
        ids = _subtree(store, self.code_id)
        out = [ch for cid in ids for ch in _detach(store, cid)]
        out += [delete("codes", cid, store.row("codes", cid)) for cid in reversed(ids)]
        return out


def _merge_memo(store, source: int, target: int) -> list:
    """The source code's memo is kept: appended to the target's memo, or moved to it."""
    memos = store.rows_where("memos", target="code", target_id=source)
    if not memos:
        return []
    rid, row = next(iter(memos.items()))
    existing = store.rows_where("memos", target="code", target_id=target)
    if not existing:
        return [update(store, "memos", rid, target_id=target)]
    tid, trow = next(iter(existing.items()))
    return [update(store, "memos", tid, text=f"{trow['text']}\n\n{row['text']}"), delete("memos", rid, row)]


class MergeCodes(Command):
    """Merge `source` into `target`: codings move (exact duplicates collapse), sub-codes move
    (same-named ones merge in turn), value links move; the source code disappears."""

    label_key = "cmd.merge_codes"

    def __init__(self, source_id: int, target_id: int):
        self.source_id, self.target_id = source_id, target_id
        self._names = ("", "")

    def label_args(self) -> dict:
        return {"source": self._names[0], "target": self._names[1]}

    def changes(self, store) -> list:
        src, dst = store.row("codes", self.source_id), store.row("codes", self.target_id)
        if src is None or dst is None:
            raise CommandError("cmd.err.merge_missing")
        if self.target_id in _subtree(store, self.source_id):
            raise CommandError("cmd.err.merge_into_child")
        self._names = (src["name"], dst["name"])
        # the source's sub-codes land under the target
        check_depth(code_depth(store, self.target_id) + subtree_height(store, self.source_id) - 1)
        return self._merge(store, self.source_id, self.target_id)

    def _merge(self, store, source: int, target: int) -> list:
        out = []
        existing = {(r["document_id"], r["start"], r["end"], r["coder"])
                    for r in store.rows_where("codings", code_id=target).values()}
        for rid, row in store.rows_where("codings", code_id=source).items():
            key = (row["document_id"], row["start"], row["end"], row["coder"])
            if key in existing:
                out.append(delete("codings", rid, row))
            else:
                existing.add(key)
                out.append(update(store, "codings", rid, code_id=target))
        # One suggestion per document, code and span (migration 0004): a twin of the target's goes.
        spans = {(r["document_id"], r["start"], r["end"])
                 for r in store.rows_where("suggestions", code_id=target).values()}
        for rid, row in store.rows_where("suggestions", code_id=source).items():
            if (row["document_id"], row["start"], row["end"]) in spans:
                out.append(delete("suggestions", rid, row))
            else:
                out.append(update(store, "suggestions", rid, code_id=target))
        linked = {r["org_value_id"] for r in store.rows_where("org_value_links", code_id=target).values()}
        for rid, row in store.rows_where("org_value_links", code_id=source).items():
            if row["org_value_id"] in linked:
                out.append(delete("org_value_links", rid, row))
            else:
                out.append(update(store, "org_value_links", rid, code_id=target))
        # The source itself may be a child of the target (merge into parent): not a twin.
        # The source itself may be a child of the target (merge into parent): not a twin.
        target_children = {r["name"].casefold(): cid for cid, r in _siblings(store, target).items()
                           if cid != source}
        position = next_position(store, target)
        moves = []  # applied after the source is gone, so its name is free for a child
        for cid, child in sorted(_siblings(store, source).items(), key=lambda kv: kv[1]["position"]):
            twin = target_children.get(child["name"].casefold())
            if twin is not None:
                out += self._merge(store, cid, twin)
            else:
                moves.append(update(store, "codes", cid, parent_id=target, position=position))
                position += 1
        out += _merge_memo(store, source, target)
        out.append(delete("codes", source, store.row("codes", source)))
        return out + moves


class ApplyCodeTree(Command):
    """Add a tree of code specs (a coding scheme), merged by path: codes that already exist
    are kept (empty definition fields filled in), new ones are added. Never duplicates."""

    label_key = "cmd.apply_scheme"

    def __init__(self, specs: list[dict], name: str = ""):
        self.specs, self.name = specs, name
        self.added = 0

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        out: list = []
        self.added = 0
        self._add(store, None, self.specs, out, created=set(), depth=1)
        return out

    def _add(self, store, parent_id, specs, out, created, depth) -> None:
        known = {} if parent_id in created else {
            r["name"].casefold(): (cid, r) for cid, r in _siblings(store, parent_id).items()}
        position = 0 if parent_id in created else next_position(store, parent_id)
        if specs:
            check_depth(depth)  # before recursing: a 1,000-level file is refused, not a crash
        for spec in specs:
            name = " ".join(str(spec.get("name", "")).replace("/", "-").split())
            if not name:
                raise CommandError("cmd.err.scheme_code_no_name")
            if len(name) > MAX_CODE_NAME:
                raise CommandError("cmd.err.code_name_long", max=MAX_CODE_NAME)
            fields = {k: v for k, v in spec.items() if k not in ("name", "children")}
            hit = known.get(name.casefold())
            if hit:
                cid, row = hit
                fill = {k: v for k, v in _check_fields(dict(fields)).items()
                        if k in (*_TEXT_FIELDS, "indicators", "names") and row[k] in ("", "{}")}
                if fill:
                    out.append(update(store, "codes", cid, **fill))
            else:
                change = insert(store, "codes", code_row(parent_id, name, position=position, **fields))
                out.append(change)
                cid = change.id
                created.add(cid)
                known[name.casefold()] = (cid, change.after)
                position += 1
                self.added += 1
            self._add(store, cid, spec.get("children", []), out, created, depth + 1)
