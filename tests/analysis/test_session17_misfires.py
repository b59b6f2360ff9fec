"""Misfires found in session seventeen, each on invented resumes and postings.

- A basic line asking years of building and deploying models, where the resume's own count of
  that work is far short (a data engineer who feeds another team's model for a few months):
  the verdict says not yet with the same number the line's reason gives, not "apply" from the
  whole data engineering role.
- "Experience supporting DoD or space programs" is met by a role at a defence contractor or in
  the armed services (the role's own header), and not by a line outside that sector.
- A model deployed with nothing shown after launch is a thin production story, worded as such,
  never "no bullet shows deploying"; a software posting on ML infrastructure ("training
  pipelines, feature stores or model serving") is a software kit, with no model-ownership risk.
- Risk sentences carry no counts ("(7 mentions)", "1.6 short").
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

FEEDER = """
Marisol Quibranza
Davao City, Philippines | marisol.q@example.com

WORK EXPERIENCE
Data Engineer, Lunhaw Outsourcing Corp.    March 2023 - Present
- Built the nightly SSIS and Azure Data Factory loads for 9 client accounts into a SQL Server warehouse
- Rebuilt 30 Power BI reports on a star schema, cutting refresh time from 50 to 12 minutes
- Wrote data-quality checks in Python that flag late or duplicate files before the morning reports
- Since January 2026: prepare the weekly churn feature table for a client; the client's data science team trains and runs the churn model on it

Reporting Analyst, Lunhaw Outsourcing Corp.    June 2021 - February 2023
- Wrote SQL queries and Excel reports for the operations managers of 4 accounts

EDUCATION
Bachelor of Science in Computer Science, 2021
"""

MLE_POSTING = """
Machine Learning Engineer, Search Relevance
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of experience building machine learning models and deploying them to production
- Experience programming with at least one of Java, Python or Scala
- Bachelor's degree in computer science or a related field

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
- Experience with ranking or recommender systems
"""


def test_few_years_of_the_core_work_asked_are_not_yet(tmp_path: Path) -> None:
    judged = judge(tmp_path, FEEDER, MLE_POSTING)
    why = judged.why("2+ years of experience building machine learning")
    assert judged.of("2+ years of experience building machine learning") in ("partly", "not-met")
    assert judged.verdict == "not-yet", (judged.verdict, why, judged.report.fit.verdict_reason)


VETERAN = """
Dorian Velasquez-Hart
Colorado Springs, CO | dorian.vh@example.com

EXPERIENCE
Data Scientist, Ironcrest Defense Systems    Jan 2024 - Present
- Built a gradient-boosting model that predicts parts failures for a satellite ground station; it runs in production on the program's Kubernetes cluster
- Wrote the SQL pipelines that load maintenance logs into the analytics database
- Briefed results monthly to the program office

Signals Analyst, U.S. Army    Jun 2017 - Dec 2023
- Led a team of 6 analysts producing daily reports for the battalion staff

EDUCATION
B.S. Data Science, 2023
"""

DEFENSE_POSTING = """
Data Scientist II
Halberd Analytics

Required Qualifications
- Bachelor's degree in data science, computer science or statistics
- 2+ years of professional experience developing machine learning models in Python

Desired Qualifications
- Experience supporting DoD or space programs
- Master's degree in a quantitative field
"""

CIVILIAN = VETERAN.replace("Ironcrest Defense Systems", "Pollard Grocers").replace(
    "for a satellite ground station", "for the store fridges").replace(
    "Signals Analyst, U.S. Army", "Shift Supervisor, Marlow Cinemas").replace(
    "the battalion staff", "the cinema manager")


def test_defense_work_is_shown_by_the_roles_own_header(tmp_path: Path) -> None:
    judged = judge(tmp_path, VETERAN, DEFENSE_POSTING)
    assert judged.of("Experience supporting DoD") == "met", judged.why("Experience supporting DoD")
    other = judge(tmp_path, CIVILIAN, DEFENSE_POSTING, name="c")
    assert other.of("Experience supporting DoD") != "met"


def test_a_deployed_model_is_a_thin_production_story_not_none(tmp_path: Path) -> None:
    report = judge(tmp_path, VETERAN, DEFENSE_POSTING).report
    ids = [r.id for r in report.risks]
    assert "no-production-general" not in ids and "no-production" not in ids
    thin = next(r for r in report.risks if r.id == "thin-production")
    assert "'Built a gradient-boosting model" in thin.why
    analyst = judge(tmp_path, VETERAN.replace("Data Scientist, Ironcrest", "Analytics Engineer, "
                                              "Ironcrest"), DEFENSE_POSTING, name="analyst")
    depth = next(r for r in analyst.report.risks if r.id == "no-ml-depth")
    assert depth.why.startswith("Only one bullet of your full-time work shows machine learning")


def test_the_risk_texts_carry_no_counts() -> None:
    from tests.analysis.judge_helpers import knowledge

    for rule in knowledge().risk_rules:
        assert "{count} mentions" not in rule.why and "{short}" not in rule.why, rule.id


SRE = """
Ilse Marchetti
Toronto, ON | ilse.m@example.com

