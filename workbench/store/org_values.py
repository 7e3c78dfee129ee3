"""Reading the organisation's values (the values-fit map) and per-project view settings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class OrgValue:
    """An organisation value / brand promise and the customer value codes that express it."""

    id: int
    name: str
    description: str = ""  # the statement ("Wij zetten de klant centraal: …")
    position: int = 0
    code_ids: list[int] = field(default_factory=list)


class OrgValuesMixin:
    def org_values(self) -> list[OrgValue]:
        links: dict[int, list[int]] = {}
        for value_id, code_id in self.conn.execute(
            "SELECT org_value_id, code_id FROM org_value_links ORDER BY id"
        ):
            links.setdefault(value_id, []).append(code_id)
        rows = self.conn.execute(
            "SELECT id, name, description, position FROM org_values ORDER BY position, id")
        return [OrgValue(r[0], r[1], r[2], r[3], links.get(r[0], [])) for r in rows]

    def find_org_value(self, name: str) -> OrgValue | None:
        wanted = name.strip().casefold()
        return next((v for v in self.org_values() if v.name.casefold() == wanted), None)

    # View state (label positions and the like): remembered per project, not an edit of the
    # research data, so it is written directly and not put on the undo stack.
    def json_setting(self, key: str, default=None):
        raw = self.setting(key, "")
        if not raw:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def put_setting(self, key: str, value) -> None:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, text))
