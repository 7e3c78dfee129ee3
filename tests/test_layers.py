"""The engine never imports PySide6 (DESIGN §1); export/ never imports QtWidgets."""

import ast
import subprocess
import sys
from pathlib import Path

import workbench

ROOT = Path(workbench.__file__).parent
ENGINE = ["core", "store", "importers", "schemes", "nlp", "analysis", "exchange"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_engine_sources_never_import_qt():
    offenders = [
        str(f.relative_to(ROOT))
        for pkg in ENGINE for f in (ROOT / pkg).rglob("*.py")
        if any(name.split(".")[0] == "PySide6" for name in imports_of(f))
    ]
    assert offenders == []


def test_export_never_imports_widgets():
    offenders = [str(f) for f in (ROOT / "export").rglob("*.py")
                 if any("QtWidgets" in name for name in imports_of(f))]
    assert offenders == []


def test_engine_runs_without_qt_loaded():
    modules = []
    for pkg in ENGINE:
        for f in (ROOT / pkg).rglob("*.py"):
            rel = f.relative_to(ROOT.parent).with_suffix("")
            modules.append(".".join(rel.parts).removesuffix(".__init__"))
    modules += ["workbench.demo", "workbench.cli.main", "workbench.importers.batch"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "from workbench.importers import supported_extensions; supported_extensions()\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
