"""Build the bundled demo project: eight CX interviews, participant sheet, the klantbeleving
codebook and a careful researcher's codings (stored as quote anchors, not offsets)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from workbench.core.commands import AddCodings, ApplyCodeTree, NewCoding, SetAttribute, SetMemo
from workbench.importers.batch import import_files
from workbench.schemes import load_builtin
from workbench.schemes.specs import scheme_specs
from workbench.store import Project

ATTRIBUTE_TYPES = {"segment": "choice", "age_group": "choice", "customer_since": "number",
                   "channel": "choice", "nps": "number", "interview_date": "date",
                   "interviewer": "text"}
PROJECT_MEMO = (
    "Demoproject: acht diepte-interviews met klanten van energieleverancier Stroomwijs Energie "
    "en webwinkel Nestel (zes Nederlands, twee Engels), gecodeerd met het schema "
    "klantbeleving. Interviews 01 en 02 zijn door twee codeurs onafhankelijk gecodeerd."
)


class DemoError(Exception):
    pass


@dataclass
class Anchor:
    code: str
    quote: str
    occurrence: int = 1
    coder: str = ""
    inferred: bool = False
    memo: str = ""


def demo_dir() -> Path:
    return Path(str(resources.files("workbench") / "resources" / "demo"))


def participants(folder: Path) -> list[dict]:
    with open(folder / "participants.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_anchors(path: Path) -> list[Anchor]:
    return [Anchor(**entry) for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []]


def resolve(text: str, anchor: Anchor) -> tuple[int, int]:
    """Offsets of the anchor's quote (its n-th occurrence) in the document text."""
    pos = -1
    for _ in range(anchor.occurrence):
        pos = text.find(anchor.quote, pos + 1)
        if pos < 0:
            raise DemoError(f"quote not found: {anchor.quote[:60]!r}")
    return pos, pos + len(anchor.quote)


def build_demo(path: Path | str, force: bool = False, progress=None) -> Project:
    folder = demo_dir()
    project = Project.create(path, language="nl", overwrite=force)
    try:
        ApplyCodeTree(scheme_specs(load_builtin("klantbeleving"), "nl"), "klantbeleving").apply(project)
        sheet = participants(folder)
        files = sorted((folder / "interviews").glob("*.txt"))
        for row in sheet:
            match = [f for f in files if f.stem == row["document"]]
            for outcome in import_files(project, match, case=row["case"], language=row["language"]):
                if outcome.status != "imported":
                    raise DemoError(outcome.message())
            if progress:
                progress(len(project.documents()), len(sheet))
        for case in project.cases():
            row = next(r for r in sheet if r["case"] == case.name)
            for attribute, type_ in ATTRIBUTE_TYPES.items():
                SetAttribute(case.id, attribute, row[attribute], type_).apply(project)
        for doc in project.documents(with_text=True):
            anchors_file = folder / "codings" / f"{doc.name}.yaml"
            if not anchors_file.exists():
                continue
            batch = []
            for anchor in load_anchors(anchors_file):
                code = project.find_code(anchor.code)
                if code is None:
                    raise DemoError(f"{anchors_file.name}: no code '{anchor.code}'")
                try:
                    start, end = resolve(doc.text, anchor)
                except DemoError as exc:
                    raise DemoError(f"{anchors_file.name}: {exc}") from None
                batch.append(NewCoding(doc.id, code.id, start, end, anchor.coder, anchor.memo,
                                       anchor.inferred))
            AddCodings(batch).apply(project)
        SetMemo("project", 0, PROJECT_MEMO).apply(project)
        add_org_values(project, folder / "org_values.yaml")
    except BaseException:
        project.close()
        raise
    return project


def add_org_values(project: Project, file: Path) -> None:
    """The client's stated values, for the values-fit map."""
    from workbench.core.commands import ImportOrgValues
    from workbench.exchange.org_values import read_values_file, resolve_codes

    ImportOrgValues(resolve_codes(project, read_values_file(file), file)).apply(project)
