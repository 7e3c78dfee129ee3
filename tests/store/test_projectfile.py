"""Opening, creating and refusing project files; nothing is modified on refusal."""

import hashlib
import sqlite3

import pytest

from workbench.store import NewerVersion, NotAProject, Project, ProjectError, ProjectInUse, migrate


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen_keeps_content(tmp_path, sample_project):
    path = sample_project.path
    counts = sample_project.counts()
    sample_project.close()
    with Project.open(path) as again:
        assert again.counts() == counts
        assert again.schema_version == migrate.latest_version()
        assert again.language == "nl"


def test_create_refuses_existing_file(tmp_path):
    target = tmp_path / "p.iwb"
    target.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(target)
    assert target.read_text() == "keep me"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"Interviewer: hallo\n", "not a project file"),
    (b"SQLite format 3\x00" + b"\x13" * 200, "damaged"),
])
def test_non_project_files_are_refused_untouched(tmp_path, content, reason):
    bad = tmp_path / "bad.iwb"
    bad.write_bytes(content)
    before = digest(bad)
    with pytest.raises(NotAProject, match=reason) as info:
        Project.open(bad)
    assert "bad.iwb" in str(info.value)
    assert digest(bad) == before


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotAProject, match="another program"):
        Project.open(other)
    assert digest(other) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="file not found"):
        Project.open(tmp_path / "nope.iwb")
    with pytest.raises(NotAProject, match="folder"):
        Project.open(tmp_path)


def test_newer_version_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "future.iwb"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerVersion, match="newer version"):
        Project.open(path)
    assert digest(path) == before


def test_second_program_is_warned(held_elsewhere):
    with Project.open(held_elsewhere) as second:
        assert second.in_use_elsewhere
    with pytest.raises(ProjectInUse):
        Project.open(held_elsewhere, strict_lock=True)
    with pytest.raises(ProjectInUse, match="close it first"):
        Project.create(held_elsewhere, overwrite=True)
    assert held_elsewhere.exists()


def test_same_process_reopen_is_not_another_program(sample_project):
    with Project.open(sample_project.path) as again:
        assert not again.in_use_elsewhere
    # closing the second handle must not disturb the first one
    from workbench.core.commands import AddCode

    AddCode(None, "Nog steeds schrijfbaar").apply(sample_project)
    with Project.open(sample_project.path) as third:
        assert third.find_code("Nog steeds schrijfbaar") is not None


def test_failed_transaction_leaves_nothing(sample_project):
    before = sample_project.counts()
    with pytest.raises(RuntimeError):
        with sample_project.transaction() as conn:
            conn.execute("DELETE FROM codings")
            raise RuntimeError("crash mid-edit")
    assert sample_project.counts() == before


def test_events_fire_after_commit(sample_project):
    from workbench.core.commands import RemoveCodings

    seen = []
    sample_project.events.subscribe(lambda change: seen.append((change, sample_project.counts()["codings"])))
    coding = sample_project.codings()[0]
    RemoveCodings([coding.id]).apply(sample_project)
    (change, count_at_event), = seen
    assert change.entity == "coding" and change.action == "removed" and change.ids == (coding.id,)
    assert count_at_event == 1  # the listener already sees the committed state
