"""Years of work, counted the way a recruiter counts them: dates in a form the analysis's own
date reader does not know (day.month.year, a word for now in another language) fall back to what
the resume reader made of them (`Role.period`); a job held beside a part-time degree is work; a
years line that names a role counts that role's years."""

from __future__ import annotations

from pathlib import Path

from app.analysis.dates import month_index
from app.analysis.experience import role_dates
from tests.analysis.judge_helpers import AMAZON_SDE2, judge

DAY_MONTH_YEAR = """
Radka Vondrášková
Plzeň, Czech Republic · radka.vondraskova@example.cz

Work experience
Senior Data Engineer, Bělohorská Doprava a.s., Plzeň    01.03.2021 – now
- Built and maintained 90 Airflow DAGs in Python for shipment and fleet data.
- Wrote the Spark backfill and the daily scoring job for the parcel-volume forecast.
Data Engineer, Pojišťovna Kamenec a.s., Liberec    15.09.2018 – 28.02.2021
- Developed ETL services in Python and SQL for claims and policy data.

Education
Ing., Applied Informatics, Západočeská technická univerzita, 2018

Skills
Python, SQL, Spark, Airflow
"""


def test_day_month_year_dates_fall_back_to_the_readers_period() -> None:
    as_of = month_index(2026, 6)
    assert role_dates("Data Engineer", "Kamenec", "15.09.2018 – 28.02.2021", [], as_of) is None
    got = role_dates("Data Engineer", "Kamenec", "15.09.2018 – 28.02.2021", [], as_of,
                     "2018-09/2021-02")
    assert got == (month_index(2018, 9), month_index(2021, 2) + 1)  # through February
    assert role_dates("Data Engineer", "Kamenec", "01.03.2021 – now", [], as_of,
                      "2021-03/present") == (month_index(2021, 3), as_of)


def test_a_resume_dated_day_month_year_has_its_years_of_work(tmp_path: Path) -> None:
    judged = judge(tmp_path, DAY_MONTH_YEAR, AMAZON_SDE2, "dmy")
    # Sep 2018 - Feb 2021 and Mar 2021 - Jun 2026: about 7.7 years of engineering
    assert judged.years is not None and 7.0 <= judged.years <= 8.5, judged.years
    assert judged.of("3+ years of non-internship professional software") == "met", \
        judged.why("3+ years of non-internship professional software")


PART_TIME_MASTERS = """
Oyinkansola Adebayo-Reyes
oyinka.ar@example.com

EXPERIENCE
Software Engineer II, Pricing Platform | Larkspur Mutual | Sep 2023 – present
- Built the Python pricing service that quotes 40K policies a day.
- Deployed the renewal-risk model behind a REST endpoint with monitoring.
Software Engineer I, Policy Services | Larkspur Mutual | Jun 2021 – Aug 2023
- Java services for policy endorsements; cut a batch renewal job from 6 hours to 50 minutes.

EDUCATION
M.S. Computer Science ({mode}) | Northgate Institute of Technology | Jan 2023 – May 2027 (expected)
B.Sc. Computer Science | Quinnipaug State University | 2017 – 2021
"""


def test_a_job_held_beside_a_part_time_degree_is_work(tmp_path: Path) -> None:
    """Working full time while taking a part-time master's counts as work; the same job inside
    a full-time degree's months stays 'held while studying'."""
    part_time = judge(tmp_path, PART_TIME_MASTERS.replace("{mode}", "part-time, online"),
                      AMAZON_SDE2, "pt")
    # Jun 2021 - Jun 2026: five years, the part-time degree notwithstanding
    assert part_time.years is not None and part_time.years >= 4.5, part_time.years
    full_time = judge(tmp_path, PART_TIME_MASTERS.replace("{mode}", "thesis track"),
                      AMAZON_SDE2, "ft")
    assert full_time.years is not None and full_time.years <= 2.5, full_time.years


DS_YEARS_POSTING = """
Data Scientist II, Streaming Engagement
Amazon

BASIC QUALIFICATIONS
- 2+ years of data scientist experience
- Experience in Python, Perl, or another scripting language
"""

DATA_ENGINEER = """
Teodor Vasilescu
teodor.vasilescu@example.com

EXPERIENCE
Senior Data Engineer | Harrowgate Freight | Mar 2020 – present
- Built and maintained 120 Airflow DAGs for shipment and fleet data.
- Did the first churn model for B2B customers (logistic regression in scikit-learn).

EDUCATION
M.Sc. Applied Informatics, 2019
"""


