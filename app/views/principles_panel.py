"""The 16 Leadership Principles (behavioural themes outside Amazon) rated strong / thin / none; selecting one shows what
interviewers look for, the user's evidence, the stories that cover it, probes and the gap
script. Clicking emits `principle_selected` so the shell can light the resume bullets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.display import restore, restore_quotes
from app.models.knowledge import Knowledge
from app.models.report import PrincipleRating, Report
from app.views.master_detail import MasterDetailPanel
from app.views.widgets import (
    STRENGTH_LABELS,
    Card,
    ListCard,
    StrengthBadge,
    Swatch,
    TextLabel,
    bullet_text,
    clear_layout,
    disclosure,
    heading,
    link_button,
    scaled_font,
    set_role,
    style_for,
)
from app.vocabulary import vocabulary


def _icon(name: str):  # noqa: ANN202 (a QIcon; qtawesome is imported lazily)
    from app.views import icons as qta  # qtawesome's glyphs without its import cost

    return qta.icon(name)


class PrinciplesPanel(MasterDetailPanel[PrincipleRating]):
    """Principle cards on the left, the selected principle's detail on the right."""

    principle_selected = Signal(str)
    story_requested = Signal(str)
    show_in_resume = Signal(str)  # "Show in resume": light its bullets on the Resume & JD page

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent, knowledge, list_name="Principles list",
                         detail_name="Selected principle", min_list_width=320, stretch=(2, 3),
                         sizes=[420, 700],
                         empty_text="Open a resume and a job description to rate the "
                                    "principles.")

    # ---------------------------------------------------------------- public
    def select_principle(self, pid: str) -> None:
        """Show `pid` without emitting (used by the shell and when restoring)."""
        self._select(pid)

    def current_principle(self) -> str | None:
        return self._current

    # ---------------------------------------------------------------- build
    def _items(self, report: Report) -> tuple[PrincipleRating, ...]:
        return report.principles

    def _summary(self, report: Report) -> str:
        strong = sum(1 for p in report.principles if p.strength == "strong")
        many = vocabulary(report, self._knowledge).many
        return (f"{strong} of {len(report.principles)} {many} have strong evidence. "
                "Select one to see why.")

    def _rating(self, pid: str) -> PrincipleRating | None:
        assert self._report is not None
        return next((p for p in self._report.principles if p.id == pid), None)

    def _stories_for(self, pid: str) -> list[tuple[str, str]]:
        assert self._session is not None
        out = []
        for draft in self._session.report.stories:
            if pid in draft.principles:
                story = self._session.story(draft.id) or draft
                out.append((story.id, story.title))
        return out

    def _card(self, index: int, rating: PrincipleRating) -> ListCard:
        st = style_for(self._styles, rating.id)
        card = ListCard(rating.id)
        card.setObjectName(f"principle-{rating.id}")
        card.setProperty("strength", rating.strength)
        n = len(rating.evidence)
        word = STRENGTH_LABELS.get(rating.strength, ("", rating.strength))[1]
        card.setAccessibleName(f"{rating.name}: {word}, {n} evidence bullets")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(Swatch(st))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        name = TextLabel(rating.name, selectable=False)
        name.setFont(scaled_font(name, 1.0, bold=True))
        texts.addWidget(name)
        n_stories = len(self._stories_for(rating.id))
        counts = TextLabel(
            f"{n} evidence bullet{'s' if n != 1 else ''} \u00b7 {n_stories} "
            f"stor{'ies' if n_stories != 1 else 'y'}", "muted", selectable=False)
        counts.setToolTip(f"{rating.reason}\nSelect to see the bullets, the stories and the "
                          "questions on it." if rating.reason else
                          "Select to see the bullets, the stories and the questions on it.")
        texts.addWidget(counts)
        row.addLayout(texts, 1)
        row.addWidget(StrengthBadge(rating.strength), 0, Qt.AlignmentFlag.AlignVCenter)
        card.body.addLayout(row)
        card.clicked.connect(lambda pid=rating.id: self._on_clicked(pid))
        return card

    def _on_clicked(self, pid: str) -> None:
        self.select_principle(pid)
        self.principle_selected.emit(pid)

    def _show_detail(self, pid: str) -> None:
        assert self._report is not None
        rating = self._rating(pid)
        if rating is None:
            return
        report = self._report
        st = style_for(self._styles, pid)
        scroll = self.detail_page.scroll_value() if pid == getattr(self, "_shown", None) else 0
        self._shown = pid
        lay = self.detail_page.layout_
        clear_layout(lay)
        lay.addWidget(heading(rating.name))
        top = QHBoxLayout()
        top.addWidget(Swatch(st))
        top.addWidget(StrengthBadge(rating.strength))
        n = len(rating.evidence)
        count = QLabel(f"{n} evidence bullet{'s' if n != 1 else ''}")
        set_role(count, "muted")
        count.setToolTip(rating.reason or "Bullets of your resume the classifier tied to it")
        top.addWidget(count)
        top.addStretch(1)
        self.show_button = QPushButton(_icon("fa5s.highlighter"), "Show in resume")
        self.show_button.setObjectName("show-in-resume")
        self.show_button.setAccessibleName(f"Show the bullets for {rating.name} in the resume")
        if n:
            self.show_button.setToolTip(f"Open Resume & JD with these {n} bullet"
                                        f"{'s' if n != 1 else ''} lit")
        else:
            self.show_button.setToolTip("No bullet of your resume shows it yet")
        self.show_button.setEnabled(bool(n))
        self.show_button.clicked.connect(lambda _=False, p=pid: self.show_in_resume.emit(p))
        top.addWidget(self.show_button)
        lay.addLayout(top)
        if rating.reason:
            lay.addWidget(TextLabel(rating.reason, "muted"))
        if rating.score_detail:
            lay.addWidget(disclosure(rating.score_detail, name="principle-scored"))

        looks_for = st.looks_for or next(
            (q.looks_for for q in report.questions if pid in q.principles and q.looks_for), "")
        if looks_for:
            lay.addWidget(heading("What interviewers look for", 2))
            lay.addWidget(TextLabel(looks_for))

        lay.addWidget(heading("Your evidence", 2))
        if rating.evidence:
            why = {e.bullet_id: e.reason for e in report.bullet_evidence}
            for bid in rating.evidence:
                card = Card()
                card.setObjectName("evidence-bullet")
                card.body.addWidget(TextLabel(bullet_text(report, bid)))
                if why.get(bid):
                    card.body.addWidget(TextLabel(why[bid], "muted"))
                lay.addWidget(card)
        else:
            lay.addWidget(TextLabel("No bullet in your resume shows this "
                                    f"{vocabulary(report, self._knowledge).one} yet.", "muted"))

        lay.addWidget(heading("Stories that cover it", 2))
        stories = self._stories_for(pid)
        for sid, title in stories:
            btn = link_button(title, f"Open story {title}")
            btn.clicked.connect(lambda _=False, s=sid: self.story_requested.emit(s))
            lay.addWidget(btn, 0, Qt.AlignmentFlag.AlignLeft)
        if not stories:
            lay.addWidget(TextLabel("No story draft covers it.", "muted"))

        questions = [q for q in report.questions if pid in q.principles]
        if questions:
            lay.addWidget(heading("Likely questions on it", 2))
            for q in questions:
                lay.addWidget(TextLabel(f"\u2022 {q.text}"))

        probes = list(st.probes)
        if not probes:
            for draft in report.stories:
                if pid in draft.principles:
                    probes += [p for p in draft.probes if p not in probes]
        if probes:
            lay.addWidget(heading("Follow-up probes to expect", 2))
            for p in probes:
                lay.addWidget(TextLabel(f"\u2022 {p}"))

        if rating.strength in ("thin", "none"):
            lay.addWidget(heading("Gap script", 2))
            scripts = [g for g in report.gap_scripts if g.target == pid]
            for g in scripts:
                card = Card(role="gap")
                card.setObjectName("gap-script")
                sources = [b.text for b in report.resume.bullets] + [
                    r.text for r in report.job.requirements]
                t = TextLabel(restore(g.title, sources))
                t.setFont(scaled_font(t, 1.0, bold=True))
                card.body.addWidget(t)
                card.body.addWidget(TextLabel(restore_quotes(g.script, sources)))
                for bid in g.bridge_bullet_ids:
                    card.body.addWidget(TextLabel(f"Bridge from: {bullet_text(report, bid)}",
                                                  "muted"))
                lay.addWidget(card)
            if not scripts:
                lay.addWidget(TextLabel(
                    "No script yet: pick the closest thing you have done, say plainly that it "
                    "is the nearest example, and what you would do next time.", "muted"))
        lay.addStretch(1)
        self.detail_page.restore_scroll(scroll)
