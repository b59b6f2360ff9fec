"""Durability: SIGKILL at random moments while files are being written.

tests/test_sessions.py kills a save_session loop 5 times and tests/views/test_process.py kills
the running app; these add (1) 30 random kills of the atomic writer replacing a large file,
checked byte for byte (each version carries its own checksum), and (2) random kills of
`python -m app analyze --session ... --report` over an existing report: the PDF on disk is
always the old one or a complete new one."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from .helpers import ROOT, child_env

WRITER = textwrap.dedent(
    r"""
    import hashlib, os, sys
    sys.path.insert(0, {root!r})
    from app.atomic import write_bytes

    target = {target!r}
    body = os.urandom(256 * 1024) * 16  # 4 MB: the write takes long enough to be hit
    print("ready", flush=True)
    version = 0
    while True:
        version += 1
        payload = body[version % 1000:] + str(version).encode()
        head = f"v{{version}} {{hashlib.sha256(payload).hexdigest()}}\n".encode()
        write_bytes(target, head + payload)
        print(version, flush=True)
    """
)


def _check(path: Path) -> int:
    data = path.read_bytes()
    head, _, payload = data.partition(b"\n")
    version, digest = head.decode().split()
    assert hashlib.sha256(payload).hexdigest() == digest, "torn file: checksum mismatch"
    return int(version[1:])


def test_atomic_writer_survives_30_random_kills(tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    payload = b"original"
    target.write_bytes(f"v0 {hashlib.sha256(payload).hexdigest()}\n".encode() + payload)
    rng = random.Random(7)
    versions: list[int] = []
    script = WRITER.format(root=str(ROOT), target=str(target))
    for _ in range(30):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=child_env())
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        versions.append(_check(target))  # always a whole version, never a mix
    assert len(set(versions)) >= 3, f"the writer hardly ever finished a write: {versions}"
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(n.startswith(".big.bin.") and n.endswith(".tmp") for n in leftovers), leftovers


def test_killing_an_export_never_leaves_a_torn_pdf(tmp_path: Path) -> None:
    import pymupdf

    from app import sessions
    from app.models.report import Report

    sys.path.insert(0, str(ROOT / "tests" / "export"))
    from report_factory import make_report

    report: Report = make_report(long=True)
    saved = tmp_path / f"s{sessions.EXTENSION}"
    sessions.save_session(sessions.new_session(report), saved)
    out = tmp_path / "report.pdf"
    old = pymupdf.open()
    old.new_page().insert_text((72, 72), "the previous export")
    old.save(str(out))
    old_bytes = out.read_bytes()
    rng = random.Random(11)
    new_seen = False
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-m", "app", "analyze", "--session", str(saved),
                                 "--report", str(out)], cwd=ROOT, env=child_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        data = out.read_bytes()
        if data == old_bytes:
            continue
        new_seen = True
        with pymupdf.open(stream=data, filetype="pdf") as doc:  # a complete, valid PDF
            assert doc.page_count >= 2
            assert not doc.is_repaired
            assert report.resume.name in doc[0].get_text() or doc.page_count > 2
        old_bytes = data
    if not new_seen:  # the machine was too slow to finish once: let one run complete
        done = subprocess.run([sys.executable, "-m", "app", "analyze", "--session", str(saved),
                               "--report", str(out)], cwd=ROOT, env=child_env(), timeout=300,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        with pymupdf.open(out) as doc:
            assert doc.page_count >= 2
    assert json.loads(saved.read_text(encoding="utf-8"))["format"] == "loopready-session"
