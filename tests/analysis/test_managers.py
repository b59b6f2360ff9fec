"""A manager's resume read as a recruiter reads it: "Director, Machine Learning Engineering"
and "Senior Manager, Data & ML Engineering" are engineering leadership (a sales director of
AI solutions is not); hiring and growing a team of engineers meets "recruiting, hiring,
mentoring and managing teams of software engineers"; partnering with product leaders is
partnering with product teams."""

from __future__ import annotations

from pathlib import Path

from app.analysis.experience import ENG_LEAD
from tests.analysis.judge_helpers import judge

POSTING = """
Software Development Manager, Risk ML Platform
Amazon

BASIC QUALIFICATIONS
- 3+ years of engineering team management experience
- 7+ years of working directly within engineering teams experience
- Experience in recruiting, hiring, mentoring/coaching and managing teams of Software Engineers

PREFERRED QUALIFICATIONS
- Experience partnering with product or program management teams
"""

RESUME = """
Marguerite Okafor-Lindqvist
m.okafor.l@example.com

EXPERIENCE
Director, Machine Learning Engineering | Harrowgate Mutual | Jan 2020 – Present
- Grew the ML engineering organization from 5 to 24 engineers in three teams.
- Hired 14 engineers and 2 managers; wrote the ML engineer career ladder.
- Partner with the product VPs and the Chief Data Officer on a shared roadmap.
Senior Manager, Data & ML Engineering | Harrowgate Mutual | Jan 2017 – Dec 2019
- Delivered the claims data pipeline (Kinesis, Spark) behind the usage-based product.
Software Engineer | Brindle Logistics | Jan 2009 – Dec 2016
- Java and Oracle back end for a logistics ERP.

EDUCATION
B.S. Computer Science, Pellham University, 2008
"""


def test_engineering_leadership_titles() -> None:
    assert ENG_LEAD.search("Director, Machine Learning Engineering")
    assert ENG_LEAD.search("Senior Manager, Data & ML Engineering")
    assert not ENG_LEAD.search("Sales Director, AI Solutions")
    assert not ENG_LEAD.search("Manager, Data Analytics")


def test_a_director_who_hired_and_grew_teams(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("3+ years of engineering team management") == "met"
    assert j.of("7+ years of working directly") == "met"
    assert j.of("Experience in recruiting, hiring") == "met", j.why("Experience in recruiting")
    assert j.of("Experience partnering with product") == "met", j.why("Experience partnering")
