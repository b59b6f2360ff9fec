"""A work-study contract beside a degree (invented lines): a French "alternance", an
"apprentie", a German "Werkstudent" or a dual-study place is part of the studies, counted
apart like an internship; the full-time job after it is the professional years."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import AMAZON_SDE2, judge

RESUME = """
Solène Marivaux
solene.marivaux@example.com

EXPERIENCE
Data Scientist | Banque Ardoise | sept. 2023 – present
- Built a churn model in Python for retail savings clients; AUC 0.81 in production.

{title} | Banque Ardoise | sept. 2021 – août 2023
- Built dashboards and a first scoring model in scikit-learn, 3 days a week beside the master's.

EDUCATION
Master Data Science (en alternance), Université de Pontivy, 2021 – 2023
"""


def test_a_work_study_contract_is_not_full_time_work(tmp_path: Path) -> None:
    for title in ("Data Scientist en alternance", "Data Scientist (apprentie)", "Werkstudent Data Science"):
        work_study = judge(tmp_path, RESUME.replace("{title}", title), AMAZON_SDE2, "ws")
        # sept. 2023 to June 2026 (the tests' today): under three years, not five
        assert work_study.years is not None and work_study.years <= 3.0, (title, work_study.years)
    employee = judge(tmp_path, RESUME.replace("{title}", "Junior Data Scientist"), AMAZON_SDE2, "emp")
    assert employee.years is not None and employee.years >= 4.5, employee.years
