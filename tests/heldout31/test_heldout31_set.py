"""The thirty-first held-back set: the committed files are exactly what the sources build, every pair
points at a real file, and none of the writer's notes or expectations leak into a built file
(the checks: tests/heldout_set_checks.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_set_checks import SetShape, make_tests  # noqa: E402

globals().update(make_tests(SetShape(
    here=Path(__file__).resolve().parent, resumes=10, jobs=6, kinds={".pdf": 5, ".docx": 3, ".txt": 2}, amazon_jobs=3,
    pairs=16, amazon_pairs=(10, 10), expected=frozenset({"strong", "apply", "stretch", "not yet"}), min_lines=70,
    year=2026,
)))
