"""A degree joined to years, years of one subject, and skills asked beside the years.

Invented resumes and postings, read by the real readers and judged by the real analysis:
- "Bachelor's AND 4+ years ... OR Master's AND 3+ years ... OR PhD AND 1+ year ... OR
  equivalent experience": each way in needs its degree AND its years; a degree alone is not it;
- "2+ years building, deploying and operating ML models in production": a data-science role
  whose lines are mostly analysis counts only in part, an ML engineer's role in full;
- "3+ years of production Python, plus working knowledge of one of Java, Scala or Go": the
  years are of Python only, and the other languages must show as well.
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer, Claims Triage
Quarrystone Mutual

What you will do
- Build and run the models that route incoming claims

Minimum qualifications
- Bachelor's degree in Computer Science, Statistics or a related field AND 4+ years of experience building and deploying machine learning models in production OR Master's degree in a related field AND 3+ years of experience building and deploying machine learning models in production OR Ph.D. in a related field AND 1+ year of relevant industry experience OR equivalent experience
- 2+ years of experience building, deploying and operating machine learning models in production
- 3+ years of experience writing production code in Python, plus working knowledge of one of Java, Scala or Go
- Experience operating ML models in a real-time or low-latency environment

Preferred qualifications
- Experience with streaming systems such as Kafka
"""

# a statistician whose one data-science role was mostly reporting, with one model deployed
ANALYST = """
Tamsin Oyelaran
tamsin.oyelaran@example.com

EXPERIENCE
Associate, Data Science - Harrowgate Assurance
Jun 2022 - Present
- Built a fraud-referral model (LightGBM, 60 features) for the special investigations unit.
- Deployed the referral model as a Flask service in Docker on AWS; it scores new claims nightly.
- Added drift checks on the referral model's inputs after a supplier changed a field's coding.
- Wrote SQL pipelines feeding 5 Power BI dashboards for the claims directors.
- Prepared the quarterly loss-ratio report for the board with Python and Excel.
- Analysed a broker incentive scheme and recommended ending it after a difference-in-differences test.

EDUCATION
M.Sc. Statistics, University of Leeds, 2022
B.Sc. Mathematics, University of Leeds, 2021

SKILLS
Python, SQL, LightGBM, scikit-learn, Docker, Flask, Power BI
"""

# an ML engineer with a master's degree and years of running models in production
ENGINEER = """
Rafferty Quell
rafferty.quell@example.com

EXPERIENCE
Machine Learning Engineer - Lindqvist Freight
Jan 2020 - Present
- Built and deployed demand-forecasting models in Python served behind a gRPC endpoint at 4,000 requests a second.
- Run the model on-call rotation; cut p99 serving latency from 80 ms to 35 ms.
- Added drift monitoring and automatic retraining for 14 production models.
- Wrote the feature pipeline in Python and Scala on Spark.

EDUCATION
M.S. Computer Science, Rutgers University, 2019
B.S. Computer Science, Rutgers University, 2017

SKILLS
Python, Scala, Spark, PyTorch, Kubernetes, gRPC
"""


def test_a_degree_joined_to_years_needs_the_years_too(tmp_path: Path) -> None:
    """A master's and a bachelor's in the right fields do not meet 'Bachelor's AND 4+ years
    ... OR Master's AND 3+ years ...' without the years of that work; an ML engineer with a
    master's and six years does."""
    analyst = judge(tmp_path, ANALYST, POSTING, "analyst")
    line = "Bachelor's degree in Computer Science"
    assert analyst.of(line) != "met", analyst.why(line)
    assert "years" in analyst.why(line), analyst.why(line)
    engineer = judge(tmp_path, ENGINEER, POSTING, "engineer")
    assert engineer.of(line) == "met", engineer.why(line)


