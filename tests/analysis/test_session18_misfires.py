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


# ---- postings in German and Dutch, and an Amazon business posting under its own name -------

WEATHER_SCIENTIST = """
Radka Vojtíšková
Brno, Czech Republic | radka.v@example.com

EXPERIENCE
Senior Data Scientist, Oblakov Weather s.r.o.    04/2021 - today
- Built the hail nowcast from radar composites (U-Net); hit rate up 14% over extrapolation
- Put all forecast models on one AWS pipeline (ECS, S3, Lambda) with automatic retraining; 120 customers call the API
- Wrote the verification guide for probabilistic forecasts (CRPS, reliability diagrams)

Postdoctoral Researcher, Institute of Atmospheric Physics    10/2018 - 03/2021
- Research on machine-learning nowcasting of convective storms; neural network experiments on the institute's GPUs
- 2 journal papers

EDUCATION
PhD in Atmospheric Physics, Charles University, 2018
MSc Meteorology, Charles University, 2014

PUBLICATIONS
Vojtíšková, R. et al. (2020): Learning storm motion from radar. Monthly Weather Review.

Languages: Czech (native), German (C1), English (C1)
"""

GERMAN_POSTING = """
Data Scientist (w/m/d) Nowcasting
Alpenblick Wetterdienst GmbH

Dein Profil
- Abgeschlossenes Studium der Meteorologie, Physik, Informatik oder eine vergleichbare Ausbildung
- Mindestens 3 Jahre Berufserfahrung in der Entwicklung von ML-Modellen mit Python
- Erfahrung damit, Modelle in Produktion zu bringen (Docker, CI/CD, Cloud)
- Erfahrung mit AWS oder Azure

Wünschenswert
- Promotion oder wissenschaftliche Publikationen
- Erfahrung mit Zeitreihen und probabilistischen Prognosen
"""

AMAZON_BRAND_POSTING = """
amazon.jobs
Machine Learning Engineer III, Wondery Podcast Discovery
Job ID: 3390021 · Wondery, LLC

DESCRIPTION
Wondery makes podcasts millions follow. Amazon is an equal opportunity employer.

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- 3+ years of building machine learning models and deploying them to production experience
- Bachelor's degree in computer science or a related field

PREFERRED QUALIFICATIONS
- Experience with time-series forecasting or probabilistic prediction
"""


def test_german_lines_are_read_in_english(tmp_path: Path) -> None:
    judged = judge(tmp_path, WEATHER_SCIENTIST, GERMAN_POSTING)
    for line in ("Abgeschlossenes Studium der Meteorologie", "Mindestens 3 Jahre Berufserfahrung",
                 "Erfahrung damit, Modelle in Produktion", "Erfahrung mit AWS oder Azure",
                 "Promotion oder wissenschaftliche Publikationen"):
        assert judged.of(line) == "met", (line, judged.why(line))


def test_an_ml_postdoc_in_another_field_counts(tmp_path: Path) -> None:
    judged = judge(tmp_path, WEATHER_SCIENTIST, GERMAN_POSTING)
    assert judged.years is not None and judged.years >= 7, judged.years  # 5.3 without it


def test_an_amazon_business_under_its_own_name_gets_the_amazon_pack(tmp_path: Path) -> None:
    judged = judge(tmp_path, WEATHER_SCIENTIST, AMAZON_BRAND_POSTING)
    assert judged.report.role_pack.startswith("amazon"), judged.report.role_pack
    assert judged.level is not None
    assert judged.of("Experience with time-series forecasting") == "met"


NEW_GRADUATE = """
Wout Declercq
Gent, Belgium | wout.declercq@example.com

EDUCATION
Master of Science in Engineering: Computer Science, Universiteit Gent, 2026
Thesis: trained a U-Net model for real-time weld-seam defect segmentation from camera images on a Jetson Orin (PyTorch, TensorRT), 91% IoU
Bachelor of Science in Engineering, Universiteit Gent, 2024

EXPERIENCE
Trainee Software Engineer, Scheldewerf Robotics    Sep 2026 - Present
- Wrote the C++ driver for the gripper camera

Languages: Dutch (native), English (C1)
"""

