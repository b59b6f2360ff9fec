"""`python -m app rubric` and `analyze --interview-date`, as real child processes: the JSON
contract, the same output twice, one line and exit 3 for bad input, the plan in the JSON, the
report and a calendar file read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from practice_helpers import ROOT, parse_ics, told_stories

from app.models.practice import CONTRACT_KEYS

SAMPLE = ROOT / "app" / "resources" / "sample"
RESUME, JOB = SAMPLE / "sample_resume.pdf", SAMPLE / "sample_job.txt"


def app(*args: str, stdin: bytes | None = None, cwd: Path = ROOT,
        timeout: float = 180) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=timeout)


def one_line(err: bytes) -> str:
    text = err.decode("utf-8")
    assert text.endswith("\n") and text.count("\n") == 1, text
    assert "Traceback" not in text
    return text


def test_rubric_prints_exactly_the_contract(tmp_path: Path) -> None:
    story = next(r for r in told_stories("held", "strong"))
    path = tmp_path / "answer.txt"
    path.write_text(story["text"], encoding="utf-8")
    run = app("rubric", str(path), "--question", story["question"])
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert tuple(data) == CONTRACT_KEYS
    assert data["parts"] == {"situation": True, "task": True, "action": True, "result": True}
    assert data["has_number_result"] is True and data["score"] >= 80
    assert run.stderr == b""
    again = app("rubric", str(path), "--question", story["question"])
    assert again.stdout == run.stdout  # deterministic


def test_rubric_reads_standard_input_in_any_encoding() -> None:
    vague = next(r for r in told_stories("held", "vague"))
    strong = next(r for r in told_stories("held", "strong"))
    a = json.loads(app("rubric", "-", stdin=strong["text"].encode("utf-16")).stdout)
    b = json.loads(app("rubric", stdin=vague["text"].encode("utf-8")).stdout)
    assert a["score"] - b["score"] >= 30
    assert b["i_share"] == 0.0 and b["has_number_result"] is False and b["advice"]


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_bytes(b"   \n\t  \n"), "is empty"),
    (lambda p: p.write_bytes(bytes(range(256)) * 20), "not plain text"),
    (lambda p: p.write_bytes((SAMPLE / "sample_resume.pdf").read_bytes()), "not plain text"),
    (lambda p: p.write_bytes(b"I fixed it. " * 100_000), "larger than 1 MB"),
])
def test_bad_input_exits_3_with_one_line(tmp_path: Path, make, says: str) -> None:  # noqa: ANN001
    path = tmp_path / "answer.txt"
    make(path)
    run = app("rubric", str(path))
    assert run.returncode == 3
    assert run.stdout == b""
    assert says in one_line(run.stderr)


def test_bad_input_on_standard_input_and_missing_files(tmp_path: Path) -> None:
    run = app("rubric", "-", stdin=b"")
    assert run.returncode == 3 and "empty" in one_line(run.stderr)
    run = app("rubric", "-", stdin=b"\x00\x01\x02\xff" * 1000)
    assert run.returncode == 3 and "not plain text" in one_line(run.stderr)
    run = app("rubric", "-", stdin=b"x" * 1_000_001)
    assert run.returncode == 3 and "1 MB" in one_line(run.stderr)
    run = app("rubric", str(tmp_path / "nowhere.txt"))
    assert run.returncode == 3 and "No such file" in one_line(run.stderr)
    run = app("rubric", str(tmp_path))  # a folder
    assert run.returncode == 3
    one_line(run.stderr)


def test_an_unknown_question_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("I fixed the bug.", encoding="utf-8")
    run = app("rubric", str(path), "--question", "no-such-question")
    assert run.returncode == 2 and "no question has the id" in one_line(run.stderr)


def test_analyze_fills_the_plan_only_with_an_interview_date(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    ics = tmp_path / "plan.ics"
    report = tmp_path / "report.pdf"
    run = app("analyze", str(RESUME), str(JOB), "--interview-date", "2026-12-10", "--today",
              "2026-12-01", "--hours", "1.5", "--json", str(out), "--ics", str(ics),
              "--report", str(report))
    assert run.returncode == 0, run.stderr
    assert "the calendar plan to" in run.stderr.decode()
    data = json.loads(out.read_text(encoding="utf-8"))
    schedule = data["schedule"]
    assert [d["date"] for d in schedule][0] == "2026-12-01" and schedule[-1]["date"] == "2026-12-09"
    for day in schedule:
        assert set(day) == {"date", "focus", "tasks"} and day["focus"]
        for task in day["tasks"]:
            assert set(task) == {"kind", "text", "minutes", "ref"}
    assert any(t["kind"] == "cheatsheet" for t in schedule[-1]["tasks"])
    _, events = parse_ics(ics.read_bytes())
    assert len(events) == len(schedule) + 1
    import pymupdf

    with pymupdf.open(report) as doc:
        text = "".join(page.get_text() for page in doc)
        toc = [title for _lvl, title, _page in doc.get_toc()]
    assert "Your plan, day by day" in text and "Your plan, day by day" in toc
    assert schedule[0]["tasks"][0]["text"][:30] in " ".join(text.split())
    plain = app("analyze", str(RESUME), str(JOB), "--json", "-")
    assert plain.returncode == 0 and json.loads(plain.stdout)["schedule"] == []  # no date


@pytest.mark.parametrize(("args", "says"), [
    (("--interview-date", "10/12/2026"), "write it as YYYY-MM-DD"),
    (("--interview-date", "2026-11-01", "--today", "2026-12-01"), "is not after today"),
    (("--interview-date", "2026-12-10", "--hours", "40"), "Hours a day"),
    (("--ics", "plan.ics"), "--ics needs the interview date"),
])
def test_analyze_plan_errors_exit_3_with_one_line(tmp_path: Path, args, says: str) -> None:  # noqa: ANN001
    run = app("analyze", str(RESUME), str(JOB), "--json", str(tmp_path / "o.json"), *args,
              cwd=tmp_path)
    assert run.returncode == 3
    assert says in one_line(run.stderr)


def test_analyze_session_uses_its_own_date_and_tries(tmp_path: Path) -> None:
    from datetime import datetime

    from practice_helpers import SCHEMA1_SESSION

    from app import sessions
    from app.models.practice import InterviewPlan
    from app.practice.clock import FixedClock
    from app.workflow import Workflow

    workflow = Workflow(clock=FixedClock(datetime(2026, 12, 1, 9, 0)))
    session = sessions.load_session(SCHEMA1_SESSION)
    q = session.report.questions[0]
    session = workflow.practice(session, q.id, "We fixed it.", 20)
    session = session.with_plan(InterviewPlan("2026-12-09", 1.0))
    path = tmp_path / "mine.loopready.json"
    sessions.save_session(session, path)
    run = app("analyze", "--session", str(path), "--today", "2026-12-01", "--json", "-")
    assert run.returncode == 0, run.stderr
    schedule = json.loads(run.stdout)["schedule"]
    assert [d["date"] for d in schedule] == [f"2026-12-0{i}" for i in range(1, 9)]
    retry = [d["date"] for d in schedule for t in d["tasks"]
             if t["ref"] == q.id and t["kind"] == "rehearse"]
    assert retry[0] == "2026-12-03"  # its miss on the 1st, from the session's own tries
