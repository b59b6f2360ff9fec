"""Strong beside one basic qualification the resume does not show: the experts of sets 1-18
called 5 of the 6 such pairs strong (every other basic line shown, the years asked and more);
the gap stays the first risk. Two basic lines not shown keep the verdict at apply."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Machine Learning Engineer
Harrowgate Lending Ltd

Basic qualifications
- 5+ years of experience building machine learning models in Python
- Experience deploying models to production on AWS
- Strong SQL
- Experience with Spark or a similar distributed data tool
- Experience with PyTorch
- Experience running A/B tests
- Experience with {gap}

Preferred qualifications
- Experience with gradient boosting (LightGBM or XGBoost)
"""

RESUME = """
    Marisol Quennell-Vaughan
    marisol.qv@example.org

    EXPERIENCE
    Senior Machine Learning Engineer, Petherick Bank, London    Jan 2021 - Present
    - Built and deployed the credit-limit model (LightGBM, Python) on AWS SageMaker endpoints;
      it scores 3 million accounts a month.
    - Ran 6 A/B tests of the new limits with the risk team; the winner cut charge-offs 9%.
    - Rewrote the feature pipelines in Spark and SQL, cutting the nightly run from 5 h to 40 min.
    Machine Learning Engineer, Coldharbour Insurance, Leeds    Mar 2017 - Dec 2020
    - Trained a PyTorch claims-triage model used on 40,000 claims a year.
    - Deployed the fraud model as a Python service on AWS Lambda with daily monitoring.

    EDUCATION
    M.Sc. Computer Science, University of Fenmarsh, 2016
    """


def test_one_basic_gap_can_still_be_strong_two_cannot(tmp_path: Path) -> None:
    one = judge(tmp_path, RESUME, POSTING.format(gap="Kubernetes"), name="one")
    assert one.of("Experience with Kubernetes") == "not-met", one.why("Experience with Kubernetes")
    assert one.verdict == "strong", one.report
    two = judge(tmp_path, RESUME, POSTING.format(gap="Kubernetes\n- Experience with Scala"),
                name="two")  # 6 of 8 basic lines: the share alone would say strong
    assert two.of("Experience with Scala") == "not-met", two.why("Experience with Scala")
    assert two.verdict == "apply", two.report


def test_a_gap_that_screens_out_keeps_apply(tmp_path: Path) -> None:
    """One gap, but managing people or a working language the resume is silent on: a
    screen-out, so never strong; a working language missing from the resume's own languages
    list is not yet (the labellers of sets 13, 14, 16, 17 and 21: 9 of 10 verdicts)."""
    listed = RESUME.replace("    EDUCATION", "    LANGUAGES\n    English (native), Spanish (C1)\n\n"
                            "    EDUCATION")
    for gap, resume, want in (
            ("Business-level Japanese (JLPT N2 or above)", RESUME, "apply"),
            ("Business-level Japanese (JLPT N2 or above)", listed, "not-yet"),
            ("Experience managing people (3+ direct reports)", RESUME, "apply")):
        posting = POSTING.format(gap="Kubernetes").replace("- Experience with Kubernetes",
                                                           f"- {gap}")
        got = judge(tmp_path, resume, posting, name=f"{gap[:8]}{len(resume)}".replace(" ", "_"))
        assert got.verdict == want, (gap, got.verdict)
