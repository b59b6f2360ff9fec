"""The 12 most likely questions with round, principles, likelihood and why predicted;
selecting one shows the story to tell and the angle, and "Open story" jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.display import restore_quotes, story_hook
from app.models.knowledge import Knowledge
from app.models.report import PredictedQuestion, Report
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
    """'likelihood 86%' for 0..1 scores, 'score 2.54 (100% of the top)' otherwise."""
    if top <= 1.0:
        return f"likelihood {likelihood(q)}%"
    return f"score {q.score:.2f} ({likelihood(q, top)}% of the top question)"


class QuestionsPanel(MasterDetailPanel[PredictedQuestion]):
    """Question list on the left, the selected question's story and angle on the right."""

    story_requested = Signal(str)
    question_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent, knowledge, list_name="Questions list",
                         detail_name="Selected question", min_list_width=340, stretch=(1, 1),
                         sizes=[520, 600],
                         empty_text="Open a resume and a job description to predict questions.")
        self._top = 1.0
        self.open_story_button: QPushButton | None = None

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
        card.setAccessibleName(f"Question {i + 1}: {q.text}. {rnd}, "
                               f"{likelihood_text(q, self._top)}")
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
        meta = TextLabel(f"{rnd} \u00b7 {likelihood_text(q, self._top)}", "muted",
                         selectable=False)
        meta.setToolTip("How likely it is to be asked, relative to the top question; open the "
                        "question for the full calculation under \u201cWhy we predict it\u201d.")
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
        q = next((x for x in self._report.questions if x.id == qid), None)
        if q is None:
            return
        index = self._report.questions.index(q)
        lay = self.detail_page.layout_
        clear_layout(lay)
        title = TextLabel(f"Q{index + 1}. {q.text}")
        set_role(title, "heading")
        title.setFont(scaled_font(title, 1.3, bold=True))
        lay.addWidget(title)
        lay.addWidget(ChipRow([style_for(self._styles, p) for p in q.principles]))
        # one wrapping line and the bar under it: never wider than a narrow pane
        text = likelihood_text(q, self._top)
        score = TextLabel(f"Round: {STAGE_NAMES.get(q.round, q.round)} \u00b7 "
                          f"{text[0].upper() + text[1:]}", selectable=False)
        score.setObjectName("question-meta")
        score.setToolTip("Frequency \u00d7 posting emphasis \u00d7 your resume \u00d7 role "
                         "weight: see \u201cWhy we predict it\u201d below.")
        lay.addWidget(score)
        bar = ScoreBar(likelihood(q, self._top), "Likelihood")
        bar.setToolTip(score.toolTip())
        bar.setMaximumWidth(260)
        lay.addWidget(bar)

        story_card = Card(role="card")
        story_card.body.addWidget(heading("The story to tell", 2))
        self.open_story_button = QPushButton("Open story")
        self.open_story_button.setAccessibleName("Open the story for this question")
        story = self._session.story(q.story_id) if q.story_id else None
        bullets = [b.text for b in self._report.resume.bullets]
        if story is not None:
            t = TextLabel(story.title)
            t.setFont(scaled_font(t, 1.05, bold=True))
            story_card.body.addWidget(t)
            hook = story_hook(story.hook, [bullet_text(self._report, b)
                                           for b in story.bullet_ids] or bullets)
            if hook and hook.rstrip(".") != story.title.rstrip("."):
                story_card.body.addWidget(TextLabel(hook, "muted"))
            self.open_story_button.clicked.connect(
                lambda _=False, s=story.id: self.story_requested.emit(s))
        else:
            story_card.body.addWidget(TextLabel(
                "None of your story drafts fits this question. Use the gap script in the Plan "
                "and be honest about the nearest example.", "muted"))
            self.open_story_button.setEnabled(False)
        story_card.body.addWidget(heading("The angle", 2))
        story_card.body.addWidget(TextLabel(restore_quotes(q.angle, bullets) if q.angle else
                                            "Lead with your own actions and the result."))
        btn_row = QHBoxLayout()
        btn_row.addWidget(self.open_story_button)
        btn_row.addStretch(1)
        story_card.body.addLayout(btn_row)
        lay.addWidget(story_card)

        if q.looks_for:
            lay.addWidget(heading("What the interviewer looks for", 2))
            lay.addWidget(TextLabel(q.looks_for))
        lay.addWidget(heading("Why we predict it", 2))
        lay.addWidget(TextLabel(q.why or "No reason recorded.", "muted"))
        lay.addStretch(1)
