"""Rebuild the second held-back input set from the sources in ``src/``.

Run from the repository root::

    /work/main/.venv/bin/python tests/heldout2/build.py            # rebuild resumes/, jobs/, pairs.json
    /work/main/.venv/bin/python tests/heldout2/build.py --out DIR  # build into DIR instead (to compare)
    /work/main/.venv/bin/python tests/heldout2/build.py --png DIR  # also render every PDF page to PNG

Sources
-------
``src/resumes/<id>.cv``
    One person each, in the line markup below. ``%% layout:`` picks the renderer, which decides
    the file type (PDF, DOCX or TXT) and the whole look; ``%% out:`` names the built file.
``src/jobs/<name>.txt``
    One posting each, copied to ``jobs/`` as it is, except that lines starting with ``%%``
    (writer's notes) are dropped.
``src/pairs.txt``
    ``resume-file  ->  job-file`` per line; anything after ``%%`` on a line is a note and is not
    copied into ``pairs.json``.

Resume markup, one item per line (blank lines are ignored)::

    %% key: value            build settings (layout, out, paper, saved, creator, producer, title,
                             author, side); any other %% line is a writer's note, never rendered
    name: Full Name
    headline: A line under the name            (optional)
    contact: item | item | item                (several contact: lines allowed)
    == Section title
    role: title | organisation | place | dates a job, school or other dated entry
    proj: name | detail | dates                a project entry
    sub: text                                  a line under the last entry (italic in most looks)
    - text                                     a bullet (of the last entry if one is open);
      - text                                   indented by two spaces: a nested bullet
    kv: label | value                          a labelled line (of the last entry if one is open)
    n: text                                    a numbered item (publications, patents)
    row: cell | cell | cell                    a table row
    p: text                                    a paragraph

Every person, employer, school project, phone number (555-01xx) and e-mail address in the
sources is invented. Rebuilding gives byte-identical files: PDF and DOCX dates come from
``%% saved:`` and zip entries get that same timestamp.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import re
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pymupdf as fitz
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
META_KEYS = {"layout", "out", "paper", "saved", "creator", "producer", "title", "author", "side"}

# =========================================================================== the markup


@dataclass
class Item:
    kind: str  # "role" or "proj"
    fields: list[str]
    subs: list[str] = field(default_factory=list)
    bullets: list[tuple[int, str]] = field(default_factory=list)
    kvs: list[tuple[str, str]] = field(default_factory=list)

    def __getitem__(self, i: int) -> str:
        return self.fields[i] if i < len(self.fields) else ""


@dataclass
class Section:
    title: str
    blocks: list = field(default_factory=list)  # Item, or ("p"|"li"|"kv"|"n"|"row", ...)

    @property
    def items(self) -> list[Item]:
        return [b for b in self.blocks if isinstance(b, Item)]


@dataclass
class CV:
    ident: str
    meta: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    name: str = ""
    headline: str = ""
    contacts: list[list[str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    @property
    def contact_items(self) -> list[str]:
        return [c for line in self.contacts for c in line]

    def split(self, key: str = "side") -> tuple[list[Section], list[Section]]:
        """Sections named in ``%% side:`` (in that order) and the rest (in file order)."""
        names = [n.strip() for n in self.meta.get(key, "").split(",") if n.strip()]
        side = [s for n in names for s in self.sections if s.title == n]
        return side, [s for s in self.sections if s.title not in names]

    @property
    def saved(self) -> datetime:
        return datetime.strptime(self.meta.get("saved", "2026-02-16 09:00"), "%Y-%m-%d %H:%M")


def cells(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"\s*\|\s*", text.strip())]


TAGGED = re.compile(r"^(name|headline|contact|role|proj|sub|kv|n|row|p):(?:\s(.*))?$")


def parse_cv(path: Path) -> CV:
    cv = CV(path.stem)
    sec: Section | None = None
    item: Item | None = None
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        where = f"{path.name}:{no}"
        if line.startswith("%%"):
            body = line[2:].strip()
            m = re.match(r"([a-z_]+):\s*(.*)$", body)
            if m and m.group(1) in META_KEYS:
                cv.meta[m.group(1)] = m.group(2).strip()
            else:
                cv.notes.append(body)
            continue
        if line.startswith("== "):
            sec = Section(line[3:].strip())
            cv.sections.append(sec)
            item = None
            continue
        bare = line.lstrip()
        if bare.startswith("- "):
            level = (len(line) - len(bare)) // 2
            if item is not None:
                item.bullets.append((level, bare[2:].strip()))
            elif sec is not None:
                sec.blocks.append(("li", level, bare[2:].strip()))
            else:
                raise ValueError(f"{where}: bullet outside a section")
            continue
        m = TAGGED.match(line)
        if not m:
            raise ValueError(f"{where}: cannot read {line!r}")
        key, val = m.group(1), (m.group(2) or "").strip()
        if key == "name":
            cv.name = val
        elif key == "headline":
            cv.headline = val
        elif key == "contact":
            cv.contacts.append(cells(val))
        elif sec is None:
            raise ValueError(f"{where}: {key}: before the first section")
        elif key in ("role", "proj"):
            item = Item(key, cells(val))
            sec.blocks.append(item)
        elif key == "sub":
            if item is None:
                raise ValueError(f"{where}: sub: without an entry")
            item.subs.append(val)
        elif key == "kv":
            k, _, v = val.partition(" | ")
            if item is not None:
                item.kvs.append((k.strip(), v.strip()))
            else:
                sec.blocks.append(("kv", k.strip(), v.strip()))
        else:
            item = None
            sec.blocks.append(("row", cells(val)) if key == "row" else (key, val))
    if not cv.name or "layout" not in cv.meta or "out" not in cv.meta:
        raise ValueError(f"{path.name}: name:, %% layout: and %% out: are required")
    return cv


def parse_pairs(path: Path) -> list[dict[str, str]]:
    pairs = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("%%", 1)[0].strip()
        if not line:
            continue
        left, arrow, right = line.partition("->")
        if not arrow:
            raise ValueError(f"pairs.txt:{no}: expected 'resume -> job'")
        pairs.append({"resume": left.strip(), "job": right.strip()})
    return pairs


# =========================================================================== PDF: a small page engine

BASE14 = {"sans": "helv", "sans-b": "hebo", "sans-i": "heit", "sans-bi": "hebi",
          "serif": "tiro", "serif-b": "tibo", "serif-i": "tiit", "serif-bi": "tibi"}
_FONTS: dict[str, fitz.Font] = {}


def font(key: str) -> fitz.Font:
    if key not in _FONTS:
        _FONTS[key] = fitz.Font(BASE14[key])
    return _FONTS[key]


def rgb(h: str) -> tuple[float, float, float]:
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


BLACK = (0, 0, 0)
PAPERS = {"letter": fitz.paper_rect("letter"), "a4": fitz.paper_rect("a4")}


class Pdf:
    """Pages created on demand; ``decorate(pdf, pno)`` paints each new page before its text
    (backgrounds, running heads), ``footer(pdf, pno)`` writes each page's foot after it."""

    def __init__(self, paper: str, top: float, bottom: float, top_next: float | None = None,
                 decorate=None, footer=None):
        self.doc = fitz.open()
        self.rect = PAPERS[paper]
        self.top, self.top_next = top, top if top_next is None else top_next
        self.bottom = self.rect.height - bottom
        self.decorate, self.footer = decorate, footer
        self._loaded: list[set[str]] = []

    @property
    def width(self) -> float:
        return self.rect.width

    def page(self, pno: int) -> fitz.Page:
        """Page ``pno``, created (and decorated) if needed. Page objects are not kept: adding a
        page orphans the ones loaded before it."""
        while self.doc.page_count <= pno:
            self.doc.new_page(width=self.rect.width, height=self.rect.height)
            self._loaded.append(set())
            if self.decorate:
                self.decorate(self, self.doc.page_count - 1)
        return self.doc[pno]

    def text(self, pno: int, x: float, y: float, s: str, f: str = "sans", size: float = 10,
             color=BLACK) -> None:
        missing = {ch for ch in s if not font(f).has_glyph(ord(ch))}
        if missing:
            raise ValueError(f"font {f} has no glyph for {sorted(missing)} in {s!r}")
        pg = self.page(pno)
        alias = "F" + f.replace("-", "")
        if f not in self._loaded[pno]:
            pg.insert_font(fontname=alias, fontbuffer=font(f).buffer)
            self._loaded[pno].add(f)
        pg.insert_text((x, y), s, fontname=alias, fontsize=size, color=color)

    @staticmethod
    def tw(s: str, f: str = "sans", size: float = 10) -> float:
        return font(f).text_length(s, fontsize=size)

    def fill(self, pno: int, rect, color, radius: float | None = None) -> None:
        self.page(pno).draw_rect(fitz.Rect(rect), color=None, fill=color, width=0,
                                 radius=radius)

    def hline(self, pno: int, x0: float, x1: float, y: float, width: float = 0.6,
              color=BLACK) -> None:
        self.page(pno).draw_line((x0, y), (x1, y), color=color, width=width)

    def save(self, cv: CV, out: Path) -> None:
        stamp = cv.saved.strftime("D:%Y%m%d%H%M%S")
        if self.footer:
            for pno in range(self.doc.page_count):
                self.footer(self, pno)
        self.doc.subset_fonts()
        self.doc.set_metadata({
            "title": cv.meta.get("title", ""), "author": cv.meta.get("author", ""),
            "subject": "", "keywords": "", "creator": cv.meta.get("creator", ""),
            "producer": cv.meta.get("producer", ""), "creationDate": stamp, "modDate": stamp})
        out.write_bytes(self.doc.tobytes(garbage=4, deflate=True, no_new_id=True))
        self.doc.close()


