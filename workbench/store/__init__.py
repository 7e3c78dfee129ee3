"""The project file: SQLite schema, migrations, transactions, queries and FTS5 search."""

from workbench.store.errors import NewerVersion, NotAProject, NotFound, ProjectError, ProjectInUse
from workbench.store.project import Project
from workbench.store.rows import RowChange

__all__ = ["NewerVersion", "NotAProject", "NotFound", "Project", "ProjectError", "ProjectInUse",
           "RowChange"]
