"""One values-fit map on screen, drawn by the export renderer (what you see is what you
export). Hover shows a dot's numbers, a click selects it, labels can be dragged."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workbench.export.map_layout import MapLayout
from workbench.export.map_model import MapModel
from workbench.export.map_painter import render_map


class MapCanvas(QWidget):
    pointClicked = Signal(str)  # code path
    labelMoved = Signal(str, float, float)  # code path, dx, dy (shares of the plot)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("values_map.canvas")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 340)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.model: MapModel | None = None
        self.offsets: dict = {}
        self.layout_: MapLayout | None = None
        self.selected: str | None = None
        self._drag: tuple[str, QPointF, QRectF] | None = None  # key, press point, label rect at press

    def set_model(self, model: MapModel | None, offsets: dict | None = None) -> None:
        self.model = model
        if offsets is not None:
            self.offsets = dict(offsets)
        if model is None or self.selected not in model.keys:
            self.selected = None
        self.update()

    def unit(self) -> float:
        """Text and dots grow a little on big windows, never below the export's size."""
        return max(0.85, min(1.35, self.width() / 1200))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self.model is None:
            painter.fillRect(self.rect(), self.palette().base())
            painter.end()
            return
        self.layout_ = render_map(painter, self.model, self.width(), self.height(), self.offsets,
                                  self.unit(), highlight=self.selected)
        painter.end()

    # ---- mouse ---------------------------------------------------------------------------
    def _dot_at(self, pos: QPointF):
        return self.layout_.dot_at(pos) if self.layout_ else None

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._drag is not None:
            key, start, rect = self._drag
            moved = rect.translated(pos - start)
            geo = next((g for g in self.layout_.dots if g.key == key), None) if self.layout_ else None
            if geo is not None:
                plot = self.layout_.plot
                self.offsets[key] = ((moved.left() - geo.centre.x()) / plot.width(),
                                     (moved.top() - geo.centre.y()) / plot.height())
                self.update()
            return
        geo = self._dot_at(pos)
        if geo is not None and self.model is not None:
            dot = next(d for d in self.model.dots if d.key == geo.key)
            QToolTip.showText(event.globalPosition().toPoint(), dot.tooltip, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        elif self.layout_ is not None and self.layout_.label_at(pos) is not None:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.layout_ is None:
            return
        pos = event.position()
        geo = self._dot_at(pos)
        if geo is not None:
            self.selected = geo.key
            self.update()
            self.pointClicked.emit(geo.key)
            return
        label = self.layout_.label_at(pos)
        if label is not None:
            self._drag = (label.key, pos, QRectF(label.label_rect))
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return
        key = self._drag[0]
        self._drag = None
        self.unsetCursor()
        if key in self.offsets:
            dx, dy = self.offsets[key]
            self.labelMoved.emit(key, dx, dy)

    def centre_of(self, key: str) -> QPointF | None:
        """Where a dot is drawn (for tests and keyboard users)."""
        geo = next((g for g in self.layout_.dots if g.key == key), None) if self.layout_ else None
        return QPointF(geo.centre) if geo else None

    def label_rect(self, key: str) -> QRectF | None:
        geo = next((g for g in self.layout_.dots if g.key == key), None) if self.layout_ else None
        return QRectF(geo.label_rect) if geo else None
