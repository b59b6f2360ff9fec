"""`python bench/bench_floor.py [--runs N]`: LoopReady against the honest floor, in CPU seconds.

The floor is what any program built on the same libraries pays before doing anything: a bare
`import PySide6.QtWidgets, pymupdf, docx, jinja2` (the libraries the app actually loads at run
time; scikit-learn is not one of them), and a hello-world PySide6 window shown offscreen. Each
LoopReady figure is printed beside its floor and as a multiple of it:

- CLI `analyze --json --report --cheatsheet --stories` on the bundled sample (cold process);
- the window shown (fresh `python -m app`, to its "shown" trace mark);
- inputs given to full view (`python -m app RESUME JD`, from "shown" to "view-ready"), CPU of
  the window process and its reading worker;
- the same after the window's warm-up (the user's case: files are chosen after the window is
  up), for a 1-page corpus resume the warm-up never saw (`bench_gui.py --child-drop`);
- peak resident memory of that window process at 1, 2, 5, 10 and 15 resume pages, with the
  per-step growth (parse, analyse, cheat sheet, report) measured in this process.

CPU seconds (user + system) are what the same work costs on an idle machine of this speed; the
machine's load inflates wall-clock seconds, not these. Medians of `--runs` fresh processes.
Prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_all  # noqa: E402
from bench_all import SAMPLE, _env, machine, make_resume_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"  # read-only, never committed (see BRIEF)

FLOOR_IMPORT = "import PySide6.QtWidgets, pymupdf, docx, jinja2"
HELLO_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
app.processEvents()
"""
PAGES = (1, 2, 5, 10, 15)


