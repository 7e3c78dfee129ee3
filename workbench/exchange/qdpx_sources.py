"""Where the texts of a REFI-QDA project's sources and notes come from: the archive
(``internal://``, in ``sources/`` or ``Sources/``), or text files outside it (an absolute path,
a ``file://`` URL, or a path relative to the project's ``basePath``)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from workbench.exchange.archive import MAX_MEMBER_BYTES, MAX_QDE_BYTES, QdpxArchive, unsafe_name
from workbench.exchange.errors import ExchangeError
from workbench.importers.base import ImportRefused
from workbench.importers.common import decode_text

ZIP_MAGIC = b"PK\x03\x04"


class SourceReader:
    """Where the texts of sources and notes come from: the archive, or files beside it."""

    def __init__(self, path: Path):
        self.path = path
        self.archive: QdpxArchive | None = None

    def project_bytes(self) -> bytes:
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(4)
        except FileNotFoundError:
            raise ExchangeError(self.path, "qdpx.err.not_found") from None
        except IsADirectoryError:
            raise ExchangeError(self.path, "qdpx.err.folder") from None
        except OSError as exc:
            raise ExchangeError(self.path, "qdpx.err.cannot_read", reason=exc.strerror or str(exc)) from None
        if not head:
            raise ExchangeError(self.path, "qdpx.err.empty")
        if head == ZIP_MAGIC or self.path.suffix.lower() == ".qdpx":
            self.archive = QdpxArchive(self.path)
            data = self.archive.read(self.archive.project_entry(), MAX_QDE_BYTES)
        else:
            if self.path.stat().st_size > MAX_QDE_BYTES:
                raise ExchangeError(self.path, "qdpx.err.qde_too_large")
            data = self.path.read_bytes()
        if not data.strip():
            raise ExchangeError(self.path, "qdpx.err.qde_empty")
        return data

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def text(self, plain_path: str, base_path: str) -> tuple[str | None, str | None, dict]:
        """(raw text, None, {}) or (None, reason key, args) for a plainTextPath."""
        if plain_path.lower().startswith("internal://"):
            name = plain_path[len("internal://"):]
            if unsafe_name(name):
                return None, "unsafe_path", {"path": plain_path}
            info = self.archive.find_source(name) if self.archive else None
            if info is None:
                return None, "missing_file", {"path": name}
            return self._decode(self.archive.read(info), name)
        return self._external(plain_path, base_path)

    def _external(self, plain_path: str, base_path: str):
        """A text file outside the archive (absolute, ``file://``, or relative to basePath).
        Only ``.txt`` files are read: an untrusted project must not pull in other files."""
        location = local_path(plain_path)
        if not location.is_absolute():
            base = local_path(base_path) if base_path else self.path.parent
            location = base / location
        if location.suffix.lower() != ".txt":
            return None, "external_refused", {"path": plain_path}
        try:
            if location.stat().st_size > MAX_MEMBER_BYTES:
                return None, "too_large", {"path": plain_path}
            data = location.read_bytes()
        except OSError:
            return None, "external_missing", {"path": plain_path}
        return self._decode(data, location.name)

    def _decode(self, data: bytes, name: str):
        try:
            text, _encoding = decode_text(data, Path(name))
        except ImportRefused as exc:
            return None, "unreadable", {"reason": exc.reason}
        return text, None, {}


def local_path(value: str) -> Path:
    if value.lower().startswith("file:"):
        parsed = urlparse(value)
        path = unquote(parsed.path)
        if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/...
            path = path[1:]
        return Path(path)
    return Path(value.replace("\\", "/"))
