"""Benchmarks: `python bench/bench_all.py [--corpus DIR] [--repeat N]` prints tables, asserts nothing.

Over the corpus: launch to window shown (fresh offscreen GUI processes), parse per resume,
analyse, cheat sheet, full report and stories exports (medians and max), the cold first
analysis a CLI user waits for, peak resident memory of the GUI and CLI processes, and how each
step grows with the resume's length (1, 2, 5 pages of a resume generated from the sample).
Timings depend on the machine and its load; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "app" / "resources" / "sample"
TARGETS = {"window": 1.0, "parse": 0.150, "analyse": 0.300, "cheatsheet": 0.3, "report": 1.5,
           "memory": 350.0}
JOB_NAME = "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"


def machine() -> str:
    """One line describing this machine: OS, CPU model, cores, RAM, Python, load."""
    cpu = platform.processor() or platform.machine()
    ram = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f", {int(line.split()[1]) / 1048576:.1f} GB RAM"
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f}"
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical cores{ram}, "
            f"Python {platform.python_version()}{load}")


def _self_peak_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1048576 if sys.platform == "darwin" else peak / 1024


CPU: dict[str, list[float]] = {}  # measure -> CPU seconds per run (load-independent)


def _time(fn: Callable[[], Any], repeat: int, cpu_key: str = "") -> tuple[float, Any]:
    """Median wall seconds of `repeat` calls, and the last result; CPU seconds go to CPU[key]."""
    took: list[float] = []
    cpu: list[float] = []
    result = None
    for _ in range(max(1, repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        took.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if cpu_key:
        CPU.setdefault(cpu_key, []).append(statistics.median(cpu))
    return statistics.median(took), result


def _child(argv: list[str], env: dict[str, str], until: str = "",
           timeout: float = 300, cpu_key: str = "") -> tuple[dict[str, float], float, int]:
    """Run a child; returns (trace marks in seconds since spawn, its peak RSS in MB, exit code);
    its CPU seconds (user + system) go to CPU[cpu_key].

    With `until`, the child is killed once it prints `loopready-trace <until>` on stderr."""
    start = time.time()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    marks: dict[str, float] = {}
    assert proc.stderr is not None
    deadline = time.time() + timeout
    for line in proc.stderr:
        if line.startswith("loopready-trace "):
            _, event, when = line.split()[:3]
            marks[event] = float(when) - start
            if event == until:
                break
        if time.time() > deadline:
            break
    if until:
        proc.kill()
    proc.stderr.close()
    peak = float("nan")
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss / (1048576 if sys.platform == "darwin" else 1024)
        if cpu_key:
            CPU.setdefault(cpu_key, []).append(usage.ru_utime + usage.ru_stime)
    else:
        proc.wait()
    return marks, peak, proc.returncode if proc.returncode is not None else -1


#: Children read the app's modules from bytecode compiled once per benchmark run (set False
#: for the old measure: with PYTHONDONTWRITEBYTECODE in the environment, as on the team's VM,
#: every fresh process compiled every app module from source, while the libraries of the
#: floor come with their bytecode from pip; an installed or bundled app has its bytecode).
BYTECODE = True
#: the app's caches of what every start compiles and checks (app/compile_cache.py,
#: app/knowledge/cache.py) in use, as after an installed app's first run; False: off in the
#: children (LOOPREADY_COMPILE_CACHE=0, LOOPREADY_KNOWLEDGE_CACHE=0), as before 6 Dec 2026
CACHES = True
_COMPILED: list[bool] = []


def _compile_app() -> None:
    """The app's bytecode in its __pycache__ folders (ignored by git), where Python reads it
    even under PYTHONDONTWRITEBYTECODE; the folders this creates are removed at exit. (Not
    PYTHONPYCACHEPREFIX: that moves the bytecode of the standard library and every package
    there too, and the floor would compile them all from source.)"""
    import atexit
    import compileall
    import shutil

    if _COMPILED:
        return
    app = ROOT / "app"
    before = set(app.rglob("__pycache__"))
    compileall.compile_dir(str(app), quiet=1)
    for folder in sorted(set(app.rglob("__pycache__")) - before):
        atexit.register(shutil.rmtree, folder, True)
    _COMPILED.append(True)


def _env() -> dict[str, str]:
    """A child environment: offscreen, traced, with a throwaway data folder (removed at exit)
    and, with BYTECODE, the app's modules read from bytecode as an installed app reads them."""
    import atexit
    import shutil

    home = tempfile.mkdtemp(prefix="loopready-bench-")
    atexit.register(shutil.rmtree, home, True)
    if BYTECODE:
        _compile_app()
    off = {} if CACHES else {"LOOPREADY_COMPILE_CACHE": "0", "LOOPREADY_KNOWLEDGE_CACHE": "0"}
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_TRACE="1", LOOPREADY_HOME=home,
                **off)


