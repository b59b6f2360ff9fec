"""Rules written from the fifteenth held-back set, each on invented lines:

- a role's dates whose month names the analysis does not read ("jul. 2019 – dic. 2023") take
  the reader's month-precise reading, not the year alone;
- a team's lead is engineering leadership when the team's own lines build ("Perception Team
  Leader"), not an analysts' lead or an open-source contributor's;
- a credit-risk modeller builds the bank's statistical models: applied science;
- a terse line whose subject is a model ("Churn model (XGBoost): AUC 0.81", "Own the pricing
  models") is model work of one's own, so a lead data scientist who still owns models is not
  managing only;
- "professional software engineering in Python" counts software roles that use Python, not a
  quant's years of Python beside SAS models;
- GPUs used are not GPU programming, and TensorRT is not TensorRT-LLM.
"""

from __future__ import annotations

from pathlib import Path

from app.analysis.dates import month_index
from app.analysis.experience import _title_kind, estimate, role_dates
from app.analysis.level import builds_models, managing_only
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

AS_OF = month_index(2025, 11)


def test_month_names_the_analysis_does_not_read_take_the_readers_months() -> None:
    got = role_dates("Data Engineer", "Cambria Logistica", "jul. 2018 – dic. 2020", [], AS_OF,
                     "2018-07/2020-12")
    assert got == (month_index(2018, 7), month_index(2020, 12) + 1)  # through December
    # a season the reader turned into a month keeps the analysis's own reading
    summers = role_dates("Data Scientist", "Lowfield Research", "Summer 2012 and 2013", [], AS_OF,
                         "2012-06/2013")
    assert summers is not None and summers[0] == month_index(2012, 6)
    assert summers[1] < month_index(2013, 1)


BUILDS = "Fused camera and lidar detections in C++ on the vehicle's GPU \n Trained the 3D detector in PyTorch"


def test_a_teams_lead_is_engineering_only_over_engineering_work() -> None:
    assert _title_kind("Perception Team Leader", "Experience", "experience", BUILDS)[0] == "engineering"
    analysts = _title_kind("Technical Analyst → Team Lead", "Experience", "experience",
                           "Led a team of 6 analysts \n Wrote weekly traffic reports")
    assert analysts[0] != "engineering"
    unpaid = _title_kind("Open Source Contributor & Team Leader", "Experience", "experience",
                         "Built the diff viewer plugin in PHP \n Led 4 student contributors")
    assert unpaid[0] != "engineering"
    shop = _title_kind("Team Leader", "Experience", "experience",
                       "Ran the evening shift of 9 people \n Trained new starters on the tills")
    assert shop[0] != "engineering"


def test_a_credit_risk_modeller_is_applied_science() -> None:
    kind, _note = _title_kind("Senior Credit Risk Modeller", "Experience", "experience",
                              "Developed the LGD model for commercial lending in SAS")
    assert kind == "science"


TERSE_LEAD = """
Noa Brandt
noa.brandt@example.com

EXPERIENCE
Lead Data Scientist, Tamarisk Signals, Haifa
03/2021 – Present
• Own the churn and upsell models for 140 B2B accounts.
• Pricing model (LightGBM): quote win rate 22% → 29%.
• Hired and lead 4 data scientists.

Data Scientist, Olive Grove Insurance, Haifa
01/2018 – 02/2021
• Claims-fraud classifier (XGBoost): referrals 2x more precise.
"""


def test_terse_model_lines_are_model_work_of_ones_own(tmp_path: Path) -> None:
    path = tmp_path / "noa.txt"
    path.write_text(TERSE_LEAD, encoding="utf-8")
    exp = estimate(read_resume(path), AS_OF)
    lead = next(w for w in exp.work if w.title.startswith("Lead Data Scientist"))
    assert builds_models(lead)
    assert managing_only(exp) is None  # a lead who still owns models is not managing only


QUANT_POSTING = """
Machine Learning Engineer, Research Platform
Cobble Lane Capital

Requirements
- 4+ years of professional software engineering in Python, including machine learning systems running in production
- Experience with SQL
"""

QUANT = """
Harriet Soames
harriet.soames@example.com

EXPERIENCE
Lead Quantitative Analyst, Penrose Bank, London
Jan 2019 – Present
- Built the SME probability-of-default model in SAS, approved by the regulator in 2022.
- Built the bank's first machine-learning challenger model in Python (XGBoost), deployed to production and scored monthly.
- Wrote a small Python package for the monthly monitoring report.
- SQL extracts from the Oracle warehouse.

EDUCATION
MSc Mathematical Finance, Kingsmere College London, 2018
"""

