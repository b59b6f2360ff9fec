"""Practice: rehearse each likely question until it is ready.

On the left, readiness (overall, today's plan, each question's state, best score and tries,
and each principle's state) and "Next weakest". On the right, the chosen question: what it
listens for, the story to tell, a two-minute timer with a gentle mark at 90 seconds, and either
a box to type or paste the answer, or the story to say out loud and a Done button. The moment
the user stops, the rubric is shown in plain words, and every try is kept (text, time, rubric)
so the tries below show the progress.

The panel only shows and asks: a finished try is emitted (`attempt_made`), the window scores
it through the workflow, keeps it in the session (autosaved like edits) and hands the session
back (`set_session`), which shows its feedback.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.models.knowledge import Knowledge, PracticeRules
from app.models.practice import (
    MAX_ANSWER_CHARS,
    PracticeAttempt,
    Readiness,
    ScheduleDay,
)
from app.models.report import PredictedQuestion, Report
from app.models.session import Session, story_text
from app.views.bounded_text import BoundedPlainTextEdit
from app.views.master_detail import add_split
from app.views.practice_feedback import FeedbackCard, PracticeTimer, attempt_line, clock_text
from app.views.schedule_view import TaskLabel
from app.views.widgets import (
    Card,
    ChipRow,
    Expander,
    ListCard,
    PrincipleStyle,
    ScoreBar,
    ScrollPage,
    TextLabel,
    clear_layout,
    heading,
    link_button,
    principle_styles,
    repolish,
    scaled_font,
    set_role,
    style_for,
)
from app.vocabulary import Vocabulary, localize, vocabulary
from app.workflow import Workflow

TIMER_HINT = "Aim for 1:30\u20132:30. At 1:30 you get a gentle nudge to land the result."


class AnswerEdit(BoundedPlainTextEdit):
    """The typed answer: at most MAX_ANSWER_CHARS; Ctrl+Enter asks for feedback."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_chars=MAX_ANSWER_CHARS)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class PracticePanel(QWidget):
    """The Practice page for one session."""

    attempt_made = Signal(str, str, int, str)  # question id, text, seconds on the timer, mode
    story_requested = Signal(str)
    plan_requested = Signal()  # "set the interview date": the Plan page

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._rules: PracticeRules | None = knowledge.practice if knowledge else None
        self._session: Session | None = None
        self._ready: Readiness | None = None
        self._styles: dict[str, PrincipleStyle] = {}
        self._shown: Report | None = None  # the session's report in the words shown
        self._vocab: Vocabulary | None = None
        self.workflow = Workflow()  # the window's, once given (set_workflow): readiness, plan
        self._current: str | None = None
        self._shown_attempt: str | None = None  # the try whose feedback is on screen
        self._drafts: dict[str, str] = {}  # typed answers not yet scored, per question
        self._scroll_to_feedback = False  # a try just finished: its feedback comes into view
        self.cards: dict[str, ListCard] = {}
        self.feedback: FeedbackCard | None = None
        rules = self._rules
        self.timer = PracticeTimer(self, rules.wrap_up_seconds if rules else 90,
                                   rules.timer_seconds if rules else 120)
        self.timer.ticked.connect(self._on_tick)
        self.timer.wrap_up.connect(lambda: self._timer_state("wrap"))
        self.timer.time_up.connect(lambda: self._timer_state("over"))
        self.list_page = ScrollPage()
        self.detail_page = ScrollPage()
        self.detail_page.setAccessibleName("Practise the question")
        self.splitter = add_split(self, self.list_page, self.detail_page, "Questions to practise",
                                  330, (2, 3), [420, 700])
        self._build_detail()
        self.list_page.layout_.addWidget(TextLabel(
            "Open a resume and a job description to practise its likely questions." if rules
            else "Practice needs knowledge/practice.json; reinstall LoopReady.", "muted"))

    # ---------------------------------------------------------------- public
    def set_workflow(self, workflow: Workflow) -> None:
        """The window's use cases (readiness, the plan) and its clock for today's date."""
        self.workflow = workflow

    def _words_report(self) -> Report:
        """The session's report in the words shown (see app.vocabulary.localize)."""
        assert self._shown is not None
        return self._shown

    def _words(self) -> Vocabulary:
        assert self._vocab is not None
        return self._vocab

    def set_session(self, session: Session) -> None:
        for _ in self.session_steps(session):
            pass

    def session_steps(self, session: Session) -> Iterator[None]:
        """Show `session`: the list, then the chosen question (the next weakest at first)."""
        if self._rules is None or self._knowledge is None:
            return
        new_report = self._session is None or session.report is not self._session.report
        self._session = session
        self._ready = self.workflow.readiness(session)
        if new_report:
            self._styles = principle_styles(session.report, self._knowledge)
            # the words shown: behavioural themes, not Amazon's names, for another employer
            self._shown = localize(session.report, self._knowledge)
            self._vocab = vocabulary(session.report, self._knowledge)
            self._drafts.clear()
            if self._current not in {q.id for q in session.report.questions}:
                self._current = None
        yield from self._build_list()
        if self._current is None:
            self._current = self._ready.next_weakest()
        if self._current is not None:
            self._show_question(self._current, keep_text=not new_report, reveal=False)
        else:  # a kit with no likely questions
            self.timer.reset()
            self.detail_body.hide()
            self.question_title.setText("This kit has no likely questions to practise yet: "
                                        "add achievement bullets to your resume and analyse "
                                        "it again.")

    def select_question(self, qid: str) -> None:
        """Practise question `qid` (the timer stops and resets; a typed draft is kept)."""
        if self._session is None or qid == self._current:
            return
        self._remember_draft()
        self._current = qid
        self._show_question(qid, keep_text=False, reveal=True)

    def open_task(self, kind: str, ref: str) -> None:
        """A task of the plan was clicked: its question here, or its story."""
        if kind == "story":
            self.story_requested.emit(ref)
        elif kind in ("rehearse", "review") and ref:
            self.select_question(ref)

    def next_weakest(self) -> None:
        if self._ready is not None:
            qid = self._ready.next_weakest()
            if qid:
                self.select_question(qid)

    def current_question(self) -> str | None:
        return self._current

    def readiness(self) -> Readiness | None:
        return self._ready

    def start_timer(self) -> None:
        self.timer.start()
        self._sync_buttons()

    def finish(self) -> None:
        """Stop: the try is scored now (typed: the text in the box; aloud: the story)."""
        if self._session is None or self._current is None:
            return
        seconds = self.timer.stop()
        mode = "aloud" if self.aloud_button.isChecked() else "typed"
        text = self.answer.toPlainText() if mode == "typed" else ""
        if mode == "typed" and not text.strip():
            self.status.setText("Type or paste your answer first, then ask for feedback.")
            self._sync_buttons()
            return
        self._drafts.pop(self._current, None)
        self._shown_attempt = None  # the new try's feedback replaces what is shown
        self._scroll_to_feedback = True
        self.timer.reset()  # the time is kept with the try; the next try starts at 0:00
        self._timer_state("idle")
        self.attempt_made.emit(self._current, text, seconds, mode)

    def _finish_by_key(self) -> None:
        if self.finish_button.isEnabled():
            self.finish()

    # ---------------------------------------------------------------- the list
    def _build_list(self) -> Iterator[None]:
        assert self._session is not None and self._ready is not None and self._rules is not None
        lay = self.list_page.layout_
        scroll = self.list_page.scroll_value()
        clear_layout(lay)
        self.cards = {}
        lay.addWidget(heading("Practice"))
        ready = self._ready
        row = QHBoxLayout()
        overall = QLabel(f"Readiness {ready.overall}%")
        overall.setObjectName("practice-overall")
        overall.setFont(scaled_font(overall, 1.15, bold=True))
        overall.setToolTip(ready.detail)
        row.addWidget(overall)
        bar = ScoreBar(ready.overall, "Readiness")
        bar.setToolTip(ready.detail)
        row.addWidget(bar, 1)
        lay.addLayout(row)
        summary = TextLabel(ready.summary, "muted")
        summary.setObjectName("practice-summary")
        lay.addWidget(summary)
        day, problem = self._plan_day()  # today's entry of the plan, worked out once
        lay.addWidget(self._today_card(day, problem))
        weakest = QPushButton("Next weakest question")
        weakest.setObjectName("PrimaryButton")
        weakest.setAccessibleName("Practise the next weakest question")
        weakest.setToolTip("The least practised question: not started first, then the lowest "
                           "best score, then the likeliest.")
        weakest.clicked.connect(self.next_weakest)
        self.weakest_button = weakest
        lay.addWidget(weakest, 0, Qt.AlignmentFlag.AlignLeft)
        yield
        due = {t.ref for t in day.tasks if t.kind in ("rehearse", "review")} if day else set()
        for q, qr in zip(self._words_report().questions, ready.questions, strict=True):
            card = self._card(q, qr.state, qr.best, qr.tries, q.id in due, qr.number)
            self.cards[q.id] = card
            lay.addWidget(card)
        yield
        by_principle = Expander(f"Readiness by principle ({len(ready.principles)})")
        by_principle.setObjectName("principle-readiness")
        by_principle.fill_when_opened(self._fill_principles)
        lay.addWidget(by_principle)
        lay.addStretch(1)
        for qid, card in self.cards.items():
            card.set_selected(qid == self._current)
        self.list_page.restore_scroll(scroll)

    def _state_label(self, state: str) -> QLabel:
        assert self._rules is not None
        st = next(s for s in self._rules.states if s.id == state)
        label = QLabel(f"{st.glyph} {st.label}")
        set_role(label, "readiness", state=state)
        label.setToolTip(st.means)
        label.setAccessibleName(f"Readiness: {st.label}")
        return label

    def _card(self, q: PredictedQuestion, state: str, best: int | None, tries: int, due: bool,
              number: int) -> ListCard:
        card = ListCard(q.id)
        card.setObjectName(f"practice-{q.id}")
        row = QHBoxLayout()
        num = QLabel(f"Q{number}")
        set_role(num, "qnumber")
        num.setFont(scaled_font(num, 1.1, bold=True))
        num.setFixedWidth(num.fontMetrics().horizontalAdvance("Q12") + 6)
        row.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(TextLabel(q.text, selectable=False))
        meta = QHBoxLayout()
        meta.addWidget(self._state_label(state))
        words = [f"best {best}" if best is not None else "",
                 f"{tries} {'try' if tries == 1 else 'tries'}" if tries else "",
                 "due today" if due else ""]
        info = QLabel(" \u00b7 ".join(w for w in words if w))
        set_role(info, "muted")
        meta.addWidget(info)
        meta.addStretch(1)
        texts.addLayout(meta)
        row.addLayout(texts, 1)
        card.body.addLayout(row)
        card.setAccessibleName(f"Question {number}: {q.text}. {state.replace('-', ' ')}")
        card.clicked.connect(lambda qid=q.id: self.select_question(qid))
        return card

    def _fill_principles(self, body: QVBoxLayout) -> None:
        assert self._ready is not None
        for p in self._ready.principles:
            line = QHBoxLayout()
            line.addWidget(self._state_label(p.state))
            name = TextLabel(self._words().name(p.principle_id), selectable=False)
            reason = self._words().words(p.reason)
            name.setToolTip(reason)
            line.addWidget(name, 1)
            body.addLayout(line)
            body.addWidget(TextLabel(reason, "muted"))

    def _plan_day(self) -> tuple[ScheduleDay | None, str]:
        """Today's entry of the plan, or None and why not ('' when no date is set)."""
        assert self._session is not None and self._knowledge is not None
        if not self._session.plan.interview_date:
            return None, ""
        today = self.workflow.clock.today()
        try:
            plan = self.workflow.schedule(self._session, today=today)
        except InputError as exc:
            return None, exc.message
        return plan.day(today), ""

    def _today_card(self, day: ScheduleDay | None, problem: str) -> Card:
        card = Card()
        card.setObjectName("today-plan")
        card.body.addWidget(heading("Today's plan", 2))
        if day is None:
            card.body.addWidget(TextLabel(problem or "Give your interview date to get a plan for "
                                          "each day until then.", "muted"))
            link = link_button("Set the interview date (Plan page)")
            link.clicked.connect(self.plan_requested.emit)
            card.body.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            return card
        assert self._session is not None
        done_today = {a.question_id for a in self._session.attempts
                      if a.day == self.workflow.clock.today().isoformat()}
        focus = TextLabel(day.focus)
        focus.setFont(scaled_font(focus, 1.0, bold=True))
        card.body.addWidget(focus)
        for t in day.tasks:
            done = t.kind in ("rehearse", "review") and t.ref in done_today
            line = TaskLabel(("\u2713 " if done else "\u2610 ") + t.text + f" ({t.minutes} min)",
                             t.kind, t.ref, "muted" if done else "")
            line.setObjectName("today-task")
            line.clicked.connect(self.open_task)
            card.body.addWidget(line)
        return card

    # ---------------------------------------------------------------- the question
    def _build_detail(self) -> None:
        outer = self.detail_page.layout_
        self.question_title = TextLabel("")
        set_role(self.question_title, "heading")
        self.question_title.setFont(scaled_font(self.question_title, 1.25, bold=True))
        outer.addWidget(self.question_title)
        self.detail_body = QWidget()  # everything but the title: hidden with no question
        lay = QVBoxLayout(self.detail_body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(outer.spacing())
        outer.addWidget(self.detail_body)
        self.chips_holder = QVBoxLayout()
        lay.addLayout(self.chips_holder)
        self.listens = TextLabel("", "muted")
        lay.addWidget(self.listens)
        self.story_card = Card()
        self.story_card.setObjectName("practice-story")
        lay.addWidget(self.story_card)

        modes = QHBoxLayout()
        self.typed_button = QPushButton("Type your answer")
        self.aloud_button = QPushButton("Rehearse aloud")
        self.mode_group = QButtonGroup(self)
        for b in (self.typed_button, self.aloud_button):
            b.setCheckable(True)
            set_role(b, "segment")
            self.mode_group.addButton(b)
            modes.addWidget(b)
        self.typed_button.setChecked(True)
        self.typed_button.setToolTip("Type or paste the answer you would give; the rubric reads it.")
        self.aloud_button.setToolTip("Say your story out loud with the timer running, then press "
                                     "Done; the rubric reads the story and your time.")
        self.mode_group.buttonToggled.connect(lambda *_: self._sync_mode())
        modes.addStretch(1)
        lay.addLayout(modes)

        timer_card = Card()
        timer_card.setObjectName("practice-timer")
        row = QHBoxLayout()
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("timer-label")
        set_role(self.time_label, "timer", state="idle")
        self.time_label.setFont(scaled_font(self.time_label, 2.2, bold=True))
        self.time_label.setAccessibleName("Time on the timer")
        row.addWidget(self.time_label)
        self.time_bar = QProgressBar()
        self.time_bar.setRange(0, self.timer.limit_seconds)
        self.time_bar.setTextVisible(False)
        self.time_bar.setAccessibleName("Time used of two minutes")
        set_role(self.time_bar, "timer-bar", state="idle")
        row.addWidget(self.time_bar, 1)
        timer_card.body.addLayout(row)
        self.timer_hint = TextLabel(TIMER_HINT, "muted")
        self.timer_hint.setObjectName("timer-hint")
        timer_card.body.addWidget(self.timer_hint)
        buttons = QHBoxLayout()
        self.start_button = QPushButton("Start the timer")
        self.start_button.clicked.connect(self.start_timer)
        self.finish_button = QPushButton("Get feedback")
        self.finish_button.setObjectName("PrimaryButton")
        self.finish_button.setToolTip("Score this try now (Ctrl+Enter)")
        self.finish_button.clicked.connect(self.finish)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Set the timer back to 0:00 (nothing is scored)")
        self.reset_button.clicked.connect(self._reset_timer)
        for b in (self.start_button, self.finish_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        timer_card.body.addLayout(buttons)
        lay.addWidget(timer_card)

        self.answer = AnswerEdit()
        self.answer.submitted.connect(self._finish_by_key)
        self.answer.setObjectName("practice-answer")
        self.answer.setAccessibleName("Your answer")
        self.answer.setPlaceholderText("Type or paste the answer you would give, as you would "
                                       "say it: what was at stake, what you did, what changed.")
        self.answer.setMinimumHeight(150)
        self.answer.textChanged.connect(self._on_text)
        lay.addWidget(self.answer)
        self.aloud_hint = TextLabel("Start the timer, say your story out loud (the story is "
                                    "above; open it to read from), then press Done. The rubric "
                                    "reads the story and the time you spoke.", "muted")
        lay.addWidget(self.aloud_hint)
        self.status = TextLabel("", "muted")
        self.status.setObjectName("practice-status")
        lay.addWidget(self.status)
        self.feedback_holder = QVBoxLayout()
        lay.addLayout(self.feedback_holder)
        self.history_holder = QVBoxLayout()
        lay.addLayout(self.history_holder)
        outer.addStretch(1)
        self.detail_body.hide()
        self._sync_mode()

    def _show_question(self, qid: str, keep_text: bool, reveal: bool) -> None:
        assert self._session is not None and self._rules is not None
        q = next((x for x in self._words_report().questions if x.id == qid), None)
        if q is None:
            return
        for k, card in self.cards.items():
            card.set_selected(k == qid)
        if reveal and qid in self.cards:
            self.list_page.reveal(self.cards[qid])
            self.detail_page.verticalScrollBar().setValue(0)  # a new question: from its top
        n = self._words_report().questions.index(q) + 1
        self.question_title.setText(f"Q{n}. {q.text}")
        self.detail_body.show()
        clear_layout(self.chips_holder)
        self.chips_holder.addWidget(ChipRow([style_for(self._styles, p) for p in q.principles]))
        listens = q.decode.listens_for if q.decode else q.looks_for
        self.listens.setText(f"They listen for: {listens}" if listens else "")
        self.listens.setVisible(bool(listens))
        self._fill_story(q)
        if not keep_text:
            self.timer.reset()
            self._timer_state("idle")
            self.answer.blockSignals(True)
            self.answer.setPlainText(self._drafts.get(qid, ""))
            self.answer.blockSignals(False)
            self._shown_attempt = None
        self.status.setText("")
        self._fill_feedback(q)
        self._sync_buttons()

    def _fill_story(self, q: PredictedQuestion) -> None:
        assert self._session is not None
        body = self.story_card.body
        clear_layout(body)
        story = self._session.story(q.story_id) if q.story_id else None
        if story is None:
            body.addWidget(TextLabel("No story of yours fits this question yet: answer with the "
                                     "nearest real example (the Plan page has a gap script).",
                                     "muted"))
            self.aloud_button.setEnabled(False)
            self.typed_button.setChecked(True)
            return
        self.aloud_button.setEnabled(True)
        title = TextLabel(f"Your story: {story.title}")
        title.setFont(scaled_font(title, 1.0, bold=True))
        body.addWidget(title)
        shown = Expander("Show the story to rehearse from",
                         expanded=self.aloud_button.isChecked())
        shown.setObjectName("story-text")
        said = story_text(story)

        def fill(lay: QVBoxLayout) -> None:
            lay.addWidget(TextLabel(said))

        shown.fill_when_opened(fill)
        body.addWidget(shown)
        link = link_button("Edit the story", "Open this story on the Stories page")
        link.clicked.connect(lambda _=False, sid=story.id: self.story_requested.emit(sid))
        body.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)

    def _fill_feedback(self, q: PredictedQuestion) -> None:
        assert self._session is not None and self._rules is not None
        clear_layout(self.feedback_holder)
        clear_layout(self.history_holder)
        self.feedback = None
        tries = [a for a in self._session.attempts if a.question_id == q.id]
        if not tries:
            return
        shown = next((a for a in tries if a.id == self._shown_attempt), tries[-1])
        scores = tuple(a.rubric.score for a in tries)
        self.feedback = FeedbackCard(self._rules, shown, scores, shown is tries[-1])
        self.feedback_holder.addWidget(self.feedback)
        if self._scroll_to_feedback:
            self._scroll_to_feedback = False
            self.detail_page.scroll_to_top_of(self.feedback)
        history = Card()
        history.setObjectName("practice-history")
        history.body.addWidget(heading(f"Your tries ({len(tries)})", 2))
        trend = TextLabel("Scores: " + " \u2192 ".join(str(s) for s in scores), "muted")
        trend.setObjectName("practice-trend")
        history.body.addWidget(trend)
        for a in reversed(tries):
            b = link_button(attempt_line(a), "Show the feedback on this try")
            b.setObjectName(f"try-{a.id}")
            b.setProperty("selected", "true" if a is shown else "false")
            b.clicked.connect(lambda _=False, t=a: self.show_attempt(t))
            history.body.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        self.history_holder.addWidget(history)

    def show_attempt(self, attempt: PracticeAttempt) -> None:
        """Show the feedback on an earlier try of the question on screen."""
        self._shown_attempt = attempt.id
        q = next((x for x in self._words_report().questions if x.id == attempt.question_id),
                 None) if self._session else None
        if q is not None:
            self._fill_feedback(q)

    # ---------------------------------------------------------------- timer and mode
    def _on_tick(self, seconds: int) -> None:
        self.time_label.setText(clock_text(seconds))
        self.time_bar.setValue(min(seconds, self.time_bar.maximum()))
        if seconds == 0:
            self._timer_state("idle")

    def _timer_state(self, state: str) -> None:
        for w in (self.time_label, self.time_bar):
            if w.property("state") != state:
                w.setProperty("state", state)
                repolish(w)
        words = {"idle": TIMER_HINT,
                 "wrap": "1:30 \u2014 time to land the result: say what changed, in a number.",
                 "over": "2:00 \u2014 wrap up in a sentence or two; the clock keeps running."}
        self.timer_hint.setText(words.get(state, TIMER_HINT))
        self._sync_buttons()

    def _reset_timer(self) -> None:
        self.timer.reset()
        self._timer_state("idle")

    def _sync_mode(self) -> None:
        aloud = self.aloud_button.isChecked()
        self.answer.setVisible(not aloud)
        self.aloud_hint.setVisible(aloud)
        story = self.story_card.findChild(Expander, "story-text")
        if story is not None and aloud:
            story.set_expanded(True)  # read from it while saying it
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        running = self.timer.running()
        aloud = self.aloud_button.isChecked()
        self.start_button.setEnabled(not running and self._current is not None)
        self.start_button.setText("Start the timer" if self.timer.seconds == 0 else "Resume")
        if aloud:
            self.finish_button.setText("Done \u2014 I said it")
        else:
            self.finish_button.setText("Stop and get feedback" if running else "Get feedback")
        self.finish_button.setEnabled(self._current is not None and (
            aloud or bool(self.answer.toPlainText().strip())))

    def _on_text(self) -> None:
        self._sync_buttons()
        text = self.answer.toPlainText()
        if self._rules is not None and text.strip():
            words = len(text.split())
            seconds = round(words * 60 / self._rules.words_per_minute)
            self.status.setText(f"{words} words \u00b7 about {clock_text(seconds)} spoken")
        else:
            self.status.setText("")

    def _remember_draft(self) -> None:
        if self._current is not None:
            text = self.answer.toPlainText()
            if text.strip():
                self._drafts[self._current] = text
            else:
                self._drafts.pop(self._current, None)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        """Leaving the page pauses the timer (the time stays on it)."""
        if self.timer.running():
            self.timer.stop()
            self._sync_buttons()
        super().hideEvent(event)
