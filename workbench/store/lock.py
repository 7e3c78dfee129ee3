"""An advisory lock beside the project (`P.iwb.lock`) so a second program is warned.

The lock lives in its own file: locking, or even opening and closing, the database file
itself would interfere with SQLite's own POSIX locks on it. `filelock` takes an OS lock on
that file that works on Windows (msvcrt) as well as on Linux and macOS (flock).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from filelock import FileLock, Timeout


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class ProjectLock:
    def __init__(self, path: Path):
        self.path = lock_path(path)
        self.held_elsewhere = False
        self._lock: FileLock | None = None
        lock = FileLock(self.path, timeout=0, thread_local=False, is_singleton=False)
        try:
            lock.acquire()
        except Timeout:
            self.held_elsewhere = True
            return
        except OSError:
            return  # a read-only folder: the project open will refuse or read it only
        self._lock = lock

    @staticmethod
    def probe(path: Path) -> bool:
        """Is the project locked by someone (without keeping the lock)?"""
        probe = ProjectLock(path)
        held = probe.held_elsewhere
        probe.release()
        return held

    def release(self) -> None:
        if self._lock is None:
            return
        with contextlib.suppress(OSError):
            self._lock.release()
        with contextlib.suppress(OSError):
            self.path.unlink()  # ours: tidy up; a later opener simply creates it again
        self._lock = None
