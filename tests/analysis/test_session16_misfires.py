"""Misfires found in session sixteen (a Bar Raiser reviewer's reading of drafted stories), each
on invented lines.

- A result the line states after a semicolon is the Result, also when its subject is the work
  ("it cut false alarms by 30%"), its number is not a unit the metric reader counts ("fell from
  40 in 2023 to 6 in 2025"), it is a signed change ("+2.1%") or a person grown ("one got
  promoted"); "by re-clustering" is the how of a result.
- A sentence that only states an outcome is the result of the sentence before it; one that sets
  the scene ("Before this, ...") is the Situation.
- A present-tense line ("Own the invoicing service") and a role named as a line ("Tech lead for
  3 engineers", "Lead developer of ...") read in the first person, never "My part: ...".
- A story title keeps a range ("2025 – 2027", "from 4 to 11") whole and never ends on "had".
- "Fixed the retry key" implies no problem; "fixed a memory leak" does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge


@pytest.mark.parametrize(("line", "result"), [
    ("Rebuilt the churn scorer on Spark for 4 markets; it cut false alarms by 30% in the first "
     "month.", "It cut false alarms by 30% in the first month."),
    ("Moved dispute handling onto a rules service in Kotlin; invoice disputes fell from 40 in "
     "2023 to 6 in 2025.", "Invoice disputes fell from 40 in 2023 to 6 in 2025."),
    ("Shipped a gradient-boosted reranker for the help-centre search; deflection +2.1% in a "
     "two-week test.", "Deflection +2.1% in a two-week test."),
    ("Coached 3 support analysts in SQL; one got promoted to data analyst.",
     "One got promoted to data analyst."),
])
def test_a_stated_result_after_a_semicolon_is_the_result(line: str, result: str) -> None:
    from app.analysis.star import split_action_result

    action, got = split_action_result(line)
    assert got == result and action and not action.endswith(";")


def test_how_a_result_was_reached_is_the_action() -> None:
    from app.analysis.star import draft_star

    star = draft_star("Trimmed our Redshift spend about $90k a year by re-clustering tables and "
                      "dropping unused snapshots.", "As Data Engineer at Kelvar", False, False)
    assert star.action == ("I got there by re-clustering tables and dropping unused "
                           "snapshots.")
    assert star.result == "Trimmed our Redshift spend about $90k a year."


def test_an_outcome_sentence_is_the_result_and_the_scene_the_situation() -> None:
    from app.analysis.star import draft_star

    star = draft_star("Audited the label pipeline of the intent model and found 12% duplicate "
                      "utterances across splits; rebuilt the splits by customer. Offline "
                      "accuracy dropped 3 points, which was the honest number.", "", False, False)
    assert star.result == "Offline accuracy dropped 3 points, which was the honest number."
    assert star.action.startswith("I audited the label pipeline")
    scene = draft_star("Wrote the release checklist and a smoke-test job for the mobile app, 40 "
                       "checks in all. Before this, releases were checked by hand.", "As QA "
                       "Engineer at Ondrel", False, False)
    assert scene.situation.startswith("As QA Engineer at Ondrel. Before this, releases were "
                                      "checked by hand.")
    assert "Before this" not in scene.action + scene.result


@pytest.mark.parametrize(("line", "said"), [
    ("Own the invoicing service and its on-call rotation", "I own the invoicing service"),
    ("Tech lead for 3 engineers on the payouts API", "I was the tech lead for 3 engineers"),
    ("Lead developer of the route-planning model", "I was the lead developer of the route"),
    ("Responsible for the nightly settlement batch", "I was responsible for the nightly"),
    ("Lead a squad of 4 building the claims classifier", "I lead a squad of 4"),
])
def test_lines_read_in_the_first_person(line: str, said: str) -> None:
    from app.analysis.star import first_person

    got = first_person(line)
    assert got.startswith(said) and "My part" not in got


def test_story_titles_keep_ranges_whole() -> None:
    from app.analysis.stories import story_title

    assert story_title("Set the 2025 – 2027 data strategy for the bank's lending arm") == \
        "Set the 2025 – 2027 data strategy"
    assert "from 4" not in story_title("Grew the support analytics team from 4 to 11 analysts "
                                       "across two offices")
    assert not story_title("Noticed that ~6% of our invoices had been posted twice by the "
                           "importer").endswith(" had")


def test_a_problem_is_implied_only_by_a_trouble() -> None:
    from app.analysis.star import implied_problem

    assert implied_problem("Fixed the retry key and re-ran the backfill for March") == ""
    assert implied_problem("Fixed a memory leak that crashed the ingest worker nightly") == \
        "There was a memory leak"


RESUME = """
Tomasz Wierzbicki
Łódź, Poland | t.wierzbicki@example.com

