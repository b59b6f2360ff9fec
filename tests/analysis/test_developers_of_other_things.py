"""An 'Information Developer' writes documentation (an IBM-style title for a technical writer),
a 'Curriculum Developer' writes courses, a 'Business Developer' sells: none is years of
software development. And a title that names its own work ('FPGA Design Engineer') is never
swapped with its employer's name ('Norland Networks') to read as something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.experience import estimate
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

RESUME = """
Corin Ashdale
corin.ashdale@example.net

EXPERIENCE
LLM Applications Engineer | Pellmark Health | Jun 2024 - Present
- Built the retrieval-augmented assistant over 9,000 help articles in Python and FastAPI.
- Designed the evaluation harness that gates every prompt change.

{title} | Quillbridge Software | Jan 2019 - May 2024
- Owned the API reference and tutorials for a data-integration platform.
- Built a docs-as-code pipeline with Sphinx and GitHub Actions.
"""

POSTING = """
Machine Learning Engineer
Harrowgate Logistics

Basic Qualifications
- 3+ years of non-internship professional software development experience
- Experience with Python
"""


@pytest.mark.parametrize("title", ["Senior Information Developer", "Curriculum Developer",
                                   "Technical Writer", "Content Developer"])
def test_writing_documentation_or_courses_is_not_software_years(tmp_path: Path, title: str) -> None:
    j = judge(tmp_path, RESUME.format(title=title), POSTING)
    assert j.of("3+ years of non-internship") != "met", j.why("3+ years of non-internship")
    assert j.years is not None and j.years < 3, j.years


def test_a_software_developer_still_counts(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME.format(title="Software Developer"), POSTING)
    assert j.of("3+ years of non-internship") == "met"


def test_a_title_naming_its_work_keeps_its_place(tmp_path: Path) -> None:
    p = tmp_path / "cv.txt"
    p.write_text("""Tamsin Velder
tamsin@example.net

EXPERIENCE
NORLAND NETWORKS | FPGA Design Engineer | Mar 2017 - Feb 2020
- Wrote Verilog for the packet classifier on a Xilinx UltraScale FPGA.
""", encoding="utf-8")
    work = estimate(read_resume(p), 2026 * 12).work
    assert [(w.title, w.counted) for w in work] == [("FPGA Design Engineer", False)], work
