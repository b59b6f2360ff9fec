"""Level hints from a posting's title: a level word followed by a slash or a dash (not a space)
once crashed the reader (an unchecked regular-expression match; mypy found it)."""

from __future__ import annotations

import pytest

from app.reading.jobs import _level_hints


@pytest.mark.parametrize(("title", "level", "term"), [
    ("Machine Learning Engineer III/ML Platform", "L6", "III"),
    ("Software Engineer III-Search", "L6", "III"),
    ("Senior Applied Scientist", "L6", "Senior"),
    ("Principal Engineer", "L7", "Principal"),
    ("Software Development Engineer II", "L5", "II"),
    ("Junior Data Engineer", "L4", "Junior"),
])
def test_level_words_in_titles(title: str, level: str, term: str) -> None:
    hints = _level_hints(title, "", ())
    assert hints["level"] == level
    assert hints["terms"][0] == term
