"""`workbench` command line: argument parsing, dispatch, and one-line errors (exit code 2)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from workbench import APP_NAME, __version__
from workbench.cli import (
    analysis_cmds,
    codebook_cmds,
    export_cmds,
    import_qdpx,
    org_values_cmds,
    project_cmds,
    suggest_cmds,
)
from workbench.errors import UserError


class CliError(UserError):
    """A user-facing failure: printed as one line on stderr, exit code 2 (a catalogue key with
    its arguments, or a plain English sentence)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbench", description=f"{APP_NAME}: analyse "
                                     "customer-experience depth interviews.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    project_cmds.add_parsers(sub)
    codebook_cmds.add_parsers(sub)
    export_cmds.add_parsers(sub)
    suggest_cmds.add_parsers(sub)
    analysis_cmds.add_parsers(sub)
    import_qdpx.add_parsers(sub)
    org_values_cmds.add_parsers(sub)
    return parser


def _known_errors() -> tuple[type[BaseException], ...]:
    from workbench.core.commands import CommandError
    from workbench.demo import DemoError
    from workbench.importers import ImportRefused
    from workbench.schemes import SchemeError
    from workbench.store import NotFound, ProjectError

    errors = [CliError, CommandError, DemoError, ImportRefused, SchemeError, NotFound, ProjectError, UserError]
    try:
        from workbench.exchange.errors import ExchangeError

        errors.append(ExchangeError)
    except ImportError:  # pragma: no cover - exchange is optional during development
        pass
    return tuple(errors)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console must not crash on "€" or "😤"
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    from workbench import i18n
    from workbench.errors import Msg, printable_name, user_message

    # Messages are English unless WORKBENCH_LANGUAGE=nl (the variable the GUI also reads).
    i18n.set_language(os.environ.get("WORKBENCH_LANGUAGE", "en"))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        return args.run(args) or 0
    except (*_known_errors(), sqlite3.Error) as exc:  # storage errors are named by their cause
        # one line, whatever a file name in it holds (newlines, terminal escapes, bidi marks)
        print(f"workbench: {printable_name(user_message(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, MemoryError, RecursionError) as exc:
        print(f"workbench: {printable_name(user_message(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except Exception:  # never a traceback for a user; WORKBENCH_DEBUG=1 shows it
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        print(f"workbench: {Msg('error.unexpected').render()}", file=sys.stderr)
        return 2

