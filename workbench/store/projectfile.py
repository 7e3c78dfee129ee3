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
from workbench.store.rows import RowChange, apply_changes, invert, read_row

SQLITE_MAGIC = b"SQLite format 3\x00"

try:  # Advisory lock so a second process opening the same project is warned.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class ProjectFile:
    """The connection, its transactions, version handling and the change-event bus."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self.events = EventBus()
        self.in_use_elsewhere = False
        self.backup_path: Path | None = None
        self._depth = 0
        self._pending: list[Change] = []
        self._next_ids: dict[str, int] = {}
        self._lock_fd: int | None = None

    # ---- creating and opening -------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, language: str = "nl", overwrite: bool = False):
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectError(path, "a file with this name already exists")
            _remove_with_sidecars(path)
        if not path.parent.exists():
            raise ProjectError(path, f"folder '{path.parent}' does not exist")
        try:
            conn = _connect(path)
            migrate.upgrade(conn)
        except sqlite3.Error as exc:
            raise ProjectError(path, f"cannot create the project ({exc})") from None
        project = cls(path, conn)
        project._lock()
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
        backup = None
        if version < latest:
            backup = _backup(path, version)
        try:
            conn = _connect(path)
            if backup:
                migrate.upgrade(conn)
        except sqlite3.DatabaseError as exc:
            raise NotAProject(path, f"the project file is damaged ({exc})") from None
        project = cls(path, conn)
        project.backup_path = backup
        project._lock()
        if project.in_use_elsewhere and strict_lock:
            project.close()
            raise ProjectInUse(path, "the project is open in another window or program")
        return project

    def _lock(self) -> None:
        if fcntl is None:
            return
        self._lock_fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.in_use_elsewhere = True

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
            self.conn = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

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
        """One transaction per edit; nested uses join the outer one. Events fire after commit."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
            self._next_ids.clear()
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
                self._pending.clear()
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")
            pending, self._pending = self._pending, []
            for change in pending:
                self.events.emit(change)

    def new_id(self, table: str) -> int:
        """Next free id in a table, stable within the running transaction."""
        if table not in self._next_ids:
            top = self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
            self._next_ids[table] = top
        self._next_ids[table] += 1
        return self._next_ids[table]

    def row(self, table: str, row_id: int) -> dict | None:
        return read_row(self.conn, table, row_id)

    def apply_patch(self, changes: list[RowChange]) -> list[RowChange]:
        try:
            with self.transaction():
                self._pending.extend(apply_changes(self.conn, changes))
        except sqlite3.IntegrityError as exc:
            raise CommandError(f"the edit conflicts with the project ({exc})") from None
        return invert(changes)

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def language(self) -> str:
        return self.setting("language", "nl")


def inspect(path: Path) -> int:
    """Check, read-only, that the file is a project; return its schema version."""
    if not path.exists():
        raise ProjectError(path, "file not found")
    if path.is_dir():
        raise NotAProject(path, "is a folder, not a project file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError(path, f"cannot read the file ({exc.strerror})") from None
    if not head:
        raise NotAProject(path, "the file is empty, not a project")
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
    """Copy an older-version file beside it before migrating; never overwrite a backup."""
    target = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.v{version}-backup-{n}{path.suffix}")
        n += 1
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["ProjectFile", "RowChange", "inspect", "now_iso"]
