"""An actuary's years are statistical modelling (applied science), and one employer's
promotions written on one line ("Senior Data Scientist (2023 - Present); Data Scientist (Aug
2020 - 2023)") run from the first title's start."""

from __future__ import annotations

from pathlib import Path

from app.analysis.experience import role_dates
from tests.analysis.judge_helpers import judge

POSTING = """
Data Scientist II, Insurance
Amazon

BASIC QUALIFICATIONS
- 3+ years of data scientist experience
- Experience with statistical models such as GLMs or gradient boosting
"""

ACTUARY = """
Philippa Onwuachi-Berg
philippa.ob@example.com

EXPERIENCE
Senior Actuarial Analyst | Brookfen Mutual Insurance | Jun 2019 – Present
- Built the homeowners rating plan GLMs in R; new territory factors cut the loss-ratio spread by a third.
- Quarterly loss reserving for small commercial lines (chain ladder) in R.

EDUCATION
B.S. Mathematics, Colebrook College, 2019
"""


def test_an_actuarys_years_are_applied_science(tmp_path: Path) -> None:
    j = judge(tmp_path, ACTUARY, POSTING)
    assert j.of("3+ years of data scientist") == "met", j.why("3+ years of data scientist")


def test_promotions_on_one_line_run_from_the_first_start() -> None:
    from app.analysis.dates import month_index

    as_of = month_index(2025, 11)
    got = role_dates("Senior Data Scientist (2023", "Present); Data Scientist", "Aug 2020 - 2023",
                     [], as_of, "2020-08/2023")
    assert got == (month_index(2020, 8), as_of)
    # a founding year beside the employer is no date of the role
    one = role_dates("Data Scientist", "Halden Mutual (est. 1998)", "Jan 2021 - Present", [],
                     as_of)
    assert one == (month_index(2021, 1), as_of)


STREAM_POSTING = """
Senior Data Engineer (Azure Databricks)
Harbourline Talent, for a client

Essential
- 5+ years in data engineering
- Streaming with Kafka or Azure Event Hubs
"""

AZURE_DE = """
Oyelaran Whitfield-Osei
oyelaran.wo@example.com

EXPERIENCE
Data Engineer | Kestrel Pensions | Jan 2016 – Present
- Built Azure Data Factory pipelines that load nightly extracts into Azure Synapse.
- {line}

EDUCATION
B.Sc. Computer Science, Lagos Polytechnic University, 2015
"""


def test_an_azure_service_is_not_any_azure_work(tmp_path: Path) -> None:
    line = "Streaming with Kafka or Azure Event Hubs"
    batch = judge(tmp_path, AZURE_DE.format(line="Wrote the data-quality checks in SQL."),
                  STREAM_POSTING, "batch")
    assert batch.of(line) == "not-met", batch.why(line)
    stream = judge(tmp_path, AZURE_DE.format(
        line="Built the Event Hubs ingestion of card events into the lakehouse, 3,000 events a second."),
        STREAM_POSTING, "stream")
    assert stream.of(line) == "met", stream.why(line)


SDE_POSTING = """
Software Development Engineer II, Checkout
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
"""

BI_ENGINEER = """
Odette Markovitch-Ruiz
odette.mr@example.com

EXPERIENCE
Business Intelligence Engineer | Fallowmere Supply | Jan 2020 – Present
- Built the weekly fill-rate dashboards in QuickSight from Redshift views used by 40 buyers.
- Wrote the SQL data marts behind the supplier scorecards; cut report refresh from 6 hours to 40 minutes.
"""


def test_a_business_intelligence_engineer_is_no_software_developer(tmp_path: Path) -> None:
    j = judge(tmp_path, BI_ENGINEER, SDE_POSTING)
    assert j.of("3+ years of non-internship") != "met", j.why("3+ years of non-internship")


MLE_POSTING = """
Machine Learning Engineer II, Recommendations
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with machine learning models in production
"""

TEACHER_IN_MASTERS = """
Philippa Ormsby-Nakamura
philippa.on@example.com

EXPERIENCE
Mathematics Teacher | Larchmont High School | Aug 2015 – Present
- Taught AP Statistics and Algebra II to 140 students a year.

PROJECTS
Capstone: Predicting course failure | 2024
- Trained a gradient-boosted model on anonymised attendance data.

EDUCATION
M.S. Data Science (part-time), Larchmont University, expected 2027
B.A. Mathematics, Larchmont University, 2015
"""


