"""Misfires a third reviewer found in the citizenship and degree-field rules, each on an
invented resume: a role open to citizens or permanent residents; residency that is a
bullet's subject, not the candidate's status; 'citizens' as the users of a service; plural
'sciences' and seven-letter stems matching the wrong degree; engineering degrees with a
business word in them."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

BASE = """
Priya Nair-Holloway
Sydney NSW | priya.nh@example.com{status}

EXPERIENCE
Software Engineer, Harbourline Systems, Jan 2019 - Present
- {line}
- Wrote SQL in PostgreSQL for reporting and kept the code in Git

EDUCATION
{degree}, University of Sydney, 2018
"""


def _posting(line: str) -> str:
    return f"""
    Software Engineer
    Harbor Labs
    Requirements
    - {line}
    - 3+ years of experience building software in Python
    - Experience with SQL and PostgreSQL
    """


def _resume(status: str = "", line: str = "Built the billing API in Python on AWS",
            degree: str = "B.S. Computer Science") -> str:
    return BASE.format(status=f" | {status}" if status else "", line=line, degree=degree)


def test_residents_accepted_beside_citizens_are_not_citizens_only(tmp_path: Path) -> None:
    for i, ask in enumerate(("Applicants must be Australian citizens or permanent residents",
                             "This role is open to Australian citizens and permanent residents",
                             "Must be a US citizen or green card holder")):
        got = judge(tmp_path, _resume("Australian Permanent Resident"), _posting(ask),
                    name=f"a{i}")
        assert got.of(ask[:30]) != "not-met", ask
        assert got.verdict != "not-yet", ask


def test_residency_as_a_bullets_subject_is_not_the_candidates_status(tmp_path: Path) -> None:
    ask = "Applicants must be Australian citizens"
    got = judge(tmp_path, _resume(line="Built the online permanent residency application portal "
                                       "in Python on AWS"), _posting(ask))
    assert got.of(ask) == "confirm"
    stated = judge(tmp_path, _resume("Australian Permanent Resident",
                                     line="Volunteer developer, Citizenship Test Prep app"),
                   _posting(ask), name="s")
    assert stated.of(ask) == "not-met"


def test_citizens_as_the_users_of_a_service_are_a_skill(tmp_path: Path) -> None:
    ask = "Experience designing accessible digital services for citizens"
    got = judge(tmp_path, _resume(), _posting(ask))
    assert got.of(ask) != "confirm"


def test_degree_fields_by_word_not_by_a_loose_stem(tmp_path: Path) -> None:
    cases = (("Bachelor's degree in Computer Science, Mathematics, or the Physical Sciences",
              "Bachelor of Science in Psychology"),
             ("Bachelor's degree in Computer Science, Informatics, or a related field",
              "B.A. Information and Media Studies"),
             ("Bachelor's degree in Statistics, Analytics, or a related field",
              "B.Sc. Analytical Chemistry"))
    for i, (ask, degree) in enumerate(cases):
        got = judge(tmp_path, _resume(degree=degree), _posting(ask), name=f"d{i}")
        assert got.of(ask[:40]) != "met", (ask, degree)


def test_engineering_degrees_with_a_business_word_are_engineering(tmp_path: Path) -> None:
    ask = "Bachelor's degree in Computer Science, Engineering, Mathematics, or a related field"
    for i, degree in enumerate(("B.S. Industrial Engineering and Management",
                                "M.S. Financial Engineering",
                                "B.Eng. Mechanical Engineering; Finance minor")):
        got = judge(tmp_path, _resume(degree=degree), _posting(ask), name=f"e{i}")
        assert got.of(ask[:40]) == "met", (degree, got.why(ask[:40]))
    econ = judge(tmp_path, _resume(degree="B.A. Economics"), _posting(ask), name="econ")
    assert econ.of(ask[:40]) != "met"
