"""Wordings read on held-back set 22, on invented people and postings: Turkish, Indonesian and
Swedish month names with their words for "now" ("Eyl 2022 – Halen", "Agu 2021 – Sekarang",
"aug 2019 – nuvarande"), headings in two languages whose first half we do not list ("İş
Deneyimi / Work Experience"), a sidebar's headings set smaller than the body's, an Amazon
company posting under its own legal entity (Annapurna Labs), the employer's name in a title
("AWS Neuron Compiler") that names no domain, a "Why <Company>" pitch after the requirements,
and "models in production" as model deployment."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.knowledge import load_knowledge
from app.reading.headings import known_heading
from app.reading.jobs import read_job_text
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

RESUME = """
Deniz Karaosmanoğlu-Wirth
deniz.kw@example.com

{heading}
Machine Learning Engineer, Lodos Pazaryeri A.Ş., {dates}
- Built the two-tower retrieval model in PyTorch and served it behind a FastAPI service.
- Trained the ranking model and its weekly retraining pipeline on Kubernetes.

Data Scientist, Kuzeypay Ödeme A.Ş., {earlier}
- Built the card fraud model (LightGBM) that scores every payment in real time.

EDUCATION
B.Sc. Computer Engineering, Boğaziçi Teknik Üniversitesi, 2019
"""


@pytest.mark.parametrize(("heading", "dates", "earlier"), [
    ("İş Deneyimi / Work Experience", "Eyl 2022 – Halen", "Şub 2020 – Ağu 2022"),
    ("Pengalaman Kerja / Work Experience", "Sep 2022 – Sekarang", "Feb 2020 – Agt 2022"),
    ("Arbetslivserfarenhet / Experience", "sep 2022 – nuvarande", "feb 2020 – aug 2022"),
])
def test_month_names_and_now_in_turkish_indonesian_and_swedish(tmp_path: Path, heading: str,
                                                                dates: str, earlier: str) -> None:
    p = tmp_path / "cv.txt"
    p.write_text(RESUME.format(heading=heading, dates=dates, earlier=earlier), encoding="utf-8")
    roles = read_resume(p).roles
    assert [(r.title, r.period) for r in roles] == [
        ("Machine Learning Engineer", "2022-09/present"), ("Data Scientist", "2020-02/2022-08")]


def test_a_two_language_heading_with_one_half_known() -> None:
    assert known_heading("İş Deneyimi / Work Experience") == "experience"
    assert known_heading("Yetenekler / Skills") == "skills"
    assert known_heading("Data Scientist / Projects Lead") is None


def test_a_sidebars_smaller_headings_still_open_their_sections(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    side = [("Contact", 1), ("ece@example.com", 0), ("Istanbul", 0), ("Skills", 1)] + [
        (w, 0) for w in ("PyTorch", "LightGBM", "Kafka", "Flink", "Redis", "FastAPI", "Docker")] + [
        ("Languages", 1), ("Turkish (native)", 0), ("English (C1)", 0)]
    for i, (text, bold) in enumerate(side):  # bold 10 pt headings, beside the body's 12 pt ones
        page.insert_text((30, 120 + 22 * i), text, fontsize=10 if bold else 8.5,
                         fontname="hebo" if bold else "helv")
    main = ["Summary", "ML engineer on recommendations and fraud models.", "Work Experience",
            "ML Engineer, Lodos Pazaryeri, Jan 2021 - Present",
            "- Built the retrieval model in PyTorch, click-through up 6%.",
            "- Moved ranking to real-time inference at 38 ms p99.",
            "Data Scientist, Kuzeypay, Jan 2019 - Dec 2020", "- Built the card fraud model in LightGBM.",
            "Education", "B.Sc. Computer Engineering, Ege University, 2018",
            "Projects", "Open-source LightGBM ranking examples, 300 stars."]
    page.insert_text((200, 70), "Ece Ballikaya", fontsize=22)
    for i, text in enumerate(main):
        heading = text in ("Summary", "Work Experience", "Education", "Projects")  # 12 pt, mixed case
        page.insert_text((200, 120 + 26 * i), text, fontsize=12 if heading else 9.5)
    p = tmp_path / "cv.pdf"
    doc.save(p)
    r = read_resume(p)
    assert {"PyTorch", "Kafka", "Docker"} <= set(r.skills), r.skills
    assert len(r.bullets) == 3


NEURON = """
Software Development Engineer II, AWS Neuron Compiler
Job ID: 3301234 | Annapurna Labs (U.S.) Inc.
USA, TX, Austin

