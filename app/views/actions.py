"""Menus, toolbar and shortcuts; the export dialog; printing the cheat sheet.

The window supplies the handlers; this module only builds the actions and does the
export/print plumbing (the heavy parts run through the TaskRunner, off the UI thread).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.display import display_name
from app.page_images import PageImage, render_pdf_pages

if TYPE_CHECKING:
    from app.models.report import Report

PAGES = ("Overview", "Resume & JD", "Principles", "Questions", "Stories", "Practice", "Plan")
PAGE_IDS = ("overview", "resume", "principles", "questions", "stories", "practice", "plan")
PAGE_ICONS = ("fa5s.tachometer-alt", "fa5s.columns", "fa5s.star", "fa5s.question-circle",
              "fa5s.book-open", "fa5s.stopwatch", "fa5s.tasks")

EXPORT_KINDS = {
    "cheatsheet": ("One-page cheat sheet (PDF)", ".pdf", "PDF files (*.pdf)"),
    "report": ("Full report (PDF)", ".pdf", "PDF files (*.pdf)"),
    "stories": ("STAR stories (Word DOCX)", ".docx", "Word documents (*.docx)"),
    "calendar": ("Day-by-day plan (calendar .ics)", ".ics", "Calendar files (*.ics)"),
}


@dataclass
class WindowActions:
    """Every QAction of the main window, by name."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    pages: list[QAction] = field(default_factory=list)
    toolbar: QToolBar | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def set_workspace_enabled(self, on: bool) -> None:
        for name in ("save_as", "export", "print"):
            self.by_name[name].setEnabled(on)
        for action in self.pages:
            action.setEnabled(on)


def create_actions(window: QMainWindow, handlers: Mapping[str, Callable[[], object]],
                   go_to_page: Callable[[int], None]) -> WindowActions:
    """Build the actions, the menu bar and the toolbar of `window`."""
    from app.views import icons as qta  # qtawesome's glyphs without its import cost

    acts = WindowActions()

    def make(name: str, text: str, icon: str,
             shortcut: QKeySequence | QKeySequence.StandardKey | str | None, tip: str) -> QAction:
        action = QAction(qta.icon(icon), text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
                          if shortcut else tip)
        action.setStatusTip(tip)
        if name in handlers:
            action.triggered.connect(lambda _=False, h=handlers[name]: h())
        acts.by_name[name] = action
        return action

    new = make("new", "New analysis", "fa5s.plus-circle", QKeySequence.StandardKey.New,
               "Start a new analysis")
    open_ = make("open", "Open…", "fa5s.folder-open", QKeySequence.StandardKey.Open,
                 "Open a session, or a resume to analyse")
    save = make("save_as", "Save session as…", "fa5s.save", "Ctrl+S",
                "Save this session (analysis, edits, ticks) to a file")
    export = make("export", "Export…", "fa5s.file-export", "Ctrl+E",
                  "Export the cheat sheet, the full report or your stories")
    print_ = make("print", "Print cheat sheet…", "fa5s.print", QKeySequence.StandardKey.Print,
                  "Print the one-page cheat sheet")
    quit_ = make("quit", "Quit", "fa5s.sign-out-alt", QKeySequence.StandardKey.Quit, "Quit LoopReady")
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    about = make("about", "About LoopReady", "fa5s.info-circle", None, "About LoopReady")
    about.setMenuRole(QAction.MenuRole.AboutRole)

    for i, (label, icon) in enumerate(zip(PAGES, PAGE_ICONS, strict=True)):
        action = QAction(qta.icon(icon), label, window)
        action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        action.triggered.connect(lambda _=False, idx=i: go_to_page(idx))
        acts.pages.append(action)
        acts.by_name[f"page_{PAGE_IDS[i]}"] = action

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([new, open_])
    file_menu.addSeparator()
    file_menu.addActions([save, export, print_])
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    view_menu = bar.addMenu("&View")
    view_menu.addActions(acts.pages)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(about)

    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("MainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([new, open_, save])
    toolbar.addSeparator()
    toolbar.addActions([export, print_])
    window.addToolBar(toolbar)
    acts.toolbar = toolbar
    acts.set_workspace_enabled(False)
    return acts


class ExportDialog(QDialog):
    """What to export and on which paper."""

    def __init__(self, parent: QWidget | None = None, paper: str = "letter") -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What would you like to export?", self))
        self.kinds: dict[str, QRadioButton] = {}
        for key, (label, _, _) in EXPORT_KINDS.items():
            radio = QRadioButton(label, self)
            radio.setAccessibleName(label)
            layout.addWidget(radio)
            self.kinds[key] = radio
        self.kinds["cheatsheet"].setChecked(True)
        form = QFormLayout()
        self.paper = QComboBox(self)
        self.paper.addItem("US Letter", "letter")
        self.paper.addItem("A4", "a4")
        self.paper.setAccessibleName("Paper size")
        self.paper.setCurrentIndex(1 if paper == "a4" else 0)
        form.addRow("Paper size:", self.paper)
        layout.addLayout(form)
        for no_paper in ("stories", "calendar"):
            self.kinds[no_paper].toggled.connect(lambda _on: self.paper.setEnabled(
                not (self.kinds["stories"].isChecked() or self.kinds["calendar"].isChecked())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str]:
        kind = next(k for k, r in self.kinds.items() if r.isChecked())
        return kind, str(self.paper.currentData())


def default_export_name(report: Report, kind: str) -> str:
    who = (display_name(report.resume.name) or "LoopReady").replace(" ", "_")
    stem = {"cheatsheet": "cheat_sheet", "report": "prep_report", "stories": "stories",
            "calendar": "prep_plan"}[kind]
    return f"{who}_{stem}{EXPORT_KINDS[kind][1]}"


PRINT_PAGE_PIXELS = 9_000_000  # one Letter or A4 page at 300 dpi (our own one-page PDF)


def cheatsheet_pages(data: bytes) -> list[PageImage]:
    """The cheat sheet's PDF bytes as page images for printing (worker thread)."""
    with tempfile.TemporaryDirectory(prefix="loopready-print-") as tmp:
        pdf = os.path.join(tmp, "cheat_sheet.pdf")
        Path(pdf).write_bytes(data)
        return render_pdf_pages(pdf, scale=300 / 72, page_pixels=PRINT_PAGE_PIXELS,
                                total_pixels=PRINT_PAGE_PIXELS)


def print_pages(parent: QWidget, pages: list[PageImage], paper: str) -> bool:
    """Ask for a printer and paint the page images on it; False when the user cancels."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter))
    printer.setDocName("LoopReady cheat sheet")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print cheat sheet")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(printer, pages)
    return True


def paint_pages(device, pages: list[PageImage]) -> None:
    """Paint page images onto a paged device (a QPrinter or QPdfWriter), one per sheet."""
    from app.views.resume_view import to_qimage

    painter = QPainter(device)
    try:
        for i, page in enumerate(pages):
            if i:
                device.newPage()
            image = to_qimage(page)
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, 0, w, h), image)
    finally:
        painter.end()
