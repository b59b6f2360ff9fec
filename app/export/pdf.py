"""PDF export with PyMuPDF's Story (HTML + CSS laid out locally, no browser).

The cheat sheet is fitted to exactly one page: render, check for overflow, then shrink the
font within bounds or drop lower-priority content and try again. The report is laid out
block by block (a block never splits unless it is taller than a page), then charts, page
numbers and bookmarks are added on the finished pages.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.display import whole_phrase
from app.errors import ExportError
from app.export import charts, fonts, story_css
from app.export.plan_section import PLAN_SECTION
from app.export.render import DECODE_GAP_RE, PLACEHOLDER_RE, render
from app.export.view import cheatsheet_context, report_context
from app.models.knowledge import Knowledge
from app.models.report import Report

PAPERS = ("letter", "a4")
MARGIN = 36.0  # half an inch: prints on every office printer
COLUMN_GAP = 16.0
MAX_PAGES = 400  # a guard: no layout loop may run away
# PyMuPDF objects (fonts, archive) are shared and MuPDF is not thread-safe: one render at a time.
_RENDER_LOCK = threading.Lock()


def paper_rect(paper: str) -> Any:
    """The page rectangle for 'letter' or 'a4' (portrait, points)."""
    import pymupdf

    key = (paper or "").lower()
    if key not in PAPERS:
        raise ExportError(f"Unknown paper size {paper!r}; choose letter or a4.")
    return pymupdf.paper_rect(key)


def _story(html: str, css: str) -> Any:
    import pymupdf

    return pymupdf.Story(html=html, user_css=story_css.for_story(html, css, fonts.faces_loaded()),
                         archive=fonts.story_archive())


@lru_cache(maxsize=1)
def _positions_callback() -> Any:
    """MuPDF's element-position callback, taking the engine's own position records.

    Each field is read with the binding's own getter given the record's SWIG pointer
    (`pos.this`), not through the Python proxy's property: handed the proxy, the binding
    works out the proxy type's qualified name on every read (~4,000 instructions; a report
    reads ~15,000 fields), handed the pointer it checks its type at once. The same values."""
    from pymupdf import mupdf

    raw = getattr(mupdf, "_mupdf", None)
    names = ("fz_story_element_position_open_close_get", "fz_story_element_position_id_get",
             "fz_story_element_position_heading_get", "fz_story_element_position_text_get",
             "fz_story_element_position_rect_get", "fz_rect_x0_get", "fz_rect_y0_get",
             "fz_rect_x1_get", "fz_rect_y1_get")
    getters: list[Any] = [getattr(raw, name, None) for name in names]

    class Collect(mupdf.StoryPositionsCallback):
        def __init__(self) -> None:
            super().__init__()
            self.events: list[tuple[str, int, str, tuple[float, float, float, float]]] = []

        def call(self, pos: Any) -> None:
            if pos.open_close & 1 and (pos.id or pos.heading):
                r = pos.rect
                self.events.append((pos.id or "", pos.heading, pos.text or "",
                                    (r.x0, r.y0, r.x1, r.y1)))

    if all(getters):
        open_close, ident, heading, text, rect, x0, y0, x1, y1 = getters

        class Direct(Collect):
            def call(self, pos: Any) -> None:
                this = pos.this
                if not open_close(this) & 1:
                    return
                pid, level = ident(this), heading(this)
                if pid or level:
                    r = rect(this).this
                    self.events.append((pid or "", level, text(this) or "",
                                        (x0(r), y0(r), x1(r), y1(r))))

        return Direct
    return Collect


def _positions(story: Any) -> list[tuple[str, int, str, tuple[float, float, float, float]]]:
    """(id, heading level, text, rectangle) of each element opened with an id or a heading,
    where the story's last `place` put it: what `Story.element_positions` reports, read
    straight from MuPDF's records (PyMuPDF builds a class and a wrapper per element: 2,100 of
    them in a report, ~0.08 s)."""
    from pymupdf import mupdf

    collect = _positions_callback()()
    mupdf.ll_fz_story_positions_director(story.this.m_internal, collect)
    return collect.events


class _Pages:
    """What a PDF DocumentWriter does with each page (MuPDF's pdf_writer_begin_page and
    end_page), into an open document instead of a PDF file that is then parsed again: the
    report's cover, contents and body share one document, so each font is embedded and
    subset once, and nothing is serialised twice. Pages are inserted at `at` onwards (-1:
    appended)."""

    def __init__(self, doc: Any, at: int = -1, wrapped: bool = False) -> None:
        import pymupdf

        self.pdf = pymupdf._as_pdf_document(doc)
        self.at = at
        self.wrapped = wrapped
        self.added = 0
        self._page: tuple[Any, Any, Any, Any] | None = None

    def begin_page(self, mediabox: Any) -> Any:
        import pymupdf
        from pymupdf import mupdf

        rect = pymupdf.JM_rect_from_py(mediabox)
        device, resources, contents = mupdf.pdf_page_write(self.pdf, rect)
        self._page = (rect, device, resources, contents)
        return pymupdf.DeviceWrapper(device)

    def end_page(self) -> None:
        from pymupdf import mupdf

        assert self._page is not None
        rect, device, resources, contents = self._page
        self._page = None
        mupdf.fz_close_device(device)
        if self.wrapped:
            # what Page.wrap_contents would add later (Story output leaves its own transform
            # in place), in the page's one content stream: drawing added on top of it is
            # then in the page's own coordinates without parsing the page again
            contents = mupdf.fz_new_buffer_from_copied_data(
                b"q\n" + mupdf.fz_buffer_extract_copy(contents) + b"\nQ\n")
        page = mupdf.pdf_add_page(self.pdf, rect, 0, resources, contents)
        mupdf.pdf_insert_page(self.pdf, -1 if self.at < 0 else self.at + self.added, page)
        self.added += 1

    def close(self) -> None:
        """Nothing to write: the pages are in the document."""


def _finish(doc: Any, title: str, author: str, subject: str) -> bytes:
    """Metadata, font subsets; deterministic bytes. Closes `doc`."""
    try:
        doc.set_metadata({"title": title, "author": author, "subject": subject,
                          "creator": "LoopReady", "producer": "LoopReady (PyMuPDF)",
                          "creationDate": "", "modDate": "", "keywords": "", "trapped": ""})
        doc.subset_fonts()
        return _pdf_bytes(doc)
    finally:
        doc.close()


def _pdf_bytes(doc: Any) -> bytes:
    """`doc.tobytes(garbage=3, deflate=True, no_new_id=True)`, the same bytes, written into
    MuPDF's own buffer: tobytes hands each of ~12,000 small writes of a report to a Python
    file object (~10 ms). The options are those `Document.save` sets for these arguments."""
    import pymupdf
    from pymupdf import mupdf

    try:
        pdf = pymupdf._as_pdf_document(doc)
        opts = mupdf.PdfWriteOptions()
        for name, value in (("do_incremental", 0), ("do_ascii", 0), ("do_compress", 1),
                            ("do_compress_images", 0), ("do_compress_fonts", 0),
                            ("do_decompress", 0), ("do_garbage", 3), ("do_pretty", 0),
                            ("do_linear", 0), ("do_clean", 0), ("do_sanitize", 0),
                            ("dont_regenerate_id", 1), ("do_appearance", 0), ("do_encrypt", 1),
                            ("permissions", 4095), ("reproducible", 0),
                            ("do_preserve_metadata", 1), ("do_use_objstms", 0),
                            ("compression_effort", 0)):
            getattr(opts, name)  # a field this PyMuPDF does not have: use tobytes
            setattr(opts, name, value)
        pdf.m_internal.resynth_required = 0
        buffer = mupdf.FzBuffer(1 << 16)
        out = mupdf.FzOutput(buffer)
    except (AttributeError, TypeError):
        return doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    mupdf.pdf_write_document(pdf, out, opts)
    out.fz_close_output()
    return buffer.fz_buffer_extract()


# ----------------------------------------------------------------------------- cheat sheet

@dataclass(frozen=True)
class Plan:
    """How much of the cheat sheet content to show, most generous first. Limits are in
    characters and shorten by choosing whole clauses (None: the whole line); counts drop
    items from the end. Questions and questions to ask are never shortened, only fewer."""

    hook: int | None = None
    title: int | None = 60
    line: int | None = None
    risk_title: int | None = None
    ask: int = 5
    numbers: int = 8
    questions: int = 12
    question_tags: bool = True


FULL = Plan()
REDUCED = (
    Plan(hook=110, title=50, line=170, risk_title=80, ask=4, numbers=6),
    Plan(hook=85, title=44, line=140, risk_title=70, ask=3, numbers=5, question_tags=False),
    Plan(hook=70, title=40, line=120, risk_title=60, ask=2, numbers=4, question_tags=False),
    Plan(hook=55, title=34, line=100, risk_title=50, ask=2, numbers=3, questions=10,
         question_tags=False),
)
SIZES = (10.0, 9.7, 9.4, 9.0, 8.6, 8.2, 7.8, 7.4, 7.0)
MIN_SIZE = 6.5
SPLIT_MIN = 8.2  # below this, flowing both columns beats shrinking the tidy split
# Two columns, each laid out on its own so no section splits between them. The sheet takes
# the arrangement that fits with the columns most evenly filled (no half-blank column).
ARRANGEMENTS = {
    "split": (("stories", "risks", "numbers"), ("questions", "ask", "legend")),
    "split-ask-left": (("stories", "risks", "numbers", "ask"), ("questions", "legend")),
    "split-numbers-right": (("stories", "risks"), ("questions", "numbers", "ask", "legend")),
}
FLOW = ("stories", "risks", "numbers", "questions", "ask", "legend")
SPLITS = tuple(ARRANGEMENTS)


def _attempts() -> list[tuple[float, Plan, tuple[str, ...]]]:
    """Fitting order: the tidy split layouts at a comfortable size first, then the flowing
    layout and smaller type, then less content (see Plan)."""
    tries: list[tuple[float, Plan, tuple[str, ...]]] = [
        (s, FULL, SPLITS) for s in SIZES if s >= SPLIT_MIN]
    tries += [(s, FULL, ("flow",)) for s in SIZES if s >= SPLIT_MIN]
    tries += [(s, FULL, (*SPLITS, "flow")) for s in SIZES if s < SPLIT_MIN]
    tries += [(SIZES[-1], p, (*SPLITS, "flow")) for p in REDUCED]
    tries += [(MIN_SIZE, p, (*SPLITS, "flow")) for p in REDUCED]
    return tries


def _numbers(numbers: list[str], limit: int | None) -> list[str]:
    """Numbers shortened by choosing, never losing the number itself."""
    return [whole_phrase(n, limit, keep_number=True) for n in numbers]


def _apply_plan(ctx: dict[str, Any], plan: Plan) -> dict[str, Any]:
    stories = [s | {"hook": whole_phrase(s["hook"], plan.hook, keep_number=True),
                    "short_title": whole_phrase(s["short_title"], plan.title)}
               for s in ctx["stories"]]
    questions = [q | {"tags": q["tags"] if plan.question_tags else []}
                 for q in ctx["questions"][: plan.questions]]
    risks = [r | {"line": whole_phrase(r["line"], plan.line),
                  "title": whole_phrase(r["title"], plan.risk_title)}
             for r in ctx["risks"]]
    # the legend names every tag printed on the sheet, in the order they first appear
    used = [t for s in stories for t in s["tags"]] + [t for q in questions for t in q["tags"]]
    legend = [{"tag": t, "name": ctx["tag_names"].get(t, t)} for t in dict.fromkeys(used)]
    return ctx | {
        "stories": stories, "questions": questions, "risks": risks,
        "numbers": _numbers(ctx["numbers"][: plan.numbers], 70 if plan.hook else None),
        "ask": ctx["ask"][: plan.ask],
        "legend": legend,
    }


_Measured = dict[tuple[str, str, tuple[float, ...]], tuple[bool, tuple[float, ...]]]


def _cheatsheet_layout(ctx: dict[str, Any], size: float, paper: str, mode: str = "split",
                       writer: Any = None, memo: _Measured | None = None,
                       texts: dict[Any, str] | None = None,
                       stories: dict[Any, Any] | None = None) -> tuple[bool, float]:
    """Lay the sheet out on one page: (everything fit, how unevenly the two columns are
    filled in points). Draws only with a writer.

    A split mode (see ARRANGEMENTS) lays out each column on its own; "flow" runs one text
    through both columns (holds more when the halves are unbalanced). Without a writer,
    `memo` keeps what each (HTML, CSS, rectangle) placed: layout is deterministic, and the
    header is the same in every arrangement tried at one size. `texts` keeps the rendered
    HTML and CSS for this `ctx` (the same text at every size tried: rendering it each time
    cost more than laying it out). `stories` keeps each Story the memo measured (placed
    once, in that rectangle, never drawn): with a writer, such a Story is drawn as it is,
    not made and placed again."""
    texts = {} if texts is None else texts

    def text(template: str, key: Any = None, **values: Any) -> str:
        if (template, key) not in texts:
            texts[template, key] = render(template, **values)
        return texts[template, key]

    page = paper_rect(paper)
    css = text("cheatsheet.css", size, size=size)
    inner = page + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    device = writer.begin_page(page) if writer is not None else None

    def place(html: str, rect: Any) -> tuple[bool, Any]:
        """Place a story alone in `rect` (and draw it with a writer)."""
        key = (html, css, tuple(rect))
        if device is None and memo is not None and key in memo:
            return memo[key]
        if device is not None and stories is not None and key in stories:
            story, more, filled = stories.pop(key)  # placed in this rectangle: drawn as it is
            story.draw(device)
            return bool(more), filled
        story = _story(html, css)
        more, filled = story.place(rect)
        if device is not None:
            story.draw(device)
        elif memo is not None:
            memo[key] = (bool(more), tuple(filled))
            if stories is not None:
                stories[key] = (story, more, filled)
        return bool(more), filled

    more, filled = place(text("cheatsheet_header.html", **ctx), inner)
    top = filled[3] + size * 0.9
    width = (inner.width - COLUMN_GAP) / 2
    cols = [(inner.x0 + c * (width + COLUMN_GAP), top, inner.x0 + c * (width + COLUMN_GAP) + width,
             inner.y1) for c in range(2)]
    bottoms = [top, top]
    if mode in ARRANGEMENTS:
        for c, (sections, rect) in enumerate(zip(ARRANGEMENTS[mode], cols, strict=True)):
            if more and device is None:
                break  # already does not fit: the other column cannot change that
            more_col, used = place(text("cheatsheet.html", sections, sections=sections, **ctx),
                                   rect)
            bottoms[c] = used[3]
            more = more or more_col
    else:
        body = _story(text("cheatsheet.html", FLOW, sections=FLOW, **ctx), css)
        for c, rect in enumerate(cols):
            more, used = body.place(rect)
            bottoms[c] = used[3]
            body.draw(device)  # with None this only advances the story to the next column
            if not more:
                break
    if writer is not None:
        writer.end_page()
    return not more, abs(bottoms[0] - bottoms[1])


def fit_cheatsheet(ctx: dict[str, Any], paper: str) -> tuple[float, str, dict[str, Any]]:
    """The largest font and most content that fit one page (see Plan for the priorities),
    in the arrangement that fills the two columns most evenly.

    Attempts run from most to least generous; a binary search finds the first that fits
    (each attempt is a few full layouts, so this keeps the export well under a second). A
    probe stops at its first arrangement that fits; only the attempt chosen tries the rest
    (in the same order, so the same arrangement wins)."""
    size, mode, fitted, _texts = _fit(ctx, paper)
    return size, mode, fitted


def _fit(ctx: dict[str, Any], paper: str, stories: dict[Any, Any] | None = None
         ) -> tuple[float, str, dict[str, Any], dict[Any, str]]:
    """fit_cheatsheet, with the rendered texts of the fitted content (for drawing it);
    `stories` gets the Stories measured (see _cheatsheet_layout)."""
    tries = _attempts()
    tried: dict[int, list[tuple[str, bool, float]]] = {}  # attempt -> (mode, fit, uneven)
    plans: dict[Plan, tuple[dict[str, Any], dict[Any, str]]] = {}
    memo: _Measured = {}

    def layout(i: int, mode: str) -> tuple[bool, float]:
        size, plan, _modes = tries[i]
        if plan not in plans:
            plans[plan] = (_apply_plan(ctx, plan), {})
        fitted, texts = plans[plan]
        return _cheatsheet_layout(fitted, size, paper, mode, memo=memo, texts=texts,
                                  stories=stories)

    def fits(i: int, every: bool = False) -> bool:
        """Whether attempt i fits in some arrangement (`every`: try them all)."""
        done = tried.setdefault(i, [])
        for mode in tries[i][2][len(done):]:
            if any(ok for _m, ok, _u in done) and not every:
                break
            done.append((mode, *layout(i, mode)))
        return any(ok for _m, ok, _u in done)

    last = len(tries) - 1
    if fits(0):
        best = 0
    elif fits(last):
        lo, hi = 0, last  # tries[lo] does not fit, tries[hi] does
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if fits(mid) else (mid, hi)
        best = hi
    else:
        # Extreme content: keep dropping the lowest-priority items until the page holds it.
        size, plan, _modes = tries[last]
        fitted = _apply_plan(ctx, plan)
        for key in ("ask", "numbers", "questions", "risks", "stories"):
            while fitted[key]:
                fitted = fitted | {key: fitted[key][:-1]}
                if _cheatsheet_layout(fitted, size, paper, "flow")[0]:
                    return size, "flow", fitted, {}
        return size, "flow", fitted, {}
    fits(best, every=True)
    chosen: tuple[float, str] | None = None
    for mode, ok, uneven in tried[best]:
        if ok and (chosen is None or uneven < chosen[0]):
            chosen = (uneven, mode)
    size, plan, _modes = tries[best]
    fitted, texts = plans[plan]
    return size, chosen[1] if chosen else "split", fitted, texts


def render_cheatsheet_pdf(report: Report, knowledge: Knowledge, paper: str = "letter") -> bytes:
    """The one-page cheat sheet as PDF bytes (for files, Print and preview)."""
    import pymupdf

    paper_rect(paper)
    ctx = cheatsheet_context(report, knowledge)
    with _RENDER_LOCK, fonts.using(fonts.core_covers(ctx)):
        stories: dict[Any, Any] = {}  # what the fitting measured, drawn as it is
        size, mode, fitted, texts = _fit(ctx, paper, stories)
        doc = pymupdf.open()
        _cheatsheet_layout(fitted, size, paper, mode, _Pages(doc), texts=texts,
                           stories=stories)
        who = ctx["who"]
        return _finish(doc, f"Interview cheat sheet: {who['name']}", who["name"],
                       who["role_line"])


# ----------------------------------------------------------------------------- full report

BLOCK = "<!--block-->"
SECTION = "<!--section-->"
PAGE = "<!--page-->"
FOOT = "<!--foot-->"  # the cover's foot: what follows it sits on the bottom margin
LINE_GAP = 19.0  # ruled lines for notes and practice: a comfortable handwriting height


@dataclass
class _Placed:
    more: bool
    filled: tuple[float, float, float, float]
    events: list[tuple[str, int, str, tuple[float, float, float, float]]]


@dataclass
class _Flow:
    """Section-by-section layout across the pages of one document (`_Pages`).

    A section is one Story (fonts load once per section). Its blocks are wrapped in
    <div id="blk-N">; a block that would be split at the bottom of a page, and that fits on
    one page, is moved whole to the next page by placing that page again with a shorter
    rectangle: a Story may be placed again until it is drawn (only `draw` advances it), so
    nothing already drawn is laid out a second time.
    """

    writer: Any
    page: Any
    inner: Any
    css: str
    device: Any = None
    y: float = 0.0
    pno: int = -1
    positions: list[tuple[int, str, int, str, tuple[float, float, float, float]]] = None  # type: ignore[assignment]

    def new_page(self) -> None:
        if self.device is not None:
            self.writer.end_page()
        if self.pno + 1 >= MAX_PAGES:
            raise ExportError("The report grew past its page limit; shorten the resume and try again.")
        self.device = self.writer.begin_page(self.page)
        self.pno += 1
        self.y = self.inner.y0

    def close(self) -> None:
        if self.device is not None:
            self.writer.end_page()
            self.device = None

    @property
    def at_top(self) -> bool:
        return self.y <= self.inner.y0 + 1

    @staticmethod
    def _place(story: Any, rect: tuple[float, float, float, float]) -> _Placed:
        more, filled = story.place(rect)
        return _Placed(bool(more), tuple(filled), _positions(story))

    def add_section(self, html: str, gap: float = 6.0) -> None:
        """Lay out one section from the current position, keeping blocks whole."""
        story = _story(html, self.css)
        x0, x1 = self.inner.x0, self.inner.x1
        whole = self.inner.height
        measured: dict[str, float] = {}
        stale: list[bool] = []  # the endless page was placed last

        def heights() -> dict[str, float]:
            """Each block's whole height, laid out once on an endless page: only needed when
            the section does not end on this page (most fit, and skip this layout pass).
            First asked before the section's first page is drawn, so the section's own
            Story is placed there from its start (the caller places it again before drawing)."""
            if not measured:
                stale.append(True)
                probe = self._place(story, (x0, 0, x1, whole * MAX_PAGES))
                measured.update({i: r[3] - r[1] for i, _h, _t, r in probe.events
                                 if i.startswith("blk-")})
                measured.setdefault("", 0.0)  # measured, even when there are no blocks
            return measured

        if self.device is None:
            self.new_page()
        for _guard in range(MAX_PAGES):
            rect = (x0, self.y, x1, self.inner.y1)
            placed = self._place(story, rect)
            stale.clear()
            if placed.more:
                blocks = [(r[1], r[3] - r[1], i) for i, _h, _t, r in placed.events
                          if i.startswith("blk-")]
                top, part, bid = max(blocks) if blocks else (self.y, 0.0, "")
                full = heights().get(bid, 0.0)
                # Split: the block's whole height does not fit below its top (tables report
                # their full box even when cut, so compare heights, not the part on the page).
                split = bid and (part < full - 0.5 or top + full > rect[3] + 0.5) and full <= whole
                if split and top > self.y + 1:
                    rect = (x0, self.y, x1, top - 0.5)
                    placed = self._place(story, rect)
                elif (split or not blocks) and not self.at_top:
                    self.new_page()
                    continue
                elif stale:  # the measuring pass placed the story last: this page again
                    placed = self._place(story, rect)
            for i, heading, text, r in placed.events:
                self.positions.append((self.pno, i, heading, text, r))
            story.draw(self.device)
            if not placed.more:
                self.y = placed.filled[3] + gap
                return
            self.new_page()
        raise ExportError("A report section could not be laid out; please report this.")


def _report_css(paper: str) -> str:
    return render("report.css", paper=paper)


def _report_frame(paper: str) -> tuple[Any, Any, str]:
    page = paper_rect(paper)
    inner = page + (MARGIN + 6, MARGIN + 4, -(MARGIN + 6), -(MARGIN + 18))
    return page, inner, _report_css(paper)


def _layout_front(ctx: dict[str, Any], paper: str, doc: Any) -> tuple[int, list[Any]]:
    """Cover and contents (each starting a page), inserted at the start of `doc`; returns
    their page count and where the cover's charts go."""
    import pymupdf

    page, inner, css = _report_frame(paper)
    writer = _Pages(doc, at=0, wrapped=True)
    flow = _Flow(writer, page, inner, css, positions=[])
    flow.new_page()
    pages = {e["id"]: e["page"] for e in ctx.get("contents", ())}
    html, _, foot_html = render("report_cover.html", pages=pages, **ctx).partition(FOOT)
    # the note at the foot of the cover sits on the bottom margin, the rest from the top
    foot = _story(foot_html, css)
    _more, used = foot.place(pymupdf.Rect(inner.x0, inner.y0, inner.x1, inner.y1))
    height = used[3] - inner.y0
    foot.place(pymupdf.Rect(inner.x0, inner.y1 - height, inner.x1, inner.y1))  # again, lower (only draw advances it)
    foot.draw(flow.device)
    cover = _story(html, css)
    cover.place(pymupdf.Rect(inner.x0, inner.y0, inner.x1, inner.y1 - height - 8))

    flow.positions.extend((0, *event) for event in _positions(cover) if event[0])
    cover.draw(flow.device)
    flow.new_page()
    flow.add_section(render("report_contents.html", **ctx))
    flow.close()
    cover_positions = [p for p in flow.positions if p[0] == 0 and p[1].startswith("chart-")]
    return flow.pno + 1, cover_positions