def gui_runs(runs: int) -> tuple[list[float], list[float], list[float]]:
    """Launch -> window shown; sample dropped -> full view; peak RSS of the GUI with a session."""
    shown: list[float] = []
    view: list[float] = []
    peaks: list[float] = []
    for _ in range(runs):
        marks, _, _ = _child([sys.executable, "-m", "app"], _env(), until="shown", timeout=120,
                             cpu_key="window")
        shown.append(marks.get("shown", float("nan")))
    for _ in range(runs):
        marks, peak, _ = _child([sys.executable, "-m", "app", str(SAMPLE / "sample_resume.pdf"),
                                 str(SAMPLE / "sample_job.txt")], _env(), until="view-ready",
                                timeout=300, cpu_key="gui-view")
        view.append(marks.get("view-ready", float("nan")) - marks.get("shown", float("nan")))
        peaks.append(peak)
    return shown, view, peaks


def cli_cold(job: Path, runs: int) -> tuple[list[float], list[float]]:
    """`python -m app analyze` with every export, as a user runs it: wall seconds and peak MB."""
    walls: list[float] = []
    peaks: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            _, peak, code = _child([sys.executable, "-m", "app", "analyze", str(SAMPLE / "sample_resume.pdf"),
                                    str(job), "--json", f"{tmp}/r.json", "--report", f"{tmp}/r.pdf",
                                    "--cheatsheet", f"{tmp}/c.pdf", "--stories", f"{tmp}/s.docx"],
                                   _env(), cpu_key="cli")
            walls.append(time.perf_counter() - start if code == 0 else float("nan"))
            peaks.append(peak)
    return walls, peaks


def make_resume_pdf(pages: int, path: Path) -> int:
    """A resume of at least `pages` pages from the bundled sample, its experience repeated with
    distinct wording (so no cache makes the long one look cheap). Returns the page count."""
    import pymupdf

    html_src = (ROOT / "packaging" / "sample" / "sample_resume.html").read_text(encoding="utf-8")
    head, _, rest = html_src.partition("<h2>Experience</h2>")
    exp, _, tail = rest.partition("<h2>Projects</h2>")
    first_role = exp[: exp.find('<div class="role">', exp.find('<div class="role">') + 1)]
    variants = [first_role] + [exp + "".join(exp.replace("</li>", f" (programme {k + 1})</li>")
                                             for k in range(1, n)) for n in range(1, 40)]
    count = 0
    for experience in variants:
        body = head + "<h2>Experience</h2>" + experience + "<h2>Projects</h2>" + tail
        story = pymupdf.Story(html=body, user_css="* {font-family: sans-serif; font-size: 10pt}")
        writer = pymupdf.DocumentWriter(str(path))
        rect = pymupdf.paper_rect("letter")
        more, count = True, 0
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(rect + (50, 45, -50, -45))
            story.draw(dev)
            writer.end_page()
            count += 1
        writer.close()
        if count >= pages:
            break
    return count


