"""German doctorates and capitalised degree lines (invented): "Dr.-Ing.", "Dr. rer. nat." and a
posting's "Master oder Promotion" name a doctorate; "M.SC." in capitals is a master's degree;
and a degree line set in the headings' bold capitals is an education entry, not a section."""

from __future__ import annotations

from pathlib import Path

from app.analysis.education import degree_rank, degrees
from app.reading.resume import read_resume
from app.reading.wording import is_degree_line


def test_german_doctorates_and_capitalised_degrees() -> None:
    assert degree_rank("DR.-ING. (SUMMA CUM LAUDE)") == 3
    assert degree_rank("Dr. rer. nat. in Physics, Universität Lindenau") == 3
    assert degree_rank("Abgeschlossenes Studium (Master oder Promotion) in Informatik") == 3
    assert degree_rank("M.SC. COMPUTER SCIENCE") == 2
    assert degree_rank("B.SC. MECHATRONICS") == 1
    # a promotion at work and a doctor's name are no degrees
    assert degree_rank("Earned a promotion to senior engineer in 2021") == 0
    assert degree_rank("Reported to Dr. Hallberg, head of research") == 0
    assert is_degree_line("DR.-ING. (SUMMA CUM LAUDE)")


def _europass_like(path: Path) -> Path:
    from tests.reading.layouts.pdf_layouts import A4, render_story

    h = "font-weight: bold; font-size: 12pt;"
    body = (
        f'<p style="{h}">WORK EXPERIENCE</p><p>[ 04.2021 – CURRENT ]</p>'
        f'<p style="{h}">COMPUTER VISION ENGINEER</p><p>Ostrauer Optik GmbH – Jena</p>'
        "<ul><li>Built a defect detector for lens coatings in PyTorch; recall 97% at 1% false alarms.</li></ul>"
        f'<p style="{h}">EDUCATION AND TRAINING</p><p>[ 10.2016 – 09.2020 ]</p>'
        f'<p style="{h}">DR.-ING.</p><p>Technische Hochschule Lindenau – Dresden</p>'
        f'<p>[ 10.2013 – 09.2016 ]</p><p style="{h}">M.SC. ELECTRICAL ENGINEERING</p>'
        "<p>Technische Hochschule Lindenau – Dresden</p>"
        f'<p style="{h}">DIGITAL SKILLS</p><p>Python · C++ · PyTorch · OpenCV</p>'
    )
    render_story(path, f"<body>{body}</body>", "* {font-size: 10pt;}", size=A4, margins=(50, 50, 50, 52))
    return path


def test_a_degree_in_heading_capitals_stays_in_education(tmp_path: Path) -> None:
    resume = read_resume(_europass_like(tmp_path / "europass.pdf"))
    titles = [s.title for s in resume.sections]
    assert "DR.-ING." not in titles and "M.SC. ELECTRICAL ENGINEERING" not in titles, titles
    assert sorted(d.level for d in degrees(resume)) == [2, 3]
