"""Causes of disagreement with experts found on held-back set 5 that recur on any resume, each
with invented lines that fail without its rule."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

DL_POSTING = """
Machine Learning Engineer
Harrowgate Outfitters

BASIC QUALIFICATIONS
- Experience with deep learning frameworks such as PyTorch or TensorFlow
"""

LEARNING = """
Petra Lindqvist
Denver, CO

EXPERIENCE
Data Engineer | Quillmoor Logistics | Jan 2020 - Present
- Built the Spark pipelines that feed the delivery-time model; late loads down 30%.
- Trained a LightGBM model for parcel volume that planners use every morning.

SKILLS
Python, SQL, Spark, LightGBM, {dl}

EDUCATION
B.S. Computer Science, University of Denver, 2019
"""


def test_a_skill_the_resume_says_is_being_learnt_is_at_most_partly_experience(
        tmp_path: Path) -> None:
    """'PyTorch (learning)' or 'currently learning TensorFlow' on a skills line is the resume's
    own word that the skill is not yet experience: at most partly, like '(basic)'."""
    line = "Experience with deep learning frameworks"
    for dl in ("PyTorch (learning)", "PyTorch (currently learning)",
               "currently learning TensorFlow"):
        got = judge(tmp_path, LEARNING.format(dl=dl), DL_POSTING)
        assert got.of(line) == "partly", (dl, got.why(line))
    got = judge(tmp_path, LEARNING.format(dl="PyTorch"), DL_POSTING)
    assert got.of(line) == "met", got.why(line)
