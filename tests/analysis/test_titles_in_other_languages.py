"""Developer titles as resumes write them in other languages ('Desenvolvedor Java Pleno',
'Softwareentwickler', 'Ingeniera de Datos', 'Développeuse back-end') are software engineering:
they were 'other work', so a Brazilian engineer's first two jobs were left out of his years
(set 19: 5.2 read, experts 7.3)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.role_titles import ENGINEERING
from tests.analysis.judge_helpers import judge


def test_developer_titles_in_other_languages() -> None:
    for title in ("Desenvolvedor Java Pleno", "Softwareentwickler", "Ingeniera de Datos",
                  "Développeuse back-end", "Engenheiro de Dados", "Programador Junior"):
        assert ENGINEERING.search(title), title
    for title in ("Professora de Matemática", "Analista de Negócios", "Gerente de Vendas"):
        assert not ENGINEERING.search(title), title


def test_their_years_count(tmp_path: Path) -> None:
    got = judge(tmp_path, """
        Tarcísio Albuquerque Menezes
        tarcisio.am@example.org

        EXPERIÊNCIA
        Engenheiro de Software, Varejal Marketplace, São Paulo    ago. 2022 – atual
        - Owned the seller-payouts service (Kotlin, Spring Boot, PostgreSQL) paying 60,000 sellers.
        Desenvolvedor Java Pleno, Banco Itaverde, São Paulo    ago. 2019 – jul. 2022
        - Built the PIX integration for corporate accounts in Java 11 and Spring Boot.
        - Cut the reconciliation batch from 4 hours to 55 minutes with Spring Batch.

        EDUCAÇÃO
        Bacharelado em Ciência da Computação, Universidade Federal do Cerrado, 2019
        """, """
        Software Development Engineer II
        Amazon

        BASIC QUALIFICATIONS
        - 5+ years of non-internship professional software development experience
        - Experience programming with at least one modern language such as Java, Kotlin or Python
        """)
    assert got.years is not None and got.years >= 6.5, got.report.fit
    assert got.of("5+ years of non-internship") == "met", got.why("5+ years of non-internship")


def test_business_developers_are_not_software_developers() -> None:
    """A reviewer's read: 'Personalentwicklerin' (HR development), 'Desarrolladora de Negocios'
    (business development), 'Développeuse commerciale' read as software years."""
    for title in ("Personalentwicklerin", "Desarrolladora de Negocios", "Développeuse commerciale",
                  "Développeur d'affaires", "Desenvolvedor de Negócios"):
        assert not ENGINEERING.search(title), title
    assert ENGINEERING.search("Software-Entwicklerin")