EXPERIENCE
Senior Site Reliability Engineer, Quillon Research    Jan 2022 - Present
- Run two GPU training clusters for 90 researchers on Kubernetes and Slurm
- Wrote a job-health controller in Go that drains failing nodes and requeues training jobs
- Carried the pager one week in four

Site Reliability Engineer, Pennock Retail    Jan 2018 - Dec 2021
- Moved 60 services from VMs to Amazon EKS with Terraform

EDUCATION
B.A.Sc. Computer Engineering, 2017
"""

SDE_ML_INFRA = """
Software Development Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Experience building machine learning infrastructure such as training pipelines, feature stores or model serving
- Experience with containers and orchestration on AWS (Kubernetes, Amazon ECS or EKS)
"""


def test_an_sde_posting_on_ml_infrastructure_gets_no_model_ownership_risk(tmp_path: Path) -> None:
    report = judge(tmp_path, SRE, SDE_ML_INFRA).report
    assert not {r.id for r in report.risks} & {"no-production", "no-production-general",
                                                "thin-production"}


VISION_POSTING = """
Your job search | Teams | Sign in

Machine Learning Engineer II, Warehouse Perception
Amazon

The Perception team builds the models that detect, segment and track totes and people from
cameras and lidar on our robots.

Key job responsibilities
- Train and deploy 2D and 3D detection, segmentation and tracking models for mobile robots
- Run experiments in test facilities and drive launch decisions with data

BASIC QUALIFICATIONS
- 2+ years of experience building machine learning models and deploying them to production
- Experience with computer vision or 3D perception, such as object detection, segmentation or point clouds

PREFERRED QUALIFICATIONS
- Experience deploying models on edge hardware
"""

PERCEPTION = """
Oskar Villanueva-Brandt
Pittsburgh, PA | oskar.vb@example.com

EXPERIENCE
Perception Engineer, Tallgrass Robotics    Jan 2021 - Present
- Trained a camera-lidar object detector in PyTorch on 300,000 labelled frames and shipped it to 40 robots
- Wrote the multi-object tracker in C++; ID switches fell by 40% on the warehouse test set
- Built the auto-labelling pipeline that cut labelling cost per frame by half

EDUCATION
M.S. Robotics, 2020
"""


def test_a_vision_postings_topics_are_vision_not_search_fraud_or_clustering(tmp_path: Path) -> None:
    topics = judge(tmp_path, PERCEPTION, VISION_POSTING).report.technical_topics
    ids = [t.id for t in topics]
    assert "recsys-ranking-design" not in ids and "fraud-anomaly-design" not in ids, ids
    clustering = next((t for t in topics if t.id == "clustering-knn"), None)
    assert clustering is None or "segmentation" not in clustering.why, clustering
    assert "vision-systems" in ids[:6], ids


def test_an_outcome_bullet_is_the_result_of_the_bullet_before(tmp_path: Path) -> None:
    """'Owned the detector ...' then '- Detection recall at 150 m rose from 78% to 91% ...' as a
    bullet of its own: one story, its Result the outcome; never 'My part: recall rose'."""
    resume = PERCEPTION.replace(
        "- Wrote the multi-object tracker",
        "- Owned the forklift detector (camera-lidar fusion) from training to the robot\n"
        "- Detection recall at 15 m rose from 78% to 91% at the same false-positive rate\n"
        "- Wrote the multi-object tracker")
    stories = judge(tmp_path, resume, VISION_POSTING).report.stories
    owned = next(s for s in stories if s.action.startswith("I owned the forklift detector"))
    assert owned.result.startswith("Detection recall at 15 m rose from 78% to 91%"), owned.result
    assert len(owned.bullet_ids) == 2
    assert not any("recall at 15 m rose" in s.action for s in stories)


NORDIC_POSTING = """
Senior dataforsker - energiprognoser
Solvik Kraft AS

Arbeidsoppgaver
- Utvikle prognosemodeller for forbruk

Kvalifikasjoner
- Mastergrad i statistikk, informatikk eller tilsvarende
- Minst 4 års relevant erfaring med prognoser eller maskinlæring
- Erfaring med å sette modeller i produksjon
- Gode ferdigheter i Python og SQL

Ønskede kvalifikasjoner
- Erfaring med Azure
"""

FORECASTER = """
Ieva Raudonyte
Oslo, Norway | ieva.r@example.com

