"""Rebuild the twenty-first held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout21/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout21/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twentieth set's helpers
(font subsetting, fixed metadata after decoration, entry splitting, the check that a PDF holds
all of its source text); this set has its own sources and its own shuffle seed for the line list.
Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
a Japanese "shokumu keirekisho" Word file with one bordered key/value table per project
("docx_shokumu"), an A4 PDF with Dutch section names, a personal-details block and a drawn photo
placeholder at the top right ("dutch_photo"), a PDF whose role dates are separate right-aligned
text written into the page before each role's title ("dates_first"), a Word CV whose achievements
are Word numbered-list paragraphs ("docx_numbered"), a one-page design-tool PDF whose blocks are
separate text boxes written in an order that is not top-down ("design_boxes"), a plain-text
resume pasted into an e-mail body and hard-wrapped at 72 columns ("txt_email"), a two-page PDF
with a thin tinted strip of skills at the left ("thin_sidebar"), a long Word resume in the Indian
services style with a "Project Details" table per client ("docx_project_details"), a functional
PDF resume grouped by skill with a bare chronology at the end ("functional"), and an English A4
PDF with a personal-information grid, dates in a left column, Korean names in brackets and a
drawn bar beside each section name, Hangul fonts subset ("korean_grid").
"""

from __future__ import annotations

import io
import random
import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261210, "heldout21_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, no_table_borders, para,
 plain, right_tab, segments, two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the twentieth set's) -------------------------------------------------------


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def finish_pdf(data: bytes, meta: dict[str, str],
               decorate: Callable[[pymupdf.Page, int, int], None] | None = None) -> bytes:
    """The tail of the third set's compose_pdf: decorations, fixed metadata, no file ID."""
    doc = pymupdf.open("pdf", data)
    if decorate:
        for p in doc:
            decorate(p, p.number, doc.page_count)
    when = meta.get("date", "D:20261101120000Z")
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


def shade_cell(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def add_field(par: Any, instr: str, cached: str, size: float | None = None) -> None:
    """A simple Word field (PAGE, NUMPAGES) with the value Word last showed."""
    sz = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r>{sz}'
                            f'<w:t>{cached}</w:t></w:r></w:fldSimple>'))


def split_entries(items: list[Any]) -> list[tuple[list[str] | None, list[Any]]]:
    """The items of a section cut at each entry: (entry fields or None, the items under it)."""
    out: list[tuple[list[str] | None, list[Any]]] = []
    for it in items:
        if it.kind == "entry":
            out.append((it.fields, []))
        elif it.kind == "blank":
            continue
        else:
            if not out:
                out.append((None, []))
            out[-1][1].append(it)
    return out


def block_html(items: list[Any], lig: bool = False) -> str:
    """Bullets, sub-headings, paragraphs, lines and rows of one entry (no entry line)."""
    parts: list[str] = []
    for g in group_bullets(items):
        if isinstance(g, list):
            parts.append("<ul>" + "".join(f"<li>{hx(b.text, lig)}</li>" for b in g) + "</ul>")
        elif g.kind == "sub":
            parts.append(f"<p class='sub'><b>{hx(g.text, lig)}</b></p>")
        elif g.kind in ("para", "para_nc"):
            parts.append(f"<p class='para'>{hx(g.text, lig)}</p>")
        elif g.kind == "line":
            parts.append(f"<p class='line'>{hx(g.text, lig) or '&#160;'}</p>")
        elif g.kind == "row":
            parts.append(f"<p class='line'>{hx(' | '.join(g.fields), lig)}</p>")
    return "".join(parts)


def first_cell_paragraph(cell: Any) -> Any:
    p = cell.paragraphs[0]
    p.text = ""
    return p


def set_col_widths(table: Any, widths: tuple[Any, ...]) -> None:
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w


