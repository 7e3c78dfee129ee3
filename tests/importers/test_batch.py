"""Batch import into a project: per-file transactions, refusals reported, duplicates skipped."""

from workbench.core.commands import RemoveDocument
from workbench.importers.batch import case_from_name, import_files


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_one_bad_file_is_reported_and_the_rest_import(tmp_path, empty_project):
    good = write(tmp_path, "01_anna.txt", "Interviewer: Hoe ging het?\n\nAnna: Prima, eigenlijk.\n")
    empty = write(tmp_path, "02_leeg.txt", "")
    binary = tmp_path / "03_binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    other = write(tmp_path, "04_bram.txt", "Interviewer: En jij?\n\nBram: Het viel tegen, eerlijk gezegd.\n",
                  "cp1252")
    outcomes = import_files(empty_project, [good, empty, binary, other])
    assert [o.status for o in outcomes] == ["imported", "refused", "refused", "imported"]
    assert "empty" in outcomes[1].reason and "02_leeg.txt" in outcomes[1].message()
    assert empty_project.counts()["documents"] == 2


def test_same_text_is_skipped_with_a_notice(tmp_path, empty_project):
    a = write(tmp_path, "a.txt", "R: Dat hoort toch gewoon te werken.\n")
    b = write(tmp_path, "copy of a.txt", "R: Dat hoort toch gewoon te werken.\n")
    first, second = import_files(empty_project, [a, b])
    assert (first.status, second.status) == ("imported", "skipped")
    assert "'a'" in second.reason


def test_case_from_pattern_language_guess_and_unique_names(tmp_path, empty_project):
    folder = tmp_path / "sub"
    folder.mkdir()
    a = write(tmp_path, "03_fatima.txt", "Interviewer: How was it?\n\nFatima: Of course it should just work.\n")
    b = write(folder, "03_fatima.txt", "Interviewer: Hoe was het?\n\nFatima: Het moet natuurlijk gewoon werken.\n")
    outcomes = import_files(empty_project, [a, b], case_pattern=r"^\d+_(\w+)")
    assert [o.document for o in outcomes] == ["03_fatima", "03_fatima (2)"]
    docs = {d.name: d for d in empty_project.documents()}
    assert docs["03_fatima"].language == "en" and docs["03_fatima (2)"].language == "nl"
    assert [c.name for c in empty_project.cases()] == ["fatima"]
    assert case_from_name("interview-07-henk", r"(\w+)$") == "henk"
    assert case_from_name("x", None) is None


def test_progress_cancel_and_undo(tmp_path, empty_project):
    paths = [write(tmp_path, f"{i}.txt", f"R: Antwoord nummer {i}.\n") for i in range(5)]
    seen = []
    outcomes = import_files(empty_project, paths, progress=lambda d, t: seen.append((d, t)),
                            cancel=lambda: len(seen) >= 2)
    assert len(outcomes) == 2 and seen == [(1, 5), (2, 5)]
    outcomes[0].inverse.apply(empty_project)
    assert empty_project.counts()["documents"] == 1


def test_reader_crash_is_a_refusal_not_a_traceback(tmp_path, empty_project, monkeypatch):
    import workbench.importers as importers

    def broken(path):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(importers, "read_file", broken)
    (outcome,) = import_files(empty_project, [write(tmp_path, "x.txt", "R: hoi\n")])
    assert outcome.status == "refused" and "could not be read" in outcome.reason
    assert "reader bug" not in outcome.reason and "RuntimeError" not in outcome.message()
    assert empty_project.counts()["documents"] == 0


def test_removed_document_can_be_imported_again(tmp_path, empty_project):
    path = write(tmp_path, "a.txt", "R: Dat hoort toch gewoon te werken.\n")
    (_first,) = import_files(empty_project, [path])
    RemoveDocument(empty_project.document_by_name("a").id).apply(empty_project)
    (again,) = import_files(empty_project, [path])
    assert again.status == "imported"


def test_plan_then_import_with_corrections(tmp_path, empty_project):
    from workbench.importers.batch import PlannedImport, import_planned, plan_files

    a = tmp_path / "01_anna_de_boer.txt"
    a.write_text("Interviewer: Hoe ging het?\n\nAnna: Goed hoor.\n\nInterviewer: Fijn.\n", encoding="utf-8")
    b = tmp_path / "02_kopie.txt"
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    c = tmp_path / "03_notes.txt"
    c.write_text("Just notes without any speaker labels at all.\n", encoding="utf-8")
    items = plan_files(empty_project, [a, b, c], case_mode="file")
    plan, copy, notes = items
    assert isinstance(plan, PlannedImport) and plan.case == "Anna de Boer" and plan.name == "01_anna_de_boer"
    assert plan.speakers() == [("Interviewer", 2, "interviewer"), ("Anna", 1, "respondent")]
    assert copy.status == "skipped" and "01_anna_de_boer.txt" in copy.reason
    assert [w.key for w in notes.warnings()] == ["plan.no_speakers"]
    assert empty_project.documents() == []  # planning stores nothing
    plan.roles["Anna"] = "other"
    plan.name, plan.language = "Anna", "en"
    outcomes = import_planned(empty_project, items)
    assert [o.status for o in outcomes] == ["imported", "skipped", "imported"]
    assert [w.key for w in outcomes[2].warnings] == ["plan.no_speakers"]
    doc = empty_project.document_by_name("Anna")
    assert doc.language == "en"
    assert {t.speaker: t.role for t in empty_project.turns(doc.id)}["Anna"] == "other"