def test_years_as_a_scientist_count_scientist_roles_only(tmp_path: Path) -> None:
    """'2+ years of data scientist experience' names a role: six years of data engineering with
    one churn model are not it; the same years as a data scientist are, and so are an engineering
    role's whose lines are mostly models and analyses."""
    engineer = judge(tmp_path, DATA_ENGINEER, DS_YEARS_POSTING, "de")
    assert engineer.of("2+ years of data scientist") == "not-met", \
        engineer.why("2+ years of data scientist")
    scientist = judge(tmp_path, DATA_ENGINEER.replace("Senior Data Engineer", "Data Scientist"),
                      DS_YEARS_POSTING, "ds")
    assert scientist.of("2+ years of data scientist") == "met", \
        scientist.why("2+ years of data scientist")
    modeller = DATA_ENGINEER.replace("Senior Data Engineer", "Software Engineer II, Pricing (ML team)").replace(
        "- Built and maintained 120 Airflow DAGs for shipment and fleet data.",
        "- Built the claims-severity model in XGBoost and ran a survival analysis of claim durations.")
    ml_team = judge(tmp_path, modeller, DS_YEARS_POSTING, "mlt")
    assert ml_team.of("2+ years of data scientist") == "met", ml_team.why("2+ years of data scientist")


AS_POSTING = """
Senior Applied Scientist, Sponsored Ads
Amazon

BASIC QUALIFICATIONS
- PhD, or Master's degree and 6+ years of applied research experience
- Experience programming in Java, C++, Python or related language
"""

ML_ENGINEER_MS = """
Ilaria Montefusco
ilaria.montefusco@example.com

EXPERIENCE
Senior Machine Learning Engineer, Ranking | Brightwater Retail | Jan 2018 – present
- Built and trained the click-prediction model for sponsored listings in PyTorch.
- Designed the offline evaluation of the ranking models and ran their online experiments.

EDUCATION
M.S. Computer Science (machine learning), Coldwater University, 2017
"""


def test_applied_research_years_count_building_models_for_a_business(tmp_path: Path) -> None:
    """'Master's degree and 6+ years of applied research': eight years building and evaluating
    ranking models as an ML engineer are applied research; eight years of backend services, or
    of pipelines and scoring around models, are not."""
    ml = judge(tmp_path, ML_ENGINEER_MS, AS_POSTING, "mle")
    assert ml.of("PhD, or Master's degree") == "met", ml.why("PhD, or Master's degree")
    backend = ML_ENGINEER_MS.replace("Senior Machine Learning Engineer, Ranking",
                                     "Senior Software Engineer, Checkout").replace(
        "- Built and trained the click-prediction model for sponsored listings in PyTorch.",
        "- Built the checkout API in Java that serves 3,000 requests a second.").replace(
        "- Designed the offline evaluation of the ranking models and ran their online experiments.",
        "- Designed the payment retry service and its database schema.")
    other = judge(tmp_path, backend, AS_POSTING, "be")
    assert other.of("PhD, or Master's degree") != "met", other.why("PhD, or Master's degree")
    # running the machinery around other people's models is not research of one's own
    mlops = ML_ENGINEER_MS.replace(
        "- Built and trained the click-prediction model for sponsored listings in PyTorch.",
        "- Own the training and deployment pipeline for the ranking models behind site search.").replace(
        "- Designed the offline evaluation of the ranking models and ran their online experiments.",
        "- Built batch and real-time scoring for the fraud models, with drift monitoring.")
    ops = judge(tmp_path, mlops, AS_POSTING, "ops")
    assert ops.of("PhD, or Master's degree") != "met", ops.why("PhD, or Master's degree")


def test_a_conferred_bachelors_meets_a_bachelors_while_a_masters_is_underway(tmp_path: Path) -> None:
    """The B.Sc. already conferred meets 'Bachelor's degree in a quantitative field'; the
    master's still in progress is 'partly' only for a line that asks for a master's."""
    posting = DS_YEARS_POSTING + (
        "- Bachelor's degree in a quantitative field such as statistics, mathematics or computer science\n"
        "\nPREFERRED QUALIFICATIONS\n- Master's degree or PhD in a quantitative field\n")
    judged = judge(tmp_path, PART_TIME_MASTERS.replace("{mode}", "part-time"), posting, "deg")
    assert judged.of("Bachelor's degree in a quantitative") == "met", \
        judged.why("Bachelor's degree in a quantitative")
    assert judged.of("Master's degree or PhD") == "partly", judged.why("Master's degree or PhD")


