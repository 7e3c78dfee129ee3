"""A small project whose values-fit numbers are computed by hand in test_values_fit.py.

Four participants (A, B in segment x; C, D in segment y); every document has four turns of
40 characters (turn i starts at 42·i). Codings are (code, turn, start in turn, length).
"""

from __future__ import annotations

from workbench.core.commands import AddCode, AddCodings, AddDocument, AddOrgValue, NewCoding, SetAttribute
from workbench.store import Project

TURN = 40
TEXT = "\n\n".join(f"turn{i} " + "abcdefghij" * 3 + "klmn"[: TURN - 35] for i in range(4))

CODES = [
    ("Drijfveren", None, "driver"), ("Ontzorgd", "Drijfveren", None),
    ("Pijnpunten", None, "pain_point"), ("Wachten", "Pijnpunten", None),
    ("Waarden", None, "value"), ("Betrouwbaarheid", "Waarden", None), ("Op tijd", "Betrouwbaarheid", None),
    ("Eerlijkheid", "Waarden", None), ("Respect", "Waarden", None), ("Vrijheid", "Waarden", None),
    ("Veiligheid", "Waarden", None),
    ("Emoties", None, "emotion"), ("Vreugde", "Emoties", None), ("Boosheid", "Emoties", None),
    ("Verrassing", "Emoties", None),
]
CODINGS = {
    "A": [("Betrouwbaarheid", 0, 0, 10), ("Vreugde", 0, 5, 10),  # overlap → positive
          ("Eerlijkheid", 1, 0, 5), ("Wachten", 1, 10, 10),  # same turn only → negative by turn
          ("Respect", 2, 0, 10), ("Boosheid", 2, 0, 10)],  # overlap → negative
    "B": [("Op tijd", 0, 0, 10), ("Boosheid", 0, 0, 10),  # sub-code of Betrouwbaarheid → negative
          ("Respect", 1, 0, 10), ("Ontzorgd", 1, 0, 5), ("Verrassing", 1, 0, 10)],  # positive; surprise neutral
    "C": [("Betrouwbaarheid", 0, 0, 10), ("Ontzorgd", 0, 20, 5),  # same turn only → positive by turn
          ("Respect", 1, 0, 5), ("Wachten", 1, 3, 5), ("Vreugde", 1, 4, 2)],  # both
    "D": [("Vrijheid", 0, 0, 10), ("Ontzorgd", 0, 12, 8),  # same turn only → positive by turn
          ("Wachten", 1, 0, 10)],
}
SEGMENT = {"A": "x", "B": "x", "C": "y", "D": "y"}


def turns() -> list[dict]:
    return [{"start": 42 * i, "end": 42 * i + TURN, "speaker": "R", "role": "respondent"} for i in range(4)]


def build(path) -> Project:
    assert len(TEXT) == 4 * TURN + 6
    project = Project.create(path)
    ids: dict[str, int] = {}
    for name, parent, kind in CODES:
        cmd = AddCode(ids.get(parent), name, kind)
        cmd.apply(project)
        ids[name] = cmd.created_id
    for person, rows in CODINGS.items():
        cmd = AddDocument(f"doc{person}", TEXT, turns(), "nl", case=person)
        cmd.apply(project)
        AddCodings([NewCoding(cmd.created_id, ids[code], 42 * turn + at, 42 * turn + at + n, "R")
                    for code, turn, at, n in rows]).apply(project)
    for case in project.cases():
        SetAttribute(case.id, "segment", SEGMENT[case.name], "choice").apply(project)
    AddOrgValue("Betrouwbaar", "Wij komen onze afspraken na", [ids["Op tijd"]]).apply(project)
    AddOrgValue("Vrij", "", [ids["Vrijheid"]]).apply(project)
    AddOrgValue("Innovatief", "Altijd vooruit").apply(project)
    AddOrgValue("Veilig", "", [ids["Veiligheid"]]).apply(project)
    return project