def test_a_computing_degree_in_progress_is_no_start_for_an_experienced_posting(
        tmp_path: Path) -> None:
    j = judge(tmp_path, TEACHER_IN_MASTERS, MLE_POSTING)
    assert j.level == "below-L4", j.report.fit.level_reason


DE_POSTING = """
Senior Data Engineer
Zellbrook Pay

You will build the batch and streaming pipelines behind our payments ledger, the warehouse our
analysts query and the features our fraud models read, with a team of six engineers.

Requirements
- 5+ years of experience as a data engineer
- Strong Python and SQL
- Experience with Spark and with streaming systems such as Kafka
"""

MLE_WITH_PIPELINES = """
Kornel Wasilewski-Ortiz
kornel.wo@example.com

EXPERIENCE
Machine Learning Engineer | Brzozów Online | Jan 2018 – Present
- Moved the feature pipeline from cron to Airflow and PySpark (2 TB a day).
- Built the click-through model for promoted listings in TensorFlow.
"""


def test_years_as_a_data_engineer_are_years_with_that_title(tmp_path: Path) -> None:
    j = judge(tmp_path, MLE_WITH_PIPELINES, DE_POSTING)
    assert j.of("5+ years of experience as a data engineer") != "met", j.why("5+ years")


JAVA_POSTING = """
Senior Backend Engineer (Java)
Brackwater Consulting, for a banking client

You will design and build the loan and payment services of our banking clients with a team of
eight engineers, and look after them in production.

Essential
- 5+ years of hands-on backend development in Java with Spring Boot
- Relational databases and SQL tuning
"""

GO_NOW_JAVA_LONG_AGO = """
Tobiah Fairweather-Lim
tobiah.fl@example.com

EXPERIENCE
Staff Software Engineer | Quayline Payments | FY2019 – present
- Built the card authorisation service in Go: 2,500 transactions per second at peak.
- Designed the reconciliation service in Kotlin that matches 3 million records a night.

Integration Engineer | Harbour Bank | Jun 2016 – Dec 2018
- Built the integration layer between core banking and SWIFT in Java (Spring, Oracle).
"""


def test_backend_years_in_a_named_language_and_fiscal_year_dates(tmp_path: Path) -> None:
    from app.analysis.dates import find_dates

    assert [h.month // 12 for h in find_dates("FY2022 – present") if h.month] == [2022]
    j = judge(tmp_path, GO_NOW_JAVA_LONG_AGO, JAVA_POSTING)
    # six years of backend work, but only two and a half of it in Java
    assert j.of("5+ years of hands-on backend") != "met", j.why("5+ years of hands-on backend")
    assert j.report.fit.professional_years >= 9, j.report.fit.professional_years


def test_an_arrow_between_two_dates_is_a_range() -> None:
    from app.analysis.dates import month_index, span

    as_of = month_index(2025, 11)
    assert span("2023-03 → present", as_of) == (month_index(2023, 3), as_of)
    assert span("2021-08 -> 2023-02", as_of) == (month_index(2021, 8), month_index(2023, 2) + 1)
    # Korean style: the month's own full stop comes before the range sign
    assert span("2019. 03. ~ 2021. 08.", as_of) == (month_index(2019, 3), month_index(2021, 8) + 1)
    assert span("2021. 09. ~ current", as_of) == (month_index(2021, 9), as_of)


SPEECH_SCIENTIST = """
Parvaneh Lindqvist-Oyelaran
parvaneh.lo@example.com

EXPERIENCE
Research Scientist | Fennick Speech Ltd | Jan 2016 – Present
- Trained the streaming speech recogniser behind the company's call-centre product.

EDUCATION
PhD, Informatics, University of Marrowby, 2011 – 2015
Thesis: acoustic models for speech recognition in low-resource languages
"""


def test_a_thesis_topic_alone_does_not_make_phd_years_professional(tmp_path: Path) -> None:
    from app.analysis.dates import month_index
    from app.analysis.experience import estimate
    from app.reading.resume import read_resume

    path = tmp_path / "speech.txt"
    path.write_text(SPEECH_SCIENTIST, encoding="utf-8")
    exp = estimate(read_resume(path), month_index(2025, 11))
    assert round(exp.years or 0) == 10, [(w.title, w.counted, w.note) for w in exp.work]