def test_running_pretraining_is_building_models_of_ones_own(tmp_path: Path) -> None:
    """A research engineer who runs the pretraining of language models builds models: a science
    ladder has its starting point, whatever verb the line leads with."""
    resume = ML_ENGINEER_MS.replace("Senior Machine Learning Engineer, Ranking",
                                    "Research Engineer, Pretraining").replace(
        "- Built and trained the click-prediction model for sponsored listings in PyTorch.",
        "- Run the pretraining of 7B–70B-parameter language models on 2,048 GPUs with FSDP.").replace(
        "- Designed the offline evaluation of the ranking models and ran their online experiments.",
        "- Wrote the deduplication pipeline (MinHash on Ray) used for every corpus since 2024.")
    judged = judge(tmp_path, resume, AS_POSTING, "pre")
    assert judged.level not in (None, "below-L4"), judged.report.fit.level_reason


ANALYST = """
Noor Haddad-Lindqvist
noor.hl@example.com

EXPERIENCE
Senior Data Analyst | Fernhill Streaming | Jan 2021 – present
- Ran the churn study behind the win-back campaign; presented the results to the VP of growth.
- Built the weekly engagement dashboards the content team plans from.
Software Engineer | Plover Apps | Jan 2018 – Dec 2020
- Built the subscription service and its billing retries.

SKILLS
SQL, Python, Tableau
"""

TOOLS_POSTING = """
Data Scientist II
Amazon

BASIC QUALIFICATIONS
- 3+ years of data querying languages (e.g. SQL), scripting languages (e.g. Python) or statistical/mathematical software (e.g. R, SAS, Matlab) experience
- 3+ years of Java development experience
"""


def test_years_of_everyday_languages_count_technical_roles(tmp_path: Path) -> None:
    """A broad choice of everyday languages (SQL, Python or R) is the tooling of any technical
    role: an analyst's and an engineer's full-time years count when the resume shows one of
    them. One language asked by name still needs roles that show it."""
    judged = judge(tmp_path, ANALYST, TOOLS_POSTING, "tools")
    assert judged.of("3+ years of data querying") == "met", judged.why("3+ years of data querying")
    assert judged.of("3+ years of Java") != "met", judged.why("3+ years of Java")


BUSINESS_ML_POSTING = """
Senior Applied Scientist
Amazon

BASIC QUALIFICATIONS
- 5+ years of building machine learning models or developing algorithms for business application experience
- 3+ years of machine learning/statistical modeling data analysis tools and techniques, and parameters that affect their performance experience
"""

POSTDOC = """
Ines Valderrama-Holt
ines.vh@example.com

EXPERIENCE
Postdoctoral Research Scientist, Plasma Diagnostics | Corran Fusion Laboratory | Sep 2020 – present
- Built a neural surrogate of the plasma equilibrium code that runs 400x faster than the solver.
- Trained a real-time disruption predictor on 12 years of shot data.

EDUCATION
PhD Physics, Ardley University, 2020
"""


def test_a_postdocs_models_are_not_business_applications(tmp_path: Path) -> None:
    """Five years of models built in a postdoc are research, not 'machine learning for business
    applications'; the same models built in a company's applied-science role are."""
    judged = judge(tmp_path, POSTDOC, BUSINESS_ML_POSTING, "pd")
    line = "5+ years of building machine learning models"
    assert judged.of(line) != "met", judged.why(line)
    industry = POSTDOC.replace("Postdoctoral Research Scientist, Plasma Diagnostics",
                               "Applied Scientist, Grid Forecasting").replace(
        "Corran Fusion Laboratory", "Sallowmere Energy")
    assert judge(tmp_path, industry, BUSINESS_ML_POSTING, "ind").of(line) == "met"


def test_a_data_engineers_years_are_not_years_of_statistical_modelling(tmp_path: Path) -> None:
    """'3+ years of machine learning/statistical modeling ... tools and techniques': a data
    engineer's years of pipelines around one churn model are not it; a role whose lines are
    mostly models and analyses is."""
    line = "3+ years of machine learning/statistical modeling"
    engineer = judge(tmp_path, DATA_ENGINEER, BUSINESS_ML_POSTING, "de2")
    assert engineer.of(line) != "met", engineer.why(line)
    modeller = DATA_ENGINEER.replace(
        "- Built and maintained 120 Airflow DAGs for shipment and fleet data.",
        "- Built the demand-forecasting models (LightGBM) and ran the holiday uplift analysis.")
    assert judge(tmp_path, modeller, BUSINESS_ML_POSTING, "mod").of(line) == "met"


