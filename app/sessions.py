"""Sessions on disk: one readable JSON file per session, autosave, crash recovery, recent list.

Qt-free so the CLI (`analyze --session`) and the GUI share it. Every write is atomic
(app.atomic); loading never writes, so a damaged or too-new file never costs the user a
good copy. Plain JSON only: no pickle, no eval.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.atomic import pid_alive, write_text
from app.errors import SessionError
from app.paths import user_data_dir
from app.safe_text import escape_json_text, utf8_safe_tree

if TYPE_CHECKING:  # the models load with the first session, not with the window's start
    from app.models.report import Report
    from app.models.session import Session

FORMAT = "loopready-session"
EXTENSION = ".loopready.json"
MAX_BYTES = 20 * 1024 * 1024  # a real session is well under 1 MB
MAX_RECENT = 12
#: a STAR field holds at most this many characters (~3,000 words; a spoken answer is ~300):
#: editors take no more, and a session holding more is cut visibly when it is opened
MAX_STORY_FIELD_CHARS = 20_000
MAX_AUTOSAVES = 30
_MARKER = "running.json"


def now_iso() -> str:
    """The current UTC time as an ISO string (microseconds keep session ids distinct)."""
    return datetime.now(UTC).isoformat()


def session_title(report: Report) -> str:
    """'Jane Doe - Machine Learning Engineer' from what the reader found."""
    from app.display import display_name, display_title

    who = display_name(report.resume.name) or Path(report.resume.source.path).stem or "Resume"
    role = display_title(report.job.title) or "job description"
    if report.job.company.strip():
        role = f"{report.job.company.strip()} {role}"
    return f"{who} - {role}"


def new_session(report: Report, resume_path: str = "", job_path: str = "") -> Session:
    """A fresh session for a new analysis: no edits, no ticks."""
    from app.models.session import SCHEMA_VERSION, Session

    when = now_iso()
    return Session(
        schema=SCHEMA_VERSION,
        report=report,
        title=session_title(report),
        created_at=when,
        updated_at=when,
        resume_path=str(resume_path or ""),
        job_path=str(job_path or ""),
    )


def session_id(session: Session) -> str:
    """A stable id for a session (names its autosave file): derived from when and what."""
    key = f"{session.created_at}|{session.report.resume.source.path}|{session.title}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def session_to_json(session: Session) -> str:
    """The file text: {"format": "loopready-session", "schema": 2, ...}, stable key order."""
    data: dict[str, Any] = {"format": FORMAT, "app_version": __version__}
    data.update(session.to_dict())
    # a file name that is not valid UTF-8 (a lone surrogate) is kept as a \\udcXX escape, so
    # the file is always writable and the name reads back the same
    return escape_json_text(json.dumps(data, ensure_ascii=False, indent=1)) + "\n"


def save_session(session: Session, path: str | os.PathLike[str]) -> None:
    """Write the session atomically: the old file stays whole until the new one is complete."""
    try:
        write_text(path, session_to_json(session))
    except OSError as exc:
        raise SessionError(
            f"Could not save the session to {path}: {exc.strerror or exc}. "
            "Choose another folder or free some disk space."
        ) from exc


def _reject_constant(name: str) -> float:
    """NaN and Infinity are not JSON: a session holding them was not written by LoopReady."""
    raise ValueError(f"non-standard JSON constant {name}")


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read and check a session file; any problem becomes a SessionError that says what to do."""
    from app.models.session import SCHEMA_VERSION, Session

    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise SessionError(f"The session file {name} was not found. It may have been moved or deleted.") from None
    except OSError as exc:
        raise SessionError(f"Could not open {name}: {exc.strerror or exc}.") from exc
    if not p.is_file():
        raise SessionError(f"{name} is not a file. Choose a .loopready.json session file.")
    if size > MAX_BYTES:
        raise SessionError(
            f"{name} is {size // (1024 * 1024)} MB, too large to be a LoopReady session "
            f"(limit {MAX_BYTES // (1024 * 1024)} MB). Choose the .loopready.json file LoopReady saved."
        )
    try:
        raw = p.read_bytes()
        # utf-8-sig: editors such as Notepad re-save with a byte-order mark.
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_reject_constant)
    except OSError as exc:
        raise SessionError(f"Could not read {name}: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SessionError(
            f"{name} is damaged (not valid JSON) and cannot be opened. Your other sessions are safe; "
            "try the autosaved copy from the start screen's recent list."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"{name} is not a LoopReady session file. Choose a .loopready.json file saved by LoopReady.")
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise SessionError(f"{name} has no valid schema version, so it cannot be opened safely.")
    if schema > SCHEMA_VERSION:
        raise SessionError(
            f"{name} was saved by a newer LoopReady (session format {schema}). "
            "Update LoopReady to open it; the file has not been changed."
        )
    try:
        # text is made writable where it enters (a "\\ud800" escape gives a lone surrogate that
        # no save could write); the input file paths are kept as they are, to reopen them
        paths = {k: data.get(k) for k in ("resume_path", "job_path")}
        data = utf8_safe_tree(data)
        data.update({k: v for k, v in paths.items() if k in data})
        # an older schema opens as the current one (schema 1 had no practice: none is kept)
        return replace(_cap_story_fields(Session.from_dict(data)), schema=SCHEMA_VERSION)
    except (TypeError, ValueError, KeyError, RecursionError) as exc:
        raise SessionError(f"{name} is damaged and cannot be opened ({exc}). The file has not been changed.") from None


