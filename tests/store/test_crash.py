"""A process killed with SIGKILL in the middle of writing leaves the project openable with
the last committed content."""

import os
import signal
import subprocess
import sys
import time

import pytest

from workbench.store import Project

WRITER = r"""
import sys
from workbench.core.commands import AddCode, AddCoding
from workbench.store import Project

p = Project.open(sys.argv[1])
doc = p.documents()[0]
cmd = AddCode(None, "Crash")
cmd.apply(p)
n = 0
while True:
    # A long transaction that never commits: the kill lands in the middle of it.
    with p.transaction():
        AddCoding(doc.id, cmd.created_id, 0, 5, coder=f"c{n}").apply(p)
        n += 1
        print("committed", n, flush=True)
        if n >= 3:
            for i in range(10_000_000):
                p.conn.execute("INSERT INTO codings (document_id, code_id, start, \"end\") VALUES (?, ?, 0, 1)",
                               (doc.id, cmd.created_id))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_write_keeps_last_commit(tmp_path, sample_project):
    path = sample_project.path
    sample_project.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    lines = []
    while len(lines) < 3:
        line = proc.stdout.readline()
        assert line, "writer died early"
        lines.append(line)
    time.sleep(0.3)  # let it get deep into the uncommitted inserts
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Project.open(path) as project:
        crash = project.code_by_path("Crash")
        assert len(project.codings(code_ids=[crash.id])) == 2  # the third never committed
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
