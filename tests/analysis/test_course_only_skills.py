"""A skill the resume itself marks as known from a course ('PyTorch (course only)') is not
experience of it: a framework asked for is partly shown, never met from that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

RESUME = """
Rowan Pell
rowan.pell@example.net

EXPERIENCE
LLM Applications Engineer | Halden Health | Jan 2021 - Present
- Built the retrieval-augmented assistant in Python over 9,000 help articles.

SKILLS
Other: {skill}, Sphinx, technical writing
"""

POSTING = """
Machine Learning Engineer
Harrowgate Logistics

Basic Qualifications
- Experience with at least one deep learning framework such as PyTorch or TensorFlow
"""


@pytest.mark.parametrize(("skill", "verdict"), [
    ("PyTorch (course only)", "partly"), ("PyTorch (coursework only)", "partly"),
    ("PyTorch", "met")])
def test_a_course_only_framework(tmp_path: Path, skill: str, verdict: str) -> None:
    j = judge(tmp_path, RESUME.format(skill=skill), POSTING)
    assert j.of("Experience with at least one deep learning") == verdict, j.why("Experience with")
