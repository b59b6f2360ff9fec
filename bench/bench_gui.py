"""GUI timings: launch -> window shown, and drop -> full view (fresh processes, offscreen).

    .venv/bin/python bench/bench_gui.py [--runs 3]

Prints numbers; asserts nothing (targets: shown < 1.0 s, drop -> view < 1.5 s, longest
UI-thread stall < 100 ms).
"Drop -> view" is measured from the moment the inputs reach the window (right after it is
shown, as `python -m app RESUME JD` does) to the workspace shown, first imports included.
"Longest stall" is the largest gap between the beats of a 10 ms heartbeat timer on the UI
thread, from the moment the analysis result reaches the window until every page is filled
(and, separately, while each page is opened for the first time): the longest the window
could not repaint or answer input. `--root DIR` runs the stall measure on another checkout
(e.g. an older version, for before/after numbers).
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


def run_once(args: list[str], until: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_TRACE="1",
               LOOPREADY_HOME=tempfile.mkdtemp(prefix="loopready-bench-"))
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    marks: dict[str, float] = {}
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("loopready-trace "):
                _, event, when = line.split()[:3]
                marks[event] = float(when) - start
                if event == until:
                    break
    finally:
        proc.kill()
        proc.wait()
    return marks


def child_drop(delay: float, resume: Path, job: Path) -> None:
    """In a fresh process: show the window, let the warm-up finish, wait `delay` s more, drop
    `resume` and `job` on the zones and print the seconds until the workspace is filled."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.theme import Theme

    app = QApplication([])
    window = MainWindow(theme=Theme(app))
    shown = time.perf_counter()
    window.show()
    warmed = QEventLoop()
    window.runner.delivered.connect(lambda channel, _rid: channel == "warmup" and warmed.quit())
    QTimer.singleShot(180_000, warmed.quit)
    warmed.exec()  # the user is still choosing files while the warm-up runs
    warm_up_s = time.perf_counter() - shown
    loop = QEventLoop()
    QTimer.singleShot(int(delay * 1000), loop.quit)
    loop.exec()
    from app.views.trace import cpu_seconds

    done = QEventLoop()
    window.view_ready.connect(done.quit)
    start, cpu = time.perf_counter(), cpu_seconds()
    window.start.set_resume_path(str(resume))
    window.start.set_job_path(str(job))
    done.exec()  # printed: wall s, warm-up s, CPU s (this process and its reading worker)
    print(f"{time.perf_counter() - start:.3f} {warm_up_s:.3f} {cpu_seconds() - cpu:.3f}")
    window.close()


def child_stall(root: Path, resume: Path, job: Path) -> None:
    """In a fresh process: show the window, let the warm-up finish, run a 10 ms heartbeat,
    drop the sample and print: drop -> view (s), longest gap between beats from the result's
    arrival to all pages filled (ms), arrival -> all filled (s), longest gap while opening
    each page once (ms), longest gap while the analysis ran in its worker (ms)."""
    sys.path.insert(0, str(root))
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.theme import Theme

    app = QApplication([])
    window = MainWindow(theme=Theme(app))
    window.resize(1280, 800)
    window.show()
    warmed = QEventLoop()
    window.runner.delivered.connect(lambda channel, _rid: channel == "warmup" and warmed.quit())
    QTimer.singleShot(180_000, warmed.quit)
    warmed.exec()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    marks: dict[str, float] = {}
    arrived = getattr(window, "result_arrived", None)
    if arrived is not None:
        arrived.connect(lambda: marks.setdefault("arrived", time.perf_counter()))
    else:  # an older checkout without the signal: the slot that receives the result
        loaded = window._loaded

        def timed(*args: object) -> None:
            marks.setdefault("arrived", time.perf_counter())
            loaded(*args)

        window._loaded = timed
    done = QEventLoop()
    window.view_ready.connect(lambda: marks.setdefault("view", time.perf_counter()))
    filled = getattr(window, "pages_filled", window.view_ready)  # older: all built at once
    filled.connect(lambda: (marks.setdefault("filled", time.perf_counter()),
                            QTimer.singleShot(100, done.quit)))
    QTimer.singleShot(180_000, done.quit)
    heartbeat.start()
    start = time.perf_counter()
    window.start.set_resume_path(str(resume))
    window.start.set_job_path(str(job))
    done.exec()

    def longest(since: float, until: float) -> float:
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False) if b > since and a < until]
        return max(gaps, default=float("nan")) * 1000

    stall = longest(marks["arrived"], marks["filled"])
    opened = time.perf_counter()
    for index in range(window.workspace.pages.count()):
        window.go_to_page(index)
        pause = QEventLoop()
        QTimer.singleShot(120, pause.quit)
        pause.exec()
    print(f"{marks['view'] - start:.3f} {stall:.0f} {marks['filled'] - marks['arrived']:.3f} "
          f"{longest(opened, time.perf_counter()):.0f} {longest(start, marks['arrived']):.0f}")
    window.close()


