"""The analysis building blocks on small, exact inputs: dates, apportioning, metrics,
stories from words alone, risks named when the evidence is missing."""

from __future__ import annotations

import re

from app.analysis.dates import span as role_span
from app.analysis.numbers import metrics_in, numbers_to_remember
from app.analysis.pipeline import analyze
from app.analysis.stories import split_action_result
from app.analysis.text import apportion
from app.models.report import PLACEHOLDER_PREFIX
from app.models.resume import (
    Bullet,
    JobDescription,
    Requirement,
    Resume,
    Role,
    Section,
    SourceInfo,
)


def test_role_dates() -> None:
    present = 2024 * 12 + 5
    assert role_span("2018 – 2021", present) == (2018 * 12, 2021 * 12)
    assert role_span("Jan 2019 - Mar 2021", present) == (2019 * 12, 2021 * 12 + 3)  # through March
    assert role_span("06/2019 – 08/2020", present) == (2019 * 12 + 5, 2020 * 12 + 8)
    assert role_span("Sept. 2022 – Present", present) == (2022 * 12 + 8, present)
    assert role_span("", present) is None and role_span("Remote", present) is None
    start, end = role_span("Jan 2020 – Dec 2020", present)
    assert end - start == 12  # a calendar year worked through its last month


def test_apportion_adds_up_exactly() -> None:
    for raw, total in (([1, 1, 1], 100), ([3, 0, 2.5, 0.1], 57), ([0.2], 7), ([0, 0], 0)):
        parts = apportion(raw, total)
        assert round(sum(parts), 6) == total
        assert all(p >= 0 for p in parts)


def test_metrics_are_exact_slices() -> None:
    b = Bullet("b1", "Cut p99 latency by 40% and saved $1.2M a year, serving 3M users across 12 "
               "countries since 2019.", "Experience")
    found = [m.text for m in metrics_in(b)]
    assert "40%" in found and "$1.2M" in found and "3M users" in found
    assert not any("2019" in m for m in found)
    for line in numbers_to_remember([b]):
        assert line in b.text


def test_action_and_result_keep_the_bullets_words() -> None:
    action, result = split_action_result(
        "Rebuilt the ranking pipeline in Spark, reducing training time by 35%")
    assert action == "Rebuilt the ranking pipeline in Spark"
    assert result.startswith("Reducing training time by 35%")
    action, result = split_action_result("Wrote the onboarding guide for new engineers")
    assert action and not result


def _resume(bullets: list[str]) -> Resume:
    return Resume(
        SourceInfo("synthetic.txt", "txt"),
        sections=(Section("Experience", "experience"),),
        roles=(Role("Software Engineer", "Initech", "2016 – 2023", "Experience"),),
        bullets=tuple(Bullet(f"b{i}", t, "Experience", 0) for i, t in enumerate(bullets)),
        text="Experience\nSoftware Engineer, Initech, 2016 – 2023\n" + "\n".join(bullets),
    )


def _ml_job() -> JobDescription:
    reqs = (
        Requirement("r1", "3+ years of experience building machine learning models in production",
                    "basic", ("Machine Learning",), 3.0),
        Requirement("r2", "Experience with PyTorch or TensorFlow", "basic",
                    ("PyTorch", "TensorFlow")),
        Requirement("r3", "Own model deployment, monitoring and retraining for customer-facing "
                    "ranking", "responsibility", ()),
    )
    text = ("Machine Learning Engineer. You will own ranking models in production for our "
            "customers, with monitoring and retraining. " + " ".join(r.text for r in reqs))
    return JobDescription(SourceInfo("job.txt", "txt"), "Machine Learning Engineer", "Amazon",
                          {"years_min": 3}, reqs, ("Machine Learning", "PyTorch"), text)


def test_missing_evidence_becomes_named_risks(knowledge) -> None:
    resume = _resume([
        "Wrote internal reporting scripts in Python for the finance team",
        "Migrated the build system from Make to Bazel",
        "Refactored the billing service into three modules",
    ])
    report = analyze(resume, _ml_job(), knowledge)
    ids = [r.id for r in report.risks]
    assert len(ids) == 3
    assert "no-production" in ids or "no-ml-depth" in ids
    every = {r.id for r in report.risks} | {g.target for g in report.gap_scripts}
    assert {"no-customer", "no-mentoring", "no-production"} & every
    drafted = [s for s in report.stories if s.kind == "drafted"]
    assert len(drafted) <= 3  # never drafted beyond the usable bullets: the rest are frames
    assert all(not s.bullet_ids for s in report.stories if s.kind == "frame")
    for s in drafted:
        assert s.result.startswith(PLACEHOLDER_PREFIX)  # no metric in any bullet
        assert not re.search(r"\d", s.action)


