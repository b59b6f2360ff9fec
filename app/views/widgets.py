"""Small shared widgets for the content panels: cards, principle chips, strength badges,
score bars, expandable sections and the story placeholder highlighter.

Styling goes through the shell's stylesheet via dynamic properties (``role``,
``strength``, ``state``); the only inline colours are principle colours, which come from
the knowledge data (or a fixed colour-blind-safe fallback when no knowledge is given).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.knowledge import Knowledge
from app.models.report import PLACEHOLDER_PREFIX, Report
from app.views.flow_layout import FlowLayout
from app.vocabulary import vocabulary

PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_PREFIX) + r"[^\]\n]*\]?")
WORDS_PER_MINUTE = 140  # a calm interview pace (130-150 wpm)
TARGET_SECONDS = 120  # aim: about two minutes per story

# Okabe-Ito based, readable on white, dark and print; only used without knowledge data.
_FALLBACK_COLORS = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#6A3D9A",
    "#B2182B", "#1B7837", "#5E3C99", "#E66101", "#2166AC", "#7F3B08", "#4D9221", "#762A83",
)
STRENGTH_LABELS = {"strong": ("\u25cf", "Strong"), "thin": ("\u25d0", "Thin"), "none": ("\u25cb", "None")}
STAGE_NAMES = {
    "before": "Before the interviews",
    "phone-screen": "Phone screen",
    "onsite-loop": "Onsite loop",
    "bar-raiser": "Bar raiser",
}
STAGE_ORDER = ("before", "phone-screen", "onsite-loop", "bar-raiser")


@dataclass(frozen=True)
class PrincipleStyle:
    """How a principle is shown: name, short tag and colour (never colour alone)."""

    id: str
    name: str
    short: str
    color: str
    looks_for: str = ""
    probes: tuple[str, ...] = ()


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s;,-]+", name) if w and w[0].isalpha() and w.lower() not in
             {"and", "the", "to", "be", "a", "of"}]
    return "".join(w[0].upper() for w in words[:3]) or name[:2].upper()


def principle_styles(report: Report, knowledge: Knowledge | None = None) -> dict[str, PrincipleStyle]:
    """Map principle id -> display style, from knowledge when given, else from the report."""
    styles: dict[str, PrincipleStyle] = {}
    known = {p.id: p for p in knowledge.principles} if knowledge is not None else {}
    order = [r.id for r in report.principles] + [pid for pid in known if pid not in
                                                  {r.id for r in report.principles}]
    names = {r.id: r.name for r in report.principles}
    vocab = vocabulary(report, knowledge)  # themes, not Leadership Principles, outside Amazon
    for i, pid in enumerate(order):
        p = known.get(pid)
        if p is not None:
            styles[pid] = PrincipleStyle(pid, vocab.name(pid), vocab.short(pid), p.color,
                                         vocab.words(p.looks_for),
                                         tuple(vocab.words(x) for x in p.probes))
        else:
            name = names.get(pid, pid.replace("-", " ").title())
            styles[pid] = PrincipleStyle(pid, name, _initials(name),
                                         _FALLBACK_COLORS[i % len(_FALLBACK_COLORS)])
    return styles


def style_for(styles: dict[str, PrincipleStyle], pid: str) -> PrincipleStyle:
    """The style of `pid`, or a neutral one for an id the report does not know."""
    return styles.get(pid) or PrincipleStyle(pid, pid.replace("-", " ").title(), _initials(pid),
                                             "#808080")


def count_placeholders(text: str) -> int:
    """How many "[Add: ...]" placeholders are still in `text`."""
    return len(PLACEHOLDER_RE.findall(text))


def word_count(text: str) -> int:
    """Words a user would say, placeholders excluded."""
    return len(re.findall(r"[\w'’%$.-]+", PLACEHOLDER_RE.sub(" ", text)))


def speaking_time(words: int) -> str:
    """'1 min 45 s' at a calm interview pace."""
    seconds = round(words * 60 / WORDS_PER_MINUTE)
    minutes, sec = divmod(seconds, 60)
    return f"{minutes} min {sec:02d} s" if minutes else f"{sec} s"


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_role(widget: QWidget, role: str, **props: str) -> QWidget:
    """Tag a widget for the stylesheet: role plus any other dynamic properties."""
    widget.setProperty("role", role)
    for key, value in props.items():
        widget.setProperty(key, value)
    return widget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled (sizes are not colours; the stylesheet may override)."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        w = item.widget()
        inner = item.layout()
        if w is not None:
            w.hide()
            w.setParent(None)
            w.deleteLater()
        elif inner is not None:
            clear_layout(inner)


class TextLabel(QLabel):
    """A word-wrapped, mouse-selectable label for text users may copy."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None,
                 selectable: bool = True) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            set_role(self, role)


