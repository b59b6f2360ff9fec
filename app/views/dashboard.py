"""The overview page: the verdict first in plain words, then the fit score with its three
parts and the level, the top three risks and the next steps. Every "why" is one plain
sentence; the arithmetic behind a number sits folded under "How this is scored"."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.display import (
    VERDICT_GLYPHS,
    VERDICT_MEANINGS,
    display_name,
    display_title,
    employer,
    first_sentence,
    level_phrase_for,
    restore,
    restore_quotes,
    verdict_label,
    verdict_parts,
    without_level,
)
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
    VerdictBadge,
    bullet_text,
    clear_layout,
    count_placeholders,
    disclosure,
    heading,
    link_button,
    principle_styles,
    requirement_text,
    scaled_font,
    set_role,
    style_for,
)
from app.vocabulary import Vocabulary, localize, vocabulary
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
    frames = {d.id for d in report.stories if d.kind == "frame"}
    for n, sid, title in sorted(pending, key=lambda t: (t[1] in frames, -t[0]))[:3]:
        word = "placeholder" if n == 1 else "placeholders"
        if sid in frames:  # a frame has no line to fill in: the user brings the example
            what = title.split(": ", 1)[1] if title.lower().startswith("frame to fill:") else title
            steps.append((f"Find your own example for \u201c{what}\u201d", "story", sid))
        else:
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
        vocab = vocabulary(report)
        word = vocab.one if len(weak) == 1 else vocab.many
        steps.append((f"Prepare gap scripts for {len(weak)} {word} with no evidence",
                      "page", "plan"))
    verdicts = [m.verdict or ("met" if m.met else "not-met") for m in report.requirement_matches]
    unmet, partly = verdicts.count("not-met"), verdicts.count("partly")
    confirm = verdicts.count("confirm")
    if unmet or partly or confirm:
        parts = [f"{unmet} not met" if unmet else "", f"{partly} partly met" if partly else "",
                 f"{confirm} to confirm yourself" if confirm else ""]
        noun = "requirement" if unmet + partly + confirm == 1 else "requirements"
        steps.append((f"Review the posting's {noun}: " + ", ".join(p for p in parts if p),
                      "page", "resume"))
    if report.checklist:
        done = sum(1 for c in report.checklist if session.ticks.get(c.id))
        steps.append((f"Work through the checklist ({done} of {len(report.checklist)} done)",
                      "page", "plan"))
    return steps


class DashboardPanel(QWidget):
    """The verdict, fit, level, top risks and next steps for one session."""

    navigate = Signal(str)
    story_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._report: Report | None = None  # the session's report (change detection)
        self._shown: Report | None = None  # the same, in the words shown (see localize)
        self._vocab: Vocabulary | None = None
        self.workflow: Workflow | None = None  # the window's (set_workflow): readiness
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
        self._shown = localize(session.report, self._knowledge)
        self._vocab = vocabulary(session.report, self._knowledge)
        self._styles = principle_styles(session.report, self._knowledge)
        clear_layout(self._lay)
        self.expanders = {}
        self._steps_card = None
        yield from self._build(session)
        self.page.restore_scroll(scroll)

    def show_reason(self, key: str) -> None:
        """Open the reasons behind `key` ("overall", "skills", "level", "risk-<id>", ...) and
        scroll to them (what a click on a number in the header does); "verdict" shows the
        verdict at the top of the page."""
        if key == "verdict":
            card = self.findChild(QWidget, "verdict-card")
            if card is not None:
                self.page.scroll_to_top_of(card)
            return
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
        filled: set[str] = set()
        while len(filled) < len(self.expanders):  # filling one may add a folded one inside
            for key, exp in list(self.expanders.items()):
                if key not in filled:
                    filled.add(key)
                    exp.ensure_filled()
        return [float(w.property("points")) for w in self.findChildren(QLabel)
                if w.property("role") == "reason"]

    # ---------------------------------------------------------------- build
    def _expander(self, key: str, title: str) -> Expander:
        exp = Expander(title, expanded=key in self._expanded)
        exp.setObjectName(f"expander-{key}")
        self.expanders[key] = exp
        return exp

    def _disclosure(self, key: str, lines: list[str], title: str = "How this is scored"
                    ) -> Expander:
        """A folded "How this is scored" that remembers being open across refreshes."""
        exp = disclosure([line for line in lines if line], title, f"expander-{key}")
        exp.set_expanded(key in self._expanded)
        self.expanders[key] = exp
        return exp

    def _build(self, session: Session) -> Iterator[None]:
        report = self._shown
        assert report is not None
        fit = report.fit
        title = display_title(report.job.title) or "the role"
        company = f" at {name}" if (name := employer(report)) else ""
        who = display_name(report.resume.name) or "You"
        self._lay.addWidget(heading(f"{who} \u2014 {title}{company}"))
        self._lay.addWidget(self._build_verdict(report))
        self.readiness = ReadinessLine(self._knowledge, self.workflow)  # practice: how ready
        self.readiness.practice_requested.connect(lambda: self.navigate.emit("practice"))
        self.readiness.show_session(session)
        self._lay.addWidget(self.readiness)
        yield
        fit_card = self._build_fit(fit)
        comp_card = self._build_components(fit)
        # side by side when both fit, else the score above its parts
        self._lay.addWidget(ReflowGrid([fit_card, comp_card], 340, stretches=(3, 4)))
        yield
        self._build_risks(report)
        yield
        self._build_next_steps(session)

    def _build_verdict(self, report: Report) -> QWidget:
        """The verdict in plain words: the word, what it means, the one or two facts behind
        it and (for "not yet") what would change it; then what the kit assumes of the
        posting when it is not Amazon's, and its pay when the posting prints it."""
        fit = report.fit
        card = Card(role="verdict-card")
        card.setObjectName("verdict-card")
        card.body.setContentsMargins(14, 12, 14, 12)
        card.body.setSpacing(6)
        label = verdict_label(fit.verdict)
        facts, change = verdict_parts(fit.verdict, fit.verdict_reason)
        row = QHBoxLayout()
        row.setSpacing(14)
        if label:
            badge = VerdictBadge(fit.verdict, label, VERDICT_GLYPHS.get(fit.verdict, ""))
            badge.setObjectName("verdict-badge")
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(3)
        meaning = VERDICT_MEANINGS.get(fit.verdict, "")
        if meaning:
            m = TextLabel(meaning)
            m.setObjectName("verdict-meaning")
            m.setFont(scaled_font(m, 1.15, bold=True))
            words.addWidget(m)
        if facts:
            f = TextLabel(facts)
            f.setObjectName("verdict")
            words.addWidget(f)
        if change:
            c = TextLabel(f"What would change it: {change}")
            c.setObjectName("verdict-change")
            c.setFont(scaled_font(c, 1.0, bold=False))
            words.addWidget(c)
        row.addLayout(words, 1)
        card.body.addLayout(row)
        for line, name in ((report.posting.note, "posting-note"), (report.posting.pay, "pay")):
            if line:
                note = TextLabel(_tidy_line(line), "muted")
                note.setObjectName(name)
                card.body.addWidget(note)
        return card

    def _build_fit(self, fit: FitScore) -> Card:
        """The big fit number, the level it reads as and why, with the arithmetic and the
        counting of years folded away."""
        fit_card = Card()
        fit_card.setObjectName("fit-card")
        row = QHBoxLayout()
        big = QLabel(f"{fit.overall}")
        big.setObjectName("fit-number")
        set_role(big, "bignumber")
        big.setFont(scaled_font(big, 3.0, bold=True))
        big.setAccessibleName(f"Fit score {fit.overall} out of 100")
        row.addWidget(big)
        row.addWidget(TextLabel("/ 100\nfit score", "muted", selectable=False))
        row.addStretch(1)
        fit_card.body.addLayout(row)
        assert self._shown is not None
        level = level_phrase_for(self._shown, self._knowledge)
        if level:
            lvl = QLabel(f"Reads as {level}")
            lvl.setObjectName("level")
            lvl.setWordWrap(True)
            lvl.setFont(scaled_font(lvl, 1.1, bold=True))
            fit_card.body.addWidget(lvl)
        if fit.level_reason:
            fit_card.body.addWidget(TextLabel(without_level(fit.level_reason, fit.level)))
        elif fit.years is not None:
            fit_card.body.addWidget(TextLabel(f"About {fit.years:g} years of relevant work."))
        weights = [f"{name.lower()} {fit.weights[key]:.0%}" for key, name in COMPONENTS
                   if key in fit.weights]
        scored = [fit.score_detail]
        if weights:
            scored.append("The parts count as " + ", ".join(weights) + "; the verdict sets the "
                          "band the score falls in.")
        fit_card.body.addWidget(self._disclosure("overall", scored))
        years = fit.years_reason or (f"About {fit.years:g} years of relevant work, from the "
                                     "dates of your roles." if fit.years is not None else "")
        if years or level:
            fit_card.body.addWidget(self._disclosure(
                "level", [years or "Your years of work could not be counted from the resume's "
                          "dates."], "How your years were counted"))
        fit_card.body.addStretch(1)
        return fit_card

    def _build_components(self, fit: FitScore) -> Card:
        """Skills, experience, culture: a bar each, opening its reasons in plain sentences
        (the points behind them folded once more)."""
        comp_card = Card()
        comp_card.body.addWidget(heading("Where the score comes from", 2))
        # The three bars start and end at the same x: names and counts get fixed widths.
        probe = QLabel()
        probe.setFont(scaled_font(probe, 1.0, bold=True))
        name_width = max(probe.fontMetrics().horizontalAdvance(f"{n}  100") for _, n in
                         COMPONENTS) + 36
        count_width = probe.fontMetrics().horizontalAdvance("99 reasons") + 8
        for key, name in COMPONENTS:
            value = getattr(fit, key)
            # Biggest contributions first (stable, so ties keep the report's order).
            reasons = sorted((r for r in fit.reasons if r.component == key),
                             key=lambda r: -abs(r.points))
            weight = fit.weights.get(key)
            share = f"{weight:.0%} of the fit" if weight is not None else ""
            exp = self._expander(key, f"{name}  {value}")
            exp.header.setFixedWidth(name_width)
            exp.header.setToolTip(f"{name}: {value}/100{', ' + share if share else ''}. "
                                  "Click to see the reasons.")
            exp.header.setAccessibleName(f"{name} score {value} out of 100; show "
                                         f"{len(reasons)} reasons")
            exp.headline.addWidget(ScoreBar(value, name), 1)
            n = len(reasons)
            wl = QLabel(f"{n} reason{'s' if n != 1 else ''}")
            set_role(wl, "muted")
            wl.setFixedWidth(count_width)
            if share:
                wl.setToolTip(f"{name} counts for {share}")
            exp.headline.addWidget(wl)
            exp.fill_when_opened(partial(self._fill_reasons, reasons=reasons, key=key))
            comp_card.body.addWidget(exp)
        return comp_card

    def _build_risks(self, report: Report) -> None:
        """The top three risks side by side (one above the other in a narrow window): why in
        one sentence, what to prepare, a line to say; the rest of the why and how the risk was
        ranked folded away. Lines the analysis cut are made whole from the text they quote."""
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
            why, more = first_sentence(restore_quotes(risk.why, sources))
            w = TextLabel(why)
            w.setObjectName("risk-why")
            card.body.addWidget(w)
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
            if more or risk.score_detail:
                title_more = "More, and how this is scored" if more else "How this is scored"
                card.body.addWidget(self._disclosure(f"risk-more-{risk.id}",
                                                     [more, _scored(risk.score_detail)],
                                                     title_more))
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
        many = self._vocab.many if self._vocab is not None else "principles"
        for text, page in ((f"{many.capitalize()}: {strong} of {len(report.principles)} strong",
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

    def _fill_reasons(self, body: QVBoxLayout, reasons: list[Reason], key: str) -> None:
        for r in reasons:
            body.addWidget(self._reason_widget(r))
        if not reasons:
            body.addWidget(TextLabel("No reasons recorded.", "muted"))
            return
        points = [f"{r.points:+.1f} points (weight {r.weight:g}): {r.text}" for r in reasons]
        body.addWidget(self._disclosure(f"points-{key}", points))

    def _reason_widget(self, r: Reason) -> QWidget:
        """One reason as a plain sentence with a mark (never colour alone) and the resume or
        posting line it points at."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(1)
        assert self._shown is not None
        sources = [b.text for b in self._shown.resume.bullets] + [
            q.text for q in self._shown.job.requirements]
        text = restore_quotes(r.text, sources)
        mark = "\u2715" if r.points <= 0 else "\u25d0" if "partly" in text.lower() else "\u2713"
        label = TextLabel(f"{mark}  {text}")
        set_role(label, "reason", sign="positive" if r.points > 0 else "negative")
        label.setProperty("points", float(r.points))
        lay.addWidget(label)
        for bid in r.bullet_ids:
            lay.addWidget(TextLabel(f"\u2022 Resume: {bullet_text(self._shown, bid)}", "muted"))
        for rid in r.requirement_ids:
            line = requirement_text(self._shown, rid)
            if " ".join(line.split())[:40].lower() not in " ".join(text.split()).lower():
                lay.addWidget(TextLabel(f"\u2022 Posting: {line}", "muted"))  # not quoted yet
        if r.principle_ids:
            lay.addWidget(ChipRow([style_for(self._styles, p) for p in r.principle_ids],
                                  compact=True))
        return box


def _scored(detail: str) -> str:
    return f"How this is scored: {detail}" if detail else ""


def _tidy_line(line: str) -> str:
    """A line from the analysis with stray punctuation at its end tidied ("...,." -> ".")."""
    line = " ".join(line.split())
    while line[-2:] in (",.", ";.", ":."):
        line = line[:-2] + "."
    return line
