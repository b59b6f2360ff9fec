"""Fill the workspace's pages a slice at a time, so the window keeps painting and answering.

When an analysis arrives, only the page on screen is filled first; the others are filled in
short idle-time slices (single-shot timers), each kept within a small time budget, or at
once when the user opens one before its turn. A page's fill is a generator: every `yield` is a
point where the event loop may run (repaint, input, timers) before the next piece is built.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

SLICE_BUDGET_S = 0.012  # keep building while a slice is younger than this, then yield
SLICE_GAP_MS = 1  # a real (1 ms) timer between slices: pending timers and input run in between

Fill = Callable[[], Iterator[None]]


class PageFiller(QObject):
    """Runs page fills in idle-time slices; `finish(page)` completes one now."""

    page_filled = Signal(str)
    all_filled = Signal()

    def __init__(self, on_error: Callable[[BaseException], None],
                 parent: QObject | None = None, budget_s: float = SLICE_BUDGET_S) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._budget = budget_s
        self._fills: dict[str, Fill] = {}  # waiting, in order
        self._running: dict[str, Iterator[None]] = {}  # started, not finished
        self._scheduled = False
        self._generation = 0

    def start(self, fills: dict[str, Fill], first: str = "") -> None:
        """Forget every pending fill and queue these (`first` goes first)."""
        self._generation += 1
        self._running.clear()
        self._fills = dict(fills)
        if first in self._fills:
            self._fills = {first: self._fills.pop(first), **self._fills}
        if self._fills:
            self._schedule()
        else:
            QTimer.singleShot(0, self, self.all_filled.emit)

    def stop(self) -> None:
        """Drop every pending fill (the window is closing)."""
        self._generation += 1
        self._running.clear()
        self._fills.clear()

    def is_pending(self, page: str) -> bool:
        """True while `page` is not completely filled."""
        return page in self._fills or page in self._running

    def pending(self) -> bool:
        return bool(self._fills or self._running)

    def finish(self, page: str) -> None:
        """Fill `page` completely now (the user opened it before its turn)."""
        while self.is_pending(page):
            self._step(page)

    def finish_all(self) -> None:
        """Fill every page now (closing, exporting the view state)."""
        for page in list(self._running) + list(self._fills):
            self.finish(page)

    # ---------------------------------------------------------------- internals
    def _schedule(self) -> None:
        if not self._scheduled and self.pending():
            self._scheduled = True
            generation = self._generation
            QTimer.singleShot(SLICE_GAP_MS, self, lambda: self._slice(generation))

    def _slice(self, generation: int) -> None:
        self._scheduled = False
        if generation != self._generation:
            self._schedule()
            return
        deadline = time.perf_counter() + self._budget
        while self.pending():  # at least one piece per slice, more while within the budget
            page = next(iter(self._running), None) or next(iter(self._fills))
            self._step(page)
            if generation != self._generation or time.perf_counter() >= deadline:
                break
        self._schedule()

    def _step(self, page: str) -> None:
        """Run one piece of `page`'s fill (starting it if needed)."""
        steps = self._running.get(page)
        if steps is None:
            fill = self._fills.pop(page, None)
            if fill is None:
                return
            steps = self._running[page] = fill()
        try:
            next(steps)
            return
        except StopIteration:
            pass
        except Exception as exc:  # a panel bug must not stop the other pages filling
            self._on_error(exc)
        self._running.pop(page, None)
        self.page_filled.emit(page)
        if not self.pending():
            self.all_filled.emit()


def prepare_first_show(page: QWidget, chunk: int = 40):  # noqa: ANN202 (Iterator[None])
    """Ask each widget of a hidden page for its size hint, a few dozen per slice: that
    polishes it (style sheet, fonts) in idle time, so opening the page for the first time
    does not pay for all of it at once. (`sizeHint`, not `ensurePolished`: with PySide6 6.12 on
    Python 3.11 each call of a void Qt method drops one reference to None, and a few thousand
    of them abort the interpreter.)"""
    for i, child in enumerate(page.findChildren(QWidget)):
        child.sizeHint()
        if i % chunk == chunk - 1:
            yield
