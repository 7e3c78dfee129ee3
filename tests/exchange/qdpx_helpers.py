"""Shared helpers for the .qdpx tests: the REFI-QDA schema, archives built in the test, and a
comparable snapshot of a project."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("WORKBENCH_SHARED") or Path(__file__).resolve().parents[3] / "shared")
PROJECT_XSD = SHARED / "refi-qda" / "Project.xsd"
QDPX_DIR = SHARED / "testdata" / "qdpx"


def validate_qde(xml: bytes, tmp_path: Path) -> None:
    """Validate a project.qde against Project.xsd; skipped when shared/ is absent."""
    if not PROJECT_XSD.is_file():
        pytest.skip(f"REFI-QDA schema not found in {SHARED}")
    xmlschema = pytest.importorskip("xmlschema")
    path = tmp_path / "validate.qde"
    path.write_bytes(xml)
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(str(path))


def build_qdpx(path: Path, qde: str | bytes, files: dict[str, str | bytes] | None = None,
               qde_name: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def snapshot(project) -> dict:
    """Everything a round trip must keep, in a form that compares across projects."""
    docs = {d.id: d for d in project.documents(with_text=True)}
    cases = {c.id: c for c in project.cases()}
    codes = {c.id: c for c in project.codes()}
    return {
        "documents": sorted((d.name, d.text, d.language, cases[d.case_id].name if d.case_id else None)
                            for d in docs.values()),
        "codes": [(project.code_path(c.id), c.kind, c.color, c.definition, c.use_when,
                   c.do_not_use_when, c.example, c.indicators, c.position) for c in codes.values()],
        "codings": sorted((docs[c.document_id].name, project.code_path(c.code_id), c.start, c.end,
                           c.coder, c.memo, c.inferred) for c in project.codings()),
        "cases": sorted((c.name, sorted(c.attributes.items())) for c in cases.values()),
        "attributes": sorted(project.attributes().values()),
        "memos": sorted((m["target"], m["text"]) for m in project.rows_where("memos").values()),
    }