def test_production_years_of_a_mostly_analysis_role_count_in_part(tmp_path: Path) -> None:
    """Four years as an associate data scientist whose lines are mostly dashboards and reports,
    with one model deployed, are not 2+ years of deploying and operating models in
    production; an ML engineer's years are."""
    analyst = judge(tmp_path, ANALYST, POSTING, "analyst")
    line = "2+ years of experience building, deploying and operating"
    assert analyst.of(line) == "partly", analyst.why(line)
    engineer = judge(tmp_path, ENGINEER, POSTING, "engineer")
    assert engineer.of(line) == "met", engineer.why(line)


def test_skills_asked_beside_the_years_must_show(tmp_path: Path) -> None:
    """'3+ years of production Python, plus working knowledge of one of Java, Scala or Go':
    four years of Python work without any of the others is partly, and says which; with Scala
    shown it is met."""
    analyst = judge(tmp_path, ANALYST, POSTING, "analyst")
    line = "3+ years of experience writing production code in Python"
    assert analyst.of(line) == "partly", analyst.why(line)
    assert "Scala" in analyst.why(line), analyst.why(line)
    engineer = judge(tmp_path, ENGINEER, POSTING, "engineer")
    assert engineer.of(line) == "met", engineer.why(line)


def test_java_years_do_not_stand_for_python_years(tmp_path: Path) -> None:
    """The languages after 'plus' are not the subject of the years: a Java engineer with Python
    only on the skills line does not have 3+ years of Python."""
    java = ENGINEER.replace("in Python served", "in Java served").replace(
        "in Python and Scala", "in Java and Scala")
    judged = judge(tmp_path, java, POSTING, "java")
    line = "3+ years of experience writing production code in Python"
    assert judged.of(line) != "met", judged.why(line)


def test_other_qualifications_beside_required_ones_are_preferred(tmp_path: Path) -> None:
    """A posting's 'Other Qualifications' after its 'Required Qualifications' lists what is
    not required: those lines are preferred, and missing them is no failed basic."""
    from app.reading.jobs import read_job
    from tests.analysis.judge_helpers import knowledge

    path = tmp_path / "other_job.txt"
    path.write_text("""Data Engineer, Ledger
Fenwick Payments

Required Qualifications
- 3+ years of experience building data pipelines in Python or Scala
- Experience with SQL and a relational database such as Postgres

Other Qualifications
- Experience in payments, lending or another regulated domain
- Experience with streaming systems such as Kafka or Flink
""", encoding="utf-8")
    job = read_job(path, knowledge())
    kinds = {r.text[:31]: r.kind for r in job.requirements}
    assert kinds["3+ years of experience building"] == "basic", kinds
    assert kinds["Experience in payments, lending"] == "preferred", kinds
    assert kinds["Experience with streaming syste"] == "preferred", kinds


AMAZON_MLE = """
Machine Learning Engineer, Fulfilment Forecasting
Amazon

Key job responsibilities
- Build, train and deploy forecasting models on Amazon SageMaker and own them in production

BASIC QUALIFICATIONS
- 2+ years of experience building, deploying and operating machine learning models in production
- Experience programming in Python, Java or Scala

PREFERRED QUALIFICATIONS
- Experience with Spark or EMR
"""


def test_ml_engineering_level_rests_on_production_ml_years(tmp_path: Path) -> None:
    """On an ML engineering ladder, four years as an associate data scientist whose lines are
    mostly reporting, with under 2 of them deploying and running models, read as L4, not L5;
    an ML engineer with six years of production models reads as L5 or above."""
    analyst = judge(tmp_path, ANALYST, AMAZON_MLE, "analyst_mle")
    assert analyst.of("2+ years of experience building") == "partly"
    assert analyst.level == "L4", analyst.report.fit
    engineer = judge(tmp_path, ENGINEER, AMAZON_MLE, "engineer_mle")
    assert engineer.level in ("L5", "L6"), engineer.report.fit


AMAZON_SCIENTIST = """
Applied Scientist II, Catalog Vision
Amazon

Key job responsibilities
- Design and train computer vision models that read product images for the catalog

BASIC QUALIFICATIONS
- 3+ years of building machine learning models for business application experience
- PhD, or Master's degree and 6+ years of applied research experience
- Experience programming in Java, C++, Python or related language

PREFERRED QUALIFICATIONS
- Experience with vision-language models
"""

