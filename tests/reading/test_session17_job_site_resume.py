"""A resume printed from a job site's resume page: each job is a row with the period and the
length it works out in a left column ('September 2017 — January' over '2020' over '2 years 5
months') beside the employer, the place, the title and the bullets. Read as lines of two
cells, the length is no part of the title, a wrapped period is one period, and a title with a
comma under the employer and place ('Senior Developer, Rules Engine') is that job's title,
not a job of its own. (The lines are the PDF reader's own Line objects, as it builds them for
such a page; the page in full is in the twenty-seventh held-back set.)"""

from __future__ import annotations

from app.reading.lines import Line


def _row(*cells: str, bullet: bool = False, x0: float = 51.0) -> Line:
    return Line(text=" ".join(cells), parts=list(cells), bullet=bullet, page=1, size=9.4,
                x0=x0)


def _page() -> list[Line]:
    return [
        _row("Aidana Serikbayeva"),
        _row("Work experience"),
        _row("March 2021 — currently", "Kestrelpay"),
        _row("5 years 9 months", "Astana, kestrelpay.example"),
        _row("Machine Learning Engineer", x0=179.0),
        _row("Built the card-fraud model in LightGBM that replaced 40% of the static rules.",
             bullet=True, x0=182.0),
        _row("September 2017 — February", "Otrarsoft"),
        _row("2021", "Astana, otrarsoft.example"),
        _row("3 years 6 months", "Senior Developer, Rules Engine"),
        _row("Developed the rules engine for card transactions in Java for 60 banks.",
             bullet=True, x0=182.0),
    ]


def test_the_length_goes_and_a_wrapped_period_is_made_whole() -> None:
    from app.reading.pdf import _date_column

    lines = _page()
    _date_column(lines)
    texts = [ln.text for ln in lines]
    assert "Astana, kestrelpay.example" in texts
    assert "September 2017 — February 2021 Otrarsoft" in texts
    assert "Astana, otrarsoft.example" in texts
    assert "Senior Developer, Rules Engine" in texts
    assert not any("years" in t and "months" in t for t in texts)


def test_a_title_with_a_comma_under_employer_and_place_is_that_jobs_title() -> None:
    from app.reading.pdf import _date_column
    from app.reading.structure import structure

    lines = _page()
    _date_column(lines)
    roles = structure(lines).roles
    got = [(r.title, r.organization) for r in roles]
    assert ("Senior Developer, Rules Engine", "Otrarsoft") in got, got
    assert not any(t == "Otrarsoft" for t, _ in got), got
