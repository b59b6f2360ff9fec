"""Merge the two independent labellers' files into the held-back gold files.

Pair judgments follow ../shared/corpus/judgments/README.md: a requirement keeps the verdict both
labellers agree on (met / not-met, "partly" counting as not met; items they disagree on are left
out); levels are the union; good stories the union per principle; no_evidence the principles both
found no story for; years, verdicts and top risks are kept side by side.
Line labels follow lp_bullets_dev.jsonl: labels_a, labels_b, gold = union (empty when skipped).

    python tests/heldout/merge_labels.py     # writes labels/judgments_heldout.json, labels/lp_heldout.jsonl
    python tests/heldout/merge_labels.py tests/heldout3   # the same for another held-back set

Every held-back set's labels are merged by this one script, given the set's folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _verdict(v: str) -> str:
    return "met" if v == "met" else "not-met"


def merge_pairs(a: list[dict], b: list[dict]) -> list[dict]:
    merged = []
    for pa, pb in zip(a, b, strict=True):
        assert (pa["resume"], pa["job"]) == (pb["resume"], pb["job"]), (pa["resume"], pb["resume"])
        reqs = []
        b_by_text = {r["text"]: r for r in pb["requirements"]}
        for ra in pa["requirements"]:
            rb = b_by_text.get(ra["text"])
            if rb is None or _verdict(ra["verdict"]) != _verdict(rb["verdict"]):
                continue
            reqs.append({"text": ra["text"], "kind": ra["kind"], "verdict": _verdict(ra["verdict"])})
        good: dict[str, list[str]] = {}
        for p in (pa, pb):
            for pid, lines in (p.get("good_stories") or {}).items():
                bucket = good.setdefault(pid, [])
                bucket.extend(line for line in lines if line not in bucket)
        levels = []
        for p in (pa, pb):
            lv = p["candidate"].get("level")
            if lv and lv not in levels:
                levels.append(lv)
        merged.append({
            "resume": pa["resume"], "job": pa["job"], "levels": levels,
            "professional_years": [pa["candidate"]["professional_years"], pb["candidate"]["professional_years"]],
            "verdicts": [pa["candidate"]["verdict"], pb["candidate"]["verdict"]],
            "requirements": reqs,
            "good_stories": {k: good[k] for k in sorted(good)},
            "no_evidence": sorted(set(pa.get("no_evidence") or []) & set(pb.get("no_evidence") or [])),
            "top_risks": [pa.get("top_risks") or [], pb.get("top_risks") or []],
        })
    return merged


def _labels(row: dict) -> list[str]:
    if row.get("skip") or not row.get("primary"):
        return []
    return [row["primary"], *[s for s in row.get("secondary") or [] if s != row["primary"]]]


def merge_lines(a: list[dict], b: list[dict]) -> list[dict]:
    out = []
    for ra, rb in zip(a, b, strict=True):
        assert ra["id"] == rb["id"]
        la, lb = _labels(ra), _labels(rb)
        out.append({"id": ra["id"], "text": ra["text"], "labels_a": la, "labels_b": lb,
                    "gold": list(dict.fromkeys(la + lb))})
    return out


def agreement(a: list[dict], b: list[dict]) -> dict[str, float]:
    """How far the two labellers agree (requirements; levels; line top labels)."""
    same = total = 0
    for pa, pb in zip(a, b, strict=True):
        b_by_text = {r["text"]: r for r in pb["requirements"]}
        for ra in pa["requirements"]:
            rb = b_by_text.get(ra["text"])
            if rb is not None:
                total += 1
                same += _verdict(ra["verdict"]) == _verdict(rb["verdict"])
    levels = [(pa["candidate"].get("level"), pb["candidate"].get("level")) for pa, pb in zip(a, b, strict=True)
              if pa["candidate"].get("level")]
    return {"requirements": round(same / total, 3) if total else 0.0, "requirement_items": total,
            "levels_identical": f"{sum(x == y for x, y in levels)}/{len(levels)}"}


def main(folder: Path | None = None) -> None:
    """Merge the labels of the held-back set in `folder` (default: this one)."""
    labels = (folder or HERE) / "labels"
    a = json.loads((labels / "labeller_a.json").read_text(encoding="utf-8"))
    b = json.loads((labels / "labeller_b.json").read_text(encoding="utf-8"))
    (labels / "judgments_heldout.json").write_text(json.dumps(merge_pairs(a, b), indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    print("pairs", len(a), agreement(a, b))
    la = [json.loads(x) for x in (labels / "lp_a.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lb = [json.loads(x) for x in (labels / "lp_b.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = merge_lines(la, lb)
    (labels / "lp_heldout.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                             encoding="utf-8")
    top = sum(1 for x, y in zip(la, lb, strict=True) if _labels(x)[:1] == _labels(y)[:1])
    print("lines", len(lines), "same top label", round(top / len(lines), 3))


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else None)
