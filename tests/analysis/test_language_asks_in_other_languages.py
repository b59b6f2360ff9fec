"""A language asked for in the posting's own language ('Conoscenza della lingua italiana',
'Sehr gute Deutschkenntnisse', "Maîtrise de l'anglais", 'Biegła znajomość języka angielskiego')
is a language ask like 'Fluent Italian': met by a resume that gives the language with a high
level ('Lingua madre italiano', 'Muttersprache Deutsch'), never matched by words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.credentials import first_language
from tests.analysis.judge_helpers import judge

RESUME = """
Livia Marchetti
livia.marchetti@example.it

EXPERIENCE
Computer Vision Engineer | Officine Baraldi | Jan 2020 - Present
- Built the weld-seam defect detector in PyTorch that runs on 6 lines.

LANGUAGES
{languages}
"""

POSTING = """
Computer Vision Engineer
Officine Ronchetti

Requirements
- 3+ years of experience in computer vision
- {ask}
"""


@pytest.mark.parametrize(("ask", "language"), [
    ("Conoscenza della lingua italiana", "italian"), ("Sehr gute Deutschkenntnisse", "german"),
    ("Maîtrise de l'anglais", "english"), ("Inglés avanzado", "english"),
    ("Biegła znajomość języka angielskiego", "english"), ("Fluent Italian", "italian")])
def test_the_language_a_line_asks_for(ask: str, language: str) -> None:
    assert first_language(ask) == language


@pytest.mark.parametrize(("ask", "languages"), [
    ("Conoscenza della lingua italiana", "Lingua madre italiano; inglese C1"),
    ("Sehr gute Deutschkenntnisse", "Muttersprache Deutsch, Englisch C1"),
])
def test_a_mother_tongue_meets_the_ask(tmp_path: Path, ask: str, languages: str) -> None:
    j = judge(tmp_path, RESUME.format(languages=languages), POSTING.format(ask=ask))
    assert j.of(ask) == "met", j.why(ask)


def test_a_language_the_resume_never_gives_is_not_met(tmp_path: Path) -> None:
    ask = "Conoscenza della lingua italiana"
    j = judge(tmp_path, RESUME.format(languages="English (native), Spanish (B2)"),
              POSTING.format(ask=ask))
    assert j.of(ask) in ("not-met", "confirm"), j.why(ask)
    assert "Italian" in j.why(ask)
