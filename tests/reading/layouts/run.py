"""Reading accuracy on every set, side by side: the shared corpus, the hand-made layouts, the
seeded layout families (tune split and held-back split) and the postings (corpus, tune,
held-back). The held-back split is never looked at while changing the reader.

Run:  .venv/bin/python tests/reading/layouts/run.py                 # the summary table
      .venv/bin/python tests/reading/layouts/run.py --set held      # one set, file by file
      .venv/bin/python tests/reading/layouts/run.py --set tune --only sidebar --show
Sets: corpus, layouts, tune, held, jobs-corpus, jobs-tune, jobs-held."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

RESUME_SETS = ("corpus", "layouts", "tune", "held")
JOB_SETS = ("jobs-corpus", "jobs-tune", "jobs-held", "styles-tune", "styles-held")


def _resume_scores(name: str, folder: Path, only: str = "", show: bool = False) -> list:
    from app.evaluation.reading import default_corpus
    from tests.reading.layouts.scoring import corpus_resume_rows, resume_rows

    if name == "corpus":
        corpus = default_corpus()
        return corpus_resume_rows(corpus) if (corpus / "groundtruth").is_dir() else []
    rows = []
    for s, truth, resume in resume_rows(name, folder):
        if only and only not in s.name:
            continue
        rows.append(s)
        if show:
            _print_resume_row(s)
            _show_misses(truth, resume)
    return rows


def _job_scores(name: str, folder: Path, only: str = "", show: bool = False, misses: bool = False) -> list:
    from app.evaluation.jobs import default_corpus
    from tests.reading.layouts.scoring import corpus_job_rows, job_rows

    if name == "jobs-corpus":
        corpus = default_corpus()
        return corpus_job_rows(corpus) if (corpus / "groundtruth" / "jobs").is_dir() else []
    rows = []
    for row, truth, job in job_rows(name.split("-", 1)[1], folder, styles=name.startswith("styles")):
        if only and only not in row.name:
            continue
        rows.append(row)
        if show:
            print(f"{row.name:<34} {row.precision:5.2f} {row.recall:5.2f} {row.f1:5.2f}"
                  f"  kind {row.kind_accuracy:4.2f}  title {'ok' if row.title_ok else job.title!r}"
                  f"  company {'ok' if row.company_ok else job.company!r}")
        if show and misses:
            _show_job_misses(truth, job)
    return rows


def _show_job_misses(truth, job) -> None:  # noqa: ANN001
    from app.evaluation.jobs import pair_items

    exp = [r["text"] for r in truth.requirements]
    fnd = [r.text for r in job.requirements]
    pairs = pair_items(exp, fnd)
    paired_e = {i for i, _ in pairs}
    paired_f = {j for _, j in pairs}
    for i, e in enumerate(exp):
        if i not in paired_e:
            print("   MISS  ", truth.requirements[i]["kind"][:4], e)
    for j, f in enumerate(fnd):
        if j not in paired_f:
            print("   EXTRA ", job.requirements[j].kind[:4], f)
    for i, j in pairs:
        if truth.requirements[i]["kind"] != job.requirements[j].kind:
            print(f"   KIND   {job.requirements[j].kind[:4]} (want {truth.requirements[i]['kind'][:4]})", exp[i])


def resume_family_table(name: str, rows: list) -> None:
    """Bullet F1, roles found and roles dated right, per resume family."""
    import re

    by: dict[str, list] = {}
    for r in rows:
        by.setdefault(re.sub(r"_[th]\d+(?:_(?:de|fr|es))?$", "", r.name), []).append(r)
    print(f"\n{name}: per family (n, mean bullet F1, min F1, roles found, roles dated right)")
    for fam, rs in sorted(by.items()):
        n = len(rs)
        exp = max(sum(r.roles_expected for r in rs), 1)
        print(f"  {fam:<26} {n:>3}  F1 {sum(r.f1 for r in rs) / n:5.3f}  min {min(r.f1 for r in rs):4.2f}"
              f"  roles {sum(r.roles_matched for r in rs) / exp:4.2f}  dated {sum(r.roles_dated for r in rs) / exp:4.2f}")


def family_table(name: str, rows: list) -> None:
    """Requirement F1 and kind accuracy per style family."""
    from tests.reading.layouts.posting_styles import family_of

    by: dict[str, list] = {}
    for r in rows:
        by.setdefault(family_of(r.name), []).append(r)
    print(f"\n{name}: per family (n, mean F1, min F1, kind accuracy)")
    for fam, rs in sorted(by.items()):
        n = len(rs)
        print(f"  {fam:<18} {n:>3}  F1 {sum(r.f1 for r in rs) / n:5.3f}  min {min(r.f1 for r in rs):4.2f}"
              f"  kind {sum(r.kind_accuracy for r in rs) / n:4.2f}")


def _print_resume_row(s) -> None:  # noqa: ANN001
    print(
        f"{s.name:<48} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  ({s.bullets_found:>3}/{s.bullets_expected:<3})"
        f"  sections {s.sections_matched:>2}/{s.sections_expected:<2}  roles {s.roles_matched:>2}/{s.roles_expected:<2}"
        f"  dated {s.roles_dated:>2}"
        + (f"  ERROR {s.error}" if s.error else "")
    )


def _show_misses(truth, resume) -> None:  # noqa: ANN001
    from app.evaluation.reading import match_count

    if resume is None:
        return
    found = [b.text for b in resume.bullets]
    for b in truth.bullets:
        if not match_count([b], found):
            print("   MISS  ", b)
    for b in found:
        if not match_count([b], truth.bullets):
            print("   EXTRA ", b)
    from app.evaluation.reading import _same, same_period
    from app.reading.dates import period_of

    for r in truth.roles:
        got = next((g for g in resume.roles if _same(r["title"], g.title) and _same(r["organization"], g.organization)),
                   None)
        want = r.get("period") or period_of(r["dates"])
        if got is None:
            print(f"   ROLE   {r['title']!r} / {r['organization']!r} / {r['dates']!r}")
        elif not same_period(want, got.period):
            print(f"   DATES  {r['title']!r}: want {want} ({r['dates']!r}) got {got.period} ({got.dates!r})")
    if any(r for r in truth.roles):
        for g in resume.roles:
            if not any(_same(r["title"], g.title) and _same(r["organization"], g.organization) for r in truth.roles):
                print(f"   +ROLE  {g.title!r} / {g.organization!r} / {g.dates!r}")


def _summary_line(name: str, rows: list, seconds: float) -> str:
    if not rows:
        return f"{name:<12} (not available)"
    n = len(rows)
    mean = sum(s.f1 for s in rows) / n
    worst = min(rows, key=lambda s: s.f1)
    if name.startswith(("jobs", "styles")):
        kind = sum(s.kind_accuracy for s in rows) / n
        below = sum(1 for s in rows if s.f1 < 0.70)
        return (f"{name:<12} {n:>4}  requirement F1 {mean:5.3f}  min {worst.f1:4.2f}  "
                f"files < 0.70: {below:<2}  kind accuracy {kind:4.2f}   ({seconds:4.1f} s)")
    below = sum(1 for s in rows if s.f1 < 0.75)
    roles = sum(s.roles_matched for s in rows) / max(sum(s.roles_expected for s in rows), 1)
    dated = sum(s.roles_dated for s in rows) / max(sum(s.roles_expected for s in rows), 1)
    sections = sum(s.sections_matched for s in rows) / max(sum(s.sections_expected for s in rows), 1)
    return (f"{name:<12} {n:>4}  bullet F1      {mean:5.3f}  min {worst.f1:4.2f}  "
            f"files < 0.75: {below:<2}  sections {sections:4.2f}  roles {roles:4.2f}  dated {dated:4.2f}"
            f"   ({seconds:4.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=RESUME_SETS + JOB_SETS, help="one set, file by file")
    parser.add_argument("--keep", help="write the generated files into DIR and keep them")
    parser.add_argument("--only", default="", help="substring of file names to run")
    parser.add_argument("--show", action="store_true", help="print misses and extras")
    parser.add_argument("--families", action="store_true", help="per-family table of the style sets")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="lr_reading_"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.set:
        if args.set in JOB_SETS:
            rows = _job_scores(args.set, folder, args.only, show=True, misses=args.show)
            if args.set.startswith("styles"):
                family_table(args.set, rows)
        else:
            rows = _resume_scores(args.set, folder, args.only, show=args.show)
            if not args.show:
                for s in rows:
                    _print_resume_row(s)
            if args.set in ("tune", "held"):
                resume_family_table(args.set, rows)
        print(_summary_line(args.set, rows, 0.0))
        return 0
    print("Reading accuracy per set (tune: what we look at while changing the reader; held: only "
          "scored).\nMatching as `python -m app eval reading|jobs`: normalised text equal, or "
          "difflib ratio >= 0.9.\n")
    for name in RESUME_SETS + JOB_SETS:
        start = time.perf_counter()
        rows = (_job_scores if name in JOB_SETS else _resume_scores)(name, folder)
        print(_summary_line(name, rows, time.perf_counter() - start), flush=True)
        if name.startswith("styles") and args.families:
            family_table(name, rows)
        if name in ("tune", "held") and args.families:
            resume_family_table(name, rows)
    print(f"\ngenerated files in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