def _layout_body(ctx: dict[str, Any], paper: str, doc: Any,
                 marked: set[str] | None = None) -> list[Any]:
    """Every section, laid out once; positions carry body-relative page indexes. A section
    opens a new page unless most of the current one is free; a page marker inside a section
    always starts a new page (one question or one story a page). `marked` gets the id of
    each block whose markup holds a "[" (every placeholder starts with one). The pages are
    appended to `doc`."""
    page, inner, css = _report_frame(paper)
    flow = _Flow(_Pages(doc, wrapped=True), page, inner, css, positions=[])
    body = render("report_body.html", **ctx)
    first = True
    ruled = False
    n = 0
    for section in body.split(SECTION):
        if not section.strip():
            continue
        for k, part in enumerate(section.split(PAGE)):
            if not part.strip():
                continue
            if (first or k > 0 or ruled or flow.inner.y1 - flow.y < flow.inner.height * 0.4):
                flow.new_page()
            else:
                flow.y += 14
            first = False
            ruled = 'class="lines"' in part  # its ruled lines run to the foot of the page
            blocks = []
            for block in part.split(BLOCK):
                if block.strip():
                    blocks.append(f'<div id="blk-{n}">{block}</div>')
                    if marked is not None and "[" in block:
                        marked.add(f"blk-{n}")
                    n += 1
            flow.add_section("".join(blocks))
    flow.close()
    return flow.positions


