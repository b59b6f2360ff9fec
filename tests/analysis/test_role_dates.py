"""A role's dates in a form the analysis's own date reader does not know (day.month.year, a
word for now in another language) still count: the analysis falls back to what the resume
reader made of them (`Role.period`), so a European resume is not read as having no work."""

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
    assert got == (month_index(2018, 9), month_index(2021, 2))
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