# a computer-vision engineer with a bachelor's degree and years of models in products
VISION_BACHELOR = """
Ilse Varga
ilse.varga@example.com

EXPERIENCE
Senior Computer Vision Engineer - Pellucid Optics
Jan 2020 - Present
- Trained YOLO detection models for shelf cameras in 40 stores; mAP from 0.61 to 0.74.
- Built a segmentation model (U-Net, PyTorch) that measures empty shelf space per aisle.
- Deployed the detectors on Jetson devices with TensorRT at 30 frames a second.

EDUCATION
B.Eng. Electrical Engineering, Budapest University of Technology, 2019

SKILLS
Python, C++, PyTorch, TensorRT, OpenCV
"""


def test_a_science_ladder_starts_from_its_degree(tmp_path: Path) -> None:
    """'PhD, or Master's and 6+ years of applied research' on an Applied Scientist II posting:
    a bachelor's with six years of model work is below L4 and not yet; a master's with fewer
    years of model building than asked is one level below the posting's (L4), at most a
    stretch."""
    bachelor = judge(tmp_path, VISION_BACHELOR, AMAZON_SCIENTIST, "bachelor")
    assert bachelor.of("PhD, or Master's degree") == "not-met"
    assert bachelor.level == "below-L4", bachelor.report.fit
    assert bachelor.verdict == "not-yet", bachelor.report.fit
    # four years of model building: applied research, but short of the six asked beside it
    master = VISION_BACHELOR.replace("B.Eng. Electrical Engineering", "M.Sc. Computer Science"
                                     ).replace("Jan 2020 - Present", "Jan 2022 - Present")
    judged = judge(tmp_path, master, AMAZON_SCIENTIST, "master")
    assert judged.of("PhD, or Master's degree") == "partly"
    assert judged.level == "L4", judged.report.fit
    assert judged.verdict in ("stretch", "not-yet"), judged.report.fit


NLP_MASTER = """
Joaquin Ferreyra
joaquin.ferreyra@example.com

EXPERIENCE
Machine Learning Engineer - Tallowbrook Legal
Jan 2022 - Present
- Fine-tuned Llama 3 8B with LoRA for clause extraction; matched GPT-4o quality at a tenth of the cost.
- Built ticket intent classification (PyTorch, DistilRoBERTa, FastAPI) routing 40K emails a day.

EDUCATION
M.S. Computer Science, University of Arizona, 2021

SKILLS
Python, PyTorch, Hugging Face, FastAPI
"""


def test_fine_tuning_and_classification_are_model_building(tmp_path: Path) -> None:
    """'Fine-tuned Llama 3 8B with LoRA' and 'Built ticket intent classification' build models
    of one's own: a science ladder's starting point is there (L4 with a master's and four
    years, not below L4)."""
    judged = judge(tmp_path, NLP_MASTER, AMAZON_SCIENTIST, "nlp")
    assert judged.level == "L4", judged.report.fit


NEW_GRAD_POSTING = """
Software Development Engineer I - 2027 (New Graduate)
Amazon

DESCRIPTION
A role for people finishing a bachelor's or master's degree. Start dates are between February and October 2027.

BASIC QUALIFICATIONS
- Bachelor's degree or above in computer science or a related field, completed by the start date
- Experience programming with at least one modern language such as Java, Python or Go
"""

STUDENT = """
Priya Castellanos
priya.castellanos@example.com

EDUCATION
Oregon State University, Expected June 2028
B.S. Computer Science

EXPERIENCE
Software Engineering Intern - Cobblestone Maps
Jun 2025 - Sep 2025
- Built a route-cache service in Go that cut stale results after edits from 3 hours to 5 minutes.

SKILLS
Go, Python, Java, PostgreSQL
"""


