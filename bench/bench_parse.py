"""Median parse time per corpus resume (issue 2 target: under 150 ms for a 2-page PDF).

Run: .venv/bin/python bench/bench_parse.py [--corpus DIR] [--repeat N]
Prints numbers only; nothing is asserted (timings depend on the machine)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from app.reading.resume import read_resume

    files = sorted((Path(args.corpus) / "resumes").glob("*/*"))
    if not files:
        print(f"no resumes under {args.corpus}/resumes", file=sys.stderr)
        return 2
    read_resume(files[0])  # warm imports (pymupdf, docx) once, outside the timings
    width = max(len(f.name) for f in files)
    print(f"{'file':<{width}}  pages  median ms  min ms")
    two_page: list[float] = []
    for f in files:
        times = []
        pages = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            resume = read_resume(f)
            times.append((time.perf_counter() - t0) * 1000)
            pages = resume.source.pages
        med = statistics.median(times)
        if resume.source.type == "pdf" and pages == 2:
            two_page.append(med)
        print(
            f"{f.name:<{width}}  {pages if pages is not None else '-':>5}  {med:9.1f}  {min(times):6.1f}"
        )
    if two_page:
        print(
            f"2-page PDFs: median of medians {statistics.median(two_page):.1f} ms "
            f"(max {max(two_page):.1f} ms; target < 150 ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