def test_customer_and_production_evidence_removes_those_risks(knowledge) -> None:
    resume = _resume([
        "Deployed a PyTorch ranking model to production serving 5M customers, monitored drift "
        "and retrained it weekly, improving click-through by 12%",
        "Ran A/B experiments with the customer support team to cut complaint tickets by 30%",
        "Mentored 3 junior engineers through their first model launches",
        "Led the redesign of the feature pipeline, reducing training cost by 40%",
    ])
    report = analyze(resume, _ml_job(), knowledge)
    ids = {r.id for r in report.risks}
    assert "no-production" not in ids and "no-ml-depth" not in ids
    assert "no-mentoring" not in ids
    assert report.fit.experience >= 60
    assert any("12%" in n for n in report.numbers_to_remember)


def test_repeated_bullets_and_odd_roles_do_not_break_the_report(knowledge) -> None:
    text = "Deployed a fraud model to production, cutting chargebacks by 18%"
    resume = Resume(
        SourceInfo("odd.txt", "txt"),
        sections=(Section("Experience", "experience"),),
        roles=(Role("", "", "", "Experience"),),
        bullets=(Bullet("bsame", text, "Experience", 0), Bullet("bsame", text, "Experience", 7),
                 Bullet("bx", "x", "Nowhere", None)),
        text=text,
    )
    report = analyze(resume, _ml_job(), knowledge)
    for rating in report.principles:
        assert len(rating.evidence) == len(set(rating.evidence))
    assert len({s.id for s in report.stories}) == len(report.stories)
    assert len(report.risks) == 3 and len(report.questions) == 12


def test_a_measured_clause_after_the_action_is_the_result() -> None:
    """'Built the churn forecast; MAPE 31% to 22%' states its result: the STAR's Result is that
    clause (no '[Add: the measurable result]'), the Action the work before it, in the line's
    own words; a clause that gives no change stays in the action."""
    cases = {
        "Built the weekly churn forecast in LightGBM; MAPE 31% to 22%.":
            ("Built the weekly churn forecast in LightGBM", "MAPE 31% to 22%."),
        "Moved the nightly batch scoring to Ray (EKS, spot); compute cost down 41% while volume doubled.":
            ("Moved the nightly batch scoring to Ray (EKS, spot)",
             "Compute cost down 41% while volume doubled."),
        "Automated the release checks in Python, release time 2 days → 3 hours.":
            ("Automated the release checks in Python", "Release time 2 days → 3 hours."),
    }
    for line, (action, result) in cases.items():
        assert split_action_result(line) == (action, result), line
    kept = "Wrote Java services for 3 clients, on-call 1 week in 4"
    assert split_action_result(kept) == (kept, "")


def test_a_lines_own_change_is_probed_as_a_change_and_a_size_as_a_size(knowledge) -> None:
    from app.analysis.stories import _probes

    both = Bullet("b1", "Built the weekly churn forecast in LightGBM; MAPE 31% to 22%.",
                  "Experience", 0)
    probes = _probes(both, (), knowledge)
    assert any("from '31%' to '22%'" in p for p in probes)
    assert not any("starting point before '31%'" in p for p in probes)
    size = Bullet("b2", "Lead the ML platform team of 9 engineers across two sites",
                  "Experience", 0)
    assert not any("starting point before" in p for p in _probes(size, (), knowledge))


def test_a_result_gerund_becomes_a_sentence_and_a_stated_start_is_the_situation() -> None:
    """'..., cutting its weekly preparation from six hours to forty minutes' gave the Result
    'Cutting its weekly preparation ...' (a fragment) and the Situation 'Its weekly preparation
    was higher than it needed to be'; a coach writes where it started and what the work did."""
    from app.analysis.star import draft_star

    star = draft_star("Led the move of the claims report from Excel to Python, cutting its weekly "
                      "preparation from six hours to forty minutes", "As Analyst at Orrin (2022)",
                      False, False)
    assert star.result == "This cut its weekly preparation from six hours to forty minutes."
    assert "The weekly preparation stood at six hours." in star.situation
    star = draft_star("Rebuilt the scoring job in Go, speeding up nightly runs by 4x",
                      "As Engineer at Orrin (2022)", False, False)
    assert star.result == "This sped up nightly runs by 4x."
    # no stated start: the problem in the line's words, as before
    star = draft_star("Tuned the pool settings, reducing checkout latency by 30%", "", False, False)
    assert "Checkout latency was higher than it needed to be." in star.situation
    assert star.result == "This reduced checkout latency by 30%."
