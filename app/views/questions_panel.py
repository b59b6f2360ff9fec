"""The 12 most likely questions with round, likelihood and the story each calls for;
selecting one shows the story to tell (or the gap script to use when no story fits yet) and
the full answer decode: what the interviewer listens for, the shape of a strong answer with
the user's story filled in, the pitfalls, the follow-ups and how a strong answer differs from
an adequate one. Why it is predicted is one plain sentence; the arithmetic is folded away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.display import angle_summary, likelihood_words, restore_quotes, story_hook
from app.models.knowledge import Knowledge
from app.models.report import AnswerDecode, PredictedQuestion, Report
from app.views.master_detail import MasterDetailPanel
from app.views.widgets import (
    STAGE_NAMES,
    Card,
    ChipRow,
    ListCard,
    ScoreBar,
    TextLabel,
    bullet_text,
    clear_layout,
    disclosure,
    heading,
    scaled_font,
    set_role,
    style_for,
)


def likelihood(q: PredictedQuestion, top: float = 1.0) -> int:
    """The prediction score on a 0..100 scale: a percentage when scores are 0..1, else
    relative to the most likely question (`top`)."""
    scale = top if top > 1.0 else 1.0
    return round(max(0.0, min(1.0, q.score / scale)) * 100) if scale > 0 else 0


def likelihood_text(q: PredictedQuestion, top: float = 1.0) -> str:
    """How likely, in words ("very likely", "likely", "fairly likely", "possible")."""
    return likelihood_words(q.score, top if top > 0 else 1.0)


def strong_vs_adequate(text: str) -> list[tuple[str, str]]:
    """'Adequate: ... Strong: ...' as [("Adequate", "..."), ("Strong", "...")] (one pair
    with an empty label when the text does not say which is which)."""
    import re

    parts = re.split(r"(?:^|(?<=[.!?])\s+)(Adequate|Strong):\s*", " ".join(text.split()))
    pairs = [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
    return pairs or [("", text)]


class QuestionsPanel(MasterDetailPanel[PredictedQuestion]):
    """Question list on the left, the selected question's story and decode on the right."""

    story_requested = Signal(str)
    gap_requested = Signal(str)  # a gap script id: show it in the Plan
    question_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent, knowledge, list_name="Questions list",
                         detail_name="Selected question", min_list_width=340, stretch=(1, 1),
                         sizes=[520, 600],
                         empty_text="Open a resume and a job description to predict questions.")
        self._top = 1.0
        self.open_story_button: QPushButton | None = None
        self.gap_button: QPushButton | None = None

    # ---------------------------------------------------------------- public
    def select_question(self, qid: str) -> None:
        """Show question `qid` (no signal)."""
        self._select(qid)

    def current_question(self) -> str | None:
        return self._current

    # ---------------------------------------------------------------- build
    def _prepare(self, report: Report) -> None:
        self._top = max((q.score for q in report.questions), default=1.0)

    def _items(self, report: Report) -> tuple[PredictedQuestion, ...]:
        return report.questions

    def _summary(self, report: Report) -> str:
        return "Most likely first. Rehearse each out loud with its story."

    def _card(self, i: int, q: PredictedQuestion) -> ListCard:
        card = ListCard(q.id)
        card.setObjectName(f"question-{q.id}")
        rnd = STAGE_NAMES.get(q.round, q.round)
        ready = "story ready" if q.story_id else "no story yet"
        card.setAccessibleName(f"Question {i + 1}: {q.text}. {rnd}, "
                               f"{likelihood_text(q, self._top)}, {ready}")
        row = QHBoxLayout()
        num = QLabel(f"Q{i + 1}")
        set_role(num, "qnumber")
        num.setFont(scaled_font(num, 1.2, bold=True))
        # as wide as "Q12", so every question's text starts at the same x
        num.setFixedWidth(num.fontMetrics().horizontalAdvance("Q12") + 6)
        row.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(TextLabel(q.text, selectable=False))
        meta = TextLabel(f"{rnd} \u00b7 {likelihood_text(q, self._top)} \u00b7 "
                         + ("\u2713 story ready" if q.story_id else "\u25cb no story yet"),
                         "muted", selectable=False)
        meta.setObjectName("question-card-meta")
        meta.setToolTip("How likely it is to be asked, next to the most likely question; open "
                        "the question for why.")
        texts.addWidget(meta)
        texts.addWidget(ChipRow([style_for(self._styles, p) for p in q.principles],
                                compact=True))
        row.addLayout(texts, 1)
        card.body.addLayout(row)
        card.clicked.connect(lambda qid=q.id: self._on_clicked(qid))
        return card

    def _on_clicked(self, qid: str) -> None:
        self.select_question(qid)
        self.question_selected.emit(qid)

    def _show_detail(self, qid: str) -> None:
        assert self._report is not None and self._session is not None
        report = self._report
        q = next((x for x in report.questions if x.id == qid), None)
        if q is None:
            return
        index = report.questions.index(q)
        lay = self.detail_page.layout_
        clear_layout(lay)
        title = TextLabel(f"Q{index + 1}. {q.text}")
        set_role(title, "heading")
        title.setFont(scaled_font(title, 1.3, bold=True))
        lay.addWidget(title)
        lay.addWidget(ChipRow([style_for(self._styles, p) for p in q.principles]))
        # one wrapping line and the bar under it: never wider than a narrow pane
        words = likelihood_text(q, self._top)
        score = TextLabel(f"{STAGE_NAMES.get(q.round, q.round)} \u00b7 "
                          f"{words[0].upper() + words[1:]}", selectable=False)
        score.setObjectName("question-meta")
        score.setToolTip("How likely it is to be asked, next to the most likely question.")
        lay.addWidget(score)
        bar = ScoreBar(likelihood(q, self._top), "Likelihood")
        bar.setToolTip(score.toolTip())
        bar.setMaximumWidth(260)
        lay.addWidget(bar)
        lay.addWidget(self._story_card(report, q))
        if q.decode is not None:
            self._decode(lay, q.decode)
        elif q.looks_for:
            lay.addWidget(heading("What the interviewer listens for", 2))
            lay.addWidget(TextLabel(q.looks_for))
        lay.addWidget(heading("Why we predict it", 2))
        why = TextLabel(q.why or "It is often asked for this kind of role.")
        why.setObjectName("question-why")
        lay.addWidget(why)
        if q.score_detail:
            lay.addWidget(disclosure(q.score_detail, name="question-scored"))
        lay.addStretch(1)

    def _story_card(self, report: Report, q: PredictedQuestion) -> Card:
        """The story to tell and the angle to take, or the gap script when none fits yet."""
        assert self._session is not None
        card = Card(role="card")
        card.setObjectName("question-story")
        card.body.addWidget(heading("The story to tell", 2))
        self.open_story_button = QPushButton("Open story")
        self.open_story_button.setAccessibleName("Open the story for this question")
        self.gap_button = None
        story = self._session.story(q.story_id) if q.story_id else None
        bullets = [b.text for b in report.resume.bullets]
        buttons = QHBoxLayout()
        if story is not None:
            number = next((i for i, s in enumerate(report.stories, 1) if s.id == story.id), 0)
            t = TextLabel(f"Story {number}: {story.title}" if number else story.title)
            t.setObjectName("question-story-title")
            t.setFont(scaled_font(t, 1.05, bold=True))
            card.body.addWidget(t)
            hook = story_hook(story.hook, [bullet_text(report, b)
                                           for b in story.bullet_ids] or bullets)
            if hook and hook.rstrip(".") != story.title.rstrip(".") and story.kind != "frame":
                card.body.addWidget(TextLabel(hook, "muted"))
            self.open_story_button.clicked.connect(
                lambda _=False, s=story.id: self.story_requested.emit(s))
            buttons.addWidget(self.open_story_button)
            if q.angle:
                angle = angle_summary(restore_quotes(q.angle, bullets), q.decode is not None)
                card.body.addWidget(TextLabel(f"Your angle: {angle}"))
        else:
            gap = next((g for g in report.gap_scripts if g.id == q.gap_script_id), None)
            words = ("No story yet: use the gap script "
                     f"\u201c{gap.title}\u201d, and be honest about the nearest example."
                     if gap is not None else
                     "No story yet: none of your drafts fits this question. Think of a real "
                     "example from your own past before the interview.")
            none = TextLabel(words)
            none.setObjectName("question-no-story")
            card.body.addWidget(none)
            if q.angle:
                card.body.addWidget(TextLabel(angle_summary(restore_quotes(q.angle, bullets),
                                                            q.decode is not None), "muted"))
            self.open_story_button.setEnabled(False)
            self.open_story_button.hide()
            if gap is not None:
                self.gap_button = QPushButton("Open the gap script")
                self.gap_button.setObjectName("question-gap-button")
                self.gap_button.setAccessibleName(f"Open the gap script {gap.title}")
                self.gap_button.clicked.connect(
                    lambda _=False, g=gap.id: self.gap_requested.emit(g))
                buttons.addWidget(self.gap_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        return card

    def _decode(self, lay: QVBoxLayout, decode: AnswerDecode) -> None:
        """The full answer decode in readable sections."""
        lay.addWidget(heading("What the interviewer listens for", 2))
        lay.addWidget(TextLabel(decode.listens_for))
        if decode.shape:
            lay.addWidget(heading("A strong answer, with your story in it", 2))
            for n, step in enumerate(decode.shape, 1):
                lay.addWidget(_numbered(f"{n}.", step))
        if decode.pitfalls:
            lay.addWidget(heading("Pitfalls that sink it", 2))
            for pit in decode.pitfalls:
                lay.addWidget(_numbered("\u2715", pit))
        if decode.follow_ups:
            lay.addWidget(heading("Follow-ups to expect", 2))
            for f in decode.follow_ups:
                lay.addWidget(_numbered("?", f))
        if decode.strong_vs_adequate:
            lay.addWidget(heading("Strong versus adequate", 2))
            for label, text in strong_vs_adequate(decode.strong_vs_adequate):
                lay.addWidget(_numbered(label + ":" if label else "", text, bold=True))


def _numbered(mark: str, text: str, bold: bool = False) -> QWidget:
    """A line with its mark in a column of its own, so wrapped lines align with the text."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(4, 0, 0, 0)
    lay.setSpacing(6)
    if mark:
        m = QLabel(mark)
        set_role(m, "muted")
        if bold:
            m.setFont(scaled_font(m, 1.0, bold=True))
        m.setMinimumWidth(m.fontMetrics().horizontalAdvance("Adequate:" if bold else "10.") + 4)
        m.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(m, 0, Qt.AlignmentFlag.AlignTop)
    lay.addWidget(TextLabel(text), 1)
    return row