Run = tuple[str, str, tuple]  # (text, font key, colour)


class Flow:
    """A column of text that runs down the pages of a Pdf, from ``y`` to the bottom margin."""

    def __init__(self, pdf: Pdf, x0: float, x1: float, y: float | None = None, pno: int = 0,
                 top_next: float | None = None, max_pno: int | None = None):
        self.pdf, self.x0, self.x1 = pdf, x0, x1
        self.pno = pno
        self.y = pdf.top if y is None else y
        self.top_next = pdf.top_next if top_next is None else top_next
        self.max_pno = max_pno

    def need(self, h: float) -> None:
        if self.y + h > self.pdf.bottom:
            if self.max_pno is not None and self.pno >= self.max_pno:
                raise ValueError("column overflows its last allowed page")
            self.pno += 1
            self.y = self.top_next

    def gap(self, h: float) -> None:
        self.y += h

    # ---- words laid out over lines, with several fonts on a line
    def _lines(self, runs: list[Run], size: float, width: float, first_width: float):
        tokens = []  # (word, font, colour, space before)
        pending = False
        for text, f, color in runs:
            for i, piece in enumerate(text.split(" ")):
                if i > 0:
                    pending = True
                if piece:
                    tokens.append((piece, f, color, pending))
                    pending = False
        lines, cur, cur_w = [], [], 0.0
        limit = first_width
        for word, f, color, space in tokens:
            w = Pdf.tw(word, f, size)
            sp = Pdf.tw(" ", f, size) if (space and cur) else 0.0
            if cur and cur_w + sp + w > limit:
                lines.append(cur)
                cur, cur_w, sp, limit = [], 0.0, 0.0, width
            cur.append((word, f, color, bool(sp)))
            cur_w += sp + w
        if cur:
            lines.append(cur)
        return lines

    def rich(self, runs: list[Run], size: float = 10, dx: float = 0, hang: float = 0,
             lead: float = 1.28, right: Run | None = None, right_size: float | None = None,
             align: str = "left") -> None:
        """Wrap ``runs`` from x0+dx (later lines from x0+dx+hang); ``right`` is set flush right
        on the first line's baseline."""
        rs = right_size or size
        rw = Pdf.tw(right[0], right[1], rs) + 10 if right else 0
        width = self.x1 - self.x0 - dx - hang
        lines = self._lines(runs, size, width, self.x1 - self.x0 - dx - rw)
        for n, line in enumerate(lines or [[]]):
            self.need(size * lead)
            base = self.y + size * 0.92
            x = self.x0 + dx + (hang if n else 0)
            if align == "center":
                lw = sum(Pdf.tw(w, f, size) + (Pdf.tw(" ", f, size) if s else 0)
                         for w, f, _, s in line)
                x = (self.x0 + self.x1 - lw) / 2
            spans: list[list] = []
            for word, f, color, space in line:
                if spans and spans[-1][1] == f and spans[-1][2] == color:
                    spans[-1][0] += (" " if space else "") + word
                else:
                    spans.append([(" " if space else "") + word, f, color])
            for s, f, color in spans:
                self.pdf.text(self.pno, x, base, s, f, size, color)
                x += Pdf.tw(s, f, size)
            if n == 0 and right:
                self.pdf.text(self.pno, self.x1 - Pdf.tw(right[0], right[1], rs), base,
                              right[0], right[1], rs, right[2])
            self.y += size * lead

    def para(self, s: str, f: str = "sans", size: float = 10, color=BLACK, **kw) -> None:
        self.rich([(s, f, color)], size, **kw)

    def bullet(self, s: str, f: str = "sans", size: float = 10, color=BLACK, glyph: str = "•",
               indent: float = 6, gap: float = 9, level: int = 0, glyph_color=None,
               lead: float = 1.28) -> None:
        ind = indent + level * 14
        self.need(size * lead)
        mid = self.y + size * 0.62  # middle of the x-height on the first line
        x, col = self.x0 + ind, glyph_color or color
        if glyph == "square":  # drawn, not a character: no bullet in the text layer
            r = size * 0.17
            self.pdf.fill(self.pno, (x, mid - r, x + 2 * r, mid + r), col)
        elif glyph in ("dot", "ring"):
            r = size * 0.19
            self.pdf.page(self.pno).draw_circle((x + r, mid), r, color=col, width=0.7,
                                                fill=col if glyph == "dot" else None)
        else:
            self.pdf.text(self.pno, x, self.y + size * 0.92, glyph, f, size, col)
        self.rich([(s, f, color)], size, dx=ind + gap, lead=lead)


def kv_runs(k: str, v: str, fk: str, fv: str, color=BLACK, sep: str = ": ") -> list[Run]:
    return [(k + sep, fk, color), (v, fv, color)]


# =========================================================================== PDF looks


