"""A timeline drawn beside the roles prints a year or "now" on its rail at each role's start
and end, left of the role's own lines, which carry the full dates. Read into those lines the
labels became dates of their own ("2024 RTL Design Engineer": four roles dated to a single
year, held-back set 20). A rail label the row or the row below repeats is dropped; a rail
that holds the only dates is kept. Invented person."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from tests.reading.layouts.canvas import A4, Canvas


def _pdf(path: Path, full_dates: bool) -> None:
    c = Canvas(A4, family="dejavu")
    c.new_page()
    c.text(56, 50, "Anneliese Drummond-Okafor", 20)
    c.text(56, 74, "Firmware and ML Systems Engineer · Eindhoven · anneliese.do@example.org", 9)
    c.text(56, 110, "EXPERIENCE", 11, "b")
    c.line((70, 125), (70, 420), width=1.4)
    y = 132.0
    roles = [("now", "2023", "Inference Runtime Engineer", "Korvel Devices · Eindhoven",
              "Mar 2023 – Present"),
             ("2023", "2018", "Embedded Software Engineer", "Tessaline BV · Delft",
              "Jun 2018 – Feb 2023")]
    for top, bottom, title, org, when in roles:
        c.text(62, y, top, 8, "b")
        c.text(62, y + 11, bottom, 8, "b")
        c.text(96, y, title, 10, "b")
        c.text(96, y + 12, f"{org} · {when}" if full_dates else org, 9)
        y += 30
        for b in ("Ported the detection model to the NPU runtime in C++; latency 48 ms to 19 ms.",
                  "Wrote the on-device test suite that gates every firmware release."):
            c.text(104, y, "•", 9)
            c.text(112, y, b, 9)
            y += 13
        y += 16
    c.text(56, y + 10, "EDUCATION", 11, "b")
    c.text(96, y + 26, "M.Sc. Embedded Systems, Delft Polytechnic, 2018", 9)
    c.save(path)


def test_rail_years_the_roles_repeat_are_not_dates_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path, full_dates=True)
    resume = read_resume(path)
    got = [(r.title, r.organization, r.period) for r in resume.roles]
    assert got[:2] == [("Inference Runtime Engineer", "Korvel Devices", "2023-03/present"),
                       ("Embedded Software Engineer", "Tessaline BV", "2018-06/2023-02")], got
    assert "now Inference" not in resume.text and "2023 Embedded" not in resume.text


def test_a_rail_that_holds_the_only_dates_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path, full_dates=False)
    text = read_resume(path).text
    assert "now" in text and "2018" in text


def _moderncv(path: Path, first_bullet: str) -> None:
    """A date column whose ranges wrap ('2021 –' over 'Present'), the second half on the row
    of the role's first bullet: no rail, and nothing of it may be dropped."""
    c = Canvas(A4, family="dejavu")
    c.new_page()
    c.text(56, 50, "Priyanka Natarajan-Holt", 20)
    c.text(56, 74, "Backend Engineer · Leeds · priyanka.nh@example.org", 9)
    c.text(56, 110, "EXPERIENCE", 11, "b")
    y = 132.0
    roles = [("2021 –", "Present", "Staff Engineer, Acme Payments",
              [first_bullet, "Built the ledger service in Go handling 3k requests per second."]),
             ("2016 –", "2020", "Software Engineer, Beta Logistics",
              ["Moved the routing API to AWS in 2020.", "Wrote integration tests for billing."])]
    for a, b, title, bullets in roles:
        c.text(56, y, a, 9)
        c.text(130, y, title, 10, "b")
        y += 13
        c.text(56, y, b, 9)
        for line in bullets:
            c.text(130, y, "• " + line, 9)
            y += 13
        y += 10
    c.save(path)


def test_a_wrapped_date_column_is_no_rail(tmp_path: Path) -> None:
    for i, first in enumerate(("Currently lead the payments platform team of six engineers.",
                               "Built the ledger service in Go, now used by nine teams.")):
        path = tmp_path / f"cv{i}.pdf"
        _moderncv(path, first)
        got = [(r.title, r.period) for r in read_resume(path).roles]
        assert got == [("Staff Engineer", "2021/present"), ("Software Engineer", "2016/2020")], got
