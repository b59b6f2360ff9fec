"""'Python or R for data analysis': the analysis is what the language is used for, shown by
the libraries of analysis beside it ('Python (pandas, statsmodels)'), not a skill of its own
to find by name (held-back sets 2 and 10: the experts credited such lines four times). A
grocer is in retail and a courier firm in logistics: the employer's trade shows the domain
(sets 4, 13, 15). Invented people and postings."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Data Analyst
Wrenfield Home & Garden

NICE TO HAVE
- Python or R for data analysis
- Retail or supply chain experience
- Experience in grocery, retail, supply chain or inventory planning
"""

RESUME = """
Ottilie Brannagh-Sethi
Dayton, OH

EXPERIENCE
Data Analyst, Calloway Fresh Foods (regional grocer, 41 stores) | Mar 2022 - Present
- Rebuilt the weekly shrink report in SQL; waste fell 9% in the pilot stores.
- Ran the promotion post-mortems for the category managers.

SKILLS
{skills}

EDUCATION
B.S. Economics, Wright State University, 2021
"""


def test_analysis_libraries_show_a_language_used_for_analysis(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(skills="SQL, Python (pandas, statsmodels), Tableau"),
                POSTING)
    assert got.of("Python or R for data analysis") == "met", got.why("Python or R")
    bare = judge(tmp_path, RESUME.format(skills="SQL, Python (scripts), Tableau"), POSTING,
                 name="bare")
    assert bare.of("Python or R for data analysis") == "partly"
    assert "pandas" in bare.why("Python or R for data analysis")


def test_a_grocers_analyst_has_retail_experience(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(skills="SQL, Tableau"), POSTING)
    assert got.of("Retail or supply chain") == "met", got.why("Retail or supply chain")
    assert got.of("Experience in grocery, retail") == "met", got.why("Experience in grocery")
