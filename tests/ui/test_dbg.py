from PySide6.QtCore import Qt
from tests.ui.test_codebook_dock import dock, cid, click  # noqa
def test_dbg(dock, session, qtbot):
    code = cid(session.project, "Waarden/Eerlijkheid")
    got = []
    dock.tree.doubleClicked.connect(lambda i: got.append(("dc", i.data())))
    dock.tree.pressed.connect(lambda i: got.append(("pr", i.data())))
    dock.tree.clicked.connect(lambda i: got.append(("cl", i.data())))
    index = dock.view_index(code)
    print(dock.tree.visualRect(index), index.isValid(), index.data())
    click(qtbot, dock, code, double=True)
    print(got)
