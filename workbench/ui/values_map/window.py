"""The values-fit map window: parameters on top, the map (or two groups side by side, or
arrows from group A to B) in the middle, and beside it the blind spots, the unsupported
claims and the quotes of the dot you clicked."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.values_fit import FitInput, FitParams, ValuesFit, attribute_options, compute, load_input
from workbench.analysis.values_quotes import point_quotes
from workbench.export.map_export import LABELS_KEY, export_map, label_offsets
from workbench.export.map_files import MapExportError
from workbench.export.map_model import arrows_model, caption_for, map_model, percent, quadrant_name, signed
from workbench.i18n import tr
from workbench.ui.values_map.canvas import MapCanvas
from workbench.ui.values_map.controls import MapControls

EXPORTS = ("svg", "png", "pdf", "html")
SIDE_QUOTES = 25  # per side in the panel (one per participant first); the numbers give the total


class ValuesMapWindow(QDialog):
    jumpRequested = Signal(int, int, int)  # document, start, end
    editValuesRequested = Signal()
    message = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("values_map.window")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(tr("vmap.window.title", project=session.project.path.stem))
        self.session = session
        self.data: FitInput | None = None
        self.results: dict[str, ValuesFit] = {}
        self.offsets: dict = {}
        self.controls = MapControls()
        self.controls.changed.connect(self.recompute)
        self.canvas_a, self.canvas_b = MapCanvas(), MapCanvas()
        self.canvas_b.setObjectName("values_map.canvas_b")
        for canvas, group in ((self.canvas_a, "a"), (self.canvas_b, "b")):
            canvas.pointClicked.connect(lambda key, g=group: self.show_point(g, key))
            canvas.labelMoved.connect(self.remember_label)
        maps = QSplitter()
        maps.addWidget(self.canvas_a)
        maps.addWidget(self.canvas_b)
        self.side = QTextBrowser()
        self.side.setObjectName("values_map.side")
        self.side.setOpenLinks(False)
        self.side.anchorClicked.connect(self._anchor)
        self.side.setMinimumWidth(300)
        split = QSplitter()
        split.addWidget(maps)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 360])
        buttons = QHBoxLayout()
        self.values_button = QPushButton(tr("vmap.window.edit_values"))
        self.values_button.setObjectName("values_map.edit_values")
        self.values_button.clicked.connect(self.editValuesRequested)
        self.export_button = QPushButton(tr("vmap.window.export"))
        self.export_button.setObjectName("values_map.export")
        menu = QMenu(self.export_button)
        for fmt in EXPORTS:
            menu.addAction(tr(f"vmap.window.export_{fmt}"), lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        self.reset_button = QPushButton(tr("vmap.window.reset_labels"))
        self.reset_button.setObjectName("values_map.reset_labels")
        self.reset_button.clicked.connect(self.reset_labels)
        for b in (self.values_button, self.reset_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget()
        tv = QHBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.controls, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1400, 860)
        self._reload_timer = QTimer(self, singleShot=True, interval=150)
        self._reload_timer.timeout.connect(self.reload)
        QShortcut(QKeySequence("Ctrl+Z"), self, activated=session.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, activated=session.undo_stack.redo)
        session.changed.connect(self.on_change)
        self._attached = True
        self.selected: tuple[str, str] | None = None
        self.reload()

    # ---- data -------------------------------------------------------------------------------
    def on_change(self, change) -> None:
        if change.entity in ("coding", "code", "org_value", "org_value_link", "case", "document", "turn"):
            self._reload_timer.start()

    def reload(self) -> None:
        project = self.session.project
        self.data = load_input(project)
        self.offsets = label_offsets(project)
        self.controls.blockSignals(True)
        self.controls.set_groups(attribute_options(self.data))
        self.controls.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        if self.data is None:
            return
        mode = self.controls.compare_mode()
        self.results = {"a": compute(self.data, self.controls.params("a"))}
        if mode == "none":
            self.canvas_b.hide()
            self.canvas_a.set_model(map_model(self.results["a"]), self.offsets)
        else:
            # one threshold for both groups (the median over all participants, or the user's)
            shared = self.controls.params("a")
            threshold = shared.threshold
            if threshold is None:
                threshold = compute(self.data, FitParams(shared.weight, shared.rule)).threshold
            a = self.results["a"] = compute(self.data, self.controls.params("a", threshold))
            b = self.results["b"] = compute(self.data, self.controls.params("b", threshold))
            top = max([1, *(p.codings for r in (a, b) for p in r.points)])
            if mode == "side":
                for canvas, result, name in ((self.canvas_a, a, "A"), (self.canvas_b, b, "B")):
                    model = map_model(result, caption_for(result, name), top)
                    model.median = shared.threshold is None  # the median of all participants
                    canvas.set_model(model, self.offsets)
                self.canvas_b.show()
            else:
                model = arrows_model(a, b, f"{self.controls.group_label('a')} → {self.controls.group_label('b')}")
                model.median = shared.threshold is None
                self.canvas_a.set_model(model, self.offsets)
                self.canvas_b.hide()
        self.show_side()

    # ---- side panel -------------------------------------------------------------------------
    def show_side(self) -> None:
        parts = []
        if self.selected and self.selected[0] in self.results:
            parts.append(self._point_html(*self.selected))
        for group, result in self.results.items():
            head = f" · {escape(self.controls.group_label(group))}" if len(self.results) > 1 else ""
            blind = "".join(f"<li>{escape(result.point(c).name)} ({percent(result.point(c).importance)})</li>"
                            for c in result.blind_spots) or f"<li>{tr('vmap.report.no_blind_spots')}</li>"
            claims = "".join(
                f"<li><b>{escape(c.name)}</b><br><small>"
                f"{escape(tr('vmap.reason.' + c.reason, codes=', '.join(c.codes)))}</small></li>"
                for c in result.unsupported_claims) or f"<li>{tr('vmap.report.no_unsupported')}</li>"
            parts.append(f"<h3>{tr('vmap.blind_spots')}{head}</h3><p><small>{tr('vmap.blind_spots_help')}</small></p>"
                         f"<ul>{blind}</ul><h3>{tr('vmap.unsupported')}{head}</h3>"
                         f"<p><small>{tr('vmap.unsupported_help')}</small></p><ul>{claims}</ul>")
        if not any(r.points for r in self.results.values()):
            parts.insert(0, f"<p><i>{tr('vmap.window.empty')}</i></p>")
        else:
            parts.append(f"<p><small>{tr('vmap.window.hint')}</small></p>")
        self.side.setHtml("".join(parts))

    def _point_html(self, group: str, key: str) -> str:
        result = self.results[group]
        point = result.point(key)
        if point is None:
            return ""
        supporting, contradicting = point_quotes(self.session.project, result, key, SIDE_QUOTES)

        def quotes(items, colour):
            return "".join(
                f'<p style="border-left:3px solid {colour}; padding-left:6px">“{escape(q.text)}”<br>'
                f'<small><a href="jump:{q.document_id}:{q.start}:{q.end}">{escape(q.participant)}</a>'
                f"{' · ' + escape(', '.join(q.codes)) if q.codes else ''}</small></p>" for q in items
            ) or f"<p><small>{tr('vmap.report.none')}</small></p>"

        def count(items, total):
            return str(total) if len(items) == total else tr("vmap.report.shown", shown=len(items), total=total)

        claimed = (tr("vmap.tip.claimed", names=", ".join(point.claimed_by)) if point.claimed_by
                   else tr("vmap.tip.unclaimed"))
        return (f"<h2>{escape(point.name)}</h2><p><b>{escape(quadrant_name(point.quadrant))}</b><br>"
                f"{tr('vmap.tip.importance', share=percent(point.importance), n=point.participants)}<br>"
                f"{tr('vmap.tip.delivery', value=signed(point.delivery), pos=point.positive, neg=point.negative)}"
                f"<br>{escape(claimed)}</p>"
                f"<h4>{tr('vmap.report.supporting')} ({count(supporting, point.positive)})</h4>"
                f"{quotes(supporting, '#2E7D32')}"
                f"<h4>{tr('vmap.report.contradicting')} ({count(contradicting, point.negative)})</h4>"
                f"{quotes(contradicting, '#C62828')}"
                "<hr>")

    def show_point(self, group: str, key: str) -> None:
        if self.controls.compare_mode() == "arrows":
            group = "b"  # the dots stand where group B is
        self.selected = (group, key)
        for canvas in (self.canvas_a, self.canvas_b):
            canvas.selected = key
            canvas.update()
        self.show_side()
        self.side.verticalScrollBar().setValue(0)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("jump:"):
            _, doc, start, end = text.split(":")
            self.jumpRequested.emit(int(doc), int(start), int(end))

    # ---- labels and export ------------------------------------------------------------------
    def remember_label(self, key: str, dx: float, dy: float) -> None:
        self.offsets[key] = (dx, dy)
        self.session.project.put_setting(LABELS_KEY, {k: list(v) for k, v in self.offsets.items()})
        for canvas in (self.canvas_a, self.canvas_b):
            canvas.offsets[key] = (dx, dy)
            canvas.update()

    def reset_labels(self) -> None:
        self.offsets = {}
        self.session.project.put_setting(LABELS_KEY, {})
        for canvas in (self.canvas_a, self.canvas_b):
            canvas.offsets = {}
            canvas.update()

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        project = self.session.project
        if path is None:
            suggested = str(Path(project.path).with_name(f"{project.path.stem} - {tr('vmap.file_stem')}.{fmt}"))
            path, _ = QFileDialog.getSaveFileName(self, tr(f"vmap.window.export_{fmt}"), suggested,
                                                  f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            out = export_map(project, path, self.controls.params("a"))
        except MapExportError as exc:
            QMessageBox.warning(self, tr("vmap.window.export"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.emit(tr("vmap.window.exported", file=out.name))
        return out

    def _detach(self) -> None:
        """Stop following the session (closed, or Esc): a new window is made next time."""
        if self._attached:
            self._attached = False
            self.session.changed.disconnect(self.on_change)
            self._reload_timer.stop()

    def done(self, result: int) -> None:
        self._detach()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._detach()
        super().closeEvent(event)