EXPERIENCE
Machine Learning Engineer, Kalvo Logistics, Łódź    Mar 2022 - Present
- Found that the delivery-time model was trained on parcels scanned twice, which leaked the arrival scan into the features; rebuilt the training set from the first scan only and added a check to the pipeline. Offline error rose 6 minutes but live complaints about late estimates fell from 90 to 35 a week.
- Built the parcel-volume forecast in LightGBM for 14 depots

EDUCATION
M.Sc. Computer Science, 2021

SKILLS
Python, LightGBM, Airflow, SQL
"""

POSTING = """
Machine Learning Engineer
Kalvo Logistics

Requirements
- 2+ years building machine learning models in production
- Python and SQL
"""


def test_a_story_from_one_sentence_keeps_its_outcome(tmp_path: Path) -> None:
    """A paragraph-style line read sentence by sentence: the story drafted from its first
    sentence ends with the outcome the next sentence states, never '[Add: the measurable
    result]'."""
    report = judge(tmp_path, RESUME, POSTING).report
    story = next(s for s in report.stories if s.kind == "drafted"
                 and "parcels scanned twice" in s.action)
    assert "complaints about late estimates fell from 90 to 35" in story.result


LABELLED = """
Salma Othman
Alexandria, Egypt | salma.othman@example.com

EXPERIENCE
Machine Learning Engineer, Qarawan Health (remote)    Mar 2023 - Present
Key projects
- Trained and shipped an Arabic symptom classifier (fine-tuned AraBERT) that routes patient messages
- Built the retraining pipeline in Airflow and deployed the model behind a FastAPI service

Software Engineer, Nilebyte    Jul 2020 - Feb 2023
- Built Django services for clinic bookings

EDUCATION
B.Sc. Computer Engineering, 2020
"""

ML_POSTING = """
Machine Learning Engineer
Qarawan Health

Requirements
- 2+ years of experience building machine learning models and deploying them to production
- Python
"""


@pytest.mark.parametrize("label", ["Key projects", "Selected projects:", "Main Projects"])
def test_a_key_projects_label_is_no_role(tmp_path: Path, label: str) -> None:
    """'Key projects' over a role's bullets labels them; it is no role of its own, so the
    bullets stay the Machine Learning Engineer's (who built models, not 'managed rather than
    built')."""
    judged = judge(tmp_path, LABELLED.replace("Key projects", label), ML_POSTING)
    roles = judged.report.resume.roles
    assert [r.title for r in roles] == ["Machine Learning Engineer", "Software Engineer"]
    assert judged.of("2+ years of experience building machine learning") == "met"
    assert "managed rather than built" not in judged.report.fit.score_detail


