"""The build of held-back sets 4 onwards, shared: the third set's layouts, source markup and
byte-reproducible writers (tests/heldout3/build.py, whose docstring describes them), run on a
set's own folder (its src/, resumes/, jobs/) with the set's own shuffle seed for the line list.
Each set's build.py is this module called with its file and seed (the module is not named
heldout_build: tests/heldout/test_heldout_set.py loads the first set's build under that name)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any


def set_build(file: str, seed: int, name: str) -> dict[str, Any]:
    """Every function of the third set's build, working on the folder of `file` with `seed`;
    run as a script (`name` is "__main__"), it builds or checks that folder and exits."""
    here = Path(file).resolve().parent
    spec = importlib.util.spec_from_file_location(f"{here.name}_base_build",
                                                  here.parent / "heldout3" / "build.py")
    assert spec is not None and spec.loader is not None
    base = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = base  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(base)
    base.HERE = here
    base.SRC = here / "src"
    base.LP_SEED = seed
    if name == "__main__":
        sys.exit(base.main(sys.argv[1:]))
    return {k: v for k, v in vars(base).items()
            if not k.startswith("__") and k not in ("HERE", "importlib", "sys", "Path")}
