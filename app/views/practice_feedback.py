"""The rubric of one try, in plain words: the score and what it means for readiness, the four
STAR parts, the measured result, "I" versus "we" (with the sentences that hide the user's
part), length and time, placeholders, fillers, fit to the question, and what to change; the
arithmetic behind the score on demand. Also the practice timer, and a try's one-line summary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.models.knowledge import PracticeRules
from app.models.practice import STAR_PARTS, PracticeAttempt, Rubric
from app.views.widgets import Card, Expander, ScoreBar, TextLabel, heading, scaled_font, set_role

PART_NAMES = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}


def time_text(seconds: int) -> str:
    """'1 min 45 s', '50 s'."""
    minutes, sec = divmod(max(0, int(seconds)), 60)
    return f"{minutes} min {sec:02d} s" if minutes else f"{sec} s"


def clock_text(seconds: int) -> str:
    """'1:05'."""
    minutes, sec = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{sec:02d}"


def attempt_line(attempt: PracticeAttempt) -> str:
    """'Tue 1 Dec 19:30 · typed · 1:48 on the timer · 64'."""
    try:
        when = datetime.fromisoformat(attempt.at)
        stamp = f"{when.strftime('%a')} {when.day} {when.strftime('%b %H:%M')}"
    except ValueError:
        stamp = attempt.day
    timed = f"{clock_text(attempt.seconds)} on the timer" if attempt.seconds else "no timer"
    how = "typed" if attempt.mode == "typed" else "said aloud"
    return f"{stamp} \u00b7 {how} \u00b7 {timed} \u00b7 {attempt.rubric.score}"


class PracticeTimer(QObject):
    """Counts the seconds of one try: a gentle mark at the wrap-up second (90 s), another at the
    end of the time (2 min); it keeps counting after that, it never cuts the user off. One tick
    is one second; `tick_ms` shortens the real interval (tests)."""

    ticked = Signal(int)  # seconds so far
    wrap_up = Signal()  # the gentle mark: time to land the result
    time_up = Signal()  # the end of the suggested time

    def __init__(self, parent: QObject | None = None, wrap_seconds: int = 90,
                 limit_seconds: int = 120, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.wrap_seconds, self.limit_seconds = wrap_seconds, limit_seconds
        self.seconds = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def set_tick_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, int(ms)))

    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> int:
        self._timer.stop()
        return self.seconds

    def reset(self) -> None:
        self._timer.stop()
        self.seconds = 0
        self.ticked.emit(0)

    def _tick(self) -> None:
        self.seconds += 1
        self.ticked.emit(self.seconds)
        if self.seconds == self.wrap_seconds:
            self.wrap_up.emit()
        elif self.seconds == self.limit_seconds:
            self.time_up.emit()


def ready_words(rules: PracticeRules, scores: tuple[int, ...]) -> str:
    """What the scores so far mean for readiness, in one sentence."""
    passes = sum(1 for s in scores if s >= rules.ready_score)
    need = rules.ready_times - passes
    if need <= 0:
        return f"Ready: {rules.ready_score} or more on {rules.ready_times} tries."
    tries = "try" if need == 1 else "tries"
    return (f"{need} more {tries} at {rules.ready_score} or more and this question is ready "
            f"({passes} so far).")


class FeedbackCard(Card):
    """The feedback on one try (built once per try shown)."""

    def __init__(self, rules: PracticeRules, attempt: PracticeAttempt, scores: tuple[int, ...],
                 latest: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice-feedback")
        r = attempt.rubric
        self.rubric = r
        say = rules.say
        top = QHBoxLayout()
        score = QLabel(str(r.score))
        score.setObjectName("feedback-score")
        set_role(score, "bignumber")
        score.setFont(scaled_font(score, 2.6, bold=True))
        score.setAccessibleName(f"Score {r.score} out of 100")
        top.addWidget(score, 0, Qt.AlignmentFlag.AlignTop)
        side = QLabel("/ 100\n" + ("This try" if latest else "An earlier try"))
        set_role(side, "muted")
        top.addWidget(side, 0, Qt.AlignmentFlag.AlignTop)
        bar = ScoreBar(r.score, "Rubric score")
        bar.setMaximumWidth(260)
        top.addWidget(bar, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.body.addLayout(top)
        self.body.addWidget(TextLabel(ready_words(rules, scores), "muted"))

        self.part_labels: dict[str, QLabel] = {}
        parts = QHBoxLayout()
        parts.setSpacing(6)
        for p in STAR_PARTS if r.story_scored else ():
            ok = r.parts.get(p, False)
            label = QLabel(("\u2713 " if ok else "\u2717 ") + PART_NAMES[p])
            set_role(label, "star-part", ok="true" if ok else "false")
            label.setAccessibleName(f"{PART_NAMES[p]} {'present' if ok else 'missing'}")
            label.setToolTip(r.part_quotes.get(p, "") or f"No {PART_NAMES[p].lower()} found.")
            self.part_labels[p] = label
            parts.addWidget(label)
        parts.addStretch(1)
        self.body.addLayout(parts)
        self.findings: list[QLabel] = []
        if r.story_scored:
            self._add(say("finding.number.yes", measured="; ".join(r.measured[:3]))
                      if r.has_number_result else say("finding.number.no"), r.has_number_result)
        if r.i_count + r.we_count:
            self._add(say("finding.i_share", share=f"{r.i_share:.0%}", i=r.i_count,
                          we=r.we_count), r.i_share >= rules.thresholds["i_share_good"])
        else:
            self._add(say("finding.i_share.none"), False)
        if r.hidden:
            self._add(say("finding.hidden"), False)
            for sentence in r.hidden:
                quote = TextLabel(f"\u201c{sentence}\u201d", "muted")
                quote.setObjectName("hidden-sentence")
                quote.setContentsMargins(18, 0, 0, 0)
                self.body.addWidget(quote)
        lo, hi = rules.target_seconds
        in_range = lo <= r.seconds <= hi
        self._add(say("finding.spoken", time=time_text(r.seconds)) if r.spoken else
                  say("finding.length", words=r.words, time=time_text(r.seconds)), in_range)
        self._add(say("finding.placeholders", gaps=r.placeholders,
                      cap=int(rules.thresholds["not_ready_cap"]) + 1) if r.placeholders
                  else say("finding.placeholders.none"), not r.placeholders)
        examples = ", ".join(f"\u201c{f}\u201d" for f in r.filler_phrases[:4])
        if r.filler_density >= rules.thresholds["fillers_cap_per_100"]:
            self._add(say("finding.fillers.capped", count=r.fillers, examples=examples,
                          density=f"{r.filler_density:g}",
                          cap=int(rules.thresholds["not_ready_cap"]) + 1), False)
        else:
            self._add(say("finding.fillers", count=r.fillers, examples=examples) if r.fillers
                      else say("finding.fillers.none"), r.fillers == 0)
        if r.fit is not None:
            found = "; ".join(r.fit_found)
            missing = "; ".join(r.fit_missing)
            text = (say("finding.fit", found=found,
                        missing=f"; not yet {missing}" if missing else "")
                    if found else say("finding.fit.none", missing=missing))
            self._add(text, not r.fit_missing)
        if r.advice:
            self.body.addWidget(heading("What to change", 2))
            for i, advice in enumerate(r.advice, 1):
                line = TextLabel(f"{i}. {advice}")
                line.setObjectName("advice")
                self.body.addWidget(line)
        how = Expander("How this is scored")
        how.setObjectName("score-detail")
        how.body_layout.addWidget(TextLabel(r.score_detail, "muted"))
        self.body.addWidget(how)
        answer = Expander("The answer scored" if attempt.mode == "typed"
                          else "The story you rehearsed from")
        answer.setObjectName("attempt-text")
        answer.fill_when_opened(lambda lay: lay.addWidget(TextLabel(attempt.text)))
        self.body.addWidget(answer)

    def _add(self, text: str, ok: bool) -> None:
        line = TextLabel(("\u2713 " if ok else "\u2022 ") + text)
        set_role(line, "finding", ok="true" if ok else "false")
        self.findings.append(line)
        self.body.addWidget(line)

    def texts(self) -> list[str]:
        """Every finding and advice line as shown (tests, accessibility)."""
        return [w.text() for w in self.findChildren(QLabel) if w.text()]


def rubric_summary(r: Rubric) -> str:
    """'S T A R · number · I 80% · 1 min 40 s' for a compact list line."""
    parts = "".join(PART_NAMES[p][0] if r.parts.get(p) else "\u00b7" for p in STAR_PARTS)
    return f"{parts} \u00b7 I {r.i_share:.0%} \u00b7 {time_text(r.seconds)}"
