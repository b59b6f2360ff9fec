"""Run work off the UI thread and get the result (or the exception) back on it.

One small helper for parsing, analysis, export and autosave. Each call belongs to a
channel ("analysis", "export", ...) and gets a request id; when a newer request on the
same channel exists, the older one's result is dropped, so a stale analysis can never
overwrite a fresh one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[str], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive there queued."""

    progress = Signal(int, str)
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, rid: int, fn: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._rid, self._fn, self._relay = rid, fn, relay

    def run(self) -> None:
        try:
            result = self._fn(lambda text: self._relay.progress.emit(self._rid, text))
        except BaseException as exc:  # delivered to on_error, never lost in the pool
            self._relay.finished.emit(self._rid, False, exc)
        else:
            self._relay.finished.emit(self._rid, True, result)


class TaskRunner(QObject):
    """`run(channel, fn, on_done, on_error, on_progress)`: fn(progress) runs in a worker thread."""

    started = Signal(str, int)  # channel, request id
    delivered = Signal(str, int)  # channel, request id (after its callback ran)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._next_id = 0
        self._latest: dict[str, int] = {}
        self._pending: dict[int, tuple[str, _Relay, Callable, Callable | None, Callable | None]] = {}
        self._lock = threading.Lock()

    def run(
        self,
        channel: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str], None] | None = None,
    ) -> int:
        """Start `fn` off the UI thread; returns the request id (supersedes older ones on `channel`)."""
        with self._lock:
            self._next_id += 1
            rid = self._next_id
        self._latest[channel] = rid
        relay = _Relay(self)
        relay.progress.connect(self._on_progress)
        relay.finished.connect(self._on_finished)
        self._pending[rid] = (channel, relay, on_done, on_error, on_progress)
        self._pool.start(_Job(rid, fn, relay))
        self.started.emit(channel, rid)
        return rid

    def cancel(self, channel: str) -> None:
        """Forget the current request on `channel`: its result will be dropped."""
        with self._lock:
            self._next_id += 1
            self._latest[channel] = self._next_id

    def is_current(self, channel: str, rid: int) -> bool:
        return self._latest.get(channel) == rid

    def busy(self, channel: str | None = None) -> bool:
        return any(channel in (None, ch) for ch, *_ in self._pending.values())

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used on quit so an autosave is never cut short)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, str)
    def _on_progress(self, rid: int, text: str) -> None:
        entry = self._pending.get(rid)
        if entry and entry[4] and self.is_current(entry[0], rid):
            entry[4](text)

    @Slot(int, bool, object)
    def _on_finished(self, rid: int, ok: bool, value: object) -> None:
        entry = self._pending.pop(rid, None)
        if entry is None:
            return
        channel, relay, on_done, on_error, _ = entry
        relay.deleteLater()
        try:
            if not self.is_current(channel, rid):
                return  # superseded: drop the stale result
            if ok:
                try:
                    on_done(value)
                except Exception as exc:  # a failing view update is reported like a failed task
                    if on_error is None:
                        raise
                    on_error(exc)
            elif on_error is not None:
                on_error(value)
            else:
                raise value  # type: ignore[misc]
        finally:
            self.delivered.emit(channel, rid)
            if not self._pending:
                self.idle.emit()