EXPERIENCE
Data Scientist, Nordlys Strøm AS    Jan 2021 - Present
- Built the hourly consumption forecast (LightGBM) for 300,000 customers and deployed it to production on Azure ML; retrained weekly
- Wrote the Python and SQL pipelines that feed the forecast

Data Analyst, Vilnius Heat    Jan 2019 - Dec 2020
- Built demand forecasts in Python for the heating network

EDUCATION
MSc Statistics, Vilnius University, 2018
"""


def test_a_norwegian_postings_lines_are_judged_on_their_meaning(tmp_path: Path) -> None:
    judged = judge(tmp_path, FORECASTER, NORDIC_POSTING)
    assert judged.of("Mastergrad i statistikk") == "met", judged.why("Mastergrad")
    assert judged.of("Minst 4 års relevant erfaring") == "met", judged.why("Minst 4 års")
    assert judged.of("Erfaring med å sette modeller") == "met", judged.why("Erfaring med å")
    assert judged.of("Gode ferdigheter i Python og SQL") == "met"
    assert judged.verdict in ("strong", "apply"), judged.report.fit.verdict_reason


def test_an_rf_or_spacecraft_operations_engineer_is_no_software_engineer() -> None:
    from app.analysis.role_titles import NON_SOFTWARE

    for title in ("RF Engineer", "Spacecraft Operations Engineer (shift)", "Radio Network Engineer",
                  "Satellite Operations Engineer"):
        assert NON_SOFTWARE.search(title), title
    for title in ("RF Software Engineer", "Satellite Data Engineer", "Machine Learning Engineer"):
        assert not NON_SOFTWARE.search(title), title


def test_a_french_engineering_diploma_is_a_masters() -> None:
    from app.analysis.education import degree_rank

    assert degree_rank("Engineering Diploma in Computer Science (Diplôme National d'Ingénieur)") == 2
    assert degree_rank("Mastère spécialisé en intelligence artificielle") == 2


def test_the_bug_question_needs_a_bug_and_never_takes_a_led_story_as_one() -> None:
    """'What was the most difficult bug that you fixed?' is answered by a line that tracks down
    or fixes something; a 'Led the workstream' line is at most the closest story, said so."""
    from app.analysis.questions import StoryIndex, family_of
    from app.models.report import StoryDraft
    from tests.analysis.judge_helpers import knowledge

    k = knowledge()
    question = next(q for q in k.questions if q.id == "dive-deep-01")
    decode = family_of(question, k)
    assert decode is not None and decode.id == "debugging"

    def story(sid: str, action: str) -> StoryDraft:
        return StoryDraft(sid, action[:40], ("dive-deep", "ownership"), (sid,), "As engineer.",
                          "[Add: goal]", action, "[Add: result]", (), action[:40], "drafted", "")

    led = story("s1", "I led the highway perception workstream as technical lead for 3 engineers.")
    leak = story("s2", "I tracked down a memory leak in the tracker that crashed the robots "
                       "every few hours, and fixed it.")
    credit = {"s1": {"dive-deep": 0.9, "ownership": 0.9}, "s2": {"dive-deep": 0.6}}
    texts = {"s1": led.action, "s2": leak.action}
    index = StoryIndex([led, leak], (), texts, credit)
    assert index.fit(question, decode, led) == 0.0
    assert index.fit(question, decode, leak) > 0.0
    picked, _ = index.best(question, decode, {})
    assert picked is leak


def test_an_outcome_sentence_is_never_put_in_the_first_person() -> None:
    from app.analysis.star import first_person

    assert first_person("Unplanned downtime on line 3 fell by 30% after the new alarm rules") == (
        "Unplanned downtime on line 3 fell by 30% after the new alarm rules.")
    assert first_person("Unified the two billing services").startswith("I unified")


def test_a_number_to_remember_never_holds_half_a_bracket() -> None:
    from app.analysis.numbers import numbers_to_remember
    from app.models.resume import Bullet

    line = ("Owned the forklift detector (camera-lidar fusion, 120 m range) from training to the "
            "robot: PyTorch training on 90,000 labelled frames, C++ nodes with a 30 ms budget.")
    for number in numbers_to_remember([Bullet("b1", line, "EXPERIENCE", 0)]):
        assert number.count("(") == number.count(")"), number


TELEMETRY_MLE = """
Ottilie Brandvold
Tromsø, Norway | ottilie.b@example.com

EXPERIENCE
Machine Learning Engineer, Fleet Analytics, Nordlys Satcom    Sep 2022 - Present
- Built and own the telemetry anomaly detection service for 14 satellites: per-subsystem LSTM autoencoders plus seasonal baselines
- Deployed on the company's Kubernetes cluster with Kafka streams and Python services
- Cut false alarms from 30 to 5 per day with operator feedback labels