def pdf_rightdates(cv: CV, out: Path) -> None:
    """Helvetica, one column; title and dates on one line, dates flush right."""
    ink, accent, grey = rgb("#1b1b1b"), rgb("#1f5f6b"), rgb("#555555")
    pdf = Pdf("letter", 40, 40)
    c = Flow(pdf, 46, pdf.width - 46)
    c.para(cv.name, "sans-b", 21, ink, lead=1.15)
    if cv.headline:
        c.para(cv.headline, "sans", 11, accent)
    for line in cv.contacts:
        c.para("  |  ".join(line), "sans", 9.2, grey)
    for sec in cv.sections:
        c.gap(7)
        c.need(40)
        c.para(sec.title.upper(), "sans-b", 10.5, accent, lead=1.1)
        pdf.hline(c.pno, c.x0, c.x1, c.y + 1, 0.8, accent)
        c.gap(5)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(30)
                if b.kind == "role":
                    c.rich([(b[0], "sans-b", ink)], 10.2, right=(b[3], "sans", ink))
                    org = " — ".join(x for x in (b[1], b[2]) if x)
                    if org:
                        c.para(org, "sans-i", 9.8, grey)
                else:
                    runs = [(b[0], "sans-b", ink)] + ([(" | " + b[1], "sans-i", grey)]
                                                      if b[1] else [])
                    c.rich(runs, 10, right=(b[2], "sans", ink) if b[2] else None)
                for s in b.subs:
                    c.para(s, "sans-i", 9.5, grey)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "sans-b", "sans", ink), 9.6, dx=6)
                for lvl, t in b.bullets:
                    c.bullet(t, "sans", 9.7, ink, level=lvl, glyph="•" if not lvl else "–")
                c.gap(4)
            else:
                generic_block(c, b, "sans", 9.8, ink)
    pdf.save(cv, out)


def generic_block(c: Flow, b: tuple, fam: str, size: float, ink, glyph: str = "•") -> None:
    kind = b[0]
    if kind == "p":
        c.para(b[1], fam, size, ink)
        c.gap(2)
    elif kind == "li":
        c.bullet(b[2], fam, size, ink, level=b[1], glyph=glyph)
    elif kind == "kv":
        c.rich(kv_runs(b[1], b[2], fam + "-b", fam, ink), size, hang=10)
    elif kind == "n":
        c.para(b[1], fam, size, ink, hang=12)
        c.gap(2)
    elif kind == "row":
        c.para("    ".join(b[1]), fam, size, ink)


def pdf_sidebar(cv: CV, out: Path) -> None:
    """Shaded left sidebar (contact, skills, education, ...) on every page; main column right."""
    side_w = 196
    shade, ink, accent, grey = rgb("#e9eef2"), rgb("#222222"), rgb("#34495e"), rgb("#5d6d7e")

    def decorate(pdf: Pdf, pno: int) -> None:
        pdf.fill(pno, (0, 0, side_w, pdf.rect.height), shade)

    pdf = Pdf("letter", 42, 38, decorate=decorate)
    side_secs, main_secs = cv.split()
    s = Flow(pdf, 24, side_w - 18, y=46, max_pno=0)
    if cv.contacts:
        s.para("CONTACT", "sans-b", 10, accent, lead=1.6)
        for item in cv.contact_items:
            s.para(item, "sans", 8.8, ink, lead=1.4)
    for sec in side_secs:
        s.gap(10)
        s.para(sec.title.upper(), "sans-b", 10, accent, lead=1.2)
        pdf.hline(0, s.x0, s.x1, s.y + 1, 0.6, accent)
        s.gap(5)
        for b in sec.blocks:
            if isinstance(b, Item):
                s.para(b[0], "sans-b", 8.9, ink, lead=1.3)
                for x in (b[1], b[2], b[3]):
                    if x:
                        s.para(x, "sans", 8.6, grey, lead=1.3)
                for t in b.subs:
                    s.para(t, "sans-i", 8.4, grey, lead=1.3)
                s.gap(5)
            elif b[0] == "kv":
                s.para(b[1], "sans-b", 8.9, ink, lead=1.3)
                s.para(b[2], "sans", 8.6, ink, lead=1.3)
                s.gap(4)
            elif b[0] == "li":
                s.bullet(b[2], "sans", 8.7, ink, indent=0, gap=8, lead=1.3)
            else:
                s.para(b[1], "sans", 8.7, ink, lead=1.3)
    m = Flow(pdf, side_w + 26, pdf.width - 36, y=40)
    m.para(cv.name, "sans-b", 24, accent, lead=1.1)
    if cv.headline:
        m.para(cv.headline, "sans", 11.5, grey, lead=1.5)
    for sec in main_secs:
        m.gap(6)
        m.need(40)
        m.para(sec.title.upper(), "sans-b", 11, accent, lead=1.2)
        pdf.hline(m.pno, m.x0, m.x1, m.y + 1, 1.2, accent)
        m.gap(6)
        for b in sec.blocks:
            if isinstance(b, Item):
                m.need(34)
                m.para(b[0], "sans-b", 10.4, ink)
                meta = "  ·  ".join(x for x in (b[1], b[2], b[3]) if x)
                m.para(meta, "sans", 9.2, grey)
                for t in b.subs:
                    m.para(t, "sans-i", 9.2, grey)
                m.gap(1)
                for lvl, t in b.bullets:
                    m.bullet(t, "sans", 9.5, ink, level=lvl, glyph="square", indent=2,
                             glyph_color=accent)
                m.gap(5)
            else:
                generic_block(m, b, "sans", 9.6, ink)
    pdf.save(cv, out)


def pdf_jakes(cv: CV, out: Path, fam: str = "sans", paper: str = "letter") -> None:
    """The common one-page student look: centred name, two-line entries (org + place,
    title + dates)."""
    ink = BLACK
    pdf = Pdf(paper, 30, 28)
    c = Flow(pdf, 36, pdf.width - 36)
    c.para(cv.name, fam + "-b", 22, ink, align="center", lead=1.2)
    for line in cv.contacts:
        c.para("  |  ".join(line), fam, 9.3, ink, align="center")
    for sec in cv.sections:
        c.gap(5)
        c.need(36)
        c.para(sec.title, fam + "-b", 11.5, ink, lead=1.15)
        pdf.hline(c.pno, c.x0, c.x1, c.y + 0.5, 0.5)
        c.gap(3.5)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(26)
                if b.kind == "role":
                    c.rich([(b[1], fam + "-b", ink)], 10, right=(b[2], fam, ink))
                    c.rich([(b[0], fam + "-i", ink)], 9.6, right=(b[3], fam + "-i", ink))
                else:
                    runs = [(b[0], fam + "-b", ink)]
                    if b[1]:
                        runs.append((" | " + b[1], fam + "-i", ink))
                    c.rich(runs, 10, right=(b[2], fam, ink) if b[2] else None)
                for t in b.subs:
                    c.para(t, fam, 9.4, ink, dx=0)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, fam + "-b", fam, ink), 9.4)
                for lvl, t in b.bullets:
                    c.bullet(t, fam, 9.4, ink, level=lvl, indent=8, lead=1.22)
                c.gap(2.5)
            else:
                generic_block(c, b, fam, 9.5, ink)
    pdf.save(cv, out)