def _run(argv: list[str], until: str = "", timeout: float = 300) -> dict[str, object]:
    """A child process: its trace marks {event: (wall since spawn, cpu)}, its CPU seconds
    (user + system, waited-for children included) and its peak RSS in MB (from wait4)."""
    start = time.time()
    proc = subprocess.Popen(argv, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    marks: dict[str, tuple[float, float]] = {}
    deadline = time.time() + timeout
    for line in proc.stderr:
        if line.startswith("loopready-trace "):
            parts = line.split()
            cpu = float(parts[3]) if len(parts) > 3 else float("nan")
            marks[parts[1]] = (float(parts[2]) - start, cpu)
            if parts[1] == until:
                break
        if time.time() > deadline:
            break
    if until:
        proc.kill()
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    return {"marks": marks, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "code": os.waitstatus_to_exitcode(status)}


def forget_lines() -> None:
    """Empty the per-line caches of the analysis, so each resume is analysed as if first."""
    from app.analysis import concepts, principles

    principles._SEEN.clear()
    concepts._FOUND.clear()


def _median(values: list[float]) -> float:
    clean = [v for v in values if v == v]
    return statistics.median(clean) if clean else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/bench_floor.py",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure")
    parser.add_argument("--pages", default=",".join(map(str, PAGES)),
                        help="resume lengths for the memory/growth table")
    parser.add_argument("--source-only", action="store_true",
                        help="children compile the app's modules from source (no bytecode), as "
                             "the records before 6 Dec 2026 were measured")
    parser.add_argument("--no-caches", action="store_true",
                        help="children run without the compile and knowledge caches "
                             "(app/compile_cache.py, app/knowledge/cache.py)")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    bench_all.BYTECODE = not args.source_only
    bench_all.CACHES = not args.no_caches
    py = sys.executable
    print(f"machine: {machine()}")
    print("app modules: " + ("from source in every process (--source-only)" if args.source_only
                             else "from bytecode compiled once (as installed)"))
    print("compile and knowledge caches: " + ("off (--no-caches)" if args.no_caches
                                              else "on (filled by the first run, as installed)"))

    floor_import = _median([_run([py, "-c", FLOOR_IMPORT])["cpu"] for _ in range(runs)])
    floor_window = _median([_run([py, "-c", HELLO_WINDOW])["cpu"] for _ in range(runs)])

    with tempfile.TemporaryDirectory() as tmp:
        cli = [_run([py, "-m", "app", "analyze", str(SAMPLE / "sample_resume.pdf"),
                     str(SAMPLE / "sample_job.txt"), "--json", f"{tmp}/r.json", "--report",
                     f"{tmp}/r.pdf", "--cheatsheet", f"{tmp}/c.pdf", "--stories",
                     f"{tmp}/s.docx"]) for _ in range(runs)]
    cli_cpu = _median([r["cpu"] for r in cli])
    cli_rss = _median([r["rss"] for r in cli])

    shown = [_run([py, "-m", "app"], until="shown")["marks"].get("shown", (float("nan"),) * 2)
             for _ in range(runs)]
    shown_cpu = _median([m[1] for m in shown])
    shown_wall = _median([m[0] for m in shown])

    # The user's case: the window is up and warmed (while the files are chosen), then a resume
    # the warm-up never saw (a 1-page corpus PDF) and a posting are given.
    warm_view: list[tuple[float, float]] = []
    resume_1p = CORPUS / "resumes" / "pdf" / "mle_harvey_dent__resume-matcher_moderncv.pdf"
    posting = CORPUS / "jobs" / "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
    if resume_1p.is_file() and posting.is_file():
        for _ in range(runs):
            out = subprocess.run([py, str(ROOT / "bench" / "bench_gui.py"), "--child-drop", "0.5",
                                  "--resume", str(resume_1p), "--job", str(posting)],
                                 cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=400)
            fields = out.stdout.strip().splitlines()[-1].split() if out.returncode == 0 else []
            if len(fields) >= 3:
                warm_view.append((float(fields[2]), float(fields[0])))

    pages = [int(p) for p in args.pages.split(",") if p.strip()]
    growth: list[str] = []
    view: dict[int, tuple[float, float, float]] = {}  # pages -> (view cpu, view wall, rss)
    from app.analysis.pipeline import analyze
    from app.export import render_cheatsheet_pdf, render_report_pdf
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    knowledge = load_knowledge()
    job = read_job(SAMPLE / "sample_job.txt", knowledge)
    warm = analyze(read_resume(SAMPLE / "sample_resume.pdf"), job, knowledge)
    render_cheatsheet_pdf(warm, knowledge, "letter")  # templates and fonts load once
    render_report_pdf(warm, knowledge, "letter")
    with tempfile.TemporaryDirectory() as tmp:
        for n in pages:
            pdf = SAMPLE / "sample_resume.pdf" if n == 1 else Path(tmp) / f"resume_{n}.pdf"
            got = 1 if n == 1 else make_resume_pdf(n, pdf)
            runs_n = [_run([py, "-m", "app", str(pdf), str(SAMPLE / "sample_job.txt")],
                           until="view-ready") for _ in range(runs)]
            cpus, walls, rss = [], [], []
            for r in runs_n:
                m = r["marks"]
                if "view-ready" in m and "shown" in m:
                    cpus.append(m["view-ready"][1] - m["shown"][1])
                    walls.append(m["view-ready"][0] - m["shown"][0])
                rss.append(r["rss"])
            view[got] = (_median(cpus), _median(walls), _median(rss))
            t = time.process_time()
            resume = read_resume(pdf)
            parse = time.process_time() - t
            forget_lines()  # the sample's lines were seen while warming up
            t = time.process_time()
            report = analyze(resume, job, knowledge)
            analyse = time.process_time() - t
            t = time.process_time()
            render_cheatsheet_pdf(report, knowledge, "letter")
            cheat = time.process_time() - t
            t = time.process_time()
            render_report_pdf(report, knowledge, "letter")
            rep = time.process_time() - t
            growth.append(f"| {got} | {len(resume.bullets)} | {parse:.3f} | {analyse:.3f} | "
                          f"{cheat:.3f} | {rep:.3f} | {view[got][0]:.3f} | {view[got][2]:.0f} |")

    def x(a: float, b: float) -> str:
        return f"{a / b:.1f}x" if b == b and b > 0 else "-"

    one = view.get(1, (float("nan"),) * 3)
    print(f"\nCPU seconds, median of {runs} fresh processes (wall seconds in brackets where "
          "they differ in meaning).\n")
    print("| measure | LoopReady | floor | multiple |\n|---|---|---|---|")
    print(f"| CLI analyze + cheat sheet + report + stories DOCX (sample) | {cli_cpu:.3f} s "
          f"| {floor_import:.3f} s (bare imports) | {x(cli_cpu, floor_import)} |")
    print(f"| window shown (fresh process) | {shown_cpu:.3f} s ({shown_wall:.3f} s wall) "
          f"| {floor_window:.3f} s (hello-world window) | {x(shown_cpu, floor_window)} |")
    print(f"| inputs to full view, 1 page (window + reading worker) | {one[0]:.3f} s "
          f"({one[1]:.3f} s wall) | - | - |")
    if warm_view:
        print(f"| inputs to full view after the warm-up, an unseen 1-page corpus resume (window + "
              f"reading worker) | {_median([c for c, _ in warm_view]):.3f} s "
              f"({_median([w for _, w in warm_view]):.3f} s wall) | - | - |")
    for n, (_, _, rss) in sorted(view.items()):
        print(f"| peak RSS, window with a {n}-page resume | {rss:.0f} MB | - | - |")
    print(f"| peak RSS, CLI analyze + exports | {cli_rss:.0f} MB | - | - |")
    print("\ngrowth with resume length (sample repeated with distinct wording; CPU s in this "
          "process, modules, templates and fonts loaded; view and RSS: the window process)")
    print("| pages | bullets | parse | analyse | cheat sheet | report | inputs to full view | "
          "window peak MB |\n|---|---|---|---|---|---|---|---|")
    print("\n".join(growth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
