"""CPU time of reading: resumes (the corpus and generated layouts, by page count) and
postings (generated style families). Prints numbers; asserts nothing (timings depend on the
machine and on what else runs on it, so CPU time is measured, not wall time).

Run:  .venv/bin/python tests/reading/layouts/bench_reading.py [--repeat 5]
Target (issue 13): parse under 100 ms of CPU for a two-page resume."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def _cpu_ms(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from app.evaluation.reading import default_corpus
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume
    from tests.reading.layouts.families import build_family, family_layouts
    from tests.reading.layouts.posting_styles import style_layouts

    by_pages: dict[int, list[tuple[str, float]]] = {}
    files = sorted((default_corpus() / "resumes").glob("*/*"))
    folder = Path(tempfile.mkdtemp(prefix="lr_bench_"))
    for name, builder in family_layouts("tune").items():
        path, _truth = build_family(name, builder, folder)
        files.append(path)
    if files:
        read_resume(files[0])  # imports and caches warmed outside the timings
    for f in files:
        resume = read_resume(f)
        ms = _cpu_ms(lambda f=f: read_resume(f), args.repeat)
        by_pages.setdefault(resume.source.pages or 0, []).append((f.name, ms))
    print("resumes: CPU ms per parse (median of runs), by pages (0 = DOCX/TXT)")
    for pages, rows in sorted(by_pages.items()):
        values = [ms for _n, ms in rows]
        worst = max(rows, key=lambda r: r[1])
        print(f"  {pages} page(s): {len(rows):>3} files  median {statistics.median(values):6.1f}  "
              f"max {worst[1]:6.1f} ({worst[0]})")
    two = [ms for _n, ms in by_pages.get(2, [])]
    if two:
        print(f"two-page resumes: median {statistics.median(two):.1f} ms CPU, max {max(two):.1f} ms (target < 100)")
    knowledge = load_knowledge()
    jobs = []
    for name, builder in list(style_layouts("tune").items())[::3]:
        path, _truth = builder(folder)
        jobs.append((name, _cpu_ms(lambda p=path: read_job(p, knowledge), args.repeat)))
    values = [ms for _n, ms in jobs]
    worst = max(jobs, key=lambda r: r[1])
    print(f"postings: {len(jobs)} files  median {statistics.median(values):.1f} ms CPU  max {worst[1]:.1f} ({worst[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
