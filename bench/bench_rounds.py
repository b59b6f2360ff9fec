"""`python bench/bench_rounds.py --before DIR [--rounds N] [--window]`: this tree against another
tree of the app and the floor, in interleaved rounds, in CPU seconds.

A speed change is measured against the tree it started from (e.g. `git archive BASE | tar -x
-C DIR`, with `shared` beside it for the corpus): each round runs the before tree's CLI, this
tree's, then the floor (a bare `import PySide6.QtWidgets, pymupdf, docx, jinja2`), so a
machine shared with other jobs loads all three alike. The CLI is `analyze` on the bundled
sample with every export; each child's CPU is user + system from `wait4`, waited-for
children (the reading worker) included. `--window`: the same for the window shown (a fresh
`python -m app` to its "shown" trace mark, its CPU at the mark) against a hello-world
window. Both trees run from bytecode with warm caches (one run of each first). Prints the
minimum and median of each column and the multiples of the floor; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_IMPORT = "import PySide6.QtWidgets, pymupdf, docx, jinja2"
HELLO_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
app.processEvents()
"""


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_TRACE="1",
               LOOPREADY_HOME=home, PYTHONPATH=".")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode is written once and then read
    return env


def _cpu(argv: list[str], cwd: Path, home: str, until: str = "") -> float:
    """CPU seconds of a child: at its `until` trace mark (then it is killed), else at exit."""
    proc = subprocess.Popen(argv, cwd=cwd, env=_env(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    mark = float("nan")
    for line in proc.stderr:
        parts = line.split()
        if until and line.startswith("loopready-trace ") and parts[1] == until and len(parts) > 3:
            mark = float(parts[3])
            proc.kill()
            break
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    if until:
        return mark
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed in {cwd}")
    return usage.ru_utime + usage.ru_stime


def _line(name: str, values: list[float]) -> str:
    return f"| {name} | {min(values):.3f} ({statistics.median(values):.3f}) |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/bench_rounds.py",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="the other tree of the app")
    parser.add_argument("--rounds", type=int, default=16)
    parser.add_argument("--window", action="store_true", help="the window shown, not the CLI")
    args = parser.parse_args(argv)
    trees = {"before": Path(args.before).resolve(), "now": ROOT}
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        sample = "app/resources/sample"
        cli = [py, "-m", "app", "analyze", f"{sample}/sample_resume.pdf",
               f"{sample}/sample_job.txt", "--json", f"{tmp}/r.json", "--report",
               f"{tmp}/r.pdf", "--cheatsheet", f"{tmp}/c.pdf", "--stories", f"{tmp}/s.docx"]

        def app_cpu(tree: Path) -> float:
            if args.window:
                return _cpu([py, "-m", "app"], tree, tmp, until="shown")
            return _cpu(cli, tree, tmp)

        def floor_cpu() -> float:
            return _cpu([py, "-c", HELLO_WINDOW if args.window else FLOOR_IMPORT], ROOT, tmp)

        for tree in trees.values():
            app_cpu(tree)  # bytecode and caches, as an installed app has them
        got: dict[str, list[float]] = {"before": [], "now": [], "floor": []}
        loads = []
        for _ in range(max(1, args.rounds)):
            loads.append(os.getloadavg()[0])
            got["before"].append(app_cpu(trees["before"]))
            got["now"].append(app_cpu(trees["now"]))
            got["floor"].append(floor_cpu())
    what = "window shown" if args.window else "CLI analyze with every export (sample)"
    print(f"{what}: CPU s, minimum (median) of {args.rounds} rounds, load "
          f"{min(loads):.1f}-{max(loads):.1f}\n")
    print("| | CPU s |\n|---|---|")
    for name, values in got.items():
        print(_line(name, values))
    floor, floor_median = min(got["floor"]), statistics.median(got["floor"])
    print(f"\nmultiple of the floor: before {min(got['before']) / floor:.2f}x -> now "
          f"{min(got['now']) / floor:.2f}x (minimums); "
          f"{statistics.median(got['before']) / floor_median:.2f}x -> "
          f"{statistics.median(got['now']) / floor_median:.2f}x (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
