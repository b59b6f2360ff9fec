"""Hostile inputs (issue 14) and what the reading worker costs on a normal resume.

Run: .venv/bin/python bench/bench_hostile.py [--corpus DIR] [--repeat N] [--no-window]
Prints Markdown tables; asserts nothing (timings belong to the machine):

1. worker overhead on a normal 2-page resume: reading in-process vs through a reused worker
   (spawn and fork), a worker's cold start, page images through the worker, and the CLI's
   `parse` as a user runs it (fork, spawn, and the in-process read it replaced);
2. each hostile class through the CLI: seconds, peak memory (the CLI and the worker it reaps,
   by wait4), exit code and the one line on stderr;
3. each class in the window, one fresh app process per class: seconds to the message, the
   longest the UI thread went without its 50 ms tick, peak memory of the window and workers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TWO_PAGES = "resumes/pdf/mlphd_john_doe__rendercv_harvard.pdf"


def _median(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def overhead(resume: Path, repeat: int) -> None:
    from app.page_images import render_pdf_pages
    from app.reading.resume import read_resume
    from app.sandbox import ReaderPool, Subject
    from tests.hardening.helpers import run_measured

    print(f"\n## Worker overhead on a normal 2-page resume ({resume.name})\n")
    print("| how | first call ms | warm median ms |")
    print("|---|---:|---:|")
    t0 = time.perf_counter()
    read_resume(resume)
    first = time.perf_counter() - t0
    warm = _median(lambda: read_resume(resume), repeat)
    print(f"| in-process (no worker) | {first * 1000:.0f} | {warm * 1000:.0f} |")
    task = ("app.workflow:_read_resume_task", (str(resume),), Subject(resume.name))
    for method in ("spawn", "fork"):
        pool = ReaderPool(method=method)
        t0 = time.perf_counter()
        pool.run(*task)
        cold = time.perf_counter() - t0
        hot = _median(lambda p=pool: p.run(*task), repeat)
        print(f"| worker, {method} (cold = start + imports + read) | {cold * 1000:.0f} | "
              f"{hot * 1000:.0f} |")
        pool.close()
    pool = ReaderPool()
    pool.prestart()
    pool.run(*task)
    pages_task = ("app.workflow:_render_pages_task", (str(resume),), Subject(resume.name))
    in_proc = _median(lambda: render_pdf_pages(str(resume)), repeat)
    via = _median(lambda: pool.run(*pages_task), repeat)
    pool.close()
    print(f"| page images in-process | | {in_proc * 1000:.0f} |")
    print(f"| page images through a warm worker | | {via * 1000:.0f} |")

    print("\n| command line, fresh process | median s | CLI peak MB | worker peak MB |")
    print("|---|---:|---:|---:|")
    direct = ("import sys, json; from app.reading.resume import read_resume; "
              f"sys.stdout.write(json.dumps(read_resume({str(resume)!r}).to_dict()))")
    rows = [("`parse`, worker forked (Linux default)", ["-m", "app", "parse", str(resume)], {}),
            ("`parse`, worker spawned (macOS/Windows way)", ["-m", "app", "parse", str(resume)],
             {"LOOPREADY_READER_START": "spawn"}),
            ("the same read in-process, no worker", ["-c", direct], {})]
    from tests.hardening.helpers import child_env

    for label, argv, env in rows:
        runs = [run_measured([sys.executable, *argv], timeout=120, env=child_env(**env))
                for _ in range(repeat)]
        print(f"| {label} | {statistics.median(r.seconds for r in runs):.2f} | "
              f"{max(r.own_mb for r in runs):.0f} | {max(r.workers_mb for r in runs):.0f} |")


def cli_classes() -> None:
    from tests.hardening import hostile_files as h
    from tests.hardening.helpers import RESUME_EN, SAMPLE, run_cli

    job = SAMPLE / "sample_job.txt"
    print("\n## Hostile classes through the CLI\n")
    print("| class | s | CLI peak MB | worker peak MB | exit | stderr (one line) |")
    print("|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        cases = [
            ("forms nested 9 x 10 (parse)", ["parse", str(h.nested_forms_pdf(t / "forms.pdf"))], {}),
            ("glyph bomb, 1 page (4 M glyphs)", ["parse", str(h.glyph_bomb_pdf(t / "g1.pdf"))], {}),
            ("glyph bomb, 3 pages", ["parse", str(h.glyph_bomb_pdf(t / "g3.pdf", pages=3))], {}),
            ("glyph bomb, 20 M glyphs", ["parse", str(h.glyph_bomb_pdf(t / "g20.pdf",
                                                                      glyphs=20_000_000))], {}),
            ("3 pages of 9000 x 9000 pt (analyze)",
             ["analyze", str(h.huge_pages_pdf(t / "wall.pdf")), str(job), "--json",
              str(t / "wall.json")], {}),
            ("DOCX, 30,000 paragraphs", ["parse", str(h.many_paragraphs_docx(t / "d.docx"))], {}),
            ("lone surrogate in a PDF (analyze + report)",
             ["analyze", str(h.surrogate_pdf(t / "s.pdf")), str(job), "--report",
              str(t / "s-report.pdf")], {}),
            ("200 MB on a stdin pipe (parse-jd -)", ["parse-jd", "-"],
             {"feed": (h.big_stream(4) for _ in range(50))}),
            ("report over the resume (analyze me.pdf job --report me.pdf)",
             ["analyze", str(h.nested_forms_pdf(t / "me.pdf")), str(job), "--report",
              str(t / "me.pdf")], {}),
            ("--json into a FIFO", ["analyze", str(t / "me.pdf"), str(job), "--json",
                                    str(h.make_fifo(t / "fifo"))], {}),
            ("UTF-16BE resume without a BOM",
             ["parse", str(h.encoded_text(t / "r16.txt", RESUME_EN, "utf-16-be"))], {}),
        ]
        session = _long_session(t)
        cases.append(("3,000,000-character story field (report, cheat sheet, DOCX)",
                      ["analyze", "--session", str(session), "--report", str(t / "l.pdf"),
                       "--cheatsheet", str(t / "c.pdf"), "--stories", str(t / "l.docx")], {}))
        for label, args, extra in cases:
            run = run_cli(*args, timeout=120, **extra)
            line = (run.stderr.strip().splitlines() or [""])[0].replace("|", "/")
            print(f"| {label} | {run.seconds:.1f} | {run.own_mb:.0f} | {run.workers_mb:.0f} | "
                  f"{run.returncode} | {line[:150]} |")


def _long_session(folder: Path) -> Path:
    from app import sessions
    from app.workflow import Workflow
    from tests.hardening.helpers import SAMPLE

    session = Workflow().new_session(str(SAMPLE / "sample_resume.pdf"),
                                     str(SAMPLE / "sample_job.txt"))
    sid = session.report.stories[0].id
    text = ("Reduced the cost of the nightly batch by moving it to spot instances. " * 43000)
    session = session.with_story_edit(sid, "result", text[:3_000_000], sessions.now_iso())
    path = folder / "long.loopready.json"
    sessions.save_session(session, path)
    return path


def window_classes() -> None:
    from tests.hardening.helpers import child_env, run_measured
    from tests.hardening.window_scenarios import CLASSES

    print("\n## Hostile classes in the window (one fresh app process per class)\n")
    print("| class | s | longest freeze ms | window MB | workers MB | ok | message |")
    print("|---|---:|---:|---:|---:|---|---|")
    for case in CLASSES:
        with tempfile.TemporaryDirectory() as home:
            run = run_measured([sys.executable, "-m", "tests.hardening.window_scenarios", case],
                               timeout=300, env=child_env(LOOPREADY_HOME=home,
                                                          PYTHONPATH=str(ROOT)))
        lines = [json.loads(x) for x in run.stdout.splitlines() if x.startswith("{")]
        if not lines:
            print(f"| {case} | | | | | no result | {run.stderr[-200:]} |")
            continue
        o = lines[0]
        print(f"| {case} | {o['seconds']:.1f} | {o['max_gap_ms']:.0f} | "
              f"{max(o['window_mb'], run.own_mb):.0f} | {max(o['worker_mb'], run.workers_mb):.0f} | "
              f"{o['ok']} | {o['message'][:110].replace('|', '/')} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-window", action="store_true")
    args = parser.parse_args()
    resume = Path(args.corpus) / TWO_PAGES
    if not resume.is_file():
        from tests.hardening.helpers import RESUME_EN, text_pdf

        resume = text_pdf(Path(tempfile.mkdtemp()) / "two_pages.pdf", RESUME_EN, pages=2)
    import os
    import platform

    print(f"# Hostile inputs: {platform.platform()}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.1f}")
    overhead(resume, args.repeat)
    cli_classes()
    if not args.no_window:
        window_classes()
    return 0


if __name__ == "__main__":
    sys.exit(main())
