"""Draw the demo project's saturation curve for the README (part of `make screenshots`).

    python -m benchmarks.saturation_png PROJECT.iwb OUT.png [--language en|nl]
"""

from __future__ import annotations

import argparse
import os


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("out")
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from workbench import i18n
    from workbench.analysis.dataset import load
    from workbench.store import Project
    from workbench.ui.analysis.views import SaturationView

    app = QApplication.instance() or QApplication([])
    i18n.set_language(args.language)
    with Project.open(args.project) as project:
        view = SaturationView()
        view.show_data(load(project))
        view.resize(820, 360)
        view.show()
        app.processEvents()
        view.chart.grab().save(args.out)
        view.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
