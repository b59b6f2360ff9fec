"""Misfires a reviewer confirmed on today's rules, each on an invented input: a title's tail
that is no team ('Early Career', 'Multiple Locations'), a job board's or an agency's footer and
a capitalised title taken as the company, an employer before a country dropped as a place, a
'Machine Learning Developer' read as a developer of something else, a degree read as a venue,
a training budget read as pay, a student with no years told that her 'other years' are of
other work."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text
from app.reading.posting_text import pay_range
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

BODY = """
About the role
You will build and run the data services behind our products for millions of customers.

Basic Qualifications
- 3+ years of non-internship professional software development experience
- Experience with Python or Java
"""


@pytest.mark.parametrize(("head", "team"), [
    ("Software Engineer, Early Career\nGoogle\n", ""),
    ("Applied Scientist II, Multiple Locations\nJob ID: 2901234 | Amazon.com Services LLC\n", ""),
    ("Software Engineer, Ads Ranking\nGoogle\nThe Ads Ranking team ranks every ad we show.\n",
     "Ads Ranking"),
])
def test_a_title_tail_is_a_team_only_when_it_names_one(head: str, team: str) -> None:
    assert read_job_text(head + BODY, load_knowledge()).team == team


def test_a_footer_or_a_title_in_capitals_is_no_company() -> None:
    k = load_knowledge()
    board = read_job_text("Data Engineer\n" + BODY + "\nLinkedIn Corporation © 2026\n", k)
    assert board.company != "LinkedIn"
    caps = read_job_text("SENIOR DATA ENGINEER (B2B)\n" + BODY, k)
    assert caps.company != "Senior Data Engineer"


@pytest.mark.parametrize(("line", "org"), [
    ("Backend Engineer, Andela, Nigeria", "Andela"),
    ("Machine Learning Engineer, Siemens (Germany)", "Siemens"),
    ("Computer Vision Engineer, Vetreria Lombarda S.r.l., Brescia (Italia)",
     "Vetreria Lombarda S.r.l."),
])
def test_an_employer_before_its_country_stays(tmp_path: Path, line: str, org: str) -> None:
    p = tmp_path / "cv.txt"
    p.write_text(f"Ama Boateng\nama@example.com\n\nEXPERIENCE\n{line}    Sep 2019 – Present\n"
                 "- Built the payments API in Go for 2 million users.\n", encoding="utf-8")
    assert read_resume(p).roles[0].organization == org


def test_a_machine_learning_developer_builds_software(tmp_path: Path) -> None:
    resume = """
Ravi Menon
ravi@example.com

EXPERIENCE
Machine Learning Developer | Quillbridge Analytics | Jan 2019 - Present
- Built the fraud-scoring service in Python and FastAPI used by 40 banks.
"""
    j = judge(tmp_path, resume, "Machine Learning Engineer\nHarrowgate\n" + BODY)
    assert j.of("3+ years of non-internship") == "met", j.why("3+ years of non-internship")


def test_a_degree_is_no_venue(tmp_path: Path) -> None:
    resume = """
Ines Duarte
ines@example.com

EXPERIENCE
Research Scientist | Calloway Labs | Jan 2021 - Present
- Built the protein-structure model used by 3 teams.

EDUCATION
PhD Computer Science, Lisbon Institute of Technology, 2020
"""
    posting = ("Applied Scientist\nQuillon Labs\n\nRequirements\n- PhD in computer science\n\n"
               "Preferred\n- Publications from your PhD work at ICML, NeurIPS or similar venues\n")
    j = judge(tmp_path, resume, posting)
    assert "a venue the posting names" not in j.why("Publications from your PhD")


def test_a_budget_or_a_bonus_is_no_pay() -> None:
    assert pay_range("Budget: 1.000 - 2.000 € per month for training") == ""
    assert pay_range("Relocation bonus of 5 000 - 10 000 PLN") == ""
    assert pay_range("RAL 45.000 – 58.000 € lordi annui") == "RAL 45.000 – 58.000 € lordi annui"


def test_a_student_with_no_years_is_told_the_years_asked(tmp_path: Path) -> None:
    resume = """
Mei Lin Okafor
mei@example.com

EXPERIENCE
Software Engineering Intern | Calloway Systems | Jun 2025 - Aug 2025
- Built a Java API that exports training logs for 300 customers.

EDUCATION
B.S. Computer Science, Orrin State University, expected May 2027
"""
    j = judge(tmp_path, resume, "Software Development Engineer\nHarrowgate\n" + BODY)
    ids = [r.id for r in j.report.risks]
    assert "years-none" not in ids, ids