DESCRIPTION
The Neuron Compiler team turns PyTorch programs into code for the machine learning chips AWS builds.

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with compilers or performance optimization of low-level code

PREFERRED QUALIFICATIONS
- Experience with MLIR, XLA or TVM

Why Annapurna Labs
Hybrid work, a yearly learning budget and a team that publishes its work.
"""

COMPILER = """
Oksana Verhovyna-Tal
oksana.vt@example.com

EXPERIENCE
ML Compiler Engineer, Ferrotile Silicon, Jan 2020 - Present
- Wrote the operator-fusion and memory-planning passes of the MLIR-based compiler in C++.
- Wrote Triton kernels for fused attention; 1.8x faster than the vendor library.
- Designed the tiling pass and reviewed the team's compiler designs.

EDUCATION
M.S. Computer Engineering, Northgate State University, 2019
"""


def test_an_amazon_company_under_its_own_entity_gets_the_ladder_and_no_domain_from_aws(
        tmp_path: Path) -> None:
    j = judge(tmp_path, COMPILER, NEURON)
    assert j.level in ("L4", "L5", "L6")  # the Amazon ladder: without it the level is None
    assert j.verdict == "strong", j.report.fit.score_detail  # "AWS" named no distributed-systems domain


def test_why_the_company_after_the_requirements_is_the_pitch() -> None:
    job = read_job_text(NEURON, load_knowledge())
    assert [r.text[:10] for r in job.requirements if r.kind in ("basic", "preferred")] == [
        "3+ years o", "Experience", "Experience"]


def test_models_in_production_is_the_practice_an_including_clause_asks(tmp_path: Path) -> None:
    posting = """
Senior Data Scientist
Galilfort Security, Tel Aviv

Requirements
- Must: 3+ years of hands-on experience as a data scientist, including deploying and maintaining your own models in production
"""
    analyst = """
Maj Ekdahl-Soto
maj@example.com

EXPERIENCE
Data Scientist, Vindhav Streaming AB, Jan 2020 - Present
- Designed and analysed 120 A/B tests on the onboarding and pricing pages.
- Built a churn propensity model in scikit-learn and handed it to the personalisation team.
"""
    j = judge(tmp_path, analyst, posting)
    assert j.of("Must: 3+ years") != "met", j.why("Must: 3+ years")


PRINCIPAL = """
Principal Machine Learning Engineer, Payments Risk Platform
Amazon.com Services LLC · USA, WA, Seattle

BASIC QUALIFICATIONS
- 10+ years of non-internship professional software development experience
- 5+ years of leading design or architecture of new and existing systems
- Experience building machine learning platforms used by many teams

PREFERRED QUALIFICATIONS
- Experience with fraud or payments-risk models
"""

PRINCIPAL_RESUME = """
Ingeborg Vasquez-Thornbury
ingeborg.vt@example.com

EXPERIENCE
Principal Machine Learning Engineer, ML Platform | Tollwick Commerce | Mar 2019 - Present
- Set technical direction for the four ML platform teams (38 engineers) as an individual contributor.
- Architected the company-wide ML platform (feature store, training orchestration, model registry).
- Cut the time from a trained model to production from 6 weeks to 3 days by putting every team on one deployment path.
- Designed the shared inference service that runs 300 models for fraud and payments-risk teams.
- Mentor five senior engineers; chair the monthly design review.