def test_a_degree_completed_by_the_start_date_reads_the_postings_start_dates(tmp_path: Path) -> None:
    """'completed by the start date', where the posting says its start dates run to October
    2027: a degree expected in June 2028 is not finished by then (not met, not yet); one
    expected in June 2027 is."""
    late = judge(tmp_path, STUDENT, NEW_GRAD_POSTING, "late")
    line = "Bachelor's degree or above"
    assert late.of(line) == "not-met", late.why(line)
    assert late.verdict == "not-yet", late.report.fit
    on_time = judge(tmp_path, STUDENT.replace("June 2028", "June 2027"), NEW_GRAD_POSTING, "ok")
    assert on_time.of(line) == "met", on_time.why(line)


SAAS_POSTING = """
Senior Backend Engineer
Marrowgate Software

What you'll do
- Build the billing services behind our SaaS product

Requirements
- Experience designing, building and operating multi-tenant services on AWS or GCP
- Experience with PostgreSQL

Nice to have
- Experience with event-driven architectures (Kafka, SNS/SQS, outbox pattern)
"""

BACKEND = """
Odile Brannagh
odile.brannagh@example.com

EXPERIENCE
Software Engineer - Quillfeather Bank
Mar 2019 - Present
- Built the payments-status service in Java on AWS (ECS, RDS PostgreSQL) used by 40 branch systems.
- Moved 12 internal services from our data centre onto AWS with zero downtime.
- Published payment status changes to Kafka for the fraud and ledger services.

SKILLS
Java, PostgreSQL, AWS, Docker
"""


def test_the_kind_of_service_asked_must_show_not_only_the_cloud(tmp_path: Path) -> None:
    """'multi-tenant services on AWS or GCP': services on AWS for one bank are part of it;
    a line that shows tenants (a service shared by many customers' data) meets it."""
    single = judge(tmp_path, BACKEND, SAAS_POSTING, "single")
    line = "Experience designing, building and operating multi-tenant"
    assert single.of(line) == "partly", single.why(line)
    assert "multi-tenant" in single.why(line), single.why(line)
    multi = BACKEND.replace("used by 40 branch systems",
                            "multi-tenant, serving 300 customer banks with per-tenant keys")
    judged = judge(tmp_path, multi, SAAS_POSTING, "multi")
    assert judged.of(line) == "met", judged.why(line)
    # the kind's own examples in brackets are evidence of it: Kafka work is event-driven work
    events = "Experience with event-driven architectures"
    assert single.of(events) == "met", single.why(events)


DS_POSTING = """
Data Scientist, Promotions
Kettleby Grocers

What you'll do
- Measure and forecast the effect of promotions on sales

Requirements
- 3+ years of experience in data science, analytics or a related quantitative role (2+ years with a Master's degree)
- Experience with SQL

Nice to have
- Experience with Tableau or Power BI
"""

ANALYST_BA = """
Renata Okonjo
renata.okonjo@example.com

EXPERIENCE
Senior Business Analyst - Fairholm Markets
Jan 2021 - Present
- Built the weekly promotion report in SQL (Snowflake) and Power BI for 25 category managers.
- Analysed a coupon test in 30 stores against 30 control stores with difference-in-differences in Python.

EDUCATION
B.Sc. Business Administration, University of Manitoba, 2020

SKILLS
SQL, Python, Power BI
"""


def test_years_of_data_science_or_analytics_count_analyst_roles(tmp_path: Path) -> None:
    """'3+ years in data science, analytics or a related quantitative role (2+ years with a
    Master's degree)': five years as a business analyst meet it with a bachelor's (the master's
    only shortens the years), and a data scientist's role starts from that analysis work (no
    'not yet' for a missing starting point)."""
    judged = judge(tmp_path, ANALYST_BA, DS_POSTING, "ba")
    line = "3+ years of experience in data science"
    assert judged.of(line) == "met", judged.why(line)
    assert "starts from" not in judged.report.fit.verdict_reason, judged.report.fit.verdict_reason
    assert ": ." not in judged.report.fit.verdict_reason, judged.report.fit.verdict_reason
    junior = ANALYST_BA.replace("Jan 2021", "Jan 2025")
    short = judge(tmp_path, junior, DS_POSTING, "junior")
    assert short.of(line) != "met", short.why(line)


