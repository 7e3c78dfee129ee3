"""`code --create`: new codes and the coding are one edit, checked before anything is written."""

import subprocess
import sys

import pytest

from workbench.core.commands import CodeAtPath, CommandError


def test_bad_span_leaves_no_new_codes(sample_project):
    doc = sample_project.document_by_name("marieke")
    before = len(sample_project.codes())
    with pytest.raises(CommandError, match="outside the text"):
        CodeAtPath(doc.id, "Nieuw/Kind", 10, 10_000).apply(sample_project)
    assert len(sample_project.codes()) == before


def test_codes_and_coding_are_one_undo_step(sample_project):
    doc = sample_project.document_by_name("marieke")
    before = (len(sample_project.codes()), sample_project.counts()["codings"])
    cmd = CodeAtPath(doc.id, "Waarden/Snelheid/Direct", 0, 11, coder="Sanne")
    undo = cmd.apply(sample_project)
    assert cmd.added_codes == 2 and cmd.created_id is not None
    assert sample_project.code_path(cmd.code_id) == "Waarden/Snelheid/Direct"
    undo.apply(sample_project)
    assert (len(sample_project.codes()), sample_project.counts()["codings"]) == before


def test_existing_code_and_coding_are_not_doubled(sample_project):
    doc = sample_project.document_by_name("marieke")
    first = CodeAtPath(doc.id, "waarden/eerlijkheid", 0, 5, coder="x")
    first.apply(sample_project)
    again = CodeAtPath(doc.id, "Waarden/Eerlijkheid", 0, 5, coder="x")
    again.apply(sample_project)
    assert first.added_codes == again.added_codes == 0 and again.created_id is None


def test_cli_code_create_with_bad_span_changes_nothing(sample_project):
    path = sample_project.path
    codes = len(sample_project.codes())
    sample_project.close()
    out = subprocess.run([sys.executable, "-m", "workbench", "code", str(path), "--doc", "marieke",
                          "--start", "5", "--end", "999999", "--code", "Nieuw/Kind", "--create"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "outside the text" in out.stderr
    out = subprocess.run([sys.executable, "-m", "workbench", "codebook", "list", str(path), "--json"],
                         capture_output=True, text=True)
    assert out.stdout.count('"path"') == codes
