"""`python -m app eval reading`: the resume reader against the ground truth.

Bullets match when their normalised texts (lowercase, letters and digits only, single
spaces) are equal, or when difflib's ratio between them is >= 0.9; matching is one-to-one,
exact pairs first. Sections match on normalised titles (ratio >= 0.9); a ground-truth role
counts as found when one extracted role matches both its title and its organization (ratio
>= 0.85 each, empty equals empty)."""

from __future__ import annotations

import difflib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from app.evaluation.text import FUZZY, norm, ratio

ROLE_FUZZY = 0.85


def match_count(expected: list[str], found: list[str], threshold: float = FUZZY) -> int:
    """One-to-one matches between two lists of texts (exact first, then fuzzy)."""
    exp = [norm(e) for e in expected]
    fnd = [norm(f) for f in found]
    used_e: set[int] = set()
    used_f: set[int] = set()
    index: dict[str, list[int]] = {}
    for j, f in enumerate(fnd):
        index.setdefault(f, []).append(j)
    for i, e in enumerate(exp):
        for j in index.get(e, []):
            if j not in used_f:
                used_e.add(i)
                used_f.add(j)
                break
    pairs = []
    for i, e in enumerate(exp):
        if i in used_e:
            continue
        for j, f in enumerate(fnd):
            if j in used_f:
                continue
            r = ratio(e, f)
            if r >= threshold:
                pairs.append((r, i, j))
    for _r, i, j in sorted(pairs, reverse=True):
        if i not in used_e and j not in used_f:
            used_e.add(i)
            used_f.add(j)
    return len(used_e)


def _same(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if a == b:
        return True
    return (
        bool(a and b) and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= ROLE_FUZZY
    )


@dataclass
class FileScore:
    name: str
    bullets_expected: int
    bullets_found: int
    bullets_matched: int
    sections_expected: int
    sections_matched: int
    roles_expected: int
    roles_matched: int
    error: str = ""
    bullets_exact: int = 0
    roles_dated: int = 0  # matched roles whose dates the reader read to the expected period

    @property
    def precision(self) -> float:
        return (
            self.bullets_matched / self.bullets_found
            if self.bullets_found
            else (1.0 if not self.bullets_expected else 0.0)
        )

    @property
    def recall(self) -> float:
        return self.bullets_matched / self.bullets_expected if self.bullets_expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def section_recall(self) -> float:
        return self.sections_matched / self.sections_expected if self.sections_expected else 1.0

    @property
    def role_recall(self) -> float:
        return self.roles_matched / self.roles_expected if self.roles_expected else 1.0


def same_period(expected: str, found: str) -> bool:
    """Whether the period read ('2021-04/present') is the one expected; a side the ground truth
    gives as a year only matches any month of that year; no dates expected, none read."""
    if not expected or not found:
        return expected == found
    for e, f in zip(expected.split("/"), found.split("/"), strict=False):
        if e == "present" or f == "present":
            if e != f:
                return False
        elif not f.startswith(e):
            return False
    return True


def default_corpus() -> Path:
    return Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpus"


def score_file(gt_path: Path, corpus: Path) -> FileScore:
    """Read the resume named by one ground-truth file and score the result."""
    from app.errors import LoopReadyError
    from app.reading.resume import read_resume

    gt = json.loads(gt_path.read_text(encoding="utf-8"))
    src = corpus / "resumes" / gt["file"]
    name = Path(gt["file"]).name
    exp_b, exp_s, exp_r = gt.get("bullets", []), gt.get("sections", []), gt.get("roles", [])
    try:
        resume = read_resume(src)
    except LoopReadyError as exc:
        return FileScore(name, len(exp_b), 0, 0, len(exp_s), 0, len(exp_r), 0, error=exc.message)
    found_b = [b.text for b in resume.bullets]
    b_match = match_count(exp_b, found_b)
    b_exact = match_count(exp_b, found_b, threshold=1.01)  # normalised-equal pairs only
    s_match = match_count(exp_s, [s.title for s in resume.sections])
    from app.reading.dates import period_of

    r_match = r_dated = 0
    used: set[int] = set()
    for role in exp_r:
        for k, got in enumerate(resume.roles):
            if k in used:
                continue
            if _same(role.get("title", ""), got.title) and _same(
                role.get("organization", ""), got.organization
            ):
                used.add(k)
                r_match += 1
                r_dated += same_period(period_of(role.get("dates", "")), got.period)
                break
    return FileScore(
        name,
        len(exp_b),
        len(found_b),
        b_match,
        len(exp_s),
        s_match,
        len(exp_r),
        r_match,
        bullets_exact=b_exact,
        roles_dated=r_dated,
    )


def evaluate(corpus: Path) -> list[FileScore]:
    """Scores for every ground-truth resume (PDF and DOCX) in the corpus."""
    files = sorted((corpus / "groundtruth" / "pdf").glob("*.json")) + sorted(
        (corpus / "groundtruth" / "docx").glob("*.json")
    )
    return [score_file(p, corpus) for p in files]


def main(corpus: str | None = None) -> int:
    """Print the per-file table and the means; exit 0 (the table is the result)."""
    root = Path(corpus) if corpus else default_corpus()
    if not (root / "groundtruth").is_dir():
        from app.errors import InputError

        raise InputError(
            f"No ground truth under {root}. Pass --corpus DIR (the folder holding groundtruth/ and resumes/)."
        )
    scores = evaluate(root)
    w = max(len(s.name) for s in scores) if scores else 10
    out = sys.stdout
    out.write(f"{'file':<{w}}  bullets P     R     F1    (found/exp)  sections  roles\n")
    for s in scores:
        out.write(
            f"{s.name:<{w}}  {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.bullets_found:>3}/{s.bullets_expected:<3})"
            f"    {s.sections_matched:>2}/{s.sections_expected:<2}     {s.roles_matched:>2}/{s.roles_expected:<2}"
            f"{'  ERROR: ' + s.error if s.error else ''}\n"
        )
    n = len(scores) or 1
    mean_p = sum(s.precision for s in scores) / n
    mean_r = sum(s.recall for s in scores) / n
    mean_f = sum(s.f1 for s in scores) / n
    sec = sum(s.sections_matched for s in scores) / max(sum(s.sections_expected for s in scores), 1)
    rol = sum(s.roles_matched for s in scores) / max(sum(s.roles_expected for s in scores), 1)
    worst = min(scores, key=lambda s: s.f1) if scores else None
    out.write(f"{'MEAN':<{w}}  {mean_p:5.2f} {mean_r:5.2f} {mean_f:5.2f}\n")
    dated = sum(s.roles_dated for s in scores) / max(sum(s.roles_expected for s in scores), 1)
    out.write(
        f"section recall {sec:.3f}  role recall {rol:.3f}  role dates {dated:.3f}  "
        f"min bullet F1 {worst.f1 if worst else 0:.2f} ({worst.name if worst else '-'})\n"
    )
    exact = sum(s.bullets_exact for s in scores)
    matched = sum(s.bullets_matched for s in scores)
    out.write(
        f"matching: normalised text equal, or difflib ratio >= {FUZZY} "
        f"({exact} of {matched} matched bullets are exact after normalising)\n"
    )
    return 0
