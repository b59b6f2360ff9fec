"""Sessions on disk: exact round trip, schema checks, atomic autosave under SIGKILL, recovery."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import sessions
from app.errors import SessionError
from app.models.report import (
    BulletEvidence,
    ChecklistItem,
    FitScore,
    PrincipleRating,
    Reason,
    Report,
    RequirementMatch,
    StoryDraft,
)
from app.models.resume import Bullet, JobDescription, Requirement, Resume, SourceInfo, bullet_id
from app.models.session import SCHEMA_VERSION, Session

ROOT = Path(__file__).resolve().parent.parent


def make_report(n_stories: int = 2, filler: int = 0) -> Report:
    """A small but complete Report built from the shared dataclasses (no analysis needed)."""
    texts = ["Mentored 3 interns who shipped a ranking model to production",
             "Cut p99 inference latency from 120 ms to 40 ms by moving to batched GPU serving"]
    texts += [f"Line {i} of a long resume about feature pipelines and monitoring" for i in range(filler)]
    bullets = tuple(Bullet(bullet_id(t), t, "Experience", 0, 1, (72.0, 100.0 + 14 * i, 540.0, 112.0 + 14 * i))
                    for i, t in enumerate(texts))
    resume = Resume(SourceInfo("/tmp/jane.pdf", "pdf", 1), bullets=bullets, name="Jane Roe",
                    text="\n".join(texts), skills=("Python", "PyTorch"))
    req = Requirement("r1", "3+ years of Python", "basic", ("Python",), 3.0)
    job = JobDescription(SourceInfo("-", "txt"), title="Machine Learning Engineer", company="Amazon",
                         requirements=(req,), text="Machine Learning Engineer\n3+ years of Python",
                         level_hints={"years_min": 3, "terms": ["II"]})
    stories = tuple(StoryDraft(f"s{i}", f"Story {i}", ("ownership",), (bullets[0].id,), "S", "T",
                               "[Add: what you did]", "R", ("What would you change?",))
                    for i in range(n_stories))
    return Report(
        resume=resume, job=job, role_pack="amazon-mle",
        principles=(PrincipleRating("ownership", "Ownership", "strong", (bullets[0].id,), 0.8, "2 bullets"),),
        bullet_principles={b.id: ["ownership"] for b in bullets},
        bullet_evidence=tuple(BulletEvidence(b.id, ("ownership",), {"ownership": 0.8}, "owns") for b in bullets),
        requirement_matches=(RequirementMatch("r1", True, (bullets[0].id,), ("Python",)),),
        fit=FitScore(72, 80, 65, 70, "L5", (Reason("skills", "Python matches", 10.0),), {"skills": 0.4}, 4.5),
        risks=(), questions=(), stories=stories, gap_scripts=(), questions_to_ask=(),
        checklist=(ChecklistItem("c1", "before", "Rehearse two stories aloud"),),
        technical_topics=(), numbers_to_remember=("120 ms -> 40 ms",),
    )


def edited_session() -> Session:
    s = sessions.new_session(make_report(), "/tmp/jane.pdf", "/tmp/job.txt")
    s = s.with_story_edit("s0", "action", "I rebuilt the “serving” path — alone ✓", sessions.now_iso())
    return s.with_tick("c1", True)


def test_round_trip_is_exact(tmp_path: Path) -> None:
    s = edited_session()
    path = tmp_path / f"jane{sessions.EXTENSION}"
    sessions.save_session(s, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "loopready-session" and data["schema"] == SCHEMA_VERSION
    back = sessions.load_session(path)
    assert back == s
    assert back.story("s0").action == "I rebuilt the “serving” path — alone ✓"
    assert back.ticks == {"c1": True}
    assert back.report.resume.bullets[0].bbox == s.report.resume.bullets[0].bbox
    assert back.effective_report().stories[0].action.startswith("I rebuilt")


def test_new_session_title_and_distinct_ids() -> None:
    a = sessions.new_session(make_report())
    b = sessions.new_session(make_report())
    assert a.title == "Jane Roe - Amazon Machine Learning Engineer"
    assert sessions.session_id(a) != sessions.session_id(b)
    assert sessions.autosave_path(a).parent == sessions.autosave_dir()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"{not json", "damaged"),
        (b"\xff\xfe\x00garbage", "damaged"),
        (b"[1, 2, 3]", "not a LoopReady session"),
        (json.dumps({"format": "something-else", "schema": 1}).encode(), "not a LoopReady session"),
        (json.dumps({"format": "loopready-session", "schema": 99}).encode(), "newer LoopReady"),
        (json.dumps({"format": "loopready-session", "schema": "1"}).encode(), "schema"),
        (json.dumps({"format": "loopready-session", "schema": 1, "report": 5}).encode(), "damaged"),
    ],
)
def test_bad_files_raise_session_error_and_stay_untouched(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / f"bad{sessions.EXTENSION}"
    path.write_bytes(content)
    with pytest.raises(SessionError) as info:
        sessions.load_session(path)
    assert needle in info.value.message
    assert path.read_bytes() == content  # never rewritten


def test_wrong_field_type_is_rejected(tmp_path: Path) -> None:
    data = json.loads(sessions.session_to_json(edited_session()))
    data["report"]["fit"]["overall"] = "seventy"
    path = tmp_path / f"typed{sessions.EXTENSION}"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match="damaged"):
        sessions.load_session(path)


def test_huge_and_missing_files(tmp_path: Path) -> None:
    huge = tmp_path / f"huge{sessions.EXTENSION}"
    with open(huge, "wb") as fh:
        fh.truncate(sessions.MAX_BYTES + 1)
    with pytest.raises(SessionError, match="too large"):
        sessions.load_session(huge)
    with pytest.raises(SessionError, match="not found"):
        sessions.load_session(tmp_path / "nope.loopready.json")


def test_save_failure_keeps_the_good_copy(tmp_path: Path) -> None:
    good = tmp_path / f"good{sessions.EXTENSION}"
    sessions.save_session(edited_session(), good)
    before = good.read_bytes()
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x")
    with pytest.raises(SessionError, match="Could not save"):
        sessions.save_session(edited_session(), not_a_folder / "x.loopready.json")
    assert good.read_bytes() == before


def test_recent_list_and_relative_time(tmp_path: Path) -> None:
    a, b = tmp_path / "a.loopready.json", tmp_path / "b.loopready.json"
    s = edited_session()
    sessions.save_session(s, a)
    sessions.save_session(s, b)
    sessions.add_recent(a, "A")
    sessions.add_recent(b, "B")
    sessions.add_recent(a, "A again")
    assert [r.title for r in sessions.recent_sessions()] == ["A again", "B"]
    b.unlink()
    assert [r.title for r in sessions.recent_sessions()] == ["A again"]
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 1, 10, tzinfo=UTC)
    assert sessions.relative_time((now - timedelta(days=3)).isoformat(), now) == "3 days ago"
    assert sessions.relative_time((now - timedelta(minutes=5)).isoformat(), now) == "5 min ago"
    assert sessions.relative_time("garbage", now) == ""


def test_crash_marker_offers_the_last_autosave() -> None:
    s = edited_session()
    path = sessions.autosave(s)
    assert sessions.unclean_exit_autosave() is None  # no marker: nothing to offer
    sessions.mark_running(path)
    # our own pid counts as "not running another instance"; a dead pid means a crash
    marker = sessions.user_data_dir() / "running.json"
    info = json.loads(marker.read_text())
    info["pid"] = 2**22 + 12345  # no such process
    marker.write_text(json.dumps(info))
    assert sessions.unclean_exit_autosave() == path
    sessions.mark_clean_exit()
    assert sessions.unclean_exit_autosave() is None


_KILL_LOOP = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    sys.path.insert(0, {root!r})
    from test_sessions import make_report
    from app import sessions
    s = sessions.new_session(make_report(n_stories=8, filler=1500))
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
        s = s.with_story_edit("s0", "action", f"version {{i}}", "")
        sessions.save_session(s, {target!r})
    """
)


def test_sigkill_during_autosave_leaves_a_whole_file(tmp_path: Path) -> None:
    """Kill a process that saves in a tight loop: the file is always one complete version."""
    target = tmp_path / f"victim{sessions.EXTENSION}"
    sessions.save_session(sessions.new_session(make_report()).with_story_edit("s0", "action", "version 0"),
                          target)
    script = _KILL_LOOP.format(tests=str(ROOT / "tests"), root=str(ROOT), target=str(target))
    seen: set[str] = set()
    for delay in (0.05, 0.13, 0.21, 0.37, 0.52):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        session = sessions.load_session(target)  # never torn
        action = session.story("s0").action
        assert action.startswith("version ")
        seen.add(action)
    assert len(seen) >= 2, "the loop never saved: the test proved nothing"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert all(name.endswith(".tmp") for name in leftovers)  # only a killed writer's temp files
