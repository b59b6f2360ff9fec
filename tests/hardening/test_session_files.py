"""Hostile and damaged session files: a clear SessionError (or a safe open), never code execution,
never a hang, and never a write to the file or to the user's good copy.

tests/test_sessions.py covers not-JSON, wrong format, newer schema, a wrong field type, a huge
file and a missing file in-process; these add pickle payloads, NaN/Infinity, deep nesting,
special files, sessions whose inputs are gone, and the same files through the CLI."""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

from app import sessions
from app.errors import SessionError

from .helpers import assert_clean_refusal, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from report_factory import make_report  # noqa: E402  (the export engineer's in-code Report)


class _Boom:
    """Unpickling this would create a file: proof that pickle was used."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (self.marker, "w"))


def _good() -> dict[str, Any]:
    session = sessions.new_session(make_report(), "/tmp/r.pdf", "/tmp/j.txt")
    return json.loads(sessions.session_to_json(session))


def _hostile(tmp: Path) -> dict[str, bytes]:
    marker = str(tmp / "PWNED")
    good = _good()
    nan = json.loads(json.dumps(good))
    nan["report"]["fit"]["weights"] = {"skills": float("nan"), "experience": float("inf")}
    nan["report"]["principles"][0]["score"] = float("-inf")
    wrong = json.loads(json.dumps(good))
    wrong["report"]["stories"] = {"not": "a list"}
    edits = json.loads(json.dumps(good))
    edits["story_edits"] = {"x": {"story_id": "x", "fields": {"action": ["not", "text"]}}}
    return {
        "raw pickle": pickle.dumps(_Boom(marker)),
        "pickle inside JSON": json.dumps({**good, "report": {"py/reduce": [{"py/type": "os.system"},
                                                                          {"py/tuple": ["id"]}]},
                                          "payload": pickle.dumps(_Boom(marker)).hex()}).encode(),
        "jsonpickle-style object": json.dumps({"format": "loopready-session", "schema": 1,
                                               "py/object": "os.system", "report": {
                                                   "py/object": "subprocess.Popen"}}).encode(),
        "deep nesting": b'{"format": "loopready-session", "schema": 1, "report": '
                        + b"[" * 200_000 + b"]" * 200_000 + b"}",
        "NaN and Infinity": json.dumps(nan).encode(),
        "stories not a list": json.dumps(wrong).encode(),
        "edit fields not text": json.dumps(edits).encode(),
        "schema as float": json.dumps({**good, "schema": 1.0}).encode(),
        "schema far future": json.dumps({**good, "schema": 10**40}).encode(),
        "utf-16 text": json.dumps(good).encode("utf-16"),
        "truncated": json.dumps(good).encode()[:-200],
        "empty": b"",
        "only null": b"null",
    }


CASES = sorted(_hostile(Path("/x")))


@pytest.mark.parametrize("case", CASES)
def test_hostile_session_is_refused_or_safe(tmp_path: Path, case: str) -> None:
    content = _hostile(tmp_path)[case]
    path = tmp_path / f"evil{sessions.EXTENSION}"
    path.write_bytes(content)
    try:
        session = sessions.load_session(path)
    except SessionError as exc:
        assert exc.message and "\n" not in exc.message and len(exc.message) < 400
    else:
        # accepted: it must then be usable end to end without surprises
        report = session.effective_report()
        json.dumps(session.to_dict(), allow_nan=False)  # a reopened session saves as strict JSON
        assert report.stories is not None
    assert not (tmp_path / "PWNED").exists(), "a pickle payload ran"
    assert path.read_bytes() == content


@pytest.mark.parametrize("case", ["raw pickle", "deep nesting", "NaN and Infinity", "truncated"])
def test_cli_refuses_hostile_session_in_one_line_and_keeps_the_good_copy(tmp_path: Path, case: str) -> None:
    good = sessions.new_session(make_report())
    autosaved = sessions.autosave(good)  # the user's good copy, in LOOPREADY_HOME
    before = autosaved.read_bytes()
    content = _hostile(tmp_path)[case]
    path = tmp_path / f"evil{sessions.EXTENSION}"
    path.write_bytes(content)
    out = tmp_path / "out.pdf"
    run = run_cli("analyze", "--session", str(path), "--cheatsheet", str(out), timeout=120)
    assert not run.timed_out and "Traceback" not in run.stderr
    if run.returncode != 0:
        assert_clean_refusal(run, code=5)
        assert not out.exists()
    assert path.read_bytes() == content
    assert autosaved.read_bytes() == before
    assert not (tmp_path / "PWNED").exists()


def test_nan_and_infinity_are_refused(tmp_path: Path) -> None:
    path = tmp_path / f"nan{sessions.EXTENSION}"
    path.write_bytes(_hostile(tmp_path)["NaN and Infinity"])
    with pytest.raises(SessionError):
        sessions.load_session(path)


def test_session_with_a_byte_order_mark_opens(tmp_path: Path) -> None:
    good = sessions.new_session(make_report())
    path = tmp_path / f"bom{sessions.EXTENSION}"
    path.write_bytes(b"\xef\xbb\xbf" + sessions.session_to_json(good).encode("utf-8"))
    assert sessions.load_session(path) == good


def test_special_files_do_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / f"pipe{sessions.EXTENSION}"
    os.mkfifo(fifo)
    folder = tmp_path / f"folder{sessions.EXTENSION}"
    folder.mkdir()
    link = tmp_path / f"zero{sessions.EXTENSION}"
    link.symlink_to("/dev/zero")
    loop = tmp_path / f"loop{sessions.EXTENSION}"
    loop.symlink_to(loop)
    for path in (fifo, folder, link, loop):
        with pytest.raises(SessionError):
            sessions.load_session(path)


def test_session_whose_input_files_are_gone_still_exports(tmp_path: Path) -> None:
    report = make_report()
    session = sessions.new_session(report, str(tmp_path / "moved" / "resume.pdf"),
                                   str(tmp_path / "gone.txt"))
    session = session.with_story_edit(report.stories[0].id, "action", "My own words, kept")
    path = tmp_path / f"moved{sessions.EXTENSION}"
    sessions.save_session(session, path)
    before = path.read_bytes()
    out = tmp_path / "report.pdf"
    run = run_cli("analyze", "--session", str(path), "--report", str(out), timeout=120)
    assert run.returncode == 0, run.stderr
    import pymupdf

    with pymupdf.open(out) as doc:
        assert "My own words, kept" in " ".join(p.get_text() for p in doc).replace("\n", " ")
    assert path.read_bytes() == before


def test_huge_but_allowed_session_loads_quickly(tmp_path: Path) -> None:
    """A 15 MB session (under the 20 MB cap) of long text fields loads in bounded time."""
    import time

    data = _good()
    data["report"]["resume"]["text"] = "Built models. " * 1_000_000
    path = tmp_path / f"big{sessions.EXTENSION}"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert 10 * 1024 * 1024 < path.stat().st_size < sessions.MAX_BYTES
    start = time.perf_counter()
    session = sessions.load_session(path)
    assert time.perf_counter() - start < 10
    assert len(session.report.resume.text) == 14_000_000