SAMPLE = ROOT / "app" / "resources" / "sample"


def stall_runs(runs: int, root: Path, resume: Path = SAMPLE / "sample_resume.pdf",
               job: Path = SAMPLE / "sample_job.txt") -> list[list[float]]:
    rows = []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   LOOPREADY_HOME=tempfile.mkdtemp(prefix="loopready-bench-"))
        out = subprocess.run([sys.executable, __file__, "--child-stall", str(root),
                              "--resume", str(resume), "--job", str(job)], env=env,
                             cwd=root, capture_output=True, text=True, timeout=400)
        lines = out.stdout.strip().splitlines() if out.returncode == 0 else []
        rows.append([float(v) for v in lines[-1].split()] if lines else [float("nan")] * 5)
    return rows


def print_stalls(rows: list[list[float]], label: str = "") -> None:
    def col(i: int, fmt: str) -> str:
        values = [r[i] for r in rows]
        return (f"median {fmt.format(statistics.median(values))}  "
                f"(runs: {', '.join(fmt.format(v) for v in values)})")

    tag = f" [{label}]" if label else ""
    print(f"longest UI-thread stall, result -> all pages filled{tag}: {col(1, '{:.0f}')} ms"
          "  target < 100 ms")
    print(f"result -> all pages filled (idle-time){tag}: {col(2, '{:.2f}')} s")
    print(f"longest UI-thread stall opening each page once{tag}: {col(3, '{:.0f}')} ms")
    if all(len(r) > 4 for r in rows):
        print(f"longest UI-thread stall while the analysis runs (worker){tag}: "
              f"{col(4, '{:.0f}')} ms")
    print(f"drop -> view, warm, heartbeat running{tag}: {col(0, '{:.2f}')} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stall-only", action="store_true",
                        help="only the UI-thread stall measure")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="checkout to measure the stall on (default: this one)")
    parser.add_argument("--resume", type=Path, default=SAMPLE / "sample_resume.pdf",
                        help="resume for the stall measure (default: the bundled sample)")
    parser.add_argument("--job", type=Path, default=SAMPLE / "sample_job.txt",
                        help="job description for the stall measure")
    parser.add_argument("--child-drop", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-stall", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_drop is not None:
        child_drop(args.child_drop, args.resume.resolve(), args.job.resolve())
        return 0
    if args.child_stall is not None:
        child_stall(args.child_stall.resolve(), args.resume.resolve(), args.job.resolve())
        return 0
    if args.stall_only:
        label = " ".join(x for x in (
            "" if args.root.resolve() == ROOT else str(args.root),
            "" if args.resume.resolve() == SAMPLE / "sample_resume.pdf" else args.resume.name)
            if x)
        print_stalls(stall_runs(args.runs, args.root.resolve(), args.resume.resolve(),
                                args.job.resolve()), label)
        return 0
    sample = ROOT / "app" / "resources" / "sample"
    shown: list[float] = []
    for _ in range(args.runs):
        shown.append(run_once([], "shown").get("shown", float("nan")))
    full: list[tuple[float, float]] = []
    for _ in range(args.runs):
        marks = run_once([str(sample / "sample_resume.pdf"), str(sample / "sample_job.txt")], "view-ready")
        full.append((marks.get("shown", float("nan")), marks.get("view-ready", float("nan"))))
    print(f"launch -> window shown      : median {statistics.median(shown):.2f} s  "
          f"(runs: {', '.join(f'{v:.2f}' for v in shown)})  target < 1.0 s")
    drop = [v - s for s, v in full]
    print(f"drop -> full view (cold)    : median {statistics.median(drop):.2f} s  "
          f"(runs: {', '.join(f'{v:.2f}' for v in drop)})  target < 1.5 s")
    print(f"launch -> full view (cold)  : median {statistics.median(v for _, v in full):.2f} s")
    warm: list[float] = []
    for _ in range(args.runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   LOOPREADY_HOME=tempfile.mkdtemp(prefix="loopready-bench-"))
        out = subprocess.run([sys.executable, __file__, "--child-drop", "0.5"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=400)
        fields = out.stdout.strip().splitlines()[-1].split() if out.returncode == 0 else ["nan", "nan"]
        warm.append((float(fields[0]), float(fields[1])))
    print(f"background warm-up after show: median {statistics.median(w for _, w in warm):.2f} s")
    print(f"drop -> full view (after warm-up): median {statistics.median(d for d, _ in warm):.2f} s  "
          f"(runs: {', '.join(f'{d:.2f}' for d, _ in warm)})  target < 1.5 s")
    print_stalls(stall_runs(args.runs, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
