"""Degree requirements read the way a recruiter reads them (resumes and postings written here,
read by the real readers):

- "a related field" of computer science or ML is computing, mathematics or statistics; physics,
  biophysics or economics come near (partly) unless the posting names them or asks for any
  quantitative or STEM field;
- "or equivalent" asks for an equivalent of the field named: a teaching degree is not one;
- a completion window printed in the requirement is checked against the graduation date;
- "PhD, or a Master's degree and 6+ years of ...": the PhD alone meets it, whatever the years
  clause says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from judge_helpers import judge

from app.analysis.education import degree_rank, field_of

POSTING = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- PhD, or a Master's degree and 6+ years of applied research experience

PREFERRED QUALIFICATIONS
- Master's degree in computer science, machine learning or a related field
- Bachelor's degree in computer science or equivalent
- Master's degree in Statistics, Physics or Economics
"""


def _resume(degree: str, field_line: str = "") -> str:
    return f"""
    Robin Ade
    robin@example.com

    EXPERIENCE
    Software Engineer, Northwind Systems
    Jan 2019 – Present
    - Built REST services in Python for the billing platform used by 2M customers.

    EDUCATION
    {degree}
    {field_line}
    """


def test_a_related_field_of_computing_is_mathematics_or_statistics(tmp_path: Path) -> None:
    stats = judge(tmp_path, _resume("M.S. Statistics, Ohio State University, 2016 – 2018"), POSTING,
                  "stats")
    assert stats.of("Master's degree in computer science") == "met"
    physics = judge(tmp_path, _resume("Ph.D., Biophysics, University of Wisconsin, 2012 – 2018"),
                    POSTING, "phys")
    assert physics.of("Master's degree in computer science") == "partly"
    # a posting that names the field takes it as it is
    assert physics.of("Master's degree in Statistics, Physics") == "met"
    lt = judge(tmp_path, _resume("Ph.D., Language Technologies, Carnegie Mellon University, "
                                 "2012 – 2017"), POSTING, "lt")
    assert lt.of("Master's degree in computer science") == "met"


def test_or_equivalent_is_not_any_degree(tmp_path: Path) -> None:
    teacher = judge(tmp_path, _resume("B.S. Mathematics Education, Arizona State University, "
                                      "2010 – 2014"), POSTING, "teacher")
    assert teacher.of("Bachelor's degree in computer science or equivalent") != "met"
    cs = judge(tmp_path, _resume("B.S. Computer Science, Purdue University, 2014 – 2018"), POSTING,
               "cs")
    assert cs.of("Bachelor's degree in computer science or equivalent") == "met"


def test_a_phd_alone_meets_phd_or_masters_and_years(tmp_path: Path) -> None:
    phd = judge(tmp_path, _resume("Ph.D., Computer Science and Engineering, University of "
                                  "Michigan, 2013 – 2018"), POSTING, "phd")
    assert phd.of("PhD, or a Master's degree") == "met"
    ms = judge(tmp_path, _resume("M.S. Computer Science, University of Michigan, 2016 – 2018"),
               POSTING, "ms")
    assert ms.of("PhD, or a Master's degree") == "partly"


NEW_GRAD = """
Software Engineer I, New Grad
Orchard Software, Chicago, IL

Requirements
- Bachelor's or Master's degree in Computer Science or a related field, completed between December 2025 and August 2026
- Proficiency in at least one of Java, Python or Go
"""


def _student(degree_line: str) -> str:
    return f"""
    Lee Park
    lee@example.com

    EDUCATION
    {degree_line}

    EXPERIENCE
    Software Engineering Intern, Capital Freight
    Jun 2025 – Aug 2025
    - Built a Python service on AWS Lambda that flags duplicate orders.

    SKILLS
    Languages: Python, Java, SQL
    """


def test_a_completion_window_is_checked_against_the_graduation(tmp_path: Path) -> None:
    inside = judge(tmp_path, _student("B.S. Computer Science, University of Illinois, "
                                      "Aug 2022 – May 2026"), NEW_GRAD, "inside")
    assert inside.of("Bachelor's or Master's degree") == "met"
    later = judge(tmp_path, _student("M.S. Computer Science, Columbia University, Expected May 2027"),
                  NEW_GRAD, "later")
    assert later.of("Bachelor's or Master's degree") == "not-met"
    earlier = judge(tmp_path, _student("B.S. Computer Science, University of Illinois, "
                                       "Aug 2015 – May 2019"), NEW_GRAD, "earlier")
    assert earlier.of("Bachelor's or Master's degree") == "not-met"


@pytest.mark.parametrize(("line", "rank", "field"), [
    ("Diplôme d'Ingénieur d'État, Computer Science, École Nationale d'Ingénieurs", 2, "computing"),
    ("Diplom-Informatiker, Technische Universität Dresden", 2, "computing"),
    ("Dipl.-Ing. Elektrotechnik, Hochschule Aalen", 2, "computing"),
    ("Laurea Magistrale in Ingegneria Informatica, Politecnico di Torino", 2, "computing"),
    ("Maestría en Estadística Aplicada, Universidad de Chile", 2, "quantitative"),
    ("Máster en Ciencia de Datos, Universidad de Granada", 2, "computing"),
    ("Mestrado em Engenharia Elétrica, UNICAMP", 2, "quantitative"),
    ("Doctorat en informatique, Université de Lille", 3, "computing"),
    ("Licenciatura en Economía, Universidad de Guadalajara", 1, "quantitative"),
    ("Ingeniero en Sistemas Computacionales, Instituto Tecnológico de Celaya", 1, "computing"),
    ("Ingeniería Industrial, Universidad de Lima", 1, "quantitative"),
    ("Bacharelado em Ciência da Computação, UFMG", 1, "computing"),
    ("Laurea in Matematica, Università di Pisa", 1, "quantitative"),
    ("Licence Informatique, Université de Nantes", 1, "computing"),
])
def test_degrees_printed_in_other_countries_forms(line: str, rank: int, field: str) -> None:
    """A degree printed the way its country names it is read at the level it stands for (an
    engineering diploma or a Diplom is a master's, a licenciatura a first degree), so a
    posting's 'Bachelor's degree' is met by it."""
    assert (degree_rank(line), field_of(line)) == (rank, field)


def test_words_like_degree_names_elsewhere_are_no_degree() -> None:
    for line in ("Ingeniero de Datos Senior", "Renewed the software licence for 400 seats",
                 "Licence to operate the crane"):
        assert degree_rank(line) == 0, line


@pytest.mark.parametrize(("line", "field"), [
    ("MBA (part-time, evenings), concentration Business Analytics, Calloway State University",
     "other"),
    ("Master of Business Administration (Data Science track), Penhallow School", "other"),
    ("M.S. Business Analytics, Fenwick Institute", "quantitative"),
])
def test_an_mba_is_a_business_degree_whatever_its_concentration(line: str, field: str) -> None:
    """An MBA with an analytics concentration is not 'a master's degree in statistics,
    mathematics, economics, physics or another quantitative field' (both experts); a master's
    in business analytics is."""
    assert (degree_rank(line), field_of(line)) == (2, field)
