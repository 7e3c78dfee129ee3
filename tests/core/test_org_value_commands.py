"""Organisation-value commands: every edit undoes exactly."""

import pytest

from workbench.core.commands import (
    AddOrgValue,
    ChangeOrgValue,
    CommandError,
    DeleteCode,
    DeleteOrgValue,
    ImportOrgValues,
    MoveOrgValue,
    SetOrgValueLinks,
)


def snapshot(project):
    return [(v.name, v.description, v.position, sorted(v.code_ids)) for v in project.org_values()]


def test_add_link_move_delete_undo(sample_project):
    p = sample_project
    honest = p.code_by_path("Waarden/Eerlijkheid").id
    reliable = p.code_by_path("Waarden/Betrouwbaarheid").id
    history = [snapshot(p)]
    undo = []
    add = AddOrgValue(" Eerlijk ", "Wij zijn open over prijzen", [honest])
    undo.append(add.apply(p))
    history.append(snapshot(p))
    assert history[-1] == [("Eerlijk", "Wij zijn open over prijzen", 0, [honest])]
    second = AddOrgValue("Betrouwbaar")
    undo.append(second.apply(p))
    for cmd in (SetOrgValueLinks.link(second.created_id, reliable, honest),
                SetOrgValueLinks.unlink(second.created_id, honest),
                ChangeOrgValue(add.created_id, name="Eerlijk & open", description="Geen kleine lettertjes"),
                MoveOrgValue(second.created_id, 0),
                SetOrgValueLinks(add.created_id, [reliable]),
                DeleteOrgValue(add.created_id)):
        history.append(snapshot(p))
        undo.append(cmd.apply(p))
    assert snapshot(p) == [("Betrouwbaar", "", 0, [reliable])]
    while undo:
        undo.pop().apply(p)
        assert snapshot(p) == history.pop()
    assert snapshot(p) == []


def test_refusals(sample_project):
    p = sample_project
    AddOrgValue("Duurzaam").apply(p)
    with pytest.raises(CommandError, match="already"):
        AddOrgValue("duurzaam").apply(p)
    with pytest.raises(CommandError, match="name"):
        AddOrgValue("  ").apply(p)
    with pytest.raises(CommandError, match="does not exist"):
        AddOrgValue("Nieuw", code_ids=[9999]).apply(p)
    value = p.find_org_value("DUURZAAM")
    with pytest.raises(CommandError, match="not linked"):
        SetOrgValueLinks.unlink(value.id, p.code_by_path("Waarden").id).apply(p)
    assert snapshot(p) == [("Duurzaam", "", 0, [])]


def test_import_merges_by_name_and_code_delete_unlinks(sample_project):
    p = sample_project
    honest = p.code_by_path("Waarden/Eerlijkheid").id
    reliable = p.code_by_path("Waarden/Betrouwbaarheid").id
    AddOrgValue("Eerlijk", "oud", [honest]).apply(p)
    cmd = ImportOrgValues([{"name": "eerlijk", "statement": "nieuw", "code_ids": [honest, reliable]},
                           {"name": "Innovatief", "statement": "", "code_ids": []}])
    inverse = cmd.apply(p)
    assert (cmd.added, cmd.updated) == (1, 1)
    assert snapshot(p) == [("Eerlijk", "nieuw", 0, sorted([honest, reliable])), ("Innovatief", "", 1, [])]
    inverse.apply(p)
    assert snapshot(p) == [("Eerlijk", "oud", 0, [honest])]
    undo = DeleteCode(honest).apply(p)  # deleting a linked code drops the link, undo restores it
    assert snapshot(p) == [("Eerlijk", "oud", 0, [])]
    undo.apply(p)
    assert snapshot(p) == [("Eerlijk", "oud", 0, [honest])]


def test_settings_round_trip(sample_project):
    sample_project.put_setting("values_map.labels", {"Waarden/Respect": [0.1, -0.2]})
    sample_project.put_setting("values_map.labels", {"Waarden/Respect": [0.3, 0.2]})
    assert sample_project.json_setting("values_map.labels") == {"Waarden/Respect": [0.3, 0.2]}
    assert sample_project.json_setting("missing", {}) == {}


def test_import_with_a_name_twice_merges_its_links(sample_project):
    p = sample_project
    honest = p.code_by_path("Waarden/Eerlijkheid").id
    reliable = p.code_by_path("Waarden/Betrouwbaarheid").id
    cmd = ImportOrgValues([{"name": "Eerlijk", "statement": "a", "code_ids": [honest]},
                           {"name": "eerlijk", "statement": "", "code_ids": [honest, reliable]}])
    cmd.apply(p)
    assert snapshot(p) == [("Eerlijk", "a", 0, sorted([honest, reliable]))]
    twice = ImportOrgValues([{"name": "Eerlijk", "statement": "b", "code_ids": []},
                             {"name": "EERLIJK", "statement": "c", "code_ids": []},
                             {"name": "Nieuw", "statement": "x", "code_ids": []},
                             {"name": "nieuw", "statement": "y", "code_ids": [honest]}])
    undo = twice.apply(p)
    assert (twice.added, twice.updated) == (1, 1)
    assert snapshot(p) == [("Eerlijk", "c", 0, sorted([honest, reliable])), ("Nieuw", "y", 1, [honest])]
    undo.apply(p)
    assert snapshot(p) == [("Eerlijk", "a", 0, sorted([honest, reliable]))]
