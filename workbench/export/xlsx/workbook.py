"""The Excel summary consultants hand to clients: one workbook, one writer function per sheet.

`SHEETS` is the list of sheet writers in workbook order; each is `writer(wb, ctx)` and may
decide to write nothing (Agreement without two coders). Another sheet joins with one line
(the values-fit sheet of issue 11 goes after Saturation).

`write_summary` is long work (DESIGN §1): a plain function with `progress(done, total)` and a
`cancel()` flag. The workbook is written to a temporary file beside the target and moved into
place only when complete, so a cancelled or failed export leaves no half-written file and an
existing file untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook

from workbench.analysis.dataset import Filter, load
from workbench.analysis.report import Options
from workbench.export.xlsx.agreement import write_agreement
from workbench.export.xlsx.bulk_rows import inject
from workbench.export.xlsx.codebook import write_codebook
from workbench.export.xlsx.codes import write_codes
from workbench.export.xlsx.context import Cancelled, Context
from workbench.export.xlsx.overview import write_overview
from workbench.export.xlsx.quotes import QUOTE_STEPS, ranked_writer, write_quotes
from workbench.export.xlsx.saturation import write_saturation
from workbench.export.xlsx.tables import write_cooccurrence, write_matrix
from workbench.export.xlsx.values_fit import write_values_fit

SHEETS = [
    write_overview,
    write_codes,
    write_quotes,
    ranked_writer("pain_point"),
    ranked_writer("driver"),
    ranked_writer("value"),
    ranked_writer("expectation"),
    write_matrix,
    write_cooccurrence,
    write_saturation,
    write_values_fit,
    write_agreement,
    write_codebook,
]


class ExportError(Exception):
    """The summary could not be written (names the file and the reason)."""


def write_summary(project, path: Path | str, flt: Filter | None = None, options: Options | None = None,
                  progress=None, cancel=None) -> Path | None:
    """Write the summary; returns the path, or None when cancelled."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(f"{path.name}: the Excel summary needs a file name ending in .xlsx")
    if not path.parent.is_dir():
        raise ExportError(f"{path.name}: folder '{path.parent}' does not exist")
    ctx = Context(Path(project.path).stem, load(project, flt), options, progress, cancel)
    ctx.total = len(SHEETS) + QUOTE_STEPS + 1
    wb = Workbook(write_only=True)
    try:
        ctx.advance(0)
        for writer in SHEETS:
            writer(wb, ctx)
        fd, tmp = tempfile.mkstemp(prefix=".summary-", suffix=".xlsx", dir=path.parent)
        os.close(fd)
        try:
            wb.save(tmp)
            ctx.check()
            inject(Path(tmp), ctx.bulk)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except Cancelled:
        _discard(wb)
        return None
    except PermissionError as exc:
        _discard(wb)
        raise ExportError(f"{path.name}: cannot write the file ({exc.strerror}); is it open in Excel?") from None
    except OSError as exc:
        _discard(wb)
        raise ExportError(f"{path.name}: cannot write the file ({exc.strerror or exc})") from None
    except BaseException:
        _discard(wb)
        raise
    if progress:
        progress(ctx.total, ctx.total)
    return path


def _discard(wb) -> None:
    """Finish and delete the streamed sheets of an abandoned workbook (their temporary files
    would otherwise stay until the app quits, and their writers complain when collected)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.remove(out)
