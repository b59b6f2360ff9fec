"""A team's size said the way senior resumes say it: "Hired 9 of the 12 engineers on the team",
"Practice lead for 11 architects", "Technical lead for the graph compiler (12 engineers across
compiler and runtime)". None was read as scope beyond one team, so a principal engineer of 14
years read as L5 (set 9: both experts L6)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.level import team_scope
from tests.analysis.judge_helpers import judge


def test_team_sizes_in_senior_phrasing() -> None:
    for line in ("Hired 9 of the 12 engineers on the team and wrote the interview loop.",
                 "Practice lead for 11 architects; hiring, reviews and certification plans.",
                 "Technical lead for the storage engine of the query service (8 engineers "
                 "across storage and replication)."):
        assert team_scope(line), line
    for line in ("Lead for 3 years of the billing service's on-call rotation.",
                 "Mentored 2 junior engineers through their first launches.",
                 "Led the design review (notes shared with 40 people)."):
        assert not team_scope(line), line


POSTING = """
Senior Software Development Engineer, Query Infrastructure
Amazon Web Services

BASIC QUALIFICATIONS
- 8+ years of non-internship professional software development experience
- 5+ years of leading design or architecture of new and existing systems experience
- Experience as a mentor, tech lead or leading an engineering team
"""

RESUME = """
    Ottoline Varga-Penrose
    ottoline.vp@example.org

    EXPERIENCE
    Principal Engineer, Query Engine, Harrowby Data    Mar 2019 - Present
    - Technical lead for the distributed query engine (14 engineers across planner, execution
      and storage); designed its vectorised executor, 6x faster on the TPC-H suite.
    - Hired 9 of the 14 engineers on the team and wrote the onboarding course.
    Senior Software Engineer, Storage, Quillon Systems    Jun 2012 - Feb 2019
    - Designed and built the log-structured storage layer serving 2 PB for 300 customers.
    - Rewrote the compaction scheduler in C++; write amplification down 40%.

    EDUCATION
    B.Sc. Computer Science, University of Fenmarsh, 2012
    """


def test_a_principal_engineer_with_a_team_sized_so_reads_l6(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME, POSTING)
    assert got.level == "L6", got.report.fit


def test_a_size_in_brackets_belongs_to_the_lines_own_lead() -> None:
    for line in ("Partnered with the engineering manager to roll out the on-call rotation (12 "
                 "engineers across 3 time zones).",
                 "Presented the migration plan to the engineering manager (15 engineers affected).",
                 "Worked with the product manager and the head of design (6 designers and researchers)."):
        assert not team_scope(line), line
