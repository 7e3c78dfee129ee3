"""Schema versions: numbered SQL migrations applied in order, `PRAGMA user_version`."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from importlib import resources

APPLICATION_ID = 0x49574231  # "IWB1": marks a SQLite file as a workbench project


@lru_cache(maxsize=1)
def _files() -> tuple[tuple[int, object], ...]:
    """(version, file) for every migration in store/migrations, in order (listed once: every
    project opened asks for the latest version). A test that adds a migration patches this
    function, or calls `_files.cache_clear()` after changing the folder."""
    found = []
    for entry in resources.files("workbench.store.migrations").iterdir():
        m = re.fullmatch(r"(\d{4})_\w+\.sql", entry.name)
        if m:
            found.append((int(m.group(1)), entry))
    return tuple(sorted(found, key=lambda f: f[0]))


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for every file in store/migrations, in order."""
    return [(version, entry.read_text(encoding="utf-8")) for version, entry in _files()]


def latest_version() -> int:
    return _files()[-1][0]


def upgrade(conn: sqlite3.Connection, target: int | None = None) -> None:
    """Apply every migration above the file's version, each in its own transaction."""
    for version, sql in migrations():
        if target is not None and version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        # Read the version inside the write lock: another process may have just migrated.
        if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
            conn.execute("ROLLBACK")
            continue
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(sql: str) -> list[str]:
    # executescript would commit implicitly; split on complete statements instead.
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