ENGINEER = """
Tom Ruddock
tom.ruddock@example.com

EXPERIENCE
Software Engineer, Penrose Bank, London
Jan 2019 – Present
- Built the Python pricing service (FastAPI) that serves the credit models in production.
- Wrote the SQL migrations for the loans database.

EDUCATION
BSc Computer Science, Kingsmere College London, 2018
"""


def test_software_engineering_in_python_counts_software_roles(tmp_path: Path) -> None:
    quant = judge(tmp_path, QUANT, QUANT_POSTING, "quant")
    assert quant.of("4+ years of professional software engineering") != "met", \
        quant.why("4+ years of professional software engineering")
    engineer = judge(tmp_path, ENGINEER, QUANT_POSTING, "engineer")
    assert engineer.of("4+ years of professional software engineering") == "met", \
        engineer.why("4+ years of professional software engineering")


INFERENCE_POSTING = """
Senior Machine Learning Engineer, Inference
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience

PREFERRED QUALIFICATIONS
- Experience writing or tuning GPU kernels (CUDA) or with AWS Inferentia
- Experience with LLM serving frameworks such as vLLM, TensorRT-LLM or SGLang
"""

SERVING = """
Ines Vidal
ines.vidal@example.com

EXPERIENCE
Senior Machine Learning Engineer, Pradera Marketplace, Madrid
Jan 2018 – Present
- Moved the detector's serving to our own GPUs (L4) with batching; cost per image -60%.
- Optimized the detection models with TensorRT (INT8); inference from 40 ms to 12 ms.
"""


def test_gpus_used_are_not_gpu_programming_and_tensorrt_is_not_tensorrt_llm(tmp_path: Path) -> None:
    j = judge(tmp_path, SERVING, INFERENCE_POSTING)
    assert j.of("Experience with LLM serving frameworks") != "met", \
        j.why("Experience with LLM serving frameworks")
    gpus = judge(tmp_path, SERVING.split("- Optimized")[0], INFERENCE_POSTING, "gpus")
    assert gpus.of("Experience writing or tuning GPU kernels") != "met", \
        gpus.why("Experience writing or tuning GPU kernels")


MLOPS_POSTING = """
{title}
Veldhoven Telecom

What you bring
- 4+ years of experience in platform engineering, DevOps or MLOps
- Hands-on experience running Kubernetes in production
- Experience with ML lifecycle tooling such as Kubeflow, MLflow or KServe
"""

PLATFORM = """
Femke Draaisma
femke.draaisma@example.com

EXPERIENCE
MLOps Team Lead, Lindeboom Energie, Utrecht
Jan 2018 – Present
- Built and run the Kubernetes (AKS) ML platform used by 30 data scientists: Kubeflow Pipelines, MLflow registry, KServe.
- Cut model release time from 3 weeks to 2 days with GitOps (Argo CD) and Terraform.
- On-call for the platform one week in five; wrote the runbooks.
"""


def test_an_ml_platform_posting_asks_for_the_platform_not_models_of_ones_own(tmp_path: Path) -> None:
    """The own-models cap ('no job shows a model you trained') is for ML engineering roles
    that build models; an MLOps team's posting asks for the platform itself."""
    mlops = judge(tmp_path, PLATFORM, MLOPS_POSTING.format(title="MLOps Engineer - ML Platform"),
                  "mlops")
    assert "model you trained" not in mlops.report.fit.score_detail, mlops.report.fit.score_detail
    modelling = judge(tmp_path, PLATFORM, MLOPS_POSTING.format(
        title="Machine Learning Engineer, Recommendations"), "mle")
    assert "model you trained" in modelling.report.fit.score_detail, \
        modelling.report.fit.score_detail


FEE_POSTING = """
Front-End Engineer II, Advertising Console
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional front-end, web or mobile software development using JavaScript, HTML and CSS experience
- Experience using JavaScript frameworks such as angular and react
"""

BACKEND = """
Jonas Pereira
jonas.pereira@example.com

EXPERIENCE
Senior Software Engineer, Kestrel Logistics
Jan 2017 – Present
- Built the Go services behind shipment tracking: 40k requests per second, p99 under 30 ms.
- Designed the Kafka event pipeline that 6 teams consume.
"""