Senior Machine Learning Engineer, Payments Risk | Quillmarsh Payments | Jan 2010 - Feb 2019
- Built the card-fraud models (gradient boosting) and the real-time scoring service in Java.
- Led a team of 6 engineers building the transaction-risk feature pipeline on Kafka.

EDUCATION
M.S. Computer Science, Westmark University, 2009
"""


def test_a_principal_posting_is_l7_and_a_principal_with_org_scope_reaches_it(tmp_path: Path) -> None:
    j = judge(tmp_path, PRINCIPAL_RESUME, PRINCIPAL)
    assert j.report.job.level_hints["level"] == "L7"
    assert j.level == "L7", j.report.level.reason
    assert j.verdict == "strong"
    staff = judge(tmp_path, PRINCIPAL_RESUME, PRINCIPAL.replace("Principal Machine", "Staff Machine"),
                  name="staff")
    assert staff.report.job.level_hints["level"] == "L6"


JAKARTA = """
Senior Machine Learning Engineer
PT Lintas Cepat Nusantara, Jakarta

Minimum Qualifications
- 4+ years of experience building machine learning models in production
- Fluent Bahasa Indonesia and English

Preferred Qualifications
- Experience working with Go; Java is not required
"""

JAKARTA_RESUME = """
Putri Anggraini Wibisono
putri.aw@example.com

EXPERIENCE
Machine Learning Engineer | Jalan Kilat | Jan 2020 - Present
- Built the ETA model (LightGBM) and deployed it on Kubernetes with MLflow; error down 18%.
- Trained the driver-matching model and ran its A/B tests in production.

LANGUAGES
{languages}

EDUCATION
S.Kom. Computer Science, Universitas Tanjung Mas, 2019
"""


def test_a_language_named_in_its_own_words_bahasa_indonesia(tmp_path: Path) -> None:
    shown = judge(tmp_path, JAKARTA_RESUME.format(languages="Bahasa Indonesia (native), English (C1)"),
                  JAKARTA)
    assert shown.of("Fluent Bahasa Indonesia") == "met", shown.why("Fluent Bahasa")
    other = judge(tmp_path, JAKARTA_RESUME.format(languages="English (native), Spanish (B1)"), JAKARTA,
                  name="other")
    assert other.of("Fluent Bahasa Indonesia") == "not-met", other.why("Fluent Bahasa")
    assert "Indonesian" in other.why("Fluent Bahasa")


def test_a_clause_saying_what_is_not_required_is_not_looked_for(tmp_path: Path) -> None:
    j = judge(tmp_path, JAKARTA_RESUME.format(languages="English"), JAKARTA)
    assert "Java" not in j.why("Experience working with Go"), j.why("Experience working with Go")


SENIOR_RESUME = """
Tomasz Ferreira-Lindgren
tomasz.fl@example.com

EXPERIENCE
Senior Machine Learning Engineer, Payments Risk | Quillmarsh Payments | {start} - Present
- Built the card-fraud models (gradient boosting) and the real-time scoring service in Java.
- Designed the feature store and the training pipelines used by 3 risk teams.
- Led a team of 4 engineers building the transaction-risk feature pipeline on Kafka.

EDUCATION
M.S. Computer Science, Westmark University, 2017
"""


def test_years_short_by_a_levels_span_are_not_yet_a_smaller_gap_is_a_stretch(tmp_path: Path) -> None:
    far = judge(tmp_path, SENIOR_RESUME.format(start="Jan 2019"), PRINCIPAL)  # ~7.4 of 10+ asked
    assert far.verdict == "not-yet", far.report.fit.verdict_reason
    assert "more years" in far.report.fit.verdict_reason
    near = judge(tmp_path, SENIOR_RESUME.format(start="Jan 2017"), PRINCIPAL, name="near")  # ~9.4
    assert near.verdict != "not-yet", near.report.fit.verdict_reason


SHORT_SOFTWARE = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience building machine learning models for production
"""

