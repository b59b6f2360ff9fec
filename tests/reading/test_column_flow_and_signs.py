"""Three things a two-column PDF resume does to its bullets (set 19's Brazilian CV): a bullet's
text wrapping at an arrow ('(Kafka → Flink' / '→ Redis) for ...') read as a new bullet; a
running footer that ends in a year on one page and in the year and '2/2' on the next, kept
between the lines; and a bullet running on from the foot of the left column to the top of the
right one, cut in two."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from tests.reading.layouts.canvas import A4, Canvas

FOOTER = "Ilda Carvalhosa Reis · CV · atualizado em outubro de 2026"


def _pdf(path: Path) -> None:
    c = Canvas(A4, family="dejavu")

    def put(page: int, x: float, y: float, text: str, size: float = 9) -> None:
        c.text(x, y, text, size, page=page)

    one = c.new_page()
    put(one, 50, 60, "Ilda Carvalhosa Reis", 16)
    put(one, 50, 78, "ilda.reis@example.org · São Paulo", 9)
    put(one, 50, 110, "EXPERIÊNCIA / EXPERIENCE", 11)
    left = [("Engenheira de Software Sênior, Plataforma de Dados", None),
            ("Varejal Marketplace · ago. 2021 – atual", None),
            ("Built the streaming ingestion path (Kafka → Flink", "•"),
            ("→ Redis) for real-time fraud features, cutting", ""),
            ("feature freshness from 6 hours to 30 seconds.", ""),
            ("Owned the seller-payouts service (Kotlin, Spring", "•"),
            ("Boot, PostgreSQL) that pays 68,000 sellers a week.", ""),
            ("Led the design of the order-split saga across 4", "•"),
            ("services; failed splits dropped 72%.", ""),
            ("Cut the domain's AWS bill by 31% by right-sizing", "•"),
            ("node groups and moving cold ledgers to Glacier.", ""),
            ("On call for the whole payments domain; wrote 14", "•")]
    y = 130.0
    for text, mark in left:
        if mark:
            put(one, 50, y, mark)
        put(one, 60, y, text)
        y += 13 if mark is not None else 14
        if y > 770:
            break
    right = [("runbooks and led 9 post-incident reviews.", ""),
             ("Mentored 4 junior engineers, two of them", "•"),
             ("promoted to senior.", ""),
             ("Desenvolvedora Java Pleno", None),
             ("Banco Itaverde · out. 2019 – jul. 2021", None),
             ("Built the PIX integration for corporate", "•"),
             ("accounts in Java 11 and Spring Boot.", "")]
    y = 130.0
    for text, mark in right:
        if mark:
            put(one, 320, y, mark)
        put(one, 330, y, text)
        y += 13
    put(one, 50, 820, FOOTER, 7)
    two = c.new_page()
    put(two, 50, 60, "FORMAÇÃO / EDUCATION", 11)
    put(two, 50, 80, "Bacharelado em Ciência da Computação, Universidade Federal do Cerrado, 2019")
    put(two, 50, 820, FOOTER + "   2/2", 7)
    c.save(path)


def test_arrows_footers_and_a_bullet_across_columns(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path)
    texts = [b.text for b in read_resume(path).bullets]
    assert ("Built the streaming ingestion path (Kafka → Flink → Redis) for real-time fraud "
            "features, cutting feature freshness from 6 hours to 30 seconds.") in texts, texts
    assert ("On call for the whole payments domain; wrote 14 runbooks and led 9 post-incident "
            "reviews.") in texts, texts
    assert not any("atualizado" in t for t in texts), texts


def test_arrow_sub_items_under_a_short_row_stay_items(tmp_path: Path) -> None:
    """Arrows set at the item's text under a row that does not fill its column are sub-items
    (a reviewer's PDF: three bullets read as one)."""
    c = Canvas(A4, family="dejavu")
    c.new_page()

    def put(x: float, y: float, text: str, size: float = 9) -> None:
        c.text(x, y, text, size)

    put(50, 60, "Ottavio Brenner-Kask", 16)
    put(50, 80, "ottavio.bk@example.org", 9)
    put(50, 110, "EXPERIENCE", 11)
    put(50, 130, "Data Engineer, Harbourline Shipping · Jan 2021 – Present", 10)
    rows = [(50, "•", "Rebuilt the port-call event pipeline"),
            (60, "→", "cut end-to-end latency from 40 s to 3 s"),
            (60, "→", "removed 3 legacy cron jobs and their alerts"),
            (50, "•", "Wrote the data contracts for 45 core tables used by analysts and the finance team.")]
    y = 148.0
    for x, sign, text in rows:
        put(x, y, sign)
        put(x + 10, y, text)
        y += 14
    path = tmp_path / "cv.pdf"
    c.save(path)
    texts = [b.text for b in read_resume(path).bullets]
    assert "Rebuilt the port-call event pipeline" in texts, texts
    assert len(texts) == 4, texts


def test_a_role_at_the_top_of_the_next_column_is_no_run_on() -> None:
    from app.reading.lines import Line
    from app.reading.pdf import _runs_on_across_columns

    prev = Line("Led the migration of the payments ledger across 4 teams", bullet=True, page=1,
                bbox=(50, 770, 280, 780), size=9)
    above = [Line("Designed the order-split saga with the outbox pattern for the", page=1,
                  bbox=(60, 740, 281, 750), size=9) for _ in range(3)]
    for text in ("iOS Developer, Quenby Games, York", "runbooks and led 9 post-incident reviews"):
        ln = Line(text, page=1, bbox=(330, 120, 500, 130), size=9, gap=5.0)
        lines = [*above, prev, ln]
        _runs_on_across_columns(lines)
        assert (ln.gap == 0.0) == text.startswith("runbooks"), text
