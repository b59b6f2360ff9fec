"""Rebuild the fifteenth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout15/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout15/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

globals().update(set_build(__file__, 20261216, __name__))
