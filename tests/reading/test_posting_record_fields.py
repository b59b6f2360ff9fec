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
