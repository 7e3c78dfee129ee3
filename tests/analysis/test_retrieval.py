from workbench.analysis.retrieval import attribute_values, filter_segments, segments
from workbench.core.commands import AddCoding


def test_segments_join_documents_cases_and_turns(sample_project):
    p = sample_project
    waarden = p.code_by_path("Waarden")
    rows = segments(p, [waarden.id])
    assert len(rows) == 1
    row = rows[0]
    assert row.text == "Eerlijkheid"
    assert row.document == "marieke" and row.case == "Marieke"
    assert row.speaker == "Marieke" and row.role == "respondent"
    assert row.attributes == {"segment": "Energie"}
    assert row.code_path == "Waarden/Eerlijkheid" and row.coder == "Sanne"
    assert segments(p, [waarden.id], include_descendants=False) == []


def test_segments_text_uses_code_points_after_emoji(sample_project):
    p = sample_project
    doc = p.document_by_name("marieke")
    start = doc.text.index("niemand")
    code = p.code_by_path("Emoties/Boosheid")
    AddCoding(doc.id, code.id, start, start + len("niemand"), coder="Daan").apply(p)
    (row,) = segments(p, [code.id])
    assert row.text == "niemand"


def test_filters_by_attribute_and_coder(sample_project):
    p = sample_project
    doc = p.document_by_name("david")
    code = p.code_by_path("Waarden/Eerlijkheid")
    start = doc.text.index("Honestly")
    AddCoding(doc.id, code.id, start, start + 8, coder="Daan").apply(p)
    rows = segments(p, [code.id])
    assert [r.case for r in rows] == ["Marieke", "David"]
    assert attribute_values(rows) == {"segment": ["Energie", "Webshop"]}
    assert [r.case for r in filter_segments(rows, "segment", "Webshop")] == ["David"]
    assert [r.case for r in filter_segments(rows, coder="Sanne")] == ["Marieke"]
    assert filter_segments(rows, "segment", "Webshop", coder="Sanne") == []
