"""The one error the scheme loader raises."""

from __future__ import annotations

from workbench.errors import UserError


class SchemeError(UserError):
    """A coding-scheme file cannot be used.

    The message is meant for the user: it names the file, the line (when known) and
    the problem, e.g. ``klantbeleving.yaml, line 12: unknown kind 'pain'``.
    ``source``, ``line`` and ``problem`` hold the parts for callers that want them.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        problem: str | None = None,
    ):
        super().__init__("error.text", text=message)  # English only, for now
        self.message = message
        self.source = source
        self.line = line
        self.problem = problem if problem is not None else message

    @classmethod
    def at(cls, source: str, line: int | None, problem: str) -> SchemeError:
        """Build the error with the standard "file, line N: problem" message."""
        where = f"{source}, line {line}" if line else source
        return cls(f"{where}: {problem}", source=source, line=line, problem=problem)