def _toc_entries(positions: list[Any], ctx: dict[str, Any]) -> list[tuple[int, str, int, str]]:
    """(level, title, page number 1-based, anchor id) for sections, questions and stories.

    Titles come from the data, not from the laid-out text (which loses the spaces at line
    breaks), and are shortened by choosing whole phrases, never cut."""
    titles: dict[str, str] = dict(ctx.get("titles") or SECTIONS)
    titles |= dict((PLAN_SECTION,))
    subs = {f"sub-story-{s['n']}": whole_phrase(f"Story {s['n']}: {s['title']}", 90)
            for s in ctx["stories"]}
    subs |= {f"sub-q-{q['n']}": whole_phrase(f"Q{q['n']}: {q['text']}", 90)
             for q in ctx["questions"]}
    out = []
    seen: set[str] = set()
    for pno, pid, heading, text, _rect in positions:
        if pid in seen:
            continue
        if heading == 1 and pid in titles:
            out.append((1, titles[pid] or " ".join(text.split()), pno + 1, pid))
        elif pid in subs:
            out.append((2, subs[pid], pno + 1, pid))
        else:
            continue
        seen.add(pid)
    return out


def _pages_to_search(positions: list[Any], marked: set[str] | None, front: int,
                     total: int) -> list[int]:
    """The pages whose text may hold a placeholder: the front pages, and each body page on
    which a block whose markup holds a "[" opens or may still run (the last block opened
    on an earlier page). Every page without `marked` (None: not known)."""
    if marked is None:
        return list(range(total))
    opened: dict[int, list[int]] = {}
    for pno, pid, _h, _t, _r in positions:
        if pid.startswith("blk-"):
            opened.setdefault(pno, []).append(int(pid[4:]))
    pages = list(range(min(front, total)))
    running = -1  # the last block opened on an earlier page
    for pno in range(front, total):
        here = opened.get(pno, [])
        if any(f"blk-{n}" in marked for n in (running, *here)):
            pages.append(pno)
        running = max((running, *here))
    return pages