def pdf_latex(cv: CV, out: Path) -> None:
    """Looks like a LaTeX article-class CV: Times, 1in margins, centred name, titlerule
    sections, page numbers at the foot."""
    ink = BLACK
    margin = 72

    def footer(pdf: Pdf, pno: int) -> None:
        num = str(pno + 1)
        pdf.text(pno, (pdf.width - Pdf.tw(num, "serif", 10)) / 2, pdf.rect.height - 40, num,
                 "serif", 10)

    pdf = Pdf("letter", 60, 66, top_next=66, footer=footer)
    c = Flow(pdf, margin, pdf.width - margin)
    c.para(cv.name.upper(), "serif-b", 17, ink, align="center", lead=1.35)
    for line in cv.contacts:
        c.para("  •  ".join(line), "serif", 10, ink, align="center", lead=1.3)
    n_pub = 0
    for sec in cv.sections:
        c.gap(8)
        c.need(44)
        c.para(sec.title, "serif-b", 12.5, ink, lead=1.2)
        pdf.hline(c.pno, c.x0, c.x1, c.y + 0.5, 0.4)
        c.gap(5)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(28)
                if b.kind == "role":
                    c.rich([(b[1], "serif-b", ink)], 10.5, right=(b[3], "serif", ink))
                    if b[0] or b[2]:
                        c.rich([(b[0], "serif-i", ink)], 10.5,
                               right=(b[2], "serif-i", ink) if b[2] else None)
                else:
                    runs = [(b[0], "serif-b", ink)]
                    if b[1]:
                        runs.append((" — " + b[1], "serif-i", ink))
                    c.rich(runs, 10.5, right=(b[2], "serif", ink) if b[2] else None)
                for t in b.subs:
                    c.para(t, "serif", 10.2, ink, dx=12)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "serif-b", "serif", ink), 10.2, dx=12)
                for lvl, t in b.bullets:
                    c.bullet(t, "serif", 10.2, ink, level=lvl, glyph="•" if not lvl else "–",
                             indent=14, gap=9, lead=1.22)
                c.gap(4)
            elif b[0] == "n":
                n_pub += 1
                tag = f"[{n_pub}]"
                c.need(13)
                pdf.text(c.pno, c.x0, c.y + 10.2 * 0.92, tag, "serif", 10.2)
                c.para(b[1], "serif", 10.2, ink, dx=24, lead=1.22)
                c.gap(3)
            elif b[0] == "kv":
                c.rich(kv_runs(b[1], b[2], "serif-b", "serif", ink), 10.2, hang=14)
                c.gap(1)
            else:
                generic_block(c, b, "serif", 10.2, ink)
    pdf.save(cv, out)


def pdf_undercompany(cv: CV, out: Path) -> None:
    """Company line, then the dates on their own line, then the title; a company held over
    several titles is named once."""
    ink, grey, accent = rgb("#202020"), rgb("#606060"), rgb("#7a1f2b")

    def decorate(pdf: Pdf, pno: int) -> None:
        if pno:
            label = f"{cv.name}  —  page {pno + 1}"
            pdf.text(pno, pdf.width - 54 - Pdf.tw(label, "sans", 8), 34, label, "sans", 8, grey)

    pdf = Pdf("letter", 48, 46, top_next=56, decorate=decorate)
    c = Flow(pdf, 54, pdf.width - 54)
    c.para(cv.name.upper(), "sans-b", 18, ink, lead=1.3)
    if cv.headline:
        c.para(cv.headline, "serif-i", 11.5, accent, lead=1.4)
    for line in cv.contacts:
        c.para(" · ".join(line), "sans", 9, grey, lead=1.35)
    for sec in cv.sections:
        c.gap(8)
        c.need(44)
        pdf.hline(c.pno, c.x0, c.x1, c.y, 1.6, accent)
        c.gap(5)
        c.para(sec.title.upper(), "sans-b", 10.5, accent, lead=1.5)
        last_org = None
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(40)
                if b.kind == "role":
                    if b[1] != last_org:
                        if last_org is not None:
                            c.gap(4)
                        org = b[1] + (", " + b[2] if b[2] else "")
                        c.para(org, "sans-b", 10.5, ink, lead=1.3)
                    last_org = b[1]
                    c.para(b[3], "sans-i", 9.4, grey, lead=1.3)
                    c.para(b[0], "serif-b", 10.8, ink, lead=1.35)
                else:
                    c.rich([(b[0], "serif-b", ink)] + ([(", " + b[1], "serif", ink)]
                                                       if b[1] else []), 10.5)
                    if b[2]:
                        c.para(b[2], "sans-i", 9.4, grey)
                for t in b.subs:
                    c.para(t, "serif-i", 10, ink)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "serif-b", "serif", ink), 10)
                for lvl, t in b.bullets:
                    c.bullet(t, "serif", 10.2, ink, level=lvl, glyph="square" if not lvl else "–",
                             indent=4, gap=11, lead=1.25)
                c.gap(3)
            elif b[0] == "n":
                c.bullet(b[1], "serif", 10.2, ink, glyph="square", indent=4, gap=11, lead=1.25)
            elif b[0] == "kv":
                c.rich(kv_runs(b[1], b[2], "sans-b", "serif", ink), 10, hang=12)
            else:
                generic_block(c, b, "serif", 10.2, ink, glyph="square")
    pdf.save(cv, out)


def pdf_band(cv: CV, out: Path) -> None:
    """Navy name band across the top; role line 'Title | Organisation' with years flush right."""
    navy, ink, grey, light = rgb("#1f3a5f"), rgb("#1d1d1d"), rgb("#5b6470"), rgb("#c9d6e6")
    band_h = 84

    def decorate(pdf: Pdf, pno: int) -> None:
        if pno == 0:
            pdf.fill(0, (0, 0, pdf.width, band_h), navy)

    pdf = Pdf("letter", 40, 42, top_next=44, decorate=decorate)
    c = Flow(pdf, 50, pdf.width - 50, y=22)
    c.para(cv.name, "sans-b", 25, (1, 1, 1), lead=1.2)
    if cv.headline:
        c.para(cv.headline, "sans", 11.5, light)
    c.y = band_h + 10
    for line in cv.contacts:
        c.para("   ·   ".join(line), "sans", 9.2, grey, lead=1.4)
    for sec in cv.sections:
        c.gap(8)
        c.need(40)
        pdf.fill(c.pno, (c.x0, c.y + 1, c.x0 + 4, c.y + 13), navy)
        c.rich([(sec.title, "sans-b", navy)], 12, dx=10, lead=1.45)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(30)
                if b.kind == "role":
                    runs = [(b[0], "sans-b", ink)]
                    if b[1]:
                        runs.append(("  |  " + b[1], "sans", ink))
                    c.rich(runs, 10.3, right=(b[3], "sans-b", navy))
                    if b[2]:
                        c.para(b[2], "sans-i", 9.2, grey)
                else:
                    c.rich([(b[0], "sans-b", ink)] + ([("  |  " + b[1], "sans", ink)]
                                                      if b[1] else []), 10.2,
                           right=(b[2], "sans-b", navy) if b[2] else None)
                for t in b.subs:
                    c.para(t, "sans-i", 9.4, grey)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "sans-b", "sans", ink), 9.6)
                for lvl, t in b.bullets:
                    c.bullet(t, "sans", 9.7, ink, level=lvl, glyph="›", glyph_color=navy,
                             indent=4, gap=9)
                c.gap(5)
            else:
                generic_block(c, b, "sans", 9.7, ink, glyph="›")
    pdf.save(cv, out)