def test_a_key_projects_label_in_a_word_file_is_no_role(tmp_path: Path) -> None:
    """The same label as a plain paragraph of a Word file, over list paragraphs."""
    import docx

    from app.reading.resume import read_resume

    d = docx.Document()
    for line in LABELLED.strip().splitlines():
        if line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            d.add_paragraph(line)
    path = tmp_path / "Salma_Othman_CV.docx"
    d.save(str(path))
    resume = read_resume(path)
    assert [r.title for r in resume.roles] == ["Machine Learning Engineer", "Software Engineer"]
    first = [b.text for b in resume.bullets if b.role == 0]
    assert any(t.startswith("Trained and shipped an Arabic") for t in first)


def test_a_page_header_naming_its_page_does_not_cut_a_bullet(tmp_path: Path) -> None:
    """'Ines Albuquerque · page 2 of 2' on the second page only (no twin on page one) sits
    between a bullet and its last words ('it in 2019 – 2021; ...'): the header is dropped and
    the bullet runs on, never a role titled 'it in'."""
    import pymupdf

    from app.reading.resume import read_resume

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 60.0
    head = ["Ines Albuquerque", "Porto, Portugal | ines.a@example.com", "", "EXPERIENCE",
            "Data Engineering Lead, Cortiça Analytics    Feb 2021 – Present"]
    for line in head:
        page.insert_text((60, y), line, fontsize=10)
        y += 14
    for _ in range(40):
        page.insert_text((60, y), "•  Ran the weekly data review with the finance team and kept the notes", fontsize=10)
        y += 14
    page.insert_text((60, y), "•  Designed the first version of the ingestion service (Go, Kafka) and wrote parts of",
                     fontsize=10)
    page2 = doc.new_page(width=612, height=792)
    page2.insert_text((400, 40), "Ines Albuquerque · page 2 of 2", fontsize=8)
    page2.insert_text((72, 80), "it in 2019 - 2021; failed loads fell from 30 to 4 a month.", fontsize=10)
    page2.insert_text((60, 94), "•  Introduced data contracts for the 12 source systems", fontsize=10)
    page2.insert_text((60, 122), "EDUCATION", fontsize=10)
    page2.insert_text((60, 136), "M.Sc. Informatics, Universidade do Porto, 2018", fontsize=10)
    path = tmp_path / "Ines_Albuquerque_CV.pdf"
    doc.save(str(path))
    resume = read_resume(path)
    assert [r.title for r in resume.roles] == ["Data Engineering Lead"]
    assert any(b.text.endswith("wrote parts of it in 2019 - 2021; failed loads fell from 30 to 4 "
                               "a month.") for b in resume.bullets)


DESIGN_POSTING = """
Senior Software Development Engineer, Payments Platform
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- 5+ years of leading design or architecture of new and existing systems experience
- Experience as a mentor, tech lead or leading an engineering team

PREFERRED QUALIFICATIONS
- Experience with payments systems
"""

DESIGN_RESUME = """
Keiko Marsh-Abiodun
Seattle, WA | keiko.ma@example.com

EXPERIENCE
Senior Software Engineer, Tech Lead, Orvane Payments, Seattle    Jan 2023 - Present
- Led the design of the ledger service (Java, DynamoDB) that settles 2 million payments a day
- Tech lead for 4 engineers; ran design reviews and wrote the architecture document for the payout API

Software Engineer, Orvane Payments, Seattle    Jul 2016 - Dec 2022
- Built payment reconciliation jobs in Java and SQL
- Built the merchant onboarding API used by 300 merchants

EDUCATION
B.S. Computer Science, 2016
"""


def test_a_basic_line_shown_in_part_is_not_called_never_done(tmp_path: Path) -> None:
    """Design led for about 3.4 of the 5 years asked: the risk says the line is shown in part,
    and the line to say never starts 'I haven't done that in a job yet'."""
    judged = judge(tmp_path, DESIGN_RESUME, DESIGN_POSTING)
    assert judged.of("5+ years of leading design") == "partly"
    risk = next(r for r in judged.report.risks if "leading design" in r.title)
    assert "only partly shown" in risk.title
    assert "haven't done that" not in risk.line_to_say


