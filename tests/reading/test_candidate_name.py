"""The candidate's name as a real upload prints it: a web form's "Full name:" field, a title
line ("RESUME") above it, a contacts sidebar read before the page's large name, a name set
in two lines. Every one of these read as no name, or the wrong one, before (held-back set 17
and older sets: 25 resumes)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.reading.resume import read_resume


def _txt(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "r.txt"
    p.write_text(text.strip() + "\n", encoding="utf-8")
    return p


def test_a_forms_full_name_field(tmp_path: Path) -> None:
    p = _txt(tmp_path, """
Full name: Saoirse Delahunt
Headline: Data Engineer
Email: saoirse.d@example.com

Work experience
Job title: Data Engineer
Employer: Kilbrack Foods
Period: March 2022 - present
* Built the orders pipeline in Airflow and dbt.
""")
    assert read_resume(p).name == "Saoirse Delahunt"


def test_a_title_line_is_not_the_name(tmp_path: Path) -> None:
    p = _txt(tmp_path, """
RESUME
VENKATA SRINIVAS PALADUGU
venkata.p@example.com | +91 98480 12345

EXPERIENCE
Software Engineer, Orbix Technologies, 2019 - Present
- Built REST services in Java and Spring Boot.
""")
    assert read_resume(p).name == "VENKATA SRINIVAS PALADUGU"


def _pdf(tmp_path: Path, parts: list[tuple[float, float, str, float]]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text, size in parts:
        page.insert_text((x, y), text, fontsize=size)
    p = tmp_path / "r.pdf"
    doc.save(p)
    return p


def test_a_sidebar_read_first_and_a_name_in_two_lines(tmp_path: Path) -> None:
    body = [(230, 200 + 14 * i, line, 9) for i, line in enumerate((
        "EXPERIENCE", "Platform Engineer, Norrvik Data, 2020 - Present",
        "- Ran the Kubernetes clusters for 40 services.",
        "- Cut the cloud bill by 30% with spot instances.",
        "EDUCATION", "B.Sc. Computer Science, Vasa University, 2019"))]
    sidebar = [(30, 60, "Contact", 10), (30, 74, "Oslo, Norway", 9),
               (30, 88, "ola@example.com", 9), (30, 110, "Skills", 10),
               (30, 124, "Kubernetes", 9), (30, 138, "Terraform", 9)]
    p = _pdf(tmp_path, sidebar + [(230, 70, "Oddbjørn", 26), (230, 100, "Kvalheim-Strand", 26)]
             + body)
    assert read_resume(p).name == "Oddbjørn Kvalheim-Strand"


def _docx_with_header(tmp_path: Path, header: list[str], body: list[str], first_page: bool = False) -> Path:
    import docx

    d = docx.Document()
    sec = d.sections[0]
    if first_page:
        sec.different_first_page_header_footer = True
        sec.header.paragraphs[0].text = "Page 2"  # the running header of later pages
    target = sec.first_page_header if first_page else sec.header
    target.paragraphs[0].text = header[0]
    for line in header[1:]:
        target.add_paragraph(line)
    for line in body:
        d.add_paragraph(line[2:], style="List Bullet") if line.startswith("- ") else d.add_paragraph(line)
    p = tmp_path / "Some File.docx"
    d.save(p)
    return p


BODY = ["Summary", "Data engineer with six years on retail data.", "Experience",
        "Data Engineer, Brightmoor Retail, Leeds    2020 - Present",
        "- Built the stock pipeline in Airflow and dbt.", "- Cut the nightly load from 5 hours to 40 minutes."]


def test_a_word_template_prints_the_name_and_contacts_in_the_page_header(tmp_path: Path) -> None:
    p = _docx_with_header(tmp_path, ["Oonagh Fairweather-Lund", "Leeds, UK | oonagh.fl@example.com | 07700 900417"],
                          BODY)
    r = read_resume(p)
    assert r.name == "Oonagh Fairweather-Lund"
    assert "oonagh.fl@example.com" in r.text.splitlines()[1]  # shown where the user put it
    assert len(r.bullets) == 2


def test_a_first_page_header_is_read_and_page_numbers_are_not(tmp_path: Path) -> None:
    p = _docx_with_header(tmp_path, ["Page 1 of 2", "Tadhg Ó Muircheartaigh"], BODY, first_page=True)
    r = read_resume(p)
    assert r.name == "Tadhg Ó Muircheartaigh"
    assert "Page" not in r.text


def test_a_header_repeating_the_bodys_name_adds_nothing(tmp_path: Path) -> None:
    p = _docx_with_header(tmp_path, ["Ilse Brandvold\tCurriculum Vitae"],
                          ["ILSE BRANDVOLD", "Bergen, Norway | ilse@example.com"] + BODY)
    r = read_resume(p)
    assert r.name == "ILSE BRANDVOLD"
    assert "Curriculum Vitae" not in r.text


def test_credentials_after_the_name_are_not_part_of_it(tmp_path: Path) -> None:
    p = _txt(tmp_path, "RHODRI T. ABERNATHY, ECE, CCNP\nCardiff | rhodri@example.com\n\n"
             + "\n".join(BODY))
    assert read_resume(p).name == "RHODRI T. ABERNATHY"
    p = _txt(tmp_path, "KOWALSKA, ANNA\nanna@example.com\n\n" + "\n".join(BODY))
    assert read_resume(p).name == "KOWALSKA, ANNA"  # surname first: not a credential


def test_a_resume_pasted_into_an_email_is_named_by_its_sender(tmp_path: Path) -> None:
    p = _txt(tmp_path, "From: Cathal Brannigan <cathal.b@example.com>\nSent: Monday, 2 Nov 2026\n"
             "To: Recruiting\nSubject: My resume\n\nHi there,\nPlease find my resume below.\n\n"
             + "\n".join(BODY))
    assert read_resume(p).name == "Cathal Brannigan"


def test_a_name_beside_a_title_in_the_same_type(tmp_path: Path) -> None:
    p = _pdf(tmp_path, [(40, 60, "Beatriz Okonjo-Vale", 19), (260, 60, "iOS Engineer", 19),
                        (40, 80, "Lisbon | beatriz@example.com", 9)]
             + [(40, 110 + 14 * i, line, 9) for i, line in enumerate(BODY)])
    assert read_resume(p).name == "Beatriz Okonjo-Vale"


def test_a_name_only_the_file_name_and_the_text_agree_on(tmp_path: Path) -> None:
    p = _pdf(tmp_path, [(40, 60, "Senior Research Scientist", 14),
                        (40, 80, "Boston · scholar: Wilhelmina Achterberg · github.com/wachter", 9)]
             + [(40, 110 + 14 * i, line, 9) for i, line in enumerate(BODY)])
    named = p.with_name("Wilhelmina_Achterberg_Resume.pdf")
    p.rename(named)
    assert read_resume(named).name == "Wilhelmina Achterberg"
    other = named.with_name("Marguerite_Osei_Resume.pdf")  # words the text never prints
    named.rename(other)
    assert read_resume(other).name == ""


def test_a_large_name_and_a_small_headline_in_one_word_paragraph(tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    para = d.add_paragraph()
    name, headline = para.add_run("Sigrún Halvorsen"), para.add_run("   Product & Experimentation Analytics")
    name.font.size, name.bold, headline.font.size = Pt(20), True, Pt(11)
    for line in BODY:
        d.add_paragraph(line[2:], style="List Bullet") if line.startswith("- ") else d.add_paragraph(line)
    p = tmp_path / "cv.docx"
    d.save(p)
    assert read_resume(p).name == "Sigrún Halvorsen"
