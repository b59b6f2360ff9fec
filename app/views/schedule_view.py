"""The plan on the user's timeline, at the top of the Plan page: the interview date and the
hours a day they have, then each day from today to the day before the interview (today first
and marked, the last day the cheat sheet), and "Add to calendar" (.ics).

The view only shows and asks: a new date or number of hours is emitted (`plan_changed`), the
window keeps it in the session (autosaved) and hands the session back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.models.knowledge import Knowledge
from app.models.session import Session, story_gaps
from app.views.widgets import (
    Card,
    Expander,
    TextLabel,
    clear_layout,
    heading,
    scaled_font,
    set_role,
)
from app.workflow import Workflow

SUGGESTED_DAYS = 21  # the date offered before the user gives theirs: three weeks out
DAYS_SHOWN = 3  # today and the next two; the rest behind "Show the other N days"


def day_label(day: str, today: date) -> str:
    """'Today · Tue 1 Dec', 'Tomorrow · Wed 2 Dec', 'Fri 4 Dec'."""
    d = date.fromisoformat(day)
    text = f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"
    if d == today:
        return f"Today \u00b7 {text}"
    if d == today + timedelta(days=1):
        return f"Tomorrow \u00b7 {text}"
    return text


class TaskLabel(TextLabel):
    """One task of the plan; clicking it opens what it is about (a story, a question)."""

    clicked = Signal(str, str)  # kind, ref

    def __init__(self, text: str, kind: str, ref: str, role: str = "") -> None:
        super().__init__(text, role, selectable=False)
        self.kind, self.ref = kind, ref
        self.setObjectName("plan-task")
        if kind in OPENS:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(OPENS[kind])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.kind in OPENS:
            self.clicked.emit(self.kind, self.ref)
        super().mouseReleaseEvent(event)


OPENS = {"story": "Open this story to fill it", "rehearse": "Practise this question now",
         "review": "Practise this question now"}


class ScheduleView(QWidget):
    """Interview date, hours a day, and the day-by-day plan."""

    plan_changed = Signal(str, float)  # interview date (YYYY-MM-DD, '' to remove), hours a day
    calendar_requested = Signal()
    task_requested = Signal(str, str)  # a task was clicked: its kind and what it is about

    def __init__(self, knowledge: Knowledge | None, workflow: Workflow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self.workflow = workflow  # the plan and today's date (its clock)
        self._session: Session | None = None
        self._updating = False
        self._all_days = False
        self._key: tuple[object, ...] | None = None
        self.day_cards: dict[str, Card] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        card = Card()
        card.setObjectName("plan-timeline")
        outer.addWidget(card)
        card.body.addWidget(heading("Your plan to the interview", 2))
        row = QHBoxLayout()
        row.addWidget(QLabel("Interview date:"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Interview date")
        row.addWidget(self.date_edit)
        row.addSpacing(12)
        row.addWidget(QLabel("Hours a day:"))
        self.hours = QDoubleSpinBox()
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setAccessibleName("Hours a day for preparing")
        rules = knowledge.practice.schedule if knowledge and knowledge.practice else None
        self.hours.setRange(rules.min_hours_per_day if rules else 0.25,
                            rules.max_hours_per_day if rules else 12)
        self.hours.setValue(rules.default_hours_per_day if rules else 1.0)
        row.addWidget(self.hours)
        row.addSpacing(12)
        self.make_button = QPushButton("Plan my days")
        self.make_button.setObjectName("PrimaryButton")
        self.make_button.clicked.connect(self._emit)
        row.addWidget(self.make_button)
        self.calendar_button = QPushButton("Add to calendar (.ics)\u2026")
        self.calendar_button.setToolTip("Save the plan as a calendar file: one all-day event a "
                                        "day, opens in any calendar; nothing is sent anywhere.")
        self.calendar_button.clicked.connect(self.calendar_requested.emit)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.note = TextLabel("", "muted")
        self.note.setObjectName("plan-note")
        card.body.addWidget(self.note)
        self.days_layout = QVBoxLayout()
        self.days_layout.setSpacing(6)
        card.body.addLayout(self.days_layout)
        self.date_edit.dateChanged.connect(lambda _d: self._changed())
        self.hours.valueChanged.connect(lambda _v: self._changed())

    def set_workflow(self, workflow: Workflow) -> None:
        self.workflow = workflow

    def show_session(self, session: Session) -> None:
        """The session's date and hours, and its plan from today."""
        self._session = session
        today = self.workflow.clock.today()
        self._updating = True
        self.date_edit.setMinimumDate(_qdate(today + timedelta(days=1)))
        plan = session.plan
        if plan.interview_date:
            try:
                self.date_edit.setDate(_qdate(date.fromisoformat(plan.interview_date)))
            except ValueError:
                pass
        else:
            self.date_edit.setDate(_qdate(today + timedelta(days=SUGGESTED_DAYS)))
        if plan.hours_per_day is not None:
            self.hours.setValue(plan.hours_per_day)
        self._updating = False
        has_plan = bool(plan.interview_date)
        self.make_button.setVisible(not has_plan)
        self.calendar_button.setEnabled(has_plan)
        # what the plan depends on: rebuilt only when one of these changed (a story edit that
        # fills no gap, or a tick, leaves the days as they are)
        key = (plan, today, len(session.attempts), id(session.report),
               tuple(story_gaps(session.story(s.id)) for s in session.report.stories))
        if key != self._key:
            self._key = key
            self._fill_days()

    def interview_date(self) -> str:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day()).isoformat()

    def _changed(self) -> None:
        if not self._updating and self._session is not None and self._session.plan.interview_date:
            self._emit()  # once a plan exists, a new date or number of hours applies at once

    def _emit(self) -> None:
        self.plan_changed.emit(self.interview_date(), float(self.hours.value()))

    def _fill_days(self) -> None:
        clear_layout(self.days_layout)
        self.day_cards = {}
        session, knowledge = self._session, self._knowledge
        if session is None or knowledge is None or knowledge.practice is None:
            return
        if not session.plan.interview_date:
            self.note.setText("Give the day of your interview (and the hours a day you have): "
                              "each day until then gets its stories, questions and topics.")
            return
        today = self.workflow.clock.today()
        try:
            plan = self.workflow.schedule(session, today=today)
        except InputError as exc:
            self.note.setText(exc.message)
            return
        n = len(plan.days)
        hours = f"{plan.hours_per_day:g} hour{'s' if plan.hours_per_day != 1 else ''}"
        self.note.setText(f"{n} day{'s' if n != 1 else ''} to go, up to {hours} a day. A question "
                          "missed comes back two days later; the plan updates as you practise."
                          + (f" {plan.note}" if plan.note else ""))
        more: Expander | None = None
        for i, day in enumerate(plan.days):
            if i == DAYS_SHOWN and n > DAYS_SHOWN + 1:
                more = Expander(f"Show the other {n - DAYS_SHOWN} days", expanded=self._all_days)
                more.setObjectName("plan-more-days")
                more.toggled.connect(lambda on: setattr(self, "_all_days", on))
                self.days_layout.addWidget(more)
            card = Card()
            card.setObjectName(f"plan-day-{day.date}")
            if day.date == today.isoformat():
                card.set_selected(True)
            title = QLabel(f"{day_label(day.date, today)} \u2014 {day.focus}")
            title.setWordWrap(True)
            title.setFont(scaled_font(title, 1.0, bold=True))
            minutes = sum(t.minutes for t in day.tasks)
            top = QHBoxLayout()
            top.addWidget(title, 1)
            if minutes:
                m = QLabel(f"{minutes} min")
                set_role(m, "muted")
                top.addWidget(m, 0, Qt.AlignmentFlag.AlignTop)
            card.body.addLayout(top)
            for t in day.tasks:
                task = TaskLabel(f"\u2610 {t.text}  ({t.minutes} min)", t.kind, t.ref)
                task.clicked.connect(self.task_requested.emit)
                card.body.addWidget(task)
            if i == n - 1:
                card.body.addWidget(TextLabel("The day before: no new material. Sleep well.",
                                              "muted"))
            self.day_cards[day.date] = card
            (more.body_layout if more is not None else self.days_layout).addWidget(card)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
