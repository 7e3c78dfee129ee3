"""Segments for code-all-hits: unit, roles, labels, duplicates."""

import pytest

from workbench.nlp.hit_units import plan_hit_segments


def spans(project, plan):
    return [project.document(d).text[s:e] for d, s, e in plan.segments]


def test_units_and_respondent_filter(sample_project):
    p = sample_project
    hits = p.search("het")
    plan = plan_hit_segments(p, hits, "hit", respondents_only=True)
    assert spans(p, plan) == ["het", "het"] and plan.skipped_roles == 1
    plan = plan_hit_segments(p, hits, "hit", respondents_only=False)
    assert len(plan.segments) == 3 and plan.skipped_roles == 0
    plan = plan_hit_segments(p, p.search("vertrouwen"), "turn")
    assert spans(p, plan) == ["Dat ik ze kan vertrouwen. Eerlijkheid, daar gaat het om. Café-niveau service, hè."]
    assert plan.documents == 1


def test_two_hits_in_one_sentence_give_one_segment(sample_project):
    p = sample_project
    hits = p.search("vertrouwen") + p.search("kan")
    plan = plan_hit_segments(p, hits, "sentence")
    assert spans(p, plan) == ["Dat ik ze kan vertrouwen."]


def test_a_hit_on_the_speaker_label_is_skipped(sample_project):
    plan = plan_hit_segments(sample_project, sample_project.search("David"), "sentence")
    assert plan.segments == [] and plan.skipped_labels == 1


def test_unknown_unit_is_refused(sample_project):
    with pytest.raises(ValueError):
        plan_hit_segments(sample_project, [], "paragraph")