def _project_table_docx(path: Path) -> Path:
    """A career history in project tables (Period | Project / role | Team size | Environment),
    a first-person narrative above each table, as Japanese 職務経歴書 in English are written."""
    import docx

    d = docx.Document()
    d.add_paragraph("Rina Okabe-Hartley")
    d.add_paragraph("Osaka, Japan | rina.okabe@example.com")
    d.add_paragraph("Career History")
    d.add_paragraph("Hoshimi Precision Co., Ltd.    April 2017 – present")
    d.add_paragraph("I joined the Vision Systems Group and built inspection software for our "
                    "lens-polishing lines.")
    rows = [("Apr 2017 – Mar 2020", "Rule-based inspection for lens scratches / Member",
             ["・Wrote the C++ scratch detector used on 14 polishing machines"], "7",
             "C++, OpenCV, Windows, Visual Studio"),
            ("Apr 2020 – present", "Deep-learning inspection for coated lenses and the rollout "
             "to two plants (Sakai, Penang) / Technical lead",
             ["・Trained the defect segmentation model in PyTorch on 12,000 labelled images",
              "・Cut false rejects from 3.2% to 0.9% over the first year"], "5",
             "Python, PyTorch, TensorRT, NVIDIA Triton, Azure DevOps")]
    table = d.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Period", "Project / role", "Team size",
                                                 "Environment"), strict=True):
        cell.text = text
    for period, title, bullets, size, env in rows:
        cells = table.add_row().cells
        cells[0].text = period
        cells[1].text = title
        for b in bullets:
            cells[1].add_paragraph(b)
        cells[2].text = size
        cells[3].text = env
    d.add_paragraph("Education")
    d.add_paragraph("B.Eng. Mechanical Engineering, Kansai Institute of Technology, 2017")
    d.save(str(path))
    return path


def test_a_project_table_reads_one_role_per_row(tmp_path: Path) -> None:
    """Each row is one role with its dates and bullets: the team size ('5') is never a role's
    title, the environment stays with its row, and the narrative sentence is no role."""
    from app.reading.resume import read_resume

    resume = read_resume(_project_table_docx(tmp_path / "Rina_Okabe_Career_History.docx"))
    titles = [r.title for r in resume.roles]
    assert "Rule-based inspection for lens scratches / Member" in titles
    assert any(t.startswith("Deep-learning inspection for coated lenses") for t in titles)
    assert not any(t.strip().isdigit() or t.startswith("I joined") for t in titles), titles
    assert all(not r.organization.startswith(("C++", "Python")) for r in resume.roles)
    deep = next(i for i, r in enumerate(resume.roles) if r.title.startswith("Deep-learning"))
    assert resume.roles[deep].dates == "Apr 2020 – present"
    assert any(b.role == deep and b.text.startswith("Trained the defect segmentation")
               for b in resume.bullets)


def test_a_project_tables_rows_are_engineering_years(tmp_path: Path) -> None:
    """A row's role is the person's part in a project ('/ Member', '/ Technical lead'): when its
    own lines build software or models, its months are engineering, not 'an activity outside
    paid work' or 'other work'."""
    from app.analysis.experience import estimate
    from app.reading.resume import read_resume

    resume = read_resume(_project_table_docx(tmp_path / "Rina_Okabe_Career_History.docx"))
    exp = estimate(resume, 2026 * 12 + 5)
    rows = [w for w in exp.work if " / " in w.title]
    assert len(rows) == 2 and all(w.kind == "engineering" and w.counted for w in rows), rows
    assert exp.years >= 9


