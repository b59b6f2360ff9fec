"""Misfires found in session eighteen, each on invented resumes and postings.

- A years line narrowed to one field of machine learning ("3+ years in computer vision",
  "dont 3 ans minimum en vision par ordinateur") counts the roles whose lines show that field,
  not every year of machine-learning work.
- A language quote ends on a whole word and at the resume's own separator ("French: bilingual
  · English: professional ..." quotes 'French: bilingual', never 'English: professi').
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

FRAUD_MLE = """
Tomasz Wrzesniak-Oyelaran
Gdansk, Poland | tomasz.wo@example.com

EXPERIENCE
Senior Machine Learning Engineer, Kredytel Payments    Feb 2021 - Present
- Built the card-fraud gradient-boosting model and its real-time scoring service (Python, Kafka)
- Trained a graph-based mule-account detector on 40M transfers; false positives down 22%
- Own the feature store behind 14 fraud models

Machine Learning Engineer, Kredytel Payments    Jan 2019 - Jan 2021
- Built churn and credit-limit models in Python (LightGBM) for the retail bank

Languages: Polish (native) · English: professional working proficiency · French: B1

EDUCATION
MSc Computer Science, Gdansk University of Technology, 2018
"""

VISION_POSTING = """
Senior Computer Vision Engineer
Halvorsen Robotics

Requirements
- 5+ years of professional experience, including 3+ years in computer vision
- Strong Python and C++
- Experience with PyTorch
"""

VISION_POSTING_FR = """
Ingénieur(e) Vision par Ordinateur Senior (H/F)
Kessra Industries - Sfax

Profil recherché
- Au moins 5 ans d'expérience professionnelle, dont 3 ans minimum en vision par ordinateur appliquée à l'industrie
- Maîtrise de Python et de C++
- Anglais courant
"""

VISION_ENGINEER = FRAUD_MLE.replace(
    "Built the card-fraud gradient-boosting model and its real-time scoring service (Python, Kafka)",
    "Built the cheque-image OCR and signature-verification CNN models and their scoring service")


def test_years_in_one_field_count_only_the_roles_in_it(tmp_path: Path) -> None:
    judged = judge(tmp_path, FRAUD_MLE, VISION_POSTING)
    line = "5+ years of professional experience, including 3+ years in computer vision"
    assert judged.of(line) in ("partly", "not-met"), judged.why(line)
    assert "computer vision" in judged.why(line)


def test_a_role_in_the_field_counts(tmp_path: Path) -> None:
    judged = judge(tmp_path, VISION_ENGINEER, VISION_POSTING)
    line = "5+ years of professional experience, including 3+ years in computer vision"
    assert judged.of(line) == "met", judged.why(line)


def test_french_years_of_which_some_in_a_field(tmp_path: Path) -> None:
    judged = judge(tmp_path, FRAUD_MLE, VISION_POSTING_FR)
    line = "Au moins 5 ans d'expérience professionnelle"
    assert judged.of(line) in ("partly", "not-met"), judged.why(line)


def test_a_language_quote_ends_on_a_whole_word(tmp_path: Path) -> None:
    judged = judge(tmp_path, FRAUD_MLE, VISION_POSTING_FR)
    why = judged.why("Anglais courant")
    assert "professi'" not in why and "English: professional working proficiency" in why, why


GARMENT = """
Chathurika Ranasinghe-Pieris
Colombo, Sri Lanka | chathurika.rp@example.com

EXPERIENCE
Product Data Analyst, Ceylon Loomworks (Pvt) Ltd    Apr 2023 - Present
- Built Power BI dashboards on returns and size-chart accuracy for 6 brands
- Wrote SQL queries over the fit-session database

Senior Fit Technologist, Ceylon Loomworks (Pvt) Ltd    Jan 2019 - Mar 2023
- Ran fit sessions for swimwear and intimates; approved grading rules for 11 customers
- Cut sample rejections by 30% by standardising measurement points

EDUCATION
BSc Textile and Apparel Technology, University of Moratuwa, 2018
"""

ANALYST_POSTING = """
Data Scientist
Kelderwick Health

Requirements
- 3+ years of professional software development or data engineering experience
- Version control (Git) and reproducible analytical pipelines
- Strong SQL
"""


def test_a_garment_technologist_is_not_software_work(tmp_path: Path) -> None:
    judged = judge(tmp_path, GARMENT, ANALYST_POSTING)
    assert judged.of("3+ years of professional software development") in ("partly", "not-met")
    assert judged.of("Version control (Git)") != "met", judged.why("Version control (Git)")
