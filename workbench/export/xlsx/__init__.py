"""The Excel summary workbook (openpyxl, write-only)."""

from workbench.export.xlsx.workbook import SHEETS, ExportError, write_summary

__all__ = ["SHEETS", "ExportError", "write_summary"]
