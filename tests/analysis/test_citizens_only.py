"""A role open to citizens only and a resume that states permanent residency: not met, and not
yet (held-back set 20: a public agency's 'applicants must be Australian citizens' read as a
line no bullet comes close to, the verdict stretch; the experts: not yet). A resume that says
nothing, or states citizenship, is still the candidate's to confirm. Invented people."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Data Scientist (APS 6)
Office of Workforce Analysis

SELECTION CRITERIA
- Demonstrated experience applying statistical and machine learning methods in Python or R
- Strong written and oral communication
- Applicants must be Canadian citizens.
- Employment is subject to a pre-employment check.
"""

RESUME = """
Amani Wekesa-Doyle
Ottawa, ON | amani.wd@example.ca | {status}

EXPERIENCE
Data Scientist | Baobab Metrics | Jul 2021 - Present
- Built a credit-scoring model in Python (LightGBM) scoring 200,000 applicants a month.
- Presented findings to client executives every quarter.

EDUCATION
MSc Data Science, University of Nairobi, 2021
"""


def test_a_stated_residency_fails_a_citizens_only_role(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(status="Permanent resident of Canada"), POSTING)
    assert got.of("Applicants must be Canadian citizens") == "not-met"
    assert got.verdict == "not-yet", got.verdict
    assert got.of("Employment is subject to a pre-employment check") == "confirm"
    for i, status in enumerate(("Canadian citizen", "Open to relocation")):
        other = judge(tmp_path, RESUME.format(status=status), POSTING, name=f"o{i}")
        assert other.of("Applicants must be Canadian citizens") == "confirm", status
        assert other.verdict != "not-yet"


def test_another_nations_citizenship_fails_a_citizens_only_role(tmp_path: Path) -> None:
    """'Canadian permanent resident (Irish citizen)' against a role open to Canadian citizens
    only: the resume states another citizenship, so not met and not yet (held-back set 21: a
    British citizen against 'U.S. citizenship is required', both labellers not met)."""
    got = judge(tmp_path, RESUME.format(
        status="Canadian permanent resident (Irish citizen)"), POSTING, name="irish")
    assert got.of("Applicants must be Canadian citizens") == "not-met", \
        got.why("Applicants must be Canadian citizens")
    assert "Irish" in got.why("Applicants must be Canadian citizens")
    assert got.verdict == "not-yet", got.verdict
    dual = judge(tmp_path, RESUME.format(status="Dual Irish/Canadian citizen"), POSTING,
                 name="dual")
    assert dual.of("Applicants must be Canadian citizens") == "confirm"
