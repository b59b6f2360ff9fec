"""A posting's own record fields ('Job reference: XYZ-2026-0042', 'Classification: Grade 7',
'Agency: ...') are not requirements: 'reference' read like 'preferences' made the job's
reference number a preferred qualification in ten postings of held-back sets 8-20, and the
fields after it followed. Invented posting."""

from __future__ import annotations

from pathlib import Path

from app.knowledge import load_knowledge
from app.reading.jobs import read_job


def test_record_fields_at_the_top_are_not_requirements(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Senior Data Scientist – Grade 7")
    for line in ("Agency: Office of Regional Statistics", "Job reference: ORS-2026-0042",
                 "Classification: Grade 7", "Closing date: 30 November 2026"):
        d.add_paragraph(line)
    d.add_paragraph("The role")
    d.add_paragraph("You will build forecasting models for regional labour markets and explain "
                    "them to policy teams.")
    d.add_paragraph("Selection criteria")
    for line in ("Demonstrated experience applying statistical and machine learning methods",
                 "Strong written and oral communication",
                 "Experience with Python or R and SQL"):
        d.add_paragraph(line, style="List Bullet")
    path = tmp_path / "job.docx"
    d.save(str(path))
    job = read_job(path, load_knowledge())
    texts = [r.text for r in job.requirements]
    assert not any("ORS-2026-0042" in t or "Grade 7" in t or "Agency" in t for t in texts), texts
    assert sum(1 for r in job.requirements if r.kind == "basic") == 3, texts


POSTING = """Job Announcement

Statistician (Data Science)
Office of Harbor Water Quality

Overview
Accepting applications
Open & closing dates: 11/02/2026 to 11/16/2026
Salary: $98,000 - $127,400 per year
Travel Required: Occasional travel - up to 25% of the time
Relocation expenses reimbursed: No
Appointment type: Term
Work schedule: Full-time
Service: Competitive
Supervisory status: No
Announcement number: OHWQ-27-0031
Control number: 862001455

This job is open to
- The public: U.S. citizens, nationals or those who owe allegiance to the U.S.

Duties
- Build statistical models of water-quality sensor data

Requirements
Conditions of employment
- U.S. citizenship is required.
- You must be able to obtain and maintain a favorable background investigation.
- You may be required to serve a one-year probationary period.

Qualifications
You must have at least one year of specialized experience applying statistical models to
environmental data in Python or R.

Substitution of education for experience: there is no substitution of education for
specialized experience at this grade.
"""


def test_a_civil_service_announcement_keeps_its_asks_not_its_record(tmp_path: Path) -> None:
    """A civil-service announcement (USAJOBS style): its overview's fields, the 'Conditions of
    employment' heading, the probationary period and the note on substitution are no asks;
    who may apply is one eligibility line (held-back set 21: 25 basic lines where the labellers
    listed 3)."""
    path = tmp_path / "announcement.txt"
    path.write_text(POSTING, encoding="utf-8")
    job = read_job(path, load_knowledge())
    basic = [r.text for r in job.requirements if r.kind == "basic"]
    assert not any(t.startswith(("Appointment", "Work schedule", "Service", "Control",
                                 "Announcement", "Supervisory", "Relocation", "Occasional",
                                 "Conditions of employment", "Substitution")) for t in basic), basic
    assert not any("probationary" in t for t in basic), basic
    assert "U.S. citizenship is required." in basic
    assert any(t.startswith("This job is open to: The public: U.S. citizens") for t in basic), basic
    assert any(t.startswith("You must have at least one year of specialized") for t in basic), basic
    assert len(basic) == 4, basic
