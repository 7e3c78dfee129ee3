"""The values-fit map as files: SVG, PNG and PDF, all drawn by `map_painter` (QtGui only).

The map canvas is 1200×800 units; SVG keeps those units, PNG scales them to the requested
width (2400 px by default), the PDF page (A4 landscape) frames the map with a title block, a
method note and the lists beside the map.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from workbench.export.map_layout import FONT_FAMILY, font
from workbench.export.map_model import MapModel
from workbench.export.map_painter import INK, MUTED, render_map

CANVAS = (1200, 800)
FONT_STACK = f"{FONT_FAMILY}, Helvetica, Arial, sans-serif"


class MapExportError(OSError):
    """The file could not be written (named, with the reason)."""


def svg_text(model: MapModel, offsets: dict | None = None, title: str = "", links: bool = False,
             inline: bool = False) -> str:
    """The map as SVG markup. Each value point is one <circle> carrying a <title> (a tooltip
    with its numbers) and, with `links`, a link to its evidence (#point-N) in the report."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(*CANVAS))
    generator.setViewBox(QRectF(0, 0, *CANVAS))
    generator.setResolution(96)
    generator.setTitle(title)
    painter = QPainter(generator)
    render_map(painter, model, *CANVAS, offsets)
    painter.end()
    buffer.close()
    text = bytes(data).decode("utf-8")
    text = text.replace(f'font-family="{FONT_FAMILY}"', f'font-family="{FONT_STACK}"')
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{CANVAS[0]}" height="{CANVAS[1]}"', text)
    dots = iter(enumerate(model.dots))

    def annotate(match: re.Match) -> str:
        index, dot = next(dots, (None, None))
        if dot is None:
            return match.group(0)
        circle = (f'<circle class="point" data-code="{html.escape(dot.key)}" {match.group(1)}>'
                  f"<title>{html.escape(dot.tooltip)}</title></circle>")
        return f'<a href="#point-{index + 1}">{circle}</a>' if links else circle

    text = re.sub(r"<circle ([^>]*?)/>", annotate, text)
    if inline:  # inside HTML: no XML prolog or namespaces, scales with the page
        text = text[text.index("<svg"):]
        text = re.sub(r'<svg width="[^"]*" height="[^"]*"', '<svg class="map" role="img"', text, count=1)
        text = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", text)
        text = re.sub(r'\s+(version|baseProfile)="[^"]*"', "", text)
    return text


def write_svg(model: MapModel, path: Path | str, offsets: dict | None = None, title: str = "") -> Path:
    path = Path(path)
    _write(path, svg_text(model, offsets, title).encode("utf-8"))
    return path


def png_image(model: MapModel, width: int = 2400, offsets: dict | None = None) -> QImage:
    scale = width / CANVAS[0]
    image = QImage(width, round(CANVAS[1] * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dpm = round(scale * 96 / 0.0254)  # so the image prints at the canvas' size
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    painter = QPainter(image)
    painter.scale(scale, scale)
    render_map(painter, model, *CANVAS, offsets)
    painter.end()
    return image


def write_png(model: MapModel, path: Path | str, width: int = 2400, offsets: dict | None = None) -> Path:
    path = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # quality 50: a middle zlib level, as small as the default here and a third faster to write
    if not png_image(model, width, offsets).save(buffer, "PNG", 50):
        raise MapExportError(f"{path.name}: the image could not be encoded")
    buffer.close()
    _write(path, bytes(data))
    return path


def write_pdf(model: MapModel, path: Path | str, title: str, subtitle: str, note: str,
              lists: list[tuple[str, str]], offsets: dict | None = None) -> Path:
    """A4 landscape: title, subtitle (date, participants, parameters), the map with its legend,
    the method note and short lists (blind spots, unsupported claims) at the foot."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Depth Interview Workbench")
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        tmp.unlink(missing_ok=True)
        raise MapExportError(f"{path.name}: cannot write the PDF here")
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(96))
        page.moveTo(0, 0)
        painter.setPen(INK)
        painter.setFont(font(22, bold=True))
        painter.drawText(QRectF(0, 0, page.width(), 30), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font(11.5))
        painter.setPen(MUTED)
        painter.drawText(QRectF(0, 32, page.width(), 18), Qt.AlignmentFlag.AlignLeft, subtitle)
        foot = 86
        area = QRectF(0, 58, page.width(), page.height() - 58 - foot)
        scale = min(area.width() / CANVAS[0], area.height() / (CANVAS[1] * 0.86))
        painter.save()
        painter.translate(area.left(), area.top())
        painter.scale(scale, scale)
        render_map(painter, model, area.width() / scale, area.height() / scale, offsets, unit=1.12)
        painter.restore()
        y = page.height() - foot + 8
        painter.setPen(INK)
        half = page.width() * 0.56
        painter.setFont(font(9.5))
        painter.drawText(QRectF(0, y, half - 16, foot - 8),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                         note)
        row = y
        for heading, body in lists:
            painter.setFont(font(9.5, bold=True))
            painter.drawText(QRectF(half, row, page.width() - half, 14), Qt.AlignmentFlag.AlignLeft, heading)
            painter.setFont(font(9.5))
            rect = QRectF(half, row + 14, page.width() - half, 28)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), body)
            row += 42
    finally:
        painter.end()
    try:
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MapExportError(f"{path.name}: cannot write the file ({exc.strerror})") from None
    return path


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a failed export never leaves half a file behind."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MapExportError(f"{path.name}: cannot write the file ({exc.strerror or exc})") from None
