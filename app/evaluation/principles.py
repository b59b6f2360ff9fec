"""`python -m app eval principles`: how well the classifier matches expert labels.

Measured on `<corpus>/lp_bullets_dev.jsonl` (real resume bullets, two independent expert
labellers; `gold` is the union of their labels). That file is for measuring only: the
classifier never trains or tunes on it.

Metrics (lines whose gold is [] are "skip" lines: they are left out of both metrics and
reported on their own as skip accuracy, i.e. the share the classifier also leaves empty):

* top-1 in gold: the share of lines whose best principle is in gold. A line the classifier
  leaves empty (judged not an achievement) counts as a miss.
* macro-F1 (top-2): per principle, F1 of "principle in the two best-scored ids" against
  "principle in gold", averaged over the principles that occur in gold. An empty prediction
  contributes no ids.
* Baselines: always "ownership" (and always ownership + deliver-results for the top-2).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.analysis.principles import PRINCIPLE_IDS, PrincipleClassifier, rank
from app.errors import InputError
from app.paths import bundle_root

DEV_FILE = "lp_bullets_dev.jsonl"


@dataclass(frozen=True)
class PrincipleScores:
    """Figures for one evaluation run."""

    lines: int
    top1_in_gold: float
    macro_f1_top2: float
    per_principle: dict[str, tuple[int, float, float, float]]  # id -> (support, P, R, F1)
    skip_lines: int
    skip_accuracy: float | None


def default_corpus() -> Path:
    return bundle_root().parent / "shared" / "corpus"


def read_dev(corpus: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(text, gold ids) pairs from the dev file; raises InputError if it is missing/bad."""
    path = corpus / DEV_FILE
    if not path.is_file():
        raise InputError(f"{path} not found; pass --corpus with the folder that holds {DEV_FILE}")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            rows.append((str(obj["text"]), tuple(obj.get("gold") or ())))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path.name}: line {n} is not a labelled bullet ({exc})") from exc
    return rows


def score(predictions: Sequence[tuple[str, ...]], top2: Sequence[tuple[str, ...]],
          golds: Sequence[tuple[str, ...]]) -> PrincipleScores:
    """Top-1-in-gold and macro-F1 of the top-2 sets (see the module docstring)."""
    hits = n = 0
    skip_lines = skip_ok = 0
    tp = dict.fromkeys(PRINCIPLE_IDS, 0)
    fp = dict.fromkeys(PRINCIPLE_IDS, 0)
    fn = dict.fromkeys(PRINCIPLE_IDS, 0)
    support = dict.fromkeys(PRINCIPLE_IDS, 0)
    for pred, pair, gold in zip(predictions, top2, golds, strict=True):
        if not gold:
            skip_lines += 1
            skip_ok += not pred
            continue
        n += 1
        hits += bool(pred) and pred[0] in gold
        for pid in PRINCIPLE_IDS:
            p, g = pid in pair, pid in gold
            support[pid] += g
            tp[pid] += p and g
            fp[pid] += p and not g
            fn[pid] += g and not p
    table = {}
    for pid in PRINCIPLE_IDS:
        prec = tp[pid] / (tp[pid] + fp[pid]) if tp[pid] + fp[pid] else 0.0
        rec = tp[pid] / (tp[pid] + fn[pid]) if tp[pid] + fn[pid] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[pid] = (support[pid], prec, rec, f1)
    present = [pid for pid in PRINCIPLE_IDS if support[pid]]
    macro = sum(table[pid][3] for pid in present) / len(present) if present else 0.0
    return PrincipleScores(n, hits / n if n else 0.0, macro, table, skip_lines,
                           skip_ok / skip_lines if skip_lines else None)


def evaluate(corpus: Path, classifier: PrincipleClassifier | None = None) -> PrincipleScores:
    """Run the classifier over the dev file and score it."""
    rows = read_dev(corpus)
    classifier = classifier or PrincipleClassifier(_knowledge())
    results = classifier.classify([t for t, _ in rows])
    preds = [r.principles for r in results]
    top2 = [tuple(rank(r.scores)[:2]) if r.principles else () for r in results]
    return score(preds, top2, [g for _, g in rows])


def _knowledge():
    from app.knowledge import load_knowledge

    return load_knowledge()


def baselines(corpus: Path) -> dict[str, PrincipleScores]:
    golds = [g for _, g in read_dev(corpus)]
    own = ("ownership",)
    pair = ("ownership", "deliver-results")
    return {
        "always ownership": score([own] * len(golds), [own] * len(golds), golds),
        "always ownership + deliver-results": score([pair] * len(golds), [pair] * len(golds), golds),
    }


def main(corpus: str | None = None) -> int:
    """Print the figures; exit code 0 (figures are reported, not judged, here)."""
    root = Path(corpus) if corpus else default_corpus()
    classifier = PrincipleClassifier(_knowledge())
    result = evaluate(root, classifier)
    out = sys.stdout
    out.write(f"Principle classifier on {root / DEV_FILE} ({result.lines} labelled lines)\n")
    out.write(f"  model              {classifier.model_source} "
              f"({len(classifier.exemplars)} exemplars; never trained on this file)\n")
    out.write(f"  top-1 in gold      {result.top1_in_gold:.3f}   (target >= 0.75)\n")
    out.write(f"  macro-F1 (top-2)   {result.macro_f1_top2:.3f}   (target >= 0.45)\n")
    if result.skip_lines:
        out.write(f"  skip lines         {result.skip_lines}, left empty: {result.skip_accuracy:.3f}\n")
    else:
        out.write("  skip lines         none in this file (gold [] would be scored separately)\n")
    out.write("\n  principle                                      gold    P      R      F1\n")
    for pid, (sup, p, r, f1) in result.per_principle.items():
        out.write(f"  {pid:<46} {sup:>4}  {p:5.2f}  {r:5.2f}  {f1:5.2f}\n")
    out.write("\n  baselines                              top-1   macro-F1(top-2)\n")
    for name, b in baselines(root).items():
        out.write(f"  {name:<38} {b.top1_in_gold:.3f}   {b.macro_f1_top2:.3f}\n")
    return 0
