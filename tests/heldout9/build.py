"""Rebuild the ninth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout9/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout9/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location("heldout9_base_build",
                                               HERE.parent / "heldout3" / "build.py")
assert _spec is not None and _spec.loader is not None
_base = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _base  # dataclasses resolve their module through sys.modules
_spec.loader.exec_module(_base)
_base.HERE = HERE
_base.SRC = HERE / "src"
_base.LP_SEED = 20261210
globals().update({k: v for k, v in vars(_base).items()
                  if not k.startswith("__") and k not in ("HERE", "importlib", "sys", "Path")})

if __name__ == "__main__":
    sys.exit(_base.main(sys.argv[1:]))
