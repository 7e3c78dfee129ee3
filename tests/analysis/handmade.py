"""A tiny project whose numbers are counted by hand in the analysis tests.

Participants Ann (segment A), Bob (B), Cas (A); codes Pijn/{Wachten, Kosten}, Waarde/Eerlijk,
Drijf. Coder S codes:
  d1 (Ann): Wachten "Ik wacht lang." · Kosten "Het kost veel." · Eerlijk "Wees eerlijk."
  d2 (Bob): Wachten "Ik wacht lang." · Eerlijk "Alles eerlijk." · Pijn itself "wacht lang"
  d3 (Cas): Kosten "Het kost veel geld."
"""

from __future__ import annotations

from workbench.core.commands import AddCode, AddCoding, AddDocument, SetAttribute
from workbench.store import Project

TEXTS = {
    "d1": ("Ann", "A", "2026-01-03", "Ik wacht lang. Het kost veel. Wees eerlijk."),
    "d2": ("Bob", "B", "2026-01-01", "Ik wacht lang. Alles eerlijk."),
    "d3": ("Cas", "A", "", "Het kost veel geld."),
}
CODES = [(None, "Pijn", "pain_point"), ("Pijn", "Wachten", None), ("Pijn", "Kosten", None),
         (None, "Waarde", "value"), ("Waarde", "Eerlijk", None), (None, "Drijf", "driver")]
CODINGS = [("d1", "Ik wacht lang.", "Wachten"), ("d1", "Het kost veel.", "Kosten"),
           ("d1", "Wees eerlijk.", "Eerlijk"), ("d2", "Ik wacht lang.", "Wachten"),
           ("d2", "Alles eerlijk.", "Eerlijk"), ("d2", "wacht lang", "Pijn"),
           ("d3", "Het kost veel geld.", "Kosten")]


def code(project, doc_name: str, quote: str, code_name: str, coder: str = "S", ids=None):
    doc = project.document_by_name(doc_name)
    start = doc.text.index(quote)
    code_id = (ids or {}).get(code_name) or project.code_by_path(code_name).id
    AddCoding(doc.id, code_id, start, start + len(quote), coder=coder).apply(project)


def make_handmade(path) -> tuple[Project, dict[str, int]]:
    project = Project.create(path, language="en")
    for name, (case, _segment, _date, text) in TEXTS.items():
        AddDocument(name, text, [], "nl", case=case).apply(project)
    for case in project.cases():
        segment, date = next((s, d) for c, s, d, _ in TEXTS.values() if c == case.name)
        SetAttribute(case.id, "segment", segment, "choice").apply(project)
        if date:
            SetAttribute(case.id, "interview_date", date, "date").apply(project)
    ids: dict[str, int] = {}
    for parent, name, kind in CODES:
        cmd = AddCode(ids.get(parent), name, kind)
        cmd.apply(project)
        ids[name] = cmd.created_id
    for doc, quote, name in CODINGS:
        code(project, doc, quote, name, ids=ids)
    return project, ids
