"""The start screen: drop zones for the resume and the job description, sample, recent sessions.

It only collects inputs and shows progress and messages; the main window decides what to do
with them (StartView emits, it never analyses).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.safe_text import utf8_safe
from app.sessions import EXTENSION, RecentSession, relative_time
from app.views.bounded_text import JOB_TEXT_MAX_CHARS, BoundedPlainTextEdit

RESUME_TYPES = (".pdf", ".docx", ".txt", ".md")
JOB_TYPES = (".txt", ".md", ".pdf", ".docx")
RESUME_FILTER = "Resumes (*.pdf *.docx *.txt *.md);;All files (*)"
JOB_FILTER = "Job descriptions (*.txt *.md *.pdf *.docx);;All files (*)"
MIN_PASTE_CHARS = 40


def is_session_file(path: str) -> bool:
    return path.lower().endswith(EXTENSION)


def _icon(name: str):
    from app.views import icons as qta  # qtawesome's glyphs without its import cost

    return qta.icon(name)


def _refresh_style(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Banner(QFrame):
    """An inline message (error or info) with an optional action button and a close button."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAccessibleName("Message")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action = QPushButton(self)
        self.action.setAccessibleName("Message action")
        self.action.clicked.connect(self.action_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self._extra = QHBoxLayout()
        self._extra.setSpacing(6)
        layout.addLayout(self._extra)
        self.extra_buttons: list[QPushButton] = []
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "error", action: str = "",
                     buttons: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        """Show `text` (kind: error, info or success) with an optional action and extra
        buttons (label, callback), e.g. "Open file" and "Open folder" after an export."""
        self.setProperty("kind", kind)
        for button in self.extra_buttons:
            self._extra.removeWidget(button)
            button.deleteLater()
        self.extra_buttons = []
        for label, callback in buttons:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.clicked.connect(callback)
            self._extra.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.extra_buttons.append(button)
        glyph = {"error": "fa5s.exclamation-triangle", "success": "fa5s.check-circle"}.get(
            kind, "fa5s.info-circle")
        self.icon.setPixmap(_icon(glyph).pixmap(18, 18))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.action.setVisible(bool(action))
        self.action.setText(action)
        if action:
            self.action.setAccessibleName(action)
        _refresh_style(self)
        self.show()

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""


class DropZone(QFrame):
    """A dashed box that accepts a dropped file (and shows which one it holds)."""

    file_dropped = Signal(str)
    cleared = Signal()

    def __init__(self, title: str, hint: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropZone")
        self.setAcceptDrops(True)
        self.setAccessibleName(accessible)
        self.setMinimumSize(340, 200)
        self.setMaximumHeight(330)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 16, 18, 16)
        self.layout_.setSpacing(6)
        self.glyph = QLabel(self)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(title, self)
        self.title.setObjectName("DropZoneTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("DropZoneHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setWordWrap(True)
        self.file_row = QWidget(self)
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.file_row)
        self.file_label.setObjectName("DropZoneFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QToolButton(self.file_row)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleName(f"Remove {accessible.lower()}")
        self.clear_button.setToolTip("Remove")
        self.clear_button.clicked.connect(self.clear)
        row.addStretch(1)
        row.addWidget(self.file_label)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.file_row.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.glyph)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.file_row)
        self.layout_.addLayout(self.buttons)
        self.layout_.addStretch(1)
        self.path = ""

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count(), button)

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_glyph(self, name: str) -> None:
        self.glyph.setPixmap(_icon(name).pixmap(36, 36))

    def set_file(self, path: str, label: str = "") -> None:
        self.path = path
        shown = label or Path(path).name
        self.file_label.setText(f"✓ {shown}")
        self.file_label.setToolTip(path)
        self.file_row.setVisible(bool(path))
        self.setProperty("filled", bool(path))
        _refresh_style(self)

    def clear(self) -> None:
        self.path = ""
        self.file_row.hide()
        self.setProperty("filled", False)
        _refresh_style(self)
        self.cleared.emit()

    @staticmethod
    def _first_local_file(mime: QMimeData) -> str:
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return ""

    def _set_hover(self, on: bool) -> None:
        self.setProperty("hover", on)
        _refresh_style(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if self._first_local_file(event.mimeData()):
            event.acceptProposedAction()
            self._set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_hover(False)
        path = self._first_local_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.file_dropped.emit(path)
        else:
            event.ignore()


class JobDropZone(DropZone):
    """The job zone also accepts dropped text (a selection dragged from a browser)."""

    text_dropped = Signal(str)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasText() and not event.mimeData().hasUrls():
            event.acceptProposedAction()
            self._set_hover(True)
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if not self._first_local_file(mime) and mime.hasText():
            self._set_hover(False)
            event.acceptProposedAction()
            self.text_dropped.emit(mime.text())
            return
        super().dropEvent(event)


class StartView(QWidget):
    """Collects a resume and a job description; starts the analysis as soon as both are there."""

    analyse_requested = Signal(str, str, str)  # resume path, job path ("" if text), job text
    sample_requested = Signal()
    session_requested = Signal(str)  # a .loopready.json to reopen
    restore_requested = Signal(str)  # the autosave to restore after a crash
    cancel_requested = Signal()  # the Cancel button beside the progress line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        outer.setSpacing(12)

        title = QLabel("LoopReady", self)
        title.setObjectName("StartTitle")
        subtitle = QLabel(
            "Your interview-prep kit for the Amazon Machine Learning Engineer loop, "
            "built from your resume and the job you want.", self)
        subtitle.setObjectName("StartSubtitle")
        subtitle.setWordWrap(True)
        outer.addWidget(title)
        outer.addWidget(subtitle)

        self.banner = Banner(self)
        self.banner.action_clicked.connect(self._banner_action)
        outer.addWidget(self.banner)
        self.restore_banner = Banner(self)
        self.restore_banner.action_clicked.connect(self._restore_clicked)
        outer.addWidget(self.restore_banner)
        self._restore_path = ""
        outer.addLayout(self._build_drop_zones(), 3)
        outer.addLayout(self._build_actions())
        outer.addWidget(self._build_busy_box())
        self._build_recent(outer)
        privacy = QLabel("🔒  Everything stays on this computer. Nothing is uploaded.", self)
        privacy.setObjectName("PrivacyNote")
        outer.addWidget(privacy)
        self._update_buttons()

    def _build_drop_zones(self) -> QHBoxLayout:
        """The resume's drop zone and the job description's (a file, or pasted text)."""
        zones = QHBoxLayout()
        zones.setSpacing(20)
        self.resume_zone = DropZone("Drop your resume here", "PDF, DOCX or TXT", "Resume drop zone", self)
        self.resume_zone.set_glyph("fa5s.file-alt")
        self.resume_open = QPushButton(_icon("fa5s.folder-open"), "Open…", self.resume_zone)
        self.resume_open.setAccessibleName("Open resume file")
        self.resume_open.clicked.connect(self.choose_resume)
        self.resume_zone.add_button(self.resume_open)
        self.resume_zone.finish_buttons()
        self.resume_zone.file_dropped.connect(self.set_resume_path)
        self.resume_zone.cleared.connect(self._update_buttons)

        self.job_zone = JobDropZone(
            "Drop or paste the job description", "A file (TXT, PDF, DOCX) or the posting's text",
            "Job description drop zone", self)
        self.job_zone.set_glyph("fa5s.briefcase")
        self.job_open = QPushButton(_icon("fa5s.folder-open"), "Open…", self.job_zone)
        self.job_open.setAccessibleName("Open job description file")
        self.job_open.clicked.connect(self.choose_job)
        self.job_paste = QPushButton(_icon("fa5s.paste"), "Paste", self.job_zone)
        self.job_paste.setAccessibleName("Paste job description from the clipboard")
        self.job_paste.clicked.connect(self.paste_job)
        self.job_zone.add_button(self.job_open)
        self.job_zone.add_button(self.job_paste)
        self.job_zone.finish_buttons()
        self.job_text = BoundedPlainTextEdit(self.job_zone, max_chars=JOB_TEXT_MAX_CHARS)
        self.job_text.setPlaceholderText("…or paste the job description text here")
        self.job_text.setAccessibleName("Job description text")
        self.job_text.setMaximumHeight(110)
        self.job_text.textChanged.connect(self._update_buttons)
        self.job_zone.layout_.insertWidget(self.job_zone.layout_.count() - 1, self.job_text)
        self.job_zone.file_dropped.connect(self.set_job_path)
        self.job_zone.text_dropped.connect(self.set_job_text)
        self.job_zone.cleared.connect(self._update_buttons)
        zones.addWidget(self.resume_zone, 1)
        zones.addWidget(self.job_zone, 1)
        return zones

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.sample_button = QPushButton(_icon("fa5s.magic"), "Try a sample", self)
        self.sample_button.setAccessibleName("Try a sample resume and job description")
        self.sample_button.clicked.connect(self.sample_requested)
        self.analyse_button = QPushButton("Analyse", self)
        self.analyse_button.setObjectName("PrimaryButton")
        self.analyse_button.setAccessibleName("Analyse resume against job description")
        self.analyse_button.clicked.connect(self.start_if_ready)
        actions.addWidget(self.sample_button)
        actions.addStretch(1)
        actions.addWidget(self.analyse_button)
        return actions

    def _build_busy_box(self) -> QFrame:
        """The progress line shown while an analysis runs."""
        self.busy_box = QFrame(self)
        self.busy_box.setObjectName("BusyBox")
        busy = QHBoxLayout(self.busy_box)
        self.busy_label = QLabel(self.busy_box)
        self.busy_label.setAccessibleName("Progress")
        self.progress = QProgressBar(self.busy_box)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Analysis progress")
        self.cancel_button = QPushButton("Cancel", self.busy_box)
        self.cancel_button.setAccessibleName("Cancel reading and analysis")
        self.cancel_button.setToolTip("Stop reading these files (Esc)")
        self.cancel_button.setShortcut(Qt.Key.Key_Escape)
        self.cancel_button.clicked.connect(self.cancel_requested)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_box.hide()
        return self.busy_box

    def _build_recent(self, outer: QVBoxLayout) -> None:
        """The recent sessions list (or what will appear there)."""
        recent_label = QLabel("Recent sessions", self)
        recent_label.setObjectName("SectionLabel")
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("RecentList")
        self.recent_list.setAccessibleName("Recent sessions")
        self.recent_list.setMinimumHeight(90)
        self.recent_list.setMaximumHeight(240)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.itemClicked.connect(self._recent_activated)
        self.recent_empty = QLabel("Sessions you open or save appear here.", self)
        self.recent_empty.setObjectName("MutedLabel")
        outer.addWidget(recent_label)
        outer.addWidget(self.recent_list, 2)
        outer.addWidget(self.recent_empty)
        outer.addStretch(1)

    # ----------------------------------------------------------------- inputs
    def choose_resume(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open your resume", "", RESUME_FILTER)
        if path:
            self.set_resume_path(path)

    def choose_job(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open the job description", "", JOB_FILTER)
        if path:
            self.set_job_path(path)

    def paste_job(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error("The clipboard holds no text. Copy the job posting first, then press Paste.")
            return
        self.set_job_text(text)

    def set_resume_path(self, path: str) -> None:
        """What a drop on the resume zone calls (and Open…)."""
        if is_session_file(path):
            self.session_requested.emit(path)
            return
        if Path(path).suffix.lower() not in RESUME_TYPES:
            self.show_error(
                f"{Path(path).name} is not a resume LoopReady can read. Use a PDF, DOCX or TXT file.")
            return
        self.banner.hide()
        self.resume_zone.set_file(path)
        self._update_buttons()
        self.start_if_ready()

    def set_job_path(self, path: str) -> None:
        """What a drop on the job zone calls (and Open…)."""
        if is_session_file(path):
            self.session_requested.emit(path)
            return
        if Path(path).suffix.lower() not in JOB_TYPES:
            self.show_error(
                f"{Path(path).name} is not a job description LoopReady can read. "
                "Use a TXT, PDF or DOCX file, or paste the text.")
            return
        self.banner.hide()
        self.job_zone.set_file(path)
        self.job_text.blockSignals(True)
        self.job_text.clear()
        self.job_text.blockSignals(False)
        self._update_buttons()
        self.start_if_ready()

    def set_job_text(self, text: str) -> None:
        """Pasted or dropped posting text: starts at once when the resume is there. Text longer
        than any posting is refused before it reaches the box (laying it out would freeze)."""
        if len(text) > JOB_TEXT_MAX_CHARS:
            self.show_error(f"The pasted text has {len(text):,} characters; a job description "
                            f"has at most {JOB_TEXT_MAX_CHARS:,}. Copy only the posting, from its "
                            "title to its qualifications.")
            return
        text = utf8_safe(text)
        self.banner.hide()
        if self.job_zone.path:
            self.job_zone.clear()
        self.job_text.setPlainText(text)
        self._update_buttons()
        self.start_if_ready()

    def resume_path(self) -> str:
        return self.resume_zone.path

    def job_input(self) -> tuple[str, str]:
        """(job path, job text): one of them is set when a job description is there."""
        if self.job_zone.path:
            return self.job_zone.path, ""
        text = self.job_text.toPlainText()
        return ("", text) if len(text.strip()) >= MIN_PASTE_CHARS else ("", "")

    def ready(self) -> bool:
        path, text = self.job_input()
        return bool(self.resume_path() and (path or text))

    def start_if_ready(self) -> None:
        if self.ready() and not self._busy:
            path, text = self.job_input()
            self.analyse_requested.emit(self.resume_path(), path, text)

    def reset_inputs(self) -> None:
        self.resume_zone.clear()
        self.job_zone.clear()
        self.job_text.clear()
        self.banner.hide()

    def _update_buttons(self) -> None:
        self.analyse_button.setEnabled(self.ready() and not self._busy)
        self.sample_button.setEnabled(not self._busy)
        if self.resume_path() and not any(self.job_input()):
            self.analyse_button.setToolTip("Add the job description to start")
        else:
            self.analyse_button.setToolTip("")

    # ----------------------------------------------------------------- feedback
    def show_busy(self, stage: str) -> None:
        self._busy = True
        self.busy_label.setText(stage)
        self.busy_box.show()
        self._update_buttons()

    def clear_busy(self) -> None:
        self._busy = False
        self.busy_box.hide()
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._busy

    def busy_text(self) -> str:
        return self.busy_label.text() if self._busy else ""

    def show_error(self, message: str) -> None:
        self.banner.show_message(message, "error")

    def error_text(self) -> str:
        return self.banner.message()

    def _banner_action(self) -> None:
        self.banner.hide()

    def offer_restore(self, path: str, title: str, when: str) -> None:
        """After a crash or kill: offer the last autosave (inline, never blocking)."""
        self._restore_path = path
        ago = relative_time(when) if when else ""
        label = f"“{title}”" + (f", autosaved {ago}" if ago else "")
        self.restore_banner.show_message(
            f"LoopReady did not close properly last time. Your work was autosaved: {label}.",
            "info", "Restore")
        self.restore_banner.action.setAccessibleName("Restore the autosaved session")

    def _restore_clicked(self) -> None:
        self.restore_banner.hide()
        if self._restore_path:
            self.restore_requested.emit(self._restore_path)

    def set_recent(self, recent: list[RecentSession]) -> None:
        self.recent_list.clear()
        for item in recent:
            ago = relative_time(item.opened_at)
            row = QListWidgetItem(_icon("fa5s.history"), f"{item.title}    ·    {ago}")
            row.setData(Qt.ItemDataRole.UserRole, item.path)
            row.setToolTip(item.path)
            self.recent_list.addItem(row)
        self.recent_list.setVisible(bool(recent))
        self.recent_empty.setVisible(not recent)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path and not self._busy:
            self.session_requested.emit(str(path))


def file_drop_mime(path: str) -> QMimeData:
    """The mime data a file manager sends when a file is dragged (used by tests too)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime
