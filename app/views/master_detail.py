"""The list-on-the-left, detail-on-the-right layout shared by the Principles, Questions and
Stories panels: one splitter construction and one fill-and-select cycle."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.models.knowledge import Knowledge
from app.models.report import Report
from app.models.session import Session
from app.views.widgets import (
    ListCard,
    PrincipleStyle,
    ScrollPage,
    TextLabel,
    clear_layout,
    principle_styles,
)
from app.vocabulary import localize


class _Keyed(Protocol):
    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=_Keyed)  # the kind of report item a panel lists


def add_split(owner: QWidget, list_page: ScrollPage, detail: QWidget, list_name: str,
              min_list_width: int, stretch: tuple[int, int], sizes: list[int]) -> QSplitter:
    """Fill `owner` edge to edge with a horizontal splitter: `list_page` left, `detail` right."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    splitter = QSplitter(Qt.Orientation.Horizontal, owner)
    splitter.setChildrenCollapsible(False)
    list_page.setAccessibleName(list_name)
    list_page.setMinimumWidth(min_list_width)
    splitter.addWidget(list_page)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(sizes)
    outer.addWidget(splitter)
    return splitter


class MasterDetailPanel(QWidget, Generic[ItemT]):
    """Selectable cards on the left, the selected item's detail on the right.

    Subclasses say which report items are listed (`_items`), the line above them
    (`_summary`), how one is drawn (`_card`) and shown (`_show_detail`).
    """

    def __init__(self, parent: QWidget | None, knowledge: Knowledge | None, *,
                 list_name: str, detail_name: str, min_list_width: int,
                 stretch: tuple[int, int], sizes: list[int], empty_text: str) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._report: Report | None = None  # as shown (localize)
        self._source: Report | None = None  # the session's own (to tell a new one)
        self._session: Session | None = None
        self._styles: dict[str, PrincipleStyle] = {}
        self._current: str | None = None
        self.cards: dict[str, ListCard] = {}
        self.list_page = ScrollPage()
        self.detail_page = ScrollPage()
        self.detail_page.setAccessibleName(detail_name)
        self.splitter = add_split(self, self.list_page, self.detail_page, list_name,
                                  min_list_width, stretch, sizes)
        self.list_page.layout_.addWidget(TextLabel(empty_text, "muted"))

    # ---------------------------------------------------------------- hooks
    def _items(self, report: Report) -> Sequence[ItemT]:
        raise NotImplementedError

    def _summary(self, report: Report) -> str:
        raise NotImplementedError

    def _card(self, index: int, item: ItemT) -> ListCard:
        raise NotImplementedError

    def _show_detail(self, key: str) -> None:
        raise NotImplementedError

    def _prepare(self, report: Report) -> None:
        """Work out what the cards need from a new report (before they are built)."""

    # ---------------------------------------------------------------- public
    def set_session(self, session: Session) -> None:
        """Show the items of `session`; keeps the selection and scroll positions."""
        for _ in self.session_steps(session):
            pass

    def session_steps(self, session: Session) -> Iterator[None]:
        """`set_session` in pieces (yields between list cards) for filling in idle time."""
        self._session = session
        if session.report is self._source and self.cards:
            if self._current:
                self._show_detail(self._current)  # story titles may have been edited
            return
        scroll = self.list_page.scroll_value()
        self._source = session.report
        # the report in the words shown (themes for a posting outside Amazon, see localize)
        self._report = localize(session.report, self._knowledge)
        self._styles = principle_styles(session.report, self._knowledge)
        self._prepare(self._report)
        lay = self.list_page.layout_
        clear_layout(lay)
        self.cards = {}
        lay.addWidget(TextLabel(self._summary(self._report), "muted"))
        items = self._items(self._report)
        for i, item in enumerate(items):
            card = self._card(i, item)
            self.cards[item.id] = card
            lay.addWidget(card)
            if len(self.cards) % 4 == 0:
                yield
        lay.addStretch(1)
        self.list_page.restore_scroll(scroll)
        keep = self._current if self._current in self.cards else None
        if keep is None and items:
            keep = items[0].id
        if keep:
            self._select(keep)

    def _select(self, key: str) -> None:
        """Mark `key`'s card selected, scroll it into view and show its detail (no signal)."""
        if key not in self.cards:
            return
        self._current = key
        for k, card in self.cards.items():
            card.set_selected(k == key)
        self.list_page.reveal(self.cards[key])
        self._show_detail(key)
