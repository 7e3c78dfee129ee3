"""User preferences kept in QSettings: language, font size, coder, recent projects, pins, layout.

Organisation "DepthInterviewWorkbench". Tests (and portable installs) point
`WORKBENCH_SETTINGS_FILE` at an ini file instead of the platform store.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QByteArray, QSettings

ORG = "DepthInterviewWorkbench"
APP = "Workbench"
MAX_RECENT = 8


def _qsettings() -> QSettings:
    path = os.environ.get("WORKBENCH_SETTINGS_FILE")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORG, APP)


class Settings:
    def __init__(self, store: QSettings | None = None):
        self.q = store or _qsettings()

    def _get(self, key: str, default, kind=str):
        value = self.q.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    # ---- simple values ---------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._get("language", "nl")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("language", value)

    @property
    def font_size(self) -> int:
        return max(7, min(32, self._get("font_size", 11, int)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.q.setValue("font_size", int(value))

    @property
    def coder(self) -> str:
        return self._get("coder", "")

    @coder.setter
    def coder(self, value: str) -> None:
        self.q.setValue("coder", value.strip())

    # ---- recent projects -------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.q.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str) -> None:
        paths = [path] + [p for p in self.recent() if p != path]
        self.q.setValue("recent", paths[:MAX_RECENT])

    # ---- pinned codes (keys 1–9), per project ----------------------------------------
    @staticmethod
    def _pin_key(project_path: str) -> str:
        digest = hashlib.sha1(os.path.abspath(project_path).encode()).hexdigest()[:16]
        return f"pins/{digest}"

    def pins(self, project_path: str) -> dict[int, int]:
        """key number (1–9) → code id."""
        raw = self._get(self._pin_key(project_path), "")
        out = {}
        for part in raw.split(","):
            if ":" in part:
                key, code = part.split(":", 1)
                if key.isdigit() and code.isdigit():
                    out[int(key)] = int(code)
        return out

    def set_pin(self, project_path: str, key: int, code_id: int | None) -> None:
        pins = self.pins(project_path)
        if code_id is None:
            pins.pop(key, None)
        else:
            pins = {k: v for k, v in pins.items() if v != code_id}
            pins[key] = code_id
        self.q.setValue(self._pin_key(project_path),
                        ",".join(f"{k}:{v}" for k, v in sorted(pins.items())))

    # ---- last document shown, per project ---------------------------------------------
    def last_document(self, project_path: str) -> int | None:
        value = self._get(self._pin_key(project_path).replace("pins/", "last_document/"), "")
        return int(value) if str(value).isdigit() else None

    def set_last_document(self, project_path: str, document_id: int) -> None:
        self.q.setValue(self._pin_key(project_path).replace("pins/", "last_document/"), str(document_id))

    # ---- window layout ---------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.q.value("window/geometry"), self.q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
