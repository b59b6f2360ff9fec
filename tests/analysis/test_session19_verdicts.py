"""Verdict rules measured across held-back sets 2-29, each on invented resumes and postings.

- A role one level above where the resume reads is a stretch, not apply: the labellers, reading
  the same level as the tool, called such pairs a stretch (or not yet) in 11 of 12.
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

AMAZON_MLE_III = """
Machine Learning Engineer III, Delivery Promise
Amazon.com Services LLC · Seattle, WA · Job ID: 3391177

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- 5+ years of experience building machine learning models for business applications
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
- Experience with Amazon SageMaker
"""

ENGINEER = """
Tomás Ulloa Brandt
tomas.ulloa@example.com

EXPERIENCE
Machine Learning Engineer, Pallet & Pine Logistics
{start} - Present
- Trained delivery-time models (LightGBM, PyTorch) in Python and deployed them on Amazon SageMaker endpoints.
- Built the feature pipeline in Spark that feeds the models every hour.
- Cut the late-delivery estimate error by 18% across 40 warehouses.

EDUCATION
M.S. Computer Science, University of Valparaíso, 2018
"""


def test_a_role_a_level_above_the_resume_is_a_stretch(tmp_path: Path) -> None:
    """Six years of ML engineering on one team reads as L5; an L6 posting is a stretch, and the
    reason names the level. Ten years with the same work reads at the posting's level and is
    not held back by it."""
    mid = judge(tmp_path, ENGINEER.format(start="Jan 2020"), AMAZON_MLE_III, "mid")
    assert mid.level == "L5", mid.report.fit.level_reason
    assert mid.verdict == "stretch", mid.report.fit
    assert "below the posting's L6" in mid.report.fit.verdict_reason
    senior = judge(tmp_path, ENGINEER.format(start="Jan 2016").replace(
        "Machine Learning Engineer,", "Senior Machine Learning Engineer,").replace(
        "- Built the feature", "- Lead a team of 4 ML engineers; our delivery-time platform is used by 5 teams across the company.\n- Built the feature"),
        AMAZON_MLE_III, "senior")
    assert senior.level == "L6", senior.report.fit.level_reason
    assert "below the posting" not in senior.report.fit.verdict_reason
    assert senior.verdict in ("apply", "strong"), senior.report.fit
