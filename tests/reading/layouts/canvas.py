"""Placing text and shapes on PDF pages the way designed resumes do (Word, Canva, InDesign,
browser prints): every line put at an exact position, fonts and sizes chosen per line,
bullets typed as glyphs or drawn as shapes, columns and coloured panels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[3] / "app" / "resources" / "fonts"
SYS_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

LETTER = (612, 792)
A4 = (595, 842)


def _font(spec: str):
    import pymupdf

    if spec.endswith(".ttf"):
        for folder in (FONT_DIR, SYS_DEJAVU):
            if (folder / spec).is_file():
                return pymupdf.Font(fontfile=str(folder / spec))
        return pymupdf.Font("helv" if "Bold" not in spec else "hebo")
    return pymupdf.Font(spec)


# font families: regular, bold, italic (base-14 or shipped TrueType)
FAMILIES = {
    "helvetica": ("helv", "hebo", "heit"),
    "times": ("tiro", "tibo", "tiit"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed.ttf"),
}


@dataclass
class Fonts:
    family: str = "helvetica"
    cache: dict = field(default_factory=dict)

    def get(self, style: str = "r"):
        key = (self.family, style)
        if key not in self.cache:
            reg, bold, ital = FAMILIES[self.family]
            self.cache[key] = _font({"r": reg, "b": bold, "i": ital}[style])
        return self.cache[key]


class Canvas:
    """A document being drawn: pages, fonts, and text/shape primitives (y is a baseline)."""

    def __init__(self, size: tuple[int, int], family: str = "helvetica") -> None:
        import pymupdf

        self.doc = pymupdf.open()
        self.size = size
        self.fonts = Fonts(family)
        self.pages: list = []
        self.on_page: list[Callable[[int], None]] = []

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self) -> int:
        w, h = self.size
        self.pages.append(self.doc.new_page(width=w, height=h))
        for hook in self.on_page:
            hook(len(self.pages) - 1)
        return len(self.pages) - 1

    def width(self, text: str, size: float, style: str = "r", spacing: float = 0.0) -> float:
        return self.fonts.get(style).text_length(text, fontsize=size) + spacing * len(text)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        style: str = "r",
        color: tuple[float, float, float] = (0.1, 0.1, 0.1),
        spacing: float = 0.0,
        page: int | None = None,
    ) -> float:
        """Draw `text` with its baseline at y; returns the x where it ends."""
        import pymupdf

        pg = self.pages[page] if page is not None else self.page
        font = self.fonts.get(style)
        tw = pymupdf.TextWriter(pg.rect)
        if spacing:
            cx = x
            for ch in text:
                tw.append((cx, y), ch, font=font, fontsize=size)
                cx += font.text_length(ch, fontsize=size) + spacing
            end = cx
        else:
            tw.append((x, y), text, font=font, fontsize=size)
            end = x + font.text_length(text, fontsize=size)
        tw.write_text(pg, color=color)
        return end

    def right(self, x1: float, y: float, text: str, size: float, style: str = "r", **kw) -> None:
        self.text(x1 - self.width(text, size, style), y, text, size, style, **kw)

    def wrap(self, text: str, size: float, width: float, style: str = "r") -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = (cur + " " + word).strip()
            if self.width(cand, size, style) > width and cur:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        return lines + [cur] if cur else lines

    def rect(self, r, fill, page: int | None = None) -> None:
        import pymupdf

        pg = self.pages[page] if page is not None else self.page
        pg.draw_rect(pymupdf.Rect(*r), color=None, fill=fill, width=0)

    def circle(self, cx: float, cy: float, radius: float, fill, page: int | None = None) -> None:
        pg = self.pages[page] if page is not None else self.page
        pg.draw_circle((cx, cy), radius, color=None, fill=fill, width=0)

    def line(self, a, b, color=(0.6, 0.6, 0.6), width: float = 0.7, page: int | None = None) -> None:
        pg = self.pages[page] if page is not None else self.page
        pg.draw_line(a, b, color=color, width=width)

    def save(self, path: Path, producer: str = "") -> int:
        if producer:
            self.doc.set_metadata({"producer": producer, "creator": producer})
        n = len(self.pages)
        self.doc.save(str(path))
        self.doc.close()
        return n


class Flow:
    """A column that text flows down, breaking onto new pages (x0..x1 may change per page)."""

    def __init__(
        self,
        canvas: Canvas,
        x0: float,
        x1: float,
        top: float,
        bottom: float,
        later: tuple[float, float, float] | None = None,
    ) -> None:
        self.c = canvas
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.y = top
        self.later = later  # (x0, x1, top) of this column on pages after the first
        self.page = len(canvas.pages) - 1

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            if self.page + 1 >= len(self.c.pages):
                self.c.new_page()
            self.page += 1
            if self.later:
                self.x0, self.x1, self.top = self.later
            self.y = self.top

    def gap(self, h: float) -> None:
        self.y += h

    def line(self, text: str, size: float, style: str = "r", x: float | None = None, **kw) -> float:
        """One line at the current baseline; advance by the line height."""
        self.need(size * 1.3)
        end = self.c.text(self.x0 if x is None else x, self.y + size, text, size, style,
                          page=self.page, **kw)
        self.y += size * 1.3
        return end

    def para(self, text: str, size: float, style: str = "r", indent: float = 0.0, lead: float = 1.3,
             **kw) -> None:
        for ln in self.c.wrap(text, size, self.x1 - self.x0 - indent, style):
            self.need(size * lead)
            self.c.text(self.x0 + indent, self.y + size, ln, size, style, page=self.page, **kw)
            self.y += size * lead

    def bullet(self, text: str, size: float, kind: str, indent: float = 12.0, lead: float = 1.3,
               color=(0.1, 0.1, 0.1), label: str = "") -> None:
        """A bullet item: a typed glyph ('•', '–', '▪', '➢'), a drawn 'dot' or 'square', or
        'none' (hanging indent only). `label` prints a bold lead-in ('Problem:')."""
        width = self.x1 - self.x0 - indent
        first = True
        words = (label + " " + text).strip() if label else text
        lines = self.c.wrap(words, size, width)
        self.need(size * lead * min(2, len(lines)))
        for ln in lines:
            self.need(size * lead)
            base = self.y + size
            if first:
                gx = self.x0 + indent - 10
                if kind == "dot":
                    self.c.circle(gx + 2, base - size * 0.33, size * 0.17, color, page=self.page)
                elif kind == "square":
                    s = size * 0.3
                    self.c.rect((gx, base - size * 0.33 - s / 2, gx + s, base - size * 0.33 + s / 2),
                                color, page=self.page)
                elif kind not in ("none", "para"):
                    self.c.text(gx, base, kind, size, page=self.page, color=color)
                if label and ln.startswith(label):
                    end = self.c.text(self.x0 + indent, base, label, size, "b", page=self.page)
                    rest = ln[len(label):]
                    if rest:
                        self.c.text(end, base, rest, size, page=self.page)
                else:
                    self.c.text(self.x0 + indent, base, ln, size, page=self.page)
            else:
                self.c.text(self.x0 + indent, base, ln, size, page=self.page)
            first = False
            self.y += size * lead
