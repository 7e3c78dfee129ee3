from workbench.analysis.dataset import load
from workbench.analysis.quotes import cooccurring_quotes, quotes, quotes_of, telling_quotes, timestamp


def test_quotes_carry_participant_and_kind(handmade):
    p, _ = handmade
    rows = quotes(p)
    assert len(rows) == 7
    first = rows[0]
    assert (first.document, first.case, first.kind, first.text) == ("d1", "Ann", "pain_point", "Ik wacht lang.")
    assert first.attributes == {"segment": "A", "interview_date": "2026-01-03"}


def test_quotes_of_code_and_participant(handmade):
    p, ids = handmade
    data = load(p)
    bob = next(k for k in data.participants if data.participant_name(k) == "Bob")
    assert [q.text for q in quotes_of(data, [ids["Pijn"]], [bob])] == ["Ik wacht lang.", "wacht lang"]
    assert len(quotes_of(data, [ids["Pijn"]])) == 5


def test_cooccurring_quotes(handmade):
    p, ids = handmade
    rows = cooccurring_quotes(p, ids["Pijn"], ids["Wachten"])
    assert sorted(q.text for q in rows) == ["Ik wacht lang.", "wacht lang"]
    rows = cooccurring_quotes(p, ids["Kosten"], ids["Eerlijk"], "turn")
    assert sorted(q.document for q in rows) == ["d1", "d1"]


def test_telling_quotes_prefer_different_people(handmade):
    p, ids = handmade
    rows = quotes_of(p, [ids["Pijn"]])
    picked = telling_quotes(rows)
    assert len(picked) == 3 and len({q.case for q in picked}) == 3
    assert timestamp(None) == "" and timestamp(65_000) == "1:05" and timestamp(3_725_000) == "1:02:05"
