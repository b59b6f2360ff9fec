"""A Europass CV: a narrow column of labels set flush right against the content ('Telefono',
'ESPERIENZA PROFESSIONALE' over its English 'Work experience', 'set 2019 – attuale'), the
content at the right. Each label reads on the row it is level with, each title opens its
section, each date range is its role's; the 'europass Curriculum Vitae' banner is no name; a
company line ending in 'S.r.l.' is the employer, not a sentence; a title whose bracket closes on
the next line is one title."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.reading.headings import known_heading
from app.reading.resume import read_resume

GUTTER = 190.0
CONTENT = 205.0

ROWS = [  # (label at the left, content at the right, font size)
    ("", "Giulia Ferrandi", 16),
    ("INFORMAZIONI PERSONALI", "", 8),
    ("Telefono", "(+39) 333 000 1122", 9),
    ("E-mail", "giulia.ferrandi@example.it", 9),
    ("Sesso", "Femminile", 9),
    ("", "", 9),
    ("ESPERIENZA PROFESSIONALE", "", 8),
    ("Work experience", "", 7.5),
    ("gen 2021 - attuale", "Machine Learning Engineer (Data Scientist fino a mar", 10.5),
    ("", "2022)", 10.5),
    ("", "Vetreria Lombarda S.r.l., Brescia (Italia)", 9),
    ("", "- Built the glass-defect classifier that cut manual inspection hours by 40%.", 9),
    ("", "- Deployed the models on edge devices at 3 furnaces with a drift monitor.", 9),
    ("mar 2018 - dic 2020", "Sviluppatore Python", 10.5),
    ("", "Officine Rinaldi S.p.A., Bergamo (Italia)", 9),
    ("", "- Wrote the production-scheduling service used by 120 planners.", 9),
    ("", "", 9),
    ("ISTRUZIONE E FORMAZIONE", "", 8),
    ("Education and training", "", 7.5),
    ("2012 - 2017", "Laurea Magistrale in Ingegneria Informatica", 10.5),
    ("", "Politecnico di Vallecamonica", 9),
]


def _europass(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((40, 30), "europass Curriculum Vitae", fontsize=9)
    y = 70.0
    for label, content, size in ROWS:
        # two table cells a row, as the Europass editor writes them: the label right-aligned
        if label:
            page.insert_textbox(pymupdf.Rect(40, y - size, GUTTER, y + size), label,
                                fontsize=min(size, 9), align=pymupdf.TEXT_ALIGN_RIGHT)
        if content:
            page.insert_textbox(pymupdf.Rect(CONTENT, y - size, 575, y + size), content,
                                fontsize=size)
        y += size * 1.6
    doc.set_metadata({"title": "Curriculum Vitae", "creationDate": "D:20261015"})
    doc.save(path)
    return path


def test_a_europass_cv_reads_its_labels_dates_and_roles(tmp_path: Path) -> None:
    resume = read_resume(_europass(tmp_path / "CV_Europass_Ferrandi_IT.pdf"))
    assert resume.name == "Giulia Ferrandi"
    roles = [(r.title, r.organization, r.period) for r in resume.roles]
    assert roles[:2] == [
        ("Machine Learning Engineer (Data Scientist fino a mar 2022)", "Vetreria Lombarda S.r.l.",
         "2021-01/present"),
        ("Sviluppatore Python", "Officine Rinaldi S.p.A.", "2018-03/2020-12")], roles
    texts = [b.text for b in resume.bullets]
    assert len(texts) == 3 and texts[0].startswith("Built the glass-defect classifier"), texts


@pytest.mark.parametrize(("heading", "kind"), [
    ("INFORMAZIONI PERSONALI", "other"), ("ISTRUZIONE E FORMAZIONE", "education"),
    ("COMPETENZE PERSONALI", "skills"), ("ÉDUCATION ET FORMATION", "education"),
    ("POSIZIONE RICOPERTA", "other"), ("Competenze digitali", "skills")])
def test_europass_headings_in_their_languages(heading: str, kind: str) -> None:
    assert known_heading(heading) == kind
