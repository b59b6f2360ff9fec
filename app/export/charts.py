"""Charts drawn by the app on finished PDF pages (vector shapes, embedded font; no matplotlib).

Space for each chart is reserved in the HTML by an element with an id; the layout reports
where it landed and these functions draw into that rectangle.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from app.export import fonts

ACCENT = (0.122, 0.306, 0.475)  # #1f4e79: the one accent colour; dark enough for greyscale
TRACK = (0.88, 0.89, 0.91)
MUTED = (0.35, 0.35, 0.35)
RULE = (0.75, 0.75, 0.75)
HIGHLIGHT = (1.0, 0.93, 0.45)
INK = (0.1, 0.1, 0.1)


class Canvas:
    """What the app draws on one finished page, put on the page by `commit`: every shape in
    one content stream (each shape committed on its own adds a stream and has PyMuPDF rescan
    the page's graphics state), then each line of text. Text keeps one writer per line: a
    writer holding several lines places the later ones a fraction of a point off."""

    def __init__(self, page: Any, page_rect: Any = None) -> None:
        self.page = page
        self.page_rect = page.rect if page_rect is None else page_rect  # read once
        self.shape = page.new_shape()
        self._texts: list[_Line] = []
        # how `commit` writes text lines (see `_Lines`): this page's, or shared by the pages
        # `canvases` made alike
        self.lines = _Lines()

    def text(self, fnt: Any, pos: tuple[float, float], value: str, size: float,
             color: tuple[float, float, float] = INK) -> None:
        """One line of text with an embedded font (written by `commit`)."""
        self._texts.append((fnt, pos, value, size, color))

    def rect(self, rect: Any, color: Any, fill: Any, width: float = 1.0) -> None:
        """A rectangle, as `page.draw_rect` draws it."""
        self.shape.draw_rect(rect)
        self.shape.finish(color=color, fill=fill, width=width)

    def line(self, p1: tuple[float, float], p2: tuple[float, float], color: Any,
             width: float = 1.0) -> None:
        """A line, as `page.draw_line` draws it."""
        self.segments([(p1, p2)])
        self.shape.finish(color=color, width=width, closePath=False)

    def segments(self, pairs: list[tuple[tuple[float, float], tuple[float, float]]]) -> None:
        """`shape.draw_line(a, b)` for each pair, the same path text, without PyMuPDF's
        Python point objects (~30 us a line; a report rules ~500). On a page whose inverse
        transform is (1, 0, 0, -1, 0, h), as every page of ours, MuPDF maps (x, y) to
        (x, h - y) in single precision, which is what `_f32` rounds to; any other page
        draws through the Shape."""
        shape = self.shape
        m = shape.ipctm
        if not pairs or (m.a, m.b, m.c, m.d, m.e) != (1.0, 0.0, 0.0, -1.0, 0.0):
            for a, b in pairs:
                shape.draw_line(a, b)
            return
        h = _f32(m.f)
        last = shape.last_point
        at = (last.x, last.y) if last is not None else None
        out = []
        xs: list[float] = []
        ys: list[float] = []
        for a, b in pairs:
            for p, op in ((a, " m\n"), (b, " l\n")):
                x, y = float(p[0]), float(p[1])
                if op == " m\n" and at == (x, y):
                    continue  # draw_line moves only when the pen is elsewhere
                out.append(_g(_f32(x)) + " " + _g(_f32(h - _f32(y))) + op)
                xs.append(x)
                ys.append(y)
                at = (x, y)
        shape.draw_cont += "".join(out)
        shape.last_point = _point(at)
        _grow(shape, min(xs), min(ys), max(xs), max(ys))

    def commit(self, balanced: bool = False) -> None:
        """Put the drawing on the page. `balanced`: the page's contents are known to be in a
        balanced graphics state (wrapped in q/Q as they were written), so the check
        `Shape.commit` makes first (`Page.wrap_contents`, which parses the whole page: ~1.4 M
        instructions a report page) could only find nothing to add; the same bytes without it."""
        if balanced:
            _commit_balanced(self.shape)
        else:
            self.shape.commit()  # nothing drawn: nothing added
        if self._texts:
            self.lines.write(self.page, self.page_rect, self._texts)
        self._texts.clear()


def _commit_balanced(shape: Any) -> None:
    """`shape.commit()` on a page whose contents are balanced: what it does after
    `wrap_contents` (which adds nothing to such a page)."""
    import pymupdf

    shape.totalcont += shape.text_cont
    data = shape.totalcont.encode()
    if data:
        xref = pymupdf.TOOLS._insert_contents(shape.page, b" ", True)
        shape.doc.update_stream(xref, data)
    shape.last_point = None
    shape.rect = None
    shape.draw_cont = ""
    shape.text_cont = ""
    shape.totalcont = ""


_Line = tuple[Any, tuple[float, float], str, float, tuple[float, float, float]]


class _Lines:
    """Writes text lines on PDF pages as `TextWriter(page_rect)`, `append(pos, value,
    font=fnt, fontsize=size)` and `write_text(page, color=color)` put them there, one writer
    and one content stream a line: the same MuPDF calls with the same values, in the same
    order, without the Python layer around them (the page's size, crop box, media box and
    rotation read through MuPDF for every writer, points and matrices built in Python, the
    text's bounds worked out and never used: ~0.25 ms a line, ~80 lines a report). What
    MuPDF's PDF device writes for a line (its text, font, size, colour and place) is the
    same on every page, so it is made once and merged into each page's resources as
    `write_text` merges it. Any case that layer handles otherwise (a rotated or offset page,
    a monospaced font, a PyMuPDF without these functions) goes through it.

    One `_Lines` serves one document's pages; `plain` is whether a page is upright with its
    boxes at the origin (None: read it from each page)."""

    def __init__(self, plain: bool | None = None) -> None:
        self.plain = plain
        self.made: dict[tuple[Any, ...], tuple[Any, str, Any]] = {}
        self.mono: dict[int, tuple[Any, bool]] = {}

    @staticmethod
    def upright(page: Any) -> bool:
        """Whether `write_text` adds no transform for this page."""
        try:
            return bool(page.rotation == 0 and not page.cropbox_position
                        and page.mediabox.y0 == 0)
        except (AttributeError, TypeError):
            return False

    def _monospaced(self, fnt: Any) -> bool:
        if id(fnt) not in self.mono:
            self.mono[id(fnt)] = (fnt, bool(fnt.flags["mono"]))  # (kept: its id stays its)
        return self.mono[id(fnt)][1]

    def write(self, page: Any, page_rect: Any, lines: list[_Line]) -> None:
        import pymupdf

        try:
            merge, insert, from_bytes = (pymupdf.JM_merge_resources, pymupdf.JM_insert_contents,
                                         pymupdf.JM_BufferFromBytes)
            pymupdf.mupdf.pdf_new_pdf_device  # noqa: B018 - what `_device` calls is there
            plain = (self.upright(page) if self.plain is None else self.plain) and not any(
                self._monospaced(fnt) for fnt, *_rest in lines)
        except (AttributeError, TypeError, KeyError):
            plain = False
        if not plain:
            for fnt, pos, value, size, color in lines:
                writer = pymupdf.TextWriter(page_rect)
                writer.append(pos, value, font=fnt, fontsize=size)
                writer.write_text(page, color=color)
            return
        pdfpage = page._pdf_page()
        doc = pdfpage.doc()
        for fnt, pos, value, size, color in lines:
            key = (id(fnt), tuple(pos), value, size, tuple(color), tuple(page_rect))
            if key not in self.made:
                self.made[key] = self._device(doc, fnt, pos, value, size, color, page_rect)
            resources, content, _fnt = self.made[key]
            max_alp, max_font = merge(pdfpage, resources)
            out = ["q"]
            for line in content.splitlines():  # what write_text makes of the device's
                if line.endswith(" cm"):
                    continue
                if line == "BT":
                    out += (line, "0 Tr")
                    continue
                if line.endswith(" gs"):
                    line = f"/Alp{int(line.split()[0][4:]) + max_alp:d} gs"
                elif line.endswith(" Tf"):
                    temp = line.split()
                    out.append(pymupdf._format_g(1) + " w")
                    line = " ".join([f"/F{int(temp[0][2:]) + max_font:d}"] + temp[1:])
                elif line.endswith(" rg"):
                    out.append(line.replace("rg", "RG"))
                elif line.endswith(" g"):
                    out.append(line.replace(" g", " G"))
                elif line.endswith(" k"):
                    out.append(line.replace(" k", " K"))
                out.append(line)
            out.append("Q\n")
            insert(doc, pdfpage.obj(), from_bytes("\n".join(out).encode("utf-8")), 1)

    @staticmethod
    def _device(doc: Any, fnt: Any, pos: tuple[float, float], value: str, size: float,
                color: tuple[float, float, float], page_rect: Any) -> tuple[Any, str, Any]:
        """What MuPDF's PDF device writes for the line: its resources and its content."""
        import pymupdf

        mupdf = pymupdf.mupdf
        ictm = ~pymupdf.Matrix(1, 0, 0, -1, 0, pymupdf.Rect(page_rect).height)  # the writer's
        text = mupdf.fz_new_text()
        p = pymupdf.JM_point_from_py(pymupdf.Point(pos) * ictm)
        trm = mupdf.fz_make_matrix(size, 0, 0, size, p.x, p.y)
        mupdf.fz_show_string(text, fnt.this, trm, value, 0, 0, 0,
                             mupdf.fz_text_language_from_string(None))
        ncol, dev_color = pymupdf.JM_color_FromSequence(color)
        colorspace = (mupdf.fz_device_rgb() if ncol == 3 else mupdf.fz_device_cmyk()
                      if ncol == 4 else mupdf.fz_device_gray())
        resources = mupdf.pdf_new_dict(doc, 5)
        contents = mupdf.fz_new_buffer(1024)
        device = mupdf.pdf_new_pdf_device(doc, mupdf.FzMatrix(), resources, contents)
        mupdf.fz_fill_text(device, text, mupdf.FzMatrix(), colorspace, dev_color, 1,
                           mupdf.FzColorParams(mupdf.fz_default_color_params))
        mupdf.fz_close_device(device)
        return resources, pymupdf.JM_EscapeStrFromBuffer(contents), fnt


_SINGLE = struct.Struct("f")


def _f32(value: float) -> float:
    """`value` as MuPDF holds it (a C float)."""
    return _SINGLE.unpack(_SINGLE.pack(value))[0]


def _g(value: float) -> str:
    """A coordinate as a Shape writes it: rounded to 5 places (zero below 1e-4), then
    MuPDF's own %g (the shortest single-precision spelling, '.5' for 0.5)."""
    import pymupdf  # (not `from pymupdf import mupdf`: see app.export.render.story_escape)

    return pymupdf.mupdf.fz_format_double("%g", round(value, 5) if abs(value) >= 1e-4 else 0)


def _point(at: tuple[float, float] | None) -> Any:
    import pymupdf

    return None if at is None else pymupdf.Point(at)


def _grow(shape: Any, x0: float, y0: float, x1: float, y1: float) -> None:
    """Widen `shape.rect` over the points drawn, as Shape.updateRect does point by point."""
    import pymupdf

    if shape.rect is None:
        shape.rect = pymupdf.Rect(x0, y0, x1, y1)
    else:
        r = shape.rect
        r.x0, r.y0, r.x1, r.y1 = min(r.x0, x0), min(r.y0, y0), max(r.x1, x1), max(r.y1, y1)


def canvases(pages: list[Any]) -> list[Canvas]:
    """A Canvas for each of `pages`, all of one size and transform (a report's): the first
    page's Shape is built as PyMuPDF builds it (page size, crop box and transformation
    matrix, each read through MuPDF: ~0.3 ms a page) and copied, with its own page and
    empty drawing, for the others."""
    import copy

    out: list[Canvas] = []
    first_upright = False
    for page in pages:
        rect = page.rect  # each page's size and rotation read through MuPDF once
        if out and first_upright and rect == out[0].page_rect and page.rotation == 0:
            canvas = copy.copy(out[0])
            shape = canvas.shape = copy.copy(out[0].shape)
            shape.page, shape.doc = page, page.parent
            canvas.page, canvas.page_rect, canvas._texts = page, rect, []
        else:
            canvas = Canvas(page, rect)
            if not out:
                first_upright = page.rotation == 0
                # the pages copied from this one share its text lines, and with them
                # whether write_text would add a transform (as they share its Shape's)
                canvas.lines = _Lines(_Lines.upright(page))
        out.append(canvas)
    return out


def draw_bar(canvas: Canvas, rect: Any, value: float, maximum: float = 100.0) -> None:
    """A horizontal bar: light track, accent fill proportional to value."""
    import pymupdf

    h = min(rect.height - 2, 9.0)
    y0 = rect.y0 + min((rect.height - h) / 2, 4.0)  # level with the first line of its row
    track = pymupdf.Rect(rect.x0 + 2, y0, rect.x1 - 2, y0 + h)
    canvas.rect(track, color=None, fill=TRACK)
    frac = max(0.0, min(1.0, value / maximum if maximum else 0.0))
    if frac > 0:
        canvas.rect(pymupdf.Rect(track.x0, y0, track.x0 + track.width * frac, y0 + h),
                    color=None, fill=ACCENT)
    # Quarter ticks so the length reads without colour.
    for q in (0.25, 0.5, 0.75):
        x = track.x0 + track.width * q
        canvas.line((x, y0 + h), (x, y0 + h + 2), color=MUTED, width=0.4)


def draw_gauge(canvas: Canvas, rect: Any, score: int, caption: str) -> None:
    """A ring gauge for the overall fit: track circle, accent arc, the number in the middle."""
    size = min(rect.width - 8, rect.height - 16)
    cx = rect.x0 + rect.width / 2
    cy = rect.y0 + 2 + size / 2
    radius = size / 2 - 6
    width = max(6.0, size * 0.09)
    shape = canvas.shape
    shape.draw_circle((cx, cy), radius)
    shape.finish(color=TRACK, width=width)
    frac = max(0.0, min(1.0, score / 100.0))
    if frac > 0:
        steps = max(2, int(96 * frac))
        points = [(cx + radius * math.sin(2 * math.pi * frac * i / steps),
                   cy - radius * math.cos(2 * math.pi * frac * i / steps)) for i in range(steps + 1)]
        shape.draw_polyline(points)
        shape.finish(color=ACCENT, width=width, closePath=False)
    bold = fonts.font(True)
    label = str(int(score))
    fs = radius * 0.8
    w = fonts.text_length(bold, label, fs)
    canvas.text(bold, (cx - w / 2, cy + fs * 0.3), label, fs, INK)
    small = fonts.font(False)
    sub = "of 100"
    w = fonts.text_length(small, sub, 7)
    canvas.text(small, (cx - w / 2, cy + fs * 0.3 + 10), sub, 7, MUTED)
    if caption:
        w = fonts.text_length(small, caption, 8)
        canvas.text(small, (cx - w / 2, cy + size / 2 + 10), caption, 8, MUTED)


def draw_lines(canvas: Canvas, rect: Any, gap: float) -> None:
    """Ruled lines to write on, `gap` apart, filling `rect` (none when it holds fewer than
    two)."""
    if rect.height < 2 * gap:
        return
    pairs = []
    y = rect.y0
    while y <= rect.y1:
        pairs.append(((rect.x0, y), (rect.x1, y)))
        y += gap
    canvas.segments(pairs)
    canvas.shape.finish(color=RULE, width=0.5, closePath=False)


def draw_coverage_bar(canvas: Canvas, rect: Any, share: float, strength: str) -> None:
    """One row of the coverage chart of the principles (or themes): the bar's length is how
    often interviewers ask it (`share` of the most asked), its fill how well the resume covers
    it (solid: strong, hatched: thin, empty: none); the row's text says the same in words, so
    the chart reads in greyscale and without colour."""
    import pymupdf

    h = 9.0
    y0 = rect.y0 + min((rect.height - h) / 2, 3.5)
    width = (rect.width - 6) * max(0.06, min(1.0, share))
    _bar(canvas, pymupdf.Rect(rect.x0 + 2, y0, rect.x0 + 2 + width, y0 + h), strength)


def _bar(canvas: Canvas, rect: Any, strength: str) -> None:
    """One coverage bar: solid for strong, hatched for thin, an outline for none."""
    if strength == "strong":
        canvas.rect(rect, color=ACCENT, fill=ACCENT, width=0.8)
        return
    canvas.rect(rect, color=ACCENT, fill=(1, 1, 1), width=0.8)
    if strength == "thin":
        step = 3.2
        pairs = []
        x = rect.x0 - rect.height
        while x < rect.x1:
            a = (max(x, rect.x0), rect.y1 - max(0.0, max(x, rect.x0) - x))
            b_x = min(x + rect.height, rect.x1)
            b = (b_x, rect.y1 - (b_x - x))
            pairs.append((a, b))
            x += step
        canvas.segments(pairs)
        canvas.shape.finish(color=ACCENT, width=0.7)