SCIENTIST_THEN_ENGINEER = """
Defne Yalçınkaya-Moss
defne@example.com

EXPERIENCE
Machine Learning Engineer | Lodos Pazaryeri | Apr 2024 - Present
- Built the two-tower retrieval model in PyTorch and served it behind a FastAPI service.
- Moved the ranking model to real-time inference on Kubernetes at 38 ms p99.

Data Scientist | Kuzeypay | Jan 2020 - Mar 2024
- Analysed card-fraud patterns and built a logistic-regression fraud model in a notebook.
- Reported weekly fraud losses to the risk committee.
"""


def test_a_years_risk_counts_the_years_its_line_counted(tmp_path: Path) -> None:
    j = judge(tmp_path, SCIENTIST_THEN_ENGINEER, SHORT_SOFTWARE)
    risks = [r for r in j.report.risks if r.id == "years-below"]
    assert risks, [r.id for r in j.report.risks]
    assert " -" not in risks[0].why and "about 2.2 years of professional software development " \
        "against the 3+ asked" in risks[0].why, risks[0].why


@pytest.mark.parametrize(("line", "result"), [
    ("Built the static malware classifier (gradient-boosted trees on 2,400 import features); "
     "detections rose 14% at a false-positive rate under 1 in 100,000.",
     "Detections rose 14% at a false-positive rate under 1 in 100,000."),
    ("Designed the reconciliation service that matches 3 million records a night; unmatched items "
     "fell below 0.01%.", "Unmatched items fell below 0.01%."),
])
def test_a_result_after_a_semicolon_even_when_the_action_has_numbers(line: str, result: str) -> None:
    from app.analysis.star import split_action_result

    action, got = split_action_result(line)
    assert got == result and not action.endswith(";")
    assert split_action_result("Moved 40 pipelines to Airflow; the team ran 3 more tests a week.")[1] == ""


def test_a_legal_entity_is_no_product_and_the_titles_tail_is_the_team() -> None:
    from app.analysis.scripts import questions_to_ask, team_and_product

    text = """Machine Learning Engineer II, Personalization - EU Stores
Job ID: 3301999
Company: Amazon Development Center Germany GmbH
Location: DEU, BE, Berlin

DESCRIPTION
The team ranks what millions of customers see on the home page of the EU stores.

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience

Amazon Development Center Germany GmbH, Berlin.
"""
    k = load_knowledge()
    job = read_job_text(text, k)
    team, product = team_and_product(job)
    assert "EU Stores" in team and "Development Center" not in product
    pack = k.roles["amazon-mle"]
    assert not any("Development Center" in q.text for q in questions_to_ask(job, pack))


def test_an_employer_with_a_full_stop_leaves_no_dates_in_the_scene(tmp_path: Path) -> None:
    resume = SCIENTIST_THEN_ENGINEER.replace("Kuzeypay", "Kuzeypay Ödeme A.Ş.")
    j = judge(tmp_path, resume, SHORT_SOFTWARE)
    angles = [q.angle for q in j.report.questions]
    assert angles and not any("((" in a or "Set the scene (Jan" in a for a in angles), angles


def test_a_note_on_a_roles_hours_is_no_role(tmp_path: Path) -> None:
    p = tmp_path / "cv.txt"
    p.write_text("""Lucía Benavídez-Oyhanart
lucia@example.com

EXPERIENCE

**Machine Learning Engineer (contractor)** | Kestrelgate Health (USA) | Remote | Jan 2022 – Present

Part-time (20 h/week) Jan 2022 – Dec 2022, full-time (40 h/week) since Jan 2023

* Built and deployed a claims-triage model (XGBoost); manual reviews fell 22%.

* Packaged the model behind a FastAPI endpoint on AWS ECS with drift reports.

**QA Analyst** | Pampa Soft SRL | Mar 2019 – Dec 2021

* Automated the regression suite of a banking web app with Selenium.
""", encoding="utf-8")
    r = read_resume(p)
    assert [(x.title, x.period) for x in r.roles] == [
        ("Machine Learning Engineer (contractor)", "2022-01/present"), ("QA Analyst", "2019-03/2021-12")]
    assert sum(1 for b in r.bullets if b.role == 0) == 2


