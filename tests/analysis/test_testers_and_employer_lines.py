"""Testers on a development ladder, and an employer's line over its titles (invented lines)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.experience import estimate
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import AMAZON_SDE2, judge

TESTER = """
Jarek Wolanski
jarek.wolanski@example.com

EXPERIENCE
Senior Test Automation Engineer | Brzozan Logistics | Jan 2022 – present
- Wrote the shared Playwright framework and moved 1,500 Selenium tests to it.
- Built a Python service that picks the tests a change needs; pipelines from 40 to 15 minutes.

QA Engineer | Brzozan Logistics | Mar 2019 – Dec 2021
- Automated API regression tests in pytest for 12 services.
"""

DEVELOPER_NOW = """
Jarek Wolanski
jarek.wolanski@example.com

EXPERIENCE
Software Engineer | Brzozan Logistics | Jan 2024 – present
- Built the route-planning service in Java; 2M stops a day, p99 under 90 ms.

QA Automation Engineer | Brzozan Logistics | Mar 2020 – Dec 2023
- Automated API regression tests in pytest for 12 services.
"""


def test_a_tester_enters_the_development_ladder_at_its_start(tmp_path: Path) -> None:
    """Seven years of test automation, applying from testing: L4 on an SDE II posting. A
    tester who has since worked as a developer brings those years along."""
    tester = judge(tmp_path, TESTER, AMAZON_SDE2, "tester")
    assert tester.level == "L4", tester.level
    developer = judge(tmp_path, DEVELOPER_NOW, AMAZON_SDE2, "developer")
    assert developer.level == "L5", developer.level


HEADER = """
Ilka Brandauer
ilka.brandauer@example.com

EXPERIENCE
Hollerbach Software GmbH 03.2019 – present
Senior QA Engineer (01.2022 – present)
- Led test strategy for the billing services.
QA Engineer (03.2019 – 12.2021)
- Automated regression tests in pytest.
"""


def test_an_employers_line_over_its_titles_is_no_role_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text(HEADER.strip() + "\n", encoding="utf-8")
    exp = estimate(read_resume(path), 2025 * 12 + 10)
    header = [w for w in exp.work if "GmbH" in w.title]
    assert header and all(not w.counted for w in header), [(w.title, w.kind, w.counted) for w in exp.work]


PRODUCT_NOW = """
Mei Lin Tan
meilin.tan@example.com

EXPERIENCE
Senior Technical Product Manager | Kapok Pay | Jan 2022 – present
- Owned the roadmap for merchant-facing payment APIs; 40 merchants integrated in a year.

Software Development Engineer | Pasir Labs | Jun {start} – Dec {end}
- Built the delivery-slot booking service in Kotlin on AWS; 2 million bookings a month.
"""


def test_a_few_engineering_years_that_ended_long_ago_restart_at_the_entry_level(tmp_path: Path) -> None:
    """Three and a half years of engineering that ended four years ago, a product manager
    since: L4 on an SDE II posting, with the reason. Six years of it stay L5."""
    few = judge(tmp_path, PRODUCT_NOW.format(start=2018, end=2021), AMAZON_SDE2, "few")
    assert few.level == "L4", few.level
    assert "start again near the entry level" in few.report.fit.level_reason
    many = judge(tmp_path, PRODUCT_NOW.format(start=2015, end=2021), AMAZON_SDE2, "many")
    assert many.level == "L5", many.level


def test_two_widths_of_a_testing_title() -> None:
    """The verdict reads a title of any kind (and the posting's): it takes only titles naming
    testing work. The level reads engineering roles only, where any test word, "quality" or
    "automation" is test work too. The narrow one never takes what the wide one leaves."""
    from app.analysis.experience import TEST_WORK_TITLE, TESTER_TITLE

    testers = ("QA Engineer", "SDET II", "Software Engineer in Test", "Test Automation Engineer",
               "Quality Assurance Analyst", "Manual Tester", "Testing Engineer", "Test Lead",
               "Automation Tester")
    for title in testers:
        assert TESTER_TITLE.search(title) and TEST_WORK_TITLE.search(title), title
    for title in ("Automation Engineer", "Test Analyst", "Quality Manager",
                  "Marketing Automation Manager"):
        assert TEST_WORK_TITLE.search(title) and not TESTER_TITLE.search(title), title
    for title in ("Software Engineer", "Senior Data Engineer", "Contest Judge"):
        assert not TEST_WORK_TITLE.search(title) and not TESTER_TITLE.search(title), title


def test_an_employers_legal_name_from_the_one_list() -> None:
    """A role's 'title' that ends in a legal suffix of the one list is an employer's name."""
    from app.analysis.experience import LEGAL_NAME

    for name in ("Nordweave Software Sp. z o.o.", "Acme GmbH", "Initech Corporation",
                 "Globex Limited", "Kaamos Oy", "Rossi Dati S.r.l.", "Zarikart Pvt. Ltd."):
        assert LEGAL_NAME.search(name), name
    for title in ("Senior Software Engineer", "Head of Data", "Agile Coach"):
        assert not LEGAL_NAME.search(title), title
