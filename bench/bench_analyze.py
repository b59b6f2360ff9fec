"""Benchmark the analysis engine: median `analyze()` time per corpus resume against an Amazon
MLE posting, after imports and the classifier's one-off model build (reported apart).

Run: .venv/bin/python bench/bench_analyze.py [--repeat N] [--corpus DIR]
(prints numbers; nothing is asserted; target: under 300 ms for a 2-page resume)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JOB = "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=os.environ.get(
        "LOOPREADY_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    args = parser.parse_args()
    corpus = Path(args.corpus)

    t0 = time.perf_counter()
    from app.analysis.pipeline import analyze
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    knowledge = load_knowledge()
    job = read_job(corpus / "jobs" / JOB, knowledge)
    t1 = time.perf_counter()
    resumes = sorted(p for p in (corpus / "resumes").rglob("*") if p.suffix in (".pdf", ".docx"))
    first = read_resume(resumes[0])
    t2 = time.perf_counter()
    analyze(first, job, knowledge)  # builds the classifier model once per process
    t3 = time.perf_counter()
    print(f"imports + knowledge + JD: {(t1 - t0) * 1000:.0f} ms; first analyze (model build): "
          f"{(t3 - t2) * 1000:.0f} ms")
    print(f"{'resume':58} {'pages':>5} {'bullets':>7} {'median ms':>9} {'max ms':>7} {'fit':>4}")
    medians = []
    for path in resumes:
        resume = read_resume(path)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            report = analyze(resume, job, knowledge)
            times.append((time.perf_counter() - start) * 1000)
        med = statistics.median(times)
        medians.append(med)
        print(f"{path.name[:58]:58} {resume.source.pages or 0:>5} {len(resume.bullets):>7} "
              f"{med:>9.0f} {max(times):>7.0f} {report.fit.overall:>4}")
    print(f"median over {len(resumes)} resumes: {statistics.median(medians):.0f} ms "
          f"(max {max(medians):.0f} ms; target < 300 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
