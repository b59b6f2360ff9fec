"""The strip above every workspace page: the fit score, its three parts and the top risks.

Every number is a button: clicking it opens the Overview with that number's reasons shown
("every number on screen can be clicked to see where it came from"); hovering says what it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.session import Session
from app.views.flow_layout import FlowLayout

PARTS = (("skills", "skills"), ("experience", "experience"), ("culture", "culture"))


def _link(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class HeaderStrip(QFrame):
    """Fit 87/100 · skills 88 | experience 95 | culture 77 · level L5, then the top risks."""

    reason_requested = Signal(str)  # "overall", "skills", "experience", "culture", "level",
    #                                 or "risk-<id>"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderStrip")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 6, 16, 6)
        lay.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.fit_label = _link("", "FitScore", self)
        self.fit_label.clicked.connect(lambda: self.reason_requested.emit("overall"))
        top.addWidget(self.fit_label)
        top.addSpacing(8)
        self.part_buttons: dict[str, QPushButton] = {}
        for key, _ in PARTS:
            button = _link("", "FitPart", self)
            button.clicked.connect(lambda _=False, k=key: self.reason_requested.emit(k))
            self.part_buttons[key] = button
            top.addWidget(button)
        self.level_button = _link("", "FitPart", self)
        self.level_button.clicked.connect(lambda: self.reason_requested.emit("level"))
        top.addWidget(self.level_button)
        top.addStretch(1)
        lay.addLayout(top)
        risks = QWidget(self)
        self.risks_layout = FlowLayout(risks, spacing=2)
        self.risks_title = QLabel("Top risks:", risks)
        self.risks_title.setObjectName("HeaderRisksTitle")
        self.risks_layout.addWidget(self.risks_title)
        self.risk_buttons: list[QPushButton] = []
        lay.addWidget(risks)

    def show_session(self, session: Session) -> None:
        """Fill the strip from the session's report."""
        fit = session.report.fit
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
        self.level_button.setVisible(bool(fit.level))
        if fit.level:
            self.level_button.setText(f"\u00b7  level {fit.level}")
            self.level_button.setAccessibleName(f"Level estimate {fit.level}; show why")
            self.level_button.setToolTip("The level your resume reads as. Click to see why.")
        for button in self.risk_buttons:
            self.risks_layout.removeWidget(button)
            button.deleteLater()
        self.risk_buttons = []
        risks = session.report.risks[:3]
        self.risks_title.setText("Top risks:" if risks else "No major risks found.")
        for i, risk in enumerate(risks, 1):
            button = _link(f"{i}. {risk.title}", "HeaderRisk",
                           self.risks_title.parentWidget() or self)
            button.setToolTip(f"{risk.why}\nClick to see how to prepare.")
            button.setAccessibleName(f"Risk {i}: {risk.title}; show how to prepare")
            button.clicked.connect(lambda _=False, r=risk.id: self.reason_requested.emit(
                f"risk-{r}"))
            self.risks_layout.addWidget(button)
            button.show()
            self.risk_buttons.append(button)

    def risks_text(self) -> str:
        """The risks line as read aloud (tests, accessibility)."""
        return "  ".join([self.risks_title.text()] + [b.text() for b in self.risk_buttons])
