"""`python -m app eval jobs`: the job-description reader against the ground truth.

For each posting in `<corpus>/jobs/` with a ground-truth file in `<corpus>/groundtruth/jobs/`,
the requirement items found are paired one-to-one with the expected ones: first pairs whose
normalised texts are equal (lowercase, NFKC, punctuation and whitespace collapsed), then
pairs whose difflib ratio is >= 0.9. Precision, recall and F1 count those pairs; kind
accuracy is the share of paired items whose kind (responsibility / basic / preferred) equals
the expected one. The "exact F1" column counts equal normalised texts only.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from app.evaluation.reading import FUZZY, norm
from app.evaluation.reading import fuzzy_ratio as _ratio

__all__ = ["FUZZY", "JobScore", "evaluate", "main", "norm", "pair_items", "score_file"]


def pair_items(expected: list[str], found: list[str], fuzzy: bool = True) -> list[tuple[int, int]]:
    """One-to-one (expected index, found index) pairs: equal normalised texts first, then fuzzy."""
    exp = [norm(e) for e in expected]
    fnd = [norm(f) for f in found]
    pairs: list[tuple[int, int]] = []
    used_f: set[int] = set()
    open_e = []
    for i, e in enumerate(exp):
        j = next((j for j, f in enumerate(fnd) if j not in used_f and f == e), None)
        if j is None:
            open_e.append(i)
        else:
            pairs.append((i, j))
            used_f.add(j)
    if fuzzy:
        scored = sorted(((_ratio(exp[i], fnd[j]), i, j) for i in open_e for j in range(len(fnd))
                         if j not in used_f), reverse=True)
        used_e: set[int] = set()
        for score, i, j in scored:
            if score < FUZZY:
                break
            if i in used_e or j in used_f:
                continue
            pairs.append((i, j))
            used_e.add(i)
            used_f.add(j)
    return sorted(pairs)


def _prf(n_pairs: int, n_exp: int, n_found: int) -> tuple[float, float, float]:
    p = n_pairs / n_found if n_found else (1.0 if not n_exp else 0.0)
    r = n_pairs / n_exp if n_exp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True)
class JobScore:
    file: str
    expected: int
    found: int
    precision: float
    recall: float
    f1: float
    exact_f1: float
    kind_accuracy: float
    title_ok: bool
    title: str
    company: str


def score_file(job_path: Path, truth_path: Path) -> JobScore:
    """Read one posting and score it against its ground-truth file."""
    from app.reading.jobs import read_job

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    job = read_job(job_path)
    exp = [r["text"] for r in truth["requirements"]]
    exp_kind = [r["kind"] for r in truth["requirements"]]
    fnd = [r.text for r in job.requirements]
    fnd_kind = [r.kind for r in job.requirements]
    pairs = pair_items(exp, fnd)
    p, r, f = _prf(len(pairs), len(exp), len(fnd))
    exact = pair_items(exp, fnd, fuzzy=False)
    kind_ok = sum(1 for i, j in pairs if exp_kind[i] == fnd_kind[j])
    return JobScore(
        file=job_path.name, expected=len(exp), found=len(fnd), precision=p, recall=r, f1=f,
        exact_f1=_prf(len(exact), len(exp), len(fnd))[2],
        kind_accuracy=kind_ok / len(pairs) if pairs else 0.0,
        title_ok=norm(job.title) == norm(truth.get("title", "")), title=job.title, company=job.company)


def evaluate(corpus: Path) -> list[JobScore]:
    """Scores for every posting of the corpus that has a ground-truth file."""
    truth_dir = corpus / "groundtruth" / "jobs"
    scores = []
    for truth_path in sorted(truth_dir.glob("*.json")):
        job_path = corpus / "jobs" / truth_path.name[: -len(".json")]
        if job_path.exists():
            scores.append(score_file(job_path, truth_path))
    return scores


def default_corpus() -> Path:
    from app.paths import bundle_root

    return bundle_root().parent / "shared" / "corpus"


def main(corpus: str | None = None) -> int:
    """Print the per-file table and the means; exit code 0, or 2 when there is nothing to score."""
    root = Path(corpus) if corpus else default_corpus()
    if not (root / "groundtruth" / "jobs").is_dir():
        sys.stderr.write(f"loopready: no ground truth at {root / 'groundtruth' / 'jobs'}; pass --corpus DIR\n")
        return 2
    scores = evaluate(root)
    if not scores:
        sys.stderr.write(f"loopready: no job descriptions with ground truth under {root}\n")
        return 2
    out = sys.stdout
    out.write("Job-description reader vs ground truth (items paired one-to-one: equal normalised\n"
              f"text first, then difflib ratio >= {FUZZY}; kind accuracy over paired items)\n\n")
    out.write(f"{'file':<58} {'exp':>4} {'found':>5} {'prec':>5} {'rec':>5} {'F1':>5} {'exF1':>5} "
              f"{'kind':>5} title\n")
    for s in scores:
        out.write(f"{s.file[:58]:<58} {s.expected:>4} {s.found:>5} {s.precision:>5.2f} {s.recall:>5.2f} "
                  f"{s.f1:>5.2f} {s.exact_f1:>5.2f} {s.kind_accuracy:>5.2f} "
                  f"{'ok' if s.title_ok else 'x'} {s.title!r}\n")
    n = len(scores)
    exp = sum(s.expected for s in scores)
    fnd = sum(s.found for s in scores)
    out.write(f"{'MEAN (per file)':<58} {exp:>4} {fnd:>5} "
              f"{sum(s.precision for s in scores) / n:>5.2f} {sum(s.recall for s in scores) / n:>5.2f} "
              f"{sum(s.f1 for s in scores) / n:>5.2f} {sum(s.exact_f1 for s in scores) / n:>5.2f} "
              f"{sum(s.kind_accuracy for s in scores) / n:>5.2f} "
              f"{sum(s.title_ok for s in scores)}/{n}\n")
    return 0
