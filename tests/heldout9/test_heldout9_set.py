"""The ninth held-back set: the committed files are exactly what the sources build, every pair
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
    here=HERE, resumes=10, jobs=6, kinds={".pdf": 6, ".docx": 3, ".txt": 1}, amazon_jobs=3,
    pairs=16, amazon_pairs=(10, 10), expected=frozenset({"strong", "apply", "stretch", "not yet"}), min_lines=100,
)))
