"""The one error the scheme loader raises."""

from __future__ import annotations

from workbench.errors import Msg, UserError, printable_name


class SchemeError(UserError):
    """A coding-scheme file cannot be used.

    The message is meant for the user: it names the file, the line (when known) and
    the problem, e.g. ``klantbeleving.yaml, line 12: unknown kind 'pain'`` (``str()`` is
    English; ``render(lang)`` or ``user_message`` gives the user's language).
    ``source``, ``line`` and ``problem`` hold the parts for callers that want them
    (``problem`` in English, ``problem_msg`` as a catalogue message).
    """

    def __init__(
        self,
        message: str | Msg,
        *,
        source: str | None = None,
        line: int | None = None,
        problem: str | Msg | None = None,
    ):
        super().__init__(Msg.of(message))
        self.message = str(self.msg)
        self.source = source
        self.line = line
        self.problem_msg = Msg.of(problem) if problem is not None else self.msg
        self.problem = str(self.problem_msg)

    @classmethod
    def at(cls, source: str, line: int | None, problem: str | Msg) -> SchemeError:
        """Build the error with the standard "file, line N: problem" message."""
        problem = Msg.of(problem)
        name = printable_name(source)
        if line:
            message = Msg("scheme.err.at_line", file=name, line=line, reason=problem)
        else:
            message = Msg("error.with_file", file=name, reason=problem)
        return cls(message, source=source, line=line, problem=problem)