def test_a_front_end_ladder_starts_from_front_end_work(tmp_path: Path) -> None:
    """Amazon's Front-End Engineer is its own job family: a backend engineer of nine years
    with no web front-end work anywhere is below L4 on it (both experts), not at its level;
    one React feature shipped is a start."""
    backend = judge(tmp_path, BACKEND, FEE_POSTING, "backend")
    assert backend.level == "below-L4", backend.report.fit.level_reason
    some_front = judge(tmp_path, BACKEND.replace(
        "- Designed the Kafka", "- Built the React dashboard for shipment exceptions used by 200 agents.\n- Designed the Kafka"),
        FEE_POSTING, "some_front")
    assert some_front.level != "below-L4", some_front.report.fit.level_reason


def test_a_season_is_a_range_of_its_own() -> None:
    """'Summer 2024' is three months, whatever single month the reader wrote for it."""
    start, end = role_dates("Data Science Co-op", "Birchmount Financial", "Summer 2024", [], AS_OF,
                            "2024-06/2024-06")
    assert end - start == 3


ENTRY_POSTING = """
Machine Learning Engineer I, Demand Forecasting
Amazon

BASIC QUALIFICATIONS
- Bachelor's degree in computer science, engineering or statistics
- 1+ years of non-internship professional software development experience
- Experience programming with at least one language such as Python or Java
"""

CO_OP = """
Rowena Park
rowena.park@example.com

EXPERIENCE
Front-End Developer Co-op, Maplewood Logistics
Fall 2024
- Built the React screens for dock scheduling used by 60 dispatchers.
Data Science Co-op, Birchmount Financial
Summer 2024
- Trained a LightGBM forecast of call volumes in Python; MAPE from 18% to 11%.
Software Developer Co-op, Ferncliff Health
Fall 2023
- Wrote Java services for appointment reminders.
QA Automation Co-op, Tallpine Insurance Software
Winter 2023
- Automated 140 regression tests in Python with pytest and Selenium.

EDUCATION
BASc Computer Engineering, Laurentide University, 2021 – 2026 (expected)
"""


def test_four_co_op_terms_against_one_year_asked_are_a_stretch(tmp_path: Path) -> None:
    """Co-op terms are no full-time years, but four of them against '1+ years' make a reach
    (both experts: stretch), where one summer internship is not yet."""
    terms = judge(tmp_path, CO_OP, ENTRY_POSTING, "terms")
    assert terms.verdict == "stretch", terms.report.fit.verdict_reason
    one = CO_OP.split("Data Science Co-op")[0] + "\nEDUCATION\n" + CO_OP.split("EDUCATION\n")[1]
    single = judge(tmp_path, one, ENTRY_POSTING, "single")
    assert single.verdict == "not-yet", single.report.fit.verdict_reason


DESIGN_POSTING = """
Senior Machine Learning Engineer, Serving
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- Experience leading the technical design of systems and mentoring other engineers
"""

DESIGNER = """
Marta Ruiz
marta.ruiz@example.com

EXPERIENCE
Senior Machine Learning Engineer, Pradera Marketplace, Madrid
Jan 2016 – Present
- Designed the two-tower retrieval service for the home feed (PyTorch, FAISS); +9% clicks in an A/B test.
- Mentored 5 ML engineers, 2 of them promoted to senior.
"""


def test_designing_a_system_shows_system_design(tmp_path: Path) -> None:
    """'Leading the technical design of systems' is shown by a line that designed one, not only
    by the words 'system design'; the words on a skills line alone are not the work."""
    designer = judge(tmp_path, DESIGNER, DESIGN_POSTING, "designer")
    assert designer.of("Experience leading the technical design") == "met", \
        designer.why("Experience leading the technical design")
    listed = judge(tmp_path, DESIGNER.replace(
        "- Designed the two-tower retrieval service", "- Tuned the two-tower retrieval model")
        + "\nSKILLS\nSystem design, Python, PyTorch\n", DESIGN_POSTING, "listed")
    assert listed.of("Experience leading the technical design") != "met", \
        listed.why("Experience leading the technical design")


FORECAST_POSTING = """
Machine Learning Engineer I, Demand Forecasting
Amazon

BASIC QUALIFICATIONS
- 1+ years of non-internship professional software development experience
- Experience building machine learning models for business applications (regression, tree-based models, time series or deep learning)

PREFERRED QUALIFICATIONS
- Experience with demand forecasting at scale
- Experience with Spark or EMR
- Experience with SageMaker
- Experience in grocery or retail
"""

