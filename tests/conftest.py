"""Shared fixtures. Qt runs on the offscreen platform; every test builds its own data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from workbench.core.commands import AddCode, AddCoding, AddDocument, SetAttribute
from workbench.store import Project

SAMPLE_NL = (
    "Interviewer: Hoe ging het contact met de klantenservice?\n\n"
    "Marieke: Eh, nou ja. Ik werd drie keer doorverbonden 😤 en niemand wist het. "
    "Je mag toch gewoon verwachten dat ze je terugbellen, vind ik.\n\n"
    "Interviewer: Wat betekent dat voor je?\n\n"
    "Marieke: Dat ik ze kan vertrouwen. Eerlijkheid, daar gaat het om. Café-niveau service, hè.\n"
)
SAMPLE_EN = (
    "Interviewer: How was the delivery?\n\n"
    "David: Honestly? The driver carried the sofa upstairs. I didn't expect that at all. "
    "Of course it should arrive undamaged, that's obvious.\n"
)


def _turns(text: str) -> list[dict]:
    turns, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        end = start + len(para.rstrip("\n"))
        speaker = para.split(":", 1)[0]
        role = "interviewer" if speaker == "Interviewer" else "respondent"
        turns.append({"start": start, "end": end, "speaker": speaker, "role": role})
        pos = end
    return turns


def make_sample_project(path) -> Project:
    """Two short interviews (NL with emoji and accents, EN), a small codebook, a few codings."""
    project = Project.create(path, language="nl")
    AddDocument("marieke", SAMPLE_NL, _turns(SAMPLE_NL), "nl", case="Marieke").apply(project)
    AddDocument("david", SAMPLE_EN, _turns(SAMPLE_EN), "en", case="David").apply(project)
    ids = {}
    for parent, name, kind, color in [
        (None, "Pijnpunten", "pain_point", "#C62828"),
        ("Pijnpunten", "Van het kastje naar de muur", None, None),
        (None, "Waarden", "value", "#1565C0"),
        ("Waarden", "Eerlijkheid", None, None),
        ("Waarden", "Betrouwbaarheid", None, None),
        (None, "Verwachtingen", "expectation", "#6A1B9A"),
        (None, "Emoties", "emotion", "#F9A825"),
        ("Emoties", "Boosheid", None, None),
    ]:
        cmd = AddCode(ids.get(parent), name, kind, color)
        cmd.apply(project)
        ids[name] = cmd.created_id
    doc = project.document_by_name("marieke")
    quote = "drie keer doorverbonden"
    start = doc.text.index(quote)
    AddCoding(doc.id, ids["Van het kastje naar de muur"], start, start + len(quote), coder="Sanne").apply(project)
    start = doc.text.index("Eerlijkheid")
    AddCoding(doc.id, ids["Eerlijkheid"], start, start + len("Eerlijkheid"), coder="Sanne").apply(project)
    for case in project.cases():
        SetAttribute(case.id, "segment", "Energie" if case.name == "Marieke" else "Webshop").apply(project)
    return project


@pytest.fixture
def sample_project(tmp_path):
    project = make_sample_project(tmp_path / "sample.iwb")
    yield project
    project.close()


@pytest.fixture
def empty_project(tmp_path):
    project = Project.create(tmp_path / "empty.iwb")
    yield project
    project.close()


HOLDER = ("import sys; from workbench.store import Project; p = Project.open(sys.argv[1]); "
          "print('open', flush=True); sys.stdin.read()")


@pytest.fixture
def held_elsewhere(sample_project):
    """The sample project's path, closed here and held open by another process."""
    import subprocess
    import sys

    path = sample_project.path
    sample_project.close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    yield path
    proc.communicate("", timeout=30)
