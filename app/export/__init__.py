"""Export: the one-page cheat sheet PDF, the full PDF report and the stories as DOCX.

`write_*` write files atomically and turn file-system failures into ExportError with a
sentence the user can act on; `render_*` return bytes for the GUI's Print and preview.
Heavy libraries (PyMuPDF, python-docx, jinja2) load only when an export runs.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ExportError

if TYPE_CHECKING:
    from app.models.knowledge import Knowledge
    from app.models.report import Report

__all__ = [
    "render_cheatsheet_pdf",
    "render_report_pdf",
    "render_stories_docx",
    "write_calendar_text",
    "write_cheatsheet",
    "write_report",
    "write_stories_docx",
]


def render_cheatsheet_pdf(report: Report, knowledge: Knowledge, paper: str = "letter") -> bytes:
    """The one-page cheat sheet as PDF bytes."""
    from app.export.pdf import render_cheatsheet_pdf as _render

    return _render(report, knowledge, paper)


def render_report_pdf(report: Report, knowledge: Knowledge, paper: str = "letter") -> bytes:
    """The full report as PDF bytes."""
    from app.export.pdf import render_report_pdf as _render

    return _render(report, knowledge, paper)


def render_stories_docx(report: Report, knowledge: Knowledge) -> bytes:
    """The STAR stories as DOCX bytes."""
    from app.export.docx import render_stories_docx as _render

    return _render(report, knowledge)


def _write(path: str | os.PathLike[str], data: bytes, what: str) -> None:
    """Write atomically; explain failures in one sentence that says what to do."""
    from app.atomic import write_bytes

    target = Path(path)
    if target.is_dir():
        raise ExportError(f"Cannot save the {what}: {target} is a folder. Choose a file name.")
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"Cannot save the {what}: the folder {parent} does not exist. "
                          "Choose an existing folder.")
    try:
        # atomic: keeps an existing file's permissions, else the user's umask decides
        write_bytes(target, data)
    except PermissionError as exc:
        raise ExportError(f"Cannot save the {what} to {target}: permission denied. "
                          "Choose a folder you can write to, or close the file if it is open "
                          "in another program.") from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportError(f"Cannot save the {what} to {target}: the disk is full. "
                              "Free some space and try again.") from exc
        raise ExportError(f"Cannot save the {what} to {target} ({exc.strerror or exc}). "
                          "Choose another folder and try again.") from exc


def write_cheatsheet(report: Report, knowledge: Knowledge, path: str | os.PathLike[str],
                     paper: str = "letter") -> None:
    """Write the one-page cheat sheet PDF (Letter or A4) atomically."""
    _write(path, render_cheatsheet_pdf(report, knowledge, paper), "cheat sheet")


def write_report(report: Report, knowledge: Knowledge, path: str | os.PathLike[str],
                 paper: str = "letter") -> None:
    """Write the full PDF report (Letter or A4) atomically."""
    _write(path, render_report_pdf(report, knowledge, paper), "report")


def write_stories_docx(report: Report, knowledge: Knowledge,
                       path: str | os.PathLike[str]) -> None:
    """Write the STAR stories as an editable Word document, atomically."""
    _write(path, render_stories_docx(report, knowledge), "stories document")


def write_calendar_text(text: str, path: str | os.PathLike[str]) -> None:
    """Write the plan's iCalendar text (app.practice.ics) atomically, CRLF line ends kept."""
    _write(path, text.encode("utf-8"), "calendar file")
