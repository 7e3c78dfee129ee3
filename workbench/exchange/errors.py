"""The one error the exchange (import/export) functions raise."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import Msg, UserError, printable_name


class ExchangeError(UserError):
    """A file cannot be imported or exported.

    ``str(error)`` is meant for the user and names the file and the reason, e.g.
    ``codes.qdc: not an XML file (line 1, column 0: syntax error)``. ``path`` is the full
    path, ``reason`` the problem alone (a catalogue key with arguments, or an English sentence;
    ``render(lang)`` gives it in the user's language). ``message`` replaces the standard text
    when the reason already names the file (a coding-scheme error passed on unchanged).
    """

    def __init__(self, path: str | Path, reason: str | Msg, /, *, message: str | Msg | None = None, **args):
        # positional-only: a message argument may itself be called "reason"
        self.path = Path(path)
        self.reason_msg = Msg.of(reason, **args)
        self.reason = str(self.reason_msg)
        name = printable_name(self.path.name or str(self.path))
        if message:
            super().__init__(Msg.of(message))
        else:
            super().__init__(Msg("error.with_file", file=name, reason=self.reason_msg))
        self.message = str(self)
