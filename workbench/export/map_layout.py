"""Geometry of the values-fit map: plot area, dot positions and sizes, and a deterministic
label-placement pass in which no label overlaps another label, a dot or a quadrant title.

Everything is in the drawing's own units (one unit = one pixel on screen, one point in the
1200×800 export canvas). The screen view uses the same layout for hover, click and drag.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from workbench.i18n import tr

FONT_FAMILY = "DejaVu Sans"
LEGEND_ROW = 22  # height of one legend row
# label directions tried around a dot, in order of preference (degrees, screen y downwards)
ANGLES = (0, 180, -30, 30, 150, -150, -90, 90, -60, 60, -120, 120)
RINGS = 14


def font(pixel_size: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    return f


@dataclass
class DotGeometry:
    key: str
    centre: QPointF
    radius: float
    label_rect: QRectF
    leader: bool  # draw a thin line from the dot to a label placed further away


@dataclass
class MapLayout:
    width: float
    height: float
    plot: QRectF
    legend: QRectF
    dots: list[DotGeometry] = field(default_factory=list)
    titles: list[tuple[str, QRectF]] = field(default_factory=list)  # quadrant → title rect
    threshold_rect: QRectF = field(default_factory=QRectF)
    legend_items: list[tuple[tuple, str, QPointF]] = field(default_factory=list)  # item, text, origin
    label_font: QFont = field(default_factory=lambda: font(12))
    unit: float = 1.0  # size multiplier for fonts, strokes and dots

    @property
    def data_rect(self) -> QRectF:
        """The plot minus a margin, so dots at 0 %, 100 % and ±1 stay inside the frame."""
        side, band = 26 * self.unit, 64 * self.unit  # bands at top and bottom hold the quadrant titles
        return self.plot.adjusted(side, band, -side, -band)

    def to_point(self, x: float, y: float) -> QPointF:
        p = self.data_rect
        return QPointF(p.left() + x * p.width(), p.top() + (1 - (y + 1) / 2) * p.height())

    def dot_at(self, pos: QPointF) -> DotGeometry | None:
        best = None
        for geo in self.dots:
            d = math.hypot(pos.x() - geo.centre.x(), pos.y() - geo.centre.y())
            if d <= geo.radius + 3 and (best is None or d < best[0]):
                best = (d, geo)
        return best[1] if best else None

    def label_at(self, pos: QPointF) -> DotGeometry | None:
        return next((g for g in reversed(self.dots) if g.label_rect.contains(pos)), None)

    def offset_of(self, geo: DotGeometry) -> tuple[float, float]:
        """A label's position relative to its dot, as shares of the plot (what is stored)."""
        r = geo.label_rect
        return ((r.left() - geo.centre.x()) / self.plot.width(), (r.top() - geo.centre.y()) / self.plot.height())


def dot_radius(evidence: int, max_evidence: int, unit: float) -> float:
    """Area grows with the number of codings: 6 … 18 units."""
    share = math.sqrt(max(evidence, 1) / max(max_evidence, 1))
    return unit * (6 + 12 * share)


