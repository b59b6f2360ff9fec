"""Train the Leadership Principle classifier and write knowledge/classifier/model.json.

Run after editing knowledge/classifier/exemplars.jsonl or lexicon.json (or the model code):

    .venv/bin/python scripts/build_classifier.py          # train, write the artifact
    .venv/bin/python scripts/build_classifier.py --check  # exit 1 if the artifact is stale
    .venv/bin/python scripts/build_classifier.py --cv     # 5-fold cross-validation report

Training uses scikit-learn; the app then scores the artifact in plain Python. The
cross-validation runs over OUR exemplars only (never the evaluation file) and is how the blend
weights and training parameters in app/analysis/principles.py were chosen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import atomic  # noqa: E402
from app import knowledge as K  # noqa: E402
from app.analysis import principles as P  # noqa: E402
from app.evaluation.principles import score  # noqa: E402
from app.models.knowledge import Exemplar, Lexicon  # noqa: E402

FOLDS = 5


def build(check: bool = False) -> int:
    """Train on all exemplars and write (or, with check, verify) the artifact."""
    exemplars, lexicon = _inputs()
    path = K.classifier_model_path()
    expected = P.content_hash(exemplars, lexicon)
    if check:
        current = P.model_from_artifact(K.read_model_artifact(path), expected) is not None
        print(f"{path}: {'current' if current else 'STALE: run scripts/build_classifier.py'}")
        return 0 if current else 1
    model = P.train(exemplars, lexicon)
    atomic.write_text(path, P.model_to_json(model))
    print(f"wrote {path} ({path.stat().st_size // 1024} KB, {len(model.vocabulary)} features, "
          f"{len(exemplars)} exemplars, hash {expected[:12]})")
    return 0


def _inputs() -> tuple[tuple[Exemplar, ...], Lexicon]:
    """The exemplars and lexicon the app would train on (validated by the knowledge loader)."""
    knowledge = K.load_knowledge()
    if knowledge.lexicon is None:
        raise SystemExit("knowledge/classifier/lexicon.json is missing")
    return knowledge.exemplars, knowledge.lexicon


def _fold_of(i: int) -> int:
    return (i * 7919) % FOLDS  # deterministic, spreads neighbouring (similar) lines apart


def cross_validate(exemplars: Sequence[Exemplar], lexicon: Lexicon,
                   grid: Sequence[tuple[float, float]]) -> dict[tuple[float, float], tuple]:
    """Held-out scores per (model weight, prior weight): (top-1 in labels, macro-F1 top-2)."""
    rows: list[tuple[int, list[float], list[float], float, tuple[float, ...]]] = []
    for k in range(FOLDS):
        train_set = [e for i, e in enumerate(exemplars) if _fold_of(i) != k]
        model = P.train(train_set, lexicon)
        for i, e in enumerate(exemplars):
            if _fold_of(i) != k:
                continue
            line = P.clean_line(e.text)
            r = model.row(P._model_text(line))
            pats = [P._noisy_or(h) for h in P._matches(line, lexicon)]
            rows.append((i, model.scaled(r), pats,
                         model.skip_probability(r, P._skip_extra(line, lexicon)), model.prior))
    rows.sort()
    golds = [exemplars[i].principles for i, *_ in rows]
    out = {}
    saved = P.MODEL_WEIGHT, P.PRIOR_WEIGHT
    try:
        for mw, pw in grid:
            P.MODEL_WEIGHT, P.PRIOR_WEIGHT = mw, pw
            preds, top2 = [], []
            for (i, probs, pats, skip_p, prior) in rows:
                blended = P.blend(probs, pats, prior)
                scores = {pid: round(blended[j], 4) for j, pid in enumerate(P.PRINCIPLE_IDS)}
                line = P.clean_line(exemplars[i].text)
                achievement = (sum(c.isalpha() for c in line) >= 3 and not P._looks_like_list(line)
                               and (skip_p < P.SKIP_THRESHOLD or P._protected(line, lexicon)))
                chosen = P.select_principles(scores) if achievement else ()
                preds.append(chosen)
                top2.append(tuple(P.rank(scores)[:2]) if chosen else ())
            out[(mw, pw)] = score(preds, top2, golds)
    finally:
        P.MODEL_WEIGHT, P.PRIOR_WEIGHT = saved
    return out


def cv_report() -> int:
    exemplars, lexicon = _inputs()
    grid = [(mw, pw) for mw in (0.4, 0.5, 0.6, 0.7, 0.8) for pw in (0.0, 0.1, 0.2, 0.4)]
    results = cross_validate(exemplars, lexicon, grid)
    print(f"{FOLDS}-fold cross-validation over {len(exemplars)} exemplars "
          f"(C={P.LR_C}, secondary={P.SECONDARY_WEIGHT}, min_df={P.MIN_DF})")
    print("model_w prior_w  top-1  macroF1(top-2)  skip-acc")
    for (mw, pw), s in results.items():
        mark = " <- in use" if (mw, pw) == (P.MODEL_WEIGHT, P.PRIOR_WEIGHT) else ""
        print(f"  {mw:.1f}    {pw:.1f}    {s.top1_in_gold:.3f}   {s.macro_f1_top2:.3f}"
              f"          {s.skip_accuracy or 0:.3f}{mark}")
    in_use = results.get((P.MODEL_WEIGHT, P.PRIOR_WEIGHT))
    if in_use:
        print("\nper principle at the weights in use (support, P, R, F1):")
        for pid, (sup, p, r, f1) in in_use.per_principle.items():
            print(f"  {pid:<46} {sup:>4}  {p:5.2f}  {r:5.2f}  {f1:5.2f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if model.json is stale")
    parser.add_argument("--cv", action="store_true", help="cross-validation over the exemplars")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.cv:
        return cv_report()
    return build(check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
