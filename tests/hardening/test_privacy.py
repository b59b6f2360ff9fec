"""Privacy: the whole CLI flow opens no socket, resolves no name, opens no URL and starts no
program, and writes nothing but the files the user asked for.

Each command runs in a child whose first act is `sys.addaudithook`: any network-ish event makes
it print the event and `os._exit(99)` at once, so no code path can catch and hide it. The GUI
flow has the same check in tests/views/test_process.py (a full offscreen session)."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

from .helpers import ROOT, SAMPLE, run_measured

RUNNER = textwrap.dedent(
    r"""
    import os, sys

    BANNED = ("socket.", "urllib.", "http.", "ssl.", "ftplib.", "smtplib.", "poplib.",
              "imaplib.", "nntplib.", "telnetlib.", "webbrowser.", "subprocess.", "os.system",
              "os.exec", "os.posix_spawn", "os.spawn", "os.startfile", "pty.spawn")

    def hook(event, args):
        if event.startswith(BANNED):
            os.write(2, f"BANNED EVENT {event} {args!r:.200}\n".encode())
            os._exit(99)

    sys.addaudithook(hook)
    sys.path.insert(0, sys.argv[1])
    sys.argv = ["loopready"] + sys.argv[2:]
    import runpy
    runpy.run_module("app", run_name="__main__", alter_sys=True)
    """
)


def _env(tmp: Path) -> dict[str, str]:
    home = tmp / "home"
    for sub in ("home", "data", "config", "cache", "loopready"):
        (tmp / sub).mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LOOPREADY_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_CACHE_HOME=str(tmp / "cache"), LOOPREADY_HOME=str(tmp / "loopready"),
               TMPDIR=str(tmp / "cache"), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return env


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_full_cli_flow_makes_no_network_event_and_writes_only_its_outputs(tmp_path: Path) -> None:
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    env = _env(tmp_path)
    before = _files(tmp_path)
    resume, job = SAMPLE / "sample_resume.pdf", SAMPLE / "sample_job.txt"
    steps = [
        ["parse", str(resume), "--out", str(work / "resume.json")],
        ["parse-jd", str(job), "--out", str(work / "job.json")],
        ["analyze", str(resume), str(job), "--json", str(work / "report.json"),
         "--report", str(work / "report.pdf"), "--cheatsheet", str(work / "cheat.pdf"),
         "--stories", str(work / "stories.docx"), "--paper", "a4"],
    ]
    for argv in steps:
        run = run_measured([sys.executable, str(runner), str(ROOT), *argv], timeout=300,
                           cwd=work, env=env)
        assert "BANNED EVENT" not in run.stderr, run.stderr
        assert run.returncode == 0, (argv[0], run.returncode, run.stderr[-2000:])

    # an export from a saved session (the user's edits) goes through the same guard
    from app import sessions
    from app.models.report import Report

    report = Report.from_dict(json.loads((work / "report.json").read_text(encoding="utf-8")))
    session = sessions.new_session(report, str(resume), str(job))
    saved = work / f"mine{sessions.EXTENSION}"
    sessions.save_session(session.with_story_edit(report.stories[0].id, "result", "Saved $1M"), saved)
    run = run_measured([sys.executable, str(runner), str(ROOT), "analyze", "--session", str(saved),
                        "--cheatsheet", str(work / "edited.pdf")], timeout=300, cwd=work, env=env)
    assert "BANNED EVENT" not in run.stderr, run.stderr
    assert run.returncode == 0, run.stderr[-2000:]

    created = _files(tmp_path) - before
    expected = {f"work/{n}" for n in ("resume.json", "job.json", "report.json", "report.pdf",
                                      "cheat.pdf", "stories.docx", "edited.pdf", saved.name)}
    assert created == expected, f"unexpected files: {sorted(created - expected)}"
    assert json.loads((work / "report.json").read_text(encoding="utf-8"))["stories"]


def test_the_guard_really_fires(tmp_path: Path) -> None:
    """The runner's hook is live: code that opens a socket dies with 99 before connecting."""
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER.replace('runpy.run_module("app", run_name="__main__", alter_sys=True)',
                                     "import socket\nsocket.getaddrinfo('localhost', 80)"),
                      encoding="utf-8")
    run = run_measured([sys.executable, str(runner), str(ROOT)], timeout=60, env=_env(tmp_path))
    assert run.returncode == 99 and "BANNED EVENT socket.getaddrinfo" in run.stderr
