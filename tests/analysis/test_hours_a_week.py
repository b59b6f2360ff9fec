"""A role held for a stated number of hours a week under 30 ("Graduate Assistant (15
hrs/week)") is part-time: shown, never counted as full-time years, for an engineer as for an
analyst (set 15: an analyst's 13.1 years held a 15-hour assistantship; experts 7.5)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.experience import PART_TIME_JOB
from tests.analysis.judge_helpers import judge

POSTING = """
Data Engineer
Pellworth Grocers

We move the data of 240 grocery stores from tills, warehouses and the web shop into one
platform that our buyers, planners and data scientists use every day.

Requirements
- 3+ years of professional experience building data pipelines in Python
- Experience with SQL and a cloud data warehouse (BigQuery, Snowflake or Redshift)
- Experience with an orchestrator such as Airflow or Dagster
"""


def test_hours_a_week_under_thirty_are_part_time(tmp_path: Path) -> None:
    for title in ("Graduate Assistant (15 hrs/week)", "Data Engineer (20 hours per week)",
                  "Tutor, 8h/week"):
        assert PART_TIME_JOB.search(title), title
    for title in ("Data Engineer (40 hrs/week)", "Analyst, 37.5 hours per week"):
        assert not PART_TIME_JOB.search(title), title
    analyst = judge(tmp_path, """
        Wilhelmina Arkwright
        w.arkwright@example.org

        EXPERIENCE
        Data Analyst, Sallowmere Foods, Leeds    Jun 2022 - Present
        - Built the weekly sales dashboards in Tableau and SQL for 30 store managers.
        Research Analyst (15 hrs/week), Fenmarsh Business School    Sep 2019 - May 2022
        - Cleaned survey data in R for a retail pricing study.

        EDUCATION
        M.Sc. Business Analytics, Fenmarsh Business School, 2022
        """, POSTING, name="analyst")
    assert analyst.years is not None and analyst.years < 4.5, analyst.report.fit
    engineer = judge(tmp_path, """
        Casimir Oduya-Blythe
        casimir.ob@example.org

        EXPERIENCE
        Data Engineer, Sallowmere Foods, Leeds    Jun 2024 - Present
        - Built the Airflow and Python pipelines that load 40 store feeds into BigQuery.
        Data Engineer (20 hours per week), Quillon Analytics    Jan 2021 - May 2024
        - Wrote Python jobs that moved CRM exports into Postgres.

        EDUCATION
        B.Sc. Computer Science, University of Fenmarsh, 2020
        """, POSTING, name="engineer")
    assert engineer.years is not None and engineer.years < 2.5, engineer.report.fit
