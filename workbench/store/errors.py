"""Errors the store raises; each message names the file and the reason (a catalogue key)."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import Msg, UserError, printable_name, storage_reason


class ProjectError(UserError):
    """`reason` is the English reason; `reason_msg` renders it in the user's language."""

    def __init__(self, path: Path | str, reason: str | Msg, **args):
        self.path = Path(path)
        self.reason_msg = Msg.of(reason, **args)
        self.reason = str(self.reason_msg)
        name = printable_name(self.path.name or str(self.path))
        super().__init__(Msg("error.with_file", file=name, reason=self.reason_msg))


class NotAProject(ProjectError):
    pass


class DamagedProject(NotAProject):
    """The file is a damaged project; it was not modified. `backup` is the newest backup copy."""

    def __init__(self, path: Path | str, backup: Path | None = None):
        self.backup = backup
        if backup is None:
            super().__init__(path, "store.damaged")
        else:
            super().__init__(path, "store.damaged_backup", backup=printable_name(backup.name),
                             file=printable_name(Path(path).name))


class NewerVersion(ProjectError):
    pass


class ProjectInUse(ProjectError):
    """Another process has the project open; raised only when the caller asks to be strict."""


class StorageError(ProjectError):
    """Reading or writing the project file failed (disk full, damaged, read-only…)."""

    def __init__(self, path: Path | str, exc: BaseException):
        self.cause_code = getattr(exc, "sqlite_errorcode", None)
        super().__init__(path, storage_reason(exc))


class NotFound(UserError, LookupError):
    """A named document, code or case does not exist in the project."""