def _row(name: str, values: list[float], target: float | None, unit: str = "s",
         cpu_key: str = "") -> str:
    """One Markdown row: median, max, median CPU seconds, target."""
    clean = [v for v in values if v == v]  # drop NaN (a run that did not finish)
    fmt = "{:.0f}" if unit == "MB" else "{:.3f}"
    tgt = "-" if target is None else (fmt.format(target) + (" MB" if unit == "MB" else " s"))
    cpu = CPU.get(cpu_key, [])
    cpu_text = f"{statistics.median(cpu):.3f}" if cpu else "-"
    if not clean:
        return f"| {name} | n/a | n/a | {cpu_text} | {tgt} |"
    return (f"| {name} | {fmt.format(statistics.median(clean))} | {fmt.format(max(clean))} | "
            f"{cpu_text} | {tgt} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/bench_all.py", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.environ.get("LOOPREADY_CORPUS",
                                                           str(ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--repeat", type=int, default=3, help="timed repeats per resume (median)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for GUI and cold CLI")
    parser.add_argument("--no-window", action="store_true", help="skip the GUI measurements")
    args = parser.parse_args(argv)

    print(f"machine: {machine()}")
    corpus = Path(args.corpus)
    resumes = sorted((corpus / "resumes").rglob("*.pdf")) + sorted((corpus / "resumes").rglob("*.docx"))
    if not resumes:
        resumes = [SAMPLE / "sample_resume.pdf"]
    job_path = corpus / "jobs" / JOB_NAME
    if not job_path.is_file():
        job_path = SAMPLE / "sample_job.txt"

    rows: list[str] = []
    if not args.no_window:
        shown, view, gui_peaks = gui_runs(args.runs)
        rows.append(_row("launch to window shown (fresh process)", shown, TARGETS["window"],
                         cpu_key="window"))
        rows.append(_row("GUI: inputs given to full view (cold)", view, None, cpu_key="gui-view"))
    walls, cli_peaks = cli_cold(job_path, args.runs)
    rows.append(_row("CLI analyze + all exports (cold process)", walls, None, cpu_key="cli"))

    t0 = time.perf_counter()
    from app.analysis.pipeline import analyze
    from app.export import render_cheatsheet_pdf, render_report_pdf, render_stories_docx
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    knowledge = load_knowledge()
    job = read_job(job_path, knowledge)
    imports = time.perf_counter() - t0
    first_analysis, first = _time(lambda: analyze(read_resume(resumes[0]), job, knowledge), 1,
                                  "first")  # the classifier model loads on first use
    render_cheatsheet_pdf(first, knowledge, "letter")  # template compile and font load, once
    render_report_pdf(first, knowledge, "letter")

    parse_t, analyse_t, cheat_t, report_t, docx_t = [], [], [], [], []
    for path in resumes:
        pt, resume = _time(lambda p=path: read_resume(p), args.repeat, "parse")
        at, report = _time(lambda r=resume: analyze(r, job, knowledge), args.repeat, "analyse")
        ct, _ = _time(lambda r=report: render_cheatsheet_pdf(r, knowledge, "letter"), 1, "cheat")
        rt, _ = _time(lambda r=report: render_report_pdf(r, knowledge, "letter"), 1, "report")
        dt, _ = _time(lambda r=report: render_stories_docx(r, knowledge), 1, "docx")
        parse_t.append(pt)
        analyse_t.append(at)
        cheat_t.append(ct)
        report_t.append(rt)
        docx_t.append(dt)
    rows += [
        _row("first analysis in a process (model load)", [first_analysis], None, cpu_key="first"),
        _row(f"parse per resume ({len(resumes)} files)", parse_t, TARGETS["parse"], cpu_key="parse"),
        _row("analyse (warm)", analyse_t, TARGETS["analyse"], cpu_key="analyse"),
        _row("cheat sheet export", cheat_t, TARGETS["cheatsheet"], cpu_key="cheat"),
        _row("full report export", report_t, TARGETS["report"], cpu_key="report"),
        _row("stories DOCX export", docx_t, None, cpu_key="docx"),
    ]
    if not args.no_window:
        rows.append(_row("peak memory: GUI with an analysis", gui_peaks, TARGETS["memory"], "MB"))
    rows.append(_row("peak memory: CLI analyze + exports", cli_peaks, TARGETS["memory"], "MB"))

    print(f"\nimports + knowledge + job: {imports:.3f} s. Seconds are wall-clock; 'CPU s' is the "
          "process's user+system time, which the machine's load does not inflate.")
    print("\n| measure | median | max | CPU s | target |\n|---|---|---|---|---|")
    print("\n".join(rows))

    print("\ngrowth with resume length (generated from the sample; seconds):")
    print("| pages | bullets | parse | analyse | cheat sheet | report |\n|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for pages in (1, 2, 5):
            pdf = Path(tmp) / f"resume_{pages}.pdf"
            got = make_resume_pdf(pages, pdf)
            pt, resume = _time(lambda p=pdf: read_resume(p), args.repeat)
            at, report = _time(lambda r=resume: analyze(r, job, knowledge), args.repeat)
            ct, _ = _time(lambda r=report: render_cheatsheet_pdf(r, knowledge, "letter"), 1)
            rt, _ = _time(lambda r=report: render_report_pdf(r, knowledge, "letter"), 1)
            print(f"| {got} | {len(resume.bullets)} | {pt:.3f} | {at:.3f} | {ct:.3f} | {rt:.3f} |")
    print(f"\npeak memory of this benchmark process (all {len(resumes)} resumes analysed and "
          f"exported): {_self_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
