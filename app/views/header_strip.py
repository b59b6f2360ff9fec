"""The strip above every workspace page but the Overview (which says all of it first):
the verdict, the fit score, its three parts and the level.

Every number is a button: clicking it opens the Overview with that number's reasons shown
("every number on screen can be clicked to see where it came from"); hovering says what it is.
The top risks are not repeated here: they have their place on the Overview (say each thing
once, where it belongs). The strip wraps onto a second line in a narrow window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.display import VERDICT_GLYPHS, level_phrase_for, verdict_label
from app.views.flow_layout import FlowLayout

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.knowledge import Knowledge
    from app.models.session import Session

PARTS = (("skills", "skills"), ("experience", "experience"), ("culture", "culture"))


def _link(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class HeaderStrip(QFrame):
    """✔ Apply · Fit 87/100 · skills 88 | experience 95 | culture 77 · level L5."""

    reason_requested = Signal(str)  # "verdict", "overall", "skills", "experience", ...

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderStrip")
        self._knowledge = knowledge
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 6, 16, 6)
        lay.setSpacing(0)
        row = QWidget(self)
        self.row_layout = FlowLayout(row, spacing=4)
        self.verdict_button = _link("", "FitVerdict", row)
        self.verdict_button.clicked.connect(lambda: self.reason_requested.emit("verdict"))
        self.row_layout.addWidget(self.verdict_button)
        self.fit_label = _link("", "FitScore", row)
        self.fit_label.clicked.connect(lambda: self.reason_requested.emit("overall"))
        self.row_layout.addWidget(self.fit_label)
        self.part_buttons: dict[str, QPushButton] = {}
        for key, _ in PARTS:
            button = _link("", "FitPart", row)
            button.clicked.connect(lambda _=False, k=key: self.reason_requested.emit(k))
            self.part_buttons[key] = button
            self.row_layout.addWidget(button)
        self.level_button = _link("", "FitPart", row)
        self.level_button.clicked.connect(lambda: self.reason_requested.emit("level"))
        self.row_layout.addWidget(self.level_button)
        lay.addWidget(row)

    def show_session(self, session: Session) -> None:
        """Fill the strip from the session's report."""
        fit = session.report.fit
        label = verdict_label(fit.verdict)
        self.verdict_button.setVisible(bool(label))
        if label:
            self.verdict_button.setText(f"{VERDICT_GLYPHS.get(fit.verdict, '')} {label}".strip())
            self.verdict_button.setProperty("verdict", fit.verdict)
            self.verdict_button.style().unpolish(self.verdict_button)
            self.verdict_button.style().polish(self.verdict_button)
            self.verdict_button.setAccessibleName(f"Verdict {label}; show why")
            self.verdict_button.setToolTip("Should you interview for this posting? Click to "
                                           "see why on the Overview.")
        self.fit_label.setText(f"Fit {fit.overall}/100")
        self.fit_label.setAccessibleName(f"Fit score {fit.overall} out of 100; show how")
        self.fit_label.setToolTip("Your overall fit with this posting (0\u2013100), a weighted "
                                  "mix of skills, experience and culture. Click for the "
                                  "reasons.")
        for key, word in PARTS:
            value = getattr(fit, key)
            weight = fit.weights.get(key)
            share = f", {weight:.0%} of the fit" if weight is not None else ""
            n = sum(1 for r in fit.reasons if r.component == key)
            button = self.part_buttons[key]
            button.setText(f"{word} {value}")
            button.setAccessibleName(f"{word} {value} out of 100; show {n} reasons")
            button.setToolTip(f"{word.title()}: {value}/100{share}, from {n} reason"
                              f"{'s' if n != 1 else ''}. Click to see them.")
        level = level_phrase_for(session.report, self._knowledge)
        self.level_button.setVisible(bool(level))
        if level:
            self.level_button.setText(f"\u00b7  level {level}")
            self.level_button.setAccessibleName(f"Level estimate {level}; show why")
            self.level_button.setToolTip("The level your resume reads as. Click to see why.")
        self.row_layout.invalidate()

    def level_text(self) -> str:
        """The level as the strip says it (tests, accessibility)."""
        return self.level_button.text() if not self.level_button.isHidden() else ""
