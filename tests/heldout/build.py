"""Rebuild the held-back input set: resumes (PDF, DOCX, TXT), job postings (TXT) and pairs.json.

Run from the repository root:

    /work/main/.venv/bin/python tests/heldout/build.py          # rebuild everything
    /work/main/.venv/bin/python tests/heldout/build.py --png DIR # also render PDF pages to PNG
    /work/main/.venv/bin/python tests/heldout/build.py --out DIR # build elsewhere (to compare)

Content lives in small source files next to this script:

* ``src/resumes/*.txt`` -- one person each, in the tiny markup below; the ``%% format`` line
  picks the renderer (and so the file type and layout) for that person.
* ``src/jobs/*.txt`` -- one posting each; lines starting with ``%%`` are reviewer notes and are
  dropped, the rest is written to ``jobs/`` unchanged.
* ``PAIRS`` at the end of this file -- which resume is tried against which posting.

Resume markup (one item per line, blank lines ignored)::

    %% key: value          metadata, not rendered (format, style, out, side, ...)
    @name Full Name
    @title Headline        optional
    @contact a | b | c     contact items; several @contact lines make several lines
    # Section name
    ## title | organisation | location | dates     an entry (empty fields allowed)
    > text                 a sub-line of the last entry (team, tech, thesis, GPA)
    - text                 a bullet (of the last entry if any, else of the section);
      - text               two leading spaces: a nested bullet
    + Key: value           a labelled line (skills groups, personal details)
    1. text                a numbered item (publications)
    | a | b | c            a table row (first row of a run is the header)
    anything else          a paragraph

``**bold**`` is honoured by the HTML and DOCX renderers and dropped by the others.

Everything here is invented: people, phone numbers (555-01xx), e-mail addresses, papers.
"""

from __future__ import annotations

import argparse
import io
import json
import re
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
LETTER = fitz.paper_rect("letter")
A4 = fitz.paper_rect("a4")

# --------------------------------------------------------------------------- markup model


@dataclass
class Entry:
    fields: list[str]
    sub: list[str] = field(default_factory=list)
    bullets: list[tuple[int, str]] = field(default_factory=list)

    def f(self, i: int) -> str:
        return self.fields[i] if i < len(self.fields) else ""

    title = property(lambda self: self.f(0))
    org = property(lambda self: self.f(1))
    loc = property(lambda self: self.f(2))
    dates = property(lambda self: self.f(3))


@dataclass
class Section:
    name: str
    blocks: list = field(default_factory=list)  # tuples ("p"|"kv"|"b"|"n"|"row", ...) or Entry


