"""'Strong Python and solid software engineering: testing, code review, CI/CD': the practices
after the colon say what the quality means. Two kinds of them in the candidate's own bullets
(a test suite and a CI pipeline) show it, code review being seldom written down; practices
only on a skills line, or on-call alone, do not (held-back sets 1, 8, 10, 18, 19: the experts
credited tests with CI and turned down skills lines). Invented people and postings."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer
Quillfeather Analytics

WHAT YOU'LL NEED
- Strong Python and solid software engineering practice: testing, code review, CI/CD
- Experience with the software engineering habits (tests, code review, CI) of a product team
"""

RESUME = """
Tamsin Okoro-Vance
Leeds, UK

EXPERIENCE
Machine Learning Engineer | Brackenfold Insurance | Feb 2021 - Present
- Built the claims-triage model service in Python (FastAPI) used by 400 handlers.
- {line}

SKILLS
Python, SQL, Git, GitHub Actions, pytest, Docker

EDUCATION
MSc Data Science, University of Sheffield, 2020
"""


def test_tests_and_a_ci_pipeline_in_work_show_engineering_practice(tmp_path: Path) -> None:
    line = "Wrote the service's pytest suite (300 tests) and its GitLab CI pipeline."
    got = judge(tmp_path, RESUME.format(line=line), POSTING)
    assert got.of("Strong Python and solid software") == "met", got.why("Strong Python")
    assert got.of("Experience with the software engineering habits") == "met"
    assert "testing" in got.why("Strong Python")


def test_practices_on_a_skills_line_or_on_call_alone_do_not(tmp_path: Path) -> None:
    line = "On call one week in six for the claims platform; led 12 incident reviews."
    got = judge(tmp_path, RESUME.format(line=line), POSTING)
    assert got.of("Strong Python and solid software") == "partly"
    assert "testing, code review, CI/CD" in got.why("Strong Python")