def pdf_euro(cv: CV, out: Path) -> None:
    """European CV on A4: photo box top right, personal details, a date column on the left."""
    ink, grey, blue = rgb("#1a1a1a"), rgb("#5a5a5a"), rgb("#0b4f8a")
    label_w = 118

    def footer(pdf: Pdf, pno: int) -> None:
        label = f"{cv.name} · Curriculum Vitae · {pno + 1}"
        pdf.text(pno, (pdf.width - Pdf.tw(label, "sans", 7.5)) / 2, pdf.rect.height - 26,
                 label, "sans", 7.5, grey)

    pdf = Pdf("a4", 48, 48, footer=footer)
    x0, x1 = 52, pdf.width - 52
    # photo: a framed portrait placeholder, as a scanned photo would sit
    ph = fitz.Rect(x1 - 86, 44, x1, 154)
    pg = pdf.page(0)
    pdf.fill(0, ph, rgb("#d9dde2"))
    pg.draw_oval(fitz.Rect(ph.x0 + 26, ph.y0 + 18, ph.x1 - 26, ph.y0 + 56), color=None,
                 fill=rgb("#9aa3ad"))
    cx, top, half = (ph.x0 + ph.x1) / 2, ph.y0 + 62, (ph.x1 - ph.x0) / 2 - 10
    shoulders = [(cx + half * math.cos(math.pi * k / 24), ph.y1 - (ph.y1 - top)
                  * math.sin(math.pi * k / 24)) for k in range(25)]
    pg.draw_polyline(shoulders, color=None, fill=rgb("#9aa3ad"), closePath=True)
    pg.draw_rect(ph, color=rgb("#7d8690"), width=0.8)
    c = Flow(pdf, x0, x1 - 100, y=52)
    c.para(cv.name, "sans-b", 22, blue, lead=1.25)
    if cv.headline:
        c.para(cv.headline, "sans", 11.5, ink, lead=1.5)
    for line in cv.contacts:
        for item in line:
            c.para(item, "sans", 9.3, ink, lead=1.4)
    c = Flow(pdf, x0, x1, y=max(c.y, ph.y1) + 6)
    for sec in cv.sections:
        c.gap(8)
        c.need(42)
        c.para(sec.title.upper(), "sans-b", 10.8, blue, lead=1.25)
        pdf.hline(c.pno, c.x0, c.x1, c.y + 0.5, 0.7, blue)
        c.gap(6)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(30)
                date = b[3] if b.kind == "role" else b[2]
                top = c.y
                c.pdf.text(c.pno, c.x0, c.y + 9.2 * 0.92, date, "sans", 9.2, grey)
                inner = Flow(pdf, x0 + label_w, x1, y=top, pno=c.pno)
                if b.kind == "role":
                    inner.para(b[0], "sans-b", 10.2, ink)
                    org = ", ".join(x for x in (b[1], b[2]) if x)
                    if org:
                        inner.para(org, "sans-i", 9.6, ink)
                else:
                    inner.para(b[0], "sans-b", 10.2, ink)
                    if b[1]:
                        inner.para(b[1], "sans-i", 9.6, ink)
                for t in b.subs:
                    inner.para(t, "sans", 9.4, grey)
                for k, v in b.kvs:
                    inner.rich(kv_runs(k, v, "sans-b", "sans", ink), 9.5)
                for lvl, t in b.bullets:
                    inner.bullet(t, "sans", 9.5, ink, level=lvl, glyph="–", indent=0, gap=9)
                c.pno, c.y = inner.pno, inner.y + 6
            elif b[0] == "kv":
                c.need(26)
                pdf.text(c.pno, c.x0, c.y + 9.5 * 0.92, b[1], "sans", 9.5, grey)
                inner = Flow(pdf, x0 + label_w, x1, y=c.y, pno=c.pno)
                inner.para(b[2], "sans", 9.5, ink)
                c.pno, c.y = inner.pno, inner.y + 1.5
            elif b[0] == "li":
                inner = Flow(pdf, x0 + label_w, x1, y=c.y, pno=c.pno)
                inner.bullet(b[2], "sans", 9.5, ink, glyph="–", indent=0, gap=9)
                c.pno, c.y = inner.pno, inner.y
            else:
                generic_block(c, b, "sans", 9.5, ink)
    pdf.save(cv, out)


def pdf_pipes(cv: CV, out: Path) -> None:
    """Grey-barred headings; each role on one line: Title | Organisation | Place | Dates."""
    ink, grey, bar = rgb("#111111"), rgb("#4a4a4a"), rgb("#e4e4e4")
    pdf = Pdf("letter", 38, 40)
    c = Flow(pdf, 44, pdf.width - 44)
    c.rich([(cv.name, "sans-b", ink)] + ([("   " + cv.headline, "sans", grey)]
                                         if cv.headline else []), 19, lead=1.3)
    for line in cv.contacts:
        c.para(" | ".join(line), "sans", 9.3, grey, lead=1.35)
    for sec in cv.sections:
        c.gap(7)
        c.need(40)
        pdf.fill(c.pno, (c.x0, c.y - 1, c.x1, c.y + 14), bar)
        c.para(sec.title, "sans-b", 10.5, ink, dx=5, lead=1.55)
        c.gap(2)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(28)
                if b.kind == "role":
                    runs = [(b[0], "sans-b", ink)]
                    runs += [(" | " + x, "sans", ink) for x in (b[1], b[2], b[3]) if x]
                else:
                    runs = [(b[0], "sans-b", ink)]
                    runs += [(" | " + x, "sans", ink) for x in (b[1], b[2]) if x]
                c.rich(runs, 10, hang=0)
                for t in b.subs:
                    c.para(t, "sans-i", 9.4, grey)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "sans-b", "sans", ink), 9.5)
                for lvl, t in b.bullets:
                    c.bullet(t, "sans", 9.6, ink, level=lvl, glyph="dot" if not lvl else "ring",
                             indent=6, gap=10, lead=1.25)
                c.gap(4)
            else:
                generic_block(c, b, "sans", 9.6, ink, glyph="dot")
    pdf.save(cv, out)


def pdf_headleft(cv: CV, out: Path) -> None:
    """Section names in a left column, content in a wide right column."""
    ink, grey, teal = rgb("#1c1c1c"), rgb("#5c5c5c"), rgb("#0e6b5c")
    col = 150

    def decorate(pdf: Pdf, pno: int) -> None:
        if pno:
            pdf.text(pno, 50, 36, cv.name, "sans-b", 8.5, grey)
            pdf.hline(pno, 50, pdf.width - 50, 42, 0.4, grey)

    pdf = Pdf("letter", 44, 44, top_next=56, decorate=decorate)
    head = Flow(pdf, 50, pdf.width - 50)
    head.para(cv.name, "serif-b", 24, ink, lead=1.25)
    if cv.headline:
        head.para(cv.headline, "serif-i", 12, teal, lead=1.4)
    for line in cv.contacts:
        head.para("  ·  ".join(line), "sans", 9, grey, lead=1.35)
    head.gap(4)
    pdf.hline(0, 50, pdf.width - 50, head.y, 0.8, teal)
    c = Flow(pdf, col, pdf.width - 50, y=head.y + 10)
    for sec in cv.sections:
        c.gap(6)
        c.need(36)
        words = sec.title.upper().split()
        ty = c.y
        for i, w in enumerate(textwrap.wrap(" ".join(words), 16)):
            pdf.text(c.pno, 50, ty + 9 * 0.92 + i * 11, w, "sans-b", 9, teal)
        for b in sec.blocks:
            if isinstance(b, Item):
                c.need(28)
                if b.kind == "role":
                    c.rich([(b[0], "sans-b", ink)], 10.2, right=(b[3], "sans", grey),
                           right_size=9.2)
                    org = ", ".join(x for x in (b[1], b[2]) if x)
                    if org:
                        c.para(org, "serif-i", 10.2, ink)
                else:
                    runs = [(b[0], "sans-b", ink)]
                    if b[1]:
                        runs.append((" — " + b[1], "serif-i", ink))
                    c.rich(runs, 10.2, right=(b[2], "sans", grey) if b[2] else None,
                           right_size=9.2)
                for t in b.subs:
                    c.para(t, "serif", 10, grey)
                for k, v in b.kvs:
                    c.rich(kv_runs(k, v, "sans-b", "serif", ink), 10)
                for lvl, t in b.bullets:
                    c.bullet(t, "serif", 10.2, ink, level=lvl, indent=0, gap=9, lead=1.24)
                c.gap(5)
            elif b[0] == "n":
                c.para(b[1], "serif", 10.1, ink, hang=10, lead=1.24)
                c.gap(3)
            elif b[0] == "kv":
                c.rich(kv_runs(b[1], b[2], "sans-b", "serif", ink), 10, hang=10)
                c.gap(1)
            else:
                generic_block(c, b, "serif", 10.2, ink)
        c.y = max(c.y, ty + 14)
    pdf.save(cv, out)


