"""Causes of disagreement with experts that recur on any resume, each with invented lines that
fail without its rule: years asked of tools, years of analyst work, a returner on a posting
for new graduates."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

TOOL_YEARS_POSTING = """
Data Scientist, Store Operations
Northwind Grocers

BASIC QUALIFICATIONS
- 2+ years of data querying languages (e.g. SQL), scripting languages (e.g. Python) or statistical/mathematical software (e.g. R, SAS, MATLAB)
- Experience with dashboards for business partners
"""

ANALYST = """
Oskar Thelwell
Columbus, OH

EXPERIENCE
Senior Data Analyst | Larkspur Outdoor Supply | Mar 2022 - Present
- Wrote the SQL models in Snowflake behind the weekly sales dashboards for 40 store managers.
- Automated the monthly shrink report in Python; it had taken two days by hand.
Data Analyst | Fennick Credit Union | Jan 2020 - Feb 2022
- Built SQL queries and Tableau dashboards for the lending team's portfolio reviews.

EDUCATION
B.A. Economics, Ohio State University, 2019
"""

SCIENTIST = """
Ilse Varomund
Boston, MA

EXPERIENCE
Research Scientist, Recommendations | Tallowmere Media | Jan 2020 - Present
- Designed the two-tower retrieval model behind the home feed; watch time up 6% in an online test.
- Led the offline evaluation framework the ranking team uses before every launch.

EDUCATION
Ph.D. Computer Science, Brown University, 2019
"""


def test_years_of_tools_listed_with_examples_are_any_of_them_and_count_analyst_roles(
        tmp_path: Path) -> None:
    """"2+ years of SQL (e.g. ...), scripting (e.g. Python) or statistical software": the
    subject runs past its "e.g." (it was cut at "(e", so each example became a skill asked on
    its own, all required), and an analyst's full-time roles that write SQL are years of it,
    though not engineering years."""
    got = judge(tmp_path, ANALYST, TOOL_YEARS_POSTING)
    line = "2+ years of data querying languages"
    assert got.of(line) == "met", got.why(line)
    assert "not" not in got.why(line).split("against")[0]


def test_a_scientists_role_is_years_of_scripting_or_statistical_software(tmp_path: Path) -> None:
    """A data or applied scientist's full-time role is done in scripting languages or
    statistical software even when its lines name none."""
    got = judge(tmp_path, SCIENTIST, TOOL_YEARS_POSTING)
    assert got.of("2+ years of data querying languages") == "met"
