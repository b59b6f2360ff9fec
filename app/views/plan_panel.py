"""The plan: the stage checklist with tick boxes, technical topics ranked by the posting,
questions to ask the interviewers and the gap scripts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.display import numbers_item, question_refs, questions_to_ask, restore, restore_quotes
from app.models.knowledge import Knowledge
from app.models.report import ChecklistItem, Report
from app.models.session import Session
from app.views.schedule_view import ScheduleView
from app.views.widgets import (
    STAGE_NAMES,
    STAGE_ORDER,
    Card,
    ChipRow,
    CounterLabel,
    Expander,
    PrincipleStyle,
    ScoreBar,
    ScrollPage,
    TextLabel,
    bullet_text,
    clear_layout,
    disclosure,
    heading,
    link_button,
    principle_styles,
    repolish,
    scaled_font,
    set_role,
    style_for,
)
from app.vocabulary import localize
from app.workflow import Workflow

TOPICS_SHOWN = 8  # the rest sit behind "Show N more topics"


class _ToggleLabel(TextLabel):
    """The wrapped text of a checklist item; clicking it toggles its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text, selectable=False)
        self._box = box
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mouseReleaseEvent(event)


class PlanPanel(QWidget):
    """Checklist, topics, questions to ask and gap scripts for one session."""

    tick_changed = Signal(str, bool)
    risk_requested = Signal(str)  # a risk id: show its card on the Overview
    plan_changed = Signal(str, float)  # the interview date and hours a day (ScheduleView)
    calendar_requested = Signal()
    task_requested = Signal(str, str)  # a task of the plan: its kind and story/question id

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._report: Report | None = None  # as shown (localize)
        self._source: Report | None = None  # the session's own
        self._sources: list[str] = []
        self._styles: dict[str, PrincipleStyle] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self._stage_labels: dict[str, QLabel] = {}
        self._total: QLabel | None = None
        self._open_stages: dict[str, bool] = {}
        self._topics_open = False
        self.workflow: Workflow | None = None  # the window's (set_workflow): the plan, today
        self.schedule_view: ScheduleView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = ScrollPage(self)
        self.page.setAccessibleName("Plan")
        outer.addWidget(self.page)
        self.page.layout_.addWidget(
            TextLabel("Open a resume and a job description to get your plan.", "muted"))

    # ---------------------------------------------------------------- public
    def set_session(self, session: Session) -> None:
        """Show the plan of `session`; only the ticks change when the report is the same."""
        for _ in self.session_steps(session):
            pass

    def session_steps(self, session: Session) -> Iterator[None]:
        """`set_session` in pieces (yields between stages and cards) for filling in idle time."""
        if session.report is not self._source or not self.boxes:
            scroll = self.page.scroll_value()
            self._source = session.report
            self._report = localize(session.report, self._knowledge)  # the words shown
            self._sources = ([b.text for b in session.report.resume.bullets]
                             + [r.text for r in session.report.job.requirements])
            self._styles = principle_styles(session.report, self._knowledge)
            clear_layout(self.page.layout_)
            self.boxes, self._stage_labels = {}, {}
            yield from self._build(self._report, session.ticks)
            self.page.restore_scroll(scroll)
        if self.schedule_view is not None:
            self.schedule_view.show_session(session)
        for item_id, box in self.boxes.items():
            want = bool(session.ticks.get(item_id, False))
            if box.isChecked() != want:
                box.blockSignals(True)
                box.setChecked(want)
                box.blockSignals(False)
        self._update_counts()

    def set_workflow(self, workflow: Workflow) -> None:
        """The window's use cases: the day-by-day plan and today's date (its clock)."""
        self.workflow = workflow
        if self.schedule_view is not None:
            self.schedule_view.set_workflow(workflow)

    def ticked(self) -> dict[str, bool]:
        return {k: b.isChecked() for k, b in self.boxes.items()}

    # ---------------------------------------------------------------- build
    def _build(self, report: Report, ticks: dict[str, bool]) -> Iterator[None]:
        lay = self.page.layout_
        lay.addWidget(heading("Your plan"))
        total_row = QHBoxLayout()
        self._total = CounterLabel(f"{len(report.checklist)} of {len(report.checklist)} "
                                   "checklist items done.")
        total_row.addWidget(self._total)
        total_row.addWidget(TextLabel("Tick them off as you go; they are saved with your "
                                      "session.", "muted", selectable=False), 1)
        lay.addLayout(total_row)
        if self.workflow is None:
            self.workflow = Workflow()
        self.schedule_view = ScheduleView(self._knowledge, self.workflow)  # the day-by-day plan
        self.schedule_view.plan_changed.connect(self.plan_changed.emit)
        self.schedule_view.calendar_requested.connect(self.calendar_requested.emit)
        self.schedule_view.task_requested.connect(self.task_requested.emit)
        lay.addWidget(self.schedule_view)
        jumps = QHBoxLayout()
        lay.addLayout(jumps)
        cols = QHBoxLayout()
        cols.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(10)
        right.setSpacing(10)
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        lay.addLayout(cols)
        lay.addStretch(1)
        self._anchors: dict[str, QWidget] = {}
        yield from self._build_checklist(left, report, ticks)
        yield from self._build_topics(left, report)
        yield from self._build_questions_to_ask(right, report)
        yield from self._build_gap_scripts(right, report)
        for title, anchor in self._anchors.items():
            b = QPushButton(title)
            b.setAccessibleName(f"Jump to {title}")
            b.clicked.connect(lambda _=False, w=anchor: self._jump(w))
            jumps.addWidget(b)
        jumps.addStretch(1)

    def _section(self, column: QVBoxLayout, title: str) -> None:
        """A section heading the jump buttons at the top lead to."""
        h = heading(title, 2)
        self._anchors[title] = h
        column.addWidget(h)

    def _build_checklist(self, left: QVBoxLayout, report: Report,
                         ticks: dict[str, bool]) -> Iterator[None]:
        """The checklist, one expandable card per interview stage."""
        self._section(left, "Checklist")
        stages = [s for s in STAGE_ORDER if any(c.stage == s for c in report.checklist)]
        stages += sorted({c.stage for c in report.checklist} - set(stages))
        first_open = next((st for st in stages if any(
            not ticks.get(c.id) for c in report.checklist if c.stage == st)), None)
        for stage in stages:
            card = Card()
            card.setObjectName(f"stage-{stage}")
            n = sum(1 for c in report.checklist if c.stage == stage)
            # Few items: all open. Many: the first stage with work left opens; the user's
            # choice is kept across refreshes.
            if stage in self._open_stages:
                open_ = self._open_stages[stage]
            else:
                open_ = len(report.checklist) <= 12 or stage == first_open
            exp = Expander(STAGE_NAMES.get(stage, stage), expanded=open_)
            exp.setObjectName(f"stage-expander-{stage}")
            exp.header.setFont(scaled_font(exp.header, 1.05, bold=True))
            exp.toggled.connect(lambda on, st=stage: self._open_stages.__setitem__(st, on))
            exp.body_layout.setContentsMargins(0, 2, 0, 2)
            exp.headline.addStretch(1)
            count = CounterLabel(f"{n} of {n} done")
            count.set_font(scaled_font(count, 1.0, bold=True))
            self._stage_labels[stage] = count
            exp.headline.addWidget(count)
            card.body.addWidget(exp)
            left.addWidget(card)
            for k, item in enumerate(c for c in report.checklist if c.stage == stage):
                exp.body_layout.addWidget(self._check_row(item))
                if k % 6 == 5:
                    yield
            yield
        if not report.checklist:
            left.addWidget(TextLabel("No checklist items.", "muted"))

    def _build_topics(self, left: QVBoxLayout, report: Report) -> Iterator[None]:
        """The technical topics, most relevant first, the tail behind "Show more"."""
        self._section(left, "Technical topics to revise")
        topics = sorted(report.technical_topics, key=lambda t: -t.score)
        top = max((t.score for t in topics), default=1.0)
        more: Expander | None = None
        for i, t in enumerate(topics):
            if i == TOPICS_SHOWN and len(topics) > TOPICS_SHOWN + 2:
                more = Expander(f"Show {len(topics) - TOPICS_SHOWN} more topics",
                                expanded=self._topics_open)
                more.setObjectName("more-topics")
                more.body_layout.setContentsMargins(0, 2, 0, 2)
                more.toggled.connect(lambda on: setattr(self, "_topics_open", on))
                left.addWidget(more)
            card = Card()
            card.setObjectName(f"topic-{t.id}")
            row = QHBoxLayout()
            name = TextLabel(f"{i + 1}. {t.name}")
            name.setFont(scaled_font(name, 1.0, bold=True))
            row.addWidget(name, 3)
            kind = QLabel(t.kind.replace("-", " "))
            set_role(kind, "muted")
            row.addWidget(kind)
            bar = ScoreBar(100 * t.score / top if top > 0 else 0, f"Relevance of {t.name}")
            bar.setToolTip(f"Relevance {t.score:g} (the top topic is {top:g})")
            bar.setMaximumWidth(120)
            row.addWidget(bar, 1)
            card.body.addLayout(row)
            card.body.addWidget(TextLabel(f"Why: {t.why}", "muted"))
            if t.what_to_revise:
                card.body.addWidget(TextLabel(f"Revise: {t.what_to_revise}"))
            if t.score_detail:
                card.body.addWidget(disclosure(t.score_detail, name=f"topic-scored-{t.id}"))
            (more.body_layout if more is not None else left).addWidget(card)
            if i % 3 == 2:
                yield
        if not topics:
            left.addWidget(TextLabel("No technical topics ranked.", "muted"))
        left.addStretch(1)

    def _build_questions_to_ask(self, right: QVBoxLayout, report: Report) -> Iterator[None]:
        """Grouped by the stage to ask them in; the team the posting names is said once, and
        a reason shared by several questions is said once, above them."""
        self._section(right, "Questions to ask your interviewers")
        card = Card()
        card.setObjectName("questions-to-ask")
        texts = questions_to_ask(report)
        whys = Counter(q.why for q in report.questions_to_ask if q.why)
        shared = [why for why, n in whys.items() if n > 1]  # said once, above the questions
        for why in shared:
            card.body.addWidget(TextLabel(why, "muted"))
        stages = [s for s in STAGE_ORDER if any(q.stage == s for q in report.questions_to_ask)]
        stages += sorted({q.stage for q in report.questions_to_ask} - set(stages))
        for stage in stages:
            if len(stages) > 1 or stage:
                label = QLabel(STAGE_NAMES.get(stage, stage) if stage else "Any stage")
                label.setFont(scaled_font(label, 1.0, bold=True))
                card.body.addWidget(label)
            for q, text in zip(report.questions_to_ask, texts, strict=True):
                if q.stage != stage:
                    continue
                card.body.addWidget(TextLabel(f"\u2022 {text}"))
                if q.why and q.why not in shared:
                    note = TextLabel(q.why, "muted")
                    note.setContentsMargins(14, 0, 0, 4)
                    card.body.addWidget(note)
        if not report.questions_to_ask:
            card.body.addWidget(TextLabel("No questions suggested.", "muted"))
        right.addWidget(card)
        yield

    def _build_gap_scripts(self, right: QVBoxLayout, report: Report) -> Iterator[None]:
        """What to say where the resume is thin, with the bullets to bridge from."""
        self._section(right, "Gap scripts")
        right.addWidget(TextLabel("What to say, honestly, where your resume is thin.", "muted"))
        for g in report.gap_scripts:
            card = Card(role="gap")
            card.setObjectName(f"gap-{g.id}")
            t = TextLabel(restore(g.title, self._sources))
            t.setFont(scaled_font(t, 1.0, bold=True))
            card.body.addWidget(t)
            if g.target in self._styles:
                card.body.addWidget(ChipRow([style_for(self._styles, g.target)]))
            card.body.addWidget(TextLabel(restore_quotes(g.script, self._sources)))
            for bid in g.bridge_bullet_ids:
                card.body.addWidget(TextLabel(f"Bridge from: {bullet_text(report, bid)}",
                                              "muted"))
            right.addWidget(card)
            yield
        if not report.gap_scripts:
            right.addWidget(TextLabel("No gaps that need a script.", "muted"))
        right.addStretch(1)

    def show_gap(self, gap_id: str) -> None:
        """Scroll to the gap script `gap_id` and mark it (a question with no story sends the
        user here)."""
        card = self.findChild(Card, f"gap-{gap_id}")
        if card is None:
            return
        for other in self.findChildren(Card):
            if other.property("role") == "gap":
                other.set_selected(other is card)
        self.page.scroll_to_top_of(card)

    def _jump(self, anchor: QWidget) -> None:
        """Scroll so the section heading sits at the top of the page."""
        y = anchor.mapTo(self.page.content, anchor.rect().topLeft()).y()
        self.page.verticalScrollBar().setValue(max(0, y - 8))

    def _item_words(self, item: ChecklistItem) -> tuple[str, str, str]:
        """What a checklist row says: (text, why, risk id). A risk is named, not re-pasted:
        its reasons and preparation are on the Overview, one click away."""
        report = self._report
        assert report is not None
        for n, risk in enumerate(report.risks, 1):
            if item.text.startswith(f"Prepare for risk '{risk.title}'") or (
                    item.why and item.why == risk.why and "risk" in item.text.lower()):
                title = restore(risk.title, self._sources)
                return f"Prepare for risk {n}: {title}", "", risk.id
        numbers = numbers_item(item.text, report.numbers_to_remember,
                               [b.text for b in report.resume.bullets])
        if numbers != item.text:  # 'Memorise your numbers: ...' with its phrases whole
            return numbers, item.why, ""
        qnum = {" ".join(q.text.split()): n for n, q in enumerate(report.questions, 1)}
        return question_refs(restore_quotes(item.text, self._sources), qnum), item.why, ""

    def _check_row(self, item: ChecklistItem) -> QWidget:
        text, why, risk_id = self._item_words(item)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 2, 0, 2)
        box = QCheckBox()
        box.setObjectName(f"tick-{item.id}")
        box.setAccessibleName(text)
        if why:
            box.setToolTip(why)
        box.toggled.connect(lambda on, i=item.id: self._on_toggled(i, on))
        self.boxes[item.id] = box
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        label = _ToggleLabel(text, box)
        label.setObjectName(f"ticktext-{item.id}")
        texts.addWidget(label)
        if why:
            texts.addWidget(TextLabel(why, "muted"))
        if risk_id:
            link = link_button("How to prepare it (Overview)",
                               "Show how to prepare for this risk on the Overview")
            link.setObjectName(f"risklink-{item.id}")
            link.clicked.connect(lambda _=False, r=risk_id: self.risk_requested.emit(r))
            texts.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addLayout(texts, 1)
        return row

    def _on_toggled(self, item_id: str, on: bool) -> None:
        self._update_counts()
        self.tick_changed.emit(item_id, on)

    def _update_counts(self) -> None:
        if self._report is None:
            return
        if self._total is not None:
            done = sum(1 for b in self.boxes.values() if b.isChecked())
            self._total.setText(f"{done} of {len(self.boxes)} checklist items done.")
        for stage, label in self._stage_labels.items():
            ids = [c.id for c in self._report.checklist if c.stage == stage]
            done = sum(1 for i in ids if self.boxes[i].isChecked())
            label.setText(f"{done} of {len(ids)} done")
            state = "done" if done == len(ids) else "pending"
            if label.property("state") != state:
                label.setProperty("state", state)
                repolish(label)
