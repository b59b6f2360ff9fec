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


SIM_POSTING = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language
"""


def test_a_scientist_title_is_research_counted_where_it_built_software(tmp_path: Path) -> None:
    """'Staff Scientist' at a laboratory was 'other work' (a plain 'Scientist' matched no
    title): a computational physicist's nine years of simulation code did not count. A
    scientist title with no data or applied word is research, counted only where its lines
    built software; a wet-lab scientist's assays still do not count."""
    built = judge(tmp_path, """
        Ingrid Solvang
        ingrid.solvang@example.org

        EXPERIENCE
        Staff Scientist, Harrowgate National Laboratory    2017 - present
        - Lead developer of a 200,000-line C++ and Fortran plasma simulation code used by 6 institutions.
        - Ported the solver to GPUs with CUDA; 10x speed-up per node on the laboratory's cluster.
        - Wrote the group's Python analysis toolkit (NumPy, Dask) and its regression test suite.

        EDUCATION
        Ph.D. Physics, Northmere University, 2016
        """, SIM_POSTING, name="sim")
    assert built.years >= 8.5, built.years
    wet = judge(tmp_path, """
        Tobias Wrenfield
        tobias.wrenfield@example.org

        EXPERIENCE
        Senior Scientist, Calloway Biologics    2017 - present
        - Ran cell-based potency assays for three antibody programmes and wrote the study reports.
        - Trained four research associates on the plate reader and the lab's safety procedures.

        EDUCATION
        Ph.D. Biochemistry, Northmere University, 2016
        """, SIM_POSTING, name="wet")
    assert wet.years == 0.0, wet.years