FEDERAL = """
Dorian P. Halvey
Aurora, CO 80012 US
Email: d.halvey@example.com

Work Experience
Ridgeway Systems Group, LLC   Aurora, CO US
03/2024 - Present
Salary: $104,500 USD Per Year
Hours per week: 40
Series/Grade: N/A (private sector, supporting a U.S. Air Force logistics modernization program)
Data Scientist
Duties, Accomplishments and Related Skills:
- Built a gradient-boosted model in Python that predicts spare-part shortages for 9 depots
- Wrote the SQL pipelines that load the depot inventory feeds
Supervisor: Marta Quillen (303-555-0148)
Okay to contact this Supervisor: Yes

Education
Front Range State University   Denver, CO US
05/2023
Bachelor of Science, Statistics
Master of Science, Data Science (admitted, starting August 2027)
"""

FEDERAL_POSTING = """
Data Scientist II
Ridgeline Mission Analytics

Required Qualifications
- 2+ years of professional experience developing machine learning models in Python
- Bachelor's degree in statistics, mathematics or computer science

Desired Qualifications
- Master's degree in a quantitative field
"""


def test_a_federal_resume_block_keeps_its_title(tmp_path: Path) -> None:
    """A USAJOBS-style job block (employer, dates, Salary, Hours, a long Series/Grade line, then
    the title, 'Okay to contact this Supervisor: Yes' after the duties): one role titled by its
    title line, and a master's the person is only admitted to is no degree held."""
    judged = judge(tmp_path, FEDERAL, FEDERAL_POSTING)
    roles = judged.report.resume.roles
    assert [r.title for r in roles] == ["Data Scientist"], roles
    assert roles[0].organization.startswith("Ridgeway Systems Group")
    assert judged.of("2+ years of professional experience developing") == "met"
    assert judged.of("Master's degree in a quantitative field") == "not-met"


JOB_BANK_POSTING = """
Machine Vision Engineer
Kaohsiung Optics Co., Ltd.

Job Requirements
Work Experience: 2 years or more
Education: Bachelor's or above
Major: Electrical Engineering; Computer Science; related fields
Language: English -- Listening: Fair, Speaking: Fair, Reading: Good, Writing: Fair

Other Conditions
1. Able to discuss defect reports with line engineers in Mandarin.
2. Male applicants: military service completed or exempted.
3. Disponibilidad para viajar a planta dos veces al año.
4. Inglés intermedio-avanzado.
"""

JOB_BANK_RESUME = """
Hsu Wei-Ting
Kaohsiung, Taiwan | weiting.hsu@example.com

EXPERIENCE
Machine Vision Engineer, Lianhe Display Corp., Kaohsiung    Jul 2021 - Present
- Trained a defect classifier in PyTorch for panel inspection
- Deployed the classifier to 6 inspection stations with ONNX Runtime

EDUCATION
B.S. Electrical Engineering, National Nanhai University, 2021

LANGUAGES
Mandarin (native), English (TOEIC 820)

OTHER
Military service completed (2020)
"""


def test_a_job_banks_rows_and_conditions(tmp_path: Path) -> None:
    """A job bank's rows ('Major: ...', 'Language: English -- ...') and 'Other Conditions'
    (a heading, not a requirement): the field row is a degree field, English and Mandarin asks
    read the languages, military service and travel are facts to confirm."""
    judged = judge(tmp_path, JOB_BANK_RESUME, JOB_BANK_POSTING)
    assert not any(t.strip().lower() == "other conditions" for t in judged.verdicts)
    assert judged.of("Major: Electrical Engineering") == "met"
    assert judged.of("Language: English") == "met"
    assert judged.of("Able to discuss defect reports") == "met"
    assert judged.of("Male applicants: military service") == "confirm"
    assert "Military service completed" in judged.why("Male applicants: military service")
    assert judged.of("Disponibilidad para viajar") == "confirm"
    assert judged.of("Inglés intermedio-avanzado") == "met"


