"""Merge the two independent labellers' files of this held-back set into its gold files
(labels/judgments_heldout.json, labels/lp_heldout.jsonl): the one merge, tests/heldout/merge_labels.py
(its docstring says how pairs and line labels are merged), run on this folder.

    python tests/heldout5/merge_labels.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    spec = importlib.util.spec_from_file_location(
        "heldout_merge_labels", HERE.parent / "heldout" / "merge_labels.py")
    assert spec is not None and spec.loader is not None
    merge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(merge)
    merge.main(HERE)


if __name__ == "__main__":
    main()
