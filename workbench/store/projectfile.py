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
from workbench.errors import storage_reason
from workbench.store import migrate
from workbench.store.backups import latest_backup, ro_uri, write_backup
from workbench.store.errors import (
    DamagedProject,
    NewerVersion,
    NotAProject,
    ProjectError,
    ProjectInUse,
    StorageError,
)
from workbench.store.lock import ProjectLock
from workbench.store.rows import RowChange, StalePatch, apply_changes, invert, read_row

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000

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
        self.read_only = False
        self._wrote = False
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
            raise ProjectError(path, "store.no_folder", folder=str(path.parent))
        if not os.access(path.parent, os.W_OK):
            raise ProjectError(path, "store.folder_read_only", folder=str(path.parent))
        if path.exists():
            if not overwrite:
                raise ProjectError(path, "store.exists")
            if _key(path) in _OPEN_HERE or ProjectLock.probe(path):
                raise ProjectInUse(path, "store.in_use_close")
            _remove_with_sidecars(path)
        lock = ProjectLock(path)
        conn = None
        try:
            conn = _connect(path)
            migrate.upgrade(conn)
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [("language", language), ("created_at", now_iso()), ("created_by", __version__)],
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            # e.g. the disk is full: leave no empty or half-made project behind
            if conn is not None:
                conn.close()
            _remove_with_sidecars(path)
            lock.release()
            raise StorageError(path, exc) from None
        return cls(path, conn, lock)

    @classmethod
    def open(cls, path: Path | str, strict_lock: bool = False, read_only: bool = False):
        """Open a project for editing. A damaged file is refused before anything is written to
        it (`PRAGMA quick_check`). `read_only=True` is for reading (info, search, export): a
        project in a read-only place is then opened without writing, instead of refused."""
        path = Path(path)
        version = inspect(path)
        latest = migrate.latest_version()
        if version > latest:
            raise NewerVersion(path, "store.newer", version=version, latest=latest)
        if version < latest and path.suffix == ".bak":
            raise ProjectError(path, "store.backup_copy")
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if not writable:
            if read_only and version == latest:
                return cls._open_read_only(path)
            raise ProjectError(path, "store.read_only")
        if not read_only or version < latest:
            check_integrity(path)  # before the first write (WAL switch, migration, edits)
        lock = ProjectLock(path)
        if lock.held_elsewhere and _key(path) not in _OPEN_HERE and (strict_lock or version < latest):
            lock.release()
            raise ProjectInUse(path, "store.in_use_upgrade" if version < latest else "store.in_use")
        try:
            backup = write_backup(path, version) if version < latest else None
            conn = _connect(path)
            if backup:
                migrate.upgrade(conn)
        except ProjectError:
            lock.release()
            raise
        except sqlite3.Error as exc:
            lock.release()
            if storage_reason(exc).key == "store.damaged":
                raise DamagedProject(path, latest_backup(path)) from None
            raise StorageError(path, exc) from None
        project = cls(path, conn, lock)
        project.backup_path = backup
        return project

    @classmethod
    def _open_read_only(cls, path: Path):
        try:
            conn = sqlite3.connect(ro_uri(path), uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise StorageError(path, exc) from None
        project = cls(path, conn, _NoLock())
        project.read_only = True
        return project

    def close(self) -> None:
        if self.conn is not None:
            if self._wrote:  # a project only read (perhaps a damaged one) is left as it was
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
        rolls back alone. Events fire only after the outer commit; when the edit fails, its
        pending events and allocated ids are dropped with it. Storage failures (disk full,
        damaged file, read-only, busy) come out as StorageError naming the cause."""
        outer = self._depth == 0
        try:
            if outer:
                self._pending.clear()
                self._next_ids.clear()
                self.conn.execute("BEGIN IMMEDIATE")
            else:
                self.conn.execute(f"SAVEPOINT sp{self._depth}")
        except sqlite3.Error as exc:
            raise self.storage_error(exc) from None
        self._depth += 1
        pending_mark = len(self._pending)
        try:
            yield self.conn
            if not outer:
                self.conn.execute(f"RELEASE sp{self._depth - 1}")
            else:
                self.conn.execute("COMMIT")  # deferred foreign keys are checked here
        except BaseException as exc:
            self._depth -= 1
            self._undo_failed(outer, pending_mark)
            if outer and isinstance(exc, sqlite3.IntegrityError):
                raise CommandError("store.changed_since") from None
            if outer and isinstance(exc, sqlite3.Error):
                raise self.storage_error(exc) from None
            raise
        self._depth -= 1
        if outer:
            self._wrote = True
            pending, self._pending = self._pending, []
            for change in pending:
                self.events.emit(change)

    def _undo_failed(self, outer: bool, pending_mark: int) -> None:
        """Roll back what a failed edit wrote. SQLite may already have rolled the whole
        transaction back by itself (disk full, I/O error): roll back only what is active."""
        if outer:
            self._pending.clear()
            self._next_ids.clear()
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            return
        del self._pending[pending_mark:]
        if self.conn.in_transaction:
            try:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            except sqlite3.Error:
                pass  # the outer level rolls back everything
        # Allocated ids stay allocated: skipping a number is harmless, handing one out twice
        # (to a row the outer edit has yet to write) is not.

    def storage_error(self, exc: sqlite3.Error) -> ProjectError:
        if storage_reason(exc).key == "store.damaged":
            return DamagedProject(self.path, latest_backup(self.path))
        return StorageError(self.path, exc)

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
        self.forget_texts(c.id for c in changes if c.table == "documents")
        try:
            with self.transaction():
                self._pending.extend(apply_changes(self.conn, changes))
        except StalePatch:
            raise CommandError("store.changed_replay") from None
        except sqlite3.IntegrityError:
            raise CommandError("store.conflict") from None
        return invert(changes)

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def language(self) -> str:
        return self.setting("language", "nl")


def _key(path: Path) -> str:
    return str(path.resolve())


class _NoLock:
    held_elsewhere = False

    def release(self) -> None:
        pass


def inspect(path: Path) -> int:
    """Check, read-only, that the file is a project; return its schema version."""
    if not path.exists():
        raise ProjectError(path, "store.not_found")
    if path.is_dir():
        raise NotAProject(path, "store.is_folder")
    if path.stat().st_size == 0:
        raise NotAProject(path, "store.empty")
    if _key(path) not in _OPEN_HERE:
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise ProjectError(path, "store.cannot_read", reason=exc.strerror or str(exc)) from None
        if head != SQLITE_MAGIC:
            raise NotAProject(path, "store.not_project")
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if storage_reason(exc).key == "store.damaged":
            raise DamagedProject(path, latest_backup(path)) from None
        raise StorageError(path, exc) from None
    if app_id != migrate.APPLICATION_ID:
        raise NotAProject(path, "store.foreign_db")
    return version


def check_integrity(path: Path) -> None:
    """Refuse a damaged project before anything writes to it. `PRAGMA quick_check` reads
    every page once (linear in the file size; see `make bench`) but skips the index-content
    cross-checks of integrity_check, which cost far more."""
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if storage_reason(exc).key == "store.damaged":
            raise DamagedProject(path, latest_backup(path)) from None
        raise StorageError(path, exc) from None
    if result != "ok":
        raise DamagedProject(path, latest_backup(path))


def restore_backup(path: Path | str) -> tuple[Path, Path]:
    """Put the newest backup in place of a damaged project. The damaged file is kept beside
    it (renamed, never changed), so nothing is lost; the restored copy is upgraded on open.
    Returns (backup used, where the damaged file now is)."""
    path = Path(path)
    backup = latest_backup(path)
    if backup is None:
        raise ProjectError(path, "store.no_backup")
    if _key(path) in _OPEN_HERE or ProjectLock.probe(path):
        raise ProjectInUse(path, "store.in_use_close")
    damaged = path.with_name(f"{path.name}.damaged")
    n = 2
    while damaged.exists():
        damaged = path.with_name(f"{path.name}.damaged-{n}")
        n += 1
    try:
        if path.exists():
            path.replace(damaged)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    side.replace(Path(f"{damaged}{suffix}"))
        src = sqlite3.connect(ro_uri(backup), uri=True)
        dst = sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(path, exc) from None
    return backup, damaged


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # A writer waits this long for another's transaction: long enough to outlast the import
    # of the largest accepted transcript (see `make bench`), so nobody is refused for it.
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["ProjectFile", "RowChange", "check_integrity", "inspect", "latest_backup", "now_iso",
           "restore_backup"]