class CounterLabel(QLabel):
    """A label whose text changes often ("3 of 8 done") at a fixed size sized for `widest`,
    so updating it does not re-lay out a whole page of wrapped text."""

    def __init__(self, widest: str, parent: QWidget | None = None, role: str = "counter") -> None:
        super().__init__(widest, parent)
        set_role(self, role)
        self._widest = widest
        self._fix()

    def _fix(self) -> None:
        hint = self.sizeHint()
        self.setFixedSize(hint.width() + 4, hint.height())

    def set_font(self, font: QFont) -> None:
        self.setFont(font)
        text = self.text()
        self.setText(self._widest)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)
        self._fix()
        self.setText(text)


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A section heading (role=heading / subheading), bold and a little larger."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_role(label, "heading" if level == 1 else "subheading")
    label.setFont(scaled_font(label, 1.35 if level == 1 else 1.1, bold=True))
    label.setAccessibleName(text)
    return label


def link_button(text: str, accessible_name: str = "") -> QPushButton:
    """A flat, left-aligned, keyboard-focusable link-like button (role=link)."""
    btn = QPushButton(f"\u2192  {text}")
    set_role(btn, "link")
    btn.setFlat(True)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setAccessibleName(accessible_name or text)
    btn.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return btn


class PrincipleChip(QLabel):
    """A principle tag: short code + name, bordered in the principle colour (tag + colour)."""

    def __init__(self, style: PrincipleStyle, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        text = style.short if compact else f"{style.short} \u00b7 {style.name}"
        super().__init__(text, parent)
        set_role(self, "chip", principle=style.id)
        self.setToolTip(style.name)
        self.setAccessibleName(f"Principle {style.name}")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Principle colours come from knowledge data: the one allowed inline colour. On a dark
        # window the darkest tints (Dive Deep, HBDC) are lifted so the tag still stands out.
        colour = QColor(style.color)
        window = self.palette().window().color()
        if window.lightnessF() < 0.5 and colour.lightnessF() < 0.45:
            colour = colour.lighter(170)
        c = colour.name()
        self.setStyleSheet(
            f"QLabel {{ border: 1px solid {c}; border-left: 6px solid {c};"
            f" border-radius: 3px; padding: 1px 5px; }}"
        )


class Swatch(QLabel):
    """A small block in the principle colour holding its short tag."""

    def __init__(self, style: PrincipleStyle, parent: QWidget | None = None) -> None:
        super().__init__(style.short, parent)
        set_role(self, "swatch", principle=style.id)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wide enough for a four-letter bold tag ("HBDC") with air on both sides.
        bold = QFont(self.font())
        bold.setBold(True)
        # Every swatch is as wide as the widest usual tag, so the names beside them line up.
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance("HBDC"), metrics.horizontalAdvance(style.short))
        self.setFixedWidth(max(44, widest + 18))
        color = QColor(style.color)
        ink = "#000000" if color.lightnessF() > 0.6 else "#ffffff"  # contrast on the fixed tint
        self.setStyleSheet(
            f"QLabel {{ background: {style.color}; color: {ink}; border-radius: 3px;"
            f" font-weight: bold; padding: 2px; }}"
        )


class ChipRow(QWidget):
    """A row of principle chips that wraps to the next line when the width runs out (a long
    chip never makes its page wider than the window)."""

    def __init__(self, styles: Iterable[PrincipleStyle], compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = FlowLayout(self, spacing=4)
        for st in styles:
            lay.addWidget(PrincipleChip(st, compact=compact))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)


