"""The Project: one open project file with its queries. Edits go through core.commands."""

from __future__ import annotations

from workbench.store.cases import CasesMixin
from workbench.store.codes import CodesMixin
from workbench.store.codings import CodingsMixin
from workbench.store.documents import DocumentsMixin
from workbench.store.org_values import OrgValuesMixin
from workbench.store.projectfile import ProjectFile
from workbench.store.rows import COLUMNS, read_rows
from workbench.store.search import SearchMixin
from workbench.store.segments import SegmentsMixin
from workbench.store.stats import StatsMixin
from workbench.store.suggestions import SuggestionsMixin


class Project(ProjectFile, DocumentsMixin, CodesMixin, CodingsMixin, CasesMixin, SearchMixin,
              StatsMixin, SegmentsMixin, OrgValuesMixin, SuggestionsMixin):
    def rows_where(self, table: str, **equals) -> dict[int, dict]:
        """Rows (id → raw row) whose columns equal the given values; for building patches."""
        if not equals:
            return read_rows(self.conn, table, "1")
        where = " AND ".join(f'"{k}" IS ?' for k in equals)
        return read_rows(self.conn, table, where, tuple(equals.values()))

    def count_rows(self, table: str) -> int:
        if table not in COLUMNS:
            raise ValueError(f"unknown table {table}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
