"""The years risk speaks of the years its line counted: a data scientist with five years of
modelling and no software-development role has none of "3+ years of professional software
development", which is the risk a screen stops on (it used to stay silent, because five years
of other work is more than three); a candidate with some such years is told how many short."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer
Harrowgate Logistics

Basic Qualifications
- 3+ years of non-internship professional software development experience
- Experience with Python

Preferred Qualifications
- Experience with Kubernetes
"""

SCIENTIST = """
Ilse Marrowby
ilse.marrowby@example.net

EXPERIENCE
Senior Data Scientist, Quillhaven Mutual, Jan 2021 - Present
- Built claim-severity models in Python and scikit-learn that cut reserve error 12%.
- Ran pricing experiments in four regions and presented them to the actuarial committee.
Data Scientist, Pellucid Clinics, Jun 2019 - Dec 2020
- Designed a readmission-risk model in R that three hospital partners used.
"""

ENGINEER_LATE = """
Tomas Ferrabee
tomas.ferrabee@example.net

EXPERIENCE
Software Engineer, Quillhaven Mutual, Jan 2025 - Present
- Built the claims intake service in Python and Go that handles 40,000 claims a day.
Data Scientist, Pellucid Clinics, Jun 2019 - Dec 2024
- Designed a readmission-risk model in R that three hospital partners used.
"""


def test_no_years_of_the_asked_work_is_its_own_risk(tmp_path: Path) -> None:
    j = judge(tmp_path, SCIENTIST, POSTING)
    line = next(m for m in j.report.requirement_matches if m.verdict == "not-met"
                and m.years is not None)
    assert line.years == 0
    risks = {r.id: r for r in j.report.risks}
    assert "years-none" in risks, list(risks)
    assert "years-below" not in risks
    none = risks["years-none"]
    assert none.title == ("None of your years count yet for: 3+ years of non-internship "
                          "professional software development experience"), none.title
    assert "no full-time professional software development" in none.why, none.why


def test_some_years_of_the_asked_work_are_counted_short(tmp_path: Path) -> None:
    j = judge(tmp_path, ENGINEER_LATE, POSTING)
    risks = {r.id: r for r in j.report.risks}
    assert "years-below" in risks and "years-none" not in risks, list(risks)
    assert "about 1.4 years of professional software development against the 3+ asked" in \
        risks["years-below"].why, risks["years-below"].why
