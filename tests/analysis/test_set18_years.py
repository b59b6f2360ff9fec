"""Years the eighteenth set's experts counted differently, on invented resumes: a role shared
between engineering and teaching is not full-time engineering, and an ML ladder's years are
described as what they are (engineering or science work), not as ML engineering."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

MLE = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language
"""


def _resume(second_title: str) -> str:
    return f"""
        Marisol Quenneville
        marisol.q@example.org

        EXPERIENCE
        Junior Software Developer, Tallowmere Logistics, Columbus OH    May 2025 - Present
        - Built REST endpoints in Node.js and PostgreSQL for the carrier portal.
        - Added Playwright tests for the booking flow.

        {second_title}, Self-employed, Columbus OH    Jul 2023 - Apr 2025
        - Built and maintained 5 websites for local shops (Next.js, Shopify).
        - Taught evening coding classes to 20 adult learners.
        """


def test_a_role_shared_with_teaching_is_not_full_time_engineering(tmp_path: Path) -> None:
    shared = judge(tmp_path, _resume("Freelance Web Developer & Coding Instructor"), MLE,
                   name="shared")
    whole = judge(tmp_path, _resume("Freelance Web Developer"), MLE, name="whole")
    lead = judge(tmp_path, _resume("Web Developer & Team Lead"), MLE, name="lead")
    assert shared.years is not None and whole.years is not None and lead.years is not None
    assert whole.years - shared.years >= 1.5, (whole.years, shared.years)
    assert lead.years == whole.years  # a lead is no second job
    ask = "3+ years of non-internship"
    assert shared.of(ask) != "met", shared.why(ask)
    reason = shared.report.fit.level_reason
    assert "ML engineering" not in reason and "engineering or science work" in reason, reason


ANALYST = """
    Mirren Ashcombe
    mirren@example.org

    EXPERIENCE
    Senior Data Analyst, Harrowgate Mutual, Canberra    Aug 2022 - Present
    - Own the member retention dashboards in Tableau (14 dashboards, 220 weekly users).
    - Built a churn prediction model in a Python notebook (logistic regression, AUC 0.74).
    - Wrote 60+ SQL views in Snowflake for the claims subject area.
    - Trained 25 staff on self-service Tableau.

    EDUCATION
    Bachelor of Commerce (Business Analytics), University of the Western Plains, 2018
    """


def test_an_analysts_notebook_model_and_sql_views_are_analysis(tmp_path: Path) -> None:
    """A senior data analyst with one churn model in a notebook, SQL views and a Tableau
    training was read as 2 years of applied science (then of data engineering): 'Trained 25
    staff on self-service Tableau' counted as building a system ('trained' a model, a
    'service'). Both experts: no engineering or science years, below L4 for an ML engineer."""
    from app.analysis.experience import builds_software

    assert not builds_software("Trained 25 staff on self-service Tableau.")
    assert builds_software("Trained a gradient-boosted model for the churn service.")
    j = judge(tmp_path, ANALYST, MLE, name="analyst")
    assert j.report.fit.level == "below-L4", j.report.fit.level_reason
    assert "analyst" in j.report.fit.years_reason, j.report.fit.years_reason
