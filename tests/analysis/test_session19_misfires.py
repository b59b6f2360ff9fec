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


DEGREE_POSTING = """
Data Scientist, Forecasting
Morava Rail Analytics s.r.o.

Requirements
- Master's degree in computer science, mathematics or a related field
- 2+ years of experience building forecasting models in Python
"""

CZECH_ENGINEER = """
Lenka Horáková
lenka.horakova@example.com

EXPERIENCE
Data Scientist, Brněnské Dopravní Služby a.s.
Mar 2021 - Present
- Built demand forecasting models in Python (LightGBM) for 60 tram lines.

EDUCATION
{degree}, Vysoké učení technické v Brně, 2014 – 2016
"""


def test_central_european_degree_titles_are_read_at_their_level(tmp_path: Path) -> None:
    """The engineer's title 'Ing.' (Czechia, Slovakia, Austria, Romania) is a master's, and
    the fields are read in Czech and Polish ('Informatika', 'matematika', 'informatyki');
    'Bc.' stays a bachelor's."""
    for degree in ("Ing. Informatika", "Ing. Aplikovaná matematika",
                   "Magister inżynier informatyki"):
        judged = judge(tmp_path, CZECH_ENGINEER.format(degree=degree), DEGREE_POSTING, "ing")
        assert judged.of("Master's degree") == "met", (degree, judged.why("Master's degree"))
    bachelor = judge(tmp_path, CZECH_ENGINEER.format(degree="Bc. Informatika"), DEGREE_POSTING,
                     "bc")
    assert bachelor.of("Master's degree") != "met", bachelor.why("Master's degree")
