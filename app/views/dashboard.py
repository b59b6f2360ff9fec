"""The overview page: fit score with its three parts and every reason, level estimate,
top risks and the next steps to take. Every number opens to where it came from."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.display import display_name, display_title, level_phrase_for, restore, restore_quotes
from app.models.knowledge import Knowledge
from app.models.report import FitScore, Reason, Report
from app.models.session import Session
from app.views.readiness_line import ReadinessLine
from app.views.widgets import (
    Card,
    ChipRow,
    Expander,
    PrincipleStyle,
    ReflowGrid,
    ScoreBar,
    ScrollPage,
    TextLabel,
    bullet_text,
    clear_layout,
    count_placeholders,
    heading,
    link_button,
    principle_styles,
    requirement_text,
    scaled_font,
    set_role,
    style_for,
)
from app.workflow import Workflow

COMPONENTS = (("skills", "Skills"), ("experience", "Experience"), ("culture", "Culture"))


def next_steps(session: Session) -> list[tuple[str, str, str]]:
    """What to do next, most useful first: (text, kind, target); kind is "story" or "page"."""
    report = session.report
    steps: list[tuple[str, str, str]] = []
    pending = []
    for draft in report.stories:
        story = session.story(draft.id) or draft
        n = sum(count_placeholders(getattr(story, f)) for f in
                ("title", "situation", "task", "action", "result"))
        if n:
            pending.append((n, story.id, story.title))
    for n, sid, title in sorted(pending, key=lambda t: -t[0])[:3]:
        word = "placeholder" if n == 1 else "placeholders"
        steps.append((f"Fill {n} {word} in the story \u201c{title}\u201d", "story", sid))
    if len(pending) > 3:
        steps.append((f"\u2026 and {len(pending) - 3} more stories with placeholders", "page",
                      "stories"))
    if report.questions:
        k = min(3, len(report.questions))
        steps.append((f"Rehearse Q1\u2013Q{k} out loud, about two minutes each", "page",
                      "questions"))
    weak = [p for p in report.principles if p.strength == "none"]
    if weak:
        word = "principle" if len(weak) == 1 else "principles"
        steps.append((f"Prepare gap scripts for {len(weak)} {word} with no evidence",
                      "page", "plan"))
    unmet = [m for m in report.requirement_matches if not m.met]
    if unmet:
        word = "requirement" if len(unmet) == 1 else "requirements"
        steps.append((f"Review {len(unmet)} unmet {word} in the posting", "page", "resume"))
    if report.checklist:
        done = sum(1 for c in report.checklist if session.ticks.get(c.id))
        steps.append((f"Work through the checklist ({done} of {len(report.checklist)} done)",
                      "page", "plan"))
    return steps


class DashboardPanel(QWidget):
    """Fit, level, risks and next steps for one session."""

    navigate = Signal(str)
    story_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self.workflow: Workflow | None = None  # the window's (set_workflow): readiness
        self._report: Report | None = None
        self._styles: dict[str, PrincipleStyle] = {}
        self._expanded: set[str] = set()
        self.expanders: dict[str, Expander] = {}
        self._steps_card: Card | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = ScrollPage(self)
        self.page.setAccessibleName("Overview")
        outer.addWidget(self.page)
        self._lay = self.page.layout_
        self.empty = TextLabel("Open a resume and a job description to see your overview.",
                               "muted")
        self._lay.addWidget(self.empty)
        self._lay.addStretch(1)

    # ---------------------------------------------------------------- public
    def set_workflow(self, workflow: Workflow) -> None:
        self.workflow = workflow

    def set_session(self, session: Session) -> None:
        """Show `session`; keeps scroll position and which reasons are open."""
        for _ in self.session_steps(session):
            pass

    def session_steps(self, session: Session) -> Iterator[None]:
        """`set_session` in pieces (yields between sections) for filling in idle time. The
        reasons behind each number are built when first opened."""
        if session.report is self._report and self._steps_card is not None:
            self._fill_steps(session)  # only edits/ticks changed: steps are all that move
            self.readiness.show_session(session)  # and practice
            return
        scroll = self.page.scroll_value()
        self._expanded = {k for k, e in self.expanders.items() if e.is_expanded()}
        self._report = session.report
        self._styles = principle_styles(session.report, self._knowledge)
        clear_layout(self._lay)
        self.expanders = {}
        self._steps_card = None
        yield from self._build(session)
        self.page.restore_scroll(scroll)

    def show_reason(self, key: str) -> None:
        """Open the reasons behind `key` ("overall", "skills", "level", "risk-<id>", ...) and
        scroll to them (what a click on a number in the header does)."""
        if key.startswith("risk-"):
            card = self.findChild(QWidget, key)
            if card is not None:
                for other in self.findChildren(Card):
                    if other.property("role") == "risk":
                        other.set_selected(other is card)
                self.page.scroll_to_top_of(card)
            return
        exp = self.expanders.get(key)
        if exp is None:
            return
        exp.set_expanded(True)
        exp.header.setFocus()
        card = exp.parentWidget()  # show the card it sits in from its top (its heading too)
        while card is not None and not isinstance(card, Card):
            card = card.parentWidget()
        self.page.scroll_to_top_of(card or exp)

    def reason_points(self) -> list[float]:
        """The points of every reason in the panel, folded ones built first (for tests and
        accessibility checks)."""
        for exp in self.expanders.values():
            exp.ensure_filled()
        return [float(w.property("points")) for w in self.findChildren(QLabel)
                if w.property("role") == "reason"]

    # ---------------------------------------------------------------- build
    def _expander(self, key: str, title: str) -> Expander:
        exp = Expander(title, expanded=key in self._expanded)
        exp.setObjectName(f"expander-{key}")
        self.expanders[key] = exp
        return exp

    def _build(self, session: Session) -> Iterator[None]:
        report = session.report
        fit = report.fit
        title = display_title(report.job.title) or "the role"
        company = f" at {report.job.company}" if report.job.company else ""
        who = display_name(report.resume.name) or "You"
        self._lay.addWidget(heading(f"{who} \u2014 {title}{company}"))
        # The verdict first, in one plain sentence; then what the kit assumes of the posting.
        if fit.verdict_reason:
            verdict = TextLabel(fit.verdict_reason)
            verdict.setObjectName("verdict")
            verdict.setFont(scaled_font(verdict, 1.2, bold=True))
            self._lay.addWidget(verdict)
        for line in (report.posting.note, report.posting.pay):
            if line:
                self._lay.addWidget(TextLabel(line, "muted"))
        self.readiness = ReadinessLine(self._knowledge, self.workflow)  # practice: how ready
        self.readiness.practice_requested.connect(lambda: self.navigate.emit("practice"))
        self.readiness.show_session(session)
        self._lay.addWidget(self.readiness)
        fit_card = yield from self._build_fit(fit)
        comp_card = self._build_components(fit)
        # side by side when both fit, else the score above its parts
        self._lay.addWidget(ReflowGrid([fit_card, comp_card], 400, stretches=(2, 5)))
        yield
        self._build_risks(report)
        yield
        self._build_next_steps(session)

    def _build_fit(self, fit: FitScore) -> Generator[None, None, Card]:
        """The big fit number (opening how it is computed) and the level estimate."""
        fit_card = Card()
        fit_exp = self._expander("overall", "")
        fit_exp.header.setText(f"{fit.overall}")
        fit_exp.header.setAccessibleName(f"Fit score {fit.overall} out of 100; show how")
        fit_exp.header.setToolTip("Click to see how the fit score is computed")
        set_role(fit_exp.header, "bignumber")
        fit_exp.header.setFont(scaled_font(fit_exp.header, 3.0, bold=True))
        fit_exp.headline.addWidget(TextLabel("/ 100\nfit score", "muted", selectable=False))
        fit_exp.headline.addStretch(1)
        parts = []
        for key, name in COMPONENTS:
            w = fit.weights.get(key)
            value = getattr(fit, key)
            parts.append(f"{name} {value} \u00d7 {w:.2f}" if w is not None else f"{name} {value}")
        fit_exp.body_layout.addWidget(TextLabel(
            "The score sits inside the band of the verdict, placed by its parts: "
            + " + ".join(parts) + ". Open each part below for the reasons behind it."))
        if fit.score_detail:
            fit_exp.body_layout.addWidget(TextLabel(f"How this is scored: {fit.score_detail}",
                                                    "muted"))
        fit_card.body.addWidget(fit_exp)
        yield

        # Level estimate and why.
        assert self._report is not None
        years = f" \u00b7 about {fit.years:g} years" if fit.years is not None else ""
        level = level_phrase_for(self._report, self._knowledge)
        lvl = self._expander("level", f"Level estimate: {level}{years}" if level else f"Experience{years}")
        lvl.header.setFont(scaled_font(lvl.header, 1.1, bold=True))
        lvl.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for why in (fit.level_reason, fit.years_reason):
            if why:
                lvl.body_layout.addWidget(TextLabel(why))
        if not (fit.level_reason or fit.years_reason):
            lvl.body_layout.addWidget(TextLabel("No reason recorded."))
        fit_card.body.addWidget(lvl)
        fit_card.body.addStretch(1)
        return fit_card

    def _build_components(self, fit: FitScore) -> Card:
        """Skills, experience, culture: a bar each, opening every reason and its points."""
        comp_card = Card()
        comp_card.body.addWidget(heading("Where the score comes from", 2))
        # The three bars start and end at the same x: names and weights get fixed widths.
        probe = QLabel()
        probe.setFont(scaled_font(probe, 1.0, bold=True))
        name_width = max(probe.fontMetrics().horizontalAdvance(f"{n}  100") for _, n in
                         COMPONENTS) + 36
        weight_width = probe.fontMetrics().horizontalAdvance("weight 100% · 99 reasons") + 8
        for key, name in COMPONENTS:
            value = getattr(fit, key)
            # Biggest contributions first (stable, so ties keep the report's order).
            reasons = sorted((r for r in fit.reasons if r.component == key),
                             key=lambda r: -abs(r.points))
            weight = fit.weights.get(key)
            wtxt = f"weight {weight:.0%}" if weight is not None else ""
            exp = self._expander(key, f"{name}  {value}")
            exp.header.setFixedWidth(name_width)
            exp.header.setToolTip(f"{name}: {value}/100. Click to see every reason and its "
                                  "points.")
            exp.header.setAccessibleName(f"{name} score {value} out of 100, {wtxt}; "
                                         f"show {len(reasons)} reasons")
            exp.headline.addWidget(ScoreBar(value, name), 1)
            n = len(reasons)
            wl = QLabel(f"{wtxt} \u00b7 {n} reason{'s' if n != 1 else ''}")
            set_role(wl, "muted")
            wl.setFixedWidth(weight_width)
            wl.setToolTip(f"{name} counts for {wtxt.removeprefix('weight ')} of the fit score")
            exp.headline.addWidget(wl)
            exp.fill_when_opened(partial(self._fill_reasons, reasons=reasons))
            comp_card.body.addWidget(exp)
        return comp_card

    def _build_risks(self, report: Report) -> None:
        """The top three risks side by side (one above the other in a narrow window): why,
        what to prepare, a line to say. Lines the analysis cut are made whole from the resume
        and posting text they quote."""
        self._lay.addWidget(heading("Top risks", 2))
        sources = [b.text for b in report.resume.bullets] + [r.text for r in
                                                             report.job.requirements]
        cards = []
        for i, risk in enumerate(report.risks[:3]):
            card = Card(role="risk")
            card.setObjectName(f"risk-{risk.id}")
            card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            title = restore(risk.title, sources)
            card.setAccessibleName(f"Risk {i + 1}: {title}")
            t = TextLabel(f"{i + 1}. {title}")
            t.setObjectName("risk-title")
            t.setFont(scaled_font(t, 1.05, bold=True))
            card.body.addWidget(t)
            card.body.addWidget(TextLabel(restore_quotes(risk.why, sources)))
            card.body.addWidget(TextLabel(f"Prepare: {restore_quotes(risk.prepare, sources)}"))
            if risk.line_to_say:
                say = TextLabel(f"Say: \u201c{restore_quotes(risk.line_to_say, sources)}\u201d",
                                "muted")
                say.setObjectName("risk-say")
                card.body.addWidget(say)
            if risk.principle_ids:
                card.body.addWidget(ChipRow([style_for(self._styles, p)
                                             for p in risk.principle_ids], compact=True))
            card.body.addStretch(1)
            cards.append(card)
        if not report.risks:
            self._lay.addWidget(TextLabel("No major risks found.", "muted"))
        else:
            self._lay.addWidget(ReflowGrid(cards, 280))

    def _build_next_steps(self, session: Session) -> None:
        """What to do next, and quick links to the other pages."""
        report = session.report
        self._lay.addWidget(heading("Next steps", 2))
        self._steps_card = Card()
        self._steps_card.setObjectName("next-steps")
        self._fill_steps(session)
        self._lay.addWidget(self._steps_card)

        # Quick links to the other pages.
        links = QHBoxLayout()
        strong = sum(1 for p in report.principles if p.strength == "strong")
        for text, page in ((f"Principles: {strong} of {len(report.principles)} strong",
                            "principles"),
                           (f"{len(report.questions)} likely questions", "questions"),
                           (f"{len(report.stories)} story drafts", "stories"),
                           ("Resume && posting", "resume"), ("Plan", "plan")):
            b = QPushButton(text)
            b.setAccessibleName(f"Go to {text}")
            b.clicked.connect(lambda _=False, p=page: self.navigate.emit(p))
            links.addWidget(b)
        links.addStretch(1)
        self._lay.addLayout(links)
        self._lay.addStretch(1)

    def _fill_steps(self, session: Session) -> None:
        assert self._steps_card is not None
        clear_layout(self._steps_card.body)
        for text, kind, target in next_steps(session):
            btn = link_button(text)
            if kind == "story":
                btn.clicked.connect(lambda _=False, s=target: self.story_requested.emit(s))
            else:
                btn.clicked.connect(lambda _=False, p=target: self.navigate.emit(p))
            self._steps_card.body.addWidget(btn, 0, Qt.AlignmentFlag.AlignLeft)

    def _fill_reasons(self, body: QVBoxLayout, reasons: list[Reason]) -> None:
        for r in reasons:
            body.addWidget(self._reason_widget(r))
        if not reasons:
            body.addWidget(TextLabel("No reasons recorded.", "muted"))

    def _reason_widget(self, r: Reason) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(1)
        assert self._report is not None
        sources = [b.text for b in self._report.resume.bullets] + [
            q.text for q in self._report.job.requirements]
        label = TextLabel(f"{r.points:+g} pts (weight {r.weight:g}) \u2014 "
                          f"{restore_quotes(r.text, sources)}")
        set_role(label, "reason", sign="positive" if r.points >= 0 else "negative")
        label.setProperty("points", float(r.points))
        lay.addWidget(label)
        for bid in r.bullet_ids:
            lay.addWidget(TextLabel(f"\u2022 Resume: {bullet_text(self._report, bid)}", "muted"))
        for rid in r.requirement_ids:
            lay.addWidget(TextLabel(f"\u2022 Posting: {requirement_text(self._report, rid)}",
                                    "muted"))
        if r.principle_ids:
            lay.addWidget(ChipRow([style_for(self._styles, p) for p in r.principle_ids],
                                  compact=True))
        return box
