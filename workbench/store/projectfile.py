"""Opening, creating, migrating and locking a project file (`*.iwb`, SQLite in WAL mode)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workbench import __version__
from workbench.core.commands.base import CommandError, now_iso
from workbench.core.events import Change, EventBus
from workbench.store import migrate
from workbench.store.errors import NewerVersion, NotAProject, ProjectError, ProjectInUse
from workbench.store.lock import ProjectLock
from workbench.store.rows import RowChange, StalePatch, apply_changes, invert, read_row

SQLITE_MAGIC = b"SQLite format 3\x00"

# Projects open in this process. Opening and closing any handle on the database file would
# drop the POSIX locks SQLite holds on it (a POSIX rule), so for these we never touch it.
_OPEN_HERE: dict[str, int] = {}


class ProjectFile:
    """The connection, its transactions, version handling and the change-event bus."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock):
        self.path = path
        self.conn = conn
        self.events = EventBus()
        self._key = _key(path)
        # A second open in this same process is not "another program".
        self.in_use_elsewhere = lock.held_elsewhere and self._key not in _OPEN_HERE
        self.backup_path: Path | None = None
        self._lock = lock
        _OPEN_HERE[self._key] = _OPEN_HERE.get(self._key, 0) + 1
        self._depth = 0
        self._pending: list[Change] = []
        self._next_ids: dict[str, int] = {}

    # ---- creating and opening -------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, language: str = "nl", overwrite: bool = False):
        path = Path(path)
        if not path.parent.is_dir():
            raise ProjectError(path, f"folder '{path.parent}' does not exist")
        if not os.access(path.parent, os.W_OK):
            raise ProjectError(path, "cannot write in this folder")
        if path.exists():
            if not overwrite:
                raise ProjectError(path, "a file with this name already exists")
            if _key(path) in _OPEN_HERE or ProjectLock.probe(path):
                raise ProjectInUse(path, "the project is open in another window or program; close it first")
            _remove_with_sidecars(path)
        lock = ProjectLock(path)
        try:
            conn = _connect(path)
            migrate.upgrade(conn)
        except sqlite3.Error as exc:
            lock.release()
            raise ProjectError(path, f"cannot create the project ({exc})") from None
        project = cls(path, conn, lock)
        with project.transaction():
            project.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [("language", language), ("created_at", now_iso()), ("created_by", __version__)],
            )
        return project

    @classmethod
    def open(cls, path: Path | str, strict_lock: bool = False):
        path = Path(path)
        version = inspect(path)
        latest = migrate.latest_version()
        if version > latest:
            raise NewerVersion(
                path,
                f"made by a newer version of the workbench (file format {version}; this "
                f"version reads up to {latest}). Update the app to open it.",
            )
        if version < latest and path.suffix == ".bak":
            raise ProjectError(path, "this is a backup copy of an older project; copy it to a new "
                               "name ending in .iwb to open it")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ProjectError(path, "the project file or its folder is read-only; copy the project "
                               "to a folder where you can write")
        lock = ProjectLock(path)
        if lock.held_elsewhere and _key(path) not in _OPEN_HERE and (strict_lock or version < latest):
            lock.release()
            reason = "the project is open in another window or program"
            if version < latest:
                reason += "; close it there first so this version can upgrade the file"
            raise ProjectInUse(path, reason)
        try:
            backup = _backup(path, version) if version < latest else None
            conn = _connect(path)
            if backup:
                migrate.upgrade(conn)
        except sqlite3.OperationalError as exc:
            lock.release()
            raise ProjectError(path, f"cannot open the project ({exc})") from None
        except sqlite3.DatabaseError as exc:
            lock.release()
            raise NotAProject(path, f"the project file is damaged ({exc})") from None
        project = cls(path, conn, lock)
        project.backup_path = backup
        return project

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
            self.conn = None
            _OPEN_HERE[self._key] -= 1
            if not _OPEN_HERE[self._key]:
                del _OPEN_HERE[self._key]
            self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ---- transactions and patches ---------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction per edit. A nested use is a savepoint, so a failing inner edit
        rolls back alone. Events fire only after the outer commit."""
        outer = self._depth == 0
        if outer:
            self.conn.execute("BEGIN IMMEDIATE")
            self._next_ids.clear()
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        pending_mark = len(self._pending)
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if outer:
                self.conn.execute("ROLLBACK")
                self._pending.clear()
                self._next_ids.clear()
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
                del self._pending[pending_mark:]
            raise
        self._depth -= 1
        if not outer:
            self.conn.execute(f"RELEASE sp{self._depth}")
            return
        try:
            self.conn.execute("COMMIT")  # deferred foreign keys are checked here
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            self._pending.clear()
            self._next_ids.clear()
            if isinstance(exc, sqlite3.IntegrityError):
                raise CommandError("the project has changed since (perhaps in another window), so "
                                   f"this edit cannot be applied ({exc})") from None
            raise
        pending, self._pending = self._pending, []
        for change in pending:
            self.events.emit(change)

    def new_id(self, table: str) -> int:
        """Next id for a table: never one that was used before (AUTOINCREMENT high-water mark),
        stable within the running transaction."""
        if table not in self._next_ids:
            row = self.conn.execute(
                f"SELECT max(ifnull((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                f"ifnull((SELECT max(id) FROM {table}), 0))", (table,)
            ).fetchone()
            self._next_ids[table] = row[0]
        self._next_ids[table] += 1
        return self._next_ids[table]

    def row(self, table: str, row_id: int) -> dict | None:
        return read_row(self.conn, table, row_id)

    def apply_patch(self, changes: list[RowChange]) -> list[RowChange]:
        try:
            with self.transaction():
                self._pending.extend(apply_changes(self.conn, changes))
        except StalePatch:
            raise CommandError("the project has changed since (perhaps in another window), so "
                               "this edit cannot be replayed") from None
        except sqlite3.IntegrityError as exc:
            raise CommandError(f"the edit conflicts with the project ({exc})") from None
        return invert(changes)

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def language(self) -> str:
        return self.setting("language", "nl")


def _key(path: Path) -> str:
    return str(path.resolve())


def inspect(path: Path) -> int:
    """Check, read-only, that the file is a project; return its schema version."""
    if not path.exists():
        raise ProjectError(path, "file not found")
    if path.is_dir():
        raise NotAProject(path, "is a folder, not a project file")
    if path.stat().st_size == 0:
        raise NotAProject(path, "the file is empty, not a project")
    if _key(path) not in _OPEN_HERE:
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise ProjectError(path, f"cannot read the file ({exc.strerror})") from None
        if head != SQLITE_MAGIC:
            raise NotAProject(path, "not a Depth Interview Workbench project (not a project file)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise ProjectError(path, f"cannot read the project ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise NotAProject(path, f"the project file is damaged ({exc})") from None
    if app_id != migrate.APPLICATION_ID:
        raise NotAProject(
            path, "not a Depth Interview Workbench project (a database of another program)"
        )
    return version


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _backup(path: Path, version: int) -> Path:
    """Copy an older-version file beside it before migrating. The copy ends in .bak, so it
    is not mistaken for (and upgraded as) a project; an existing backup is never overwritten."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.v{version}-{n}.bak")
        n += 1
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        dst.close()
        target.unlink(missing_ok=True)
        raise sqlite3.OperationalError(f"cannot write a backup copy beside it: {exc}") from None
    finally:
        src.close()
    dst.close()
    return target


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["ProjectFile", "RowChange", "inspect", "now_iso"]
