"""The plan as an iCalendar file (RFC 5545), written here with no library: one all-day event per
day of the plan, holding that day's tasks, and the interview day itself. Any calendar opens it;
nothing is fetched or sent.

RFC 5545 details kept: CRLF line ends; content lines folded at 75 octets (never inside a UTF-8
character) with a leading space on each continuation; TEXT values escaped (backslash, semicolon,
comma, newline); all-day dates as DATE values with DTEND the next day; a stable UID per day, so
importing the plan again updates the days instead of doubling them; DTSTAMP in UTC.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from app.models.practice import ScheduleDay

__all__ = ["PRODID", "calendar_text", "escape_text", "fold"]

PRODID = "-//LoopReady//Interview prep plan//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LIMIT = 75  # octets per line, without the CRLF


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped."""
    value = _CONTROL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """One content line folded at 75 octets (3.1), each continuation led by a space; a
    multi-byte character is never split."""
    out: list[str] = []
    current, size = "", 0
    limit = LIMIT
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1
            limit = LIMIT
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _date(d: date) -> str:
    return d.strftime("%Y%m%d")


def _uid(key: str, day: str) -> str:
    digest = hashlib.sha1(f"{key}|{day}".encode()).hexdigest()[:16]
    return f"{day}-{digest}@loopready.local"


def calendar_text(days: Sequence[ScheduleDay], title: str, stamp: datetime,
                  interview_date: str = "", key: str = "") -> str:
    """The .ics text for the plan's `days` ("title": whose plan, for which posting). `stamp`:
    when it is made (DTSTAMP); `key` makes the events' UIDs stable for one session."""
    stamp_utc = (stamp if stamp.tzinfo else stamp.astimezone()).astimezone(UTC)
    dtstamp = stamp_utc.strftime("%Y%m%dT%H%M%SZ")
    key = key or title
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(f'Interview prep: {title}')}"]
    for day in days:
        start = date.fromisoformat(day.date)
        minutes = sum(t.minutes for t in day.tasks)
        body = "\n".join(f"- {t.text} ({t.minutes} min)" for t in day.tasks)
        if minutes:
            body += f"\n\nAbout {minutes} minutes in all. Open LoopReady to practise."
        lines += [
            "BEGIN:VEVENT", f"UID:{_uid(key, day.date)}", f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{_date(start)}",
            f"DTEND;VALUE=DATE:{_date(start + timedelta(days=1))}",
            f"SUMMARY:{escape_text(f'Prep: {day.focus}')}",
            f"DESCRIPTION:{escape_text(body or day.focus)}",
            "TRANSP:TRANSPARENT", "END:VEVENT"]
    if interview_date:
        d = date.fromisoformat(interview_date)
        lines += [
            "BEGIN:VEVENT", f"UID:{_uid(key, 'interview')}", f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{_date(d)}", f"DTEND;VALUE=DATE:{_date(d + timedelta(days=1))}",
            f"SUMMARY:{escape_text(f'Interview: {title}')}",
            f"DESCRIPTION:{escape_text('Good luck. Lead with the result, say I for your part.')}",
            "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
