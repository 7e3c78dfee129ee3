"""`workbench export FORMAT ...`: one sub-command per output format.

Each format lives in its own module with an `add_parser(export_sub)` function; adding a format
is adding one module and one line in `FORMAT_MODULES`.
"""

from __future__ import annotations

import importlib

# module names under workbench.cli, each defining add_parser(sub)
FORMAT_MODULES: list[str] = [
    "export_xlsx",
    "export_qdpx",
    "export_map",
]


def add_parsers(sub) -> None:
    export = sub.add_parser("export", help="write the project (or a view of it) to a file")
    formats = export.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    for name in FORMAT_MODULES:
        importlib.import_module(f"workbench.cli.{name}").add_parser(formats)
