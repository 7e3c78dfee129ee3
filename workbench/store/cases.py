"""Reading participants (cases), their typed attributes, and memos."""

from __future__ import annotations

from workbench.core.model import Case, Memo
from workbench.store.errors import NotFound


def typed_value(kind: str, raw: str | None):
    if raw is None or raw == "":
        return None
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        return int(number) if number.is_integer() else number
    return raw


class CasesMixin:
    def cases(self) -> list[Case]:
        attrs = self.attributes()
        values: dict[int, dict] = {}
        for case_id, attr_id, value in self.conn.execute(
            "SELECT case_id, attribute_id, value FROM case_attributes"
        ):
            name, kind = attrs[attr_id]
            values.setdefault(case_id, {})[name] = typed_value(kind, value)
        return [Case(r[0], r[1], values.get(r[0], {}))
                for r in self.conn.execute("SELECT id, name FROM cases ORDER BY name COLLATE NOCASE")]

    def case_by_name(self, name: str) -> Case:
        for case in self.cases():
            if case.name.lower() == name.lower():
                return case
        raise NotFound(f"no participant named '{name}'")

    def find_case_id(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM cases WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        return row[0] if row else None

    def attributes(self) -> dict[int, tuple[str, str]]:
        """attribute id → (name, type), in display order."""
        rows = self.conn.execute("SELECT id, name, type FROM attributes ORDER BY position, id")
        return {r[0]: (r[1], r[2]) for r in rows}

    def find_attribute_id(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM attributes WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        return row[0] if row else None

    def memo(self, target: str, target_id: int = 0) -> Memo | None:
        row = self.conn.execute(
            "SELECT id, target, target_id, text, updated_at FROM memos WHERE target = ? AND target_id = ?",
            (target, target_id),
        ).fetchone()
        return Memo(*row) if row else None

    def require_case(self, case_id: int) -> Case:
        for case in self.cases():
            if case.id == case_id:
                return case
        raise NotFound(f"no participant with id {case_id}")