class ReflowGrid(QWidget):
    """Widgets side by side while each gets `min_width` pixels, else one above the other: a
    row of cards that never squeezes (or clips) its text in a narrow window. In a row, the
    widgets share the width by `stretches`."""

    def __init__(self, widgets: Iterable[QWidget], min_width: int,
                 stretches: Iterable[int] = (), spacing: int = 10,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(widgets)
        self.min_width = min_width
        self.stretches = list(stretches) or [1] * len(self.items)
        self._grid = QGridLayout(self)
        # the grid does not force its row's width on the widget: it stacks instead
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self.columns = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._place(len(self.items))

    def columns_for(self, width: int) -> int:
        n = len(self.items)
        return n if n and width >= n * self.min_width else 1

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for w in self.items:
            self._grid.removeWidget(w)
        for c in range(max(len(self.items), 1)):
            self._grid.setColumnStretch(c, 0)
        for i, w in enumerate(self.items):
            row, col = (0, i) if columns > 1 else (i, 0)
            self._grid.addWidget(w, row, col)
        if columns > 1:
            for c, stretch in enumerate(self.stretches):
                self._grid.setColumnStretch(c, stretch)
        else:
            self._grid.setColumnStretch(0, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as one column: the grid stacks rather than widening its page."""
        hint = super().minimumSizeHint()
        widest = max((w.minimumSizeHint().width() for w in self.items), default=0)
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


class StrengthBadge(QLabel):
    """strong / thin / none as icon glyph + word; colour via the `strength` property."""

    def __init__(self, strength: str, parent: QWidget | None = None) -> None:
        glyph, word = STRENGTH_LABELS.get(strength, ("?", strength.title()))
        super().__init__(f"{glyph} {word}", parent)
        set_role(self, "badge", strength=strength)
        self.setAccessibleName(f"Evidence {word.lower()}")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


class ScoreBar(QProgressBar):
    """A 0..100 bar (role=score-bar); the number is shown beside it, not inside."""

    def __init__(self, value: float, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "score-bar")
        self.setRange(0, 100)
        self.setValue(max(0, min(100, round(value))))
        self.setTextVisible(False)
        self.setFixedHeight(10)
        self.setAccessibleName(f"{name}: {round(value)} out of 100")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class Card(QFrame):
    """A framed block (role=card). Clickable cards take focus and react to Enter/Space."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, clickable: bool = False,
                 role: str = "card") -> None:
        super().__init__(parent)
        set_role(self, role, selected="false")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clickable = clickable
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.setSpacing(4)

    def set_selected(self, selected: bool) -> None:
        value = "true" if selected else "false"
        if self.property("selected") != value:
            self.setProperty("selected", value)
            repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # so the release comes back here
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if (self._clickable and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                               Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ListCard(Card):
    """A selectable list row: Enter/Space/click selects, Up/Down move focus."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, clickable=True, role="row")
        self.key = key

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Down:
            self.focusNextChild()
            return
        if event.key() == Qt.Key.Key_Up:
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)


class Expander(QWidget):
    """A header button that shows/hides a body: how every number opens its reasons.

    A body that is costly to build can be given as a callback (`fill_when_opened`): it runs
    once, the first time the body is opened, so folded sections cost nothing up front.
    """

    toggled = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None, expanded: bool = False) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.header = QToolButton(self)
        set_role(self.header, "expander")
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setText(title)
        self.header.setAccessibleName(title)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.header.toggled.connect(self._on_toggled)
        self.headline = QHBoxLayout()
        self.headline.setContentsMargins(0, 0, 0, 0)
        self.headline.addWidget(self.header)
        lay.addLayout(self.headline)
        self.body = QWidget(self)
        set_role(self.body, "expander-body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(24, 2, 4, 6)
        self.body_layout.setSpacing(4)
        lay.addWidget(self.body)
        self._fill: Callable[[QVBoxLayout], None] | None = None
        self.header.setChecked(expanded)
        self._on_toggled(expanded)

    def fill_when_opened(self, fill: Callable[[QVBoxLayout], None]) -> None:
        """Build the body with `fill(body_layout)` when it is first opened (now if open)."""
        self._fill = fill
        if self.is_expanded():
            self.ensure_filled()

    def ensure_filled(self) -> None:
        """Build a body given to `fill_when_opened` now, if it is not built yet."""
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self.body_layout)

    def _on_toggled(self, on: bool) -> None:
        if on:
            self.ensure_filled()
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        self.toggled.emit(on)

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, on: bool) -> None:
        self.header.setChecked(on)


def disclosure(text: str | Iterable[str], title: str = "How this is scored",
               name: str = "") -> Expander:
    """A folded, muted section holding what a plain sentence leaves out (the arithmetic
    behind a score): closed until the user asks, never in the sentence itself."""
    exp = Expander(title)
    set_role(exp.header, "disclosure")
    exp.header.setAccessibleName(f"{title}: show")
    if name:
        exp.setObjectName(name)
    lines = [text] if isinstance(text, str) else list(text)
    exp.body_layout.setContentsMargins(18, 0, 4, 4)

    def fill(body: QVBoxLayout) -> None:
        for line in lines:
            if line:
                body.addWidget(TextLabel(line, "muted"))

    exp.fill_when_opened(fill)
    return exp


class VerdictBadge(QLabel):
    """The verdict as a word with a shape beside it, framed in its colour (never colour
    alone): "✔ Apply", "✕ Not yet"."""

    def __init__(self, verdict: str, label: str, glyph: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(f"{glyph}  {label}" if glyph else label, parent)
        set_role(self, "verdict", verdict=verdict or "none")
        self.setAccessibleName(f"Verdict: {label}")
        self.setFont(scaled_font(self, 1.45, bold=True))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


class ScrollPage(QScrollArea):
    """A vertically scrolling page whose content reflows to the width (no clipped text).

    On a very wide window (4K) the content keeps a readable width, centred, instead of
    stretching lines across the whole screen."""

    MARGINS = (16, 12, 16, 16)

    def __init__(self, parent: QWidget | None = None, max_width: int = 1400) -> None:
        super().__init__(parent)
        self.max_width = max_width
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        set_role(self.content, "page")
        self.layout_ = QVBoxLayout(self.content)
        # Height follows heightForWidth of the wrapped text, not the (tall) minimum that
        # word-wrapped labels report at a narrow width: no phantom scroll range.
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.layout_.setContentsMargins(*self.MARGINS)
        self.layout_.setSpacing(10)
        self.setWidget(self.content)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt API)
        left, top, right, bottom = self.MARGINS
        spare = self.viewport().width() - left - right - self.max_width
        side = spare // 2 if spare > 0 else 0
        margins = self.layout_.contentsMargins()
        if margins.left() != left + side:
            self.layout_.setContentsMargins(left + side, top, right + side, bottom)
        super().resizeEvent(event)

    def reveal(self, widget: QWidget) -> None:
        """Scroll `widget` into view, now and again once a pending layout has run."""
        self.ensureWidgetVisible(widget)

        def later() -> None:
            if shiboken6.isValid(widget) and widget.parent() is not None:
                self.ensureWidgetVisible(widget)

        QTimer.singleShot(0, self, later)

    def scroll_to_top_of(self, widget: QWidget) -> None:
        """Scroll so `widget` starts at the top of the view (a tall widget shows its start,
        not its end as ensureWidgetVisible would); again once a pending layout has run."""

        def apply() -> None:
            if shiboken6.isValid(widget) and widget.parent() is not None:
                y = widget.mapTo(self.content, widget.rect().topLeft()).y()
                self.verticalScrollBar().setValue(max(0, y - 8))

        apply()
        QTimer.singleShot(0, self, apply)

    def scroll_value(self) -> int:
        return self.verticalScrollBar().value()

    def restore_scroll(self, value: int) -> None:
        """Restore after a re-layout (the range is only known once layout has run)."""
        bar = self.verticalScrollBar()
        bar.setValue(value)
        if bar.value() != value:
            QTimer.singleShot(0, lambda: bar.setValue(value))


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks "[Add: ...]" placeholders with a tinted background and bold text until filled.

    The tint is semi-transparent amber so it reads on light and dark bases; the bracketed
    words themselves make it visible without colour.
    """

    def __init__(self, document: QObject, color: QColor | None = None) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(color or QColor(255, 176, 0, 90))
        self._format.setFontWeight(QFont.Weight.Bold)
        self._format.setFontUnderline(True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        for m in PLACEHOLDER_RE.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._format)


class FocusOutWatcher(QObject):
    """Calls `callback` when a watched widget loses focus (flush pending edits)."""

    def __init__(self, callback, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


def bullet_text(report: Report, bid: str) -> str:
    """The resume text of bullet `bid` (or a note when the id is unknown)."""
    b = report.resume.bullet(bid)
    return b.text if b is not None else f"(bullet {bid} not found in the resume)"


def requirement_text(report: Report, rid: str) -> str:
    """The posting text of requirement `rid`."""
    for r in report.job.requirements:
        if r.id == rid:
            return r.text
    return f"(requirement {rid} not found in the posting)"
