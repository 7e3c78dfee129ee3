"""The saturation chart, drawn with QPainter (QtCharts is not part of pyside6-essentials):
new codes per interview as bars, codes found so far as a line, the confirming run shaded."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.i18n import tr

LINE, BARS, RUN = QColor("#2E5E8C"), QColor("#E0A030"), QColor(46, 94, 140, 28)


class SaturationChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.setMinimumSize(240, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_result(self, result) -> None:
        self.result = result
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        r = self.result
        if r is None or not r.documents:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("an.sat.empty"))
            return
        fm = p.fontMetrics()
        left, right, top, bottom = fm.horizontalAdvance("0000") + 16, 16, 28, fm.height() * 2 + 18
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        n = len(r.documents)
        y_max = max(max(r.cumulative, default=0), 1)
        step = plot.width() / n

        def x_of(i: float) -> float:
            return plot.left() + step * (i + 0.5)

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / y_max

        if r.reached:  # the run that confirmed saturation
            k = r.reached_at
            p.fillRect(QRectF(plot.left() + step * k, plot.top(), step * r.run_length, plot.height()), RUN)
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        text = self.palette().text().color()
        for tick in _ticks(y_max):
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            p.setPen(text)
            p.drawText(QRectF(0, y_of(tick) - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        bar_w = step * 0.45
        for i, new in enumerate(r.new_codes):
            if new:
                p.fillRect(QRectF(x_of(i) - bar_w / 2, y_of(new), bar_w, plot.bottom() - y_of(new)), BARS)
        path = QPainterPath(QPointF(x_of(0), y_of(r.cumulative[0])))
        for i, v in enumerate(r.cumulative[1:], start=1):
            path.lineTo(x_of(i), y_of(v))
        p.setPen(QPen(LINE, 2.5))
        p.drawPath(path)
        p.setBrush(LINE)
        for i, v in enumerate(r.cumulative):
            p.drawEllipse(QPointF(x_of(i), y_of(v)), 3.5, 3.5)
        p.setPen(text)
        label_every = max(1, int(fm.horizontalAdvance("000") * 1.6 / step) + 1)
        for i in range(0, n, label_every):
            p.drawText(QRectF(x_of(i) - step, plot.bottom() + 4, step * 2, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, str(i + 1))
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, tr("an.sat.x_axis"))
        # legend
        bold = QFont(p.font())
        bold.setBold(True)
        x = plot.left()
        legend = [(LINE, tr("an.sat.cumulative")), (BARS, tr("an.sat.new"))]
        if r.reached:
            legend.append((RUN.darker(300), tr("an.sat.run_band", run=r.run_length)))
        for colour, label in legend:
            p.fillRect(QRectF(x, 8, 14, 10), colour)
            p.drawText(QPointF(x + 20, 8 + fm.ascent() - 2), label)
            x += 34 + fm.horizontalAdvance(label)
        p.end()


def _ticks(top: int) -> list[int]:
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if top / s <= 6)
    return list(range(0, top + 1, step))