def compute_layout(model, width: float, height: float, offsets: dict | None = None,
                   unit: float = 1.0, legend: bool = True, threshold_text: str = "") -> MapLayout:
    offsets = offsets or {}
    left, right, top = 74 * unit, 24 * unit, 36 * unit
    flow, rows = _legend_flow(model, width - left - right, unit) if legend else ([], 0)
    legend_height = (rows * LEGEND_ROW + 14) * unit if legend else 0
    bottom = 54 * unit + legend_height
    plot = QRectF(left, top, max(width - left - right, 50), max(height - top - bottom, 50))
    legend_rect = QRectF(left, plot.bottom() + 46 * unit, plot.width(), legend_height)
    layout = MapLayout(width, height, plot, legend_rect, label_font=font(12.5 * unit), unit=unit)
    layout.legend_items = [(item, text, QPointF(left + x, legend_rect.top() + (16 + row * LEGEND_ROW) * unit))
                           for item, text, x, row in flow]
    layout.titles = _title_rects(layout)
    split = layout.to_point(model.threshold, 0)
    # the threshold's label sits above the frame, centred on its line
    width = QFontMetricsF(font(10 * unit)).horizontalAdvance(threshold_text) + 8 * unit
    x = min(max(split.x() - width / 2, plot.left()), plot.right() - width)
    layout.threshold_rect = QRectF(x, plot.top() - 17 * unit, width, 15 * unit)
    centres = _dodge([(layout.to_point(d.x, d.y if d.y is not None else 0.0),
                       dot_radius(d.evidence, model.max_evidence, unit)) for d in model.dots],
                     layout.data_rect.adjusted(-8 * unit, -8 * unit, 8 * unit, 8 * unit),
                     layout.to_point(model.threshold, 0))
    metrics = QFontMetricsF(layout.label_font)
    obstacles = [r for _, r in layout.titles]
    # a blind spot's halo counts as part of its dot
    reach = [r + (7 * unit if d.blind_spot else 1 * unit) for d, (_, r) in zip(model.dots, centres, strict=True)]
    dot_boxes = [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for (c, _), r in zip(centres, reach, strict=True)]
    placed: list[QRectF] = []
    geos: list[DotGeometry | None] = [None] * len(model.dots)
    sizes = [QRectF(metrics.boundingRect(d.label)).size() for d in model.dots]
    # dragged labels first (they are where the user put them), then the rest by importance
    order = sorted(range(len(model.dots)),
                   key=lambda i: (model.dots[i].key not in offsets, -model.dots[i].x, model.dots[i].key))
    for i in order:
        dot, (centre, radius), size = model.dots[i], centres[i], sizes[i]
        pad = QRectF(0, 0, size.width() + 6 * unit, size.height() + 2 * unit)
        if dot.key in offsets:
            dx, dy = offsets[dot.key]
            pad.moveTopLeft(QPointF(centre.x() + dx * plot.width(), centre.y() + dy * plot.height()))
            rect = _clamp(pad, plot)
        else:
            others = [b for j, b in enumerate(dot_boxes) if j != i]
            rect = _place(centre, reach[i], pad, plot, placed, others, obstacles, unit)
        placed.append(rect)
        far = _distance(centre, rect) > reach[i] + 8 * unit
        geos[i] = DotGeometry(dot.key, centre, radius, rect, far)
    layout.dots = [g for g in geos if g is not None]
    return layout


def legend_entries(model) -> list[list[tuple[tuple, str, float]]]:
    """Groups of legend items (kind…, text, symbol width); each group starts a new row."""
    quadrants = [(("quadrant", key), tr(f"vmap.q.{key}"), 19)
                 for key in ("core_strength", "critical_gap", "hidden_asset", "low_priority")]
    quadrants.append((("size",), tr("vmap.legend.size", n=model.max_evidence), 44))
    markers = [(("claimed",), tr("vmap.legend.claimed"), 19), (("unclaimed",), tr("vmap.legend.unclaimed"), 19),
               (("no_evidence",), tr("vmap.legend.no_evidence"), 19), (("blind",), tr("vmap.legend.blind_spot"), 22)]
    if model.unsupported:  # listed beside the map, so a pasted image still says it
        markers.append((("unsupported", tr("vmap.unsupported") + ": "), ", ".join(model.unsupported), 0))
    return [quadrants, markers]


def _legend_flow(model, width: float, unit: float) -> tuple[list, int]:
    """Left to right, wrapping when the row is full: [(item, text, x, row)] and the row count."""
    metrics, bold = QFontMetricsF(font(10.5 * unit)), QFontMetricsF(font(10.5 * unit, bold=True))
    out, row = [], -1
    for group in legend_entries(model):
        row, x = row + 1, 0.0
        for item, text, symbol in group:
            head = bold.horizontalAdvance(item[1]) if item[0] == "unsupported" else 0
            need = symbol * unit + head + metrics.horizontalAdvance(text)
            if x > 0 and x + need > width:
                row, x = row + 1, 0.0
            if need > width:  # a long list of claims is cut, never drawn past the edge
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - symbol * unit - head)
            out.append((item, text, x, row))
            x += need + 22 * unit
    return out, row + 1


def _title_rects(layout: MapLayout) -> list[tuple[str, QRectF]]:
    """Quadrant titles in the plot's corners, each as wide as its two lines of text."""
    p, u = layout.plot, layout.unit
    big, small = QFontMetricsF(font(13 * u, bold=True)), QFontMetricsF(font(10.5 * u))
    h = 34 * u

    def width(key: str) -> float:
        return max(big.horizontalAdvance(tr(f"vmap.q.{key}").upper()),
                   small.horizontalAdvance(tr(f"vmap.qd.{key}"))) + 6 * u

    out = []
    for key, left, top in (("hidden_asset", True, True), ("core_strength", False, True),
                           ("low_priority", True, False), ("critical_gap", False, False)):
        w = width(key)
        x = p.left() + 8 * u if left else p.right() - w - 8 * u
        y = p.top() + 6 * u if top else p.bottom() - h - 6 * u
        out.append((key, QRectF(x, y, w, h)))
    return out


