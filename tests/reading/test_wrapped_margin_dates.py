"""A left date column too narrow for 'Jun 2019 – Feb 2022': the range wraps inside its end date
('Jun 2019 – Feb' over '2022'). The two pieces were kept apart (each looked like a date of its
own), so every role but the first lost its dates and a principal scientist's ten years read
as five (set 19: both experts 10.3)."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from tests.reading.layouts.canvas import A4, Canvas

ROLES = [
    (("Mar 2022 –", "Present"), "Principal Data Scientist, Pricing", "Harrowby Retail · Leeds",
     ["Own the pricing science roadmap across 3 teams (12 scientists).",
      "Designed the markdown optimiser used on 4,000 products a week."]),
    (("Jun 2019 – Feb", "2022"), "Senior Data Scientist, Forecasting", "Harrowby Retail · Leeds",
     ["Built the store demand forecast (LightGBM) used by 300 stores.",
      "Ran 14 pricing experiments with the commercial team."]),
    (("Aug 2016 – May", "2019"), "Data Scientist, Search", "Quillon Books · York",
     ["Trained the first learning-to-rank model for site search; +3% conversion."]),
]


def _pdf(path: Path) -> None:
    c = Canvas(A4, family="dejavu")
    c.new_page()
    y = 60.0
    c.text(150, y, "Ottilie Ransome-Achebe", 16)
    y += 18
    c.text(150, y, "ottilie.ra@example.org · Leeds", 9)
    y += 28
    c.text(150, y, "EXPERIENCE", 11)
    y += 20
    for (d1, d2), title, org, bullets in ROLES:
        c.text(40, y, d1, 8.4)
        c.text(40, y + 10, d2, 8.4)
        c.text(150, y, title, 10)
        c.text(150, y + 12, org, 9)
        y += 26
        for b in bullets:
            c.text(150, y, "•  " + b, 9)
            y += 13
        y += 14
    c.save(path)


def test_a_date_range_wrapped_in_a_narrow_left_column(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path)
    r = read_resume(path)
    got = [ro.dates for ro in r.roles]
    assert got == ["Mar 2022 – Present", "Jun 2019 – Feb 2022", "Aug 2016 – May 2019"], got
    assert [ro.period for ro in r.roles] == ["2022-03/present", "2019-06/2022-02",
                                              "2016-08/2019-05"]
