"""Zip-bomb guard for package formats (.docx, .odt): look at the archive's directory — the
declared sizes, which zipfile enforces when it inflates — before any parser inflates a part."""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.errors import Msg
from workbench.importers.base import ImportRefused

# A long transcript's document.xml is a few MB; images are not read but python-docx loads
# every part, so the whole package is bounded too.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# XML compresses about 5-20×; a part that inflates hundreds of times is built to explode.
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small parts may compress absurdly well (runs of spaces)
MAX_MEMBERS = 10_000


def check_package(path: Path, what_key: str) -> None:
    """Refuse an archive whose parts would inflate beyond sane sizes. `what_key` names the
    format for the message (a catalogue key: "import.what.docx")."""
    what = Msg(what_key)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRefused(path, "import.err.damaged_package", what=what) from None
    if len(infos) > MAX_MEMBERS:
        raise ImportRefused(path, "import.err.zip_bomb", what=what)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES
                or (info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO)):
            raise ImportRefused(path, "import.err.zip_bomb", what=what)
