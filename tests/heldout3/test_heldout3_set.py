"""The third held-back set: the committed files are exactly what the sources build, every pair
points at a real file, and none of the writer's notes or expectations leak into a built file
(the checks: tests/heldout_set_checks.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout_set_checks", HERE.parent / "heldout_set_checks.py")
assert _spec is not None and _spec.loader is not None
checks = sys.modules.get(_spec.name) or importlib.util.module_from_spec(_spec)
if _spec.name not in sys.modules:
    sys.modules[_spec.name] = checks  # the dataclass looks its module up while the file executes
    _spec.loader.exec_module(checks)

globals().update(checks.make_tests(checks.SetShape(
    here=HERE, resumes=16, jobs=8, kinds={".pdf": 9, ".docx": 5, ".txt": 2}, amazon_jobs=4,
    pairs=28, amazon_pairs=(14, 18), expected=frozenset({"fit", "stretch", "mismatch"}), min_lines=150,
)))
