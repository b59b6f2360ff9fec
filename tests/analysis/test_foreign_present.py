"""A role running to "now" in another language ("mar. 2021 – actualidad", "03.2020 – heute")
lasts until the resume's date: the reader reads the range, and the years count it whole
rather than as the few months of a single date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
"""

RESUME = """
Camila Restrepo Urrego
camila.ru@example.com

WORK EXPERIENCE
Machine Learning Engineer
{dates}
Fintech Andina S.A.S.
- Built the real-time fraud scoring service in Python and FastAPI, 1,800 requests per second.
- Trained the gradient-boosted fraud model and its weekly retraining pipeline.

EDUCATION
Ingeniería de Sistemas, Universidad del Norte Andino, 2017
"""


@pytest.mark.parametrize("dates", ["mar. 2021 – actualidad", "03.2021 – heute",
                                   "março 2021 – atual", "Mar 2021 – present"])
def test_present_in_another_language_runs_to_the_resume_date(tmp_path: Path, dates: str) -> None:
    j = judge(tmp_path, RESUME.format(dates=dates), POSTING)
    assert j.years is not None and j.years >= 5.0, (dates, j.years)
    assert j.of("3+ years of non-internship") == "met"


CAREER_CHANGER = """
Henrik Dalgaard-Moss
henrik.dm@example.com

EXPERIENCE
Data Scientist | Northfell Turbines | Jan 2023 – Present
- Built a bearing-failure detector on vibration data with an autoencoder in PyTorch.
Senior Reliability Engineer | Northfell Turbines | Jan 2017 – Dec 2022
- Owned failure analysis for gearbox components; Weibull studies on field data.
Mechanical Design Engineer | Ostrava Pumps | Jan 2011 – Dec 2016
- Design and FEA of centrifugal pumps; test-bench vibration measurements.

EDUCATION
M.Sc. Mechanical Engineering, Aalborg Technical University, 2010
"""


def test_engineering_outside_software_is_not_software_years(tmp_path: Path) -> None:
    """A mechanical design engineer's or a machine reliability engineer's years are work, but
    not years of software development (a site reliability engineer's are another matter)."""
    j = judge(tmp_path, CAREER_CHANGER, POSTING)
    assert j.of("3+ years of non-internship") != "met", j.why("3+ years of non-internship")
    assert j.years is not None and j.years < 4.0, j.years
