"""A research engineer's years are research years, and learned robot policies are machine
learning: "a Master's degree and 4+ years of research experience" and "3+ years of building
machine learning models for business application" are met by an industry research engineer
who trains diffusion policies (resume and posting written here, read by the real readers)."""

from __future__ import annotations

from pathlib import Path

from judge_helpers import judge

POSTING = """
Applied Scientist II, Warehouse Robotics
Amazon

BASIC QUALIFICATIONS
- PhD, or Master's degree and 4+ years of CS, CE, ML or related field research experience
- 3+ years of building machine learning models for business application experience
"""

RESUME = """
Ines Carrow
ines@example.com

EXPERIENCE
Robotics Research Engineer, Ostrava Picking Systems
Jan 2020 – Present
- Diffusion-policy grasping trained on 30,000 teleoperated demonstrations; pick success from 90% to 95% across 40 production cells.
- Sim-to-real pipeline with domain randomization; 60% of training data now synthetic.

EDUCATION
M.S. Robotics, Czech Technical University, 2019
"""


def test_research_engineer_years_and_learned_policies(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("PhD, or Master's degree") == "met", j.why("PhD, or Master's degree")
    assert j.of("3+ years of building machine learning") == "met", j.why(
        "3+ years of building machine learning")
    assert j.level == "L5", j.report.fit.level_reason


def test_publications_or_open_source_is_met_by_a_paper(tmp_path: Path) -> None:
    """"A track record of publications or substantial open-source contributions": a
    peer-reviewed paper is one of the two ways in."""
    posting = """
    ML Scientist, Protein Design
    Orrel Bio

    Requirements
    - A track record of publications or substantial open-source contributions
    """
    j = judge(tmp_path, RESUME + """
    PUBLICATIONS
    - I. Carrow, P. Novak. Diffusion policies for cluttered bins. In ICRA, 2023.
    """, posting, "papers")
    assert j.of("A track record of publications") == "met", j.why("A track record of publications")
