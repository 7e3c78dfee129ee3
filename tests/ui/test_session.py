"""Session.execute: a storage failure is a normal refusal (status message), not a crash."""

from workbench.core.commands import AddDocument


def test_disk_full_is_a_failure_message_not_an_exception(session, qtbot):
    project = session.project
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")
    with qtbot.waitSignal(session.failed) as blocker:
        ok = session.execute(AddDocument("groot", "R: " + "woord " * 200_000, [], "nl"))
    assert ok is False
    assert "the disk is full" in blocker.args[0]
    assert session.undo_stack.count() == 0
