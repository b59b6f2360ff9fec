"""Shared test data for practice: our own told stories (tests/data/practice), transforms that
turn a strong answer into a weaker one (a generator of variants never seen in tuning), the
schema-1 session file, and a parser of .ics text written from RFC 5545 (not from our writer)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
STORIES = ROOT / "tests" / "data" / "practice" / "told_stories.jsonl"
SCHEMA1_SESSION = ROOT / "tests" / "data" / "sessions" / "schema1_sample.loopready.json"


def told_stories(split: str | None = None, kind: str | None = None) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if (split is None or r["split"] == split)
            and (kind is None or r["kind"] == kind)]


# ------------------------------------------------------------------ variants of a strong answer

_I_TO_WE = (("I'm", "we're"), ("I've", "we've"), ("I", "we"), ("me", "us"), ("my", "our"),
            ("My", "Our"), ("mine", "ours"), ("myself", "ourselves"))


def to_we(text: str) -> str:
    """The same answer told entirely as "we" (the speaker's part hidden)."""
    for old, new in _I_TO_WE:
        text = re.sub(rf"(?<![\w'’]){re.escape(old)}(?![\w'’])", new, text)
    return re.sub(r"(^|[.!?]\s+|\n)we\b", lambda m: m.group(1) + "We", text)


def without_result(text: str) -> str:
    """The answer stopped before its outcome: the Result part (or the last two sentences) cut."""
    cut = re.split(r"\*\*Result\*\*|\b(?:Result|R)\s*:", text)
    if len(cut) > 1:
        return cut[0].strip()
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(sentences[:-2])


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                "sixty", "hundred", "thousand", "million", "dozen", "half", "none")


def without_numbers(text: str) -> str:
    """The answer with every figure said vaguely ("some")."""
    text = re.sub(r"[$€£]?\d[\d,.]*\s?(%|percent|x\b|k\b|million|thousand)?", " some ", text)
    text = re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", "some", text, flags=re.IGNORECASE)
    return re.sub(r"\b(halved|doubled|tripled)\b", "changed", text)


def with_fillers(text: str) -> str:
    """The answer with a filler after every sentence's first word."""
    fillers = ("basically", "you know", "kind of", "um", "like,", "I mean")
    parts = re.split(r"(?<=[.!?])\s+", text)
    out = []
    for i, s in enumerate(parts):
        words = s.split(" ", 1)
        out.append(f"{words[0]} {fillers[i % len(fillers)]} {words[1]}" if len(words) == 2 else s)
    return " ".join(out)


def with_placeholder(text: str) -> str:
    return text + " [Add: how many customers it reached]"


def without_labels(text: str) -> str:
    return re.sub(r"(?:\*\*)?\b(Situation|Task|Action|Result|S|T|A|R)\b(?:\*\*)?\s*:\s*", "", text)


# ------------------------------------------------------------------ RFC 5545, read back


@dataclass
class Event:
    props: dict[str, tuple[dict[str, str], str]]

    def value(self, name: str) -> str:
        return self.props[name][1]


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def parse_ics(data: bytes) -> tuple[dict[str, str], list[Event]]:
    """Calendar properties and events, checking the RFC's line rules on the way: CRLF line
    ends, no content line over 75 octets, continuation lines led by one space or tab."""
    assert data.endswith(b"\r\n"), "the file must end with CRLF"
    raw_lines = data.split(b"\r\n")[:-1]
    for line in raw_lines:
        assert b"\n" not in line and b"\r" not in line, "bare LF or CR inside a line"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    logical: list[bytes] = []
    for line in raw_lines:
        if line[:1] in (b" ", b"\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    calendar: dict[str, str] = {}
    events: list[Event] = []
    stack: list[str] = []
    current: dict[str, tuple[dict[str, str], str]] | None = None
    for raw in logical:
        text = raw.decode("utf-8")  # folding never split a character, or this fails
        name_params, _, value = text.partition(":")
        name, *params = name_params.split(";")
        param = dict(p.split("=", 1) for p in params)
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
            continue
        if name == "END":
            assert stack and stack.pop() == value, f"END:{value} without its BEGIN"
            if value == "VEVENT" and current is not None:
                events.append(Event(current))
                current = None
            continue
        if current is not None:
            current[name] = (param, value)
        else:
            calendar[name] = value
    assert not stack, f"unclosed {stack}"
    return calendar, events
