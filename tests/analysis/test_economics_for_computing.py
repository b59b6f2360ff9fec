"""'Bachelor's degree in computer science, engineering, mathematics or a related field': the
engineering named beside computer science is the technical fields, and an economics degree (a
statistics minor beside it) is not one of them; the experts called it not met three times, in
sets 15, 17 and 20. Where a posting asks for a quantitative field or names economics, it fits.
Invented person and postings."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

RESUME = """
Solveig Amundsen-Reyes
Minneapolis, MN

EXPERIENCE
Senior Product Analyst | Larkmoor Retail | Mar 2020 - Present
- Ran 40 A/B tests on the checkout flow in SQL and Python; conversion up 3%.

EDUCATION
B.A. Economics, minor in Statistics, Carleton Prairie College, 2019
"""

COMPUTING = """
Machine Learning Engineer II
Harrowgate Ads

BASIC QUALIFICATIONS
- Bachelor's degree in computer science, engineering, mathematics or a related field
- 3+ years of experience building machine learning models
- Proficiency in Python
"""

QUANTITATIVE = """
Data Scientist
Harrowgate Ads

BASIC QUALIFICATIONS
- Bachelor's degree in a quantitative field such as statistics, mathematics or economics
- 3+ years of experience with SQL and Python
- Experience designing A/B tests
"""


def test_economics_is_not_a_field_related_to_computing(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME, COMPUTING)
    assert got.of("Bachelor's degree in computer science") != "met", got.why("Bachelor's")
    quant = judge(tmp_path, RESUME, QUANTITATIVE, name="q")
    assert quant.of("Bachelor's degree in a quantitative field") == "met"
