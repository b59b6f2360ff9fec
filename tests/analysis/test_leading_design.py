"""Years of *leading* design or architecture are the years of roles that designed or
architected systems (or a staff or principal engineer's, whose work that is); years of building
systems to others' designs come close ("partly"), and a UI "design system" is a component
library, not a system designed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Software Development Engineer, Checkout
Amazon

BASIC QUALIFICATIONS
- 5+ years of leading design or architecture (design patterns, reliability and scaling) of new and existing systems experience
- 5+ years of non-internship professional software development experience
"""

RESUME = """
Ingrid Vasquez-Holloway
ingrid.vh@example.com

EXPERIENCE
{title} | Tallowmere Commerce | Jan 2016 – Present
- {line}
- Wrote integration tests for the cart and promotions code; flaky tests fell from 40 to 3.
- Mentored two new engineers through their first on-call rotation.

EDUCATION
B.S. Computer Science, Orrin State University, 2015
"""


@pytest.mark.parametrize(("title", "line", "verdict"), [
    ("Senior Software Engineer", "Built the order-routing service in Go that handles 3,000 orders a minute.", "partly"),
    ("Senior Software Engineer", "Owned the checkout design system: 60 React components used by 5 teams.", "partly"),
    ("Senior Software Engineer", "Designed the multi-region failover for the payments API; no checkout outage since 2021.", "met"),
    ("Principal Engineer", "Built the order-routing service in Go that handles 3,000 orders a minute.", "met"),
])
def test_leading_design_years(tmp_path: Path, title: str, line: str, verdict: str) -> None:
    j = judge(tmp_path, RESUME.format(title=title, line=line), POSTING)
    assert j.of("5+ years of leading design") == verdict, j.why("5+ years of leading design")
    assert j.of("5+ years of non-internship") == "met"
