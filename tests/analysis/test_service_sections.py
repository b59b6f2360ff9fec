"""A "Military Service" or "National Service" section holds roles like any other: they are read
(their bullets can be stories: training 25 analysts is developing people) and then counted
apart, never as years of engineering (a data scientist's three years of service do not raise
her years)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reading.headings import known_heading
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

RESUME = """
Noa Berkovitz-Amsel
noa.ba@example.net

EXPERIENCE
Data Scientist | Tamarisk Security Ltd., Haifa | Sep 2022 – Present
- Built the phishing URL classifier (gradient boosting on page features) that scores 30 million URLs a day.
- Ran weekly false-positive reviews with the detection engineers and cut analyst escalations by 22%.

{heading}
Data Analyst, Signals Unit | Israel Defense Forces | Mar 2016 – Mar 2019
- Wrote Python tooling that automated the daily report for 40 analysts.
- Trained 25 new analysts on SQL and Python scripting.

EDUCATION
B.Sc. Computer Science, Carmel Institute of Technology, 2022
"""

POSTING = """
Senior Data Scientist
Tamarisk Security

Requirements
- 3+ years of experience building machine learning models in industry
- Python and SQL
"""


@pytest.mark.parametrize("heading", ["MILITARY SERVICE", "National Service", "Military Experience",
                                     "Wehrdienst", "Askerlik"])
def test_a_service_section_is_read_as_roles(tmp_path: Path, heading: str) -> None:
    assert known_heading(heading) == "experience"
    p = tmp_path / "cv.txt"
    p.write_text(RESUME.format(heading=heading), encoding="utf-8")
    resume = read_resume(p)
    assert [r.period for r in resume.roles] == ["2022-09/present", "2016-03/2019-03"]
    assert any(b.text.startswith("Trained 25 new analysts") for b in resume.bullets)


def test_service_years_are_counted_apart(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME.format(heading="MILITARY SERVICE"), POSTING)
    assert j.years is not None and j.years < 4.5, j.years  # 2022-09 to the test's today, not 7


def test_a_plain_service_heading_stays_other() -> None:
    assert known_heading("Community Service") == "other"
    assert known_heading("Service") == "other"
