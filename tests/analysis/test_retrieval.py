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


def test_participant_filter_and_citation(sample_project):
    from workbench.analysis.retrieval import citation, filter_segments, participants, segments

    p = sample_project
    rows = segments(p, [p.code_by_path("Pijnpunten").id, p.code_by_path("Waarden").id])
    assert participants(rows) == ["Marieke"]
    assert filter_segments(rows, case="David") == []
    assert len(filter_segments(rows, case="Marieke")) == 2
    quote = next(r for r in rows if r.text == "Eerlijkheid")
    assert citation(quote) == f"“Eerlijkheid” (Marieke — marieke, {quote.start}–{quote.end})"


def test_segment_text_is_exact_within_and_across_turns(sample_project):
    from workbench.analysis.retrieval import segments
    from workbench.core.commands import AddCoding

    p = sample_project
    doc = p.document_by_name("marieke")
    start = doc.text.index("niemand wist")
    end = doc.text.index("Wat betekent") + 3  # runs into the next turn
    AddCoding(doc.id, p.code_by_path("Emoties").id, start, end).apply(p)
    rows = {(r.start, r.end): r for r in segments(p, [p.code_by_path("Emoties").id])}
    assert rows[(start, end)].text == doc.text[start:end]
    assert rows[(start, end)].speaker == "Marieke"
