"""Train the Leadership Principle classifier and write knowledge/classifier/model.json.

Run after editing knowledge/classifier/exemplars.jsonl or lexicon.json (or the model code):

    .venv/bin/python scripts/build_classifier.py          # train, write the artifact
    .venv/bin/python scripts/build_classifier.py --check  # exit 1 if the artifact is stale
    .venv/bin/python scripts/build_classifier.py --cv     # 5-fold cross-validation report
    .venv/bin/python scripts/build_classifier.py --cv-real  # k-fold over the labelled real lines

Training uses scikit-learn; the app then scores the artifact in plain Python. `--cv` runs over
OUR exemplars only (never the evaluation file). `--cv-real` is the honest figure for the lines
imported from independently labelled sets (exemplars with a `source`, see
scripts/import_labelled_lines.py): the lines of whole resumes are held out together, a model is
trained on everything else, and the held-out lines are scored against the labellers' gold (the
union of both); the folds' figures are printed one by one and pooled. The blend weights in
app/analysis/principles.py were chosen with it; the dev file is scored by the model trained on
all exemplars (it never is one).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import atomic  # noqa: E402
from app import knowledge as K  # noqa: E402
from app.analysis import principles as P  # noqa: E402
from app.evaluation.principles import (  # noqa: E402
    PrincipleScores,
    default_corpus,
    evaluate_rows,
    read_dev,
    read_lines,
    score,
)
from app.models.knowledge import Exemplar, Knowledge, Lexicon  # noqa: E402

FOLDS = 5
REAL_FOLDS = 6
REAL_GOLD = Path("tests") / "heldout" / "labels" / "lp_heldout.jsonl"


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
                achievement = P.is_achievement_line(line, skip_p, lexicon)
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


def variant(knowledge: Knowledge, exemplars: tuple[Exemplar, ...],
            cache: Path | None = None) -> Knowledge:
    """`knowledge` trained on `exemplars` only. With a cache folder, a model trained once is
    kept there by its content hash and reused (cross-validation runs repeat the same folds)."""
    if exemplars == knowledge.exemplars:
        return knowledge
    artifact = None
    if cache is not None and knowledge.lexicon is not None:
        digest = P.content_hash(exemplars, knowledge.lexicon)
        path = cache / f"{digest[:20]}.json"
        if not path.is_file():
            cache.mkdir(parents=True, exist_ok=True)
            atomic.write_text(path, P.model_to_json(P.train(exemplars, knowledge.lexicon)))
        artifact = K.read_model_artifact(path)
    return dataclasses.replace(knowledge, exemplars=exemplars, classifier_model=artifact)


def real_folds(sources: Sequence[str], k: int = REAL_FOLDS) -> list[set[str]]:
    """Whole resumes per fold, balanced by line count (largest first, to the lightest fold)."""
    sizes = Counter(sources)
    folds: list[set[str]] = [set() for _ in range(k)]
    load = [0] * k
    for src, n in sorted(sizes.items(), key=lambda x: (-x[1], x[0])):
        i = min(range(k), key=lambda j: (load[j], j))
        folds[i].add(src)
        load[i] += n
    return folds


def cross_validate_real(gold_path: Path, k: int = REAL_FOLDS, cache: Path | None = None
                        ) -> tuple[list[PrincipleScores], PrincipleScores, PrincipleScores | None]:
    """Per-fold and pooled scores on the imported real lines, and the dev file's score for the
    model trained on every exemplar (None when the corpus is absent)."""
    knowledge = K.load_knowledge()
    exemplars = knowledge.exemplars
    gold = dict(read_lines(gold_path))
    real = [e for e in exemplars if e.source and e.text in gold]
    if not real:
        raise SystemExit(f"no exemplar with a source matches a line of {gold_path}; "
                         "run scripts/import_labelled_lines.py first")
    per_fold: list[PrincipleScores] = []
    preds: list[tuple[str, ...]] = []
    top2: list[tuple[str, ...]] = []
    golds: list[tuple[str, ...]] = []
    for fold in real_folds([e.source for e in real], k):
        test = [e for e in real if e.source in fold]
        train_set = tuple(e for e in exemplars if e.source not in fold)
        classifier = P.PrincipleClassifier(variant(knowledge, train_set, cache))
        rows = [(e.text, gold[e.text]) for e in test]
        results = classifier.classify([t for t, _ in rows])
        p = [r.principles for r in results]
        t2 = [tuple(P.rank(r.scores)[:2]) if r.principles else () for r in results]
        per_fold.append(score(p, t2, [g for _, g in rows]))
        preds += p
        top2 += t2
        golds += [g for _, g in rows]
    dev = None
    corpus = default_corpus()
    if (corpus / "lp_bullets_dev.jsonl").is_file():
        dev = evaluate_rows(read_dev(corpus), P.PrincipleClassifier(knowledge))
    return per_fold, score(preds, top2, golds), dev


def cv_real_report(gold_path: Path, cache: Path | None = None) -> int:
    per_fold, pooled, dev = cross_validate_real(gold_path, cache=cache)
    print(f"{len(per_fold)}-fold cross-validation over the labelled real lines of {gold_path} "
          "(whole resumes held out together)")
    print("fold  lines  top-1  macroF1(top-2)  skip lines left empty")
    for i, s in enumerate(per_fold, 1):
        print(f"  {i}   {s.lines:>5}  {s.top1_in_gold:.3f}  {s.macro_f1_top2:.3f}"
              f"           {s.skip_accuracy or 0:.3f} of {s.skip_lines}")
    print(f"pooled {pooled.lines:>5}  {pooled.top1_in_gold:.3f}  {pooled.macro_f1_top2:.3f}"
          f"           {pooled.skip_accuracy or 0:.3f} of {pooled.skip_lines}")
    if dev is not None:
        print(f"dev file (never trained on), model on all exemplars: top-1 {dev.top1_in_gold:.3f}"
              f", macro-F1(top-2) {dev.macro_f1_top2:.3f}")
    return 0


def cross_validate_pairs(judgments: Path, base: Path, split: str = "all",
                         verbose: bool = False, cache: Path | None = None) -> dict[str, object]:
    """The judgment measures (story_fit, question_fit, ...) on resume x posting pairs, each pair
    analysed by a classifier that never saw a line of its resume: every imported source (a
    whole resume's labelled lines) with a line in the pair's resume is left out of training."""
    import json

    from app.evaluation import judgments as J
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    knowledge = K.load_knowledge()
    by_source: dict[str, list[str]] = {}
    for e in knowledge.exemplars:
        if e.source and len(e.text.split()) >= 6:  # short lines ("English (fluent)") recur
            by_source.setdefault(e.source, []).append(J.norm(e.text))
    folds = real_folds([e.source for e in knowledge.exemplars if e.source])
    pairs = json.loads(judgments.read_text(encoding="utf-8"))
    if split != "all":
        pairs = [p for p in pairs if J.split_of(p["resume"]) == split]
    variants: dict[frozenset[str], Knowledge] = {}
    results = []
    for pair in pairs:
        resume = read_resume(base / pair["resume"])
        text = " \n ".join(J.norm(b.text) for b in resume.bullets) + " \n " + J.norm(resume.text)
        mine = {src for src, lines in by_source.items()
                if any(line and line in text for line in lines)}
        # Leave out the whole folds that hold this resume's lines (as --cv-real does), so a
        # handful of models serve every pair.
        own = frozenset().union(*(f for f in folds if f & mine)) if mine else frozenset()
        if own not in variants:
            variants[own] = variant(
                knowledge, tuple(e for e in knowledge.exemplars if e.source not in own), cache)
        kn = variants[own]
        from app.analysis.pipeline import analyze

        report = analyze(resume, read_job(base / pair["job"], kn), kn, role="auto")
        results.append(J.score_pair(pair, report.to_dict(), kn.decodes))
    out = J.summary(results)
    out["stories_fit_count"] = (f"{sum(r.stories_fit for r in results)}/"
                                f"{sum(r.stories_scored for r in results)}")
    out["questions_fit_count"] = (f"{sum(r.questions_fit for r in results)}/"
                                  f"{sum(r.questions_scored for r in results)}")
    out["models_trained"] = sum(1 for v in variants if v)
    if verbose:
        for r in results:
            for principle, line in r.story_misses:
                print(f"story miss  {r.resume[:24]:<24} {principle[:22]:<22} {line[:110]}")
            for question, line in r.question_misses:
                print(f"question miss {r.resume[:22]:<22} {question[:60]:<60} -> {line[:70]}")
    return out


def cv_pairs_report(judgments: Path | None, base: Path | None, split: str,
                    verbose: bool = False, cache: Path | None = None) -> int:
    corpus = default_corpus()
    path = judgments or corpus / "judgments" / "judgments_dev.json"
    root = base or (corpus if judgments is None else path.parent)
    measures = cross_validate_pairs(path, root, split, verbose, cache)
    print(f"{path.name}, split {split}: each pair analysed by a classifier that never saw its "
          "resume's lines")
    for key, value in measures.items():
        print(f"  {key:<36} {value}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if model.json is stale")
    parser.add_argument("--cv", action="store_true", help="cross-validation over the exemplars")
    parser.add_argument("--cv-real", nargs="?", const=str(REAL_GOLD), default=None,
                        metavar="GOLD", help="k-fold over the imported real lines, scored "
                        f"against GOLD (default {REAL_GOLD})")
    parser.add_argument("--cv-pairs", action="store_true",
                        help="the judgment measures with each pair's resume lines left out of "
                        "training (with --judgments, --base, --split)")
    parser.add_argument("--judgments", type=Path, help="judgments file for --cv-pairs")
    parser.add_argument("--base", type=Path, help="folder its paths are relative to")
    parser.add_argument("--split", choices=("all", "a", "b"), default="all")
    parser.add_argument("--verbose", action="store_true", help="--cv-pairs: list every miss")
    parser.add_argument("--cache", type=Path, help="keep fold models in this folder and reuse "
                        "them (by content hash) across --cv-real / --cv-pairs runs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.cv:
        return cv_report()
    if args.cv_pairs:
        return cv_pairs_report(args.judgments, args.base, args.split, args.verbose, args.cache)
    if args.cv_real:
        return cv_real_report(Path(args.cv_real), args.cache)
    return build(check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