def pdf_canva(cv: CV, out: Path) -> None:
    """A designed page: dark header band, main column left, light sidebar right with skill
    chips; the sidebar is written after the main column, as such exports often are."""
    dark, amber, ink, grey = rgb("#263238"), rgb("#ffb74d"), rgb("#212121"), rgb("#616161")
    side, chip = rgb("#f3f1ec"), rgb("#e0dcd2")
    band, split = 96, 392

    def decorate(pdf: Pdf, pno: int) -> None:
        if pno == 0:
            pdf.fill(0, (0, 0, pdf.width, band), dark)
            pdf.fill(0, (split, band, pdf.width, pdf.rect.height), side)

    pdf = Pdf("letter", 36, 36, decorate=decorate)
    h = Flow(pdf, 40, split - 10, y=26)
    h.para(cv.name.upper(), "sans-b", 26, (1, 1, 1), lead=1.2)
    if cv.headline:
        h.para(cv.headline.upper(), "sans-b", 10.5, amber)
    side_secs, main_secs = cv.split()
    m = Flow(pdf, 40, split - 22, y=band + 20)
    for sec in main_secs:
        m.gap(4)
        m.need(40)
        m.para(sec.title.upper(), "sans-b", 11.5, dark, lead=1.2)
        pdf.fill(m.pno, (m.x0, m.y + 1, m.x0 + 34, m.y + 3.5), amber)
        m.gap(9)
        for b in sec.blocks:
            if isinstance(b, Item):
                m.need(34)
                date = b[3] if b.kind == "role" else b[2]
                if date:
                    m.para(date.upper(), "sans-b", 8, grey, lead=1.4)
                m.para(b[0], "sans-b", 10.5, ink)
                org = " · ".join(x for x in ((b[1], b[2]) if b.kind == "role" else (b[1],)) if x)
                if org:
                    m.para(org, "sans-i", 9.3, grey)
                for t in b.subs:
                    m.para(t, "sans-i", 9, grey)
                m.gap(1)
                for lvl, t in b.bullets:
                    m.bullet(t, "sans", 9.3, ink, level=lvl, glyph="•", glyph_color=amber,
                             indent=0, gap=8, lead=1.3)
                m.gap(7)
            else:
                generic_block(m, b, "sans", 9.4, ink)
    s = Flow(pdf, split + 20, pdf.width - 24, y=band + 20, max_pno=0)
    if cv.contacts:
        s.para("CONTACT", "sans-b", 10.5, dark, lead=1.7)
        for item in cv.contact_items:
            s.para(item, "sans", 8.8, ink, lead=1.45)
    for sec in side_secs:
        s.gap(12)
        s.para(sec.title.upper(), "sans-b", 10.5, dark, lead=1.7)
        for b in sec.blocks:
            if isinstance(b, Item):
                s.para(b[0], "sans-b", 9, ink, lead=1.3)
                for x in b.fields[1:]:
                    if x:
                        s.para(x, "sans", 8.6, grey, lead=1.3)
                for t in b.subs:
                    s.para(t, "sans-i", 8.4, grey, lead=1.3)
                s.gap(5)
            elif b[0] == "kv" and b[1].lower().startswith("chips"):
                x = s.x0
                s.need(16)
                for word in [w.strip() for w in b[2].split(",")]:
                    w = Pdf.tw(word, "sans", 8.4) + 12
                    if x + w > s.x1:
                        x = s.x0
                        s.gap(17)
                        s.need(16)
                    pdf.fill(s.pno, (x, s.y, x + w, s.y + 13.5), chip, radius=0.35)
                    pdf.text(s.pno, x + 6, s.y + 9.6, word, "sans", 8.4, ink)
                    x += w + 5
                s.gap(21)
            elif b[0] == "kv":
                s.rich(kv_runs(b[1], b[2], "sans-b", "sans", ink), 8.8, lead=1.35)
            else:
                s.para(b[-1], "sans", 8.8, ink, lead=1.35)
    pdf.save(cv, out)


# =========================================================================== DOCX


def _border(paragraph, edge: str = "bottom", color: str = "000000", size: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{edge}")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        el.set(qn(f"w:{k}"), v)
    bdr.append(el)
    ppr.append(bdr)


def _shade(obj, fill: str) -> None:
    """Shade a paragraph or a table cell."""
    host = obj._tc.get_or_add_tcPr() if hasattr(obj, "_tc") else obj._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    host.append(shd)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _run(p, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
         color: str | None = None, caps: bool = False, underline: bool = False):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def _para(container, text: str = "", style: str | None = None, space_after: float = 2,
          align=None, **run_kw):
    p = container.add_paragraph(style=style)
    if text:
        _run(p, text, **run_kw)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    return p


def _right_tab(p, pos_in: float) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Inches(pos_in), WD_TAB_ALIGNMENT.RIGHT)


def _bullets(container, bullets: list[tuple[int, str]], size: float | None = None) -> None:
    for lvl, t in bullets:
        p = _para(container, t, style="List Bullet 2" if lvl else "List Bullet", size=size,
                  space_after=1)
        p.paragraph_format.space_after = Pt(1)


def _base(font_name: str, size: float, margin_in: float, a4: bool = False) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    for s in doc.sections:
        if a4:
            s.page_width, s.page_height = Inches(8.27), Inches(11.69)
        else:
            s.page_width, s.page_height = Inches(8.5), Inches(11)
        s.left_margin = s.right_margin = Inches(margin_in)
        s.top_margin = s.bottom_margin = Inches(min(margin_in, 0.7))
    return doc


def _save_docx(doc: Document, cv: CV, out: Path) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = cv.meta.get("author", "")
    cp.title = cv.meta.get("title", "")
    cp.subject = cp.keywords = cp.comments = cp.category = ""
    cp.created = cp.modified = cv.saved
    cp.revision = 4
    buf = io.BytesIO()
    doc.save(buf)
    stamp = cv.saved.timetuple()[:6]
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            z = zipfile.ZipInfo(info.filename, date_time=stamp)
            z.compress_type = zipfile.ZIP_DEFLATED
            z.external_attr = 0o600 << 16
            zout.writestr(z, zin.read(info.filename))


def _docx_generic(container, b, size: float | None = None) -> None:
    kind = b[0]
    if kind == "p":
        _para(container, b[1], size=size, space_after=4)
    elif kind == "li":
        _bullets(container, [(b[1], b[2])], size)
    elif kind == "kv":
        p = _para(container, space_after=1)
        _run(p, b[1] + ": ", bold=True, size=size)
        _run(p, b[2], size=size)
    elif kind == "n":
        _para(container, b[1], style="List Number", size=size, space_after=2)
    elif kind == "row":
        _para(container, "\t".join(b[1]), size=size)