DUTCH_POSTING = """
Vacature: Machine Learning Engineer (junior)
Kraanvogel Inspectie NV

Wie ben jij?
- Je hebt een masterdiploma ingenieurswetenschappen (computerwetenschappen, elektrotechniek) of een gelijkwaardig diploma
- Je hebt al deep-learningmodellen voor computervisie getraind, in je thesis, een stage of een job
- Je spreekt en schrijft vlot Engels; Nederlands is een plus

Mooi meegenomen
- Ervaring met modeloptimalisatie: quantisatie, pruning of TensorRT
- Vertrouwd met Linux en Docker
"""


def test_dutch_lines_and_a_thesis_the_posting_takes(tmp_path: Path) -> None:
    judged = judge(tmp_path, NEW_GRADUATE, DUTCH_POSTING)
    assert judged.of("Je hebt een masterdiploma") == "met", judged.why("Je hebt een masterdiploma")
    assert judged.of("Je hebt al deep-learningmodellen") == "met"
    assert "English" in judged.why("Je spreekt en schrijft vlot Engels")
    kinds = {r.text[:20]: r.kind for r in judged.report.job.requirements}
    assert kinds["Ervaring met modelop"] == "preferred", kinds
    assert judged.verdict in ("strong", "apply"), judged.report.fit.verdict_reason


LOCALISER = """
Nino Beridze
Tbilisi, Georgia | nino.b@example.com

EXPERIENCE
Localisation Engineer, Kartli Language Services    Mar 2018 - Present
- Prepared XML and InDesign files for translators; built QA checks in regex for the CAT tools
- Connected the translation memory server to a client's content system with small Python scripts

EDUCATION
MSc Language Science and Technology, Saarland University, 2017
"""

MT_POSTING = """
Machine Learning Engineer II, Translation
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Bachelor's degree or higher in computer science, computational linguistics or a related field
"""


def test_a_localisation_engineer_is_not_software_years_and_ls_t_is_computational_linguistics(
        tmp_path: Path) -> None:
    judged = judge(tmp_path, LOCALISER, MT_POSTING)
    assert judged.of("3+ years of non-internship") in ("partly", "not-met")
    assert judged.of("Bachelor's degree or higher") == "met", judged.why("Bachelor's degree")


# ---- a language model used as a tool is not language-model work ------------------------------

AUDIO_MLE = """
Dana Okonjo-Pratt
Austin, TX | dana.op@example.com

EXPERIENCE
Machine Learning Engineer, Quietfield Devices    Jun 2021 - Present
- Own the glass-break detection model (small CNN on log-mel features) running on 2M home hubs
- Added item embeddings from a fine-tuned image encoder and LLM-generated captions to the recommendation tower

PROJECTS
episode-splitter (side project)
- Splits podcast episodes into chapters with Whisper transcripts and an LLM prompt

EDUCATION
B.S. Electrical Engineering, 2021
"""

LLM_POSTING = """
Machine Learning Engineer II, Book Translation
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with natural language processing, machine translation or large language models
"""


def test_a_language_model_used_as_a_tool_is_not_nlp_experience(tmp_path: Path) -> None:
    judged = judge(tmp_path, AUDIO_MLE, LLM_POSTING)
    line = "Experience with natural language processing"
    assert judged.of(line) != "met", judged.why(line)


SCIENTIST_STUDYING = """
Nurul Syafiqah Rahim
Kuching, Malaysia | nurul.sr@example.com

EXPERIENCE
Data Scientist, Borneo Palm Analytics Sdn Bhd    Jan 2019 - Present
- Built the yield forecast for 40 estates with XGBoost; forecast error down 18%
- Wrote the drone imagery pipeline in Python that flags unhealthy palms

EDUCATION
MSc Data Science (part-time, in progress, expected Aug 2027), Universiti Malaysia Sarawak
BSc Agricultural Science, Universiti Putra Malaysia, 2018
"""

AS_POSTING = """
Applied Scientist II, Weather
Amazon

BASIC QUALIFICATIONS
- PhD, or Master's degree and 4+ years of CS, CE, ML or related field experience
- 3+ years of building machine learning models for business applications experience
- Experience programming in Python, R or a related language
"""


def test_the_degree_a_science_role_starts_from_still_in_progress_is_not_yet(
        tmp_path: Path) -> None:
    judged = judge(tmp_path, SCIENTIST_STUDYING, AS_POSTING)
    assert judged.verdict == "not-yet", judged.report.fit.verdict_reason
    assert "still in progress" in judged.report.fit.verdict_reason
    assert judged.level == "below-L4", judged.report.fit.level_reason