def test_the_reviewers_misfires_on_this_sessions_rules(tmp_path: Path) -> None:
    """Each line here misfired on a rule of this session before it was narrowed."""
    from app.analysis.asks import without_tails
    from app.analysis.level import CROSS_TEAM
    from app.analysis.star import split_action_result
    from app.reading.dates import period_of
    from app.reading.posting_headings import heading_kind
    from app.reading.structure import without_postnominals

    assert known_heading("Languages | Python, Scala, SQL") is None  # a skills row
    assert known_heading("Volunteer | Andela Learning Community") is None
    assert heading_kind("Why You'll Succeed Here") != "skip"
    assert "PyTorch" in without_tails("Strong Python skills, a PhD is not required, 3+ years of "
                                      "experience training deep learning models in PyTorch")
    assert not CROSS_TEAM.search("Reviewed code weekly with every team member")
    assert not CROSS_TEAM.search("Won first place among 40 university teams at HackMIT")
    assert without_postnominals("VAN DER BERG, ANNA") == "VAN DER BERG, ANNA"
    assert period_of("KASIM 2018 – EKİM 2020") == "2018-11/2020-10"
    assert period_of("Subat 2020 – Eylul 2021") == "2020-02/2021-09"
    assert split_action_result("Rebuilt the checkout flow in React for 3 markets; conversion had "
                               "dropped 12% after the 2022 redesign")[1] == ""
    p = tmp_path / "cv.txt"
    p.write_text("Priya Sharma – Data Scientist\npriya@example.com\n\n" + "\n".join(BODY), encoding="utf-8")
    assert read_resume(p).name == "Priya Sharma"
    q = tmp_path / "Data_Scientist_Resume.txt"
    q.write_text("priya@example.com\nData Scientist\n\n" + "\n".join(BODY), encoding="utf-8")
    assert read_resume(q).name != "Data Scientist"


def test_danish_payroll_regulations_are_no_language_ask(tmp_path: Path) -> None:
    posting = """
Senior Payroll Engineer
Visborg Systems, Copenhagen

Requirements
- 5+ years of professional software development experience
- Proficiency with Danish and Swedish payroll regulations
"""
    j = judge(tmp_path, SENIOR_RESUME.format(start="Jan 2017"), posting)
    assert "Danish at a working level" not in j.report.fit.verdict_reason


BODY = ["Summary", "Data engineer with six years on retail data.", "Experience",
        "Data Engineer, Brightmoor Retail, Leeds    2020 - Present",
        "- Built the stock pipeline in Airflow and dbt.", "- Cut the nightly load from 5 hours to 40 minutes."]


def test_the_kit_names_a_known_employer_by_its_usual_name(tmp_path: Path) -> None:
    from app.display import employer
    from app.export.view import _candidate

    j = judge(tmp_path, COMPILER, NEURON)  # signed "Annapurna Labs (U.S.) Inc."
    assert employer(j.report) == "Amazon"
    assert _candidate(j.report)["role_line"].endswith("· Amazon")


def test_a_banks_rank_before_the_job_claims_no_scope(tmp_path: Path) -> None:
    resume = """
Siti Nurhaliza binti Rahman
siti@example.com

EXPERIENCE
VP, Data Engineering | Selat Harbour Bank | Apr 2021 - Present
- Built the PySpark pipelines that feed the credit-scoring model, with MLflow tracking.
- Migrated 300 ETL workflows from Informatica to Spark on Kubernetes.

AVP, Data Engineering | Selat Harbour Bank | Apr 2016 - Mar 2021
- Built the data warehouse loads for the retail bank in Informatica and Oracle.
"""
    j = judge(tmp_path, resume, SHORT_SOFTWARE)
    assert not any("claims more scope" in r.why for r in j.report.risks), [r.why for r in j.report.risks]
