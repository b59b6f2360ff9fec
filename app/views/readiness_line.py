"""One line on the Overview: how ready the user is overall (the share of the likely questions
rehearsed to ready, counting partial progress), the count per state, and a link to practise
the next weakest question. The arithmetic is in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.models.knowledge import Knowledge
from app.models.session import Session
from app.views.widgets import ScoreBar, TextLabel, link_button, scaled_font, set_role
from app.workflow import Workflow


class ReadinessLine(QWidget):
    """Readiness 35% [bar] 2 of 12 questions ready · 4 rehearsed …  → Practise the weakest."""

    practice_requested = Signal()

    def __init__(self, knowledge: Knowledge | None, workflow: Workflow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness-line")
        self._knowledge = knowledge
        self.workflow = workflow or Workflow()  # the window's, once it is given
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.value = QLabel("")
        self.value.setObjectName("readiness-value")
        self.value.setFont(scaled_font(self.value, 1.1, bold=True))
        lay.addWidget(self.value)
        self.bar = ScoreBar(0, "Readiness")
        self.bar.setMaximumWidth(160)
        lay.addWidget(self.bar)
        self.summary = TextLabel("", "muted", selectable=False)
        lay.addWidget(self.summary, 1)
        self.link = link_button("Practise the next weakest question", "Open Practice")
        self.link.clicked.connect(self.practice_requested.emit)
        lay.addWidget(self.link)
        set_role(self, "readiness-line")
        self.setVisible(knowledge is not None and knowledge.practice is not None)

    def show_session(self, session: Session) -> None:
        if self._knowledge is None or self._knowledge.practice is None:
            return
        ready = self.workflow.readiness(session)
        self.value.setText(f"Readiness {ready.overall}%")
        self.bar.setValue(ready.overall)
        self.bar.setAccessibleName(f"Readiness: {ready.overall} out of 100")
        self.summary.setText(ready.summary)
        tip = (f"{ready.detail}. A question is ready after two tries scoring "
               f"{self._knowledge.practice.ready_score} or more.")
        for w in (self.value, self.bar, self.summary):
            w.setToolTip(tip)