FRAUD = """
Chidi Obi
chidi.obi@example.com

EXPERIENCE
Backend Engineer, Kolanut Pay, Lagos
Jan 2018 – Present
- Built the Go payment services behind 3 million transactions a month.
- Trained an XGBoost fraud model on 2 years of transactions and put it behind a FastAPI service; chargebacks -31%.
- Retrained the fraud model weekly and evaluated it on a holdout month; precision at a 1% alert rate from 0.41 to 0.58.
"""


def test_bracketed_examples_of_an_area_are_a_choice_not_a_second_ask(tmp_path: Path) -> None:
    """'Building ML models for business applications (regression, tree-based models, time
    series or deep learning)': a model built for a business is the ask; the brackets say what
    kind counts, and are no second thing to show beside it."""
    j = judge(tmp_path, FRAUD, FORECAST_POSTING)
    assert j.of("Experience building machine learning models") == "met", \
        j.why("Experience building machine learning models")


def test_strong_needs_a_share_of_the_preferred_lines(tmp_path: Path) -> None:
    """Every basic line met with years to spare, but none of four preferred lines: apply (both
    experts), not strong."""
    j = judge(tmp_path, FRAUD, FORECAST_POSTING)
    assert j.verdict == "apply", j.report.fit.verdict_reason
    more = judge(tmp_path, FRAUD.replace("- Built the Go payment", "- Moved the nightly Spark jobs on EMR to SageMaker pipelines.\n- Built the Go payment"),
                 FORECAST_POSTING, "more")
    assert more.verdict == "strong", more.report.fit.verdict_reason


QUANT_PLATFORM = """
ML Engineer, Research Platform
Cobble Lane Capital

Requirements
- Backtesting frameworks and point-in-time data
- Order book simulation for market making
"""

RESEARCH_ENGINEER = """
Dana Levi
dana.levi@example.com

EXPERIENCE
Data Scientist, Ofek Signals, Tel Aviv
Jan 2020 – Present
- Backtesting framework in Python/polars, point-in-time correct; research to prod in days.
- Simulated card-panel revenue for 410 retailers.
"""


def test_a_bullet_that_names_every_word_of_a_line_shows_it(tmp_path: Path) -> None:
    """A line with nothing the taxonomy knows is met by a work bullet holding every one of its
    content words, not only 'close' to it; one word short is still only close."""
    j = judge(tmp_path, RESEARCH_ENGINEER, QUANT_PLATFORM)
    assert j.of("Backtesting frameworks and point-in-time data") == "met", \
        j.why("Backtesting frameworks and point-in-time data")
    assert j.of("Order book simulation for market making") != "met", \
        j.why("Order book simulation for market making")


TABULAR_POSTING = """
Machine Learning Engineer, Credit & Fraud
Kestrel Lending

Requirements
- Solid experience with gradient boosting on tabular data
- Experience with credit-risk or fraud models on tabular or transaction data (gradient boosting, scorecards or similar)
"""

ETA = """
Ines Moyo
ines.moyo@example.com

EXPERIENCE
Machine Learning Engineer, Parcelwise, Rotterdam
Jan 2021 – Present
- Own the ETA prediction model for 90,000 parcel deliveries a day (XGBoost on tabular route features).
- Retrained it weekly; mean absolute error from 41 to 29 minutes.
"""


def test_xgboost_is_gradient_boosting_and_a_domain_is_asked_with_it(tmp_path: Path) -> None:
    """XGBoost, LightGBM and CatBoost are gradient boosting; 'credit-risk or fraud models'
    asks for that domain too, which an ETA model does not show, and a fraud model does."""
    eta = judge(tmp_path, ETA, TABULAR_POSTING, "eta")
    assert eta.of("Solid experience with gradient boosting") == "met", \
        eta.why("Solid experience with gradient boosting")
    assert eta.of("Experience with credit-risk or fraud models") != "met", \
        eta.why("Experience with credit-risk or fraud models")
    fraud = judge(tmp_path, ETA.replace("Own the ETA prediction model for 90,000 parcel deliveries a day",
                                        "Own the card-fraud model for 90,000 payments a day"),
                  TABULAR_POSTING, "fraud")
    assert fraud.of("Experience with credit-risk or fraud models") == "met", \
        fraud.why("Experience with credit-risk or fraud models")