def docx_tablehead(cv: CV, out: Path) -> None:
    """A Word template: a two-cell table holds the header (name left, contact right);
    shaded section bars; title and dates on one line by a right tab."""
    doc = _base("Calibri", 10.5, 0.7)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width, right.width = Inches(4.1), Inches(3.0)
    p = left.paragraphs[0]
    _run(p, cv.name, bold=True, size=22, color="1F3864")
    if cv.headline:
        _para(left, cv.headline, size=11.5, color="2E75B6", space_after=0)
    first = True
    for item in cv.contact_items:
        p = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        _run(p, item, size=9.5)
    _para(doc, space_after=2)
    for sec in cv.sections:
        h = _para(doc, sec.title.upper(), bold=True, size=11, color="1F3864", space_after=4)
        h.paragraph_format.space_before = Pt(8)
        _shade(h, "DEEAF6")
        for b in sec.blocks:
            if isinstance(b, Item):
                p = _para(doc, space_after=0)
                _right_tab(p, 7.1)
                p.paragraph_format.keep_with_next = True
                if b.kind == "role":
                    _run(p, b[0], bold=True)
                    _run(p, "\t" + b[3])
                    org = ", ".join(x for x in (b[1], b[2]) if x)
                    if org:
                        _para(doc, org, italic=True, color="404040", space_after=1)
                else:
                    _run(p, b[0], bold=True)
                    if b[1]:
                        _run(p, " – " + b[1], italic=True)
                    if b[2]:
                        _run(p, "\t" + b[2])
                for s in b.subs:
                    _para(doc, s, italic=True, size=10, space_after=1)
                for k, v in b.kvs:
                    p = _para(doc, space_after=1)
                    _run(p, k + ": ", bold=True)
                    _run(p, v)
                _bullets(doc, b.bullets)
                _para(doc, space_after=0, size=4)
            else:
                _docx_generic(doc, b)
    _save_docx(doc, cv, out)