def _draw_report(doc: Any, ctx: dict[str, Any], positions: list[Any], toc: list[Any],
                 cover: list[Any], marked: set[str] | None = None, front: int = 0) -> None:
    import pymupdf

    font = fonts.font()
    total = doc.page_count
    who = ctx["who"]
    pages = [doc[pno] for pno in range(total)]
    # (the pages' Story output is wrapped in q/Q already: _Pages(wrapped=True))
    canvases = charts.canvases(pages)  # each page's drawing, committed once
    for pno in range(1, total):
        canvas = canvases[pno]
        rect = canvas.page_rect
        y = rect.y1 - MARGIN + 4
        left = f"{who['name']} · {who['role_line']}"
        canvas.text(font, (MARGIN + 6, y), whole_phrase(left, 90), 7.5, charts.MUTED)
        label = f"Page {pno + 1} of {total}"
        width = fonts.text_length(font, label, 7.5)
        canvas.text(font, (rect.x1 - MARGIN - 6 - width, y), label, 7.5, charts.MUTED)
        canvas.line((MARGIN + 6, y - 10), (rect.x1 - MARGIN - 6, y - 10), color=charts.RULE,
                    width=0.5)
    fit = ctx["fit"]
    for _pno, pid, _h, _t, r in cover:
        if pid == "chart-cover-fit":
            charts.draw_gauge(canvases[0], pymupdf.Rect(r), fit["overall"], "fit score")
    rects = {pid: (pno, pymupdf.Rect(r)) for pno, pid, _h, _t, r in positions if pid}
    for comp in fit["components"]:
        key = f"bar-{comp['key']}"
        if key in rects:
            pno, r = rects[key]
            charts.draw_bar(canvases[pno], r, comp["score"])
    most = max((float(p["asked"] or 0.0) for p in ctx["by_asked"]), default=1.0) or 1.0
    for n, p in enumerate(ctx["by_asked"], 1):  # the coverage chart: a bar in each row
        if f"cov-{n}" in rects:  # (short ids: long words get break opportunities when printed)
            pno, r = rects[f"cov-{n}"]
            charts.draw_coverage_bar(canvases[pno], r, float(p["asked"] or 0.0) / most,
                                     p["strength"])
    # Room to write: ruled lines from below each notes heading to the foot of its page.
    bottom = pages[0].rect.y1 - (MARGIN + 18) - 4
    for pno, pid, _h, _t, r in positions:
        if pid.startswith("lines-"):
            charts.draw_lines(canvases[pno], pymupdf.Rect(r[0], r[1] + LINE_GAP, r[2], bottom),
                              LINE_GAP)
    for canvas in canvases:
        canvas.commit(balanced=True)  # every page was written wrapped in q/Q (_Pages)
    # Placeholders: a yellow highlight behind the text, so they cannot be missed.
    needles = sorted({m.group(0) for s in ctx["stories"]
                      for f in ("situation", "task", "action", "result")
                      for m in PLACEHOLDER_RE.finditer(s[f])}
                     | {m.group(0) for q in ctx["questions"] if q["decode"]
                        for step in q["decode"]["shape"] for m in DECODE_GAP_RE.finditer(step)})
    if needles:
        search_flags = (pymupdf.TEXT_DEHYPHENATE | pymupdf.TEXT_PRESERVE_WHITESPACE
                        | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP)
        if "[" in f"{who['name']}{who['role_line']}":
            marked = None  # the footer printed on every page could hold one
        # a page's text comes from its blocks and footer: without a "[" no needle is there
        # (half the pages; extracting a page's text is the costly part)
        for pno in _pages_to_search(positions, marked, front, total):
            page = pages[pno]
            # one text page per page for every needle (search_for would extract it anew for
            # each); the same flags search_for uses by default, and highlights add no text
            textpage = page.get_textpage(flags=search_flags)
            text = _squeezed(textpage.extractText())
            marks = [quad.rect + (-1, 0, 1, 0) for needle in needles
                     if not _absent(needle, text)
                     for quad in page.search_for(needle, quads=True, textpage=textpage)]
            if marks:  # one shape behind the page's text (a content stream per draw is slow)
                # the page's canvas Shape, committed and so empty: what page.new_shape() makes
                # (which reads the page's size and transform through MuPDF again)
                shape = canvases[pno].shape
                for mark in marks:
                    shape.draw_rect(mark)
                shape.finish(color=None, fill=charts.HIGHLIGHT)
                shape.commit(overlay=False)
    doc.set_toc([[lvl, title, pg] for lvl, title, pg, _id in toc], collapse=1)


