"""The layer order of DESIGN §1 is checked by import-linter contracts (pyproject.toml,
`lint-imports`, also run by `make test`); here: the contracts hold, and loading the whole
engine really loads no Qt."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import workbench

ROOT = Path(workbench.__file__).parent
ENGINE = ["core", "store", "importers", "schemes", "nlp", "analysis", "exchange"]


def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e .[dev])")
    out = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, cwd=ROOT.parent)
    assert out.returncode == 0, out.stdout[-3000:]


def test_export_never_imports_widgets():
    # import-linter cannot forbid part of an external package, so this one rule is read here
    import ast

    offenders = []
    for f in (ROOT / "export").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [str(f) for n in names if "QtWidgets" in n]
    assert offenders == []


def test_engine_runs_without_qt_loaded():
    modules = []
    for pkg in ENGINE:
        for f in (ROOT / pkg).rglob("*.py"):
            rel = f.relative_to(ROOT.parent).with_suffix("")
            modules.append(".".join(rel.parts).removesuffix(".__init__"))
    modules += ["workbench.demo", "workbench.cli.main", "workbench.importers.batch", "workbench.errors"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "from workbench.importers import supported_extensions; supported_extensions()\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
