"""Backup copies beside a project (`P.iwb.vN.bak`, written before a migration) and the
read-only connection used to look at a file without changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import storage_reason
from workbench.store.errors import ProjectError


def ro_uri(path: Path) -> str:
    """URI of a read-only connection. Without a -wal file nobody has the project open, so it
    is opened immutable: no -wal/-shm files are created beside a file we only look at."""
    wal = Path(f"{path}-wal")
    return f"{path.resolve().as_uri()}?mode=ro" + ("" if wal.exists() else "&immutable=1")


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy written beside the project (`P.iwb.vN.bak`), if any."""
    found = [p for p in path.parent.glob(f"{glob_escape(path.name)}.v*.bak") if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def write_backup(path: Path, version: int) -> Path:
    """Copy an older-version file beside it before migrating. The copy ends in .bak, so it
    is not mistaken for (and upgraded as) a project; an existing backup is never overwritten."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.v{version}-{n}.bak")
        n += 1
    src = sqlite3.connect(ro_uri(path), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        dst.close()
        target.unlink(missing_ok=True)
        raise ProjectError(path, "store.cannot_backup", reason=storage_reason(exc)) from None
    finally:
        src.close()
    dst.close()
    return target