def _dodge(dots: list[tuple[QPointF, float]], area: QRectF, split: QPointF) -> list[tuple[QPointF, float]]:
    """Nudge dots that hide each other (the same or nearly the same numbers) apart on a small
    spiral, in a fixed order, so each stays visible and clickable. A nudged dot stays within
    `area` (clear of the quadrant titles), on its own side of the threshold and of the zero
    line (never in another quadrant), and within two radii of where it belongs; dots that only
    touch are left where they are."""
    out: list[tuple[QPointF, float]] = []
    for centre, radius in dots:
        spot, step = centre, 0
        while _hides(spot, radius, out) and step < 160:
            step += 1
            angle = step * 2.4
            dist = (radius * 0.45) * math.sqrt(step)
            if dist > 2.2 * radius:
                break
            candidate = QPointF(centre.x() + dist * math.cos(angle), centre.y() + dist * math.sin(angle))
            if area.contains(candidate) and _same_side(centre, candidate, split):
                spot = candidate
                if not _hides(spot, radius, out):
                    break
        out.append((spot, radius))
    return out


def _same_side(a: QPointF, b: QPointF, split: QPointF) -> bool:
    """Is b in a's quadrant? A dot on the threshold counts as important (it may move right),
    one on the zero line as not delivered (it may move down)."""
    def side(v: float, line: float) -> int:
        return 1 if v > line - 0.5 else -1

    return side(a.x(), split.x()) == side(b.x(), split.x()) and side(a.y(), split.y()) == side(b.y(), split.y())


def _hides(spot: QPointF, radius: float, placed: list[tuple[QPointF, float]]) -> bool:
    """Would a dot here cover most of one already placed (or be covered by it)?"""
    return any(math.hypot(spot.x() - c.x(), spot.y() - c.y()) < max(radius, r) for c, r in placed)


def _candidate(centre: QPointF, distance: float, angle: float, pad: QRectF) -> QRectF:
    rad = math.radians(angle)
    cx, cy = math.cos(rad), math.sin(rad)
    px, py = centre.x() + distance * cx, centre.y() + distance * cy
    w, h = pad.width(), pad.height()
    x = px if cx > 0.3 else px - w if cx < -0.3 else px - w / 2
    y = py if cy > 0.3 else py - h if cy < -0.3 else py - h / 2
    return QRectF(x, y, w, h)


def _place(centre, radius, pad, plot, placed, dots, obstacles, unit) -> QRectF:
    fallback = None
    for ring in range(RINGS):
        distance = radius + (3 + ring * 13) * unit
        for angle in ANGLES:
            rect = _candidate(centre, distance, angle, pad)
            if not plot.contains(rect) or any(rect.intersects(o) for o in placed):
                continue
            if not any(rect.intersects(o) for o in dots) and not any(rect.intersects(o) for o in obstacles):
                return rect
            if fallback is None and not any(rect.intersects(o) for o in dots):
                fallback = rect  # only a quadrant title in the way
    if fallback is not None:
        return fallback
    # Crowded: scan the plot row by row for the free spot nearest to the dot.
    best = None
    step = 6 * unit
    y = plot.top()
    while y + pad.height() <= plot.bottom():
        x = plot.left()
        while x + pad.width() <= plot.right():
            rect = QRectF(x, y, pad.width(), pad.height())
            if not any(rect.intersects(o) for o in placed):
                d = _distance(centre, rect)
                if best is None or d < best[0]:
                    best = (d, rect)
            x += step
        y += step
    return best[1] if best else _clamp(_candidate(centre, radius + 3 * unit, 0, pad), plot)


def _clamp(rect: QRectF, plot: QRectF) -> QRectF:
    x = min(max(rect.left(), plot.left()), plot.right() - rect.width())
    y = min(max(rect.top(), plot.top()), plot.bottom() - rect.height())
    return QRectF(x, y, rect.width(), rect.height())


def _distance(point: QPointF, rect: QRectF) -> float:
    dx = max(rect.left() - point.x(), 0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0, point.y() - rect.bottom())
    return math.hypot(dx, dy)
