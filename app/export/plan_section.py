"""The report's day-by-day plan (issue 18): the schedule as the report template prints it.

Kept apart from `view.py` so the report gains one section without touching the others."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.report import Report

#: anchor id -> heading of the plan section (a contents entry and a bookmark when printed)
PLAN_SECTION = ("sec-schedule", "Your plan, day by day")
KIND_LABELS = {"story": "Story", "rehearse": "Rehearse", "topic": "Revise",
               "cheatsheet": "Cheat sheet", "review": "Review"}


def schedule_context(report: Report) -> list[dict[str, Any]]:
    """Each day of the plan: its date in words, its focus, its tasks and minutes ([] for no
    plan: the report then has no plan section)."""
    out = []
    for i, day in enumerate(report.schedule):
        try:
            d = date.fromisoformat(day.date)
            label = f"{d.strftime('%a')} {d.day} {d.strftime('%b %Y')}"
        except ValueError:
            label = day.date
        out.append({"n": i + 1, "date": label, "focus": day.focus,
                    "last": i == len(report.schedule) - 1,
                    "minutes": sum(t.minutes for t in day.tasks),
                    "tasks": [{"kind": KIND_LABELS.get(t.kind, t.kind.title()), "text": t.text,
                               "minutes": t.minutes} for t in day.tasks]})
    return out
