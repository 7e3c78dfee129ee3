"""A damaged project is refused before anything writes to it; a backup can be restored."""

import hashlib
import subprocess
import sys

import pytest

from tests.store.test_migrations import make_version_1
from workbench.core.commands import AddDocument
from workbench.store import Project
from workbench.store.errors import DamagedProject
from workbench.store.projectfile import latest_backup, restore_backup


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_middle(path):
    """Overwrite pages in the middle of the file (b-tree pages, not just text)."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    # every other page of the middle third: what a command reads is then damaged whatever
    # the page layout (indexes added by a migration move tables around in the file)
    for n in range(pages // 3, 2 * pages // 3, 2):
        data[n * page:n * page + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def big_project(path):
    project = Project.create(path)
    for i in range(30):
        text = "\n\n".join(f"R{j}: interview {i} zin {j} over de levering en de klantenservice" for j in range(60))
        AddDocument(f"doc{i}", text, [], "nl").apply(project)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    return path


def test_damaged_project_is_refused_and_never_modified(tmp_path):
    path = big_project(tmp_path / "p.iwb")
    damage_middle(path)
    before = digest(path)
    with pytest.raises(DamagedProject, match=r"p\.iwb: the project file is damaged"):
        Project.open(path)
    assert digest(path) == before
    # nothing left beside it either
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.iwb"]


def test_cli_refuses_damaged_project_for_every_command(tmp_path):
    path = big_project(tmp_path / "p.iwb")
    damage_middle(path)
    before = digest(path)
    txt = tmp_path / "t.txt"
    txt.write_text("R: hallo daar\n")
    cli = [sys.executable, "-m", "workbench"]
    for args in (["info", str(path)], ["search", str(path), "levering"], ["import", str(path), str(txt)],
                 ["code", str(path), "--doc", "doc1", "--start", "0", "--end", "3", "--code", "X", "--create"],
                 ["scheme", "apply", str(path), "kano"]):
        out = subprocess.run([*cli, *args], capture_output=True, text=True)
        assert out.returncode == 2, args
        assert "the project file is damaged" in out.stderr, (args, out.stderr)
        assert "Error" not in out.stderr and "malformed" not in out.stderr
    assert digest(path) == before


def test_damaged_project_offers_its_backup_and_restores_it(tmp_path):
    path = tmp_path / "old.iwb"
    make_version_1(path)
    Project.open(path).close()  # upgraded: old.iwb.v1.bak written
    backup = latest_backup(path)
    assert backup is not None
    path.write_bytes(path.read_bytes()[:4096] + b"\xa5" * 8192)  # pages gone
    with pytest.raises(DamagedProject) as info:
        Project.open(path)
    assert info.value.backup == backup and backup.name in str(info.value)
    used, damaged = restore_backup(path)
    assert used == backup and damaged.exists()
    with Project.open(path) as project:
        assert project.search("hello")[0].document == "old"


def test_malformed_error_while_reading_is_named_as_damage(tmp_path, monkeypatch):
    import sqlite3

    from workbench.errors import user_message

    exc = sqlite3.DatabaseError("database disk image is malformed")
    assert user_message(exc) == "the project file is damaged and cannot be used"
    from workbench import i18n

    monkeypatch.setattr(i18n, "_language", "nl")
    assert user_message(exc) == "het projectbestand is beschadigd en kan niet worden gebruikt"


def test_cli_names_the_backup_and_restores_it(tmp_path):
    path = tmp_path / "old.iwb"
    make_version_1(path)
    Project.open(path).close()
    path.write_bytes(path.read_bytes()[:4096] + b"\xa5" * 8192)
    cli = [sys.executable, "-m", "workbench"]
    out = subprocess.run([*cli, "info", str(path)], capture_output=True, text=True)
    assert out.returncode == 2 and "old.iwb.v1.bak" in out.stderr and "workbench restore" in out.stderr
    out = subprocess.run([*cli, "restore", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "restored from old.iwb.v1.bak" in out.stdout
    out = subprocess.run([*cli, "info", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and "1 documents" in out.stdout
