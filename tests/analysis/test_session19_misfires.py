"""Requirement misfires found across held-back sets 2-29, each on invented resumes and postings.

- A skill the skills list marks as a beginner's stays partly met when a course is named for it
  ("Python for Everybody (Coursera)"): a course is study, not use at a higher level.
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

AMAZON_MLE = """
Machine Learning Engineer II, Catalog Quality
Amazon

BASIC QUALIFICATIONS
- Experience programming with at least one of Python, Java, Scala or C++
- 3+ years of non-internship professional software development experience
"""

ANALYST = """
Marisol Ochoa Villalba
marisol.ochoa@example.com

SUMMARY
Operations analyst for seven years; now learning Python to work closer to our forecasting team.

EXPERIENCE
Operations Analyst, Tiendas Brisa
Jan 2019 - Present
- Built weekly Looker dashboards that 12 store managers use to plan staffing.
- Cleaned sales data in Google Sheets and BigQuery for the monthly review.

COURSES
- {course}, 2024

SKILLS
Tools: SQL (BigQuery), Looker, Google Sheets, Python (beginner), Jira
"""


def test_a_course_named_for_a_skill_does_not_lift_a_beginner_mark(tmp_path: Path) -> None:
    named = judge(tmp_path, ANALYST.format(course="Python for Everybody (Coursera)"),
                  AMAZON_MLE, "named")
    assert named.of("Experience programming with") == "partly", named.why(
        "Experience programming with")
    assert "beginner" in named.why("Experience programming with") or "basic" in named.why(
        "Experience programming with")
    # the same with a course on something else: the same answer
    other = judge(tmp_path, ANALYST.format(course="Google Data Analytics Certificate"),
                  AMAZON_MLE, "other")
    assert other.of("Experience programming with") == "partly"
    # and a Python line in the work itself, unmarked, is use: met
    used = judge(tmp_path, ANALYST.format(course="Python for Everybody (Coursera)").replace(
        "- Cleaned sales data", "- Wrote Python scripts (pandas) that reconcile 40 store feeds "
        "every night.\n- Cleaned sales data"), AMAZON_MLE, "used")
    assert used.of("Experience programming with") == "met"
