"""A full disk is named as such; a failed edit leaves no pending events or ids behind."""

import sqlite3

import pytest

from workbench.core.commands import AddCode, AddCodings, AddDocument, NewCoding
from workbench.importers.batch import import_files
from workbench.store import Project, ProjectError
from workbench.store import projectfile as pf


def fill_disk(project):
    """SQLite's page limit behaves as a full disk would (SQLITE_FULL)."""
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_is_named_not_a_rollback_error(sample_project):
    fill_disk(sample_project)
    text = "R: " + "woord " * 200_000
    with pytest.raises(ProjectError) as info:
        AddDocument("groot", text, [], "nl").apply(sample_project)
    message = str(info.value)
    assert "the disk is full" in message and "rollback" not in message and "Error" not in message
    assert not sample_project.conn.in_transaction
    assert sample_project.counts()["documents"] == 2


def test_full_disk_in_dutch(sample_project, monkeypatch):
    from workbench import i18n
    from workbench.errors import user_message

    fill_disk(sample_project)
    with pytest.raises(ProjectError) as info:
        AddDocument("groot", "R: " + "woord " * 200_000, [], "nl").apply(sample_project)
    monkeypatch.setattr(i18n, "_language", "nl")
    assert "de schijf is vol" in user_message(info.value)


def test_batch_import_on_full_disk_says_so(tmp_path, sample_project):
    path = tmp_path / "groot.txt"
    path.write_text("R: " + "woord " * 200_000)
    fill_disk(sample_project)
    (outcome,) = import_files(sample_project, [path], language="nl")
    assert outcome.status == "refused" and "the disk is full" in outcome.reason
    assert "OperationalError" not in outcome.message()


def test_failed_edit_leaves_no_phantom_events_or_ids(sample_project):
    seen = []
    sample_project.events.subscribe(seen.append)
    doc = sample_project.document_by_name("marieke")
    code = sample_project.code_by_path("Waarden")
    many = [NewCoding(doc.id, code.id, i, i + 1, memo="m" * 3000) for i in range(0, 120)]
    fill_disk(sample_project)
    with pytest.raises(ProjectError, match="the disk is full"):
        AddCodings(many).apply(sample_project)
    assert seen == []
    sample_project.conn.execute("PRAGMA max_page_count = 1073741823")
    cmd = AddCode(None, "Nieuw")
    cmd.apply(sample_project)
    assert [(c.entity, c.action) for c in seen] == [("code", "added")]
    assert sample_project.code(cmd.created_id).name == "Nieuw"


def test_new_project_on_full_disk_leaves_no_file(tmp_path, monkeypatch):
    real = pf._connect

    def tiny(path):
        conn = real(path)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(pf, "_connect", tiny)
    target = tmp_path / "new.iwb"
    with pytest.raises(ProjectError, match="the disk is full"):
        Project.create(target)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_named(tmp_path, monkeypatch):
    import os

    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    with pytest.raises(ProjectError, match="is read-only; choose a folder where you can write"):
        Project.create(tmp_path / "x.iwb")
    assert list(tmp_path.iterdir()) == []


def test_read_only_project_can_be_read(tmp_path, sample_project, monkeypatch):
    import os

    path = sample_project.path
    sample_project.close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    with pytest.raises(ProjectError, match="read-only"):
        Project.open(path)
    with Project.open(path, read_only=True) as project:
        assert project.read_only
        assert project.search("doorverbonden")[0].document == "marieke"
        with pytest.raises((ProjectError, sqlite3.Error)):
            AddCode(None, "X").apply(project)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.iwb"]
