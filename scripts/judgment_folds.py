"""The judgment measures on every labelled set, one row per set (a fold each).

    .venv/bin/python scripts/judgment_folds.py                 # table of all sets
    .venv/bin/python scripts/judgment_folds.py --sets heldout2  # some sets only
    .venv/bin/python scripts/judgment_folds.py --json out.json  # also write the measures

The sets are the shared corpus (split a and b), the project's held-back pairs (tests/heldout),
our own pairs labelled before measuring (tests/analysis/own_pairs), the second held-back set
(tests/heldout2) and the third to thirty-first (tests/heldout3 .. tests/heldout31). A rule change is
kept only when it helps or holds on the sets it was not made from; this table is how that is
checked. Sets whose files are absent are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.evaluation import judgments as J  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# name -> (judgments file, base folder of its paths, corpus split or None)
SETS: dict[str, tuple[Path, Path, str | None]] = {
    "corpus-a": (CORPUS / "judgments" / "judgments_dev.json", CORPUS, "a"),
    "corpus-b": (CORPUS / "judgments" / "judgments_dev.json", CORPUS, "b"),
    "heldout": (ROOT / "tests/heldout/labels/judgments_heldout.json", ROOT / "tests/heldout", None),
    "own_pairs": (ROOT / "tests/analysis/own_pairs/judgments.json",
                  ROOT / "tests/analysis/own_pairs", None),
    # the held-back sets 2 to 31, each labelled in tests/heldoutN/labels
    **{f"heldout{n}": (ROOT / f"tests/heldout{n}/labels/judgments_heldout.json",
                       ROOT / f"tests/heldout{n}", None) for n in range(2, 32)},
}
COLUMNS = ("pairs", "req_acc", "basic_false_met_count", "level_ok", "level_over", "verdict_ok",
           "years_mae", "order_errors", "req_unmatched")


def measure(name: str) -> dict[str, object] | None:
    path, base, split = SETS[name]
    if not path.is_file():
        return None
    pairs = json.loads(path.read_text(encoding="utf-8"))
    if split:
        pairs = [p for p in pairs if J.split_of(p["resume"]) == split]
    return J.summary(J.evaluate(pairs, base, J.read_as_of(path)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--json", help="write the measures of every set to this file")
    args = parser.parse_args(argv)
    rows: dict[str, dict[str, object]] = {}
    print(f"{'set':<10} " + " ".join(f"{c[:15]:>15}" for c in COLUMNS))
    for name in args.sets:
        m = measure(name)
        if m is None:
            print(f"{name:<10} (absent: skipped)")
            continue
        rows[name] = m
        print(f"{name:<10} " + " ".join(f"{m.get(c)!s:>15}" for c in COLUMNS), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
