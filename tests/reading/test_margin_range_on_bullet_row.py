"""A date column left of the roles whose range wraps ('ene. 2024 –' over 'actualidad') with its
second half on the row of the role's first bullet: the range goes to the role, and the rest of
that row is the first bullet, not a line of the header (held-back set 20: two roles lost their
first and best bullets). Invented person."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from tests.reading.layouts.canvas import A4, Canvas


def _pdf(path: Path) -> None:
    c = Canvas(A4)
    c.new_page()
    c.text(92, 50, "Ximena Olaguíbel Ruiz", 20)
    c.text(92, 74, "Ingeniera de Machine Learning · Monterrey · ximena.or@example.mx", 9)
    c.text(92, 110, "EXPERIENCIA PROFESIONAL", 11, "b")
    y = 130.0
    roles = [("mar. 2023 –", "actualidad", "ML Engineer, Pagolince, Monterrey."),
             ("ago. 2019 – feb.", "2023", "Data Scientist, Tiendas Calvera, Monterrey.")]
    for d1, d2, head in roles:
        c.right(90, y, d1, 8.5, "i")
        c.text(92, y, head, 9.5, "b")
        y += 12
        c.right(90, y, d2, 8.5, "i")
        for b in ("Built the card-risk scoring service in Python, served on SageMaker at p99 "
                  "40 ms.", "Cut chargebacks by 18% with merchant-graph features.",
                  "Wrote the model-release checklist the team ships with."):
            c.text(93, y, "•", 9.5)
            c.text(101, y, b, 9.5)
            y += 12
        y += 14
    c.save(path)


def test_a_wrapped_margin_range_leaves_the_first_bullet_a_bullet(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path)
    resume = read_resume(path)
    got = [(r.title, r.period) for r in resume.roles]
    assert got == [("ML Engineer", "2023-03/present"), ("Data Scientist", "2019-08/2023-02")], got
    firsts = [next(b.text for b in resume.bullets if b.role == i) for i in (0, 1)]
    assert all(t.startswith("Built the card-risk scoring service") for t in firsts), firsts
