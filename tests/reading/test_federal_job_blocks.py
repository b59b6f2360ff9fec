"""A US federal resume's job block: title, employer, dates, then record fields ("Hours per week:
40", "Salary: ...", "Supervisor: ... may contact: Yes") and a "Duties, Accomplishments and Related
Skills:" label over the paragraphs. The label was read as a role of its own (every job's lines
went to an undated 'other' role, and the ML engineer's years showed no model built) and the
supervisor line as an achievement."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from app.reading.wording import is_label, is_record_line


def test_record_fields_and_the_duties_label() -> None:
    assert is_label("Duties, Accomplishments and Related Skills:")
    assert not is_label("Related Skills")
    for line in ("Supervisor: Odile Brackwater, (919) 555-0142 – may contact: Yes",
                 "Hours per week: 40", "Salary: $98,000 USD Per Year", "Series/Grade: GS-2210-12",
                 "Rank: Staff Sergeant (E-6)"):
        assert is_record_line(line), line
    assert not is_record_line("Ranked 3rd of 900 teams in a forecasting competition")
    assert not is_record_line("Supervised 9 soldiers; 4 were promoted")


def test_a_federal_job_block_reads_as_one_role(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for text in ("TOBIAS W. HALLORAN-ESPY", "Mobile: (703) 555-0117   Email: t.halloran@example.org",
                 "WORK EXPERIENCE",
                 "Machine Learning Engineer",
                 "Ardenmoor Health Analytics, Inc.   Reston, VA United States",
                 "09/2023 - Present", "Hours per week: 40", "Salary: $131,000 USD Per Year",
                 "Supervisor: Odile Brackwater, Director of Data Science, (703) 555-0142 – may "
                 "contact: Yes",
                 "Duties, Accomplishments and Related Skills:",
                 "MODEL DEVELOPMENT: Trained gradient-boosted models that predict claim denials on "
                 "40 million claims; the model screens 300,000 claims a week.",
                 "MONITORING: Set up drift monitoring with CloudWatch alarms and a weekly "
                 "retraining job.",
                 "Information Technology Specialist (MOS 25B)",
                 "U.S. Army, Signal Company   Fort Liberty, NC United States",
                 "06/2017 - 08/2023", "Hours per week: 50", "Rank: Sergeant (E-5)",
                 "Supervisor: SFC Delia Marchetti, (910) 555-0133 – may contact: No",
                 "Duties, Accomplishments and Related Skills:",
                 "Maintained the network and 200 workstations of a battalion headquarters."):
        d.add_paragraph(text)
    path = tmp_path / "federal.docx"
    d.save(str(path))
    r = read_resume(path)
    titles = [role.title for role in r.roles]
    assert titles == ["Machine Learning Engineer", "Information Technology Specialist (MOS 25B)"], titles
    texts = [b.text for b in r.bullets]
    assert not any(t.startswith(("Supervisor", "Hours", "Salary", "Rank")) for t in texts), texts
    assert [b.role for b in r.bullets] == [0, 0, 1], [(b.role, b.text[:40]) for b in r.bullets]


def test_achievements_that_start_like_a_record_field() -> None:
    for line in ("Rank: 3rd of 1,150 teams in the Kaggle M5 forecasting competition.",
                 "Hours: cut the weekly replenishment run from 9 hours to 40 minutes."):
        assert not is_record_line(line), line
