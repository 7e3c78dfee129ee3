"""The code tree as a Qt item model: name (with colour chip and kind glyph) and totals.

Edits go through the session as commands: renaming (setData), moving by drag and drop
(MoveCode) and coding a dropped text selection (AddCoding). The model rebuilds itself when
codes, codings, documents or participants change; the view keeps expansion and selection.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from workbench.analysis.code_totals import code_totals
from workbench.core.commands import AddCoding, ChangeCode, Compound, MoveCode
from workbench.core.kinds import kind_label
from workbench.i18n import language, tr
from workbench.ui.codebook.icons import code_icon

CODES_MIME = "application/x-workbench-codes"
SELECTION_MIME = "application/x-workbench-selection"
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_ENTITIES = {"code", "coding", "document", "case"}
_R = Qt.ItemDataRole
# The roles data() answers, as plain ints: a view asks for a dozen roles per cell on every
# paint, and most are answered "nothing" before any node is looked up.
_ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.EditRole, _R.DecorationRole, _R.ToolTipRole,
                                    _R.TextAlignmentRole, _R.ForegroundRole)) | {int(CODE_ID_ROLE)}
# Combined once: or-ing enum flags runs Python's Flag machinery, and flags() is asked per cell.
_F = Qt.ItemFlag
_PICKABLE = _F.ItemIsEnabled | _F.ItemIsSelectable
_MOVABLE = _PICKABLE | _F.ItemIsDragEnabled | _F.ItemIsDropEnabled
_RENAMABLE = _MOVABLE | _F.ItemIsEditable
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Node:
    __slots__ = ("children", "code", "parent", "row")

    def __init__(self, code, parent: _Node | None, row: int):
        self.code, self.parent, self.row = code, parent, row
        self.children: list[_Node] = []


def code_tooltip(code, path: str) -> str:
    parts = [f"<b>{html.escape(path)}</b> <i>({html.escape(kind_label(code.kind, language()))})</i>"]
    for key in ("definition", "use_when", "do_not_use_when", "example"):
        value = getattr(code, key).strip()
        if value:
            text = html.escape(value).replace("\n", "<br>")
            parts.append(f"<b>{tr('codebook.field.' + key)}:</b> {text}")
    if len(parts) == 1:
        parts.append(f"<i>{tr('codebook.no_definition')}</i>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def _count_text(codings: int, people: int) -> str:
    return f"{codings} · {people}"


class CodeTreeModel(QAbstractItemModel):
    countsChanged = Signal()  # the count column has new numbers (no reset)

    def __init__(self, session, parent=None, *, editable: bool = True):
        super().__init__(parent)
        self.session = session
        self.editable = editable
        self.disabled_ids: set[int] = set()  # greyed out and not selectable (merge target picker)
        self._root = _Node(None, None, 0)
        self._nodes: dict[int, _Node] = {}
        self._totals: dict[int, tuple[int, int]] = {}
        self._own: dict[int, tuple[int, int]] = {}
        self._build()
        self._recount = QTimer(self, singleShot=True, interval=0)
        self._recount.timeout.connect(self._update_counts)

    # ---- building -----------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.refresh()

    def _build(self) -> None:
        self._root = _Node(None, None, 0)
        self._nodes = {}
        self._totals, self._own = {}, {}
        if self.session is None:
            return
        project = self.session.project
        for code in project.codes():  # parents first, siblings in order
            parent = self._nodes.get(code.parent_id, self._root)
            node = _Node(code, parent, len(parent.children))
            parent.children.append(node)
            self._nodes[code.id] = node
        self._own, self._totals = code_totals(project)

    def refresh(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def on_change(self, change) -> None:
        """Follow an edit (the dock passes on what the session reports)."""
        if change.entity == "code":
            self.refresh()  # the tree's shape or labels changed
        elif change.entity in REFRESH_ENTITIES:
            # Only counts changed: recount once per burst of edits, after the edit itself has
            # been stored and painted, and update the count column without a model reset.
            self._recount.start()

    def _update_counts(self) -> None:
        if self.session is None or self.session.project.conn is None:
            return
        self._own, self._totals = code_totals(self.session.project)
        if self._root.children:
            last = self._root.children[-1]
            self.dataChanged.emit(self.index(0, 1), self.createIndex(last.row, 1, last))
            for node in self._nodes.values():
                if node.children:
                    first, end = node.children[0], node.children[-1]
                    self.dataChanged.emit(self.createIndex(first.row, 1, first),
                                          self.createIndex(end.row, 1, end))
        self.countsChanged.emit()

    # ---- lookups ------------------------------------------------------------------
    def code(self, code_id: int):
        node = self._nodes.get(code_id)
        return node.code if node else None

    def code_ids(self) -> list[int]:
        return list(self._nodes)

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        node = self._nodes.get(code_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def code_id(self, index: QModelIndex) -> int | None:
        node = self._node(index)
        return node.code.id if node is not None and node.code is not None else None

    def count_texts(self) -> set[str]:
        """Every text the count column shows (expanded or not), to fit its width."""
        return {_count_text(*self._totals.get(cid, (0, 0))) for cid in self._nodes}

    def totals(self, code_id: int) -> tuple[int, int]:
        return self._totals.get(code_id, (0, 0))

    def subtree_ids(self, code_id: int) -> list[int]:
        out, todo = [], [self._nodes[code_id]]
        while todo:
            node = todo.pop()
            out.append(node.code.id)
            todo.extend(node.children)
        return out

    def path(self, code_id: int) -> str:
        names, node = [], self._nodes.get(code_id)
        while node is not None and node.code is not None:
            names.append(node.code.name)
            node = node.parent
        return " / ".join(reversed(names))

    def _node(self, index: QModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    # ---- QAbstractItemModel -------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column < 2:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent=QModelIndex()):
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("codebook.col_code") if section == 0 else tr("codebook.col_counts")
            if role == Qt.ItemDataRole.ToolTipRole and section == 1:
                return tr("codebook.col_counts_tip")
            if role == Qt.ItemDataRole.TextAlignmentRole and section == 1:
                return _RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:
            return None
        node = self._node(index)
        if node is None:
            return None
        code = node.code
        if role == CODE_ID_ROLE:
            return code.id
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return code.name
            if role == Qt.ItemDataRole.DecorationRole:
                return code_icon(code.color, code.kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return code_tooltip(code, self.path(code.id))
        else:
            codings, people = self._totals.get(code.id, (0, 0))
            if role == Qt.ItemDataRole.DisplayRole:
                return _count_text(codings, people)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT
            if role == Qt.ItemDataRole.ForegroundRole and codings == 0:
                return QColor("#9E9E9E")
            if role == Qt.ItemDataRole.ToolTipRole:
                own = self._own.get(code.id, (0, 0))[0]
                return tr("codebook.counts_tip", codings=codings, people=people, own=own)
        if role == Qt.ItemDataRole.ForegroundRole and code.id in self.disabled_ids:
            return QColor("#9E9E9E")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        if node.code.id in self.disabled_ids:
            return Qt.ItemFlag.NoItemFlags
        if not self.editable:
            return _PICKABLE
        return _RENAMABLE if index.column() == 0 else _MOVABLE

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node is None or index.column() != 0:
            return False
        name = str(value).strip()
        if not name or name == node.code.name:
            return False
        return self.session.execute(ChangeCode(node.code.id, name=name))

    # ---- drag and drop ------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [CODES_MIME, SELECTION_MIME]

    def mimeData(self, indexes):
        ids = []
        for index in indexes:
            cid = self.code_id(index)
            if cid is not None and cid not in ids:
                ids.append(cid)
        data = QMimeData()
        data.setData(CODES_MIME, json.dumps(ids).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        if not self.editable:
            return False
        target = self.code_id(parent)
        if data.hasFormat(SELECTION_MIME):
            return target is not None
        if data.hasFormat(CODES_MIME):
            moving = _json(data, CODES_MIME) or []
            if target is None:
                return bool(moving)
            return not any(target in self.subtree_ids(cid) for cid in moving if cid in self._nodes)
        return False

    def dropMimeData(self, data, action, row, column, parent):
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.code_id(parent)
        if data.hasFormat(SELECTION_MIME):
            return self._code_selection(_json(data, SELECTION_MIME), target)
        self._move(_json(data, CODES_MIME), target, row)
        # The move is done through the session (and shown by the model refresh); returning
        # False keeps the view from removing the dragged rows itself.
        return False

    def _code_selection(self, payload, code_id: int) -> bool:
        spans = payload if isinstance(payload, list) else [payload]
        try:
            ok = True
            for span in spans:
                cmd = AddCoding(int(span["document_id"]), code_id, int(span["start"]),
                                int(span["end"]), coder=self.session.coder,
                                code_name=self._nodes[code_id].code.name)
                ok = self.session.execute(cmd) and ok
            return ok
        except (KeyError, TypeError, ValueError):
            return False

    def _move(self, ids: list[int], parent_id: int | None, row: int) -> None:
        ids = [cid for cid in ids if cid in self._nodes]
        # Moving a code together with one of its ancestors: the ancestor carries it along.
        ids = [cid for cid in ids if not any(cid != o and cid in self.subtree_ids(o) for o in ids)]
        if not ids:
            return
        siblings = [n.code.id for n in (self._nodes[parent_id] if parent_id else self._root).children]
        position = len(siblings) if row < 0 else row
        # MoveCode counts positions among the siblings without the moved code.
        position -= sum(1 for cid in ids if cid in siblings[:position])
        moves = [MoveCode(cid, parent_id, position + offset) for offset, cid in enumerate(ids)]
        # several codes move as one edit: all or nothing, one undo step
        self.session.execute(moves[0] if len(moves) == 1
                             else Compound(moves, "codebook.move_many", n=len(ids)))


def _json(data: QMimeData, mime: str):
    try:
        return json.loads(bytes(data.data(mime)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None

