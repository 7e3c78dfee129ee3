"""Organisation values (the brand promise on the values-fit map): add, change, link and
unlink customer value codes, reorder, delete, and import a list of them as one edit."""

from __future__ import annotations

import unicodedata

from workbench.core.commands.base import Command, CommandError, delete, insert, update


def _rows(store) -> dict[int, dict]:
    return store.rows_where("org_values")


def _check_name(store, name: str, exclude: int | None = None, pending=()) -> str:
    name = unicodedata.normalize("NFC", name or "").strip()
    if not name:
        raise CommandError("an organisation value needs a name")
    taken = [(vid, row["name"]) for vid, row in _rows(store).items()]
    taken += [(change.id, change.after["name"]) for change in pending]
    for vid, other in taken:
        if vid != exclude and other.casefold() == name.casefold():
            raise CommandError(f"there is already an organisation value '{other}'")
    return name


def _require(store, value_id: int) -> dict:
    row = store.row("org_values", value_id)
    if row is None:
        raise CommandError(f"organisation value {value_id} does not exist")
    return row


def _require_code(store, code_id: int) -> dict:
    row = store.row("codes", code_id)
    if row is None:
        raise CommandError(f"code {code_id} does not exist")
    return row


def _links(store, value_id: int) -> dict[int, dict]:
    return store.rows_where("org_value_links", org_value_id=value_id)


class AddOrgValue(Command):
    label_key = "cmd.add_org_value"

    def __init__(self, name: str, description: str = "", code_ids=()):
        self.name, self.description, self.code_ids = name, description, list(code_ids)

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        name = _check_name(store, self.name)
        position = max((r["position"] for r in _rows(store).values()), default=-1) + 1
        change = insert(store, "org_values", {"name": name, "description": self.description.strip(),
                                               "position": position})
        self.created_id = change.id
        out = [change]
        for code_id in dict.fromkeys(self.code_ids):
            _require_code(store, code_id)
            out.append(insert(store, "org_value_links", {"org_value_id": change.id, "code_id": code_id}))
        return out


class ChangeOrgValue(Command):
    """Rename and/or edit the statement."""

    label_key = "cmd.change_org_value"

    def __init__(self, value_id: int, name: str | None = None, description: str | None = None):
        self.value_id, self.name, self.description = value_id, name, description
        self._label = name or ""

    def label_args(self) -> dict:
        return {"name": self._label}

    def changes(self, store) -> list:
        row = _require(store, self.value_id)
        self._label = self._label or row["name"]
        fields = {}
        if self.name is not None:
            fields["name"] = _check_name(store, self.name, self.value_id)
        if self.description is not None:
            fields["description"] = self.description.strip()
        if all(row[k] == v for k, v in fields.items()):
            return []
        return [update(store, "org_values", self.value_id, **fields)]


class SetOrgValueLinks(Command):
    """Link and unlink customer value codes: the value ends up linked to exactly `code_ids`
    (`link`/`unlink` helpers build this from the current links)."""

    label_key = "cmd.link_org_value"

    def __init__(self, value_id: int, code_ids, add=(), remove=()):
        self.value_id = value_id
        self.code_ids = None if code_ids is None else list(dict.fromkeys(code_ids))
        self.add, self.remove = list(add), list(remove)
        self._label = ""

    @classmethod
    def link(cls, value_id: int, *code_ids: int) -> SetOrgValueLinks:
        return cls(value_id, None, add=code_ids)

    @classmethod
    def unlink(cls, value_id: int, *code_ids: int) -> SetOrgValueLinks:
        return cls(value_id, None, remove=code_ids)

    def label_args(self) -> dict:
        return {"name": self._label}

    def changes(self, store) -> list:
        self._label = _require(store, self.value_id)["name"]
        current = {row["code_id"]: rid for rid, row in _links(store, self.value_id).items()}
        if self.code_ids is not None:
            wanted = list(self.code_ids)
        else:
            missing = [c for c in self.remove if c not in current]
            if missing:
                code = store.row("codes", missing[0])
                raise CommandError(f"'{self._label}' is not linked to "
                                   f"'{code['name'] if code else missing[0]}'")
            wanted = [c for c in [*current, *self.add] if c not in self.remove]
        out = []
        for code_id, rid in current.items():
            if code_id not in wanted:
                out.append(delete("org_value_links", rid, store.row("org_value_links", rid)))
        for code_id in dict.fromkeys(wanted):
            if code_id not in current:
                _require_code(store, code_id)
                out.append(insert(store, "org_value_links", {"org_value_id": self.value_id,
                                                              "code_id": code_id}))
        return out


