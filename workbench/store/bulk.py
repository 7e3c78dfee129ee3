"""Bulk building of a new project file: index turn text once per document, not per turn.

The ``turns_fts_insert`` trigger reads the whole document row for every turn it indexes
(quadratic in the document length). While a new project is being filled in one transaction
(e.g. a ``.qdpx`` import into a file nobody else has open) the trigger is set aside and the
turns of each document are indexed in one go from the text in memory; the trigger is put back,
unchanged, before the transaction commits.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

TRIGGER = "turns_fts_insert"


@contextlib.contextmanager
def deferred_turn_index(project) -> Iterator[None]:
    """Inside ``project.transaction()``: insert turns without the per-turn trigger; call
    :func:`index_turns` for each document added. The trigger is restored on the way out."""
    conn = project.conn
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       (TRIGGER,)).fetchone()
    if row is None:  # an unexpected schema: keep the normal, slower path
        yield
        return
    conn.execute(f"DROP TRIGGER {TRIGGER}")
    try:
        yield
    finally:
        conn.execute(row[0])


def index_turns(project, document_id: int, text: str) -> None:
    """Index the turns of one document (what the trigger would have written, turn by turn)."""
    rows = project.conn.execute('SELECT id, start, "end" FROM turns WHERE document_id = ?', (document_id,))
    project.conn.executemany("INSERT INTO turn_fts(rowid, body) VALUES (?, ?)",
                             [(tid, text[start:end]) for tid, start, end in rows.fetchall()])
