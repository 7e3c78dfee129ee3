"""An older project file is migrated after a backup copy is written beside it."""

import sqlite3

import pytest

from workbench.store import Project, ProjectError, migrate


def make_version_1(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate.upgrade(conn, target=1)
    conn.execute("INSERT INTO settings VALUES ('language', 'en')")
    conn.execute("INSERT INTO documents (name, language, text, sha256) VALUES ('old', 'en', 'Hello there', 'x')")
    conn.execute("INSERT INTO turns (document_id, start, \"end\", speaker) VALUES (1, 0, 11, 'R')")
    conn.execute("INSERT INTO codes (name) VALUES ('Theme')")
    conn.execute("INSERT INTO codings (document_id, code_id, start, \"end\") VALUES (1, 1, 0, 5)")
    conn.close()


def test_migrations_are_numbered_in_order():
    versions = [v for v, _ in migrate.migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_old_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.iwb"
    make_version_1(path)
    with Project.open(path) as project:
        assert project.schema_version == migrate.latest_version()
        assert project.backup_path is not None and project.backup_path.exists()
        assert project.counts()["codings"] == 1
        assert project.search("hello")[0].document == "old"
        project.conn.execute("SELECT count(*) FROM org_values").fetchone()  # table from 0002
    backup = sqlite3.connect(project.backup_path)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT count(*) FROM codings").fetchone()[0] == 1
    backup.close()


def test_second_migration_never_overwrites_a_backup(tmp_path):
    first = tmp_path / "a.iwb"
    make_version_1(first)
    Project.open(first).close()
    make_version_1(tmp_path / "b.iwb")
    (tmp_path / "b.iwb").replace(first)  # an old file again under the same name
    with Project.open(first) as project:
        assert project.backup_path.name == "a.iwb.v1-2.bak"


def test_backup_copy_is_never_upgraded_itself(tmp_path):
    path = tmp_path / "old.iwb"
    make_version_1(path)
    with Project.open(path) as project:
        backup = project.backup_path
    assert backup.name == "old.iwb.v1.bak"
    with pytest.raises(ProjectError, match="backup copy"):
        Project.open(backup)
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
