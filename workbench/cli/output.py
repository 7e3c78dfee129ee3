"""Printing for the CLI: stable JSON, a text progress bar on stderr."""

from __future__ import annotations

import json
import sys


def emit_json(data) -> None:
    """JSON is always UTF-8, whatever the console's encoding, so scripts can parse it."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def text_progress(label: str):
    """A progress(done, total) callback drawing a bar on stderr (only on a terminal)."""
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress
