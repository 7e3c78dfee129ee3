"""FTS5 search folds accents and case, returns exact code-point offsets."""

from workbench.store.search import fts_query


def test_accent_and_case_folding(sample_project):
    hits = sample_project.search("CAFE")
    assert [h.document for h in hits] == ["marieke"]
    doc = sample_project.document_by_name("marieke")
    assert doc.text[hits[0].start:hits[0].end] == "Café"


def test_offsets_after_emoji(sample_project):
    doc = sample_project.document_by_name("marieke")
    (hit,) = sample_project.search("niemand")
    assert doc.text[hit.start:hit.end] == "niemand"
    assert "😤" in doc.text[:hit.start]


def test_phrase_prefix_and_no_match(sample_project):
    assert len(sample_project.search('"drie keer"')) == 1
    assert sample_project.search("doorverb*")[0].document == "marieke"
    assert sample_project.search("zzzqqq") == []
    assert sample_project.search("  ") == []


def test_hostile_query_syntax_is_quoted():
    match, _ = fts_query('NEAR( "unbalanced AND OR *')
    assert match.count('"') % 2 == 0


def test_letters_the_tokenizer_keeps_are_found_and_located(empty_project):
    from workbench.core.commands import AddDocument

    text = "Jan Strauß zei: de ﬁets kwam niet, bij Coolblue gaat dat beter. 김치 😀 café"
    AddDocument("x", text, [], "nl").apply(empty_project)
    for query, expected in [("Strauß", "Strauß"), ("coolblue", "Coolblue"), ("CAFÉ", "café"),
                            ("cafe", "café"), ("김치", "김치"), ('"bij coolbl"*', "bij Coolblue")]:
        (hit,) = empty_project.search(query)
        assert text[hit.start:hit.end] == expected, query
