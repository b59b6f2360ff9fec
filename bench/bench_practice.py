"""Practice timings: `python bench/bench_practice.py [--repeat N]` prints a table, asserts nothing.

The rubric of one told answer (our 48 told answers, and a 2,000-word answer), readiness and the
day-by-day plan for the bundled sample's session (9 and 60 days), the .ics text, and a
`python -m app rubric` child process end to end. The window scores a try on its UI thread, so
the rubric must stay well under a frame budget's worth of milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, max) seconds over `repeat` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), max(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from app import sessions
    from app.knowledge import load_knowledge
    from app.models.practice import InterviewPlan
    from app.practice.ics import calendar_text
    from app.practice.readiness import readiness
    from app.practice.rubric import question_context, score_answer
    from app.practice.schedule import build_schedule

    knowledge = load_knowledge()
    rules = knowledge.practice
    assert rules is not None
    rows = [json.loads(line) for line in (ROOT / "tests/data/practice/told_stories.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    contexts = [question_context(knowledge, r["question"]) for r in rows]
    long_answer = " ".join(r["text"] for r in rows if r["kind"] == "rambling") * 2
    session = sessions.load_session(ROOT / "tests/data/sessions/schema1_sample.loopready.json")
    session = session.with_plan(InterviewPlan("2026-12-10", 1.5))
    today = date(2026, 12, 1)
    plan = build_schedule(session, knowledge, today)
    results = {
        "rubric, one told answer (mean of 48)": timed(
            lambda: [score_answer(r["text"], rules, q) for r, q in zip(rows, contexts,
                                                                       strict=True)],
            args.repeat),
        f"rubric, one {len(long_answer.split())}-word answer": timed(
            lambda: score_answer(long_answer, rules), args.repeat),
        "readiness of the sample session": timed(lambda: readiness(session, knowledge),
                                                 args.repeat),
        "plan, 9 days": timed(lambda: build_schedule(session, knowledge, today), args.repeat),
        "plan, 60 days": timed(lambda: build_schedule(session, knowledge, today,
                                                      date(2027, 1, 30)), args.repeat),
        ".ics text, 9 days": timed(lambda: calendar_text(plan.days, "Sample", datetime.now()),
                                   args.repeat),
    }
    per_answer = results["rubric, one told answer (mean of 48)"]
    results["rubric, one told answer (mean of 48)"] = (per_answer[0] / len(rows),
                                                       per_answer[1] / len(rows))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    answer = rows[0]["text"].encode("utf-8")
    results["python -m app rubric (child process)"] = timed(
        lambda: subprocess.run([sys.executable, "-m", "app", "rubric", "-"], input=answer,
                               capture_output=True, cwd=ROOT, env=env, check=True),
        max(3, args.repeat // 5))
    print(f"{'step':45} {'median ms':>10} {'max ms':>10}")
    for name, (median, worst) in results.items():
        print(f"{name:45} {median * 1000:10.2f} {worst * 1000:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
