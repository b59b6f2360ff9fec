"""Text comparison shared by the evaluations: the corpus ground truth and our output are paired
by normalised text, exactly first, then by a close difflib ratio."""

from __future__ import annotations

import difflib
import re
import unicodedata

FUZZY = 0.9  # two normalised texts at least this similar are the same item


def norm(text: str) -> str:
    """Normalised text for matching: lowercase, punctuation and whitespace removed."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w\s]|_", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def ratio(a: str, b: str) -> float:
    """difflib's similarity of two normalised texts, or 0.0 when it is surely under FUZZY."""
    if a == b:
        return 1.0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < FUZZY or sm.quick_ratio() < FUZZY:
        return 0.0
    return sm.ratio()
