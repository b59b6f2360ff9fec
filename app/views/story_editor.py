"""The 8 STAR story drafts: a list with edited markers and placeholder counts, and an
editor with Title / Situation / Task / Action / Result, placeholders marked until filled,
word count and speaking time, undo, reset to draft, probes and source bullets.

Edits are emitted as `story_edited(story id, field, full text)` after a short pause in
typing, and always flushed on focus-out, story switch and `set_session`, so no keystroke
is lost. The panel never emits while it is being populated.

Only the story on screen has an editor: the others are built when opened (`editor(id)`), so
a new analysis costs one editor, not eight. The list cards read an unbuilt story's text from
the session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.knowledge import Knowledge
from app.models.report import PLACEHOLDER_PREFIX, Report, StoryDraft
from app.models.session import STORY_FIELDS, Session
from app.sessions import MAX_STORY_FIELD_CHARS
from app.views.bounded_text import BoundedPaste
from app.views.master_detail import add_split
from app.views.widgets import (
    TARGET_SECONDS,
    WORDS_PER_MINUTE,
    Card,
    ChipRow,
    FocusOutWatcher,
    ListCard,
    PlaceholderHighlighter,
    PrincipleStyle,
    ScrollPage,
    TextLabel,
    bullet_text,
    clear_layout,
    count_placeholders,
    heading,
    principle_styles,
    repolish,
    scaled_font,
    set_role,
    speaking_time,
    style_for,
    word_count,
)
from app.vocabulary import vocabulary

FIELD_LABELS = {
    "title": "Title",
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
}
FIELD_HINTS = {
    "title": "A short name you will remember it by",
    "situation": "Where and when; what was at stake",
    "task": "What you (not the team) had to do",
    "action": "What you did, step by step: the longest part",
    "result": "The outcome in numbers, and what you learned",
}
DEBOUNCE_MS = 300
_THINK_OF = re.compile(r"\bthink of (.+?)\]?$", re.IGNORECASE)


def frame_prompt(draft: StoryDraft) -> str:
    """Where a frame tells the user to look for their own example ("think of a bug, a metric
    or a report you dug into yourself"), as a sentence; '' when it does not say."""
    for text in (draft.situation, draft.task):
        for m in WHOLE_PLACEHOLDER_RE.finditer(text):
            found = _THINK_OF.search(m.group(0).rstrip("]"))
            if found:
                phrase = found.group(1).strip().rstrip(".")
                return f"think of {phrase}."[0].upper() + f"think of {phrase}."[1:]
    return ""
# a placeholder as the draft writes it, brackets closed ("[Add: the baseline]")
WHOLE_PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_PREFIX) + r"[^\]\n]*\]")