DEVOPS = """
Wendell Ashgrove
wendell.ashgrove@example.com

EXPERIENCE
DevOps Engineer II - Larchmont Software
Jan 2021 - Present
- Designed the multi-account AWS network as Terraform modules reused by 7 product teams.
- Moved CI runners to spot instances and cut the AWS bill by $200K a year.
- On-call for platform incidents; led the postmortem for a DNS outage.
- Built a small internal service in Go (REST + Postgres) that tracks certificate expiry.

EDUCATION
B.S. Information Technology, Colorado State University, 2020

SKILLS
AWS, Terraform, Kubernetes, Go, Python
"""


def test_one_service_in_a_devops_role_is_not_years_of_software_development(tmp_path: Path) -> None:
    """A DevOps engineer whose lines are networks, cost and on-call, with one small internal
    service, has not spent those years developing software; a DevOps title whose lines mostly
    build services has."""
    from tests.analysis.judge_helpers import AMAZON_SDE2

    judged = judge(tmp_path, DEVOPS, AMAZON_SDE2, "devops")
    line = "3+ years of non-internship professional software development"
    assert judged.of(line) != "met", judged.why(line)
    builder = DEVOPS.replace("- Moved CI runners to spot instances and cut the AWS bill by $200K a year.",
                             "- Built the deployment API service in Go used by 7 product teams.").replace(
        "- On-call for platform incidents; led the postmortem for a DNS outage.",
        "- Developed the release-notes web application in TypeScript and React.")
    built = judge(tmp_path, builder, AMAZON_SDE2, "builder")
    assert built.of(line) == "met", built.why(line)


def test_a_software_ladder_levels_infrastructure_years_apart(tmp_path: Path) -> None:
    """Five years as a DevOps engineer who built one small service read as L4 on a software
    ladder (its seniority is in running systems); the same years building services read L5."""
    from tests.analysis.judge_helpers import AMAZON_SDE2

    judged = judge(tmp_path, DEVOPS, AMAZON_SDE2, "devops_level")
    assert judged.level == "L4", judged.report.fit
    builder = DEVOPS.replace("- Moved CI runners to spot instances and cut the AWS bill by $200K a year.",
                             "- Built the deployment API service in Go used by 7 product teams.").replace(
        "- On-call for platform incidents; led the postmortem for a DNS outage.",
        "- Developed the release-notes web application in TypeScript and React.")
    built = judge(tmp_path, builder, AMAZON_SDE2, "builder_level")
    assert built.level == "L5", built.report.fit


PERCEPTION_POSTING = """
Perception Engineer
Harrowby Robotics

What you'll do
- Build the perception stack for our warehouse robots

Requirements
- Experience with object detection, segmentation or 3D vision
- Hands-on experience with object detection, multi-object tracking and sensor fusion

Nice to have
- Experience with ROS 2
"""


def test_detection_models_show_object_detection_and_fusion_is_asked_apart(tmp_path: Path) -> None:
    """'Trained YOLOv8 detection models' shows object detection; a line asking detection,
    tracking AND sensor fusion is not met by detection alone."""
    judged = judge(tmp_path, VISION_BACHELOR.replace("Trained YOLO detection models",
                                                     "Trained YOLOv8 detection models"),
                   PERCEPTION_POSTING, "vision")
    assert judged.of("Experience with object detection") == "met"
    line = "Hands-on experience with object detection, multi-object tracking and sensor fusion"
    assert judged.of(line) != "met", judged.why(line)


def test_a_real_time_or_low_latency_environment_must_show(tmp_path: Path) -> None:
    """'operating ML models in a real-time or low-latency environment': a model scored nightly
    is ML work, not that environment; a model served at 4,000 requests a second with its p99
    latency cut is."""
    analyst = judge(tmp_path, ANALYST, POSTING, "analyst_rt")
    line = "Experience operating ML models in a real-time"
    assert analyst.of(line) == "partly", analyst.why(line)
    engineer = judge(tmp_path, ENGINEER, POSTING, "engineer_rt")
    assert engineer.of(line) == "met", engineer.why(line)
