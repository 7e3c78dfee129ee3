"""Retrieved segments written to .csv and .xlsx; bad names and folders give a clear message."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from workbench.analysis.retrieval import segments
from workbench.export.segments import ExportError, write_segments


def test_csv_and_xlsx_hold_the_same_rows(sample_project, tmp_path):
    rows = segments(sample_project, [sample_project.code_by_path("Waarden").id])
    write_segments(rows, tmp_path / "s.csv")
    write_segments(rows, tmp_path / "s.xlsx")
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as fh:
        from_csv = list(csv.reader(fh))
    from_xlsx = list(load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True))
    assert from_csv[0] == list(from_xlsx[0])
    assert from_csv[1][9] == from_xlsx[1][9] == "Eerlijkheid"
    assert from_xlsx[1][6] == rows[0].start  # offsets stay numbers in the workbook


def test_bad_suffix_and_missing_folder_are_refused_clearly(sample_project, tmp_path):
    rows = segments(sample_project, [sample_project.code_by_path("Waarden").id])
    with pytest.raises(ExportError, match=r"s\.txt"):
        write_segments(rows, tmp_path / "s.txt")
    with pytest.raises(ExportError, match=r"s\.csv could not be written"):
        write_segments(rows, tmp_path / "nope" / "s.csv")
