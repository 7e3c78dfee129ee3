"""Reading a ``.qdpx`` archive as untrusted input.

A ``.qdpx`` is a zip with ``project.qde`` and a ``sources/`` folder (``Sources/`` in some
programs). Nothing is ever extracted to disk; members are read into memory by name, and the
archive is refused as a whole when an entry tries to leave the archive (``../``, an absolute
path, a drive letter) or when the members we would read unpack to too much or compress
suspiciously well (a zip bomb).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from workbench.exchange.errors import ExchangeError

MB = 1024 * 1024
MAX_ENTRIES = 200_000
MAX_QDE_BYTES = 256 * MB  # project.qde: 40,000 codings take ~22 MB; parsing costs ~10× in memory
MAX_MEMBER_BYTES = 64 * MB  # one text source or note
MAX_TOTAL_BYTES = 2048 * MB  # everything we read from one archive
MAX_RATIO = 200  # deflate reaches ~10× on text; bombs reach ~1000×
RATIO_FLOOR = 1 * MB  # small members may compress well without harm

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_name(name: str) -> bool:
    """Would this entry name (or source path) point outside the archive?"""
    parts = name.replace("\\", "/")
    if parts.startswith("/") or _DRIVE.match(parts) or "\x00" in parts:
        return True
    return any(part == ".." for part in PurePosixPath(parts).parts)


class QdpxArchive:
    """The members of a ``.qdpx``, looked up by case-insensitive path, read with limits."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._read_total = 0
        try:
            self.zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise ExchangeError(self.path, "qdpx.err.not_found") from None
        except IsADirectoryError:
            raise ExchangeError(self.path, "qdpx.err.folder") from None
        except zipfile.BadZipFile:
            raise ExchangeError(self.path, "qdpx.err.not_zip") from None
        except (zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError) as exc:
            raise ExchangeError(self.path, "qdpx.err.damaged", detail=str(exc)) from None
        except OSError as exc:
            raise ExchangeError(self.path, "qdpx.err.cannot_read", reason=exc.strerror or str(exc)) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self.close()
            raise ExchangeError(self.path, "qdpx.err.too_many_entries", n=f"{len(infos):,}")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if unsafe_name(info.filename):
                self.close()
                raise ExchangeError(self.path, "qdpx.err.traversal", entry=info.filename)
            if not info.is_dir():
                self.members.setdefault(info.filename.replace("\\", "/").casefold(), info)

    def close(self) -> None:
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def project_entry(self) -> zipfile.ZipInfo:
        """``project.qde`` (any case), at the top or the shallowest ``.qde`` in the archive."""
        qde = [i for key, i in self.members.items() if key.rsplit("/", 1)[-1] == "project.qde"]
        qde = qde or [i for key, i in self.members.items() if key.endswith(".qde")]
        if not qde:
            raise ExchangeError(self.path, "qdpx.err.no_qde")
        return min(qde, key=lambda i: i.filename.count("/"))

    def find(self, name: str) -> zipfile.ZipInfo | None:
        """A member by its path inside the archive, ignoring case and ``\\`` separators."""
        key = name.replace("\\", "/")
        while key.startswith(("./", "/")):
            key = key[1:] if key.startswith("/") else key[2:]
        return self.members.get(key.casefold())

    def find_source(self, file_name: str) -> zipfile.ZipInfo | None:
        """An ``internal://`` file: in ``sources/`` (any case), or at the top as a fallback."""
        return self.find(f"sources/{file_name}") or self.find(file_name)

    def read(self, info: zipfile.ZipInfo, limit: int = MAX_MEMBER_BYTES) -> bytes:
        name = info.filename
        if info.file_size > limit:
            raise ExchangeError(self.path, "qdpx.err.member_too_large", name=name,
                                size=f"{info.file_size / MB:.0f}", limit=f"{limit / MB:.0f}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeError(self.path, "qdpx.err.bomb", name=name,
                                ratio=info.file_size // max(info.compress_size, 1))
        if self._read_total + info.file_size > MAX_TOTAL_BYTES:
            raise ExchangeError(self.path, "qdpx.err.total_too_large", limit=MAX_TOTAL_BYTES // MB)
        try:
            # zipfile stops at the declared size and checks the CRC, so a member cannot
            # unpack to more than the size checked above.
            data = self.zip.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
            raise ExchangeError(self.path, "qdpx.err.damaged_at", name=name, detail=str(exc)) from None
        except RuntimeError as exc:  # an encrypted member
            raise ExchangeError(self.path, "qdpx.err.cannot_read_member", name=name, detail=str(exc)) from None
        self._read_total += len(data)
        return data