def test_a_dated_certificate_is_no_job(tmp_path: Path) -> None:
    """'SEMINARS AND TRAININGS ATTENDED' lists a certificate with a date under the jobs: it is no
    role of work (it counted as a month of engineering)."""
    from app.analysis.experience import estimate
    from app.reading.resume import read_resume

    text = """
    Jomar Villacencio
    Iloilo City, Philippines | jomar.v@example.com

    WORK EXPERIENCE
    Data Analyst, Panay Outsourcing Corp.    June 2022 – Present
    - Built the weekly client SLA dashboards in Power BI

    SEMINARS AND TRAININGS ATTENDED
    Microsoft Certified: Azure Data Engineer Associate
    Panay Outsourcing Learning Hub, March 2025
    """
    path = tmp_path / "Jomar_Villacencio_Resume.txt"
    path.write_text("\n".join(line.strip() for line in text.strip().splitlines()) + "\n",
                    encoding="utf-8")
    exp = estimate(read_resume(path), 2026 * 12 + 5)
    assert not any("Certified" in w.title or "Certified" in w.organization for w in exp.work), \
        exp.work


def test_latin_american_degrees(tmp_path: Path) -> None:
    """'Ingeniero Civil Industrial' (a Chilean engineering title) is a first degree; 'Magíster
    ... (en curso)' is a master's still in progress."""
    from app.analysis.education import degrees
    from app.reading.resume import read_resume

    path = tmp_path / "CV_Ignacia_Rebolledo.txt"
    path.write_text("Ignacia Rebolledo\nValparaíso, Chile | ignacia.r@example.com\n\n"
                    "EXPERIENCIA LABORAL / Work experience\n"
                    "Data Scientist, Puerto Claro S.A.    abr. 2020 – actualidad\n"
                    "- Built the berth-occupancy forecast in LightGBM for 3 terminals\n\n"
                    "EDUCACIÓN / Education\n"
                    "Magíster en Ciencia de Datos (en curso) mar. 2025 – 2027 (esperado)\n"
                    "Ingeniero Civil Industrial mar. 2012 – dic. 2018\n", encoding="utf-8")
    found = degrees(read_resume(path))
    levels = {d.level: d for d in found}
    assert set(levels) == {1, 2}, found
    assert levels[2].expected and not levels[1].expected


def test_an_education_heading_in_body_type_is_still_a_heading(tmp_path: Path) -> None:
    """Bold headings for work and skills, and 'EDUCACIÓN / Education' in the body's type: the
    education section is still read (its degrees were lost)."""
    import pymupdf

    from app.reading.resume import read_resume

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 60.0

    def put(text: str, bold: bool = False, size: float = 9.5) -> None:
        nonlocal y
        page.insert_text((57, y), text, fontsize=size, fontname="hebo" if bold else "helv")
        y += 15

    put("Ignacia Rebolledo", True, 16)
    put("Valparaiso, Chile | ignacia.r@example.com")
    put("EXPERIENCIA LABORAL / Work experience", True, 10.5)
    put("Data Scientist, Puerto Claro S.A.    abr. 2020 - actualidad")
    put("- Built the berth-occupancy forecast in LightGBM for 3 terminals")
    put("- Moved the forecast to a daily Azure ML pipeline used by the planners")
    put("EDUCACION / Education")
    put("Ingeniero Civil Industrial mar. 2012 - dic. 2018")
    put("Universidad de Los Alerces - Santiago")
    put("HABILIDADES / Skills", True, 10.5)
    put("Python, SQL, LightGBM, Azure ML")
    path = tmp_path / "CV_Ignacia_Rebolledo.pdf"
    doc.save(str(path))
    resume = read_resume(path)
    assert "education" in [s.kind for s in resume.sections], resume.sections


GPU_POSTING = """
Machine Learning Engineer
Velliga Robotics

Requirements
- 2+ years of professional software development experience

Nice to have
- Experience with GCP and large-scale model training on GPUs
"""