def rgb(hexcolor: str) -> tuple[float, float, float]:
    return tuple(int(hexcolor[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


# ---- DOCX: a Japanese "shokumu keirekisho", one bordered table per project --------------------


def dx_shokumu(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Yu Mincho", 10, 0.75, a4=True)
    para(d, m.get("doc_title", "職務経歴書"), bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, m.get("date_line", ""), size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para(d, "氏名　" + res.name, size=10.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    for c in res.contacts:
        para(d, c, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    widths = (Inches(1.55), Inches(5.2))
    label_fill = "DEE6F0"

    def new_table() -> Any:
        t = d.add_table(rows=0, cols=2)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        return t

    def add_row(t: Any, label: str, value: str | None) -> Any:
        cells = t.add_row().cells
        set_col_widths(t, widths)
        lp = first_cell_paragraph(cells[0])
        add_runs(lp, label, bold=True, size=8.5)
        shade_cell(cells[0], label_fill)
        vp = first_cell_paragraph(cells[1])
        if value is not None:
            add_runs(vp, value, size=9)
        return cells[1]

    for s in res.sections:
        h = para(d, s.title, bold=True, size=11, before=12, after=3)
        bottom_border(h, "404040", 6)
        table = None
        ach = None
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(d, "", after=0).paragraph_format.space_after = Pt(2)
                table = new_table()
                add_row(table, "期間 Period", f3)
                add_row(table, "プロジェクト Project", f0)
                add_row(table, "役割 Role", f1)
                add_row(table, "規模 Team size", f2)
                ach = None
                continue
            if it.kind == "row":
                if table is None:
                    table = new_table()
                add_row(table, it.fields[0], " / ".join(it.fields[1:]))
                continue
            if it.kind in ("bullet", "note") and table is not None:
                if ach is None:
                    ach = add_row(table, "業務内容・実績 Responsibilities / achievements", None)
                    p = ach.paragraphs[0]
                else:
                    p = ach.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.16)
                p.paragraph_format.first_line_indent = Inches(-0.16)
                p.paragraph_format.space_after = Pt(1.5)
                add_runs(p, "・" + it.text, size=9)
                continue
            table = None
            ach = None
            if it.kind == "sub":
                p = para(d, it.text, bold=True, size=10.5, before=6, after=1)
                bottom_border(p, "9FB3CC", 4)
            elif it.kind in ("bullet", "note"):
                p = para(d, "・" + it.text, size=9.5, after=1)
                p.paragraph_format.left_indent = Inches(0.18)
                p.paragraph_format.first_line_indent = Inches(-0.18)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, size=9.5, after=4)
            elif it.kind == "line":
                para(d, it.text, size=9.5, after=1)
    para(d, "以上", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10)
    return docx_bytes(d, m)


# ---- PDF: Dutch section names, personal details and a photo placeholder at the top right ------


def tpl_dutch_photo(res: Any) -> bytes:
    ink = "#1b4d6b"
    css_head = f"""
    body {{ font-family: sans-serif; color: #1e1e1e; }}
    p.nm {{ font-size: 24pt; margin: 0; color: {ink}; font-weight: bold; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 6pt 0; color: #444; }}
    td {{ padding: 0 5pt 1pt 0; font-size: 8.8pt; vertical-align: top; }}
    td.k {{ color: #666; }}
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #1e1e1e; }}
    h2 {{ font-size: 11.5pt; color: {ink}; margin: 11pt 0 3pt 0; border-bottom: 0.8px solid {ink};
          letter-spacing: 0.5px; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #444; font-size: 8.9pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    def pair(x: str) -> tuple[str, str]:
        k, _, v = x.partition(": ")
        return (k.strip(), v.strip()) if v else ("", x.strip())

    left = [pair(x) for x in res.meta.get("details", "").split(" ;; ") if x.strip()]
    right = [pair(c) for c in res.contacts]
    rows = []
    for i in range(max(len(left), len(right))):
        cells = ""
        for (k, v), (kw, vw) in zip((left[i] if i < len(left) else ("", ""), right[i] if i < len(right) else ("", "")),
                                    ((58, 116), (48, 168)), strict=True):
            cells += (f"<td class='k' style='width:{kw}pt'>{hx(k + ':') if k else ''}</td>"
                      f"<td style='width:{vw}pt'>{hx(v)}</td>")
        rows.append(f"<tr>{cells}</tr>")
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<table>{''.join(rows)}</table>")

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    body = "".join(f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry) for s in res.sections)
    photo = pymupdf.Rect(470, 40, 555, 146)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            page.draw_rect(photo, color=None, fill=(0.93, 0.93, 0.93), width=0)
            c = pymupdf.Point((photo.x0 + photo.x1) / 2, photo.y0 + 38)
            page.draw_circle(c, 16, color=None, fill=(0.72, 0.74, 0.77))
            page.draw_oval(pymupdf.Rect(c.x - 31, c.y + 21, c.x + 31, photo.y1 + 40), color=None,
                           fill=(0.72, 0.74, 0.77))
            page.draw_rect(pymupdf.Rect(photo.x0 - 1, photo.y1, photo.x1 + 1, photo.y1 + 41), color=None,
                           fill=(1, 1, 1), width=0)
            page.draw_rect(photo, color=(0.6, 0.6, 0.6), width=0.8)
        grey = (0.45, 0.45, 0.45)
        label = f"Curriculum vitae {plain(res.name)} – pagina {pno + 1} van {count}"
        page.insert_text((40, 818), label, fontsize=7, fontname="helv", color=grey)

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(40, 38, 458, 182) if p == 0 else None),
        Flow(body, css, lambda p: pymupdf.Rect(40, 162 if p == 0 else 42, 555, 800)),
    ]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- PDF: each role's dates written into the page before the role's title ---------------------


def compose_chunks(page: pymupdf.Rect, area: pymupdf.Rect, chunks: list[tuple[str, str]], css: str,
                   meta: dict[str, str], decorate: Callable[[pymupdf.Page, int, int], None] | None = None,
                   keep: float = 70) -> bytes:
    """Lay out chunks one after another down the page area: each chunk is (pre, html); a non-empty
    pre is drawn first, right-aligned at the chunk's top line, then the chunk's own story."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    dev = writer.begin_page(page)
    y = area.y0
    pages = 1
    for pre, html in chunks:
        if pre and area.y1 - y < keep and y > area.y0:
            writer.end_page()
            dev = writer.begin_page(page)
            pages += 1
            y = area.y0
        if pre:
            ps = pymupdf.Story(f"<p class='dt'>{pre}</p>", user_css=css)
            ps.place(pymupdf.Rect(area.x0, y, area.x1, y + 40))
            ps.draw(dev)
        story = pymupdf.Story(html, user_css=css)
        ink = story_height(html, css, area.width)
        if y + ink + 2 <= area.y1:
            story.place(pymupdf.Rect(area.x0, y, area.x1, area.y1))
            story.draw(dev)
            y += ink + 1
            continue
        while True:
            more, filled = story.place(pymupdf.Rect(area.x0, y, area.x1, area.y1))
            story.draw(dev)
            if not more:
                y = pymupdf.Rect(filled).y1
                break
            writer.end_page()
            dev = writer.begin_page(page)
            pages += 1
            if pages > 12:
                raise RuntimeError("layout does not converge")
            y = area.y0
    writer.end_page()
    writer.close()
    return finish_pdf(buf.getvalue(), meta, decorate)


def tpl_dates_first(res: Any) -> bytes:
    ink = "#2d2d2d"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.8pt; color: #202020; }}
    p.nm {{ font-size: 21pt; margin: 0; text-align: center; color: {ink}; font-weight: bold; }}
    p.tag {{ font-size: 10.5pt; margin: 1pt 0 2pt 0; text-align: center; color: #505050; }}
    p.contact {{ font-size: 8.8pt; margin: 0; text-align: center; color: #333; }}
    h2 {{ font-size: 10.8pt; margin: 10pt 0 2pt 0; border-bottom: 0.6px solid #555; letter-spacing: 1px; }}
    p.dt {{ text-align: right; margin: 7pt 0 0 0; font-size: 9.2pt; color: #333; }}
    p.t {{ margin: 7pt 120pt 0 0; font-weight: bold; font-size: 10.2pt; }}
    p.o {{ margin: 0 0 1pt 0; font-style: italic; color: #444; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 2pt 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))
    chunks: list[tuple[str, str]] = [("", head)]
    for s in res.sections:
        chunks.append(("", f"<h2>{hx(s.title.upper())}</h2>"))
        for fields, rest in split_entries(s.items):
            if fields is None:
                chunks.append(("", block_html(rest)))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            html = f"<p class='t'>{hx(f0)}</p>" + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest)
            chunks.append((hx(f3), html))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.insert_text((306 - 12, 770), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv",
                         color=(0.45, 0.45, 0.45))

    return compose_chunks(LETTER, pymupdf.Rect(54, 42, 558, 752), chunks, css, res.meta, decorate)


# ---- DOCX: achievements as Word numbered-list paragraphs ----------------------------------------


def dx_numbered(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Garamond", 11, 0.85)
    width = 8.5 - 1.7
    para(d, res.name, bold=True, size=18, color="203864", after=0)
    if res.tagline:
        para(d, res.tagline, italic=True, size=10.5, color="404040", after=2)
    for c in res.contacts:
        para(d, c, size=9.5, after=0)
    for s in res.sections:
        h = para(d, before=12, after=3)
        r = h.add_run(s.title)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(12)
        bottom_border(h, "203864", 6)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                right_tab(p, width)
                add_runs(p, f0, bold=True)
                if f3:
                    p.add_run("\t" + f3)
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    para(d, org, italic=True, after=1)
            elif it.kind == "bullet":
                para(d, it.text, style="List Number", after=1)
            elif it.kind == "note":
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "line" and s.title.lower().startswith("selected publications"):
                para(d, it.text, style="List Number 2", after=2)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, after=1)
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, before=3, after=1)
    return docx_bytes(d, m)


# ---- PDF: a design-tool page, every block its own text box, written out of reading order ------


def story_height(html: str, css: str, width: float) -> float:
    """How far down the ink of a story reaches when it is placed at the top of a tall box."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    dev = writer.begin_page(pymupdf.Rect(0, 0, width, 2000))
    story = pymupdf.Story(html, user_css=css)
    more, _ = story.place(pymupdf.Rect(0, 0, width, 2000))
    if more:
        raise RuntimeError("a text box does not fit")
    story.draw(dev)
    writer.end_page()
    writer.close()
    page = pymupdf.open("pdf", buf.getvalue())[0]
    return max(b[3] for b in page.get_text("blocks"))


def tpl_design_boxes(res: Any) -> bytes:
    panel = (0.91, 0.94, 0.95)
    ink = "#0f5c6e"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #1f1f1f; }}
    p.nm {{ font-size: 25pt; margin: 0; color: #10242b; font-weight: bold; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 0 0; color: {ink}; }}
    p.ct {{ font-size: 8.4pt; margin: 0 0 2.5pt 0; }}
    p.h {{ font-size: 10pt; font-weight: bold; color: {ink}; margin: 0 0 2pt 0; letter-spacing: 1.5px; }}
    p.t {{ font-weight: bold; margin: 0; font-size: 9.2pt; }}
    p.o {{ margin: 0 0 1pt 0; color: #555; font-size: 8.3pt; }}
    ul {{ margin: 0; padding-left: 9pt; }} li {{ margin: 0 0 1.5pt 0; }}
    p.para {{ margin: 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 0; }}
    """
    left = (30.0, 178.0)
    right = (202.0, 584.0)
    boxes: list[tuple[str, tuple[float, float], str]] = []  # (column, x range, html)
    boxes.append(("R", right, f"<p class='nm'>{hx(res.name, True)}</p>"
                              + (f"<p class='tag'>{hx(res.tagline, True)}</p>" if res.tagline else "")))
    boxes.append(("L", left, "<p class='h'>CONTACT</p>" + "".join(f"<p class='ct'>{hx(c, True)}</p>"
                                                                    for c in res.contacts)))

    def entry_html(fields: list[str], rest: list[Any]) -> str:
        f0, f1, f2, f3 = fields
        org = " · ".join(x for x in (f1, f2, f3) if x)
        return (f"<p class='t'>{hx(f0, True)}</p>" + (f"<p class='o'>{hx(org, True)}</p>" if org else "")
                + block_html(rest, True))

    for s in res.sections:
        col, xr = ("L", left) if s.where == "side" else ("R", right)
        parts = split_entries(s.items)
        head = f"<p class='h'>{hx(s.title.upper(), True)}</p>"
        if col == "R" and sum(1 for f, _ in parts if f is not None) > 1:
            boxes.append((col, xr, head))
            for fields, rest in parts:
                boxes.append((col, xr, entry_html(fields, rest) if fields is not None else block_html(rest, True)))
        else:
            inner = "".join(entry_html(f, r) if f is not None else block_html(r, True) for f, r in parts)
            boxes.append((col, xr, head + inner))
    y = {"L": 40.0, "R": 36.0}
    gap = {"L": 16.0, "R": 9.0}
    placed: list[tuple[pymupdf.Rect, str]] = []
    for col, (x0, x1), html in boxes:
        h = story_height(html, css, x1 - x0)
        placed.append((pymupdf.Rect(x0, y[col], x1, y[col] + h + 2), html))
        y[col] += h + (2.0 if html.count("<p") == 1 and html.startswith("<p class='h'>") else gap[col])
    if max(y.values()) > 770:
        raise RuntimeError(f"{res.meta['output']}: the boxes do not fit on one page ({max(y.values()):.0f})")
    rule = placed[0][0].y1 + 2
    order = list(range(len(placed)))
    random.Random(int(res.meta.get("box_seed", "7"))).shuffle(order)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    dev = writer.begin_page(LETTER)
    for i in order:
        rect, html = placed[i]
        story = pymupdf.Story(html, user_css=css)
        more, _ = story.place(rect + (0, 0, 0, 6))
        if more:
            raise RuntimeError("a text box lost its text")
        story.draw(dev)
    writer.end_page()
    writer.close()

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 0, 190, page.rect.height), panel)
        page.draw_line(pymupdf.Point(202, rule), pymupdf.Point(584, rule), color=rgb(ink), width=1.4)

    return finish_pdf(buf.getvalue(), res.meta, decorate)


# ---- TXT: a resume pasted into an e-mail body, hard-wrapped at 72 columns ---------------------


def txt_email(res: Any) -> bytes:
    m = res.meta

    def meta_lines(key: str) -> list[str]:
        return [x.strip() for x in m.get(key, "").split(";;")] if m.get(key) else []

    wrap = textwrap.TextWrapper(width=72, break_long_words=False, break_on_hyphens=False)
    def wrapped(key: str) -> list[str]:
        return [w for x in meta_lines(key) for w in (wrap.wrap(x) or [""])]

    lines = meta_lines("mail_head") + [""] + wrapped("mail_open") + [""]
    lines.append(plain(res.name))
    if res.tagline:
        lines.append(plain(res.tagline))
    lines.extend(plain(c) for c in res.contacts)
    for s in res.sections:
        lines += ["", s.title]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                lines.append("")
                lines.extend(wrap.wrap(" | ".join(x for x in it.fields if x)))
            elif it.kind in ("bullet", "note"):
                lines.extend(wrap.wrap("- " + plain(it.text)))
            elif it.kind in ("para", "para_nc"):
                lines.extend(wrap.wrap(plain(it.text)))
            elif it.kind == "row":
                lines.append(" | ".join(it.fields))
            else:
                lines.extend(wrap.wrap(plain(it.text)) or [""])
    lines += [""] + wrapped("mail_close")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


# ---- PDF: a thin tinted strip of skills at the left, two pages --------------------------------


def tpl_thin_sidebar(res: Any) -> bytes:
    strip = (0.93, 0.91, 0.86)
    ink = "#7a4b12"
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 7.8pt; color: #2b2b2b; }}
    h3 {{ font-size: 8pt; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1px; }}
    p.line {{ margin: 0 0 2.2pt 0; }}
    """
    css_main = f"""
    body {{ font-family: serif; font-size: 10pt; color: #1c1c1c; }}
    p.nm {{ font-size: 23pt; margin: 0; color: #222; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 2pt 0; color: {ink}; }}
    p.contact {{ font-size: 8.8pt; margin: 0 0 4pt 0; color: #444; }}
    h2 {{ font-size: 11pt; color: {ink}; margin: 12pt 0 3pt 0; border-bottom: 0.5px solid {ink}; }}
    table.entry {{ width: 100%; margin-top: 6pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 9pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    side = "".join(f"<h3>{hx(s.title.upper(), True)}</h3>" + "".join(
        f"<p class='line'>{hx(i.text, True)}</p>" for i in s.items if i.kind == "line") for s in res.side())
    head = (f"<p class='nm'>{hx(res.name, True)}</p>" + (f"<p class='tag'>{hx(res.tagline, True)}</p>"
            if res.tagline else "") + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    body = head + "".join(f"<h2>{hx(s.title, True)}</h2>" + items_html(s.items, entry, lig=True)
                          for s in res.main())
    owner = plain(res.name)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 0, 104, page.rect.height), strip)
        grey = (0.45, 0.45, 0.45)
        label = f"{owner}  ·  {pno + 1}"
        page.insert_text((574 - pymupdf.get_text_length(label, "tiro", 7.5), 774), label, fontsize=7.5,
                         fontname="tiro", color=grey)

    flows = [Flow(side, css_side, lambda p: pymupdf.Rect(14, 36, 96, 760) if p == 0 else None),
             Flow(body, css_main, lambda p: pymupdf.Rect(124, 40, 574, 752))]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- DOCX: Indian services style, a "Project Details" table per client -------------------------


def dx_project_details(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10.5, 0.7, a4=True)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, "Page ", size=8)
    add_field(fp, "PAGE", "1", size=8)
    para(d, res.name, bold=True, size=15, color="1F3864", after=0)
    if res.tagline:
        para(d, res.tagline, bold=True, size=10.5, after=1)
    for c in res.contacts:
        para(d, c, size=10, after=0)
    bottom_border(d.paragraphs[-1], "1F3864", 12)
    widths2 = (Inches(1.55), Inches(5.3))
    table = None
    for s in res.sections:
        h = para(d, s.title, bold=True, size=11, color="1F3864", before=11, after=4)
        bottom_border(h, "8EAADB", 6)
        table = None
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "row":
                if table is None:
                    table = d.add_table(rows=0, cols=len(it.fields))
                    table.style = d.styles["Table Grid"]
                    table.alignment = WD_TABLE_ALIGNMENT.LEFT
                    header = len(it.fields) > 2
                else:
                    header = False
                cells = table.add_row().cells
                for j, (c, v) in enumerate(zip(cells, it.fields, strict=False)):
                    cp = first_cell_paragraph(c)
                    add_runs(cp, v, bold=(header or (j == 0 and len(it.fields) == 2)), size=9.5)
                    if (j == 0 and len(it.fields) == 2) or header:
                        shade_cell(c, "EDEDED")
                if len(it.fields) == 2:
                    set_col_widths(table, widths2)
                continue
            table = None
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=8, after=0)
                add_runs(p, "Organization: ", bold=True)
                add_runs(p, ", ".join(x for x in (f1, f2) if x))
                p = para(d, after=0)
                add_runs(p, "Designation: ", bold=True)
                add_runs(p, f0)
                p = para(d, after=2)
                add_runs(p, "Duration: ", bold=True)
                add_runs(p, f3)
            elif it.kind == "sub":
                if it.text.lower().startswith("project"):
                    p = para(d, before=7, after=2)
                    r = p.add_run(it.text + " – Project Details")
                    r.bold = True
                    r.underline = True
                else:
                    para(d, it.text, bold=True, before=4, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, italic=s.title.isupper() and "EXPERIENCE" in s.title, after=1)
    if m.get("declaration"):
        h = para(d, "DECLARATION", bold=True, size=11, color="1F3864", before=11, after=4)
        bottom_border(h, "8EAADB", 6)
        para(d, m["declaration"], after=10)
        p = para(d, after=0)
        right_tab(p, 6.85)
        add_runs(p, m.get("place_line", "Place:"))
        p.add_run("\t" + f"({plain(res.name).title()})")
        para(d, m.get("date_line", "Date:"), after=0)
    return docx_bytes(d, m)


# ---- PDF: a functional resume, achievements by skill, a bare chronology at the end -------------


def tpl_functional(res: Any) -> bytes:
    ink = "#3b3b6d"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #1b1b1b; }}
    p.nm {{ font-size: 22pt; margin: 0; text-align: center; color: {ink}; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 3pt 0; text-align: center; color: #444; }}
    p.contact {{ font-size: 9pt; margin: 0; text-align: center; color: #333; }}
    h2 {{ font-size: 10.6pt; color: {ink}; margin: 10pt 0 3pt 0; border-bottom: 1px solid {ink};
          letter-spacing: 0.8px; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 14pt; }} li {{ margin: 0 0 2.2pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    table.ch {{ width: 100%; margin: 0; }} td {{ padding: 0 0 2pt 0; }} td.y {{ text-align: right; color: #444; }}
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)]
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title.upper())}</h2>")
        lines = [i for i in s.items if i.kind == "line"]
        if lines and all(" — " in i.text for i in lines):
            rows = []
            for i in lines:
                what, _, when = i.text.rpartition(" — ")
                rows.append(f"<tr><td>{hx(what)}</td><td class='y' style='width:90pt'>{hx(when)}</td></tr>")
            parts.append(f"<table class='ch'>{''.join(rows)}</table>")
        else:
            parts.append(block_html(s.items))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if count > 1:
            page.insert_text((540, 770), f"{pno + 1}", fontsize=8, fontname="helv", color=(0.4, 0.4, 0.4))

    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(58, 42, 554, 754))],
                       res.meta, decorate)


# ---- PDF: Korean-style English resume, info grid, dates in a left column -----------------------


def tpl_korean_grid(res: Any) -> bytes:
    ink = "#1d3f8f"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #1a1a1a; }}
    p.ttl {{ font-size: 19pt; margin: 0 0 2pt 0; text-align: center; letter-spacing: 6px; color: #111; }}
    p.tag {{ font-size: 10pt; margin: 0 0 7pt 0; text-align: center; color: {ink}; }}
    table.info {{ width: 100%; margin: 0 0 4pt 0; border: 0.6px solid #8a8a8a; }}
    table.info td {{ padding: 2pt 4pt; font-size: 8.8pt; border: 0.5px solid #b0b0b0; }}
    td.k {{ background-color: #e8edf7; font-weight: bold; width: 70pt; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 12pt 0 3pt 9pt; }}
    table.ent {{ width: 100%; margin: 4pt 0 0 0; }}
    td {{ vertical-align: top; padding: 0; }}
    td.d {{ width: 92pt; color: #333; font-size: 8.9pt; }}
    p.t {{ margin: 0; font-weight: bold; }} p.o {{ margin: 0 0 1pt 0; color: #555; font-size: 8.9pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 2.2pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    info = [x.split(" :: ", 1) for x in res.meta.get("info", "").split(" ;; ") if " :: " in x]
    rows = []
    for i in range(0, len(info), 2):
        cells = "".join(f"<td class='k'>{hx(k)}</td><td>{hx(v)}</td>" for k, v in info[i:i + 2])
        rows.append(f"<tr>{cells}</tr>")
    parts = ["<p class='ttl'>RESUME</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"<table class='info'>{''.join(rows)}</table>"]
    titles = []
    for s in res.sections:
        titles.append(s.title)
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='ent'><tr><td class='d'>{hx(f3)}</td><td><p class='t'>{hx(f0)}</p>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest) + "</td></tr></table>")
    name = plain(res.name)
    bar = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for t in titles:
            for r in page.search_for(t):
                if r.x0 < 70:
                    page.draw_rect(pymupdf.Rect(44, r.y0 - 1, 48.5, r.y1 + 1), color=None, fill=bar, overlay=False)
                    page.draw_line(pymupdf.Point(r.x1 + 8, (r.y0 + r.y1) / 2), pymupdf.Point(550, (r.y0 + r.y1) / 2),
                                   color=(0.78, 0.82, 0.9), width=0.5)
                    break
        grey = (0.45, 0.45, 0.45)
        page.insert_text((44, 818), f"{name} — Resume", fontsize=7, fontname="helv", color=grey)
        page.insert_text((532, 818), f"{pno + 1} / {count}", fontsize=7, fontname="helv", color=grey)

    data = compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(44, 40, 551, 800))],
                       res.meta, decorate)
    return subset_fonts(data)


PDF_TEMPLATES["dutch_photo"] = tpl_dutch_photo
PDF_TEMPLATES["dates_first"] = tpl_dates_first
PDF_TEMPLATES["design_boxes"] = tpl_design_boxes
PDF_TEMPLATES["thin_sidebar"] = tpl_thin_sidebar
PDF_TEMPLATES["functional"] = tpl_functional
PDF_TEMPLATES["korean_grid"] = tpl_korean_grid
DOCX_TEMPLATES["docx_shokumu"] = dx_shokumu
DOCX_TEMPLATES["docx_numbered"] = dx_numbered
DOCX_TEMPLATES["docx_project_details"] = dx_project_details
_base_build_resume = _ns["build_resume"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def check_complete(res: Any, data: bytes) -> None:
    """Every piece of the source shows up in the PDF's text: a story that overflows its area
    at an unlucky height can report itself finished and drop the rest, so a layout change that
    loses text fails the build instead of shipping a shorter resume."""
    doc = pymupdf.open("pdf", data)
    text = _squash(" ".join(p.get_text() for p in doc))
    wanted: list[str] = [res.name, *res.contacts]
    wanted += [v for x in res.meta.get("info", "").split(" ;; ") for v in x.split(" :: ")[1:]]
    for sec in res.sections:
        wanted.append(sec.title)
        for it in sec.items:
            if it.kind == "row":
                wanted.extend(w for f in it.fields for w in f.split())
            elif it.kind == "entry":
                wanted.extend(it.fields)
            elif it.kind == "line" and " — " in it.text:
                wanted.extend(it.text.rsplit(" — ", 1))
            else:
                wanted.append(it.text)
    missing = [w for w in wanted if _squash(plain(w)) and _squash(plain(w))[:30] not in text]
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_email":
        return txt_email(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


_ns["build_resume"] = build_resume

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
