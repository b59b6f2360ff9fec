"""A degree's field is the one its own line names: a course or certificate listed under it
('• CS50x: Introduction to Computer Science') does not make a B.A. in English and Linguistics a
computing degree; a line that names no field is finished by the line after it; 'Science des
Données' is data science."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

RESUME = """
Rowan Pell
rowan.pell@example.net

EXPERIENCE
LLM Applications Engineer | Halden Health | Jan 2023 - Present
- Built the retrieval-augmented assistant in Python over 9,000 help articles.

EDUCATION
{degree}
"""

POSTING = """
Machine Learning Engineer
Harrowgate Logistics

Basic Qualifications
- Bachelor's degree in computer science, engineering or a related technical field
"""


@pytest.mark.parametrize(("degree", "verdict"), [
    ("B.A. English and Linguistics | Cobbleton College | 2016 – 2020\n"
     "• CS50x: Introduction to Computer Science", "partly"),
    ("B.Sc. Computer Science | Cobbleton College | 2016 – 2020\n• GPA 3.6", "met"),
    ("Bachelor of Science\nComputer Science, Cobbleton College, 2016 – 2020", "met"),
    ("Master Science des Données (mention Bien), Université de Lyon, 2019", "met"),
])
def test_the_degree_line_names_its_field(tmp_path: Path, degree: str, verdict: str) -> None:
    j = judge(tmp_path, RESUME.format(degree=degree), POSTING)
    assert j.of("Bachelor's degree") == verdict, j.why("Bachelor's degree")