def cap_story_field(text: str) -> str:
    """A story field within MAX_STORY_FIELD_CHARS; what is cut is said at the cut."""
    if len(text) <= MAX_STORY_FIELD_CHARS:
        return text
    note = f" […{len(text) - MAX_STORY_FIELD_CHARS:,} more characters were cut: a field holds {MAX_STORY_FIELD_CHARS:,}]"
    return text[: MAX_STORY_FIELD_CHARS - len(note)] + note


def _cap_story_fields(session: Session) -> Session:
    long = {sid: e for sid, e in session.story_edits.items()
            if any(len(t) > MAX_STORY_FIELD_CHARS for t in e.fields.values())}
    if not long:
        return session
    edits = dict(session.story_edits)
    for sid, edit in long.items():
        edits[sid] = replace(edit, fields={k: cap_story_field(v) for k, v in edit.fields.items()})
    return replace(session, story_edits=edits)


# ---------------------------------------------------------------- autosave and crash recovery


def autosave_dir() -> Path:
    return user_data_dir() / "autosave"


def autosave_path(session: Session) -> Path:
    """user_data_dir()/autosave/<session-id>.loopready.json"""
    return autosave_dir() / f"{session_id(session)}{EXTENSION}"


def autosave(session: Session) -> Path:
    """Save to the session's autosave file (atomic), keep the folder tidy, return the path."""
    path = autosave_path(session)
    save_session(session, path)
    _prune_autosaves(keep=path)
    return path


def _prune_autosaves(keep: Path) -> None:
    files = sorted(autosave_dir().glob(f"*{EXTENSION}"), key=_mtime, reverse=True)
    for old in files[MAX_AUTOSAVES:]:
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def latest_autosave() -> Path | None:
    files = sorted(autosave_dir().glob(f"*{EXTENSION}"), key=_mtime, reverse=True)
    return files[0] if files else None


def _pid_alive(pid: int) -> bool:
    # app.atomic.pid_alive never signals: on Windows os.kill(pid, 0) terminates the process
    return pid != os.getpid() and pid_alive(pid)


def unclean_exit_autosave() -> Path | None:
    """The autosave to offer after a crash or kill: the last run left its marker behind.

    Returns None after a clean exit, when another LoopReady is still running, or when the
    crashed run had nothing autosaved.
    """
    marker = user_data_dir() / _MARKER
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    pid = info.get("pid")
    if isinstance(pid, int) and _pid_alive(pid):
        return None
    last = info.get("autosave")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return None


def mark_running(autosave_file: Path | None = None) -> None:
    """Record that this process is running (and its latest autosave), cleared on clean exit."""
    data = {"pid": os.getpid(), "started_at": now_iso(), "autosave": str(autosave_file or "")}
    with contextlib.suppress(OSError):
        write_text(user_data_dir() / _MARKER, json.dumps(data))


def mark_clean_exit() -> None:
    """Remove the running marker: the next start offers no restore."""
    with contextlib.suppress(OSError):
        (user_data_dir() / _MARKER).unlink()


# ---------------------------------------------------------------- recent sessions


@dataclass(frozen=True)
class RecentSession:
    path: str
    title: str
    opened_at: str  # ISO timestamp


def _recent_file() -> Path:
    return user_data_dir() / "recent.json"


def recent_sessions() -> list[RecentSession]:
    """Sessions opened or saved lately, newest first; entries whose file is gone are skipped."""
    try:
        data = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out: list[RecentSession] = []
    if not isinstance(data, dict) or not isinstance(data.get("recent"), list):
        return out
    for item in data["recent"]:
        if not isinstance(item, dict):
            continue
        path, title, when = item.get("path"), item.get("title"), item.get("opened_at")
        if isinstance(path, str) and isinstance(title, str) and isinstance(when, str) and Path(path).is_file():
            out.append(RecentSession(path, title, when))
    return out


def add_recent(path: str | os.PathLike[str], title: str, when: str = "") -> None:
    """Put `path` at the top of the recent list (atomic write; a failure is not fatal)."""
    entry = RecentSession(str(Path(path).resolve()), title, when or now_iso())
    items = [entry] + [r for r in recent_sessions() if r.path != entry.path]
    payload = {"recent": [r.__dict__ for r in items[:MAX_RECENT]]}
    with contextlib.suppress(OSError):
        write_text(_recent_file(), escape_json_text(json.dumps(payload, ensure_ascii=False, indent=1)))


def remove_recent(path: str | os.PathLike[str]) -> None:
    target = str(Path(path).resolve())
    items = [r for r in recent_sessions() if r.path != target]
    with contextlib.suppress(OSError):
        write_text(_recent_file(), escape_json_text(json.dumps({"recent": [r.__dict__ for r in items]},
                                                               ensure_ascii=False, indent=1)))


def relative_time(iso: str, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '3 hours ago', '2 days ago' for the recent list."""
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    seconds = max(0.0, ((now or datetime.now(UTC)) - then).total_seconds())
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        hours = int(seconds // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    days = int(seconds // 86400)
    if days < 60:
        return f"{days} day{'s' if days != 1 else ''} ago"
    return then.strftime("%d %b %Y")


def touch(session: Session) -> Session:
    """The session with updated_at set to now."""
    return replace(session, updated_at=now_iso())
