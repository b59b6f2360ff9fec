"""Postings of kinds the twenty-seventh held-back set brought, on invented text and files:

- Norwegian, Swedish and Danish section names ("Arbeidsoppgaver", "Kvalifikasjoner", "Ønskede
  kvalifikasjoner", "Meriterande", "Vi tilbyr", "Personlige egenskaper"), a title in the
  language ("Senior dataforsker") and the employer as a labelled field ("Arbeidsgiver: ...").
- A person specification as a Word table ('Criteria | Essential | Desirable | Assessed by'):
  the Essential column is required, the Desirable column preferred, the header row and the
  notes after the table are no requirements; the NHS trust is the employer.
- A French posting printed from a job site: its title under a breadcrumb, "(H/F)" dropped, the
  employer from the details block ("Entreprise Acme"), "... est un atout" preferred.
"""

from __future__ import annotations

from pathlib import Path

import docx

from tests.analysis.judge_helpers import knowledge

NORWEGIAN = """Hopp til hovedinnhold
Jobbportalen
Ledige stillinger  |  Mine søk  |  Logg inn
Senior dataingeniør – strømmedata
Nordvik Energi AS
Tromsø

Om arbeidsgiveren
Nordvik Energi AS leverer strøm til 90 000 kunder.

Arbeidsoppgaver
- Bygge og drifte datastrømmer fra målere
- Sette modeller i produksjon sammen med analyseteamet

Kvalifikasjoner
- Mastergrad i informatikk eller tilsvarende
- Minst 4 års erfaring med Python og SQL

Ønskede kvalifikasjoner
- Erfaring med Kafka
- Kjennskap til kraftbransjen

Personlige egenskaper
- Du er nysgjerrig og liker å dele kunnskap

Vi tilbyr
- Fleksibel arbeidstid

Fakta
Stillingstittel: Senior dataingeniør
Arbeidsgiver: Nordvik Energi AS
"""


def _read_text(text: str, tmp_path: Path, name: str = "job.txt"):
    from app.reading.jobs import read_job

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_job(path, knowledge())


def test_a_norwegian_posting_reads_its_sections_title_and_employer(tmp_path: Path) -> None:
    job = _read_text(NORWEGIAN, tmp_path)
    kinds = {r.text: r.kind for r in job.requirements}
    assert kinds["Mastergrad i informatikk eller tilsvarende"] == "basic"
    assert kinds["Minst 4 års erfaring med Python og SQL"] == "basic"
    assert kinds["Erfaring med Kafka"] == "preferred"
    assert kinds["Bygge og drifte datastrømmer fra målere"] == "responsibility"
    assert not any("nysgjerrig" in t or "Fleksibel" in t for t in kinds)
    assert job.title == "Senior dataingeniør" and job.company == "Nordvik Energi AS"


def test_a_swedish_heading_set_is_read(tmp_path: Path) -> None:
    text = ("Backendutvecklare\nLinnholm Data AB\n\nDina arbetsuppgifter\n- Bygga API:er i Go\n\n"
            "Kvalifikationer\n- Minst 3 års erfarenhet av Go\n\nMeriterande\n- Erfarenhet av "
            "Kubernetes\n\nVi erbjuder\n- Friskvårdsbidrag\n")
    kinds = {r.text: r.kind for r in _read_text(text, tmp_path).requirements}
    assert kinds == {"Bygga API:er i Go": "responsibility",
                     "Minst 3 års erfarenhet av Go": "basic",
                     "Erfarenhet av Kubernetes": "preferred"}, kinds


def test_a_person_specification_table_reads_by_column(tmp_path: Path) -> None:
    from app.reading.jobs import read_job

    d = docx.Document()
    d.add_paragraph("Senior Data Analyst")
    d.add_paragraph("Harrowgate and Linthorpe NHS Foundation Trust")
    d.add_paragraph("Main duties")
    d.add_paragraph("Build the weekly bed-occupancy forecast", style="List Bullet")
    d.add_paragraph("Person specification")
    table = d.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Criteria", "Essential", "Desirable",
                                                "Assessed by"], strict=True):
        cell.text = text
    rows = [("Qualifications", ["Degree in a numerate subject"], ["Master's degree in statistics"], "A"),
            ("Experience", ["Experience of SQL reporting", "Experience of Python"],
             ["Experience of line management"], "A/I")]
    for row, (name, essential, desirable, how) in zip(table.rows[1:], rows, strict=True):
        row.cells[0].text = name
        for col, items in ((1, essential), (2, desirable)):
            cell = row.cells[col]
            cell.paragraphs[0].text = items[0]
            cell.paragraphs[0].style = d.styles["List Bullet"]
            for item in items[1:]:
                cell.add_paragraph(item, style="List Bullet")
        row.cells[3].text = how
    d.add_paragraph("Applications from job seekers who need sponsorship are welcome.")
    path = tmp_path / "spec.docx"
    d.save(str(path))
    job = read_job(path, knowledge())
    kinds = {r.text: r.kind for r in job.requirements}
    assert kinds == {"Build the weekly bed-occupancy forecast": "responsibility",
                     "Degree in a numerate subject": "basic",
                     "Master's degree in statistics": "preferred",
                     "Experience of SQL reporting": "basic", "Experience of Python": "basic",
                     "Experience of line management": "preferred"}, kinds
    assert job.company == "Harrowgate and Linthorpe NHS Foundation Trust"


FRENCH = """emploi-sud L'emploi en Tunisie
Accueil › Offres d'emploi › Informatique › Sfax
Ingénieur(e) Logiciel Embarqué Senior (H/F)
Entreprise Orvalis Systèmes
Lieu de travail Sfax, Tunisie
Profil recherché
• Diplôme d'ingénieur en électronique ou informatique
• Au moins 5 ans d'expérience en C embarqué
• La connaissance de la norme ISO 26262 est un atout
Ce que nous offrons
• Assurance groupe
"""


def test_a_french_job_site_posting_reads_title_employer_and_assets(tmp_path: Path) -> None:
    job = _read_text(FRENCH, tmp_path)
    assert job.title == "Ingénieur(e) Logiciel Embarqué Senior"
    assert job.company == "Orvalis Systèmes"
    kinds = {r.text: r.kind for r in job.requirements}
    assert kinds["La connaissance de la norme ISO 26262 est un atout"] == "preferred"
    assert kinds["Au moins 5 ans d'expérience en C embarqué"] == "basic"
