"""A session: the inputs, the analysis and the user's edits as an overlay.

The Report is never mutated: edits live in `StoryEdit`s and ticks, and `effective_report()`
applies them. Saved as one readable JSON file with a schema version (see app.sessions). Schema 2 adds
practice: every try at a question (`attempts`) and the interview date (`plan`); a schema-1 file
opens with none of either.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from app.models import serde
from app.models.practice import STAR_PARTS, InterviewPlan, PracticeAttempt
from app.models.report import PLACEHOLDER_PREFIX, Report, StoryDraft

SCHEMA_VERSION = 2
STORY_FIELDS = ("title", "situation", "task", "action", "result")


@dataclass(frozen=True)
class StoryEdit:
    story_id: str
    fields: dict[str, str]  # field name (one of STORY_FIELDS) -> the user's text
    edited_at: str = ""  # ISO timestamp


@dataclass(frozen=True)
class Session:
    schema: int
    report: Report
    story_edits: dict[str, StoryEdit] = field(default_factory=dict)  # story id -> edit
    ticks: dict[str, bool] = field(default_factory=dict)  # checklist item id -> done
    title: str = ""  # "Jane Doe - Amazon MLE"
    created_at: str = ""
    updated_at: str = ""
    resume_path: str = ""
    job_path: str = ""
    attempts: tuple[PracticeAttempt, ...] = ()  # every try at a question, oldest first
    plan: InterviewPlan = field(default_factory=InterviewPlan)  # the user's timeline

    def story(self, sid: str) -> StoryDraft | None:
        """The story as the user sees it: the draft with their edits applied."""
        draft = self.report.story(sid)
        if draft is None:
            return None
        edit = self.story_edits.get(sid)
        if not edit:
            return draft
        changes: dict[str, Any] = {k: v for k, v in edit.fields.items() if k in STORY_FIELDS}
        return dataclasses.replace(draft, **changes)

    def effective_report(self) -> Report:
        """The report with the user's story edits applied (what exports print)."""
        stories = tuple(self.story(s.id) or s for s in self.report.stories)
        return dataclasses.replace(self.report, stories=stories)

    def with_story_edit(self, sid: str, field_name: str, text: str, when: str = "") -> Session:
        if field_name not in STORY_FIELDS:
            raise ValueError(f"unknown story field {field_name!r}")
        old = self.story_edits.get(sid)
        fields = dict(old.fields) if old else {}
        draft = self.report.story(sid)
        if draft is not None and getattr(draft, field_name) == text:
            fields.pop(field_name, None)
        else:
            fields[field_name] = text
        edits = dict(self.story_edits)
        if fields:
            edits[sid] = StoryEdit(sid, fields, when)
        else:
            edits.pop(sid, None)
        return dataclasses.replace(self, story_edits=edits, updated_at=when or self.updated_at)

    def reset_story(self, sid: str) -> Session:
        edits = dict(self.story_edits)
        edits.pop(sid, None)
        return dataclasses.replace(self, story_edits=edits)

    def with_tick(self, item_id: str, done: bool) -> Session:
        ticks = dict(self.ticks)
        ticks[item_id] = done
        return dataclasses.replace(self, ticks=ticks)

    def with_attempt(self, attempt: PracticeAttempt) -> Session:
        """The session with one more try kept (tries are never dropped or rewritten)."""
        return dataclasses.replace(self, attempts=(*self.attempts, attempt),
                                   updated_at=attempt.at or self.updated_at)

    def with_plan(self, plan: InterviewPlan) -> Session:
        return dataclasses.replace(self, plan=plan)

    def to_dict(self) -> dict[str, Any]:
        return serde.to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        return serde.from_dict(cls, data)


def story_gaps(story: StoryDraft | None) -> int:
    """Placeholders ("[Add: ...]") still in a story (0 for none or no story)."""
    if story is None:
        return 0
    return sum(getattr(story, f).count(PLACEHOLDER_PREFIX) for f in ("title", *STAR_PARTS))


def story_text(story: StoryDraft) -> str:
    """A story as the user rehearses it aloud: its four parts, labelled."""
    return "\n\n".join(f"{part.title()}: {getattr(story, part).strip()}" for part in STAR_PARTS
                       if getattr(story, part).strip())
