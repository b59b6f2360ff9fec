"""Benchmark export: cheat sheet PDF, full report PDF and stories DOCX, per paper size.

Inputs: the test factory's report (normal, long and over-long content) and, with --corpus,
real analyses of every corpus resume against an Amazon MLE posting (analysis time excluded).
Run: .venv/bin/python bench/bench_export.py [--repeat N] [--corpus DIR] [--no-corpus]
(prints numbers; nothing is asserted; targets: cheat sheet < 0.3 s, full report < 1.5 s)
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "export"))

JOB = "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
TARGETS = {"cheat sheet": 0.3, "report": 1.5, "stories docx": 0.5}


def _median(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times)


def _huge(report):
    words = " ".join(["scalability"] * 120)
    return dataclasses.replace(
        report,
        stories=tuple(dataclasses.replace(s, hook=words) for s in report.stories),
        questions=tuple(dataclasses.replace(q, text=q.text + " " + words) for q in report.questions),
        risks=tuple(dataclasses.replace(r, line_to_say=words) for r in report.risks))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=os.environ.get(
        "LOOPREADY_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--no-corpus", action="store_true", help="factory reports only")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from report_factory import make_report

    from app.export import render_cheatsheet_pdf, render_report_pdf, render_stories_docx
    from app.knowledge import load_knowledge

    knowledge = load_knowledge()
    render_cheatsheet_pdf(make_report(), knowledge, "letter")  # imports, fonts, templates
    print(f"first export incl. imports and knowledge: {time.perf_counter() - t0:.3f} s")

    inputs = {"factory": make_report(), "factory long": make_report(long=True),
              "factory over-long": _huge(make_report(long=True))}
    print(f"\n{'input':<20} {'export':<14} {'paper':<7} {'median s':>9} {'max s':>8} {'target':>7}")
    for name, report in inputs.items():
        for paper in ("letter", "a4"):
            for what, fn in (
                ("cheat sheet", lambda r=report, p=paper: render_cheatsheet_pdf(r, knowledge, p)),
                ("report", lambda r=report, p=paper: render_report_pdf(r, knowledge, p)),
            ):
                med, worst = _median(fn, args.repeat)
                print(f"{name:<20} {what:<14} {paper:<7} {med:>9.3f} {worst:>8.3f} "
                      f"{TARGETS[what]:>7.1f}")
        med, worst = _median(lambda r=report: render_stories_docx(r, knowledge), args.repeat)
        print(f"{name:<20} {'stories docx':<14} {'-':<7} {med:>9.3f} {worst:>8.3f} "
              f"{TARGETS['stories docx']:>7.1f}")

    corpus = Path(args.corpus)
    if args.no_corpus or not corpus.is_dir():
        return 0
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    job = read_job(corpus / "jobs" / JOB, knowledge)
    resumes = sorted(p for p in (corpus / "resumes").rglob("*") if p.suffix in (".pdf", ".docx"))
    sheet_t: list[float] = []
    report_t: list[float] = []
    for path in resumes:
        report = analyze(read_resume(path), job, knowledge)
        sheet_t.append(_median(lambda r=report: render_cheatsheet_pdf(r, knowledge, "letter"), 1)[0])
        report_t.append(_median(lambda r=report: render_report_pdf(r, knowledge, "letter"), 1)[0])
    print(f"\ncorpus ({len(resumes)} resumes, Letter): cheat sheet median "
          f"{statistics.median(sheet_t):.3f} s, max {max(sheet_t):.3f} s (target 0.3); "
          f"report median {statistics.median(report_t):.3f} s, max {max(report_t):.3f} s "
          f"(target 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