class StoryField(BoundedPaste, QPlainTextEdit):
    """One STAR field that grows with its text (the page scrolls, not the field); it takes at
    most MAX_STORY_FIELD_CHARS (typing, paste, drop: see bounded_text)."""

    max_chars = MAX_STORY_FIELD_CHARS

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.setObjectName(f"field-{field_name}")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(FIELD_HINTS[field_name])
        self.setAccessibleName(f"Story {FIELD_LABELS[field_name]}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.highlighter = PlaceholderHighlighter(self.document())
        self._min_lines = 1 if field_name == "title" else 3
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        lines = max(self._min_lines, int(self.document().documentLayout().documentSize()
                                         .height()))
        lines = min(lines, 24)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 4)
        if self.height() != height:
            self.setFixedHeight(int(height))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        """A click inside a "[Add: ...]" placeholder selects all of it: typing replaces it."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.select_placeholder_at(self.textCursor().position())

    def placeholder_span(self, position: int, after: bool = True,
                         before: bool = False) -> tuple[int, int] | None:
        """The whole placeholder `position` is inside of (or right after, or right before):
        (start, end) in the document, or None. Only whole "[Add: ...]" placeholders count: a
        bracket the user already broke is plain text again."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for m in WHOLE_PLACEHOLDER_RE.finditer(block.text()):
            if m.start() < offset < m.end() or (after and offset == m.end()) or (
                    before and offset == m.start()):
                return block.position() + m.start(), block.position() + m.end()
        return None

    def select_placeholder_at(self, position: int) -> bool:
        """Select the placeholder around `position` (when the cursor has no selection)."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        span = self.placeholder_span(position)
        if span is None:
            return False
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        """Typing inside or right after a placeholder replaces it (never glues text onto
        it); Backspace after it, or Delete before it, removes it whole. One Ctrl+Z brings it
        back."""
        key = event.key()
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier
                                    | Qt.KeyboardModifier.MetaModifier)
        typed = event.text()
        cursor = self.textCursor()
        if not cursor.hasSelection() and not mods:
            if typed and typed.isprintable() and key not in (Qt.Key.Key_Backspace,
                                                             Qt.Key.Key_Delete):
                self.select_placeholder_at(cursor.position())
            elif key == Qt.Key.Key_Backspace and self._remove_placeholder(after=True):
                return
            elif key == Qt.Key.Key_Delete and self._remove_placeholder(after=False):
                return
        super().keyPressEvent(event)

    def _remove_placeholder(self, after: bool) -> bool:
        cursor = self.textCursor()
        span = self.placeholder_span(cursor.position(), after=after, before=not after)
        if span is None:
            return False
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # one undo step
        self.setTextCursor(cursor)
        return True

    def inputMethodEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        """Text composed with an input method lands the same way as typed text."""
        if event.commitString() and not self.textCursor().hasSelection():
            self.select_placeholder_at(self.textCursor().position())
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: ANN001, N802 (Qt API)
        """Pasted (or dropped) text inside or right after a placeholder replaces it."""
        if source is not None and source.hasText() and not self.textCursor().hasSelection():
            self.select_placeholder_at(self.textCursor().position())
        super().insertFromMimeData(source)


class StoryPage(QWidget):
    """The editor for one story."""

    def __init__(self, panel: StoriesPanel, draft: StoryDraft, story: StoryDraft,
                 styles: dict[str, PrincipleStyle], report: Report) -> None:
        super().__init__()
        self.story_id = draft.id
        self.draft = draft
        self.panel = panel
        self.last_field: StoryField | None = None
        self._texts: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = ScrollPage()
        self.page.setAccessibleName(f"Story editor: {story.title}")
        outer.addWidget(self.page)
        lay = self.page.layout_

        top = QHBoxLayout()
        top.addWidget(ChipRow([style_for(styles, p) for p in draft.principles]), 1)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo the last change in this story")
        self.undo_button.setToolTip("Undo the last change in the field you edited (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo)
        self.reset_button = QPushButton("Reset to draft\u2026")
        self.reset_button.setAccessibleName("Reset this story to the generated draft")
        self.reset_button.clicked.connect(lambda: panel.request_reset(self.story_id))
        top.addWidget(self.undo_button)
        top.addWidget(self.reset_button)
        lay.addLayout(top)
        words = vocabulary(report, panel._knowledge).words
        if draft.kind == "frame":
            # a frame is not a draft: no resume line shows this yet, the user brings the story
            frame = Card(role="gap")
            frame.setObjectName("story-frame")
            head = TextLabel("\u25c7 A frame to fill, not a draft")
            head.setFont(scaled_font(head, 1.05, bold=True))
            frame.body.addWidget(head)
            frame.body.addWidget(TextLabel(words(draft.why) or "No line on your resume shows "
                                           "this yet: fill the frame with a real example."))
            prompt = frame_prompt(draft)
            if prompt:
                frame.body.addWidget(TextLabel(f"Where to look: {prompt}"))
            frame.body.addWidget(TextLabel("Click a placeholder and type: your words replace "
                                           "it. Nothing here is taken from your resume.",
                                           "muted"))
            lay.addWidget(frame)
        elif draft.why:
            why = TextLabel(f"Why this story: {words(draft.why)}", "muted")
            why.setObjectName("story-why")
            lay.addWidget(why)
        self.stats = TextLabel("", "stats", selectable=False)
        lay.addWidget(self.stats)

        self.fields: dict[str, StoryField] = {}
        for name in STORY_FIELDS:
            label = QLabel(FIELD_LABELS[name])
            set_role(label, "field-label")
            label.setFont(scaled_font(label, 1.0, bold=True))
            hint = QLabel(f"\u2014 {FIELD_HINTS[name]}")
            set_role(hint, "muted")
            label_row = QHBoxLayout()
            label_row.setSpacing(6)
            label_row.addWidget(label)
            label_row.addWidget(hint, 1)
            edit = StoryField(name)
            edit.setPlainText(getattr(story, name))
            label.setBuddy(edit)
            # invalidate the cached text first, then tell the panel (slots run in this order)
            edit.textChanged.connect(lambda n=name: self._texts.pop(n, None))
            edit.textChanged.connect(lambda n=name: panel.on_field_changed(self.story_id, n))
            edit.installEventFilter(panel.focus_watcher)
            edit.cursorPositionChanged.connect(lambda e=edit: self._remember(e))
            self.fields[name] = edit
            lay.addLayout(label_row)
            lay.addWidget(edit)

        lay.addWidget(heading("Follow-up probes to rehearse", 2))
        for probe in draft.probes or ("What would you do differently?",):
            lay.addWidget(TextLabel(f"\u2022 {words(probe)}"))
        if draft.kind != "frame":
            lay.addWidget(heading("From your resume", 2))
            for bid in draft.bullet_ids:
                lay.addWidget(TextLabel(f"\u2022 {bullet_text(report, bid)}", "muted"))
            if not draft.bullet_ids:
                lay.addWidget(TextLabel("No source bullet recorded.", "muted"))
        lay.addStretch(1)
        self.update_stats()

    def _remember(self, edit: StoryField) -> None:
        if edit.hasFocus():
            self.last_field = edit

    def text(self, name: str) -> str:
        """The field's text (cached until it changes: stats read it many times a refresh)."""
        cached = self._texts.get(name)
        if cached is None:
            cached = self._texts[name] = self.fields[name].toPlainText()
        return cached

    def placeholders(self) -> int:
        return sum(count_placeholders(self.text(n)) for n in STORY_FIELDS)

    def is_edited(self) -> bool:
        return any(self.text(n) != getattr(self.draft, n) for n in STORY_FIELDS)

    def update_stats(self) -> None:
        words = sum(word_count(self.text(n)) for n in STORY_FIELDS if n != "title")
        seconds = words * 60 / WORDS_PER_MINUTE
        if seconds < TARGET_SECONDS * 0.6:
            hint, state = "short: add detail to the Action and Result", "short"
        elif seconds > TARGET_SECONDS * 1.35:
            hint, state = "long: trim towards two minutes", "long"
        else:
            hint, state = "a good length", "ok"
        n = self.placeholders()
        ph = (f" \u00b7 {n} placeholder{'s' if n != 1 else ''} to fill (click one and type the "
              "real fact: it replaces the placeholder)") if n else " \u00b7 no placeholders left"
        self.stats.setText(f"{words} words \u00b7 about {speaking_time(words)} to say "
                           f"(aim: about 2 min; {hint}){ph}")
        self.stats.setToolTip(f"Counted at a calm {WORDS_PER_MINUTE} words a minute; "
                              "placeholders are not counted. Interviewers expect about two "
                              "minutes per story.")
        if self.stats.property("state") != state:
            self.stats.setProperty("state", state)
            repolish(self.stats)

    def undo(self) -> None:
        edit = self.last_field or self.fields["action"]
        edit.undo()
        edit.setFocus()

    def replace_text(self, name: str, text: str, undoable: bool) -> None:
        """Set a field's text; undoable replacement keeps the field's undo history."""
        edit = self.fields[name]
        if edit.toPlainText() == text:
            return
        if undoable:
            cursor = QTextCursor(edit.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        else:
            edit.setPlainText(text)


class StoriesPanel(QWidget):
    """Story list on the left, the selected story's editor on the right."""

    story_edited = Signal(str, str, str)
    story_reset = Signal(str)
    story_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, knowledge: Knowledge | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._report: Report | None = None
        self._styles: dict[str, PrincipleStyle] = {}
        self._current: str | None = None
        self._populating = False
        self._pending: dict[tuple[str, str], str] = {}
        self._session: Session | None = None
        self.cards: dict[str, ListCard] = {}
        self._editors: dict[str, StoryPage] = {}  # built on first open
        self._card_labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self._empty_page: ScrollPage | None = None
        self.focus_watcher = FocusOutWatcher(self.flush, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        self.list_page = ScrollPage()
        self.stack = QStackedWidget()
        self.splitter = add_split(self, self.list_page, self.stack, "Stories list", 280,
                                  stretch=(1, 3), sizes=[320, 800])
        self.list_page.layout_.addWidget(
            TextLabel("Open a resume and a job description to draft your stories.", "muted"))

    # ---------------------------------------------------------------- public
    def set_session(self, session: Session) -> None:
        """Show the stories of `session` with its edits. Pending keystrokes are flushed
        first, and a field whose newer text was just flushed is kept as typed."""
        for _ in self.session_steps(session):
            pass

    def session_steps(self, session: Session) -> Iterator[None]:
        """`set_session` in pieces (yields between list cards) for filling in idle time."""
        if session.report is self._report and self.cards:
            self._update(session)
            return
        yield from self._rebuild(session)

    def _update(self, session: Session) -> None:
        """Same report, new edits or ticks: only the texts change."""
        was, self._populating = self._populating, True
        try:
            flushed = self.flush()
            self._session = session
            for draft in session.report.stories:
                page = self._editors.get(draft.id)
                story = session.story(draft.id) or draft
                if page is not None:
                    for name in STORY_FIELDS:
                        if (draft.id, name) not in flushed:
                            page.replace_text(name, getattr(story, name), undoable=False)
                self._refresh_story(draft.id)
        finally:
            self._populating = was

    def editor(self, story_id: str) -> StoryPage | None:
        """The editor of `story_id`, built now if it was not yet (None: no such story)."""
        page = self._editors.get(story_id)
        if page is not None or self._session is None or story_id not in self.cards:
            return page
        draft = self._session.report.story(story_id)
        if draft is None:
            return None
        story = self._session.story(story_id) or draft
        was, self._populating = self._populating, True
        try:
            page = StoryPage(self, draft, story, self._styles, self._session.report)
        finally:
            self._populating = was
        self._editors[story_id] = page
        self.stack.addWidget(page)
        return page

    def show_story(self, story_id: str) -> None:
        """Select `story_id` in the list and open it in the editor (no signal)."""
        if story_id not in self.cards:
            return
        self.flush()
        page = self.editor(story_id)
        if page is None:
            return
        self._current = story_id
        for key, card in self.cards.items():
            card.set_selected(key == story_id)
        self.list_page.reveal(self.cards[story_id])
        self.stack.setCurrentWidget(page)

    def current_story(self) -> str | None:
        return self._current

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        """Leaving the page never strands typed text in the debounce timer."""
        self.flush()
        super().hideEvent(event)

    def flush(self) -> set[tuple[str, str]]:
        """Emit every pending edit now (call before saving or closing)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for (sid, name), text in pending.items():
            self.story_edited.emit(sid, name, text)
        return set(pending)

    def placeholder_count(self, story_id: str) -> int:
        """Unfilled placeholders in the story as currently shown."""
        return sum(count_placeholders(t) for t in self._texts(story_id).values())

    def _texts(self, story_id: str) -> dict[str, str]:
        """The story's fields as shown: its editor's text, or the session's when unbuilt."""
        page = self._editors.get(story_id)
        if page is not None:
            return {n: page.text(n) for n in STORY_FIELDS}
        if self._session is None:
            return {}
        draft = self._session.report.story(story_id)
        story = self._session.story(story_id) or draft
        return {n: getattr(story, n) for n in STORY_FIELDS} if story is not None else {}

    def request_reset(self, story_id: str) -> None:
        """Ask, then put the story back to its generated draft (undoable per field)."""
        page = self.editor(story_id)
        if page is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Reset to draft",
                          f"Reset \u201c{page.text('title')}\u201d to the generated draft? "
                          "Your edits to this story are replaced (Ctrl+Z in a field brings "
                          "its text back).",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("reset-confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.reset_story(story_id)

    def reset_story(self, story_id: str) -> None:
        """Reset without asking and emit `story_reset`."""
        page = self.editor(story_id)
        if page is None:
            return
        self._pending = {k: v for k, v in self._pending.items() if k[0] != story_id}
        was, self._populating = self._populating, True
        try:
            for name in STORY_FIELDS:
                page.replace_text(name, getattr(page.draft, name), undoable=True)
        finally:
            self._populating = was
        self._refresh_story(story_id)
        self.story_reset.emit(story_id)

    # ---------------------------------------------------------------- internals
    def on_field_changed(self, story_id: str, name: str) -> None:
        page = self._editors.get(story_id)
        if page is None:
            return
        self._refresh_story(story_id)
        if self._populating:
            return
        self._pending[(story_id, name)] = page.text(name)
        self._timer.start()

    def _refresh_story(self, story_id: str) -> None:
        labels = self._card_labels.get(story_id)
        if labels is None or self._session is None:
            return
        page = self._editors.get(story_id)
        if page is not None:
            page.update_stats()
        texts = self._texts(story_id)
        draft = self._session.report.story(story_id)
        edited = draft is not None and any(texts[n] != getattr(draft, n) for n in STORY_FIELDS)
        title, marker, count = labels
        title.setText(texts["title"] or "(untitled story)")
        marker.setVisible(edited)
        n = sum(count_placeholders(t) for t in texts.values())
        count.setText(f"\u270e {n} placeholder{'s' if n != 1 else ''} to fill" if n
                      else "\u2713 no placeholders")
        state = "pending" if n else "done"
        if count.property("state") != state:
            count.setProperty("state", state)
            repolish(count)
        count.setProperty("count", n)
        card = self.cards[story_id]
        card.setAccessibleName(f"Story {texts['title']}: {n} placeholders"
                               + (", edited" if edited else ""))

    def _rebuild(self, session: Session) -> Iterator[None]:
        self.flush()
        scroll = self.list_page.scroll_value()
        self._report = session.report
        self._session = session
        self._styles = principle_styles(session.report, self._knowledge)
        lay = self.list_page.layout_
        clear_layout(lay)
        for page in self._editors.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.cards, self._editors, self._card_labels = {}, {}, {}
        if self._empty_page is not None:
            self.stack.removeWidget(self._empty_page)
            self._empty_page.deleteLater()
            self._empty_page = None
        if not session.report.stories:
            self._show_empty(session.report)
            return
        lay.addWidget(TextLabel("Each story should take about two minutes to tell.", "muted"))
        for draft in session.report.stories:
            card = self._card(draft)
            self.cards[draft.id] = card
            lay.addWidget(card)
            self._refresh_story(draft.id)
            yield
        lay.addStretch(1)
        self.list_page.restore_scroll(scroll)
        keep = self._current if self._current in self.cards else None
        if keep is None and session.report.stories:
            keep = session.report.stories[0].id
        if keep:
            self.show_story(keep)

    def _show_empty(self, report: Report) -> None:
        """No story could be drafted: say why and what to do, never a blank page."""
        self._current = None
        lay = self.list_page.layout_
        lay.addWidget(TextLabel("No story drafts yet.", "muted"))
        lay.addStretch(1)
        self._empty_page = ScrollPage()
        self._empty_page.setAccessibleName("No story drafts")
        self._empty_page.setObjectName("stories-empty")
        why = ("Your resume has no bullet points to draft stories from."
               if not report.resume.bullets else
               "None of your bullets reads as a story an interviewer would ask about.")
        self._empty_page.layout_.addWidget(heading("No story drafts yet", 2))
        self._empty_page.layout_.addWidget(TextLabel(
            f"{why} LoopReady drafts STAR stories only from what your resume says, and never "
            "invents one. Add one bullet per achievement (what you did and the result, with a "
            "number), then run New analysis (Ctrl+N)."))
        self._empty_page.layout_.addStretch(1)
        self.stack.addWidget(self._empty_page)
        self.stack.setCurrentWidget(self._empty_page)

    def empty_text(self) -> str:
        """The empty-state message shown instead of an editor ("" when stories exist)."""
        if self._empty_page is None:
            return ""
        return " ".join(w.text() for w in self._empty_page.findChildren(QLabel))

    def _card(self, draft: StoryDraft) -> ListCard:
        card = ListCard(draft.id)
        card.setObjectName(f"story-{draft.id}")
        title = TextLabel("", selectable=False)
        title.setFont(scaled_font(title, 1.0, bold=True))
        card.body.addWidget(title)
        card.body.addWidget(ChipRow([style_for(self._styles, p) for p in draft.principles],
                                    compact=True))
        if draft.kind == "frame":
            kind = QLabel("\u25c7 Frame: no resume line yet, bring your own example")
            kind.setObjectName("story-kind")
            kind.setWordWrap(True)
            set_role(kind, "muted")
            card.body.addWidget(kind)
        meta = QHBoxLayout()
        count = QLabel()
        set_role(count, "count")
        marker = QLabel("\u25c6 Edited")
        set_role(marker, "marker")
        marker.setToolTip("You have changed this story; Reset to draft brings the draft back")
        meta.addWidget(count)
        meta.addStretch(1)
        meta.addWidget(marker)
        card.body.addLayout(meta)
        self._card_labels[draft.id] = (title, marker, count)
        card.clicked.connect(lambda sid=draft.id: self._on_clicked(sid))
        return card

    def _on_clicked(self, story_id: str) -> None:
        self.show_story(story_id)
        self.story_selected.emit(story_id)
