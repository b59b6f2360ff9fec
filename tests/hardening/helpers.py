"""Shared helpers for the hardening suite: run the real CLI in a child process and measure it,
and build real input files (PDF, DOCX, TXT) on the fly. Nothing here is a stand-in for app code."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "app" / "resources" / "sample"
FONT = ROOT / "app" / "resources" / "fonts" / "DejaVuSans.ttf"


@dataclass(frozen=True)
class Run:
    """One finished child process: exit code, output, wall time and peak resident memory."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float  # the larger of own_mb and workers_mb (wait4's ru_maxrss where no /proc)
    timed_out: bool
    own_mb: float = 0.0  # the process's own peak (VmHWM, polled every 20 ms; Linux)
    workers_mb: float = 0.0  # the largest peak among its child processes (its reading workers)


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Child processes of `pid`, whichever of its threads started them (the window starts its
    readers from worker threads, and /proc lists a child under the thread that forked it)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                out.extend(int(x) for x in fh.read().split())
        except (OSError, ValueError):
            continue
    return out


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def run_measured(argv: list[str], timeout: float, stdin: bytes = b"", cwd: Path = ROOT,
                 env: dict[str, str] | None = None, feed: Iterable[bytes] | None = None,
                 stdout: IO | None = None, umask: int | None = None) -> Run:
    """Run argv and measure its peak memory and that of its children (the reading worker).

    The peaks are each process's VmHWM, polled every 20 ms from /proc. wait4's ru_maxrss is
    only the fallback: on Linux a child launched by vfork + exec starts with the launching
    process's own peak, so from a large test runner it says nothing about the child.

    `feed` streams chunks into a real pipe on standard input (the writer stops when the child
    closes it); `stdout` replaces the captured output (e.g. /dev/full); `umask` is set in the
    child. On timeout the child is killed and `timed_out` is set (the caller asserts on it)."""
    import tempfile
    import threading

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryFile() as inp:
        inp.write(stdin)
        inp.seek(0)
        start = time.perf_counter()
        preexec = (lambda: os.umask(umask)) if umask is not None else None  # noqa: E731
        proc = subprocess.Popen(argv, cwd=cwd, env=env or child_env(),
                                stdin=subprocess.PIPE if feed is not None else inp,
                                stdout=stdout or out, stderr=err, preexec_fn=preexec)
        if feed is not None:
            def pump() -> None:
                assert proc.stdin is not None
                try:
                    for chunk in feed:
                        proc.stdin.write(chunk)
                    proc.stdin.close()
                except (BrokenPipeError, OSError):
                    pass

            threading.Thread(target=pump, daemon=True).start()
        timed_out = False
        own = workers = 0
        while True:
            own = max(own, _hwm_kb(proc.pid))
            for child in _children(proc.pid):
                workers = max(workers, _hwm_kb(child))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                timed_out = True
                proc.send_signal(signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        out.seek(0)
        err.seek(0)
        peak = usage.ru_maxrss / (1048576 if sys.platform == "darwin" else 1024)
        if own:
            peak = max(own, workers) / 1024
        return Run(proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), seconds, peak, timed_out,
                   own / 1024, workers / 1024)


def run_cli(*args: str, timeout: float = 60, stdin: bytes = b"", **options) -> Run:  # noqa: ANN003
    """`python -m app ARGS` as a user runs it (options: see run_measured)."""
    return run_measured([sys.executable, "-m", "app", *args], timeout=timeout, stdin=stdin,
                        **options)


def assert_clean_refusal(run: Run, code: int = 3) -> str:
    """Exit `code`, exactly one line on stderr starting 'loopready: ', no traceback, no stdout."""
    assert not run.timed_out, f"hung for {run.seconds:.1f} s"
    assert run.returncode == code, (run.returncode, run.stderr[-2000:])
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and run.stderr.endswith("\n"), run.stderr
    assert lines[0].startswith("loopready: ") and len(lines[0]) > 30, lines[0]
    assert "unexpected error" not in lines[0], lines[0]
    assert run.stdout == ""
    return lines[0]


# ------------------------------------------------------------------ real input files

RESUME_EN = """Jordan Rivera
jordan.rivera@example.com | +1 555 0100 | Seattle, WA

EXPERIENCE
Machine Learning Engineer, Contoso Analytics, 2021 - Present
- Built a real-time fraud model in PyTorch serving 2 million requests per day
- Mentored 3 junior engineers on model evaluation and code review
- Cut training cost by 40% by moving feature pipelines to Spark on EMR

Software Engineer, Fabrikam, 2018 - 2021
- Designed a Python service for A/B experiment analysis used by 12 teams
- Debugged a training/serving skew and traced it to a stale feature

EDUCATION
M.S. Computer Science, University of Washington, 2018

SKILLS
Python, PyTorch, Spark, AWS SageMaker, Docker, SQL
"""


def text_pdf(path: Path, text: str, pages: int = 1, fontname: str = "F0",
             fontfile: Path | None = FONT) -> Path:
    """A real text PDF: `text` written line by line on each of `pages` pages."""
    import pymupdf

    doc = pymupdf.open()
    lines = text.splitlines()
    for _ in range(pages):
        page = doc.new_page()
        y = 60.0
        for line in lines:
            if y > page.rect.height - 50:
                break
            if fontfile is not None:
                page.insert_text((50, y), line, fontsize=10, fontname=fontname,
                                 fontfile=str(fontfile))
            else:
                page.insert_text((50, y), line, fontsize=10, fontname=fontname)
            y += 14
    doc.save(str(path), garbage=3, deflate=True)
    doc.close()
    return path


def docx_file(path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    """A real DOCX: (text, style) paragraphs, e.g. ('Built X', 'List Bullet')."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
    document.save(str(path))
    return path


def billion_laughs_docx(path: Path) -> Path:
    """A DOCX whose document.xml declares nested entities (XML bomb), 1 KB on disk."""
    src = docx_file(path.with_suffix(".src.docx"), [("Jordan Rivera", None),
                                                     ("Built models", "List Bullet")])
    ents = ['<!ENTITY e0 "lol lol lol lol lol lol lol lol lol lol">']
    for i in range(1, 10):
        ents.append(f'<!ENTITY e{i} "' + f"&e{i - 1};" * 10 + '">')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                decl_end = xml.index("?>") + 2
                xml = (xml[:decl_end] + "\n<!DOCTYPE w:document [" + "".join(ents) + "]>"
                       + xml[decl_end:])
                xml = xml.replace("Jordan Rivera", "Jordan Rivera &e9;", 1)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    src.unlink()
    return path


def norm(text: str) -> str:
    """Whitespace-insensitive, bullet-free form for 'is this text really in the input?'."""
    text = re.sub(r"[•\-–*]\s", " ", text)
    return re.sub(r"\s+", "", text).lower()
