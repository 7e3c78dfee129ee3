"""Retrieved segments to a file: CSV (UTF-8 with BOM, so Excel reads accents) or .xlsx.

One row per segment with its source reference (document, participant, speaker, offsets) and
the participant's attributes as extra columns, so the file can be filtered and pivoted.
"""

from __future__ import annotations

import csv
from pathlib import Path

from workbench.analysis.retrieval import Segment, attribute_values
from workbench.i18n import tr

FIELDS = ("code", "document", "participant", "speaker", "role", "coder", "start", "end", "inferred",
          "text", "memo")
FORMATS = (".csv", ".xlsx")


class ExportError(Exception):
    """The file could not be written (reason in the message, already translated)."""


def header(rows: list[Segment]) -> list[str]:
    return [tr(f"export.segments.{f}") for f in FIELDS] + list(attribute_values(rows))


def table(rows: list[Segment]) -> list[list]:
    attributes = list(attribute_values(rows))
    out = []
    for r in rows:
        out.append([r.code_path, r.document, r.case, r.speaker, r.role, r.coder, r.start, r.end,
                    tr("export.segments.yes") if r.inferred else "", r.text, r.memo,
                    *(r.attributes.get(a) for a in attributes)])
    return out


def write_segments(rows: list[Segment], path: str | Path) -> Path:
    """Write the rows; the suffix (.csv or .xlsx) chooses the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr("export.segments.bad_suffix", file=path.name))
    try:
        if suffix == ".csv":
            with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(header(rows))
                writer.writerows(table(rows))
        else:
            _write_xlsx(rows, path)
    except OSError as exc:
        raise ExportError(tr("export.segments.failed", file=path.name, reason=exc.strerror or str(exc))) from None
    return path


def _write_xlsx(rows: list[Segment], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = tr("export.segments.sheet")[:31]
    sheet.append(header(rows))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table(rows):
        sheet.append(row)
    text_col = FIELDS.index("text") + 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for (cell,) in sheet.iter_rows(min_row=2, min_col=text_col, max_col=text_col):
        cell.alignment = wrap
    widths = {"code": 28, "document": 18, "participant": 16, "text": 70, "memo": 30}
    for i, field in enumerate(FIELDS, start=1):
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = widths.get(field, 11)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
