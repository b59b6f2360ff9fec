"""A job site's resume page, as a PDF: its headings carry what the site adds to them ('Work
experience — 9 years 2 months'), it opens with the job the person wants and the pay they ask
('Desired position and salary'), and an internship row names the department after the job
('Intern, Finance Department'). The wanted job is no job held, the work section is read as
one, and the intern's title is the job, not the employer."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.reading.headings import known_heading
from app.reading.resume import read_resume


def _page(path: Path) -> Path:
    css = ("body { font-family: sans-serif; font-size: 9.4pt; } p.h2 { font-size: 13pt; "
           "margin: 14pt 0 6pt 0; } table { width: 100%; margin: 6pt 0; } td { vertical-align: top; }"
           " td.per { width: 118pt; font-size: 8.8pt; } p.co, p.ro { font-weight: bold; margin: 0; }"
           " p.site { margin: 0 0 3pt 0; } ul { margin: 0; padding-left: 11pt; }")
    jobs = [
        ("March 2020 — currently", "6 years 9 months", "Saryarqa Telecom", "Astana",
         "Data Scientist, Churn Team",
         ["Built the churn model in LightGBM for 7 million subscribers; churn fell 9%.",
          "Wrote the feature pipelines on Spark for the marketing team."]),
        ("May 2017 — February 2020", "2 years 10 months", "Kokshe Bank JSC", "Astana",
         "Analyst, Risk Department", ["Wrote SQL reports on overdue loans for the credit committee."]),
        ("June 2016 — August 2016", "3 months", "Kokshe Bank JSC", "Astana",
         "Intern, Finance Department", ["Prepared the monthly branch cost tables in Excel."]),
    ]
    html = ["<p style='font-size:20pt;font-weight:bold'>Serikova Dana</p>",
            "<p>Female, 31 years</p><p>dana.serikova@example.com</p>",
            "<p class='h2'>Desired position and salary</p>",
            "<p><b>Senior Data Scientist</b></p><p>1 900 000 KZT on hand</p>",
            "<p class='h2'>Work experience — 9 years 2 months</p>"]
    for period, length, employer, place, title, bullets in jobs:
        items = "".join(f"<li>{b}</li>" for b in bullets)
        html.append(f"<table><tr><td class='per'>{period}<br/>{length}</td><td><p class='co'>"
                    f"{employer}</p><p class='site'>{place}</p><p class='ro'>{title}</p>"
                    f"<ul>{items}</ul></td></tr></table>")
    html += ["<p class='h2'>Key skills</p>", "<p>Python, SQL, LightGBM, Spark</p>"]
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_htmlbox(pymupdf.Rect(40, 36, 555, 800), "".join(html), css=css)
    out = path / "Resume_Serikova_Dana.pdf"
    doc.save(out)
    return out


def test_a_heading_with_the_sites_total_is_still_the_heading() -> None:
    assert known_heading("Work experience — 9 years 2 months") == "experience"
    assert known_heading("Berufserfahrung – 5 Jahre") == "experience"
    assert known_heading("Desired position and salary") == "other"


def test_the_wanted_job_is_no_job_and_the_intern_keeps_the_title(tmp_path: Path) -> None:
    resume = read_resume(_page(tmp_path))
    got = [(r.title, r.organization) for r in resume.roles]
    assert not any("KZT" in o or t == "Senior Data Scientist" for t, o in got), got
    assert ("Intern, Finance Department", "Kokshe Bank JSC") in got, got
    assert ("Data Scientist, Churn Team", "Saryarqa Telecom") in got, got
    assert {r.section for r in resume.roles} == {"Work experience"}, resume.roles


def test_a_thesis_with_bullets_under_its_degree_is_read_as_a_project(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Lotte Vanhaelewyn")
    doc.add_paragraph("EDUCATION")
    doc.add_paragraph("Master of Science in Engineering: Computer Science, Universiteit Gent, 2026")
    doc.add_paragraph("Master's thesis")
    for text in ("Trained a U-Net on 4,100 labelled weld images and pruned it to run on a Jetson Orin",
                 "Deployed it on the welding robot: 24 fps, 0.88 IoU against 0.90 for the full model"):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Bachelor of Science in Engineering, Universiteit Gent, 2024")
    doc.add_paragraph("EXPERIENCE")
    doc.add_paragraph("Intern, Vision Software, Oogscherp NV, 07/2025 - 08/2025")
    doc.add_paragraph("Wrote a camera calibration tool in Python for two inspection cells",
                      style="List Bullet")
    path = tmp_path / "CV_Lotte.docx"
    doc.save(path)
    resume = read_resume(path)
    thesis = [b.text for b in resume.bullets if b.section == "Master's thesis"]
    assert len(thesis) == 2 and thesis[0].startswith("Trained a U-Net"), resume.bullets
    assert any(s.title == "Master's thesis" and s.kind == "projects" for s in resume.sections)


def test_numbers_after_a_colon_are_the_result() -> None:
    from app.analysis.star import split_action_result

    action, result = split_action_result(
        "Rebuilt the fraud rules engine in Go: p99 latency from 80 ms to 12 ms")
    assert action == "Rebuilt the fraud rules engine in Go" and result.startswith("p99 latency")
    assert split_action_result("Payments: core payment service in Java")[1] == ""
