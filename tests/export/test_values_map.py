"""The values-fit map renderer and its files: one marker per point, sizes, A4 landscape, a
self-contained HTML report, labels that never overlap."""

import random
import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from tests.analysis.fit_fixture import build
from workbench.analysis.values_fit import FitParams, values_fit
from workbench.export.map_export import LABELS_KEY, export_map
from workbench.export.map_files import MapExportError, svg_text
from workbench.export.map_layout import compute_layout
from workbench.export.map_model import MapDot, MapModel, map_model


@pytest.fixture
def project(tmp_path):
    p = build(tmp_path / "fit.iwb")
    yield p
    p.close()


def test_svg_has_one_marker_per_point(project, tmp_path, qapp):
    out = export_map(project, tmp_path / "map.svg")
    text = out.read_text(encoding="utf-8")
    result = values_fit(project)
    circles = re.findall(r'<circle class="point" data-code="([^"]+)"', text)
    assert sorted(circles) == sorted(p.code for p in result.points) and len(circles) == 4
    assert text.count("<circle") == 4  # legend symbols and halos are paths, not markers
    assert "<title>Respect" in text and 'width="1200" height="800"' in text
    assert "Helvetica, Arial, sans-serif" in text


def test_png_has_requested_size(project, tmp_path, qapp):
    image = QImage(str(export_map(project, tmp_path / "map.png")))
    assert (image.width(), image.height()) == (2400, 1600)
    image = QImage(str(export_map(project, tmp_path / "small.png", width=2000)))
    assert image.width() == 2000
    # not blank: the critical-gap red is there
    colours = {image.pixelColor(x, y).name() for x in range(0, 2000, 7) for y in range(0, 1333, 7)}
    assert "#c62828" in colours


def test_pdf_is_a4_landscape(project, tmp_path, qapp):
    from pypdf import PdfReader

    out = export_map(project, tmp_path / "map.pdf", FitParams(weight=2))
    page = PdfReader(str(out)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width == pytest.approx(842, abs=2) and height == pytest.approx(595, abs=2)
    text = page.extract_text()
    assert "4" in text and "Respect" in text


def test_html_report_is_self_contained(project, tmp_path, qapp):
    out = export_map(project, tmp_path / "report.html", FitParams(rule="overlap"))
    page = out.read_text(encoding="utf-8")
    for external in ("http://", "https://", "src=", "url(", "@import", "<script", "<link"):
        assert external not in page
    assert page.count('<circle class="point"') == 4
    assert page.count('<section class="card point"') == 4 and 'href="#point-1"' in page
    assert "Innovatief" in page and "Veilig" in page  # unsupported claims listed
    assert "What the organisation claims" in page and "Op tijd" in page  # Betrouwbaar links a sub-value
    if shutil.which("chromium"):
        shot = tmp_path / "shot.png"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,2000",
                        f"--screenshot={shot}", out.as_uri()], capture_output=True, timeout=120)
        image = QImage(str(shot))
        assert image.width() == 1200
        assert any(image.pixelColor(x, y).name() == "#c62828" for x in range(0, 1200, 3) for y in range(0, 900, 3))


def test_bad_output_is_refused_and_nothing_is_left(project, tmp_path, qapp):
    with pytest.raises(MapExportError, match=r"svg, \.png, \.pdf or \.html"):
        export_map(project, tmp_path / "map.gif")
    with pytest.raises(MapExportError, match="does not exist"):
        export_map(project, tmp_path / "nope" / "map.svg")
    (tmp_path / "dir.png").mkdir()
    with pytest.raises(MapExportError, match=r"dir\.png"):
        export_map(project, tmp_path / "dir.png")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("fit.iwb")) == ["dir.png"]


def crowded_model(n: int, seed: int) -> MapModel:
    rng = random.Random(seed)
    dots = [MapDot(f"Waarden/Waarde {i}", f"Waarde nummer {i}", rng.choice([0.5, 0.75, rng.random()]),
                   rng.choice([None, 1.0, -1.0, rng.uniform(-1, 1)]), rng.randint(1, 30), rng.random() < 0.5,
                   "core_strength", rng.random() < 0.3) for i in range(n)]
    return MapModel(dots, 0.5, max_evidence=30)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_labels_never_overlap_and_are_deterministic(qapp, seed):
    model = crowded_model(30, seed)
    layout = compute_layout(model, 1200, 800)
    rects = [g.label_rect for g in layout.dots]
    for i, a in enumerate(rects):
        assert layout.plot.contains(a)
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    again = compute_layout(model, 1200, 800)
    assert [g.label_rect for g in again.dots] == rects


def test_dragged_label_positions_are_used(project, qapp):
    result = values_fit(project)
    model = map_model(result)
    plain = compute_layout(model, 1200, 800)
    geo = next(g for g in plain.dots if g.key == "Waarden/Respect")
    project.put_setting(LABELS_KEY, {"Waarden/Respect": [0.1, -0.05]})
    from workbench.export.map_export import label_offsets

    moved = compute_layout(model, 1200, 800, label_offsets(project))
    mgeo = next(g for g in moved.dots if g.key == "Waarden/Respect")
    assert mgeo.label_rect.left() == pytest.approx(geo.centre.x() + 0.1 * moved.plot.width())
    assert moved.offset_of(mgeo) == pytest.approx((0.1, -0.05))
    assert "Respect" in svg_text(model, label_offsets(project))
