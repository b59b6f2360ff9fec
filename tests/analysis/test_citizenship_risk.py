"""A citizens-only rule the resume's stated residency fails is the first risk, worded as an
eligibility rule with a question to ask the recruiter (not a skill gap's "I haven't done that
in a job yet"), and a posting's 'Agency:' field names its employer. Invented person and
posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Data Scientist (APS 6)
Agency: Office of Regional Workforce Statistics
Job reference: ORWS 2026-0042

SELECTION CRITERIA
- Demonstrated experience applying statistical and machine learning methods in Python or R
- Strong written and oral communication
- Applicants must be Australian citizens.
"""

RESUME = """
Amani Wekesa-Doyle
Canberra ACT | amani.wd@example.com | Permanent resident of Australia

EXPERIENCE
Data Scientist | Baobab Metrics | Jul 2021 - Present
- Built a credit-scoring model in Python (LightGBM) scoring 200,000 applicants a month.
- Presented findings to client executives every quarter.

EDUCATION
MSc Data Science, University of Nairobi, 2021
"""


def test_a_failed_citizenship_rule_is_the_first_risk_and_worded_as_one(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME, POSTING)
    first = got.report.risks[0]
    assert first.id == "citizens-only", [r.id for r in got.report.risks]
    assert "residency status make me eligible" in first.line_to_say
    assert not first.title.endswith(".")
    assert "citizen" not in " ".join(r.title for r in got.report.risks[1:]).lower()
    assert got.report.job.company == "Office of Regional Workforce Statistics"
