"""Generic row patches: the one mechanism every undoable edit goes through.

A patch is a list of RowChange. Applying it returns the inverse patch (before/after swapped,
in reverse order), so undo is exact for every command, however compound (merge, delete a
code with its codings, apply a scheme).
"""

from __future__ import annotations

import sqlite3

from workbench.core.events import Change
from workbench.core.patch import RowChange, invert

__all__ = ["COLUMNS", "RowChange", "StalePatch", "apply_changes", "invert", "read_row", "read_rows"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": ("name",),
    "attributes": ("name", "type", "position"),
    "case_attributes": ("case_id", "attribute_id", "value"),
    "documents": ("name", "language", "text", "sha256", "source_file", "imported_at",
                  "case_id", "metadata", "word_count", "position"),
    "turns": ("document_id", "start", "end", "speaker", "role", "time_ms"),
    "codes": ("parent_id", "name", "kind", "color", "position", "definition", "use_when",
              "do_not_use_when", "example", "indicators", "names"),
    "coders": ("name", "color"),
    "codings": ("document_id", "code_id", "start", "end", "coder", "memo", "inferred",
                "created_at"),
    "memos": ("target", "target_id", "text", "updated_at"),
    "org_values": ("name", "description", "position"),
    "org_value_links": ("org_value_id", "code_id"),
    "suggestions": ("document_id", "code_id", "start", "end", "score", "reason", "status",
                    "created_at", "source", "inferred"),
}
ENTITY = {table: table.rstrip("s") if table != "cases" else "case" for table in COLUMNS}
ENTITY.update(case_attributes="case", attributes="case")


def _q(col: str) -> str:
    return f'"{col}"'


def read_row(conn: sqlite3.Connection, table: str, row_id: int) -> dict | None:
    cols = COLUMNS[table]
    row = conn.execute(
        f"SELECT {', '.join(map(_q, cols))} FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    return None if row is None else dict(zip(cols, row, strict=True))


def read_rows(conn: sqlite3.Connection, table: str, where: str, params=()) -> dict[int, dict]:
    cols = COLUMNS[table]
    cur = conn.execute(
        f"SELECT id, {', '.join(map(_q, cols))} FROM {table} WHERE {where} ORDER BY id", params
    )
    return {r[0]: dict(zip(cols, r[1:], strict=True)) for r in cur}


def apply_changes(conn: sqlite3.Connection, changes: list[RowChange]) -> list[Change]:
    """Write the changes (the caller holds the transaction) and describe them as events."""
    # Texts of documents this patch inserts, so their turns are indexed without reading back.
    texts = {c.id: c.after["text"] for c in changes if c.table == "documents" and c.after is not None}
    i = 0
    while i < len(changes):
        # Runs of inserts into one table go through executemany: bulk edits stay fast.
        c = changes[i]
        j = i
        while (j + 1 < len(changes) and changes[j + 1].table == c.table
               and (changes[j + 1].before is None) == (c.before is None)
               and (changes[j + 1].after is None) == (c.after is None)):
            j += 1
        _write_run(conn, changes[i:j + 1])
        if c.table == "turns" and c.before is None:
            _index_turns(conn, changes[i:j + 1], texts)
        i = j + 1
    return _events(changes)


def _index_turns(conn: sqlite3.Connection, run: list[RowChange], texts: dict[int, str]) -> None:
    """Put inserted turns' text into the full-text index (migration 0003 dropped the trigger
    that sliced the whole document once per turn). A Python slice costs only the turn's length,
    so importing is linear in the size of the document."""
    for c in run:
        doc_id = c.after["document_id"]
        if doc_id not in texts:
            row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            texts[doc_id] = row[0] if row else ""
    # a generator: the slices are made one at a time, not a second copy of the whole text
    conn.executemany("INSERT INTO turn_fts (rowid, body) VALUES (?, ?)",
                     ((c.id, texts[c.after["document_id"]][c.after["start"]:c.after["end"]]) for c in run))


class StalePatch(Exception):
    """The rows are no longer as the patch recorded them (changed elsewhere since)."""


def _matches(cols) -> str:
    return " AND ".join(f"{_q(k)} IS ?" for k in cols)


def _write_run(conn: sqlite3.Connection, run: list[RowChange]) -> None:
    """Write one run. Deletes and updates only touch rows still exactly as recorded, so a
    replayed undo can never clobber an edit made since (in another window or process)."""
    table = run[0].table
    cols = COLUMNS[table]
    if run[0].before is None:  # insert
        sql = (f"INSERT INTO {table} (id, {', '.join(map(_q, cols))}) "
               f"VALUES (?{', ?' * len(cols)})")
        conn.executemany(sql, [(c.id, *(c.after[k] for k in cols)) for c in run])
        return
    if run[0].after is None:  # delete
        cur = conn.executemany(f"DELETE FROM {table} WHERE id = ? AND {_matches(cols)}",
                               [(c.id, *(c.before[k] for k in cols)) for c in run])
        if cur.rowcount != len(run):
            raise StalePatch(table)
        return
    for c in run:
        changed = [k for k in cols if c.after[k] != c.before[k]]
        if changed:
            cur = conn.execute(
                f"UPDATE {table} SET {', '.join(f'{_q(k)} = ?' for k in changed)} "
                f"WHERE id = ? AND {_matches(cols)}",
                (*(c.after[k] for k in changed), c.id, *(c.before[k] for k in cols)),
            )
            if cur.rowcount != 1:
                raise StalePatch(table)


def _events(changes: list[RowChange]) -> list[Change]:
    grouped: dict[tuple[str, str], tuple[list[int], set[int]]] = {}
    for c in changes:
        action = "added" if c.before is None else "removed" if c.after is None else "changed"
        ids, docs = grouped.setdefault((ENTITY[c.table], action), ([], set()))
        ids.append(c.id)
        for row in (c.before, c.after):
            if row and "document_id" in row:
                docs.add(row["document_id"])
        if c.table == "documents":
            docs.add(c.id)
    return [Change(entity, action, tuple(ids), tuple(sorted(docs)))
            for (entity, action), (ids, docs) in grouped.items()]
