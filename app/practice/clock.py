"""Today's date and the time, as practice sees them: injectable, so a test (or a demo) can come
back tomorrow without waiting a day."""

from __future__ import annotations

from datetime import date, datetime, timedelta


class Clock:
    """The computer's local date and time (with its UTC offset)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that shows the time it is set to, and moves only when told."""

    def __init__(self, when: datetime | date) -> None:
        self._when = _aware(when)

    def now(self) -> datetime:
        return self._when

    def set(self, when: datetime | date) -> None:
        self._when = _aware(when)

    def advance(self, days: int = 0, seconds: int = 0) -> None:
        self._when += timedelta(days=days, seconds=seconds)


def _aware(when: datetime | date) -> datetime:
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day, 9, 0)
    return when if when.tzinfo is not None else when.astimezone()
