"""Add an independently labelled set of resume lines to the classifier's exemplars.

    .venv/bin/python scripts/import_labelled_lines.py            # held-back set 1
    .venv/bin/python scripts/import_labelled_lines.py --check    # exit 1 if exemplars differ

Held-back set 1 (`tests/heldout/`) was promoted to development data by the lead: its lines were
written apart from the app, like the lines users bring, and labelled by two experts, so they
teach the classifier how real lines read and how experts apply the labelling guide. Each line
becomes an exemplar with its `source` ("heldout-1/<resume>"), which the trainer weighs more
than the lines we wrote. The labels are the two labellers' consensus: a primary counts two votes,
a secondary one; ids are ordered by votes (ties: first labeller's order), the best three kept. A line both labellers
skipped becomes a "not an achievement" exemplar; a line one of them skipped keeps the other's
labels. Re-running replaces the lines of that source (idempotent).

Held-back sets 2-4, 6-14 and 16 were promoted to development data too (`--set heldout-2` ...
`heldout-16`); leave-one-set-out (train without one set's lines, score that set) is then the
honest figure for each of them. Never point this at the corpus dev file (`lp_bullets_dev.jsonl`)
or at sets 5 and 15, kept as the classifier's measure on lines it never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import atomic  # noqa: E402
from app.paths import knowledge_dir  # noqa: E402

SETS = {
    # prefix: (lines with their source resume, labeller A, labeller B)
    "heldout-1": (Path("tests/heldout/lp_lines.jsonl"), Path("tests/heldout/labels/lp_a.jsonl"),
                  Path("tests/heldout/labels/lp_b.jsonl")),
    **{f"heldout-{n}": (Path(f"tests/heldout{n}/lp_lines.jsonl"),
                        Path(f"tests/heldout{n}/labels/lp_a.jsonl"),
                        Path(f"tests/heldout{n}/labels/lp_b.jsonl")) for n in (2, 3, 4, 6, 7, 8, 9, 10, 11,
                                                                     12, 13, 14, 16)},
}
FORBIDDEN = ("lp_bullets_dev", "heldout5", "heldout15")
MAX_LABELS = 3  # a primary and up to two secondaries, as the labelling guide asks


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _labels(row: dict[str, Any]) -> list[str]:
    if row.get("skip") or not row.get("primary"):
        return []
    return [row["primary"], *row.get("secondary", [])]


def consensus(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """One ordered label list from two labellers' primary/secondary choices."""
    la, lb = _labels(a), _labels(b)
    if not la or not lb:
        return la or lb
    votes: Counter[str] = Counter()
    for labels in (la, lb):
        for rank, pid in enumerate(labels):
            votes[pid] += 2 if rank == 0 else 1
    order = {pid: i for i, pid in enumerate(dict.fromkeys(la + lb))}
    return sorted(votes, key=lambda pid: (-votes[pid], order[pid]))[:MAX_LABELS]


def labelled_lines(prefix: str) -> list[dict[str, Any]]:
    """The set's lines as exemplar objects, in the set's order."""
    lines_path, a_path, b_path = (ROOT / p for p in SETS[prefix])
    if any(bad in str(p) for p in (lines_path, a_path, b_path) for bad in FORBIDDEN):
        raise SystemExit("refusing to train on a measure-only set")
    a = {r["id"]: r for r in _read(a_path)}
    b = {r["id"]: r for r in _read(b_path)}
    out = []
    for row in _read(lines_path):
        lid = row["id"]
        if lid not in a or lid not in b:
            raise SystemExit(f"{lines_path}: line {lid} lacks a label from both labellers")
        resume = row["source"].rsplit("/", 1)[-1]
        out.append({"text": row["text"], "principles": consensus(a[lid], b[lid]),
                    "source": f"{prefix}/{resume}"})
    return out


def merged(current: Sequence[str], prefix: str) -> list[str]:
    """The exemplar file's lines with the set's lines replaced where they stood (appended at the
    end the first time), so every imported set can be checked with --check."""
    def of_set(line: str) -> bool:
        return bool(line.strip()) and json.loads(line).get("source", "").startswith(prefix + "/")

    at = next((i for i, line in enumerate(current) if of_set(line)), None)
    kept = [line for line in current if line.strip() and not of_set(line)]
    if at is None:
        at = len(kept)
    else:
        at = sum(1 for line in current[:at] if line.strip() and not of_set(line))
    new = [json.dumps(obj, ensure_ascii=False) for obj in labelled_lines(prefix)]
    return kept[:at] + new + kept[at:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="heldout-1", choices=sorted(SETS))
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the exemplars do not hold the set as it is labelled now")
    args = parser.parse_args(argv)
    path = knowledge_dir() / "classifier" / "exemplars.jsonl"
    current = path.read_text(encoding="utf-8").splitlines()
    lines = merged(current, args.set)
    if args.check:
        same = lines == [line for line in current if line.strip()]
        print(f"{path}: {'current' if same else 'STALE: run scripts/import_labelled_lines.py'}")
        return 0 if same else 1
    atomic.write_text(path, "\n".join(lines) + "\n")
    n = sum(1 for line in lines if json.loads(line).get("source", "").startswith(args.set + "/"))
    print(f"wrote {path}: {len(lines)} exemplars, {n} from {args.set}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
