"""Errors a user reads: a catalogue key plus named arguments, rendered in the user's language.

The engine raises them without knowing the language; the UI and the CLI render them with
`user_message(exc)` (the current language of `workbench.i18n`). `str(exc)` is always English,
for logs, JSON output and tests. Keys live in `workbench/i18n_text/errors.py`.

A plain sentence is still accepted where a key is expected (older raise sites): it is shown as
given, in English.
"""

from __future__ import annotations

import sqlite3

from workbench import i18n


class Msg:
    """A translatable message. Arguments may be Msg themselves (a reason inside a message)."""

    __slots__ = ("args", "key")

    def __init__(self, key: str, **args):
        self.key, self.args = key, args

    @classmethod
    def of(cls, text_or_msg: str | Msg, **args) -> Msg:
        if isinstance(text_or_msg, Msg):
            return text_or_msg
        if i18n.has_key(text_or_msg):
            return cls(text_or_msg, **args)
        return cls("error.text", text=text_or_msg)

    def render(self, lang: str | None = None) -> str:
        args = {k: v.render(lang) if isinstance(v, Msg) else v for k, v in self.args.items()}
        return i18n.translate(self.key, lang, **args)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.args!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Msg) and (self.key, self.args) == (other.key, other.args)

    __hash__ = None


class UserError(Exception):
    """Base of the errors the engine raises for a user: carries a Msg."""

    def __init__(self, key: str | Msg, **args):
        self.msg = Msg.of(key, **args)
        super().__init__(str(self.msg))

    def __str__(self) -> str:
        return self.msg.render("en")

    def render(self, lang: str | None = None) -> str:
        return self.msg.render(lang)


# SQLite primary result codes (sqlite3.h), named by what a user can do about them.
_STORAGE_KEYS = {
    13: "store.disk_full",  # SQLITE_FULL
    11: "store.damaged",  # SQLITE_CORRUPT
    26: "store.damaged",  # SQLITE_NOTADB
    8: "store.read_only",  # SQLITE_READONLY
    5: "store.busy",  # SQLITE_BUSY
    6: "store.busy",  # SQLITE_LOCKED
    10: "store.io_error",  # SQLITE_IOERR
    14: "store.cannot_open",  # SQLITE_CANTOPEN
    7: "error.memory",  # SQLITE_NOMEM
}


def storage_reason(exc: BaseException) -> Msg:
    """Why the project file could not be read or written, in words (never the class name)."""
    code = getattr(exc, "sqlite_errorcode", None)
    key = _STORAGE_KEYS.get(code & 0xFF) if isinstance(code, int) else None
    if key is None:
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text:
            key = "store.damaged"
        elif "disk is full" in text or "database or disk is full" in text:
            key = "store.disk_full"
        elif "readonly" in text or "read-only" in text:
            key = "store.read_only"
        elif "locked" in text or "busy" in text:
            key = "store.busy"
        else:
            return Msg("store.failed", detail=str(exc))
    return Msg(key)


def user_message(exc: BaseException, lang: str | None = None) -> str:
    """The message for any exception, in the user's language; never a class name for known
    kinds (storage errors are named by their cause)."""
    if isinstance(exc, UserError):
        return exc.render(lang)
    if isinstance(exc, sqlite3.Error):
        return storage_reason(exc).render(lang)
    if isinstance(exc, MemoryError):
        return Msg("error.memory").render(lang)
    if isinstance(exc, RecursionError):
        return Msg("error.too_deep").render(lang)
    if isinstance(exc, OSError):
        return Msg("error.os", file=exc.filename or "", reason=exc.strerror or "").render(lang) \
            if exc.filename else Msg("error.text", text=exc.strerror or str(exc)).render(lang)
    render = getattr(exc, "render", None)
    return render(lang) if callable(render) else str(exc)


_UNSAFE = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_UNSAFE.update({c: f"\\u{c:04x}" for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                          *range(0x2066, 0x206A), 0x2028, 0x2029, 0xFEFF]})


def printable_name(name: str) -> str:
    """A file name safe to print on one line: control, escape and bidi characters are shown
    as escapes (a name can otherwise break lines, recolour a terminal or reorder text); bytes
    that were not valid UTF-8 (surrogate escapes) are shown as \\xNN."""
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape of an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(_UNSAFE.get(code, ch))
    return "".join(out)