@pytest.mark.parametrize(("line", "shown"), [
    ("Trained a 3B-parameter vision-language model with FSDP on 64 GPUs on GCP", True),
    ("Operate the company's two GPU clusters on GCP for 90 researchers (Slurm for the large "
     "pre-training runs)", False),
])
def test_large_scale_training_is_training_not_running_the_clusters(tmp_path: Path, line: str,
                                                                   shown: bool) -> None:
    resume = f"""
    Oskar Lindqvist-Mbeki
    Gothenburg, Sweden | oskar.lm@example.com

    EXPERIENCE
    Senior Engineer, Velliga Compute, Gothenburg    Jan 2021 - Present
    - {line}
    - Wrote Python services for the job scheduler's API

    EDUCATION
    M.Sc. Computer Science, 2020
    """
    judged = judge(tmp_path, resume, GPU_POSTING)
    got = judged.of("Experience with GCP and large-scale model training")
    assert (got == "met") is shown, (got, judged.why("Experience with GCP and large-scale"))


def test_time_series_in_other_languages() -> None:
    """'Experiencia con series de tiempo', 'Erfahrung mit Zeitreihen', 'séries temporais': the
    time-series skill, as the English words are."""
    from app.analysis.pipeline import default_skill_finder
    from tests.analysis.judge_helpers import knowledge

    find = default_skill_finder(knowledge())
    for text in ("Experiencia con series de tiempo o datos de sensores",
                 "Erfahrung mit Zeitreihen und Prognosen", "Experiência com séries temporais"):
        assert "Time Series" in find(text), text


CLEARED_POSTING = """
Data Scientist II (Active Secret Clearance Required)
Brantmoor Defense Systems

Required Qualifications
- Active DoD Secret security clearance at start; Brantmoor does not sponsor clearances for this position
- 2+ years of professional experience developing machine learning models in Python

Desired Qualifications
- Eligibility for a TS/SCI clearance
"""

CLEARED_RESUME = """
Marisol Ekwueme-Tan
Huntsville, AL | m.ekwueme@example.com
{clearance}

EXPERIENCE
Data Scientist, Corvane Analytics, Huntsville    Mar 2022 - Present
- Built gradient-boosted models in Python that flag failing pumps from sensor readings

EDUCATION
B.S. Statistics, 2021
"""


@pytest.mark.parametrize(("clearance", "verdict"), [
    ("Security Clearance: Secret (active)", "confirm"),
    ("", "not-met"),
])
def test_an_active_clearance_the_employer_does_not_sponsor(tmp_path: Path, clearance: str,
                                                          verdict: str) -> None:
    """'Active Secret clearance at start; we do not sponsor clearances' is a requirement (it was
    dropped as 'does not sponsor' boilerplate): a resume that names its clearance confirms it,
    one that names none does not meet it, and that rules the posting out for now."""
    judged = judge(tmp_path, CLEARED_RESUME.format(clearance=clearance), CLEARED_POSTING)
    assert judged.of("Active DoD Secret security clearance") == verdict
    if verdict == "not-met":
        assert judged.verdict == "not-yet"
    else:
        assert "Secret" in judged.why("Active DoD Secret security clearance")


def test_a_schools_new_name_is_no_degree_in_progress(tmp_path: Path) -> None:
    """'Ryerson University (now TMU), 2019': 'now' names the school's new name; the degree was
    conferred in 2019, not under way."""
    from app.analysis.education import degrees
    from app.reading.resume import read_resume

    path = tmp_path / "Owain_Tesfamariam_CV.txt"
    path.write_text("Owain Tesfamariam\nToronto, ON | owain.t@example.com\n\nEXPERIENCE\n"
                    "Software Engineer, Lakeshore Freight, Toronto    Jul 2019 - Present\n"
                    "- Built Kafka consumers in Kotlin for shipment events\n\nEDUCATION\n"
                    "Bachelor of Computer Science, Ryerson University (now TMU), 2019\n",
                    encoding="utf-8")
    (degree,) = [d for d in degrees(read_resume(path)) if d.level == 1]
    assert not degree.expected and degree.end is not None
