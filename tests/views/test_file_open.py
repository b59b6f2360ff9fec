"""macOS delivers "Open With" and double-clicked files as QFileOpenEvents: they reach the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from app.views.application import install_file_open_handler

SAMPLE = Path(__file__).resolve().parents[2] / "app" / "resources" / "sample" / "sample_resume.pdf"


def test_file_open_event_puts_the_resume_on_the_start_screen(qapp, window) -> None:  # noqa: ANN001
    handler = install_file_open_handler(qapp, window)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(SAMPLE)))
        assert Path(window.start.resume_path()) == SAMPLE
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()