class MoveOrgValue(Command):
    label_key = "cmd.move_org_value"

    def __init__(self, value_id: int, position: int):
        self.value_id, self.position = value_id, position
        self._label = ""

    def label_args(self) -> dict:
        return {"name": self._label}

    def changes(self, store) -> list:
        self._label = _require(store, self.value_id)["name"]
        rows = _rows(store)
        order = [vid for _, vid in sorted((r["position"], vid) for vid, r in rows.items()
                                          if vid != self.value_id)]
        order.insert(max(0, min(self.position, len(order))), self.value_id)
        return [update(store, "org_values", vid, position=i)
                for i, vid in enumerate(order) if rows[vid]["position"] != i]


class DeleteOrgValue(Command):
    label_key = "cmd.delete_org_value"

    def __init__(self, value_id: int):
        self.value_id, self._label = value_id, ""

    def label_args(self) -> dict:
        return {"name": self._label}

    def changes(self, store) -> list:
        row = _require(store, self.value_id)
        self._label = row["name"]
        out = [delete("org_value_links", rid, link) for rid, link in _links(store, self.value_id).items()]
        return [*out, delete("org_values", self.value_id, row)]


class ImportOrgValues(Command):
    """Add (or, by name, update) several organisation values with their links in one edit.

    `entries`: [{"name", "statement", "code_ids"}]; an existing value gets the statement when
    one is given and the links are added to its own."""

    label_key = "cmd.import_org_values"

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self.added = self.updated = 0

    def label_args(self) -> dict:
        return {"n": len(self.entries)}

    def changes(self, store) -> list:
        out: list = []
        self.added = self.updated = 0
        stored = _rows(store)
        existing = {row["name"].casefold(): vid for vid, row in stored.items()}
        inserted: dict[int, object] = {}  # new values of this import (a name may come twice)
        statements: dict[int, str] = {}  # new statements of stored values
        added_links: dict[int, set[int]] = {}
        updated: set[int] = set()
        position = max((r["position"] for r in stored.values()), default=-1)
        for entry in self.entries:
            name = unicodedata.normalize("NFC", str(entry.get("name") or "")).strip()
            statement = str(entry.get("statement") or "").strip()
            codes = list(dict.fromkeys(entry.get("code_ids") or []))
            for code_id in codes:
                _require_code(store, code_id)
            vid = existing.get(name.casefold())
            if vid is None:
                name = _check_name(store, name, pending=list(inserted.values()))
                position += 1
                change = insert(store, "org_values", {"name": name, "description": statement,
                                                       "position": position})
                out.append(change)
                vid = change.id
                existing[name.casefold()], inserted[vid] = vid, change
                self.added += 1
            elif statement:
                if vid in inserted:
                    inserted[vid].after["description"] = statement
                elif statement != statements.get(vid, stored[vid]["description"]):
                    statements[vid] = statement
                    updated.add(vid)
            linked = added_links.setdefault(vid, set())
            if vid in stored:
                linked |= {r["code_id"] for r in _links(store, vid).values()}
            new_links = [c for c in codes if c not in linked]
            if new_links and vid in stored:
                updated.add(vid)
            linked.update(new_links)
            out += [insert(store, "org_value_links", {"org_value_id": vid, "code_id": c}) for c in new_links]
        out += [update(store, "org_values", vid, description=text) for vid, text in statements.items()
                if text != stored[vid]["description"]]
        self.updated = len(updated)
        return out