def test_quarter_dates_are_read() -> None:
    """'Q3 2018 – Q1 2021' runs from July 2018 to the end of March 2021."""
    from app.analysis.dates import span

    assert span("Q3 2018 – Q1 2021", month_index(2026, 6)) == (month_index(2018, 7),
                                                                month_index(2021, 4))
    assert span("Q2 2021 – present", month_index(2026, 6)) == (month_index(2021, 4),
                                                                month_index(2026, 6))


WEB_POSTING = """
Senior Frontend Engineer
Orrin Logistics

Requirements:
- 5+ years building web applications professionally, including 3+ years with React and TypeScript
"""


def test_years_of_web_applications_count_frontend_and_backend_roles(tmp_path: Path) -> None:
    """'5+ years building web applications professionally': a frontend engineer's years are
    that work though no line says 'web application'; a firmware engineer's are not."""
    frontend = """
    Amara Oduya-Quist
    amara.oq@example.com

    EXPERIENCE
    Senior Frontend Engineer | Pellworth | Jan 2020 – present
    - Own the design system: 60 React components in TypeScript used by 5 product teams.
    - Brought Largest Contentful Paint from 3.9 s to 1.4 s by code-splitting the editor.
    Frontend Developer | Kittering Media | Jan 2018 – Dec 2019
    - Built the article editor in React.
    """
    judged = judge(tmp_path, frontend, WEB_POSTING, "web")
    assert judged.of("5+ years building web applications") == "met", \
        judged.why("5+ years building web applications")
    firmware = frontend.replace("Senior Frontend Engineer", "Senior Firmware Engineer").replace(
        "Frontend Developer", "Embedded Developer").replace(
        "- Own the design system: 60 React components in TypeScript used by 5 product teams.",
        "- Own the motor-control firmware in C for the e-bike drive unit.").replace(
        "- Brought Largest Contentful Paint from 3.9 s to 1.4 s by code-splitting the editor.",
        "- Cut boot time from 900 ms to 200 ms on the STM32 controller.").replace(
        "- Built the article editor in React.", "- Wrote the Bluetooth LE pairing firmware.")
    other = judge(tmp_path, firmware, WEB_POSTING, "fw")
    assert other.of("5+ years building web applications") != "met", \
        other.why("5+ years building web applications")


AS_ONE_POSTING = """
Applied Scientist I, Contact Analytics
Amazon

This is an early-career role: you will have a mentor and grow into owning a model family.

BASIC QUALIFICATIONS
- PhD, or Master's degree and experience in CS, CE, ML or related field
- Experience programming in Java, C++, Python or related language
"""


def test_a_senior_scientist_is_not_levelled_as_a_new_graduate(tmp_path: Path) -> None:
    """An early-career science posting still offers the experienced level to someone who held a
    senior science title over the years L5 starts from; a junior title does not."""
    senior = ML_ENGINEER_MS.replace("Senior Machine Learning Engineer, Ranking",
                                    "Senior Data Scientist, Ranking")
    judged = judge(tmp_path, senior, AS_ONE_POSTING, "sds")
    assert judged.level == "L5", judged.report.fit.level_reason
    assert "senior science role" in judged.report.fit.level_reason
    junior = ML_ENGINEER_MS.replace("Senior Machine Learning Engineer, Ranking",
                                    "Data Scientist I, Ranking").replace("Jan 2018", "Jan 2024")
    assert judge(tmp_path, junior, AS_ONE_POSTING, "ds1").level == "L4"


AREAS_POSTING = AS_ONE_POSTING + (
    "- Experience in any of the following areas: algorithms and data structures, parsing, "
    "numerical optimization, data mining, parallel and distributed computing\n")


def test_any_of_the_areas_with_the_fundamentals_is_a_computing_degree_and_recent_work(
        tmp_path: Path) -> None:
    """'Experience in any of the following areas: algorithms and data structures, ...': one
    area is enough; a computing degree with recent engineering or science work shows the
    fundamentals, the degree alone (a student's) does not."""
    line = "Experience in any of the following areas"
    working = judge(tmp_path, ML_ENGINEER_MS, AREAS_POSTING, "areas")
    assert working.of(line) == "met", working.why(line)
    student = """
    Priyanka Venkatraman-Ode
    priyanka.vo@example.com

    EDUCATION
    M.S. Computer Science, Coldwater University, May 2026 (expected)
    B.S. Computer Science, Coldwater University, 2024

    PROJECTS
    Course search engine | 2025
    - Built a course search engine with BM25 in Python.
    """
    assert judge(tmp_path, student, AREAS_POSTING, "stud").of(line) != "met"