@dataclass
class Resume:
    meta: dict[str, str]
    name: str = ""
    title: str = ""
    contacts: list[list[str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def split(self, names: list[str]) -> tuple[list[Section], list[Section]]:
        """(sections named in `names`, in that order; the others, in file order)."""
        chosen = [s for n in names for s in self.sections if s.name == n]
        return chosen, [s for s in self.sections if s.name not in names]


def parse_resume(path: Path) -> Resume:
    r = Resume(meta={})
    sec: Section | None = None
    entry: Entry | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("%%"):
            k, _, v = line[2:].strip().partition(":")
            r.meta[k.strip()] = v.strip()
        elif line.startswith("@name "):
            r.name = line[6:].strip()
        elif line.startswith("@title "):
            r.title = line[7:].strip()
        elif line.startswith("@contact "):
            r.contacts.append(re.split(r"\s*\|\s*", line[9:].strip()))
        elif line.startswith("## "):
            entry = Entry(re.split(r"\s*\|\s*", line[3:].strip()))
            sec.blocks.append(entry)
        elif line.startswith("# "):
            sec = Section(line[2:].strip())
            r.sections.append(sec)
            entry = None
        elif line.startswith("> "):
            entry.sub.append(line[2:].strip())
        elif line.lstrip().startswith("- "):
            level = 1 if line.startswith("  ") else 0
            text = line.lstrip()[2:].strip()
            if entry is not None:
                entry.bullets.append((level, text))
            else:
                sec.blocks.append(("b", level, text))
        elif line.startswith("+ "):
            k, _, v = line[2:].partition(":")
            sec.blocks.append(("kv", k.strip(), v.strip()))
            entry = None
        elif re.match(r"\d+\. ", line):
            sec.blocks.append(("n", line.split(". ", 1)[1].strip()))
            entry = None
        elif line.startswith("| "):
            sec.blocks.append(("row", re.split(r"\s*\|\s*", line.strip().strip("|").strip())))
            entry = None
        else:
            sec.blocks.append(("p", line.strip()))
            entry = None
    return r


def plain(s: str) -> str:
    return s.replace("**", "")


def html_inline(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def joined(parts: list[str], sep: str) -> str:
    return sep.join(p for p in parts if p)


# --------------------------------------------------------------------------- PDF via fitz.Story

STORY_CSS = {
    # serif, centred header, ruled upper-case headings: a "classic" Word-to-PDF look
    "classic": """
        body{font-family:serif;font-size:10.5pt;color:#111;line-height:1.2}
        h1{font-size:21pt;text-align:center;margin:0 0 2pt 0;letter-spacing:1pt}
        .contact{text-align:center;font-size:9.5pt;margin:0}
        h2{font-size:11pt;letter-spacing:1pt;border-bottom:1px solid #000;margin:11pt 0 4pt 0;padding-bottom:1pt}
        .l1{margin:6pt 0 0 0}.l2{margin:0}
        .sub{margin:0;font-style:italic;font-size:9.5pt}
        ul{margin:2pt 0 2pt 0;padding-left:16pt} li{margin:0 0 1pt 0}
        p{margin:0 0 3pt 0} .kv{margin:0 0 2pt 0}
    """,
    # sans, coloured headline and headings, dates in grey after the employer
    "modern": """
        body{font-family:sans-serif;font-size:9.6pt;color:#26303a;line-height:1.25}
        h1{font-size:24pt;color:#0b5563;margin:0}
        .headline{font-size:11.5pt;color:#4a5a66;margin:1pt 0 3pt 0}
        .contact{font-size:9pt;color:#4a5a66;margin:0 0 4pt 0}
        h2{font-size:11pt;color:#0b5563;border-bottom:2px solid #7fb7be;margin:12pt 0 5pt 0;padding-bottom:2pt}
        .l1{margin:7pt 0 0 0;font-weight:bold;font-size:10.4pt;color:#0b5563}
        .l2{margin:0 0 1pt 0;color:#4a5a66}
        .sub{margin:0 0 1pt 0;font-style:italic;color:#4a5a66}
        ul{margin:2pt 0 2pt 0;padding-left:13pt;list-style-type:disc} li{margin:0 0 2pt 0}
        p{margin:0 0 4pt 0} .kv{margin:0 0 2pt 0}
    """,
    # plain sans, left-aligned, small: a Google-Docs-ish minimal resume
    "minimal": """
        body{font-family:sans-serif;font-size:10pt;color:#000;line-height:1.2}
        h1{font-size:17pt;margin:0}
        .contact{font-size:9.5pt;margin:1pt 0 6pt 0}
        h2{font-size:10.5pt;margin:10pt 0 3pt 0;color:#000}
        .l1{margin:5pt 0 1pt 0}.l2{margin:0}
        .sub{margin:0;font-size:9.5pt}
        ul{margin:1pt 0 2pt 0;padding-left:15pt} li{margin:0 0 1pt 0}
        p{margin:0 0 3pt 0} .kv{margin:0 0 1pt 0}
    """,
    # LaTeX-article look: serif, bold headings with thin rule, dates first on the role line
    "latex": """
        body{font-family:serif;font-size:10.3pt;color:#000;line-height:1.22}
        h1{font-size:19pt;margin:0;text-align:left}
        .contact{font-size:9.5pt;margin:1pt 0 0 0}
        h2{font-size:12pt;margin:10pt 0 4pt 0;border-bottom:0.5px solid #000}
        .l1{margin:5pt 0 0 0}.l2{margin:0;font-style:italic}
        .sub{margin:0;font-size:9.5pt}
        ul{margin:1pt 0 3pt 0;padding-left:18pt} li{margin:0 0 1pt 0}
        p{margin:0 0 3pt 0} ol{margin:0;padding-left:20pt} ol li{margin:0 0 4pt 0} .kv{margin:0 0 2pt 0}
    """,
    # academic CV: serif, centred name, small-caps-like headings, numbered publications
    "academic": """
        body{font-family:serif;font-size:10.5pt;color:#111;line-height:1.25}
        h1{font-size:20pt;text-align:center;margin:0}
        .headline{text-align:center;font-size:11pt;margin:2pt 0 0 0;font-style:italic}
        .contact{text-align:center;font-size:9.5pt;margin:1pt 0 0 0}
        h2{font-size:11.5pt;letter-spacing:1.5pt;margin:13pt 0 4pt 0;color:#7a1f1f;border-bottom:0.6px solid #7a1f1f}
        h3{font-size:10.5pt;font-style:italic;font-weight:normal;margin:6pt 0 2pt 0}
        .l1{margin:5pt 0 0 0}.l2{margin:0}
        .sub{margin:0 0 0 0;font-size:10pt}
        ul{margin:1pt 0 3pt 0;padding-left:18pt} li{margin:0 0 2pt 0}
        p{margin:0 0 4pt 0} ol{margin:0;padding-left:22pt} ol li{margin:0 0 4pt 0} .kv{margin:0 0 2pt 0}
    """,
}


def story_entry(style: str, e: Entry) -> str:
    t, o, loc, d = (html_inline(x) for x in (e.title, e.org, e.loc, e.dates))
    if style == "classic":
        l1 = joined([f"<b>{o}</b>" if o else "", loc], ", ")
        l2 = joined([f"<i>{t}</i>", d], " &nbsp;|&nbsp; ")
        if not o:
            l1, l2 = f"<b>{t}</b>", joined([loc, d], ", ")
    elif style == "modern":
        l1 = t
        l2 = joined([o, loc, d], " &nbsp;·&nbsp; ")
    elif style == "minimal":
        l1 = joined([f"<b>{t}</b>", o, loc], ", ") + (f" ({d})" if d else "")
        l2 = ""
    elif style == "latex":
        l1 = joined([d, f"<b>{t}</b>"], " &nbsp;&nbsp; ")
        l2 = joined([o, loc], ", ")
    else:  # academic
        l1 = joined([f"<b>{d}</b>" if d else "", joined([t, o, loc], ", ")], " &nbsp;&nbsp; ")
        l2 = ""
    out = f'<p class="l1">{l1}</p>'
    if l2:
        out += f'<p class="l2">{l2}</p>'
    for s in e.sub:
        out += f'<p class="sub">{html_inline(s)}</p>'
    out += html_bullets(e.bullets)
    return out


def html_bullets(bullets: list[tuple[int, str]]) -> str:
    if not bullets:
        return ""
    out, depth = "<ul>", 0
    for level, text in bullets:
        while depth < level:
            out, depth = out + "<ul>", depth + 1
        while depth > level:
            out, depth = out + "</ul>", depth - 1
        out += f"<li>{html_inline(text)}</li>"
    return out + "</ul>" * (depth + 1)


def story_html(r: Resume, style: str) -> str:
    upper = style in ("classic", "academic")
    h = [f"<h1>{html_inline(r.name)}</h1>"]
    if r.title:
        h.append(f'<p class="headline">{html_inline(r.title)}</p>')
    for c in r.contacts:
        sep = " &nbsp;•&nbsp; " if style != "latex" else " &nbsp;|&nbsp; "
        h.append(f'<p class="contact">{sep.join(html_inline(x) for x in c)}</p>')
    for s in r.sections:
        h.append(f"<h2>{html_inline(s.name.upper() if upper else s.name)}</h2>")
        i = 0
        blocks = s.blocks
        while i < len(blocks):
            b = blocks[i]
            if isinstance(b, Entry):
                h.append(story_entry(style, b))
            elif b[0] == "p":
                if b[1].startswith("~ "):  # sub-heading inside a section
                    h.append(f"<h3>{html_inline(b[1][2:])}</h3>")
                else:
                    h.append(f"<p>{html_inline(b[1])}</p>")
            elif b[0] == "kv":
                h.append(f'<p class="kv"><b>{html_inline(b[1])}:</b> {html_inline(b[2])}</p>')
            elif b[0] == "b":
                run = []
                while i < len(blocks) and not isinstance(blocks[i], Entry) and blocks[i][0] == "b":
                    run.append((blocks[i][1], blocks[i][2]))
                    i += 1
                h.append(html_bullets(run))
                continue
            elif b[0] == "n":
                run = []
                while i < len(blocks) and not isinstance(blocks[i], Entry) and blocks[i][0] == "n":
                    run.append(f"<li>{html_inline(blocks[i][1])}</li>")
                    i += 1
                start = 1 + sum(1 for x in blocks[: i - len(run)] if not isinstance(x, Entry) and x[0] == "n")
                h.append(f'<ol start="{start}">' + "".join(run) + "</ol>")
                continue
            i += 1
    return "\n".join(h)


def render_story(r: Resume, out: Path) -> None:
    style = r.meta["style"]
    paper = A4 if r.meta.get("paper") == "a4" else LETTER
    m = [float(x) for x in r.meta.get("margins", "54 50 54 50").split()]  # left top right bottom
    where = fitz.Rect(m[0], m[1], paper.width - m[2], paper.height - m[3])
    html = story_html(r, style)
    if r.meta.get("ligatures", "no") != "yes":
        # MuPDF shapes fi/fl/ff into ligature glyphs, which text extraction then returns as
        # U+FB01 etc. TeX-made PDFs do that too (meta "ligatures: yes"); Word and browsers
        # mostly do not, so elsewhere an empty span splits the pair into two glyphs.
        html = re.sub(r">[^<]+", lambda m: re.sub(r"f(?=[fil])", "f<span></span>", m.group(0)),
                      html)
    story = fitz.Story(html=html, user_css=STORY_CSS[style])
    writer = fitz.DocumentWriter(str(out))
    more = 1
    while more:
        dev = writer.begin_page(paper)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    footer = r.meta.get("footer")
    doc = fitz.open(out)
    if footer:
        for page in doc:
            text = footer.format(page=page.number + 1, pages=doc.page_count, name=r.name)
            font = fitz.Font("helv" if style in ("modern", "minimal") else "tiro")
            w = font.text_length(text, 8)
            page.insert_font(fontname="ft", fontbuffer=font.buffer)
            page.insert_text(((paper.width - w) / 2, paper.height - 28), text, fontname="ft",
                             fontsize=8, color=(0.4, 0.4, 0.4))
    finish_pdf(doc, r, out)


def finish_pdf(doc: fitz.Document, r: Resume, out: Path) -> None:
    doc.set_metadata({"title": r.meta.get("pdf_title", f"{r.name} - Resume"), "author": r.name,
                      "creator": r.meta.get("creator", "Microsoft Word"), "producer": "",
                      "creationDate": "", "modDate": ""})
    tmp = out.with_suffix(".tmp.pdf")
    doc.save(tmp, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    tmp.replace(out)


# --------------------------------------------------------------------------- PDF drawn by hand

FONTSETS = {
    "sans": {"r": "helv", "b": "hebo", "i": "heit", "bi": "hebi"},
    "serif": {"r": "tiro", "b": "tibo", "i": "tiit", "bi": "tibi"},
}


class Canvas:
    """A page-at-a-time drawing surface with text wrapping and page breaks.

    Text is written with page.insert_text line by line, in reading order, so the content
    stream (and so plain text extraction) follows the order a person would read.
    """

    def __init__(self, paper: fitz.Rect, fontset: str, top: float, bottom: float,
                 decorate=None):
        self.doc = fitz.open()
        self.paper = paper
        self.fonts = {k: fitz.Font(v) for k, v in FONTSETS[fontset].items()}
        self.top, self.bottom = top, bottom
        self.decorate = decorate
        self.page = None
        self.y = top
        self.new_page()

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=self.paper.width, height=self.paper.height)
        for k, f in self.fonts.items():
            self.page.insert_font(fontname="F" + k, fontbuffer=f.buffer)
        if self.decorate:
            self.decorate(self, self.page.number)
        self.y = self.top_of(self.page.number)

    def top_of(self, pno: int) -> float:
        return self.top if pno == 0 else 50

    def width(self, s: str, font: str = "r", size: float = 10) -> float:
        return self.fonts[font].text_length(s, size)

    def ensure(self, h: float) -> None:
        if self.y + h > self.paper.height - self.bottom:
            self.new_page()

    def put(self, x: float, y: float, s: str, font: str = "r", size: float = 10,
            color=(0, 0, 0), align: str = "left", right: float | None = None) -> None:
        if align == "right":
            x = right - self.width(s, font, size)
        elif align == "center":
            x = x - self.width(s, font, size) / 2
        self.page.insert_text((x, y), s, fontname="F" + font, fontsize=size, color=color)

    def wrap(self, s: str, width: float, font: str = "r", size: float = 10) -> list[str]:
        words, lines, cur = s.split(), [], ""
        for w in words:
            cand = f"{cur} {w}" if cur else w
            if self.width(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, x0: float, x1: float, s: str, font: str = "r", size: float = 10,
             color=(0, 0, 0), lead: float = 1.28, bullet: str | None = None,
             hang: float = 10, space_after: float = 0) -> None:
        """Wrap `s` into [x0, x1] at the cursor; a bullet glyph hangs at x0."""
        tx = x0 + (hang if bullet else 0)
        lines = self.wrap(plain(s), x1 - tx, font, size)
        for n, ln in enumerate(lines):
            self.ensure(size * lead)
            self.y += size * lead
            if n == 0 and bullet:
                if bullet == "dot":
                    self.page.draw_circle((x0 + 2.5, self.y - size * 0.33), 1.3, color=color,
                                          fill=color)
                else:
                    self.put(x0, self.y, bullet, font, size, color)
            self.put(tx, self.y, ln, font, size, color)
        self.y += space_after

    def line_lr(self, x0: float, x1: float, left: str, right: str, lf: str = "b",
                rf: str = "r", size: float = 10, color=(0, 0, 0), rcolor=None,
                lead: float = 1.3) -> None:
        """One line with `left` at x0 and `right` flush to x1 (wrapping `left` if needed)."""
        rw = self.width(right, rf, size) + 12 if right else 0
        lines = self.wrap(plain(left), x1 - x0 - rw, lf, size) or [""]
        for n, ln in enumerate(lines):
            self.ensure(size * lead)
            self.y += size * lead
            self.put(x0, self.y, ln, lf, size, color)
            if n == 0 and right:
                self.put(0, self.y, right, rf, size, rcolor or color, align="right", right=x1)

    def save(self, r: Resume, out: Path) -> None:
        finish_pdf(self.doc, r, out)


def hexcolor(h: str) -> tuple[float, float, float]:
    h = h.lstrip("#")
    return tuple(int(h[i: i + 2], 16) / 255 for i in (0, 2, 4))


def draw_blocks(c: Canvas, blocks: list, x0: float, x1: float, size: float, color,
                accent, entry_fn, bullet="dot") -> None:
    """Paragraphs, labelled lines, bullets, numbered items and entries of one section."""
    num = 0
    for b in blocks:
        if isinstance(b, Entry):
            entry_fn(c, b, x0, x1)
            for lvl, text in b.bullets:
                c.para(x0 + 4 + 10 * lvl, x1, text, size=size, color=color, bullet=bullet)
            c.y += 3
        elif b[0] == "p":
            c.para(x0, x1, b[1], size=size, color=color, space_after=2)
        elif b[0] == "kv":
            c.ensure(size * 1.3)
            lines = c.wrap(f"{b[1]}: {b[2]}", x1 - x0, "r", size)
            # the key in bold on the first line, the rest regular
            first = lines[0]
            c.y += size * 1.3
            key = b[1] + ":"
            c.put(x0, c.y, key, "b", size, accent)
            c.put(x0 + c.width(key + " ", "b", size), c.y, first[len(key) + 1:], "r", size, color)
            for ln in lines[1:]:
                c.ensure(size * 1.3)
                c.y += size * 1.3
                c.put(x0, c.y, ln, "r", size, color)
            c.y += 1.5
        elif b[0] == "b":
            c.para(x0 + 10 * b[1], x1, b[2], size=size, color=color, bullet=bullet)
        elif b[0] == "n":
            num += 1
            c.para(x0, x1, b[1], size=size, color=color, bullet=f"[{num}]", hang=18,
                   space_after=2)


def render_jake(r: Resume, out: Path) -> None:
    """Single column, serif, centred header, rule under headings, dates flush right."""
    L, R = 40, LETTER.width - 40
    c = Canvas(LETTER, "serif", top=36, bottom=36)
    c.y = 36
    c.y += 22
    c.put(LETTER.width / 2, c.y, r.name, "b", 22, align="center")
    for line in r.contacts:
        c.y += 14
        c.put(LETTER.width / 2, c.y, "  |  ".join(line), "r", 9.5, align="center")
    for s in r.sections:
        c.ensure(40)
        c.y += 17
        c.put(L, c.y, s.name.upper(), "r", 11.5)
        c.page.draw_line((L, c.y + 3), (R, c.y + 3), width=0.6)
        c.y += 3

        def entry(c: Canvas, e: Entry, x0: float, x1: float) -> None:
            c.ensure(26)
            if e.loc:  # role or school: two lines, both with a right-hand field
                c.line_lr(x0, x1, e.title, e.dates, "b", "r", 10.3)
                c.line_lr(x0, x1, e.org, e.loc, "i", "i", 9.8)
            else:  # project: name | tech on one line
                left = e.title + (f"  |  {e.org}" if e.org else "")
                c.line_lr(x0, x1, left, e.dates, "b", "r", 10.3)
            for s_ in e.sub:
                c.para(x0, x1, s_, "r", 9.5)

        draw_blocks(c, s.blocks, L + 6, R - 6, 9.8, (0, 0, 0), (0, 0, 0), entry)
    c.save(r, out)


def render_sidebar(r: Resume, out: Path) -> None:
    """Two columns: a coloured sidebar (contact, skills, education, ...) and a main column."""
    side_left = r.meta.get("side_at", "left") == "left"
    side_names = [x.strip() for x in r.meta["side"].split(",")]
    side, main = r.split(side_names)
    band = hexcolor(r.meta.get("band", "#1f2d3d"))
    ink_side = (1, 1, 1) if sum(band) < 1.5 else (0.1, 0.1, 0.1)
    accent = hexcolor(r.meta.get("accent", "#2a7ab0"))
    W, H = LETTER.width, LETTER.height
    sw = 190
    sx0, sx1 = (0, sw) if side_left else (W - sw, W)
    mx0, mx1 = (sw + 28, W - 36) if side_left else (36, W - sw - 28)

    def decorate(c: Canvas, pno: int) -> None:
        c.page.draw_rect(fitz.Rect(sx0, 0, sx1, H), color=None, fill=band, overlay=False)

    c = Canvas(LETTER, "sans", top=40, bottom=40, decorate=decorate)

    def header_main() -> None:
        c.y = 40
        c.y += 26
        c.put(mx0, c.y, r.name, "b", 25, accent if side_left else (0.12, 0.12, 0.12))
        if r.title:
            c.y += 18
            c.put(mx0, c.y, r.title, "r", 12.5, (0.35, 0.35, 0.35))
        c.y += 8

    def draw_side() -> None:
        y_main = c.y
        c.y = 44
        x0, x1 = sx0 + 18, sx1 - 16
        if r.meta.get("contact_in_side", "yes") == "yes":
            c.y += 12
            c.put(x0, c.y, "CONTACT", "b", 10.5, ink_side)
            c.y += 3
            for line in r.contacts:
                for item in line:
                    c.para(x0, x1, item, "r", 8.8, ink_side, lead=1.35)
            c.y += 6
        for s in side:
            c.y += 16
            c.put(x0, c.y, s.name.upper(), "b", 10.5, ink_side)
            c.page.draw_line((x0, c.y + 4), (x1, c.y + 4), color=ink_side, width=0.5)
            c.y += 5

            def sentry(c: Canvas, e: Entry, a: float, b: float) -> None:
                c.para(a, b, e.title, "b", 9, ink_side, lead=1.3)
                c.para(a, b, joined([e.org, e.loc], ", "), "r", 8.8, ink_side, lead=1.3)
                if e.dates:
                    c.para(a, b, e.dates, "i", 8.8, ink_side, lead=1.3)
                for s_ in e.sub:
                    c.para(a, b, s_, "r", 8.5, ink_side, lead=1.3)

            for b in s.blocks:
                if isinstance(b, Entry):
                    sentry(c, b, x0, x1)
                    c.y += 4
                elif b[0] == "kv":
                    c.para(x0, x1, b[1], "b", 9, ink_side, lead=1.35)
                    c.para(x0, x1, b[2], "r", 8.8, ink_side, lead=1.3)
                    c.y += 3
                elif b[0] == "b":
                    c.para(x0, x1, b[2], "r", 8.8, ink_side, lead=1.3, bullet="dot", hang=8)
                else:
                    c.para(x0, x1, b[1], "r", 8.8, ink_side, lead=1.3)
        assert c.page.number == 0 and c.y < H - 30, f"{r.name}: sidebar overflows page 1"
        c.y = y_main

    def mentry(c: Canvas, e: Entry, x0: float, x1: float) -> None:
        c.ensure(30)
        c.line_lr(x0, x1, e.title, e.dates, "b", "r", 10.5, (0.1, 0.1, 0.1), accent)
        c.para(x0, x1, joined([e.org, e.loc], "  ·  "), "r", 9.6, accent)
        for s_ in e.sub:
            c.para(x0, x1, s_, "i", 9.2, (0.35, 0.35, 0.35))
        c.y += 1

    def draw_main() -> None:
        if r.meta.get("contact_in_side", "yes") != "yes":
            for line in r.contacts:
                c.y += 13
                c.put(mx0, c.y, "   ·   ".join(line), "r", 9, (0.3, 0.3, 0.3))
        for s in main:
            c.ensure(40)
            c.y += 20
            c.put(mx0, c.y, s.name.upper(), "b", 11.5, accent)
            c.page.draw_line((mx0, c.y + 4), (mx1, c.y + 4), color=accent, width=0.8)
            c.y += 5
            draw_blocks(c, s.blocks, mx0, mx1, 9.6, (0.15, 0.15, 0.15), accent, mentry)

    header_main()
    if side_left:  # left sidebar read first, then the main column
        draw_side()
        draw_main()
    else:  # main column first, right sidebar after
        draw_main()
        last_page, last_y = c.page, c.y
        c.page = c.doc[0]
        draw_side()
        c.page, c.y = last_page, last_y
    c.save(r, out)


def render_headings_left(r: Resume, out: Path) -> None:
    """Section headings in a narrow left column; content in the right column.

    variant "a": dates flush right on the role line; variant "b" (moderncv-like): the dates
    sit in the left column beside each entry.
    """
    variant = r.meta.get("variant", "a")
    accent = hexcolor(r.meta.get("accent", "#8a1538"))
    W = LETTER.width
    hx0, hx1 = 44, 148
    x0, x1 = 160, W - 44
    c = Canvas(LETTER, r.meta.get("fontset", "sans"), top=44, bottom=44)
    c.y = 44
    c.y += 24
    c.put(44, c.y, r.name, "b", 24, accent)
    if r.title:
        c.y += 17
        c.put(44, c.y, r.title, "i", 12, (0.3, 0.3, 0.3))
    for line in r.contacts:
        c.y += 14
        c.put(44, c.y, "  ·  ".join(line), "r", 9.2, (0.25, 0.25, 0.25))
    c.y += 8
    c.page.draw_line((44, c.y), (x1, c.y), color=accent, width=1.2)
    c.y += 2

    def entry(c: Canvas, e: Entry, a: float, b: float) -> None:
        c.ensure(28)
        if variant == "b":  # the dates in the left column, on the title's first line
            y_first = c.y + 10.2 * 1.28
            c.para(a, b, e.title, "b", 10.2, (0.1, 0.1, 0.1))
            c.put(0, y_first, e.dates, "r", 8.6, accent, align="right", right=hx1)
        else:
            c.line_lr(a, b, e.title, e.dates, "b", "i", 10.2, (0.1, 0.1, 0.1), accent)
        c.para(a, b, joined([e.org, e.loc], ", "), "i" if variant == "a" else "r", 9.6,
               (0.25, 0.25, 0.25))
        for s_ in e.sub:
            c.para(a, b, s_, "r", 9.2, (0.3, 0.3, 0.3))

    for s in r.sections:
        c.ensure(44)
        c.y += 12
        if variant == "a":  # the heading beside the section's first lines
            for n, ln in enumerate(c.wrap(s.name, hx1 - hx0, "b", 10.5)):
                c.put(hx0, c.y + 11 + 13 * n, ln, "b", 10.5, accent)
        else:  # moderncv: a coloured bar in the left column, the heading on its own line
            c.y += 14
            c.page.draw_rect(fitz.Rect(hx0 + 20, c.y - 8, hx1, c.y - 3), color=None, fill=accent)
            c.put(x0, c.y, s.name, "r", 13, accent)
            c.y += 2
        draw_blocks(c, s.blocks, x0, x1, 9.6, (0.12, 0.12, 0.12), accent, entry,
                    bullet="dot" if variant == "a" else "–")
    c.save(r, out)


def render_timeline(r: Resume, out: Path) -> None:
    """A header band and a vertical timeline for the entries of the timeline sections."""
    variant = r.meta.get("variant", "a")
    accent = hexcolor(r.meta.get("accent", "#0f7b6c"))
    band = hexcolor(r.meta.get("band", "#12343b"))
    tl_names = [x.strip() for x in r.meta.get("timeline", "Experience").split(",")]
    W = LETTER.width
    L, R = 42, W - 42
    lx = 128 if variant == "a" else 122  # x of the timeline rule
    cx0 = lx + 16

    c = Canvas(LETTER, "sans", top=40, bottom=44)
    band_h = 92 if variant == "a" else 104
    c.page.draw_rect(fitz.Rect(0, 0, W, band_h), color=None, fill=band, overlay=False)
    c.y = 44
    c.put(L, c.y, r.name, "b", 24, (1, 1, 1))
    if r.title:
        c.y += 19
        c.put(L, c.y, r.title, "r", 12.5, (0.85, 0.92, 0.92))
    for line in r.contacts:
        c.y += 14
        c.put(L, c.y, "   |   ".join(line), "r", 9, (0.9, 0.9, 0.9))
    c.y = band_h + 6

    def plain_entry(c: Canvas, e: Entry, a: float, b: float) -> None:
        c.ensure(26)
        c.line_lr(a, b, e.title, e.dates, "b", "r", 10.2, (0.1, 0.1, 0.1), accent)
        c.para(a, b, joined([e.org, e.loc], ", "), "i", 9.5, (0.3, 0.3, 0.3))
        for s_ in e.sub:
            c.para(a, b, s_, "r", 9.2, (0.3, 0.3, 0.3))

    for s in r.sections:
        c.ensure(44)
        c.y += 18
        c.put(L, c.y, s.name.upper(), "b", 11.5, accent)
        c.page.draw_line((L, c.y + 4), (R, c.y + 4), color=accent, width=0.7)
        c.y += 6
        if s.name not in tl_names:
            draw_blocks(c, s.blocks, L, R, 9.6, (0.15, 0.15, 0.15), accent, plain_entry)
            continue
        for b in s.blocks:
            if not isinstance(b, Entry):
                draw_blocks(c, [b], cx0, R, 9.6, (0.15, 0.15, 0.15), accent, plain_entry)
                continue
            c.ensure(40)
            top = c.y
            page = c.page
            # the dates, left of the rule (written first: read as "2022 - Present  Senior SRE")
            parts = re.split(r"\s+[–-]\s+", b.dates, maxsplit=1)
            if variant == "a":
                for n, p in enumerate(parts):
                    c.put(0, top + 12 + 11 * n, p + (" –" if n == 0 and len(parts) > 1 else ""),
                          "b" if n == 0 else "r", 9.2, accent, align="right", right=lx - 10)
                page.draw_circle((lx, top + 9), 4, color=accent, fill=(1, 1, 1), width=1.6)
            else:
                pill = fitz.Rect(L - 2, top + 2, lx - 10, top + 16)
                page.draw_rect(pill, color=None, fill=accent, radius=0.45, overlay=True)
                c.put((pill.x0 + pill.x1) / 2, top + 12.3, b.dates, "b", 7.8, (1, 1, 1),
                      align="center")
                page.draw_circle((lx, top + 9), 3.2, color=None, fill=accent)
            c.line_lr(cx0, R, b.title, "", "b", "r", 10.6, (0.1, 0.1, 0.1))
            c.para(cx0, R, joined([b.org, b.loc], "  ·  "), "r", 9.6, accent)
            for s_ in b.sub:
                c.para(cx0, R, s_, "i", 9.2, (0.35, 0.35, 0.35))
            for lvl, text in b.bullets:
                c.para(cx0 + 10 * lvl, R, text, size=9.6, color=(0.15, 0.15, 0.15), bullet="dot")
            c.y += 6
            # the rule from this dot down to the end of the entry (per page)
            if c.page is page:
                page.draw_line((lx, top + 13), (lx, c.y + 4), color=accent, width=1)
            else:
                page.draw_line((lx, top + 13), (lx, LETTER.height - 44), color=accent, width=1)
                c.page.draw_line((lx, 46), (lx, c.y + 4), color=accent, width=1)
    c.save(r, out)


# --------------------------------------------------------------------------- DOCX

def _border_bottom(paragraph, color: str = "000000", size: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        bottom.set(qn(f"w:{k}"), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _shade(paragraph, fill: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    for k, v in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shd.set(qn(f"w:{k}"), v)
    ppr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _runs(paragraph, text: str, size: float | None = None, italic: bool = False,
          bold: bool = False, color: RGBColor | None = None) -> None:
    for n, part in enumerate(re.split(r"\*\*", text)):
        if not part:
            continue
        run = paragraph.add_run(part)
        run.bold = bold or n % 2 == 1
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color


def _base_doc(font: str, size: float, margins: float = 0.75) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Inches(margins)
        sec.top_margin = sec.bottom_margin = Inches(0.6)
    return doc


def _save_docx(doc: Document, r: Resume, out: Path) -> None:
    """Save with fixed properties and zip timestamps, so a rebuild gives identical bytes."""
    cp = doc.core_properties
    cp.author = cp.last_modified_by = r.meta.get("docx_author", r.name)
    cp.title = cp.subject = cp.keywords = cp.comments = ""
    cp.created = cp.modified = datetime(2026, 3, 2, 9, 30)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def _bullet(container, text: str, level: int = 0, size: float | None = None):
    p = container.add_paragraph(style="List Bullet 2" if level else "List Bullet")
    _runs(p, text, size)
    p.paragraph_format.space_after = Pt(1)
    return p


def _docx_blocks(container, blocks, size: float, entry_fn) -> None:
    rows: list[list[str]] = []

    def flush_rows() -> None:
        if rows:
            t = container.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = ""
                    _runs(t.cell(i, j).paragraphs[0], cell, size, bold=i == 0)
            rows.clear()

    for b in blocks:
        if not isinstance(b, Entry) and b[0] == "row":
            rows.append(b[1])
            continue
        flush_rows()
        if isinstance(b, Entry):
            entry_fn(container, b)
            for lvl, text in b.bullets:
                _bullet(container, text, lvl, size)
        elif b[0] == "p":
            p = container.add_paragraph()
            _runs(p, b[1], size)
            p.paragraph_format.space_after = Pt(3)
        elif b[0] == "kv":
            p = container.add_paragraph()
            _runs(p, f"**{b[1]}:** {b[2]}", size)
            p.paragraph_format.space_after = Pt(1)
        elif b[0] == "b":
            _bullet(container, b[2], b[1], size)
        elif b[0] == "n":
            p = container.add_paragraph(style="List Number")
            _runs(p, b[1], size)
    flush_rows()


def render_docx(r: Resume, out: Path) -> None:
    style = r.meta["style"]
    {"tabs": docx_tabs, "table": docx_table, "simple": docx_simple, "india": docx_india}[style](
        r, out)


def docx_tabs(r: Resume, out: Path) -> None:
    """Calibri, ruled upper-case headings, role line with a right tab stop for the dates."""
    doc = _base_doc("Calibri", 10.5, 0.7)
    right = Inches(8.5 - 1.4)
    p = doc.add_paragraph()
    _runs(p, r.name, 20, bold=True, color=RGBColor(0x1F, 0x3A, 0x5F))
    for line in r.contacts:
        p = doc.add_paragraph()
        _runs(p, "  •  ".join(line), 9.5)
    for s in r.sections:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(3)
        _runs(h, s.name.upper(), 11, bold=True, color=RGBColor(0x1F, 0x3A, 0x5F))
        _border_bottom(h, "1F3A5F")

        def entry(container, e: Entry) -> None:
            p = container.add_paragraph()
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
            _runs(p, joined([f"**{e.title}**", e.org], ", "))
            if e.dates:
                p.add_run("\t" + e.dates)
            if e.loc:
                q = container.add_paragraph()
                _runs(q, e.loc, 9.5, italic=True)
            for s_ in e.sub:
                q = container.add_paragraph()
                _runs(q, s_, 9.5, italic=True)

        _docx_blocks(doc, s.blocks, 10.5, entry)
    _save_docx(doc, r, out)


def docx_table(r: Resume, out: Path) -> None:
    """Name and contact on top; the whole body in a borderless two-column table."""
    doc = _base_doc("Garamond", 11, 0.8)
    accent = RGBColor(0x6B, 0x2D, 0x5C)
    p = doc.add_paragraph()
    _runs(p, r.name.upper(), 22, bold=True, color=accent)
    if r.title:
        p = doc.add_paragraph()
        _runs(p, r.title, 12, italic=True)
    for line in r.contacts:
        p = doc.add_paragraph()
        _runs(p, " | ".join(line), 10)
    p.paragraph_format.space_after = Pt(8)
    table = doc.add_table(rows=len(r.sections), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    widths = (Inches(1.45), Inches(5.4))
    for i, s in enumerate(r.sections):
        left, right = table.cell(i, 0), table.cell(i, 1)
        left.width, right.width = widths
        left.paragraphs[0].text = ""
        _runs(left.paragraphs[0], s.name.upper(), 10.5, bold=True, color=accent)
        first = right.paragraphs[0]

        def entry(container, e: Entry) -> None:
            p = container.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            _runs(p, joined([f"**{e.title}**", e.org], ", "), 11)
            q = container.add_paragraph()
            _runs(q, joined([e.loc, e.dates], " — "), 10, italic=True)
            for s_ in e.sub:
                q = container.add_paragraph()
                _runs(q, s_, 10, italic=True)

        _docx_blocks(right, s.blocks, 10.5, entry)
        first._p.getparent().remove(first._p)  # the empty paragraph a new cell starts with
        right.add_paragraph().paragraph_format.space_after = Pt(6)
    _save_docx(doc, r, out)


def docx_simple(r: Resume, out: Path) -> None:
    """Word's own styles: Title, Heading 1, List Bullet; dates on their own italic line."""
    doc = _base_doc("Cambria", 11, 1.0)
    doc.add_paragraph(r.name, style="Title")
    for line in r.contacts:
        p = doc.add_paragraph()
        _runs(p, " · ".join(line), 10)
    for s in r.sections:
        doc.add_heading(s.name, level=1)

        def entry(container, e: Entry) -> None:
            p = container.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            _runs(p, joined([f"**{e.title}**", e.org, e.loc], " | "))
            if e.dates:
                q = container.add_paragraph()
                _runs(q, e.dates, 10, italic=True)
            for s_ in e.sub:
                q = container.add_paragraph()
                _runs(q, s_, 10, italic=True)

        _docx_blocks(doc, s.blocks, 11, entry)
    _save_docx(doc, r, out)


def docx_india(r: Resume, out: Path) -> None:
    """'RESUME' title, shaded headings, skills and education in grid tables, personal details
    with tab-aligned colons, a declaration: a layout common in Indian IT-services resumes."""
    doc = _base_doc("Times New Roman", 11, 0.8)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run("RESUME")
    run.bold, run.underline, run.font.size = True, True, Pt(14)
    p = doc.add_paragraph()
    _runs(p, r.name.upper(), 13, bold=True)
    for line in r.contacts:
        for item in line:
            p = doc.add_paragraph()
            _runs(p, item, 11)
    for s in r.sections:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(4)
        _runs(h, s.name + ":", 11.5, bold=True)
        _shade(h, "D9D9D9")
        if s.name == "Personal Details":
            for b in s.blocks:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.0))
                _runs(p, f"{b[1]}\t: {b[2]}")
            continue
        if all(not isinstance(b, Entry) and b[0] == "kv" for b in s.blocks):
            tab = doc.add_table(rows=len(s.blocks), cols=2)
            tab.style = "Table Grid"
            for i, b in enumerate(s.blocks):
                tab.cell(i, 0).text = ""
                _runs(tab.cell(i, 0).paragraphs[0], b[1], 11, bold=True)
                tab.cell(i, 1).text = b[2]
            continue

        def entry(container, e: Entry) -> None:
            p = container.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            _runs(p, e.title, 11, bold=True)
            for label, val in zip(("Client", "Role", "Duration"), (e.org, e.loc, e.dates),
                                  strict=True):
                if val:
                    q = container.add_paragraph()
                    _runs(q, f"**{label}:** {val}")
            for s_ in e.sub:
                q = container.add_paragraph()
                _runs(q, s_)

        _docx_blocks(doc, s.blocks, 11, entry)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(5.2))
    _runs(p, "Place: " + r.meta.get("place", "") + "\t(" + r.name + ")")
    p = doc.add_paragraph()
    _runs(p, "Date:")
    _save_docx(doc, r, out)


# --------------------------------------------------------------------------- TXT

def render_txt(r: Resume, out: Path) -> None:
    style = r.meta["style"]
    lines: list[str] = []
    if style == "caps":  # copied out of a PDF viewer: hard-wrapped, upper-case headings
        wrap = textwrap.TextWrapper(width=92, subsequent_indent="  ")
        lines += [r.name.upper()] + [" | ".join(c) for c in r.contacts]
        for s in r.sections:
            lines += ["", s.name.upper()]
            for b in s.blocks:
                if isinstance(b, Entry):
                    lines += ["", joined([b.title, joined([b.org, b.loc], ", ")], " - ")]
                    if b.dates:
                        lines.append(b.dates)
                    lines += [plain(x) for x in b.sub]
                    for lvl, text in b.bullets:
                        wrap.initial_indent = "  " * lvl + "* "
                        wrap.subsequent_indent = "  " * lvl + "  "
                        lines += wrap.wrap(plain(text))
                elif b[0] == "kv":
                    lines.append(f"{b[1]}: {b[2]}")
                elif b[0] == "b":
                    wrap.initial_indent, wrap.subsequent_indent = "* ", "  "
                    lines += wrap.wrap(plain(b[2]))
                else:
                    wrap.initial_indent = wrap.subsequent_indent = ""
                    lines += wrap.wrap(plain(b[1]))
    else:  # "dashes": typed into a text box, long lines, underlined headings
        lines += [r.name] + ["  ·  ".join(c) for c in r.contacts]
        for s in r.sections:
            lines += ["", s.name.upper(), "-" * len(s.name)]
            for b in s.blocks:
                if isinstance(b, Entry):
                    lines += ["", joined([b.title, joined([b.org, b.loc], ", ")], " — ")]
                    if b.dates:
                        lines.append(b.dates)
                    lines += [plain(x) for x in b.sub]
                    lines += ["  " * lvl + "  • " + plain(t) for lvl, t in b.bullets]
                elif b[0] == "kv":
                    lines.append(f"{b[1]}: {b[2]}")
                elif b[0] == "b":
                    lines.append("  • " + plain(b[2]))
                else:
                    lines.append(plain(b[1]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- driver

RENDERERS = {
    "pdf-story": render_story,
    "pdf-jake": render_jake,
    "pdf-sidebar": render_sidebar,
    "pdf-headings-left": render_headings_left,
    "pdf-timeline": render_timeline,
    "docx": render_docx,
    "txt": render_txt,
}

# (resume, job): each resume against one or two postings its owner might plausibly send it to.
PAIRS = [
    ("daniel_okafor_resume.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("daniel_okafor_resume.pdf", "amazon_sr_applied_scientist_genai_nlp.txt"),
    ("Sofia_Lindqvist_CV.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("Sofia_Lindqvist_CV.pdf", "parcelwise_ml_platform_engineer.txt"),
    ("Hannah Brooks Resume 2026.docx", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("Hannah Brooks Resume 2026.docx", "bluestem_health_data_engineer_ii.txt"),
    ("kevin_tran_resume.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("kevin_tran_resume.pdf", "orchard_lane_software_engineer_new_grad.txt"),
    ("Marisol_Gutierrez_Resume.docx", "amazon_sde2_inventory_platform_seattle.txt"),
    ("Marisol_Gutierrez_Resume.docx", "orchard_lane_software_engineer_new_grad.txt"),
    ("EFitzgerald_CV_2026.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("tomasz_nowak_resume.txt", "amazon_sde2_inventory_platform_seattle.txt"),
    ("tomasz_nowak_resume.txt", "kestrel_pay_senior_backend_engineer.txt"),
    ("Rebecca_Holloway_Resume.pdf", "amazon_sde2_inventory_platform_seattle.txt"),
    ("MarcusBell_EngineeringManager.docx", "amazon_sde2_inventory_platform_seattle.txt"),
    ("MarcusBell_EngineeringManager.docx", "kestrel_pay_senior_backend_engineer.txt"),
    ("chloe-nakamura-resume.pdf", "fieldnote_senior_frontend_engineer.txt"),
    ("ryan_castillo_sre_resume.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("ryan_castillo_sre_resume.pdf", "parcelwise_ml_platform_engineer.txt"),
    ("Priya_Nair_Data_Engineer.pdf", "bluestem_health_data_engineer_ii.txt"),
    ("SaiKiran_Resume_Java_5yrs.docx", "amazon_sde2_inventory_platform_seattle.txt"),
    ("SaiKiran_Resume_Java_5yrs.docx", "kestrel_pay_senior_backend_engineer.txt"),
    ("Natalie Chen - Product Manager.pdf", "amazon_sr_applied_scientist_genai_nlp.txt"),
    ("lin_zhou_cv.pdf", "amazon_sr_applied_scientist_genai_nlp.txt"),
    ("lin_zhou_cv.pdf", "amazon_mle2_delivery_science_sagemaker.txt"),
    ("Moreau_Isabel_CV.pdf", "amazon_sr_applied_scientist_genai_nlp.txt"),
    ("jordan_ellis_resume.txt", "amazon_sde2_inventory_platform_seattle.txt"),
    ("jordan_ellis_resume.txt", "fieldnote_senior_frontend_engineer.txt"),
    ("MinjunPark_Resume.pdf", "amazon_sr_applied_scientist_genai_nlp.txt"),
    ("MinjunPark_Resume.pdf", "orchard_lane_software_engineer_new_grad.txt"),
]


def build_resumes(root: Path = HERE) -> list[Path]:
    outdir = root / "resumes"
    outdir.mkdir(parents=True, exist_ok=True)
    built = []
    for src in sorted((SRC / "resumes").glob("*.txt")):
        r = parse_resume(src)
        out = outdir / r.meta["out"]
        RENDERERS[r.meta["format"]](r, out)
        built.append(out)
    return built


def build_jobs(root: Path = HERE) -> list[Path]:
    outdir = root / "jobs"
    outdir.mkdir(parents=True, exist_ok=True)
    built = []
    for src in sorted((SRC / "jobs").glob("*.txt")):
        text = "".join(ln for ln in src.read_text(encoding="utf-8").splitlines(keepends=True)
                       if not ln.startswith("%%"))
        out = outdir / src.name
        out.write_text(text.lstrip("\n"), encoding="utf-8")
        built.append(out)
    return built


def build_pairs(resumes: list[Path], jobs: list[Path], root: Path = HERE) -> Path:
    names_r = {p.name for p in resumes}
    names_j = {p.name for p in jobs}
    pairs = []
    for res, job in PAIRS:
        assert res in names_r, f"pairs: no resume {res}"
        assert job in names_j, f"pairs: no job {job}"
        pairs.append({"resume": f"resumes/{res}", "job": f"jobs/{job}"})
    assert len({(p["resume"], p["job"]) for p in pairs}) == len(pairs), "duplicate pair"
    out = root / "pairs.json"
    out.write_text(json.dumps(pairs, indent=1) + "\n", encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--png", type=Path, help="also render every PDF page to PNG in this folder")
    ap.add_argument("--out", type=Path, default=HERE,
                    help="write resumes/, jobs/ and pairs.json here (default: next to this script)")
    args = ap.parse_args()
    resumes = build_resumes(args.out)
    jobs = build_jobs(args.out)
    build_pairs(resumes, jobs, args.out)
    stale = {p.name for p in (args.out / "resumes").iterdir()} - {p.name for p in resumes}
    assert not stale, f"files in resumes/ that no source builds: {sorted(stale)}"
    for p in resumes:
        kind = p.suffix.lower()
        if kind == ".pdf":
            with fitz.open(p) as d:
                info = f"{d.page_count} page(s)"
                if args.png:
                    args.png.mkdir(parents=True, exist_ok=True)
                    for page in d:
                        page.get_pixmap(dpi=60).save(args.png / f"{p.stem}_p{page.number + 1}.png")
        else:
            info = f"{p.stat().st_size} bytes"
        print(f"resumes/{p.name}: {info}")
    for p in jobs:
        print(f"jobs/{p.name}: {len(p.read_text(encoding='utf-8').split())} words")
    print(f"pairs.json: {len(PAIRS)} pairs")


if __name__ == "__main__":
    main()
