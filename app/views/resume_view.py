"""The resume as the user wrote it, each bullet tinted by its strongest Leadership Principle.

PDF resumes show their real pages (rendered with PyMuPDF off the UI thread, see
`render_pdf_pages`), with semi-transparent overlays from each Bullet's page+bbox and a short
principle tag beside it (never colour alone). DOCX/TXT resumes show their text with the same
tints. Hover a bullet: its principles and why. Chips filter by principle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.page_images import RENDER_SCALE, PageImage, render_pdf_pages  # noqa: F401 (re-exported)
from app.views.flow_layout import FlowLayout
from app.views.resume_overlay import Region, Tints, group_regions
from app.views.tints import PAGE_INK, PAPER, readable_on, readable_tint, tag_ink
from app.views.tip_browser import TipTextBrowser  # noqa: F401 (re-exported)
from app.vocabulary import localize, vocabulary

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.knowledge import Principle
    from app.models.report import Report
    from app.models.resume import Bullet, Resume

PAGE_GAP = 14
MIN_ZOOM, MAX_ZOOM = 0.4, 3.0


# ---------------------------------------------------------------- rendering (worker thread)
# Pages are rendered Qt-free in the reading worker (`Workflow.render_pages`), scaled to a pixel
# budget: RENDER_SCALE pixels per point for a normal page, less for a giant one (a 9000 x 9000
# pt page is ~2000 px square, not 18000), so three such pages cost ~50 MB, not 7.7 GB.


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels


@dataclass(frozen=True)
class PreparedPage:
    """A rendered page already in the pixel format a pixmap uses (made in a worker thread:
    QImage, unlike QPixmap, may be created off the UI thread)."""

    width_pt: float
    height_pt: float
    image: QImage


def paint_ready(page: PageImage) -> QImage:
    """A rendered page in the pixel format the raster painter draws fastest (RGB32), made
    straight from its bytes: one new image, no intermediate copy."""
    image = QImage(page.samples, page.width, page.height, page.stride,
                   QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a deep copy in the new format


def prepare_pages(pages: list[PageImage]) -> list[PreparedPage]:
    """Convert rendered pages to paint-ready images (worker thread). The list is emptied as
    it goes, each page's bytes released once converted, so a long resume never holds its
    RGB bytes and its images all at once."""
    out: list[PreparedPage] = []
    pages.reverse()
    while pages:
        page = pages.pop()
        out.append(PreparedPage(page.width_pt, page.height_pt, paint_ready(page)))
        del page
    return out


# ---------------------------------------------------------------- PDF pages with overlays


class PageCanvas(QWidget):
    """Paints the rendered pages one below the other with the bullet overlays."""

    zoom_changed = Signal(float)

    def __init__(self, tints: Tints, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMouseTracking(True)
        self._tints = tints
        # the page images, painted as they are: the window's PreparedPage images themselves
        # (one copy per page; no QPixmap beside them)
        self._images: list[QImage] = []
        self._sizes: list[tuple[float, float]] = []
        self._bullets: list[Bullet] = []
        self.regions: list[Region] = []
        self.zoom = 1.0
        self.min_size = QSize(0, 0)  # at least the viewport, so the grey fills it
        self._tag_font = QFont(self.font())
        self._tag_font.setPointSizeF(7.5)
        self._tag_font.setBold(True)

    def set_pages(self, pages: Sequence[PageImage | PreparedPage], bullets: Iterable[Bullet]) -> None:
        for _ in self.pages_steps(pages, bullets):
            pass

    def pages_steps(self, pages: Sequence[PageImage | PreparedPage],
                    bullets: Iterable[Bullet]) -> Iterator[None]:
        """`set_pages` one page image at a time (yields between pages)."""
        self._sizes = [(p.width_pt, p.height_pt) for p in pages]
        self._bullets = [b for b in bullets if b.page and b.bbox and 1 <= b.page <= len(pages)]
        self.regions = group_regions(self._bullets)
        self._images = []
        self._resize()
        for page in pages:
            self._images.append(page.image if isinstance(page, PreparedPage) else paint_ready(page))
            self.update()
            yield

    def page_count(self) -> int:
        return len(self._sizes)

    def max_page_width(self) -> float:
        return max((w for w, _ in self._sizes), default=612.0)

    def set_min_size(self, size: QSize) -> None:
        if size != self.min_size:
            self.min_size = size
            self._resize()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if abs(zoom - self.zoom) > 1e-3:
            self.zoom = zoom
            self._resize()
            self.zoom_changed.emit(zoom)

    def _margin(self) -> int:
        return 34  # room for the principle tags left of the page text

    def _page_tops(self) -> list[float]:
        tops: list[float] = []
        y = float(PAGE_GAP)
        for _, h in self._sizes:
            tops.append(y)
            y += h * self.zoom + PAGE_GAP
        return tops

    def _resize(self) -> None:
        height = PAGE_GAP + sum(h * self.zoom + PAGE_GAP for _, h in self._sizes)
        width = self.max_page_width() * self.zoom + 2 * self._margin()
        self.setFixedSize(max(int(width), self.min_size.width()), max(int(height), self.min_size.height()))
        self.update()

    def _page_left(self, index: int) -> float:
        return (self.width() - self._sizes[index][0] * self.zoom) / 2

    def bullet_rect(self, bullet: Bullet) -> QRectF:
        assert bullet.page and bullet.bbox
        i = bullet.page - 1
        x0, y0, x1, y1 = bullet.bbox
        z, left, top = self.zoom, self._page_left(i), self._page_tops()[i]
        return QRectF(left + x0 * z - 3, top + y0 * z - 2, (x1 - x0) * z + 6, (y1 - y0) * z + 4)

    def bullet_at(self, pos: QPointF) -> Bullet | None:
        for b in self._bullets:
            if self.bullet_rect(b).contains(pos):
                return b
        return None

    def region_rect(self, region: Region) -> QRectF:
        """Where `region` is on the canvas at the current zoom (with a little padding)."""
        x0, y0, x1, y1 = region.box
        z, left, top = self.zoom, self._page_left(region.page), self._page_tops()[region.page]
        return QRectF(left + x0 * z - 3, top + y0 * z - 2, (x1 - x0) * z + 6, (y1 - y0) * z + 4)

    def region_at(self, pos: QPointF) -> Region | None:
        return next((r for r in self.regions if self.region_rect(r).contains(pos)), None)

    def painted_regions(self) -> list[tuple[Region, QRectF, Principle, list[Principle]]]:
        """The regions tinted now: each with its rectangle, the one principle it is tinted
        with and every principle shown in it."""
        out = []
        for region in self.regions:
            main, shown = self._tints.strongest(region.bullet_ids)
            if main is not None:
                out.append((region, self.region_rect(region), main, shown))
        return out

    def tag_text(self, main: Principle, shown: Sequence[Principle]) -> str:
        """The tag beside a region: its tint's principle, and "+N" when more show there."""
        more = len(shown) - 1
        return f"{main.short} +{more}" if more > 0 else main.short

    def tag_layout(self) -> list[tuple[QRectF, str, Principle, Region]]:
        """Where each tinted region's tag goes: in the margin beside it (left of a bullet in
        the left-hand part of the page, right of one in a right-hand column) when that spot is
        free, else on the other side, else further down its left edge; never on another tag
        (nor, when there is any room, on another tinted bullet)."""
        metrics = QFontMetrics(self._tag_font)
        painted = self.painted_regions()
        boxes = [rect for _, rect, _, _ in painted]
        placed: list[QRectF] = []
        out = []
        for i, (region, rect, main, shown) in enumerate(painted):
            text = self.tag_text(main, shown)
            w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
            left = max(2.0, rect.left() - w - 3)
            candidates = [QRectF(left, rect.top(), w, h), QRectF(rect.right() + 3, rect.top(), w, h)]
            if region.box[0] > 0.3 * self._sizes[region.page][0]:
                # a right-hand column: its left is the other column's text, its right the margin
                candidates.reverse()
            y = rect.top() + h + 2
            while y + h <= rect.bottom() + 1:
                candidates.append(QRectF(left, y, w, h))
                y += h + 2
            others = boxes[:i] + boxes[i + 1:]
            tag = next((c for c in candidates if self._tag_fits(c, placed, others)), None)
            if tag is None:
                tag = QRectF(candidates[0])
                while any(tag.intersects(t) for t in placed):  # below the tag in the way
                    blocker = max((t for t in placed if tag.intersects(t)), key=QRectF.bottom)
                    tag.moveTop(blocker.bottom() + 2)
            placed.append(tag)
            out.append((tag, text, main, region))
        return out

    def _tag_fits(self, tag: QRectF, placed: Sequence[QRectF], others: Sequence[QRectF]) -> bool:
        """On the canvas, clear of every placed tag and every other tinted region."""
        if tag.left() < 1 or tag.right() > self.width() - 1:
            return False
        return not any(tag.intersects(t) for t in placed) and not any(
            tag.intersects(o) for o in others)

    def tint_colour(self, principle: Principle, lit: bool) -> QColor:
        """The tint of a bullet on the white page: as strong as the text over it allows."""
        return QColor(readable_tint(principle.color, PAPER, PAGE_INK, 0.40 if lit else 0.24,
                                    multiply_ink=True))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tops = self._page_tops()
        for i, image in enumerate(self._images):  # pages still being converted are not drawn yet
            w, h = self._sizes[i]
            target = QRectF(self._page_left(i), tops[i], w * self.zoom, h * self.zoom)
            if not target.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 40))
            painter.drawImage(target, image, QRectF(image.rect()))
        lit = self._tints.lit()
        # One tint per place on the page, multiplied into the page so the ink stays dark; a
        # place already tinted is never tinted again (no dark-on-dark where boxes touch).
        covered = QRegion()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for region, rect, main, _ in self.painted_regions():
            strong = any(b in lit for b in region.bullet_ids)
            area = QRegion(rect.toAlignedRect()).subtracted(covered)
            covered = covered.united(QRegion(rect.toAlignedRect()))
            painter.setClipRegion(area)
            painter.fillRect(rect, self.tint_colour(main, strong))
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(main.color))
        painter.setClipping(False)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        for region, rect, main, _ in self.painted_regions():
            if any(b in lit for b in region.bullet_ids):
                painter.setPen(QPen(QColor(main.color), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
        painter.setFont(self._tag_font)
        for tag, text, main, region in self.tag_layout():
            if self.tag_filled(region, main):
                # credited: a filled tag (a story can be built on this line)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(main.color))
                painter.drawRoundedRect(tag, 3, 3)
                painter.setPen(QColor(tag_ink(main.color)))
            else:
                # only reads as it: an outline tag on paper, its text in a readable shade
                painter.setPen(QPen(QColor(main.color), 1.2))
                painter.setBrush(QColor(PAPER))
                painter.drawRoundedRect(tag.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
                painter.setPen(QColor(readable_on(main.color, PAPER)))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def tag_filled(self, region: Region, main: Principle) -> bool:
        """A filled tag for a principle credited to a bullet of `region`, else an outline."""
        return self._tints.region_credited(region.bullet_ids, main.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)
            region = self.region_at(QPointF(event.pos()))
            tip = self._tints.group_tooltip(region.bullet_ids) if region else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * (1.1 ** steps))
            event.accept()
        else:
            event.ignore()


# ---------------------------------------------------------------- text resumes


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def match_bullets_to_lines(lines: Sequence[str], bullets: Sequence[Bullet]) -> dict[int, str]:
    """Line index -> bullet id, for showing a DOCX/TXT resume's text with bullet tints."""
    norms = [_norm(line) for line in lines]
    out: dict[int, str] = {}
    cursor = 0
    for b in bullets:
        nb = _norm(b.text)
        if len(nb) < 8:
            continue
        head = nb[:30]
        start = None
        for order in (range(cursor, len(lines)), range(0, cursor)):
            for j in order:
                nl = norms[j]
                if j in out or len(nl) < 4:
                    continue
                if head in nl or (len(nl) >= 12 and nb.startswith(nl[:30])):
                    start = j
                    break
            if start is not None:
                break
        if start is None:
            continue
        covered, k = 0, start
        while k < len(lines) and covered < len(nb) * 0.9:
            if k in out:
                break
            out[k] = b.id
            covered += len(norms[k])
            k += 1
        cursor = k
    return out


# ---------------------------------------------------------------- the view


class ResumeView(QWidget):
    """The resume pane of Resume & JD: chips, zoom, the pages (or text) with tints."""

    bullet_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Resume")
        self._tints = Tints()
        self._resume: Resume | None = None
        self._fit_width = True
        self._text_blocks: dict[str, int] = {}
        self._pending_scroll: set[str] = set()
        self._text_base = QColor("#ffffff")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 8, 0)
        title = QLabel("Your resume", self)
        title.setObjectName("PaneTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.zoom_bar = QWidget(self)
        self.zoom_bar.setObjectName("ZoomBar")
        zb = QHBoxLayout(self.zoom_bar)
        zb.setContentsMargins(0, 0, 0, 0)
        zb.setSpacing(2)
        self.zoom_out = self._tool("fa5s.search-minus", "Zoom out (Ctrl+minus)", self.zoom_step, -1)
        self.zoom_label = QLabel("100%", self.zoom_bar)
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = self._tool("fa5s.search-plus", "Zoom in (Ctrl+plus)", self.zoom_step, 1)
        self.fit_button = self._tool("fa5s.arrows-alt-h", "Fit width (Ctrl+0)", self.fit_width)
        for w in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            zb.addWidget(w)
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
                           (QKeySequence("Ctrl+0"), self.fit_width)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        head.addWidget(self.zoom_bar)
        layout.addLayout(head)

        self.chip_bar = QWidget(self)
        self.chip_bar.setObjectName("ChipBar")
        self.chip_layout = FlowLayout(self.chip_bar, spacing=5)
        self.chip_bar.setContentsMargins(8, 0, 8, 0)
        self.chip_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.chip_bar)
        self.chips: dict[str, QToolButton] = {}
        # what the two kinds of tag mean (a filled tag and an outline, never colour alone)
        self.legend = QLabel(self)
        self.legend.setObjectName("MutedLabel")
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(10, 0, 8, 0)
        self.legend.setAccessibleName("What the tags mean")
        self.legend.hide()
        layout.addWidget(self.legend)
        self._vocab_many = "principles"

        # What is lit right now ("Customer Obsession: 2 bullets lit") with a way back to all,
        # or why nothing is tinted (a resume without bullets).
        self.focus_bar = QWidget(self)
        self.focus_bar.setObjectName("FocusBar")
        fb = QHBoxLayout(self.focus_bar)
        fb.setContentsMargins(8, 0, 8, 0)
        self.focus_label = QLabel(self.focus_bar)
        self.focus_label.setObjectName("MutedLabel")
        self.focus_label.setWordWrap(True)
        self.focus_label.setAccessibleName("Highlighted bullets")
        self.show_all_button = QToolButton(self.focus_bar)
        self.show_all_button.setText("Show all tints")
        self.show_all_button.setAccessibleName("Show every tint again")
        self.show_all_button.setToolTip("Clear the highlight and tint every bullet again (Esc)")
        self.show_all_button.clicked.connect(self.clear_highlight)
        fb.addWidget(self.focus_label, 1)
        fb.addWidget(self.show_all_button)
        self.focus_bar.hide()
        layout.addWidget(self.focus_bar)
        from PySide6.QtGui import QKeySequence, QShortcut

        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.clear_highlight)

        self.stack = QStackedWidget(self)
        self.pages_scroll = QScrollArea(self.stack)
        self.pages_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_scroll.setWidgetResizable(False)
        self.pages_scroll.setAccessibleName("Resume pages")
        self.canvas = PageCanvas(self._tints)
        self.canvas.zoom_changed.connect(self._on_zoom_changed)
        self.pages_scroll.setWidget(self.canvas)
        self.pages_scroll.viewport().installEventFilter(self)
        self.text = TipTextBrowser(self.stack)
        self.text.setAccessibleName("Resume text")
        self.stack.addWidget(self.pages_scroll)
        self.stack.addWidget(self.text)
        layout.addWidget(self.stack, 1)

    def _tool(self, icon: str, tip: str, slot, *args) -> QToolButton:
        from app.views import icons as qta  # qtawesome's glyphs without its import cost

        button = QToolButton(self.zoom_bar)
        button.setIcon(qta.icon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(lambda: slot(*args))
        return button

    # ----------------------------------------------------------------- content
    def set_content(self, report: Report, principles: Sequence[Principle],
                    pages: Sequence[PageImage | PreparedPage] | None = None,
                    base_colour: str = "#ffffff") -> None:
        """Show `report.resume`: its pages when given (PDF), else its text."""
        for _ in self.content_steps(report, principles, pages, base_colour):
            pass

    def content_steps(self, report: Report, principles: Sequence[Principle],
                      pages: Sequence[PageImage | PreparedPage] | None = None,
                      base_colour: str = "#ffffff") -> Iterator[None]:
        """`set_content` in pieces (yields between the chips, each page image and the text),
        so the window can fill this view in idle-time slices."""
        self._resume = report.resume
        self._text_base = QColor(base_colour)
        vocab = vocabulary(report, principles=principles)  # themes for a non-Amazon posting
        self._vocab_many = vocab.many
        self._tints.load(localize(report, principles=principles), vocab.principles(principles))
        self._build_chips()
        self._update_legend()
        yield
        if pages:
            self.stack.setCurrentWidget(self.pages_scroll)
            self.zoom_bar.setVisible(True)
            self._fit_width = True
            yield from self.canvas.pages_steps(pages, report.resume.bullets)
            self.fit_width()
        else:
            self.stack.setCurrentWidget(self.text)
            self.zoom_bar.setVisible(False)
            self._build_text()
            yield
        self._refresh()

    def _update_legend(self) -> None:
        """Say what a filled and an outline tag mean, when the resume has tinted lines."""
        shown = self._tints.bullet_pids
        if not shown:
            self.legend.hide()
            return
        any_credited = any(self._tints.credited.get(b) for b in shown)
        parts = []
        if any_credited:
            parts.append("\u25a0 filled tag: credited")
        if any(not set(p) <= set(self._tints.credited.get(b, ())) for b, p in shown.items()):
            parts.append("\u25a1 outline: only reads that way")
        self.legend.setText("   \u00b7   ".join(parts))
        self.legend.setToolTip("A filled tag: the line is credited with that behaviour, so a "
                               "story can be built on it. An outline: the line reads that way, "
                               "but does not show it clearly enough to count yet.")
        self.legend.setVisible(bool(parts))

    def showing_pages(self) -> bool:
        return self.stack.currentWidget() is self.pages_scroll

    def _build_chips(self) -> None:
        self.chip_layout.clear()
        self.chips.clear()
        counts: dict[str, int] = {}
        for pids in self._tints.bullet_pids.values():
            for pid in pids[:1]:
                counts[pid] = counts.get(pid, 0) + 1
            for pid in pids[1:]:
                counts.setdefault(pid, 0)
        for p in self._tints.principles.values():
            if p.id not in counts:
                continue
            chip = QToolButton(self.chip_bar)
            chip.setCheckable(True)
            chip.setText(p.short.replace("&", "&&"))
            chip.setIcon(_swatch(p.color, max(2.0, self.devicePixelRatioF())))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(f"{p.name}: show only the bullets that evidence it")
            chip.setAccessibleName(f"Filter by {p.name}")
            chip.toggled.connect(lambda on, pid=p.id: self._chip_toggled(pid, on))
            self.chip_layout.addWidget(chip)
            self.chips[p.id] = chip
        self.chip_bar.updateGeometry()

    def _chip_toggled(self, pid: str, on: bool) -> None:
        if on:
            self._tints.filter.add(pid)
        else:
            self._tints.filter.discard(pid)
        self._tints.highlight.clear()
        self._refresh()

    def _build_text(self) -> None:
        resume = self._resume
        assert resume is not None
        doc = self.text.new_document()
        cursor = QTextCursor(doc)
        self._text_blocks.clear()
        lines = resume.text.splitlines() if resume.text.strip() else [b.text for b in resume.bullets]
        line_bullets = match_bullets_to_lines(lines, resume.bullets)
        section_titles = {s.title.strip().lower() for s in resume.sections}
        first = True
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            bid = line_bullets.get(i, "")
            block_fmt = QTextBlockFormat()
            char_fmt = QTextCharFormat()
            block_fmt.setBottomMargin(2)
            if line.strip().lower() in section_titles:
                block_fmt.setTopMargin(10)
                char_fmt.setFontWeight(QFont.Weight.Bold)
                char_fmt.setFontPointSize(12)
            if first:
                cursor.setBlockFormat(block_fmt)
                cursor.setBlockCharFormat(char_fmt)
                first = False
            else:
                cursor.insertBlock(block_fmt, char_fmt)
            number = cursor.block().blockNumber()
            if bid:
                self.text.block_keys[number] = bid
                self.text.block_tips[number] = self._tints.tooltip(bid)
                self._text_blocks.setdefault(bid, number)
            cursor.insertText(line.strip(), char_fmt)
        self.text.setDocument(doc)

    def _restyle_text(self) -> None:
        doc = self.text.document()
        lit = self._tints.lit()
        tagged: set[str] = set()
        cursor = QTextCursor(doc)
        for number, bid in self.text.block_keys.items():
            block = doc.findBlockByNumber(number)
            cursor.setPosition(block.position())
            fmt = block.blockFormat()
            p = self._tints.principle_for(bid) if self._tints.shown(bid) else None
            if p is None and self._tints.highlight and bid in self._tints.highlight:
                pids = self._tints.bullet_pids.get(bid) or []
                p = self._tints.principles.get(pids[0]) if pids else None
            tint = ""
            if p is None:
                fmt.setBackground(Qt.BrushStyle.NoBrush)
                fmt.setLeftMargin(0)
            else:
                tint = self.text_tint(p, bid in lit)
                fmt.setBackground(QColor(tint))
                fmt.setLeftMargin(6)
            cursor.setBlockFormat(fmt)
            # the principle tag leads the bullet's first line: "[CO] ..." (never colour alone)
            text = block.text()
            # any short tag, "[I&S]" included, so a refresh never stacks a second tag
            has_tag = bool(re.match(r"^\[[^\]\s]{1,6}\] ", text))
            if has_tag:
                cursor.setPosition(block.position())
                cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                                    QTextCursor.MoveMode.KeepAnchor, text.index("] ") + 2)
                cursor.removeSelectedText()
            if p is not None and bid not in tagged:
                tagged.add(bid)
                cursor.setPosition(block.position())
                tag_fmt = QTextCharFormat()
                tag_fmt.setFontWeight(QFont.Weight.Bold)
                if self._tints.is_credited(bid, p.id):
                    # credited: a filled tag, ink chosen for the principle's colour
                    tag_fmt.setBackground(QColor(p.color))
                    tag_fmt.setForeground(QColor(tag_ink(p.color)))
                else:  # only reads as it: the tag's brackets are its outline, no fill
                    tag_fmt.setForeground(QColor(readable_on(p.color, tint)))
                cursor.insertText(f"[{p.short}]", tag_fmt)
                cursor.insertText(" ", QTextCharFormat())

    def text_tint(self, principle: Principle, lit: bool) -> str:
        """The background of a tinted line of a text resume: the principle's colour in the
        window's surface, as strong as the text colour over it allows (light and dark)."""
        ink = self.text.palette().text().color().name()
        return readable_tint(principle.color, self._text_base.name(), ink,
                             0.38 if lit else 0.2)

    # ----------------------------------------------------------------- highlight API
    def highlight_principle(self, pid: str) -> None:
        """Light the bullets that evidence `pid` and scroll to the first one."""
        for other, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(other == pid)
            chip.blockSignals(False)
        self._tints.filter = {pid} if pid else set()
        # its evidence (the credited lines); when none is credited, the lines that read as it
        ids = {b for b, pids in self._tints.credited.items() if pid in pids} or {
            b for b, pids in self._tints.bullet_pids.items() if pid in pids}
        self._tints.highlight = ids
        self._refresh()
        self.scroll_to_first(ids)

    def highlight_bullets(self, ids: Iterable[str]) -> None:
        """Light exactly these bullets (e.g. a story's or a requirement's) and scroll to the first."""
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self._tints.filter = set()
        self._tints.highlight = set(ids)
        self._refresh()
        self.scroll_to_first(self._tints.highlight)

    def clear_highlight(self) -> None:
        self.highlight_bullets(())

    def highlighted_bullet_ids(self) -> tuple[str, ...]:
        """The bullets currently lit, in resume order (empty when nothing is highlighted)."""
        lit = self._tints.lit()
        order = [b.id for b in self._resume.bullets] if self._resume else []
        return tuple(b for b in order if b in lit)

    def tinted_bullet_ids(self) -> tuple[str, ...]:
        order = [b.id for b in self._resume.bullets] if self._resume else []
        return tuple(b for b in order if self._tints.shown(b))

    def tooltip_for(self, bid: str) -> str:
        return self._tints.tooltip(bid)

    def scroll_to_first(self, ids: Iterable[str]) -> None:
        """Bring the first of `ids` into view (now, or when the view is first laid out)."""
        wanted = set(ids)
        self._pending_scroll = wanted
        if not wanted or self._resume is None:
            return
        if not self.isVisible() or self.pages_scroll.viewport().height() < 100:
            return  # hidden page: done on show / resize
        self._pending_scroll = set()
        for b in self._resume.bullets:
            if b.id not in wanted:
                continue
            if self.showing_pages() and b.page and b.bbox:
                rect = self.canvas.bullet_rect(b)
                self.pages_scroll.verticalScrollBar().setValue(max(0, int(rect.top()) - 40))
                return
            if not self.showing_pages() and b.id in self._text_blocks:
                self.text.scroll_to_block(self._text_blocks[b.id])
                return

    def _refresh(self) -> None:
        if self.showing_pages():
            self.canvas.update()
        else:
            self._restyle_text()
        self._update_focus_bar()

    def focus_text(self) -> str:
        """What the focus bar says (empty when every bullet shows its tint)."""
        return self.focus_label.text() if self.focus_bar.isVisibleTo(self) else ""

    def _update_focus_bar(self) -> None:
        if self._resume is None:
            return
        if not self._resume.bullets:
            self.focus_label.setText(
                "No bullet points were found in this resume, so nothing can be tinted. "
                "Resumes with one achievement per bullet get the most from LoopReady.")
            self.show_all_button.hide()
            self.focus_bar.show()
            return
        if not self._tints.bullet_pids or not any(self._tints.bullet_pids.values()):
            self.focus_label.setText(f"No bullet shows any of the {self._vocab_many} clearly "
                                     "yet.")
            self.show_all_button.hide()
            self.focus_bar.show()
            return
        if not (self._tints.filter or self._tints.highlight):
            self.focus_bar.hide()
            return
        n = len(self.highlighted_bullet_ids())
        lit = f"{n} bullet{'s' if n != 1 else ''} lit"
        names = [self._tints.principles[p].name for p in sorted(self._tints.filter)
                 if p in self._tints.principles]
        if names and not self._tints.highlight - {
                b for b, pids in self._tints.bullet_pids.items() if set(pids) & self._tints.filter}:
            text = f"{', '.join(names)}: {lit}" if n else f"{', '.join(names)}: no bullet shows it"
        else:
            text = f"Highlighted: {lit}" if n else "None of your bullets meets it"
        self.focus_label.setText(text)
        self.show_all_button.show()
        self.focus_bar.show()

    # ----------------------------------------------------------------- zoom
    def zoom_step(self, direction: int) -> None:
        self._fit_width = False
        self.canvas.set_zoom(self.canvas.zoom * (1.15 if direction > 0 else 1 / 1.15))

    def fit_width(self) -> None:
        self._fit_width = True
        bar = self.pages_scroll.verticalScrollBar().sizeHint().width()
        available = self.pages_scroll.width() - bar - 2 * self.canvas._margin() - 6
        if available > 50:
            self.canvas.set_zoom(available / self.canvas.max_page_width())
        self._on_zoom_changed(self.canvas.zoom)

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.pages_scroll.viewport() and event.type() == QEvent.Type.Resize:
            viewport = self.pages_scroll.viewport().size()
            self.canvas.set_min_size(QSize(viewport.width(), viewport.height()))
            if self._fit_width and self.showing_pages():
                self.fit_width()
            if self._pending_scroll:
                self.scroll_to_first(self._pending_scroll)
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending_scroll:
            pending = set(self._pending_scroll)
            QTimer.singleShot(0, lambda: self.scroll_to_first(pending))


def _swatch(colour: str, ratio: float = 2.0):  # noqa: ANN202 (a QIcon)
    """A round colour dot for a chip, drawn at the screen's pixel ratio (sharp at 200 %)."""
    from PySide6.QtGui import QIcon

    pix = QPixmap(round(12 * ratio), round(12 * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QPen(QColor(128, 128, 128, 160), 0.8))  # an edge: dark dots show on dark
    painter.drawEllipse(QRectF(1, 1, 10, 10))
    painter.end()
    return QIcon(pix)
