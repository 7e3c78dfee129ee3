"""The one renderer of the values-fit map: draws a `MapModel` with a `MapLayout` on any
QPainter (the screen view, QSvgGenerator, QImage, QPdfWriter). QtGui only."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from workbench.export.map_layout import MapLayout, compute_layout, font
from workbench.export.map_model import QUADRANT_COLOURS, QUADRANT_TINTS, MapModel, percent
from workbench.i18n import tr

INK = QColor("#1F2933")
MUTED = QColor("#5F6B76")
GRID = QColor("#DDE2E6")
HALO = QColor("#E0A100")


def render_map(painter: QPainter, model: MapModel, width: float, height: float,
               offsets: dict | None = None, unit: float = 1.0, legend: bool = True,
               highlight: str | None = None) -> MapLayout:
    """Lay out and draw the map into (0, 0, width, height) of the painter; returns the layout."""
    layout = compute_layout(model, width, height, offsets, unit, legend, threshold_label(model))
    paint_map(painter, model, layout, legend, highlight)
    return layout


def threshold_label(model: MapModel) -> str:
    return tr("vmap.threshold_median" if model.median else "vmap.threshold_line", share=percent(model.threshold))


def paint_map(painter: QPainter, model: MapModel, layout: MapLayout, legend: bool = True,
              highlight: str | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor("white"))
    _quadrants(painter, model, layout)
    _axes(painter, model, layout)
    _arrows(painter, model, layout)
    _dots(painter, model, layout, highlight)
    if not model.dots:  # say so, so an empty map is never taken for a result
        painter.setFont(font(15 * layout.unit, bold=True))
        painter.setPen(MUTED)
        box = layout.data_rect.adjusted(0, 0, 0, -layout.data_rect.height() / 2 - 24 * layout.unit)
        painter.fillRect(QRectF(box.center().x() - 300 * layout.unit, box.bottom() - 16 * layout.unit,
                                600 * layout.unit, 40 * layout.unit), QColor(255, 255, 255, 220))
        painter.drawText(QRectF(box.left(), box.bottom() - 16 * layout.unit, box.width(), 40 * layout.unit),
                         Qt.AlignmentFlag.AlignCenter, tr("vmap.window.empty"))
    _labels(painter, model, layout)
    if model.caption:
        painter.setFont(font(12 * layout.unit, bold=True))
        painter.setPen(INK)
        room = layout.threshold_rect.left() - layout.plot.left() - 10 * layout.unit
        if layout.threshold_rect.left() - layout.plot.left() < 120 * layout.unit:
            room = layout.plot.width()  # the threshold sits far left: the caption goes right
        text = painter.fontMetrics().elidedText(model.caption, Qt.TextElideMode.ElideRight, room)
        align = Qt.AlignmentFlag.AlignRight if room == layout.plot.width() else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(layout.plot.left(), 0, layout.plot.width(), layout.plot.top() - 2 * layout.unit),
                         align | Qt.AlignmentFlag.AlignVCenter, text)
    if legend:
        _legend(painter, model, layout)
    painter.restore()


def _quadrants(painter: QPainter, model: MapModel, layout: MapLayout) -> None:
    p, u = layout.plot, layout.unit
    split = layout.to_point(model.threshold, 0)
    areas = {
        "hidden_asset": QRectF(QPointF(p.left(), p.top()), split),
        "core_strength": QRectF(QPointF(split.x(), p.top()), QPointF(p.right(), split.y())),
        "low_priority": QRectF(QPointF(p.left(), split.y()), QPointF(split.x(), p.bottom())),
        "critical_gap": QRectF(split, QPointF(p.right(), p.bottom())),
    }
    for key, area in areas.items():
        painter.fillRect(area, QColor(QUADRANT_TINTS[key]))
    for key, rect in layout.titles:
        painter.setPen(QColor(QUADRANT_COLOURS[key]))
        painter.setFont(font(13 * u, bold=True))
        align = Qt.AlignmentFlag.AlignLeft if rect.left() < p.center().x() else Qt.AlignmentFlag.AlignRight
        top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.55)
        painter.drawText(top, align | Qt.AlignmentFlag.AlignTop, tr(f"vmap.q.{key}").upper())
        painter.setPen(MUTED)
        painter.setFont(font(10.5 * u))
        bottom = QRectF(rect.left(), rect.top() + rect.height() * 0.52, rect.width(), rect.height() * 0.48)
        painter.drawText(bottom, align | Qt.AlignmentFlag.AlignTop, tr(f"vmap.qd.{key}"))


def _axes(painter: QPainter, model: MapModel, layout: MapLayout) -> None:
    p, u = layout.plot, layout.unit
    painter.setFont(font(10.5 * u))
    for i in range(5):  # importance 0, 25 … 100 %
        x = layout.to_point(i / 4, 0).x()
        painter.setPen(QPen(GRID, 1 * u))
        painter.drawLine(QLineF(x, p.top(), x, p.bottom()))
        painter.setPen(MUTED)
        painter.drawText(QRectF(x - 30 * u, p.bottom() + 4 * u, 60 * u, 16 * u),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"{i * 25}%")
    for value in (-1, -0.5, 0, 0.5, 1):
        y = layout.to_point(0, value).y()
        painter.setPen(QPen(GRID if value else MUTED, (1 if value else 1.4) * u))
        painter.drawLine(QLineF(p.left(), y, p.right(), y))
        painter.setPen(MUTED)
        text = f"{value:+g}".replace("+0", "0").replace("-", "−")
        painter.drawText(QRectF(p.left() - 44 * u, y - 8 * u, 38 * u, 16 * u),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.setPen(QPen(QColor("#B8C0C7"), 1 * u))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(p)
    # threshold line
    x = layout.to_point(model.threshold, 0).x()
    painter.setPen(QPen(MUTED, 1.4 * u, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(x, p.top(), x, p.bottom()))
    painter.setFont(font(10 * u))
    painter.setPen(MUTED)
    painter.drawText(layout.threshold_rect, Qt.AlignmentFlag.AlignCenter, threshold_label(model))
    # axis titles
    painter.setFont(font(11.5 * u, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(p.left(), p.bottom() + 22 * u, p.width(), 18 * u),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, tr("vmap.axis_x"))
    painter.save()
    painter.translate(p.left() - 58 * u, p.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-p.height() / 2, -9 * u, p.height(), 18 * u), Qt.AlignmentFlag.AlignCenter,
                     tr("vmap.axis_y"))
    painter.restore()


def _arrows(painter: QPainter, model: MapModel, layout: MapLayout) -> None:
    u = layout.unit
    for arrow in model.arrows:
        a, b = layout.to_point(arrow.x0, arrow.y0), layout.to_point(arrow.x1, arrow.y1)
        geo = next((g for g in layout.dots if g.key == arrow.key), None)
        if geo is not None:
            b = geo.centre
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#C4CBD1"))
        ghost = QPainterPath()
        ghost.addEllipse(a, 4 * u, 4 * u)
        painter.drawPath(ghost)
        if geo is None or length <= geo.radius + 4 * u:
            continue
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        tip = QPointF(b.x() - ux * (geo.radius + 2 * u), b.y() - uy * (geo.radius + 2 * u))
        painter.setPen(QPen(QColor("#7D8790"), 1.6 * u))
        painter.drawLine(QLineF(a, tip))
        size = 7 * u
        left = QPointF(tip.x() - ux * size - uy * size * 0.55, tip.y() - uy * size + ux * size * 0.55)
        right = QPointF(tip.x() - ux * size + uy * size * 0.55, tip.y() - uy * size - ux * size * 0.55)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#7D8790"))
        painter.drawPolygon(QPolygonF([tip, left, right]))


def _dots(painter: QPainter, model: MapModel, layout: MapLayout, highlight: str | None) -> None:
    """Each value point is one circle (drawn with drawEllipse, so an SVG has exactly one
    <circle> per point); halos and legend symbols are paths."""
    u = layout.unit
    geos = {g.key: g for g in layout.dots}
    for dot in model.dots:
        geo = geos[dot.key]
        colour = QColor(QUADRANT_COLOURS[dot.quadrant])
        if dot.blind_spot:
            halo = QPainterPath()
            halo.addEllipse(geo.centre, geo.radius + 5 * u, geo.radius + 5 * u)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(HALO, 2 * u, Qt.PenStyle.DotLine))
            painter.drawPath(halo)
        if dot.key == highlight:
            ring = QPainterPath()
            ring.addEllipse(geo.centre, geo.radius + 3 * u, geo.radius + 3 * u)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(INK, 2 * u))
            painter.drawPath(ring)
        _marker(painter, geo.centre, geo.radius, colour, dot.claimed, dot.y is None, u, exact=True)


def _marker(painter: QPainter, centre: QPointF, radius: float, colour: QColor, claimed: bool,
            hollow: bool, u: float, exact: bool = False) -> None:
    if hollow:
        pen = QPen(colour, 2 * u, Qt.PenStyle.DashLine)
        brush = QBrush(QColor("white"))
    elif claimed:
        pen, brush = QPen(QColor("white"), 1.5 * u), QBrush(colour)
    else:
        pen, brush = QPen(colour, 2.6 * u), QBrush(QColor("white"))
    painter.setPen(pen)
    painter.setBrush(brush)
    if exact:
        painter.drawEllipse(centre, radius, radius)
    else:
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        painter.drawPath(path)
    if hollow and claimed:  # a claimed value without evidence: a small solid centre
        path = QPainterPath()
        path.addEllipse(centre, radius * 0.35, radius * 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(path)


def _labels(painter: QPainter, model: MapModel, layout: MapLayout) -> None:
    u = layout.unit
    dots = {d.key: d for d in model.dots}
    painter.setFont(layout.label_font)
    for geo in layout.dots:
        dot = dots[geo.key]
        rect = geo.label_rect
        if geo.leader:
            end = QPointF(min(max(geo.centre.x(), rect.left()), rect.right()),
                          min(max(geo.centre.y(), rect.top()), rect.bottom()))
            length = math.hypot(end.x() - geo.centre.x(), end.y() - geo.centre.y()) or 1
            start = QPointF(geo.centre.x() + (end.x() - geo.centre.x()) / length * geo.radius,
                            geo.centre.y() + (end.y() - geo.centre.y()) / length * geo.radius)
            painter.setPen(QPen(QColor("#9AA5AF"), 1 * u))
            painter.drawLine(QLineF(start, end))
        painter.setPen(INK if dot.y is not None else MUTED)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, dot.label)


def _legend(painter: QPainter, model: MapModel, layout: MapLayout) -> None:
    u, r = layout.unit, layout.legend
    painter.setPen(QPen(GRID, 1 * u))
    painter.drawLine(QLineF(r.left(), r.top(), r.right(), r.top()))
    grey = QColor("#55606A")
    for item, text, origin in layout.legend_items:
        x, y = origin.x(), origin.y()
        kind = item[0]
        painter.setFont(font(10.5 * u))
        if kind == "quadrant":
            _marker(painter, QPointF(x + 7 * u, y), 6 * u, QColor(QUADRANT_COLOURS[item[1]]), True, False, u)
            x += 19 * u
        elif kind in ("claimed", "unclaimed", "no_evidence"):
            _marker(painter, QPointF(x + 7 * u, y), 6 * u, grey, kind == "claimed", kind == "no_evidence", u)
            x += 19 * u
        elif kind == "blind":
            halo = QPainterPath()
            halo.addEllipse(QPointF(x + 8 * u, y), 8 * u, 8 * u)
            painter.setPen(QPen(HALO, 2 * u, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(halo)
            x += 22 * u
        elif kind == "size":
            for cx, radius in ((x + 4 * u, 4.2 * u), (x + 24 * u, 14 * u * 0.7)):
                path = QPainterPath()
                path.addEllipse(QPointF(cx, y), radius, radius)
                painter.setPen(QPen(grey, 1.2 * u))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            x += 44 * u
        elif kind == "unsupported":
            painter.setFont(font(10.5 * u, bold=True))
            painter.setPen(QColor(QUADRANT_COLOURS["critical_gap"]))
            painter.drawText(QPointF(x, y + 4 * u), item[1])
            x += painter.fontMetrics().horizontalAdvance(item[1])
            painter.setFont(font(10.5 * u))
        painter.setPen(INK)
        painter.drawText(QPointF(x, y + 4 * u), text)
