"""What the reader extracts from a resume. Plain frozen dataclasses; `to_dict()` is the
`python -m app parse` JSON contract (add keys freely, rename none)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from app.models import serde

SECTION_KINDS = ("experience", "education", "skills", "projects", "summary", "other")


def bullet_id(text: str) -> str:
    """Stable id for a bullet: a short hash of its normalised text."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return "b" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class SourceInfo:
    path: str
    type: str  # "pdf" | "docx" | "txt"
    pages: int | None = None


@dataclass(frozen=True)
class Section:
    title: str
    kind: str  # one of SECTION_KINDS


@dataclass(frozen=True)
class Role:
    title: str
    organization: str
    dates: str
    section: str  # title of the section it sits in
    # what the dates mean, in one form whatever the language ('2021-04/present', '2019/2021',
    # '2020-01/2022-03'); '' when they cannot be read (app.reading.dates.period_of)
    period: str = ""


@dataclass(frozen=True)
class Bullet:
    id: str
    text: str
    section: str
    role: int | None = None  # index into Resume.roles
    page: int | None = None  # 1-based
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Resume:
    source: SourceInfo
    sections: tuple[Section, ...] = ()
    roles: tuple[Role, ...] = ()
    bullets: tuple[Bullet, ...] = ()
    skills: tuple[str, ...] = ()
    name: str = ""
    text: str = ""  # the whole text in reading order (shown for DOCX/TXT, stored in sessions)
    # what the reader was unsure about, in plain words that say what to check (may be empty)
    warnings: tuple[str, ...] = ()
    document_date: str = ""  # the file's own date, ISO "YYYY-MM-DD" (PDF metadata, DOCX properties)
    printed_date: str = ""  # a full date printed in a page header/footer (ISO), '' if none

    def to_dict(self) -> dict[str, Any]:
        return serde.to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Resume:
        return serde.from_dict(cls, data)

    def bullet(self, bid: str) -> Bullet | None:
        return next((b for b in self.bullets if b.id == bid), None)


@dataclass(frozen=True)
class Requirement:
    id: str  # stable: "r" + hash of normalised text
    text: str
    kind: str  # "responsibility" | "basic" | "preferred"
    skills: tuple[str, ...] = ()  # canonical skill names from the taxonomy
    years: float | None = None  # "3+ years of ..." -> 3.0


@dataclass(frozen=True)
class JobDescription:
    source: SourceInfo
    title: str = ""
    company: str = ""
    level_hints: dict[str, Any] = field(default_factory=dict)  # {"years_min", "level", "terms": [...]}
    requirements: tuple[Requirement, ...] = ()
    skills: tuple[str, ...] = ()  # every canonical skill the posting mentions
    text: str = ""
    team: str = ""  # the team the title line names ("Personalization Ranking"), '' if none
    pay: str = ""  # the pay range the posting states, as written; a fact, never a requirement
    # the posting's own words: its description, duties and requirements, without the sections
    # about the company, pay, benefits and legal text ('' for postings read before it existed)
    body: str = ""
    # what the reader was unsure about, in plain words that say what to check (may be empty)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return serde.to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobDescription:
        return serde.from_dict(cls, data)