def _squeezed(text: str) -> str:
    """Text in compatibility form (ligatures spelled out), lowercased, without whitespace or
    hyphens: what MuPDF's search looks through, at its most lenient."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(text.split()).translate(_HYPHENS)


_HYPHENS = str.maketrans("", "", "-\u00ad\u2010\u2011")


def _absent(needle: str, squeezed: str) -> bool:
    """True when `search_for` cannot find `needle` on a page whose text squeezes to
    `squeezed`: it matches case-insensitively, any whitespace to any whitespace, and across
    a hyphenated line end, so every match is a substring of the squeezed text. Only ASCII
    needles are ruled out this way (Unicode case rules differ between MuPDF and Python)."""
    return needle.isascii() and _squeezed(needle) not in squeezed


def render_report_pdf(report: Report, knowledge: Knowledge, paper: str = "letter") -> bytes:
    """The full prep report as PDF bytes: cover, contents, every section, bookmarks."""
    import pymupdf

    paper_rect(paper)
    ctx = report_context(report, knowledge)
    with _RENDER_LOCK, fonts.using(fonts.core_covers(ctx)):
        # The body is laid out once; the contents then prints its page numbers shifted by
        # the front matter (cover + contents), whose length does not depend on the numbers.
        doc = pymupdf.open()
        try:
            marked: set[str] = set()
            body_positions = _layout_body(ctx, paper, doc, marked)
            front_pages = 2
            for attempt in range(3):
                shift = front_pages
                positions = [(pno + shift, *rest) for pno, *rest in body_positions]
                toc = _toc_entries(positions, ctx)
                contents = [{"level": lvl, "title": t, "page": pg, "id": i}
                            for lvl, t, pg, i in toc]
                count, cover = _layout_front(ctx | {"contents": contents}, paper, doc)
                if count == front_pages or attempt == 2:
                    break
                front_pages = count
                doc.delete_pages(0, count - 1)  # laid out again with the new page numbers
            known = marked if count == shift else None  # the body's pages where positions say
            _draw_report(doc, ctx, positions, toc, cover, known, count)
        except BaseException:
            doc.close()
            raise
        who = ctx["who"]
        return _finish(doc, f"Interview prep report: {who['name']}", who["name"],
                       who["role_line"])


SECTIONS = (
    ("sec-summary", "Summary"), ("sec-risks", "Top risks"),
    ("sec-requirements", "The posting's requirements"),
    ("sec-principles", "Leadership Principles"),
    ("sec-questions", "The most likely questions"), ("sec-stories", "Your STAR stories"),
    ("sec-gaps", "Gap scripts"), ("sec-plan", "Your plan: a checklist to print"),
    ("sec-process", "The process and levels"), ("sec-appendix", "How the scores are computed"),
)  # anchor id in report_body.html -> heading and bookmark for an Amazon posting (see
#    view.section_titles for the words used outside Amazon)
REPORT_SECTIONS = tuple(title for _id, title in SECTIONS)
