"""An advisory lock beside the project (`P.iwb.lock`) so a second program is warned.

The lock lives in its own file: locking, or even opening and closing, the database file
itself would interfere with SQLite's own POSIX locks on it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, no warning
    fcntl = None


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class ProjectLock:
    def __init__(self, path: Path):
        self.path = lock_path(path)
        self.held_elsewhere = False
        self._fd: int | None = None
        if fcntl is None:
            return
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # a read-only folder: the project open will refuse it anyway
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.held_elsewhere = True
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            os.write(self._fd, f"{os.getpid()}\n".encode())

    @staticmethod
    def probe(path: Path) -> bool:
        """Is the project locked by someone (without taking the lock)?"""
        probe = ProjectLock(path)
        held = probe.held_elsewhere
        probe.release()
        return held

    def release(self) -> None:
        if self._fd is None:
            return
        if not self.held_elsewhere:
            with contextlib.suppress(OSError):
                self.path.unlink()  # ours: tidy up; a later opener simply creates it again
        os.close(self._fd)
        self._fd = None