def docx_india(cv: CV, out: Path) -> None:
    """Indian IT-services CV: title line, grey section bars, bordered tables for skills,
    projects and education, personal details and a declaration."""
    doc = _base("Times New Roman", 11, 0.8)
    _para(doc, "CURRICULUM VITAE", bold=True, underline=True, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    _para(doc, cv.name.upper(), bold=True, size=13, space_after=1)
    for line in cv.contacts:
        _para(doc, "    ".join(line), space_after=1)
    rule = _para(doc, space_after=4)
    _border(rule, "bottom", "000000", 12)
    for sec in cv.sections:
        h = _para(doc, sec.title.upper() + ":", bold=True, size=11.5, space_after=4)
        h.paragraph_format.space_before = Pt(8)
        _shade(h, "D9D9D9")
        rows = [b[1] for b in sec.blocks if not isinstance(b, Item) and b[0] == "row"]
        table_done = False
        for b in sec.blocks:
            if isinstance(b, Item) and b.kind == "proj":
                p = _para(doc, space_after=2)
                p.paragraph_format.space_before = Pt(6)
                _run(p, b[0], bold=True, underline=True)
                if b.kvs:
                    t = doc.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for k, v in b.kvs:
                        r = t.add_row().cells
                        r[0].text, r[1].text = k, v
                        r[0].paragraphs[0].runs[0].bold = True
                        r[0].width, r[1].width = Inches(1.6), Inches(5.2)
                for s in b.subs:
                    _para(doc, s, bold=True, space_after=1).paragraph_format.space_before = Pt(4)
                _bullets(doc, b.bullets)
            elif isinstance(b, Item):
                p = _para(doc, space_after=1)
                p.paragraph_format.space_before = Pt(4)
                _run(p, b[0], bold=True)
                rest = " – ".join(x for x in (b[1], b[2]) if x)
                if rest:
                    _run(p, ", " + rest)
                if b[3]:
                    _run(p, " (" + b[3] + ")", bold=True)
                for s in b.subs:
                    _para(doc, s, space_after=1)
                for k, v in b.kvs:
                    p = _para(doc, space_after=1)
                    _run(p, k + "\t: ", bold=True)
                    _run(p, v)
                _bullets(doc, b.bullets)
            elif b[0] == "row":
                if table_done:
                    continue
                table_done = True
                t = doc.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(rows):
                    rc = t.add_row().cells
                    for j, val in enumerate(row):
                        rc[j].text = val
                        if i == 0:
                            rc[j].paragraphs[0].runs[0].bold = True
                            _shade(rc[j], "F2F2F2")
            elif b[0] == "kv" and sec.title.lower().startswith("personal"):
                p = _para(doc, space_after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
                _run(p, b[1])
                _run(p, "\t:  " + b[2])
            else:
                _docx_generic(doc, b)
    _save_docx(doc, cv, out)


def docx_plain(cv: CV, out: Path) -> None:
    """A resume typed straight into Word: bold headings with a rule, 'Title, Company, Place'
    then the dates in brackets on the same line; plain bullets."""
    doc = _base("Cambria", 11, 0.9)
    _para(doc, cv.name, bold=True, size=18, space_after=0)
    for line in cv.contacts:
        _para(doc, " | ".join(line), size=10, space_after=0)
    if cv.headline:
        _para(doc, cv.headline, italic=True, size=10.5, space_after=0)
    for sec in cv.sections:
        h = _para(doc, sec.title, bold=True, size=12, space_after=3)
        h.paragraph_format.space_before = Pt(10)
        _border(h, "bottom", "808080", 4)
        for b in sec.blocks:
            if isinstance(b, Item):
                p = _para(doc, space_after=1)
                p.paragraph_format.space_before = Pt(4)
                if b.kind == "role":
                    _run(p, b[0], bold=True)
                    rest = ", ".join(x for x in (b[1], b[2]) if x)
                    if rest:
                        _run(p, ", " + rest)
                    if b[3]:
                        _run(p, f" ({b[3]})", italic=True)
                else:
                    _run(p, b[0], bold=True)
                    if b[1]:
                        _run(p, " – " + b[1])
                    if b[2]:
                        _run(p, f" ({b[2]})", italic=True)
                for s in b.subs:
                    _para(doc, s, italic=True, size=10.5, space_after=1)
                for k, v in b.kvs:
                    p = _para(doc, space_after=1)
                    _run(p, k + ": ", bold=True)
                    _run(p, v)
                _bullets(doc, b.bullets)
            else:
                _docx_generic(doc, b)
    _save_docx(doc, cv, out)


def docx_tabs(cv: CV, out: Path) -> None:
    """Centred header; a borderless three-column 'core competencies' grid; organisation with
    the place flush right, then title with the dates flush right."""
    doc = _base("Calibri", 10.5, 0.75)
    _para(doc, cv.name.upper(), bold=True, size=20, color="203864", space_after=0,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    if cv.headline:
        _para(doc, cv.headline, size=11.5, color="404040", space_after=1,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in cv.contacts:
        _para(doc, "  •  ".join(line), size=9.5, space_after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    for sec in cv.sections:
        h = _para(doc, sec.title.upper(), bold=True, size=11, color="203864", space_after=3)
        h.paragraph_format.space_before = Pt(9)
        _border(h, "bottom", "203864", 8)
        grid = [b for b in sec.blocks if not isinstance(b, Item) and b[0] == "li"]
        if grid and sec.title.lower().startswith(("core", "areas", "key skills")):
            t = doc.add_table(rows=(len(grid) + 2) // 3, cols=3)
            _no_borders(t)
            for i, (_, _, text) in enumerate(grid):
                cell = t.rows[i // 3].cells[i % 3]
                cell.paragraphs[0].text = ""
                _run(cell.paragraphs[0], "▪ " + text, size=10)
            blocks = [b for b in sec.blocks if b not in grid]
        else:
            blocks = sec.blocks
        for b in blocks:
            if isinstance(b, Item):
                p = _para(doc, space_after=0)
                p.paragraph_format.space_before = Pt(5)
                p.paragraph_format.keep_with_next = True
                _right_tab(p, 7.0)
                if b.kind == "role":
                    _run(p, b[1], bold=True)
                    _run(p, "\t" + b[2])
                    p2 = _para(doc, space_after=1)
                    _right_tab(p2, 7.0)
                    _run(p2, b[0], italic=True)
                    _run(p2, "\t" + b[3], italic=True)
                else:
                    _run(p, b[0], bold=True)
                    if b[1]:
                        _run(p, " | " + b[1], italic=True)
                    if b[2]:
                        _run(p, "\t" + b[2])
                for s in b.subs:
                    _para(doc, s, size=10, color="404040", space_after=1)
                for k, v in b.kvs:
                    p = _para(doc, space_after=1)
                    _run(p, k + ": ", bold=True)
                    _run(p, v)
                _bullets(doc, b.bullets)
            else:
                _docx_generic(doc, b)
    _save_docx(doc, cv, out)


# =========================================================================== TXT


def _fill(text: str, width: int = 92, first: str = "", rest: str = "") -> str:
    return textwrap.fill(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def txt_markdown(cv: CV, out: Path) -> None:
    """Markdown as people paste it into a text box: #, ##, ###, **bold**, - lists."""
    lines = [f"# {cv.name}", ""]
    if cv.headline:
        lines += [f"**{cv.headline}**", ""]
    for line in cv.contacts:
        lines.append(" · ".join(line) + "  ")
    for sec in cv.sections:
        lines += ["", f"## {sec.title}", ""]
        for b in sec.blocks:
            if isinstance(b, Item):
                if b.kind == "role":
                    org = ", ".join(x for x in (b[1], b[2]) if x)
                    lines.append(f"### {b[0]} — {org}" if org else f"### {b[0]}")
                    if b[3]:
                        lines.append(f"*{b[3]}*")
                else:
                    lines.append(f"### {b[0]}" + (f" ({b[2]})" if b[2] else ""))
                    if b[1]:
                        lines.append(f"*{b[1]}*")
                for s in b.subs:
                    lines.append(s)
                for k, v in b.kvs:
                    lines.append(f"**{k}:** {v}  ")
                if b.bullets:
                    lines.append("")
                for lvl, t in b.bullets:
                    lines.append("  " * lvl + "- " + t)
                lines.append("")
            elif b[0] == "p":
                lines += [b[1], ""]
            elif b[0] == "li":
                lines.append("  " * b[1] + "- " + b[2])
            elif b[0] == "kv":
                lines.append(f"- **{b[1]}:** {b[2]}")
            elif b[0] == "n":
                lines.append(f"1. {b[1]}")
            elif b[0] == "row":
                lines.append("| " + " | ".join(b[1]) + " |")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    out.write_text(text, encoding="utf-8")


def txt_plain(cv: CV, out: Path) -> None:
    """Plain text as saved from an e-mail or an old job board: capitals and dashes,
    hard-wrapped lines, asterisks for bullets."""
    lines = [cv.name.upper()]
    if cv.headline:
        lines.append(cv.headline)
    for line in cv.contacts:
        lines.append(" / ".join(line))
    for sec in cv.sections:
        lines += ["", "", sec.title.upper(), "-" * len(sec.title)]
        for b in sec.blocks:
            if isinstance(b, Item):
                lines.append("")
                if b.kind == "role":
                    lines.append(b[0].upper() if b[0] else b[1].upper())
                    rest = ", ".join(x for x in ((b[1], b[2]) if b[0] else (b[2],)) if x)
                    lines.append(rest + (f" ({b[3]})" if b[3] else ""))
                else:
                    lines.append(b[0] + (f" ({b[2]})" if b[2] else ""))
                    if b[1]:
                        lines.append(b[1])
                for s in b.subs:
                    lines.append(_fill(s, rest=""))
                for k, v in b.kvs:
                    lines.append(_fill(f"{k}: {v}", rest="    "))
                for lvl, t in b.bullets:
                    pad = "   " * lvl
                    lines.append(_fill(t, first=pad + " * ", rest=pad + "   "))
            elif b[0] == "p":
                lines += [_fill(b[1]), ""]
            elif b[0] == "li":
                pad = "   " * b[1]
                lines.append(_fill(b[2], first=pad + " * ", rest=pad + "   "))
            elif b[0] == "kv":
                lines.append(_fill(f"{b[1]}: {b[2]}", rest="    "))
            elif b[0] == "n":
                lines.append(_fill(b[1], first=" - ", rest="   "))
            elif b[0] == "row":
                lines.append("    ".join(b[1]))
    text = re.sub(r"\n{3,}", "\n\n\n", "\n".join(x.rstrip() for x in lines)).strip() + "\n"
    out.write_text(text, encoding="utf-8")


# =========================================================================== driving

LAYOUTS = {
    "rightdates": (pdf_rightdates, ".pdf"),
    "sidebar": (pdf_sidebar, ".pdf"),
    "jakes": (pdf_jakes, ".pdf"),
    "latex": (pdf_latex, ".pdf"),
    "undercompany": (pdf_undercompany, ".pdf"),
    "band": (pdf_band, ".pdf"),
    "euro": (pdf_euro, ".pdf"),
    "pipes": (pdf_pipes, ".pdf"),
    "headleft": (pdf_headleft, ".pdf"),
    "canva": (pdf_canva, ".pdf"),
    "docx_tablehead": (docx_tablehead, ".docx"),
    "docx_india": (docx_india, ".docx"),
    "docx_plain": (docx_plain, ".docx"),
    "docx_tabs": (docx_tabs, ".docx"),
    "markdown": (txt_markdown, ".txt"),
    "plaintext": (txt_plain, ".txt"),
}


def build_resumes(root: Path) -> list[Path]:
    (root / "resumes").mkdir(parents=True, exist_ok=True)
    built = []
    for src in sorted((SRC / "resumes").glob("*.cv")):
        cv = parse_cv(src)
        fn, ext = LAYOUTS[cv.meta["layout"]]
        out = root / cv.meta["out"]
        if out.suffix != ext or out.parent.name != "resumes":
            raise ValueError(f"{src.name}: layout {cv.meta['layout']} writes resumes/*{ext}")
        fn(cv, out)
        built.append(out)
    return built


def build_jobs(root: Path) -> list[Path]:
    (root / "jobs").mkdir(parents=True, exist_ok=True)
    built = []
    for src in sorted((SRC / "jobs").glob("*.txt")):
        kept = [ln for ln in src.read_text(encoding="utf-8").splitlines()
                if not ln.startswith("%%")]
        out = root / "jobs" / src.name
        out.write_text("\n".join(kept).strip("\n") + "\n", encoding="utf-8")
        built.append(out)
    return built


def build_pairs(root: Path) -> Path:
    pairs = parse_pairs(SRC / "pairs.txt")
    out = root / "pairs.json"
    out.write_text(json.dumps(pairs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def build(root: Path = HERE) -> list[Path]:
    return build_resumes(root) + build_jobs(root) + [build_pairs(root)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="build here instead of next to me")
    ap.add_argument("--png", type=Path, help="also render PDF pages to PNG in this folder")
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args(argv)
    files = build(args.out)
    for f in files:
        print(f.relative_to(args.out))
    if args.png:
        args.png.mkdir(parents=True, exist_ok=True)
        for f in files:
            if f.suffix == ".pdf":
                with fitz.open(f) as d:
                    for i, page in enumerate(d):
                        page.get_pixmap(dpi=args.dpi).save(args.png / f"{f.stem}-p{i + 1}.png")


if __name__ == "__main__":
    sys.exit(main())
