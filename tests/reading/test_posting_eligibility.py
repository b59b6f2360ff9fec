"""A civil-service posting's "Nationality requirements" and "Security" sections (the latter as a
styled heading in its DOCX) say who may apply and what vetting the post needs: each is one basic
line the user confirms (the kit's
eligibility risk), not a list of sentences judged as qualifications, nor left out (which lost
the experts' first risk for a candidate abroad; held-back set 17)."""

from __future__ import annotations

from pathlib import Path

from app.reading.jobs import read_job
from tests.analysis.judge_helpers import judge

POSTING = """
Data Scientist (Higher Executive Officer)
Department for Coastal Resilience

Job description
You will build statistical models of flood risk for every coastal parish, work with policy
colleagues on what they mean, and publish the methods behind them.

Essential criteria
- Experience building statistical models in Python or R
- Experience working with large data sets using SQL

Nationality requirements
This job is broadly open to the following groups: UK nationals; nationals of the Republic of Ireland; nationals of Commonwealth countries who have the right to work in the UK.

Security
Successful candidates must pass a criminal record check. The level of security needed is Security Check (SC). Applicants will normally need to have been resident in the UK for at least 5 years.
"""

RESUME = """
Tunde Akinwale
tunde.akinwale@example.com
Lagos, Nigeria

EXPERIENCE
Data Scientist | Ikoyi Analytics | Jan 2020 – Present
- Built flood-risk models in R for 40 local governments; error down 30%.

EDUCATION
B.Sc. Statistics, University of Abeokuta Fields, 2019
"""


def test_each_eligibility_section_is_one_line_to_confirm(tmp_path: Path, knowledge) -> None:
    p = tmp_path / "job.txt"
    p.write_text(POSTING.strip() + "\\n", encoding="utf-8")
    texts = [r.text for r in read_job(p, knowledge).requirements if r.kind == "basic"]
    assert sum(t.startswith("Nationality requirements: ") for t in texts) == 1, texts
    assert not any(t.startswith(("nationals of", "Applicants will")) for t in texts), texts
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("Nationality requirements: ") == "confirm"
    assert any(r.title.startswith("Eligibility: ") for r in j.report.risks)


def test_vetting_and_security_checks_as_work_are_no_eligibility() -> None:
    """'Vetting' and 'security checks' are also work a posting asks for: only the vetting of
    the candidate (security vetting, a Security Check (SC), a criminal record check) is a fact
    to confirm."""
    from app.analysis.asks import _confirm

    assert _confirm("Experience vetting third-party data vendors") == ""
    assert _confirm("Add a security check to the release pipeline") == ""
    assert _confirm("The level of security needed is Security Check (SC).") == "authorisation"
    assert _confirm("Successful candidates must pass a criminal record check.") == "authorisation"
