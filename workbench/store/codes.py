"""Reading the codebook: the code tree, paths and counts."""

from __future__ import annotations

import json
import unicodedata

from workbench.core.model import Code
from workbench.store.errors import NotFound

_CODE_COLS = ("id, parent_id, name, kind, color, position, definition, use_when, "
              "do_not_use_when, example, indicators, names")


def _code(row) -> Code:
    return Code(*row[:10], indicators=json.loads(row[10] or "{}"), names=json.loads(row[11] or "{}"))


def split_path(path: str) -> list[str]:
    return [part.strip() for part in path.strip().strip("/").split("/") if part.strip()]


class CodesMixin:
    def codes(self) -> list[Code]:
        """All codes, parents before children, siblings in their order."""
        rows = [_code(r) for r in self.conn.execute(f"SELECT {_CODE_COLS} FROM codes")]
        by_parent: dict[int | None, list[Code]] = {}
        for c in rows:
            by_parent.setdefault(c.parent_id, []).append(c)
        out: list[Code] = []
        # Depth-first with an explicit stack, not recursion: a tree made deep by an older
        # version (or by hand) must still list, export and open.
        def order(c: Code):
            return (c.position, c.name.lower())

        stack = sorted(by_parent.get(None, []), key=order, reverse=True)
        seen: set[int] = set()
        while stack:
            c = stack.pop()
            if c.id in seen:
                continue
            seen.add(c.id)
            out.append(c)
            stack.extend(sorted(by_parent.get(c.id, []), key=order, reverse=True))
        return out

    def code(self, code_id: int) -> Code:
        row = self.conn.execute(f"SELECT {_CODE_COLS} FROM codes WHERE id = ?", (code_id,)).fetchone()
        if row is None:
            raise NotFound(f"no code with id {code_id}")
        return _code(row)

    def child_codes(self, parent_id: int | None) -> list[Code]:
        rows = self.conn.execute(
            f"SELECT {_CODE_COLS} FROM codes WHERE ifnull(parent_id, 0) = ? ORDER BY position, name",
            (parent_id or 0,),
        )
        return [_code(r) for r in rows]

    def find_code(self, path: str) -> Code | None:
        """The code at a path of names; names compare case-insensitively (Unicode-aware,
        as the commands check sibling names)."""
        code = None
        for part in split_path(path):
            wanted = unicodedata.normalize("NFC", part).casefold()
            rows = self.conn.execute(
                f"SELECT {_CODE_COLS} FROM codes WHERE ifnull(parent_id, 0) = ?", (code.id if code else 0,)
            )
            code = next((_code(r) for r in rows if r[2].casefold() == wanted), None)
            if code is None:
                return None
        return code

    def code_by_path(self, path: str) -> Code:
        code = self.find_code(path)
        if code is None:
            raise NotFound(f"no code '{path}' in the codebook")
        return code

    def code_path(self, code_id: int) -> str:
        parts = []
        current: int | None = code_id
        while current is not None:
            row = self.conn.execute("SELECT parent_id, name FROM codes WHERE id = ?", (current,)).fetchone()
            if row is None:
                raise NotFound(f"no code with id {code_id}")
            parts.append(row[1])
            current = row[0]
        return "/".join(reversed(parts))

    def descendant_ids(self, code_id: int) -> list[int]:
        rows = self.conn.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
            "SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub",
            (code_id,),
        )
        return [r[0] for r in rows]

    def code_document_counts(self) -> list[tuple[int, int, int]]:
        """(code id, document id, codings) for every pair with codings: one ordered scan of a
        covering index, so codebook counts never build a row object per coding."""
        return self.conn.execute(
            "SELECT code_id, document_id, count(*) FROM codings GROUP BY code_id, document_id").fetchall()

    def document_participants(self) -> dict[int, int]:
        """document id → participant id, or -document id for a document without one (so it
        counts as its own participant). Read from a covering index, not the text rows."""
        return {d: c if c is not None else -d
                for d, c in self.conn.execute("SELECT id, case_id FROM documents")}

    def code_counts(self) -> dict[int, tuple[int, int]]:
        """code id → (codings, participants) for the code itself (not its descendants)."""
        who = self.document_participants()
        codings: dict[int, int] = {}
        people: dict[int, set[int]] = {}
        for code_id, doc_id, n in self.code_document_counts():
            codings[code_id] = codings.get(code_id, 0) + n
            people.setdefault(code_id, set()).add(who.get(doc_id, -doc_id))
        return {cid: (n, len(people[cid])) for cid, n in codings.items()}
