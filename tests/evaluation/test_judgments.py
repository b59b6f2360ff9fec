"""The judgments measure: scoring rules on hand-made pairs, and the command on the corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.evaluation.judgments import score_pair, similar, split_of, summary

ROOT = Path(__file__).resolve().parents[2]

PAIR = {
    "resume": "resumes/a.pdf", "job": "jobs/j.txt", "levels": ["L4", "L5"],
    "professional_years": [4.0, 5.0], "verdicts": ["apply", "apply"],
    "requirements": [
        {"text": "3+ years of non-internship professional software development experience",
         "kind": "basic", "verdict": "not-met"},
        {"text": "Experience programming with at least one software programming language",
         "kind": "basic", "verdict": "met"},
        {"text": "Experience with SageMaker", "kind": "preferred", "verdict": "not-met"},
    ],
    "good_stories": {"ownership": ["Owned the billing service end to end, cutting failures by 40%."],
                     "dive-deep": ["Traced a memory leak to a cache and fixed it."]},
    "no_evidence": ["frugality", "think-big"],
    "top_risks": [["scope"], ["scope"]],
}


def _report(level: str, met: list[bool], verdicts: list[str | None]) -> dict:
    reqs = [{"id": f"r{i}", "text": t["text"] + "." } for i, t in enumerate(PAIR["requirements"])]
    matches = [{"requirement_id": f"r{i}", "met": m, **({"verdict": v} if v else {})}
               for i, (m, v) in enumerate(zip(met, verdicts, strict=True))]
    bullets = [{"id": "b1", "text": "Owned the billing service end to end, cutting failures by 40%"},
               {"id": "b2", "text": "Traced a memory leak to a cache and fixed it"}]
    return {
        "job": {"requirements": reqs},
        "requirement_matches": matches,
        "fit": {"overall": 60, "level": level, "years": 4.2, "verdict": "apply"},
        "resume": {"bullets": bullets},
        "stories": [{"id": "s1", "bullet_ids": ["b1"], "principles": ["ownership"]},
                    {"id": "s2", "bullet_ids": ["b2"], "principles": ["ownership", "dive-deep"]},
                    {"id": "s3", "bullet_ids": [], "principles": ["earn-trust"]}],
        "questions": [{"text": "q1", "principles": ["dive-deep"], "story_id": "s2"},
                      {"text": "q2", "principles": ["frugality"], "story_id": None},
                      {"text": "q3", "principles": ["ownership"], "story_id": None}],
        "principles": [{"id": "frugality", "strength": "strong"}, {"id": "think-big", "strength": "none"}],
        "risks": [{"title": "Scope"}],
    }


def test_similar_follows_the_readme_rules():
    assert similar("Led a team of 5.", "led a team of 5", 0.85)
    assert similar("Led a team", "Led a team of 5 engineers to ship X", 0.85)  # containment
    assert not similar("Led a team of 5", "Cut cloud costs by 30%", 0.75)
    assert not similar("", "anything", 0.75)


def test_score_pair_counts_each_measure():
    r = score_pair(PAIR, _report("L6", [True, True, False], [None, None, None]))
    assert (r.req_total, r.req_agree, r.basic_unmet, r.basic_false_met) == (3, 2, 1, 1)
    assert r.level_ok is False and r.level_over is True
    # s1 credible for ownership; s2's first principle is ownership, its bullet only dive-deep
    assert (r.stories_scored, r.stories_fit) == (2, 1)
    # q1 credible via dive-deep, q2 no story and no expert story (right), q3 no story but one exists
    assert (r.questions_scored, r.questions_fit) == (3, 2)
    assert r.false_strong == ["frugality"] and r.no_evidence == 2


def test_verdict_field_wins_over_the_boolean():
    # "partly" counts as not met even when the boolean says met; "confirm" falls back to it
    r = score_pair(PAIR, _report("L5", [True, True, False], ["partly", "confirm", "not-met"]))
    assert r.req_agree == 3 and r.basic_false_met == 0
    assert r.level_ok is True and r.level_over is False


def test_summary_and_split_are_stable():
    s = summary([score_pair(PAIR, _report("below-L4", [False, True, False], [None] * 3))])
    assert s["req_acc"] == 1.0 and s["basic_false_met"] == 0.0 and s["level_ok"] == 0.0
    assert s["level_over"] == "0/1" and s["false_strong"] == "1/2"
    assert split_of("resumes/pdf/x.pdf") == split_of("other/x.pdf") in ("a", "b")


def test_eval_judgments_command_on_the_corpus(corpus, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "app", "eval", "judgments", "--corpus", str(corpus),
                           "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    measures = json.loads(proc.stdout)
    assert measures["pairs"] == 30
    for key in ("req_acc", "basic_false_met", "level_ok", "story_fit", "question_fit"):
        assert 0.0 <= measures[key] <= 1.0
    # a judgments file of one's own, with paths relative to --base
    own = tmp_path / "mine.json"
    pairs = json.loads((corpus / "judgments" / "judgments_dev.json").read_text(encoding="utf-8"))[:2]
    own.write_text(json.dumps(pairs), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "app", "eval", "judgments", "--judgments", str(own),
                           "--base", str(corpus), "--json"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["pairs"] == 2


def test_an_experts_or_line_joins_the_line_above_when_the_reader_made_them_one() -> None:
    """A posting that prints "OR Master's degree AND 3+ years" on a line of its own: the
    reader joins it to the line above, the experts judged each way apart. Scored as one
    qualification, met when any way is met; an "OR" line the reader kept apart stays apart."""
    from app.evaluation.judgments import alternatives_joined

    items = [{"text": "Bachelor's degree in Computer Science AND 4+ years of experience",
              "kind": "basic", "verdict": "met"},
             {"text": "OR Ph.D. in a related field AND 1+ year of industry experience",
              "kind": "basic", "verdict": "not-met"},
             {"text": "Experience with Kafka", "kind": "preferred", "verdict": "met"}]
    joined = ["Bachelor's degree in Computer Science AND 4+ years of experience OR Ph.D. in a "
              "related field AND 1+ year of industry experience", "Experience with Kafka"]
    got = alternatives_joined(items, joined)
    assert [(x["verdict"], i) for x, i in got] == [("met", 0), ("met", 1)]
    apart = joined[:1] + ["OR Ph.D. in a related field AND 1+ year of industry experience",
                          "Experience with Kafka"]
    got = alternatives_joined(items, apart)
    assert [(x["verdict"], i) for x, i in got] == [("met", 0), ("not-met", 1), ("met", 2)]


def test_question_fit_kind_forgives_no_story_only_when_no_expert_line_is_of_the_asked_kind(
        knowledge) -> None:
    """A model-in-production question left without a story is a miss for question_fit when the
    experts credit any Ownership line; question_fit_kind also counts it right when none of
    those lines is about a model or a system the person ran (the kit was right to have none)."""
    pair = {**PAIR, "good_stories": {"ownership": [
        "Ran the school's spring fundraiser from start to finish, raising $4k."]}}
    report = _report("L5", [True, True, False], [None] * 3)
    report["questions"] = [{"text": "Tell me about a model you owned in production",
                            "principles": ["ownership", "dive-deep"], "story_id": None,
                            "decode": {"family": "model-production"}}]
    r = score_pair(pair, report, knowledge.decodes)
    assert (r.questions_fit, r.questions_fit_kind) == (0, 1)
    ran = {**PAIR, "good_stories": {"ownership": [
        "Owned the fraud model in production and its weekly retraining."]}}
    r = score_pair(ran, report, knowledge.decodes)
    assert (r.questions_fit, r.questions_fit_kind) == (0, 0)
    assert score_pair(pair, report).questions_fit_kind == 0  # without decodes: as question_fit


def test_a_set_read_as_of_a_month_is_analysed_as_of_it(tmp_path) -> None:
    """A set written as if read in November 2025 is scored with "Present" ending then: the
    month comes from read_as_of.txt beside its judgments, and without one the analysis uses
    today, as the app does."""
    from datetime import date

    from app.evaluation.judgments import READ_AS_OF, _analyze, read_as_of

    labels = tmp_path / "labels"
    labels.mkdir()
    judgments = labels / "judgments_heldout.json"
    assert read_as_of(judgments) is None
    (labels / READ_AS_OF).write_text("2025-11\n", encoding="utf-8")
    assert read_as_of(judgments) == date(2025, 11, 15)
    resume = tmp_path / "r.txt"
    resume.write_text("Ada Quill\nada@example.com\n\nEXPERIENCE\nSoftware Engineer | Kestrel Labs | "
                      "Nov 2020 - Present\n- Built the billing API in Go for 2M customers.\n",
                      encoding="utf-8")
    job = tmp_path / "j.txt"
    job.write_text("Software Engineer, Billing Platform\nAcme Payments\n\nAbout the role\nYou will "
                   "build and run the services that bill two million customers every month, with a "
                   "small team that owns them end to end.\n\nRequirements\n- 3+ years of "
                   "professional software development\n- Experience building REST APIs in Go or "
                   "Java\n- Experience with PostgreSQL\n", encoding="utf-8")
    from app.knowledge import load_knowledge

    knowledge = load_knowledge()
    then = _analyze(resume, job, knowledge, date(2025, 11, 15))["fit"]["professional_years"]
    later = _analyze(resume, job, knowledge, date(2026, 11, 15))["fit"]["professional_years"]
    assert (then, later) == (5.0, 6.0)
