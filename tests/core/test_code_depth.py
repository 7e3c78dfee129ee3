"""Code trees have a depth cap wherever codes are made; an old deep tree still lists and opens."""

import subprocess
import sys

import pytest

from workbench.core.commands import AddCode, ApplyCodeTree, CodeAtPath, CommandError, MergeCodes, MoveCode
from workbench.core.commands.codes import MAX_CODE_DEPTH


def chain(project, depth, name="L"):
    parent = None
    for i in range(depth):
        cmd = AddCode(parent, f"{name}{i}")
        cmd.apply(project)
        parent = cmd.created_id
    return parent


def test_add_below_the_cap_is_refused(empty_project):
    deepest = chain(empty_project, MAX_CODE_DEPTH)
    with pytest.raises(CommandError, match="at most 20 levels"):
        AddCode(deepest, "te diep").apply(empty_project)


def test_move_and_merge_that_would_pass_the_cap_are_refused(empty_project):
    deepest = chain(empty_project, MAX_CODE_DEPTH - 1)
    top = chain(empty_project, 3, "T")  # T0/T1/T2
    t0 = empty_project.code_by_path("T0").id
    with pytest.raises(CommandError, match="levels deep"):
        MoveCode(t0, deepest).apply(empty_project)
    with pytest.raises(CommandError, match="levels deep"):
        MergeCodes(t0, deepest).apply(empty_project)
    assert empty_project.code_path(top) == "T0/T1/T2"


def test_code_path_and_scheme_trees_are_capped(empty_project, sample_project):
    doc = sample_project.document_by_name("marieke")
    with pytest.raises(CommandError, match="levels deep"):
        CodeAtPath(doc.id, "/".join(f"c{i}" for i in range(2000)), 0, 5).apply(sample_project)
    spec = {"name": "deep", "children": []}
    node = spec
    for i in range(1200):
        child = {"name": f"n{i}", "children": []}
        node["children"].append(child)
        node = child
    with pytest.raises(CommandError, match="levels deep"):
        ApplyCodeTree([spec], "deep").apply(empty_project)
    assert empty_project.codes() == []


def test_code_name_length_is_capped(empty_project):
    with pytest.raises(CommandError, match="at most 200 characters"):
        AddCode(None, "x" * 5000).apply(empty_project)


def test_deep_yaml_and_qdc_imports_are_refused_clearly(tmp_path, empty_project):
    from workbench.exchange.codebook import import_codebook
    from workbench.exchange.errors import ExchangeError

    yaml_text = "format: 1\nname: deep\ncodes:\n"
    indent = "  "
    for i in range(300):
        yaml_text += f"{indent}- name: n{i}\n{indent}  children:\n"
        indent += "    "
    yaml_text += f"{indent}- name: leaf\n"
    (tmp_path / "deep.yaml").write_text(yaml_text)
    with pytest.raises(ExchangeError, match="nested"):
        import_codebook(empty_project, tmp_path / "deep.yaml")
    xml = ('<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
           + "".join(f'<Code guid="{i:08d}-0000-0000-0000-000000000000" name="n{i}" isCodable="true">'
                     for i in range(1200))
           + "</Code>" * 1200 + "</Codes></CodeBook>")
    (tmp_path / "deep.qdc").write_text(xml)
    with pytest.raises(ExchangeError, match="nested more than 20 levels"):
        import_codebook(empty_project, tmp_path / "deep.qdc")


def deep_project_by_hand(project, depth):
    """A tree as an older version allowed it: written straight into the file."""
    conn = project.conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO codes (id, parent_id, name) VALUES (1, NULL, 'c0')")
    conn.executemany("INSERT INTO codes (id, parent_id, name) VALUES (?, ?, ?)",
                     [(i + 1, i, f"c{i}") for i in range(1, depth)])
    conn.execute("COMMIT")


def test_existing_deep_tree_still_lists_and_refuses_export_clearly(empty_project, tmp_path):
    deep_project_by_hand(empty_project, 2000)
    path = empty_project.path
    assert len(empty_project.codes()) == 2000
    empty_project.close()
    cli = [sys.executable, "-m", "workbench"]
    out = subprocess.run([*cli, "codebook", "list", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.count("\n") == 2000, out.stderr
    out = subprocess.run([*cli, "codebook", "export", str(path), str(tmp_path / "o.yaml")],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "nested 2000 levels deep" in out.stderr


def test_existing_deep_tree_opens_in_the_codebook_model(empty_project, qtbot):
    from workbench.ui.codebook.model import CodeTreeModel
    from workbench.ui.session import Session

    deep_project_by_hand(empty_project, 2000)
    session = Session(empty_project)
    model = CodeTreeModel(session)
    assert model.rowCount() == 1
    index = model.index(0, 0)
    for _ in range(1999):
        index = model.index(0, 0, index)
    assert model.data(index) == "c1998" or model.code_id(index) == 2000
    assert model.path(2000).count("/") == 1999
    session.project.events.unsubscribe(session._relay)
