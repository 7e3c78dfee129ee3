"""Two processes on one project: the second is warned, concurrent writes never corrupt it."""

import subprocess
import sys

from workbench.store import Project

WRITER = r"""
import sys
from workbench.core.commands import AddCoding
from workbench.store import Project

p = Project.open(sys.argv[1])
print("warned" if p.in_use_elsewhere else "alone", flush=True)
doc = p.documents()[0]
code = p.codes()[0]
for i in range(150):
    AddCoding(doc.id, code.id, i % 20, 21 + i % 20, coder=sys.argv[2] + str(i)).apply(p)
p.close()
"""


def test_second_process_is_warned_and_writes_interleave_safely(sample_project):
    path = str(sample_project.path)
    before = sample_project.counts()["codings"]
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, path, tag], stdout=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    outputs = [proc.communicate(timeout=120)[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    assert all(out.startswith("warned") for out in outputs)  # this test process holds the project
    assert sample_project.counts()["codings"] == before + 300
    assert sample_project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_warns_when_project_is_open_elsewhere(sample_project):
    out = subprocess.run([sys.executable, "-m", "workbench", "info", str(sample_project.path)],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert "also open in another program" in out.stderr


def test_lock_released_on_close(tmp_path):
    path = tmp_path / "p.iwb"
    Project.create(path).close()
    with Project.open(path) as first:
        assert not first.in_use_elsewhere
    with Project.open(path) as again:
        assert not again.in_use_elsewhere


HOLD_LOCK = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_a_writer_waits_out_another_programs_long_edit(sample_project):
    # A big import holds the write lock for seconds; an edit elsewhere waits instead of failing
    # with "database is locked" after 5 s.
    from workbench.core.commands import AddCode

    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(sample_project.path), "6"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    cmd = AddCode(None, "Tijdens import")
    cmd.apply(sample_project)
    proc.communicate(timeout=60)
    assert sample_project.code(cmd.created_id).name == "Tijdens import"
    assert sample_project.setting("held") == "1"