Operations Data Engineer, Nordlys Satcom    Mar 2021 - Aug 2022
- Built the telemetry data lake and the Python ETL from the mission control system

EDUCATION
MSc Space Engineering, 2016
"""


def test_an_ml_titles_service_of_autoencoders_is_models_built_and_run(tmp_path: Path) -> None:
    judged = judge(tmp_path, TELEMETRY_MLE, MLE_POSTING)
    assert judged.of("2+ years of experience building machine learning") == "met", \
        judged.why("2+ years of experience building machine learning")


EXPORT_CONTROL_POSTING = MLE_POSTING.replace(
    "- Bachelor's degree in computer science or a related field",
    "- Bachelor's degree in computer science or a related field\n"
    "- Due to applicable export control laws and regulations, candidates must be a U.S. citizen "
    "or national, U.S. permanent resident (i.e., current Green Card holder), or lawfully "
    "admitted into the U.S. as a refugee or granted asylum").replace(
    "Amazon\n", "Amazon\nRedmond, WA, USA\n")


def test_an_export_control_role_and_a_resume_abroad_with_no_us_status_is_not_yet(
        tmp_path: Path) -> None:
    abroad = judge(tmp_path, TELEMETRY_MLE, EXPORT_CONTROL_POSTING, name="abroad")
    assert abroad.verdict == "not-yet", abroad.report.fit.verdict_reason
    assert "export control" in abroad.report.fit.verdict_reason
    stated = judge(tmp_path, TELEMETRY_MLE.replace("Tromsø, Norway", "Tromsø, Norway | U.S. "
                                                   "citizen"), EXPORT_CONTROL_POSTING, name="us")
    assert stated.verdict != "not-yet", stated.report.fit.verdict_reason


def test_an_image_text_encoder_is_multimodal_and_xlm_r_is_nlp(tmp_path: Path) -> None:
    resume = """
    Benedita Sarmento
    Porto, Portugal | benedita.s@example.com

    EXPERIENCE
    Machine Learning Engineer, Feirato Marketplace    Jan 2021 - Present
    - Built the fake-listing detector: a fine-tuned SigLIP image-text encoder combined with seller features, scoring 400k listings a day
    - Trained a multilingual XLM-R classifier for scam messages in 6 languages

    EDUCATION
    MSc Computer Science, 2020
    """
    posting = """
    Machine Learning Engineer III, Brand Protection
    Amazon

    BASIC QUALIFICATIONS
    - Experience with deep learning for computer vision or natural language processing

    PREFERRED QUALIFICATIONS
    - Experience with multimodal models that combine images, text and structured signals
    """
    judged = judge(tmp_path, resume, posting)
    assert judged.of("Experience with multimodal models") == "met"
    assert judged.of("Experience with deep learning for computer vision") == "met"


def test_a_deploy_line_under_an_ml_title_is_models_in_production(tmp_path: Path) -> None:
    """'Deployed on the company's Kubernetes cluster with Kafka streams', under 'Machine
    Learning Engineer': production work on its models; no 'no evidence of owning models in
    production' and no 'little machine-learning work' risk for the kit."""
    report = judge(tmp_path, TELEMETRY_MLE, MLE_POSTING).report
    ids = {r.id for r in report.risks}
    assert not ids & {"no-production", "no-production-general", "no-ml-depth"}, ids


def test_an_export_control_lines_reason_and_risk_say_the_fact(tmp_path: Path) -> None:
    judged = judge(tmp_path, TELEMETRY_MLE, EXPORT_CONTROL_POSTING)
    why = judged.why("Due to applicable export control laws")
    assert "places you in" in why and "U.S. status" in why, why
    risk = next((r for r in judged.report.risks if r.id == "eligibility"), None)
    assert risk is None or "graduation" not in risk.line_to_say + risk.prepare, risk


def test_a_french_language_line_is_read_as_a_language_ask(tmp_path: Path) -> None:
    posting = """
    Ingénieur(e) Vision par Ordinateur Senior (H/F)
    Orvalis Systèmes

    Profil recherché
    - Au moins 5 ans d'expérience en vision par ordinateur
    - Français et anglais courants ; l'allemand est un plus
    """
    fluent = PERCEPTION + "\nLANGUAGES\nFrench: bilingual · English: professional (C1)\n"
    weak = PERCEPTION + "\nLANGUAGES\nFrench (B1) · English (C1)\n"
    assert judge(tmp_path, fluent, posting, name="f").of("Français et anglais") == "met"
    assert judge(tmp_path, weak, posting, name="w").of("Français et anglais") == "not-met"
