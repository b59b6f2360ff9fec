"""The workspace: navigation on the left, the header strip with the fit score, and the seven
pages (Resume & JD, then one panel per page, each its own class in its own module)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.actions import PAGE_ICONS, PAGE_IDS, PAGES
from app.views.header_strip import HeaderStrip
from app.views.job_view import JobView
from app.views.reading_notice import ReadingNotice
from app.views.start_view import Banner
from app.vocabulary import is_general

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.knowledge import Knowledge
    from app.models.session import Session

# page id -> (module, class) of its panel. Imported by name so the warm-up can import the
# modules in a worker thread before the first result (compiling them is not free).
PANELS = {
    "overview": ("app.views.dashboard", "DashboardPanel"),
    "principles": ("app.views.principles_panel", "PrinciplesPanel"),
    "questions": ("app.views.questions_panel", "QuestionsPanel"),
    "stories": ("app.views.story_editor", "StoriesPanel"),
    "practice": ("app.views.practice_panel", "PracticePanel"),
    "plan": ("app.views.plan_panel", "PlanPanel"),
}


class SessionPanel(Protocol):
    """What every panel of PANELS offers the window: it shows a session, at once or in
    pieces (each yield lets the event loop run)."""

    def set_session(self, session: Session) -> None: ...

    def session_steps(self, session: Session) -> Iterator[None]: ...


def as_panel(widget: QWidget) -> SessionPanel:
    """A page widget of PANELS seen as the SessionPanel it is."""
    return cast(SessionPanel, widget)


def make_panel(page_id: str, knowledge: Knowledge | None) -> QWidget:
    """The panel of `page_id`, given the knowledge (principle names, colours, probes)."""
    module_name, class_name = PANELS[page_id]
    panel: QWidget = getattr(importlib.import_module(module_name), class_name)(knowledge=knowledge)
    return panel


class Workspace(QWidget):
    """Navigation on the left, a header strip with the fit score, the six pages."""

    def __init__(self, knowledge: Knowledge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.views import icons as qta  # qtawesome's glyphs without its import cost
        from app.views.resume_view import ResumeView

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.nav = QListWidget(self)
        self.nav.setObjectName("NavList")
        self.nav.setAccessibleName("Pages")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(190)
        for i, (label, icon) in enumerate(zip(PAGES, PAGE_ICONS, strict=True)):
            item = QListWidgetItem(qta.icon(icon), label)
            item.setToolTip(f"{label} (Ctrl+{i + 1})")
            self.nav.addItem(item)
        outer.addWidget(self.nav)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.header = HeaderStrip(self, knowledge=knowledge)
        self.fit_label = self.header.fit_label
        right.addWidget(self.header)
        self.banner = Banner(self)
        right.addWidget(self.banner)
        self.pages = QStackedWidget(self)
        right.addWidget(self.pages, 1)
        outer.addLayout(right, 1)

        self.panels: dict[str, QWidget] = {}
        for page_id, title in zip(PAGE_IDS, PAGES, strict=True):
            if page_id == "resume":
                self.resume_view = ResumeView()
                self.job_view = JobView()
                self.splitter = QSplitter(Qt.Orientation.Horizontal)
                self.splitter.setObjectName("ResumeJobSplitter")
                self.reading_notice = ReadingNotice()  # what the reader was unsure about
                resume_pane = QWidget()
                pane_layout = QVBoxLayout(resume_pane)
                pane_layout.setContentsMargins(0, 0, 0, 0)
                pane_layout.addWidget(self.reading_notice)
                pane_layout.addWidget(self.resume_view, 1)
                self.splitter.addWidget(resume_pane)
                self.splitter.addWidget(self.job_view)
                self.splitter.setStretchFactor(0, 3)
                self.splitter.setStretchFactor(1, 2)
                self.splitter.setChildrenCollapsible(False)
                widget: QWidget = self.splitter
            else:
                widget = make_panel(page_id, knowledge)
                self.panels[page_id] = widget
            widget.setAccessibleName(title)
            self.pages.addWidget(widget)
        # before a page is shown it is filled (`before_show`, set by the window)
        self.before_show: Callable[[str], None] | None = None
        self.nav.currentRowChanged.connect(self._switch)
        self.nav.setCurrentRow(0)

    def _switch(self, row: int) -> None:
        if 0 <= row < len(PAGE_IDS) and self.before_show is not None:
            self.before_show(PAGE_IDS[row])
        # the Overview says the verdict and the score itself, first: the strip would repeat them
        self.header.setHidden(0 <= row < len(PAGE_IDS) and PAGE_IDS[row] == "overview")
        self.pages.setCurrentIndex(row)

    def page(self, page_id: str) -> QWidget:
        """The widget of page `page_id` (the Resume & JD splitter for "resume")."""
        return self.splitter if page_id == "resume" else self.panels[page_id]

    def show_header(self, session: Session) -> None:
        self.header.show_session(session)
        # outside Amazon the page rates behavioural themes, not Leadership Principles
        item = self.nav.item(PAGE_IDS.index("principles"))
        label = "Themes" if is_general(session.report) else PAGES[PAGE_IDS.index("principles")]
        if item is not None and item.text() != label:
            item.setText(label)
