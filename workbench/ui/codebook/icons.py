"""Small painted icons for the codebook: a colour chip beside a glyph for the code's kind.

Each kind has its own shape (not only a colour or a letter), so kinds stay distinguishable
for colour-blind users and in both languages: driver ▶ arrow, pain point ⚠ triangle,
value ◆ diamond, expectation eye, emotion heart, theme ring.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

GLYPH = QColor("#37474F")
SIZE = 16


def _arrow(p: QPainter, r: QRectF) -> None:
    m = r.center().y()
    p.drawPolygon(QPolygonF([QPointF(r.left(), m - 2), QPointF(r.left() + 6, m - 2),
                             QPointF(r.left() + 6, r.top() + 1), QPointF(r.right(), m),
                             QPointF(r.left() + 6, r.bottom() - 1), QPointF(r.left() + 6, m + 2),
                             QPointF(r.left(), m + 2)]))


def _warning(p: QPainter, r: QRectF) -> None:
    p.drawPolygon(QPolygonF([QPointF(r.center().x(), r.top()), QPointF(r.right(), r.bottom()),
                             QPointF(r.left(), r.bottom())]))
    p.setPen(QPen(QColor("white"), 1.6))
    x = r.center().x()
    p.drawLine(QPointF(x, r.top() + 4.5), QPointF(x, r.bottom() - 4))
    p.drawPoint(QPointF(x, r.bottom() - 1.8))


def _diamond(p: QPainter, r: QRectF) -> None:
    c = r.center()
    p.drawPolygon(QPolygonF([QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                             QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())]))


def _eye(p: QPainter, r: QRectF) -> None:
    path = QPainterPath()
    c = r.center()
    path.moveTo(r.left(), c.y())
    path.quadTo(c.x(), r.top() - 3, r.right(), c.y())
    path.quadTo(c.x(), r.bottom() + 3, r.left(), c.y())
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(GLYPH, 1.4))
    p.drawPath(path)
    p.setBrush(GLYPH)  # a QColor: a Python QBrush would make PySide build its type (~5 ms once)
    p.drawEllipse(c, 2.4, 2.4)


def _heart(p: QPainter, r: QRectF) -> None:
    path = QPainterPath()
    c = r.center()
    path.moveTo(c.x(), r.bottom())
    path.cubicTo(r.left() - 2, c.y(), r.left() + 1, r.top() - 2, c.x(), r.top() + 3)
    path.cubicTo(r.right() - 1, r.top() - 2, r.right() + 2, c.y(), c.x(), r.bottom())
    p.drawPath(path)


def _ring(p: QPainter, r: QRectF) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(GLYPH, 2))
    p.drawEllipse(r.adjusted(1.5, 1.5, -1.5, -1.5))


_GLYPHS = {"driver": _arrow, "pain_point": _warning, "value": _diamond,
           "expectation": _eye, "emotion": _heart, "theme": _ring}


def paint_kind(p: QPainter, kind: str, rect: QRectF) -> None:
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GLYPH)  # a QColor: a Python QBrush would make PySide build its type (~5 ms once)
    _GLYPHS.get(kind, _ring)(p, rect)
    p.restore()


@lru_cache(maxsize=512)
def code_icon(color: str, kind: str, ratio: float = 2.0) -> QIcon:
    """Colour chip (left) and kind glyph (right) in one 30×16 icon."""
    pix = QPixmap(int(30 * ratio), int(SIZE * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    chip = QColor(color) if QColor.isValidColorName(color) else QColor("#808080")
    p.setPen(QPen(chip.darker(140), 1))
    p.setBrush(chip)
    p.drawRoundedRect(QRectF(1.5, 2.5, 11, 11), 2.5, 2.5)
    paint_kind(p, kind, QRectF(16.5, 2.5, 11, 11))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=16)
def kind_icon(kind: str, ratio: float = 2.0) -> QIcon:
    pix = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_kind(p, kind, QRectF(2.5, 2.5, 11, 11))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=64)
def colour_icon(color: str, ratio: float = 2.0) -> QIcon:
    pix = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    chip = QColor(color)
    p.setPen(QPen(chip.darker(140), 1))
    p.setBrush(chip)
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3)
    p.end()
    return QIcon(pix)
