"""Rebuild the third held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout3/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout3/build.py
`--check` rebuilds in memory and reports any committed file that differs, without writing.

Every output is byte-identical on rebuild: PDFs carry fixed metadata dates and no random /ID,
DOCX zips carry fixed member timestamps and fixed core properties, and the line list is shuffled
with a fixed seed. Lines starting with %% in a source are the writer's notes: they are dropped
before anything is rendered.

Resume source (.res) lines:
  @key: value         metadata (output path, template, PDF/DOCX properties)
  NAME: / TAGLINE: / CONTACT:   header lines
  [main] Title / [side] Title  a section in the main flow or in the sidebar / text box
  == f0 || f1 || f2 || f3     an entry: bold line, italic line, place, dates (any may be empty)
  ~ text              a sub-heading inside an entry (a role under one employer, a project name)
  - text              an achievement bullet (goes to lp_lines.jsonl)
  * text              a bullet that is not an achievement (coursework, tool lists)
  > text              a paragraph of achievements (its sentences go to lp_lines.jsonl)
  >~ text             a paragraph that is not an achievement (summary, interests)
  . text              a plain line
  | a | b | c         a table row (DOCX templates)
  # label | 0.8       a skill bar (the drawn sidebar template)
  (blank)             kept only by the plain-text template
Inline: **bold** and ''italic''.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import random
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import docx
import pymupdf
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
LP_SEED = 20251103

# ----------------------------------------------------------------------------------------------
# Source parsing
# ----------------------------------------------------------------------------------------------


@dataclass
class Item:
    kind: str  # entry, sub, bullet, note, para, para_nc, line, row, bar, blank
    text: str = ""
    fields: list[str] = field(default_factory=list)


@dataclass
class Section:
    title: str
    where: str  # main | side
    items: list[Item] = field(default_factory=list)


@dataclass
class Resume:
    path: Path
    meta: dict[str, str]
    name: str = ""
    tagline: str = ""
    contacts: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def side(self) -> list[Section]:
        return [s for s in self.sections if s.where == "side"]

    def main(self) -> list[Section]:
        return [s for s in self.sections if s.where == "main"]


def read_notes_and_meta(text: str) -> tuple[list[str], dict[str, str], list[str]]:
    """Split a source into writer's notes, the leading @meta block, and the remaining lines."""
    notes: list[str] = []
    meta: dict[str, str] = {}
    body: list[str] = []
    in_meta = True
    for raw in text.splitlines():
        if raw.startswith("%%"):
            notes.append(raw[2:].strip())
            continue
        if in_meta and re.match(r"^@[a-z_]+:", raw):
            key, _, value = raw[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if in_meta and not raw.strip():
            continue
        in_meta = False
        body.append(raw)
    return notes, meta, body


def parse_resume(path: Path) -> Resume:
    notes, meta, body = read_notes_and_meta(path.read_text(encoding="utf-8"))
    res = Resume(path=path, meta=meta, notes=notes)
    current: Section | None = None
    for raw in body:
        line = raw.rstrip("\n")
        if line.startswith("  ") and line.strip() and current and current.items:
            # continuation of the previous item
            last = current.items[-1]
            last.text = (last.text + " " + line.strip()).strip()
            continue
        if not line.strip():
            if current is not None:
                current.items.append(Item("blank"))
            continue
        if line.startswith("NAME:"):
            res.name = line[5:].strip()
        elif line.startswith("TAGLINE:"):
            res.tagline = line[8:].strip()
        elif line.startswith("CONTACT:"):
            res.contacts.append(line[8:].strip())
        elif m := re.match(r"^\[(main|side)\]\s?(.*)$", line):
            current = Section(title=m.group(2).strip(), where=m.group(1))
            res.sections.append(current)
        elif current is None:
            raise ValueError(f"{path.name}: text before the first section: {line!r}")
        elif line.startswith("=="):
            fields = [f.strip() for f in line[2:].split("||")]
            fields += [""] * (4 - len(fields))
            current.items.append(Item("entry", fields=fields[:4]))
        elif line.startswith(">~ "):
            current.items.append(Item("para_nc", line[3:].strip()))
        elif line.startswith("> "):
            current.items.append(Item("para", line[2:].strip()))
        elif line.startswith("- "):
            current.items.append(Item("bullet", line[2:].strip()))
        elif line.startswith("* "):
            current.items.append(Item("note", line[2:].strip()))
        elif line.startswith("~ "):
            current.items.append(Item("sub", line[2:].strip()))
        elif line.startswith(". "):
            current.items.append(Item("line", line[2:]))
        elif line.strip() == ".":
            current.items.append(Item("line", ""))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            current.items.append(Item("row", fields=cells))
        elif line.startswith("# "):
            label, _, value = line[2:].rpartition("|")
            current.items.append(Item("bar", label.strip(), fields=[value.strip()]))
        else:
            raise ValueError(f"{path.name}: cannot read line {line!r}")
    return res


# ----------------------------------------------------------------------------------------------
# Inline markup
# ----------------------------------------------------------------------------------------------

INLINE = re.compile(r"(\*\*.+?\*\*|''.+?'')")


def segments(text: str) -> list[tuple[str, bool, bool]]:
    out: list[tuple[str, bool, bool]] = []
    for part in INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append((part[2:-2], True, False))
        elif part.startswith("''") and part.endswith("''") and len(part) > 4:
            out.append((part[2:-2], False, True))
        else:
            out.append((part, False, False))
    return out


def plain(text: str) -> str:
    return "".join(s for s, _, _ in segments(text))


def no_ligatures(escaped: str) -> str:
    """Word and Google Docs exports carry no fi/fl ligatures: split the pair across two runs."""
    return re.sub(r"f([fil])", r"f<span>\1</span>", escaped)


def hx(text: str, lig: bool = False) -> str:
    """Inline markup to HTML."""
    out = []
    for s, b, i in segments(text):
        t = html.escape(s, quote=False)
        if not lig:
            t = no_ligatures(t)
        if b:
            t = f"<b>{t}</b>"
        if i:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


def fake_small_caps(text: str, ratio: float = 0.78, lig: bool = True) -> str:
    """LaTeX \\textsc look: capitals full size, lower case letters as smaller capitals."""
    out = []
    for run in re.findall(r"[a-zà-ÿ]+|[^a-zà-ÿ]+", text):
        if run[0].islower():
            out.append(f'<span style="font-size:{ratio}em">{html.escape(run.upper())}</span>')
        else:
            out.append(html.escape(run) if lig else no_ligatures(html.escape(run)))
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# PDF machinery
# ----------------------------------------------------------------------------------------------

LETTER = pymupdf.paper_rect("letter")
A4 = pymupdf.paper_rect("a4")


@dataclass
class Flow:
    html: str
    css: str
    rect: Callable[[int], pymupdf.Rect | None]  # page number -> where this flow goes, or None


def compose_pdf(page: pymupdf.Rect, flows: list[Flow], meta: dict[str, str],
                decorate: Callable[[pymupdf.Page, int, int], None] | None = None) -> bytes:
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    stories = [pymupdf.Story(f.html, user_css=f.css) for f in flows]
    active = [True] * len(flows)
    started = [False] * len(flows)
    pno = 0
    while any(active):
        if pno > 12:
            raise RuntimeError("layout does not converge")
        dev = writer.begin_page(page)
        for i, (flow, story) in enumerate(zip(flows, stories, strict=True)):
            if not active[i]:
                continue
            rect = flow.rect(pno)
            if rect is None:
                if started[i]:
                    raise RuntimeError(f"flow {i} does not fit in its area ({meta.get('output')})")
                continue
            started[i] = True
            more, _ = story.place(rect)
            story.draw(dev)
            active[i] = bool(more)
        writer.end_page()
        pno += 1
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if decorate:
        for p in doc:
            decorate(p, p.number, doc.page_count)
    when = meta.get("date", "D:20250901120000Z")
    doc.set_metadata({
        "title": meta.get("title", ""),
        "author": meta.get("author", ""),
        "subject": meta.get("subject", ""),
        "keywords": "",
        "creator": meta.get("creator", ""),
        "producer": meta.get("producer", ""),
        "creationDate": when,
        "modDate": meta.get("moddate", when),
        "trapped": "",
    })
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def group_bullets(items: list[Item]) -> list[Item | list[Item]]:
    """Consecutive bullets become one list."""
    out: list[Item | list[Item]] = []
    for it in items:
        if it.kind in ("bullet", "note"):
            if out and isinstance(out[-1], list):
                out[-1].append(it)
            else:
                out.append([it])
        elif it.kind == "blank":
            continue
        else:
            out.append(it)
    return out


def items_html(items: list[Item], entry: Callable[[list[str]], str], lig: bool = False,
               ul_class: str = "", sub: Callable[[str], str] | None = None) -> str:
    parts = []
    for g in group_bullets(items):
        if isinstance(g, list):
            lis = "".join(f"<li>{hx(b.text, lig)}</li>" for b in g)
            parts.append(f'<ul class="{ul_class}">{lis}</ul>')
        elif g.kind == "entry":
            parts.append(entry(g.fields))
        elif g.kind == "sub":
            parts.append(sub(g.text) if sub else f'<p class="sub"><b>{hx(g.text, lig)}</b></p>')
        elif g.kind in ("para", "para_nc"):
            parts.append(f'<p class="para">{hx(g.text, lig)}</p>')
        elif g.kind == "line":
            parts.append(f'<p class="line">{hx(g.text, lig) or "&#160;"}</p>')
        elif g.kind == "row":
            parts.append(f'<p class="line">{hx(" | ".join(g.fields), lig)}</p>')
        elif g.kind == "bar":
            parts.append(f'<p class="bar">{hx(g.text, lig)}</p><p class="barspace">&#160;</p>')
    return "".join(parts)


def two_cell_rows(fields: list[str], lig: bool, left_style: str = "", right_style: str = "") -> str:
    f0, f1, f2, f3 = fields
    rows = []
    if f0 or f3:
        rows.append(f'<tr><td class="el" style="{left_style}"><b>{hx(f0, lig)}</b></td>'
                    f'<td class="er" style="{right_style}">{hx(f3, lig)}</td></tr>')
    if f1 or f2:
        rows.append(f'<tr><td class="el" style="{left_style}"><i>{hx(f1, lig)}</i></td>'
                    f'<td class="er" style="{right_style}"><i>{hx(f2, lig)}</i></td></tr>')
    return f'<table class="entry">{"".join(rows)}</table>'


def fill_rect(page: pymupdf.Page, rect: pymupdf.Rect, rgb: tuple[float, float, float]) -> None:
    page.draw_rect(rect, color=None, fill=rgb, overlay=False, width=0)


# ---- template: Google Docs two-column, narrow column on the right ---------------------------


def tpl_gdocs2col(res: Resume) -> bytes:
    accent = "#2b6a8f"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #222; }}
    h1 {{ font-size: 25pt; margin: 0 0 2pt 0; color: #111; font-weight: normal; }}
    p.tag {{ font-size: 11.5pt; color: {accent}; margin: 0 0 4pt 0; }}
    p.contact {{ font-size: 8.8pt; color: #555; margin: 0; }}
    h2 {{ font-size: 10.5pt; color: {accent}; margin: 10pt 0 3pt 0; font-weight: bold; }}
    table.entry {{ width: 100%; margin-top: 6pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #666; font-size: 8.8pt; }}
    ul {{ margin: 2pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    head = f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>" + "".join(
        f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    def body(sections: list[Section]) -> str:
        return "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry)
                       for s in sections)

    side_css = css + " body { font-size: 8.8pt; } p.line { margin: 0 0 3pt 0; }"
    flows = [
        Flow(head, css, lambda p: pymupdf.Rect(54, 36, 558, 130) if p == 0 else None),
        Flow(body(res.main()), css,
             lambda p: pymupdf.Rect(54, 130 if p == 0 else 48, 400, 750)),
        Flow(body(res.side()), side_css,
             lambda p: pymupdf.Rect(420, 130 if p == 0 else 48, 558, 750)),
    ]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: Word export, one column ------------------------------------------------------


def tpl_word1col(res: Resume) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 10pt; color: #000; }
    h1 { font-size: 19pt; text-align: center; margin: 0; }
    p.contact { text-align: center; font-size: 9pt; margin: 2pt 0 4pt 0; }
    h2 { font-size: 10.5pt; margin: 9pt 0 3pt 0; border-bottom: 1px solid #000; }
    table.entry { width: 100%; margin-top: 4pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    p.sub { margin: 5pt 0 1pt 0; } p.sub b { font-weight: bold; }
    ul { margin: 1pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 1.5pt 0; }
    p.para { margin: 2pt 0 3pt 0; text-align: justify; } p.line { margin: 0 0 2pt 0; }
    """
    head = f"<h1>{hx(res.name)}</h1>" + "".join(
        f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    def sub(text: str) -> str:
        return f'<p class="sub"><b><i>{hx(text)}</i></b></p>'

    body = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry, sub=sub)
                          for s in res.sections)
    flows = [Flow(body, css, lambda p: pymupdf.Rect(50, 44, 562, 752))]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: LaTeX "Jake's resume" look, small caps ---------------------------------------


def tpl_jake(res: Resume) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.4pt; color: #000; }
    h1 { font-size: 24pt; text-align: center; margin: 0 0 2pt 0; font-weight: bold; }
    p.contact { text-align: center; font-size: 9.6pt; margin: 0 0 2pt 0; }
    h2 { font-size: 12.5pt; margin: 7pt 0 2pt 0; border-bottom: 0.6px solid #000; font-weight: normal; }
    table.entry { width: 100%; margin-top: 3pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ul { margin: 1pt 0 1pt 0; padding-left: 18pt; } li { margin: 0 0 0.5pt 0; font-size: 9.8pt; }
    p.line { margin: 1pt 0 0 0; }
    """
    head = f"<h1>{fake_small_caps(res.name)}</h1>" + "".join(
        f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    body = head + "".join(f"<h2>{fake_small_caps(s.title)}</h2>" +
                          items_html(s.items, entry, lig=True) for s in res.sections)
    flows = [Flow(body, css, lambda p: pymupdf.Rect(40, 36, 572, 760))]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: header band, two pages, page footer -------------------------------------------


def tpl_banner(res: Resume) -> bytes:
    band = (0.09, 0.27, 0.31)
    accent = "#17454f"
    css_head = """
    body { font-family: sans-serif; color: #fff; }
    h1 { font-size: 27pt; margin: 0; font-weight: bold; color: #fff; }
    p.tag { font-size: 11pt; margin: 3pt 0 5pt 0; color: #d8ecef; }
    p.contact { font-size: 8.8pt; margin: 0; color: #fff; }
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.7pt; color: #1d1d1d; }}
    h2 {{ font-size: 11pt; color: {accent}; margin: 11pt 0 3pt 0; border-bottom: 1.2px solid {accent}; }}
    table.entry {{ width: 100%; margin-top: 6pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; }}
    ul {{ margin: 2pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2.2pt 0; }}
    p.para {{ margin: 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    head = f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>" + "".join(
        f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    body = "".join(f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry) for s in res.sections)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            fill_rect(page, pymupdf.Rect(0, 0, page.rect.width, 112), band)
        footer = f"{plain(res.name)}  ·  Page {pno + 1} of {count}"
        page.insert_text((54, 770), footer, fontsize=7.5, fontname="helv", color=(0.45, 0.45, 0.45))

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(54, 22, 560, 108) if p == 0 else None),
        Flow(body, css, lambda p: pymupdf.Rect(54, 120 if p == 0 else 46, 560, 752)),
    ]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- template: LaTeX moderncv look: date column on the left ----------------------------------


def tpl_moderncv(res: Resume) -> bytes:
    blue = "#3873b3"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.8pt; color: #222; }}
    td {{ padding: 0; vertical-align: top; }}
    td.dc {{ width: 92pt; text-align: right; padding-right: 9pt; color: #555; font-size: 8.8pt; }}
    td.rule {{ width: 92pt; padding-right: 9pt; }}
    p.rule {{ border-bottom: 5px solid {blue}; margin: 0 0 0 0; font-size: 4pt; }}
    td.h2 {{ color: {blue}; font-size: 13pt; }}
    table.sec {{ width: 100%; margin: 10pt 0 3pt 0; }}
    table.ent {{ width: 100%; margin: 3pt 0 0 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.5pt 0; }}
    p.line {{ margin: 0 0 1.5pt 0; }} p.para {{ margin: 2pt 0; }}
    p.nm {{ font-size: 30pt; margin: 0; color: #111; }}
    p.tag {{ font-size: 12pt; color: #777; margin: 2pt 0 0 0; }}
    p.ct {{ text-align: right; font-size: 8.8pt; margin: 0; color: #333; }}
    """
    contacts = "".join(f"<p class='ct'>{hx(c, True)}</p>" for c in res.contacts)
    head = (f"<table style='width:100%'><tr><td><p class='nm'>{fake_small_caps(res.name, 0.8)}</p>"
            f"<p class='tag'><i>{hx(res.tagline, True)}</i></p></td>"
            f"<td style='width:170pt'>{contacts}</td></tr></table>")
    parts = [head]
    for s in res.sections:
        parts.append(f"<table class='sec'><tr><td class='rule' style='width:92pt'><p class='rule'>&#160;</p></td>"
                     f"<td class='h2' style='width:420pt'>{hx(s.title, True)}</td></tr></table>")
        block: list[str] = []
        date = ""

        def flush() -> None:
            nonlocal block, date
            if block:
                parts.append(f"<table class='ent'><tr><td class='dc'>{hx(date, True)}</td>"
                             f"<td>{''.join(block)}</td></tr></table>")
            block, date = [], ""

        for g in group_bullets(s.items):
            if isinstance(g, list):
                block.append("<ul>" + "".join(f"<li>{hx(b.text, True)}</li>" for b in g) + "</ul>")
            elif g.kind == "entry":
                flush()
                f0, f1, f2, f3 = g.fields
                date = f3
                bits = [f"<b>{hx(f0, True)}</b>"]
                if f1:
                    bits.append(f"<i>{hx(f1, True)}</i>")
                if f2:
                    bits.append(hx(f2, True))
                block.append(f"<p class='line'>{', '.join(bits)}</p>")
            elif g.kind in ("para", "para_nc"):
                block.append(f"<p class='para'>{hx(g.text, True)}</p>")
            elif g.kind == "line":
                block.append(f"<p class='line'>{hx(g.text, True)}</p>")
        flush()
    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(48, 44, 566, 752))]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: Google Docs compact single column (student) ----------------------------------


def tpl_gdocs_compact(res: Resume) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.6pt; color: #000; }
    h1 { font-size: 18pt; margin: 0; }
    p.contact { font-size: 9pt; margin: 1pt 0 2pt 0; }
    h2 { font-size: 10.5pt; margin: 7pt 0 2pt 0; border-bottom: 1px solid #999; color: #000; }
    table.entry { width: 100%; margin-top: 3pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ul { margin: 1pt 0 0 0; padding-left: 14pt; } li { margin: 0 0 1pt 0; }
    p.line { margin: 0 0 1pt 0; } p.para { margin: 2pt 0; }
    """
    head = f"<h1>{hx(res.name)}</h1>" + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    body = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry)
                          for s in res.sections)
    flows = [Flow(body, css, lambda p: pymupdf.Rect(40, 36, 572, 758))]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: academic CV (LaTeX article), A4, page numbers ---------------------------------


def tpl_academic(res: Resume) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.5pt; color: #000; }
    h1 { font-size: 20pt; text-align: center; margin: 0; font-weight: normal; }
    p.tag { text-align: center; font-size: 11pt; margin: 2pt 0 6pt 0; }
    p.contact { text-align: center; font-size: 9.5pt; margin: 0; }
    h2 { font-size: 12pt; margin: 13pt 0 4pt 0; font-weight: bold; }
    table.entry { width: 100%; margin-top: 4pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ol { margin: 2pt 0 0 0; padding-left: 22pt; } ul { margin: 2pt 0 0 0; padding-left: 16pt; }
    li { margin: 0 0 3pt 0; }
    p.para { margin: 2pt 0; text-align: justify; } p.line { margin: 0 0 2pt 0; }
    """
    head = f"<h1>{fake_small_caps(res.name, 0.8)}</h1><p class='tag'><i>{hx(res.tagline, True)}</i></p>" + "".join(
        f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    parts = [head]
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title, True)}</h2>")
        if s.title.lower().startswith("publications"):
            lines = [i for i in s.items if i.kind == "line"]
            pubs = [i for i in s.items if i.kind == "bullet"]
            parts.extend(f"<p class='line'><i>{hx(i.text, True)}</i></p>" for i in lines)
            parts.append("<ol>" + "".join(f"<li>{hx(p.text, True)}</li>" for p in pubs) + "</ol>")
        else:
            parts.append(items_html(s.items, entry, lig=True))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        label = str(pno + 1)
        page.insert_text((page.rect.width / 2 - 3, page.rect.height - 30), label, fontsize=9,
                         fontname="tiro", color=(0, 0, 0))

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(64, 56, 531, 780))]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- template: Word two-column with a shaded sidebar and a photo (A4) -----------------------


def tpl_word2col(res: Resume) -> bytes:
    side_bg = (0.90, 0.93, 0.96)
    accent = "#1f3864"
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.7pt; color: #1a1a1a; }}
    h2 {{ font-size: 10pt; color: {accent}; margin: 11pt 0 3pt 0; border-bottom: 1px solid {accent}; }}
    p.line {{ margin: 0 0 2.5pt 0; }}
    """
    css_main = f"""
    body {{ font-family: sans-serif; font-size: 9.5pt; color: #1a1a1a; }}
    h1 {{ font-size: 22pt; color: {accent}; margin: 0; }}
    p.tag {{ font-size: 12pt; color: #444; margin: 2pt 0 6pt 0; }}
    h2 {{ font-size: 11pt; color: {accent}; margin: 10pt 0 3pt 0; border-bottom: 1px solid {accent}; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 4pt 0; }} p.line {{ margin: 0 0 2pt 0; }}
    """

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    side = "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.side())
    main = f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>" + "".join(
        f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.main())

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 0, 190, page.rect.height), side_bg)
        if pno == 0:  # photo placeholder: head and shoulders in a circle
            c = pymupdf.Point(95, 78)
            page.draw_circle(c, 46, color=(0.75, 0.78, 0.82), fill=(0.80, 0.83, 0.87), overlay=False)
            page.draw_circle(pymupdf.Point(95, 66), 16, color=None, fill=(0.55, 0.58, 0.63), overlay=False)
            page.draw_oval(pymupdf.Rect(67, 86, 123, 122), color=None, fill=(0.55, 0.58, 0.63), overlay=False)

    flows = [
        Flow(side, css_side, lambda p: pymupdf.Rect(20, 136 if p == 0 else 40, 172, 810)),
        Flow(main, css_main, lambda p: pymupdf.Rect(210, 40, 565, 810)),
    ]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- template: Canva-style dark sidebar with drawn skill bars --------------------------------


def tpl_canva(res: Resume) -> bytes:
    navy = (0.11, 0.16, 0.27)
    css_side = """
    body { font-family: sans-serif; font-size: 8.6pt; color: #ffffff; }
    h2 { font-size: 9.6pt; margin: 14pt 0 5pt 0; color: #f3c969; }
    p.line { margin: 0 0 3pt 0; color: #eef; }
    p.bar { margin: 0; color: #fff; } p.barspace { margin: 0 0 3pt 0; font-size: 7pt; }
    """
    css_main = """
    body { font-family: sans-serif; font-size: 9.5pt; color: #222; }
    h1 { font-size: 28pt; margin: 0; color: #1c2945; }
    p.tag { font-size: 11pt; margin: 2pt 0 4pt 0; color: #b8860b; }
    h2 { font-size: 11.5pt; color: #1c2945; margin: 12pt 0 3pt 0; }
    table.entry { width: 100%; margin-top: 6pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; color: #666; }
    ul { margin: 2pt 0 0 0; padding-left: 12pt; } li { margin: 0 0 2.5pt 0; }
    p.para { margin: 2pt 0 3pt 0; } p.line { margin: 0 0 2pt 0; }
    """

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    side = "".join(f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry) for s in res.side())
    main = f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>" + "".join(
        f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.main())
    bars = [(plain(i.text), float(i.fields[0])) for s in res.side() for i in s.items if i.kind == "bar"]

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 0, 205, page.rect.height), navy)
        if pno != 0:
            return
        for label, value in bars:
            hits = [r for r in page.search_for(label) if r.x1 < 205]
            if not hits:
                continue
            r = hits[0]
            track = pymupdf.Rect(24, r.y1 + 2.5, 182, r.y1 + 6.5)
            page.draw_rect(track, color=None, fill=(0.30, 0.35, 0.46), width=0)
            page.draw_rect(pymupdf.Rect(track.x0, track.y0, track.x0 + track.width * value, track.y1),
                           color=None, fill=(0.95, 0.79, 0.41), width=0)

    flows = [
        Flow(side, css_side, lambda p: pymupdf.Rect(24, 36, 184, 760) if p == 0 else None),
        Flow(main, css_main, lambda p: pymupdf.Rect(228, 36, 580, 760)),
    ]
    return compose_pdf(LETTER, flows, res.meta, decorate)


PDF_TEMPLATES: dict[str, Callable[[Resume], bytes]] = {
    "gdocs2col": tpl_gdocs2col,
    "word1col": tpl_word1col,
    "jake": tpl_jake,
    "banner": tpl_banner,
    "moderncv": tpl_moderncv,
    "gdocs_compact": tpl_gdocs_compact,
    "academic": tpl_academic,
    "word2col": tpl_word2col,
    "canva": tpl_canva,
}

# ----------------------------------------------------------------------------------------------
# DOCX machinery
# ----------------------------------------------------------------------------------------------


def zip_fixed(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite a zip with fixed member timestamps and attributes (python-docx stamps 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def parse_when(value: str) -> tuple[int, int, int, int, int, int]:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)", value)
    if not m:
        raise ValueError(f"bad date {value!r}")
    y, mo, d, h, mi, s = (int(x) for x in m.groups())
    return (y, mo, d, h, mi, s)


def new_docx(meta: dict[str, str], font: str, size: float, margins: float = 0.75,
             a4: bool = False) -> docx.document.Document:
    import datetime as dt

    d = docx.Document()
    sec = d.sections[0]
    if a4:
        sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(margins))
    sec.top_margin = sec.bottom_margin = Inches(min(margins, 0.7))
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    pf = normal.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    when = dt.datetime(*parse_when(meta.get("date", "2025-09-01T12:00:00Z")))
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("last_modified_by", meta.get("author", ""))
    cp.title = meta.get("title", "")
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = int(meta.get("revision", "3"))
    cp.created = dt.datetime(*parse_when(meta.get("created", meta.get("date", "2025-09-01T12:00:00Z"))))
    cp.modified = when
    cp.last_printed = when
    return d


def docx_bytes(d: docx.document.Document, meta: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return zip_fixed(buf.getvalue(), parse_when(meta.get("date", "2025-09-01T12:00:00Z")))


def add_runs(par, text: str, bold: bool | None = None, italic: bool | None = None,
             size: float | None = None, color: str | None = None) -> None:
    for s, b, i in segments(text):
        r = par.add_run(s)
        if b or bold:
            r.bold = True
        if i or italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def para(container, text: str = "", style: str | None = None, bold: bool | None = None,
         italic: bool | None = None, size: float | None = None, color: str | None = None,
         align=None, before: float | None = None, after: float | None = None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold, italic, size, color)
    if align is not None:
        p.alignment = align
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def bottom_border(p, color: str = "808080", size: int = 6) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" '
        f'w:color="{color}"/></w:pBdr>'))


def right_tab(p, inches: float) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.RIGHT)


def no_table_borders(table) -> None:
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def entry_line(container, f: list[str], width: float, style: str | None = None, sep: str = ", ") -> None:
    """One line 'bold, italic, place<TAB>dates' with a right tab at the text width."""
    f0, f1, f2, f3 = f
    p = para(container, style=style, before=6, after=1)
    right_tab(p, width)
    add_runs(p, f0, bold=True)
    rest = [x for x in (f1, f2) if x]
    if rest:
        add_runs(p, sep + sep.join(rest), italic=False)
    if f3:
        p.add_run("\t" + f3)


def docx_items(container, items: list[Item], width: float, manual_bullets: bool = False,
               sep: str = ", ") -> None:
    for it in items:
        if it.kind == "entry":
            entry_line(container, it.fields, width, sep=sep)
        elif it.kind == "sub":
            para(container, it.text, bold=True, italic=True, before=4, after=1)
        elif it.kind in ("bullet", "note"):
            if manual_bullets:
                p = para(container, "•\t" + it.text, after=1)
                p.paragraph_format.left_indent = Inches(0.25)
                p.paragraph_format.first_line_indent = Inches(-0.25)
            else:
                para(container, it.text, style="List Bullet", after=1)
        elif it.kind in ("para", "para_nc"):
            para(container, it.text, after=3)
        elif it.kind == "line":
            para(container, it.text, after=1)


# ---- DOCX resume: experience laid out in borderless tables ----------------------------------


def dx_tables(res: Resume) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10.5, 0.7)
    para(d, res.name, bold=True, size=20, color="1F3864", after=0)
    para(d, res.tagline, size=12, color="2E74B5", after=2)
    for c in res.contacts:
        para(d, c, size=9.5, after=4)
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, color="1F3864", before=10, after=3)
        bottom_border(h, "2E74B5")
        if any(i.kind == "entry" for i in s.items) and s.title.lower() != "education":
            table = d.add_table(rows=0, cols=2)
            no_table_borders(table)
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            right = None
            for it in s.items:
                if it.kind == "entry":
                    f0, f1, f2, f3 = it.fields
                    row = table.add_row()
                    left, right = row.cells
                    left.width, right.width = Inches(1.45), Inches(5.65)
                    lp = left.paragraphs[0]
                    add_runs(lp, f3, size=9.5)
                    if f2:
                        para(left, f2, italic=True, size=9, color="595959", after=0)
                    rp = right.paragraphs[0]
                    add_runs(rp, f0, bold=True)
                    if f1:
                        add_runs(rp, " — " + f1)
                elif right is not None:
                    docx_items(right, [it], 5.5)
                else:
                    docx_items(d, [it], 7.0)
        elif any(i.kind == "row" for i in s.items):
            rows = [i.fields for i in s.items if i.kind == "row"]
            ncols = max(len(r) for r in rows)
            table = d.add_table(rows=0, cols=ncols)
            table.style = d.styles["Table Grid"]
            for r in rows:
                cells = table.add_row().cells
                for c, value in zip(cells, r, strict=False):
                    c.paragraphs[0].text = ""
                    add_runs(c.paragraphs[0], value, size=9.5)
        else:
            docx_items(d, s.items, 7.0)
    return docx_bytes(d, m)


# ---- DOCX resume: contact and skills in a floating text box ----------------------------------


def txbx_paragraphs(sections: list[Section]) -> str:
    out = []
    for s in sections:
        out.append(
            '<w:p><w:pPr><w:spacing w:before="120" w:after="40"/></w:pPr><w:r><w:rPr><w:b/>'
            f'<w:color w:val="1F4E79"/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">'
            f"{xml_escape(s.title.upper())}</w:t></w:r></w:p>")
        for it in s.items:
            if it.kind not in ("line", "bullet", "note"):
                continue
            out.append(
                '<w:p><w:pPr><w:spacing w:after="20"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                f'<w:t xml:space="preserve">{xml_escape(plain(it.text))}</w:t></w:r></w:p>')
    return "".join(out)


TEXTBOX_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}.items())


def textbox_run_xml(content: str, width_in: float, height_in: float) -> str:
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    wpt, hpt = width_in * 72, height_in * 72
    return (
        f"<w:r {TEXTBOX_NS}>"
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill><a:ln w="6350"><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
        'fillcolor="#eef3f8" stroked="f">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def dx_textbox(res: Resume) -> bytes:
    m = res.meta
    d = new_docx(m, "Arial", 10, 0.7)
    p = para(d, res.name, bold=True, size=22, color="1F4E79", after=0)
    p._p.append(parse_xml(textbox_run_xml(txbx_paragraphs(res.side()), 2.25, 4.6)))
    para(d, res.tagline, size=11.5, color="404040", after=6)
    for c in res.contacts:
        para(d, c, size=9, after=2)
    for s in res.main():
        h = para(d, s.title.upper(), bold=True, size=11, color="1F4E79", before=9, after=2)
        bottom_border(h, "1F4E79")
        docx_items(d, s.items, 7.1, sep=" | ")
    return docx_bytes(d, m)


# ---- DOCX resume: two newspaper columns after a one-column header ---------------------------


def dx_columns(res: Resume) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri Light", 10, 0.6)
    para(d, res.name, size=24, color="385623", after=0)
    para(d, res.tagline, size=11, color="538135", after=2)
    for c in res.contacts:
        para(d, c, size=9, after=4)
    for s in [s for s in res.main() if s.title.lower() == "summary"]:
        docx_items(d, s.items, 7.3)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "360")
    cols.set(qn("w:equalWidth"), "0")
    for w in (4800, 2470):
        col = parse_xml(f'<w:col {nsdecls("w")} w:w="{w}" w:space="360"/>')
        cols.append(col)
    rest = [s for s in res.main() if s.title.lower() != "summary"]
    for s in rest:
        h = para(d, s.title, bold=True, size=12, color="385623", before=8, after=2)
        bottom_border(h, "A8D08D")
        docx_items(d, s.items, 3.3)
    brk = para(d)
    brk.add_run().add_break(WD_BREAK.COLUMN)
    for s in res.side():
        para(d, s.title, bold=True, size=12, color="385623", before=4, after=2)
        docx_items(d, s.items, 1.7)
    return docx_bytes(d, m)


# ---- DOCX resume: name and contact in the page header ----------------------------------------


def dx_header(res: Resume) -> bytes:
    m = res.meta
    d = new_docx(m, "Cambria", 10.5, 0.8)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, res.name, bold=True, size=16)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in res.contacts:
        cp = sec.header.add_paragraph()
        add_runs(cp, c, size=9)
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("footer", ""), size=8, italic=True)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in res.sections:
        h = para(d, s.title, style="Heading 2", before=8, after=2)
        h.runs[0].font.size = Pt(12)
        docx_items(d, s.items, 6.9)
    return docx_bytes(d, m)


# ---- DOCX resume: Word defaults, typed bullets in places, tabs for dates ----------------------


def dx_plain(res: Resume) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 11, 1.0)
    para(d, res.name, style="Title", after=2)
    for c in res.contacts:
        para(d, c, after=6)
    manual = {t.strip().lower() for t in m.get("manual_bullets", "").split(",") if t.strip()}
    for s in res.sections:
        para(d, s.title, style="Heading 1", before=10, after=3)
        docx_items(d, s.items, 6.5, manual_bullets=s.title.lower() in manual)
    return docx_bytes(d, m)


DOCX_TEMPLATES: dict[str, Callable[[Resume], bytes]] = {
    "docx_tables": dx_tables,
    "docx_textbox": dx_textbox,
    "docx_columns": dx_columns,
    "docx_header": dx_header,
    "docx_plain": dx_plain,
}

# ----------------------------------------------------------------------------------------------
# Plain-text resumes
# ----------------------------------------------------------------------------------------------


def txt_resume(res: Resume) -> bytes:
    m = res.meta
    bullet = m.get("txt_bullet", "- ").replace("\\s", " ").strip('"')
    underline = m.get("txt_underline", "")
    lines = [res.name]
    if res.tagline:
        lines.append(res.tagline)
    lines.extend(res.contacts)
    for s in res.sections:
        lines.append("")
        lines.append(s.title)
        if underline:
            lines.append(underline * len(s.title))
        for it in s.items:
            if it.kind == "blank":
                lines.append("")
            elif it.kind in ("bullet", "note"):
                lines.append(bullet + plain(it.text))
            elif it.kind in ("para", "para_nc", "line", "sub"):
                lines.append(plain(it.text))
            elif it.kind == "entry":
                lines.append(" | ".join(x for x in it.fields if x))
    # collapse runs of more than two blank lines the source may produce at section edges
    text = "\n".join(lines)
    text = re.sub(r"\n{4,}", "\n\n\n", text).rstrip("\n") + "\n"
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


# ----------------------------------------------------------------------------------------------
# Postings
# ----------------------------------------------------------------------------------------------


@dataclass
class Posting:
    path: Path
    meta: dict[str, str]
    blocks: list[tuple[str, str]]  # (kind, text): h, p, li, li2
    notes: list[str]
    raw: list[str]


def parse_posting(path: Path) -> Posting:
    notes, meta, body = read_notes_and_meta(path.read_text(encoding="utf-8"))
    blocks: list[tuple[str, str]] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            blocks.append(("p", " ".join(x.strip() for x in buf)))
            buf.clear()

    for line in body:
        if not line.strip():
            flush()
        elif line.startswith("# "):
            flush()
            blocks.append(("h", line[2:].strip()))
        elif line.startswith("-- "):
            flush()
            blocks.append(("li2", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(("li", line[2:].strip()))
        else:
            buf.append(line)
    flush()
    return Posting(path, meta, blocks, notes, body)


def txt_posting(job: Posting) -> bytes:
    text = "\n".join(job.raw).rstrip("\n") + "\n"
    if job.meta.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def greenhouse_pdf(job: Posting) -> bytes:
    m = job.meta
    css = """
    body { font-family: sans-serif; font-size: 10.5pt; color: #222; }
    p.logo { font-size: 15pt; color: #0b5f56; font-weight: bold; margin: 0 0 14pt 0; }
    h1 { font-size: 21pt; margin: 0 0 3pt 0; color: #111; }
    p.loc { color: #666; font-size: 11pt; margin: 0 0 14pt 0; }
    p.btn { color: #fff; font-weight: bold; margin: 0 0 14pt 0; font-size: 10.5pt; }
    h3 { font-size: 12pt; margin: 12pt 0 4pt 0; }
    p { margin: 0 0 7pt 0; line-height: 1.35; }
    ul { margin: 0 0 6pt 0; padding-left: 18pt; } li { margin: 0 0 3pt 0; }
    ul.sub { margin: 2pt 0 2pt 0; padding-left: 16pt; list-style-type: circle; }
    p.foot { color: #888; font-size: 8.5pt; margin-top: 18pt; }
    """
    parts = [f"<p class='logo'>{hx(m['company_logo'])}</p>", f"<h1>{hx(m['title'])}</h1>",
             f"<p class='loc'>{hx(m['location'])}</p>", "<p class='btn'>&#160;&#160;Apply&#160;&#160;</p>"]
    in_list = False
    for kind, text in job.blocks:
        if kind == "li2":
            parts.append(f"<ul class='sub'><li>{hx(text)}</li></ul>")
            continue
        if kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{hx(text)}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "h":
            parts.append(f"<h3>{hx(text)}</h3>")
        else:
            parts.append(f"<p>{hx(text)}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")
    # the sub-lists are emitted between <li>s of the outer list: merge them into the preceding item
    body = "".join(parts).replace("</li><ul class='sub'>", "<ul class='sub'>").replace(
        "</ul><li>", "</ul></li><li>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((200, 20), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 779), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((570, 779), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)
        if pno == 0:
            hits = page.search_for("Apply")
            if hits:
                r = hits[0]
                page.draw_rect(pymupdf.Rect(r.x0 - 12, r.y0 - 5, r.x1 + 12, r.y1 + 5), color=None,
                               fill=(0.04, 0.37, 0.34), overlay=False, radius=0.25)

    flows = [Flow(body, css, lambda p: pymupdf.Rect(72, 44, 540, 752))]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(LETTER, flows, pdf_meta, decorate)


def workday_docx(job: Posting) -> bytes:
    m = job.meta
    d = new_docx(m, "Arial", 10, 1.0)
    para(d, m["title"], bold=True, size=16, after=6)
    for line in m.get("header_lines", "").split(" ;; "):
        if line:
            label, _, value = line.partition(":")
            p = para(d, after=1)
            add_runs(p, label + ":", bold=True, size=9.5)
            add_runs(p, " " + value.strip(), size=9.5)
    para(d, "", after=4)
    for kind, text in job.blocks:
        if kind == "h":
            para(d, text, bold=True, size=10.5, before=8, after=3)
        elif kind == "li":
            para(d, text, style="List Bullet", after=1)
        elif kind == "li2":
            para(d, text, style="List Bullet 2", after=1)
        else:
            para(d, text, after=6)
    return docx_bytes(d, m)


# ----------------------------------------------------------------------------------------------
# Achievement lines for the labellers
# ----------------------------------------------------------------------------------------------

ABBREV = (r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bapprox\.)(?<!\bU\.S\.)(?<!\bDr\.)"
          r"(?<!\bProf\.)(?<!\bal\.)(?<!\bexp\.)")
SENTENCE = re.compile(ABBREV + r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


def achievement_lines(res: Resume) -> list[str]:
    out = []
    for s in res.sections:
        for it in s.items:
            if it.kind == "bullet":
                out.append(plain(it.text))
            elif it.kind == "para":
                out.extend(x for x in sentences(plain(it.text)) if len(x) >= 25)
    return out


def lp_lines(resumes: list[Resume]) -> bytes:
    seen: set[str] = set()
    rows = []
    for res in resumes:
        stem = Path(res.meta["output"]).stem
        for text in achievement_lines(res):
            if text in seen:
                continue
            seen.add(text)
            rows.append({"id": "N" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8],
                         "text": text, "source": f"{HERE.name}/{stem}"})
    random.Random(LP_SEED).shuffle(rows)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


# ----------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------


def resume_sources() -> list[Path]:
    return sorted((SRC / "resumes").glob("*.res"))


def posting_sources() -> list[Path]:
    return sorted((SRC / "jobs").glob("*.job"))


def build_resume(res: Resume) -> bytes:
    t = res.meta["template"]
    if t in PDF_TEMPLATES:
        return PDF_TEMPLATES[t](res)
    if t in DOCX_TEMPLATES:
        return DOCX_TEMPLATES[t](res)
    if t == "txt":
        return txt_resume(res)
    raise ValueError(f"{res.path.name}: unknown template {t}")


def build_posting(job: Posting) -> bytes:
    t = job.meta["template"]
    if t == "txt":
        return txt_posting(job)
    if t == "greenhouse_pdf":
        return greenhouse_pdf(job)
    if t == "workday_docx":
        return workday_docx(job)
    raise ValueError(f"{job.path.name}: unknown template {t}")


def build_all() -> dict[str, bytes]:
    """Every built file, by path relative to this set's folder (HERE)."""
    out: dict[str, bytes] = {}
    resumes = [parse_resume(p) for p in resume_sources()]
    for res in resumes:
        rel = res.meta["output"]
        if rel in out:
            raise ValueError(f"two sources write {rel}")
        out[rel] = build_resume(res)
    for src in posting_sources():
        job = parse_posting(src)
        rel = job.meta["output"]
        if rel in out:
            raise ValueError(f"two sources write {rel}")
        out[rel] = build_posting(job)
    out["lp_lines.jsonl"] = lp_lines(resumes)
    return out


def writer_notes() -> list[str]:
    """The writer's notes: %% lines of every source, src/NOTES.md and the expectations' reasons."""
    notes: list[str] = []
    for p in resume_sources() + posting_sources():
        notes.extend(read_notes_and_meta(p.read_text(encoding="utf-8"))[0])
    md = SRC / "NOTES.md"
    if md.exists():
        notes.extend(line.strip("-* ").strip() for line in md.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    exp = SRC / "expectations.json"
    if exp.exists():
        for row in json.loads(exp.read_text(encoding="utf-8")):
            notes.append(row["why"])
    return [n for n in notes if len(n) >= 25]


def main(argv: list[str]) -> int:
    built = build_all()
    if "--check" in argv:
        bad = [rel for rel, data in built.items()
               if not (HERE / rel).exists() or (HERE / rel).read_bytes() != data]
        for rel in bad:
            print("differs:", rel)
        print(f"{len(built) - len(bad)}/{len(built)} files identical")
        return 1 if bad else 0
    for sub in ("resumes", "jobs"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if old.is_file() and f"{sub}/{old.name}" not in built:
                old.unlink()
    for rel, data in built.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(built)} files under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
