"""Regenerate the README screenshots from the demo project (`make screenshots`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_CODER": "Sanne de Vries"}
    with tempfile.TemporaryDirectory() as tmp:
        env["WORKBENCH_SETTINGS_FILE"] = str(Path(tmp) / "settings.ini")  # the default layout, not ours
        demo = Path(tmp) / "demo.iwb"
        subprocess.run([sys.executable, "-m", "workbench", "demo", str(demo)], check=True, env=env)
        for lang in ("en", "nl"):
            target = OUT / ("workbench.png" if lang == "en" else "workbench-nl.png")
            subprocess.run([sys.executable, "-m", "workbench", "gui", str(demo), "--screenshot", str(target),
                            "--size", "1600x1000"], check=True, env={**env, "WORKBENCH_LANGUAGE": lang})
            print(f"wrote {target}")
        subprocess.run([sys.executable, "-m", "benchmarks.saturation_png", str(demo), str(OUT / "saturation.png")],
                       check=True, env=env)
        target = OUT / "values-map.png"
        subprocess.run([sys.executable, "-m", "workbench", "export", "map", str(demo), str(target)],
                       check=True, env=env)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
