"""Rebuild the thirty-first held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout31/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout31/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF whose jobs each carry a bordered three-column Challenge / What I did / Result table
("car_table"); a long A4 academic CV opening with a linked contents box, PDF bookmarks, numbered
section names and a running header from page two ("toc_academic"); a personal portfolio website
printed from the browser, with a dark navigation bar, buttons, a grid of project cards with drawn
map thumbnails and the browser's print lines ("portfolio_site"); a French CV returned by a careers
coach with highlight and sticky-note annotations ("coach_annotated"); an A4 PDF whose body runs
in three narrow columns under a full-width header ("three_column"); a Word file in Word 97-2003
compatibility mode whose entries are single paragraphs held together by manual line breaks
("docx_compat_breaks"); a Word application dossier with a cover page in a cover-page content
control, a cover letter and the CV ("docx_dossier"); a Word CV on a former employer's company
template whose header values are Word fields with their cached results ("docx_fields"); an Emacs
Org-mode file saved as text ("txt_org"); and a bilingual Spanish and English text file in
ISO-8859-1 with dotted-leader label lines ("txt_ficha"). Two posting layouts are added: an ad
printed from a Finnish job site with a drawn banner, tag chips and a sticky apply bar on every
page ("fi_jobsite_pdf"), and a Central African employer's numbered recruitment notice in Word
with a boxed title and a signature block ("cm_avis_docx").
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261220, "heldout31_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 group_bullets, hx, main, new_docx, no_table_borders, para, plain, right_tab) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "group_bullets", "hx", "main", "new_docx", "no_table_borders", "para",
    "plain", "right_tab"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up

# ---- shared helpers (the twenty-fifth set's) ---------------------------------------------------


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def shade_cell(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def split_entries(items: list[Any]) -> list[tuple[list[str] | None, list[Any]]]:
    """The items of a section cut at each entry: (entry fields or None, the items under it)."""
    out: list[tuple[list[str] | None, list[Any]]] = []
    for it in items:
        if it.kind == "entry":
            out.append((it.fields, []))
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
    """Cell widths and the table grid both, so that Word and LibreOffice lay the columns out alike."""
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        col.w = w


def rgb(hexcolor: str) -> tuple[float, float, float]:
    return tuple(int(hexcolor[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def meta_pairs(meta: dict[str, str], key: str) -> list[tuple[str, str]]:
    """'a => b ;; c => d' as [(a, b), (c, d)]."""
    out = []
    for chunk in meta.get(key, "").split(";;"):
        left, sep, right = chunk.partition("=>")
        if sep:
            out.append((left.strip(), right.strip()))
    return out


def meta_list(meta: dict[str, str], key: str) -> list[str]:
    return [c.strip() for c in meta.get(key, "").split(";;") if c.strip()]


def text_lines(page: pymupdf.Page) -> list[tuple[str, pymupdf.Rect]]:
    """Every text line of a page with its box."""
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            out.append(("".join(s["text"] for s in line["spans"]).strip(), pymupdf.Rect(line["bbox"])))
    return out


def entry_block(fields: list[str], rest: list[Any], org_sep: str = ", ") -> str:
    f0, f1, f2, f3 = fields
    org = org_sep.join(x for x in (f1, f2) if x)
    return (f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
            + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest))


def page_number(page: pymupdf.Page, pno: int, count: int, x: float, y: float, fmt: str = "{n} / {c}") -> None:
    if count > 1:
        label = fmt.format(n=pno + 1, c=count)
        page.insert_text((x - pymupdf.get_text_length(label, "helv", 7.5), y), label, fontsize=7.5,
                         fontname="helv", color=(0.5, 0.5, 0.5))


def put_text(page: pymupdf.Page, pos: tuple[float, float], text: str, size: float,
             color: tuple[float, float, float], bold: bool = False) -> None:
    """A line of text in Helvetica with every Latin letter the page needs (insert_text's
    built-in encoding drops letters such as ä and č)."""
    if not page.is_wrapped:
        page.wrap_contents()
    tw = pymupdf.TextWriter(page.rect, color=color)
    tw.append(pos, text, font=pymupdf.Font("hebo" if bold else "helv"), fontsize=size)
    tw.write_text(page)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return pymupdf.Font("hebo" if bold else "helv").text_length(text, fontsize=size)


def set_pdf_meta(doc: pymupdf.Document, m: dict[str, str]) -> bytes:
    when = m.get("date", "D:20261201120000Z")
    doc.set_metadata({"title": m.get("title", ""), "author": m.get("author", ""), "subject": m.get("subject", ""),
                      "keywords": "", "creator": m.get("creator", ""), "producer": m.get("producer", ""),
                      "creationDate": when, "modDate": m.get("moddate", when), "trapped": ""})
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def check_complete(res: Any, data: bytes) -> None:
    """Every piece of the source shows up in the PDF's text: a story that overflows its area
    at an unlucky height can report itself finished and drop the rest, so a layout change that
    loses text fails the build instead of shipping a shorter resume."""
    doc = pymupdf.open("pdf", data)
    text = _squash(" ".join(p.get_text() for p in doc))
    bare = re.sub(r"\s+", "", text)
    wanted: list[str] = [res.name, *res.contacts]
    for sec in res.sections:
        wanted.append(sec.title)
        for it in sec.items:
            if it.kind == "row":
                wanted.extend(w for f in it.fields for w in f.split())
            elif it.kind == "entry":
                wanted.extend(it.fields)
            else:
                wanted.append(it.text)
    pieces = [p for w in wanted for p in re.split(r" \| | / |: | · | — | ## ", plain(w))]
    missing = []
    for w in pieces:
        probe = _squash(w)[:30]
        if probe and probe not in text and re.sub(r"\s+", "", probe) not in bare:
            missing.append(w)
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def flow_columns(page_rect: pymupdf.Rect, html: str, css: str, rects: Any, meta: dict[str, str]) -> bytes:
    """One story poured through the areas `rects(page)` returns, in order, page after page."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html, user_css=css)
    more, pno = True, 0
    while more:
        if pno > 8:
            raise RuntimeError(f"layout does not converge ({meta.get('output')})")
        dev = writer.begin_page(page_rect)
        for r in rects(pno):
            more, _ = story.place(r)
            story.draw(dev)
            if not more:
                break
        writer.end_page()
        pno += 1
    writer.close()
    return buf.getvalue()


# ---- PDF: every job with a Challenge / What I did / Result table ------------------------------------


def tpl_car_table(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#24527a")
    head_cells = [c.strip() for c in m["car_head"].split("|")]
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #222; }}
    p.nm {{ font-size: 22pt; font-weight: bold; margin: 0; color: #15283b; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 3pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.4pt; margin: 0 0 1pt 0; color: #555; }}
    p.rule {{ border-bottom: 2px solid {ink}; margin: 4pt 0 0 0; font-size: 2pt; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 130pt; color: #555; font-size: 8.6pt; }}
    p.org {{ margin: 1pt 0 3pt 0; color: #555; font-style: italic; }}
    p.sub {{ margin: 4pt 0 1pt 0; }}
    table.car {{ width: 100%; margin: 3pt 0 4pt 0; border-collapse: collapse; }}
    td.c, th.c {{ border: 0.6px solid #9fb2c5; padding: 3pt 4pt; vertical-align: top; font-size: 8.5pt; line-height: 1.22; }}
    th.c {{ text-align: left; color: #15283b; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    widths = (33, 40, 27)

    def car(items: list[Any]) -> str:
        out: list[str] = []
        normal: list[Any] = []
        i = 0
        while i < len(items):
            it = items[i]
            if it.kind == "sub" and [c.strip() for c in plain(it.text).split("|")] == head_cells:
                if normal:
                    out.append(block_html(normal))
                    normal = []
                cells = []
                i += 1
                while i < len(items) and items[i].kind == "bullet":
                    cells.append(items[i])
                    i += 1
                rows = "".join("<tr>" + "".join(f"<td class='c' style='width:{w}%'>{hx(c.text)}</td>"
                                                for c, w in zip(cells[k:k + 3], widths, strict=True)) + "</tr>"
                               for k in range(0, len(cells), 3))
                out.append("<table class='car'><tr>" + "".join(
                    f"<th class='c' style='width:{w}%'>{hx(h)}</th>" for h, w in zip(head_cells, widths, strict=True))
                    + f"</tr>{rows}</table>")
                continue
            normal.append(it)
            i += 1
        if normal:
            out.append(block_html(normal))
        return "".join(out)

    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    parts.append("<p class='rule'>&#160;</p>")
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(car(rest))
            else:
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='org'>{hx(org)}</p>" if org else "") + car(rest))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(0, 0, page.rect.width, 10), color=None, fill=rgb(ink), width=0)
        for text, box in text_lines(page):  # the tinted header row of every table (drawn under the text)
            if text == head_cells[0] and box.x0 < 60:
                page.draw_rect(pymupdf.Rect(46.3, box.y0 - 3, 548.7, box.y1 + 3), color=None, fill=(0.9, 0.93, 0.96),
                               width=0, overlay=False)
        footer = m.get("footer", "")
        if footer:
            page.insert_text((46, 822), footer, fontsize=7.2, fontname="helv", color=(0.5, 0.5, 0.5))
        page_number(page, pno, count, 549, 822, "Page {n} of {c}")

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 34, 549, 806))], m, decorate)


# ---- PDF: a long academic CV with a linked contents box, bookmarks and a running header -------------------


def tpl_toc_academic(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#7a1f2b")
    css = f"""
    body {{ font-family: serif; font-size: 10.2pt; color: #1b1b1b; }}
    p.nm {{ font-size: 21pt; text-align: center; margin: 0; }}
    p.tag {{ font-size: 11pt; text-align: center; margin: 2pt 0 4pt 0; font-style: italic; }}
    p.ct {{ font-size: 9pt; text-align: center; margin: 0; }}
    table.toc {{ width: 100%; margin: 12pt 0 4pt 0; background-color: #f6f1ec; border-collapse: collapse; }}
    td.tn {{ width: 24pt; padding: 1.5pt 0 1.5pt 8pt; color: {ink}; font-size: 9.4pt; }}
    td.tt {{ padding: 1.5pt 0; font-size: 9.4pt; }}
    td.tp {{ width: 40pt; text-align: right; padding: 1.5pt 8pt 1.5pt 0; font-size: 9.4pt; }}
    td.th {{ padding: 5pt 8pt 3pt 8pt; font-weight: bold; color: {ink}; font-size: 10pt; }}
    p.h2 {{ font-size: 12.5pt; font-weight: bold; color: {ink}; margin: 14pt 0 4pt 0; border-bottom: 0.5px solid {ink}; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 120pt; font-size: 9.4pt; }}
    p.org {{ margin: 0 0 2pt 0; font-style: italic; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 14pt; }} li {{ margin: 0 0 2.5pt 0; line-height: 1.28; }}
    ol {{ margin: 2pt 0 0 0; padding-left: 20pt; }}
    p.para {{ margin: 0 0 4pt 0; line-height: 1.33; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.28; }}
    """
    numbered = [(str(i), s) for i, s in enumerate(res.sections, start=1)]

    def heads(n: str, s: Any) -> str:
        return f"{n} {plain(s.title)}"

    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()

    def body(pages: dict[str, int]) -> str:
        parts = [f"<p class='nm'>{hx(res.name)}</p>"]
        if res.tagline:
            parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
        parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
        rows = "".join(f"<tr><td class='tn'>{n}</td><td class='tt'>{hx(s.title)}</td>"
                       f"<td class='tp'>{pages.get(n, 0)}</td></tr>" for n, s in numbered)
        parts.append(f"<table class='toc'><tr><td class='th' colspan='3'>{hx(m.get('toc_title', 'Contents'))}</td></tr>"
                     f"{rows}<tr><td colspan='3' style='font-size:3pt'>&#160;</td></tr></table>")
        for n, s in numbered:
            parts.append(f"<p class='h2'>{n}&#160;&#160;&#160;{hx(s.title)}</p>")
            for fields, rest in split_entries(s.items):
                if s.title.lower().startswith("publications") or s.title.lower().startswith("selected publications"):
                    lines = [i for i in rest if i.kind != "note" and i.kind != "blank"]
                    pubs = [i for i in rest if i.kind == "note"]
                    parts.append(block_html(lines))
                    parts.append("<ol>" + "".join(f"<li>{hx(p.text)}</li>" for p in pubs) + "</ol>")
                elif fields is None:
                    parts.append(block_html(rest))
                else:
                    parts.append(entry_block(fields, rest))
        return "".join(parts)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.35, 0.35, 0.35)
        if pno > 0:
            put_text(page, (64, 40), m.get("running_head", plain(res.name)), 8, grey)
            right = m.get("running_right", "")
            put_text(page, (531 - text_width(right, 8), 40), right, 8, grey)
            page.draw_line((64, 45), (531, 45), color=(0.7, 0.7, 0.7), width=0.4)
        label = f"{pno + 1} of {count}"
        put_text(page, (297.5 - text_width(label, 8.5) / 2, 815), label, 8.5, grey)

    def flow_rect(p: int) -> pymupdf.Rect:
        return pymupdf.Rect(64, 52 if p == 0 else 58, 531, 790)

    draft = pymupdf.open("pdf", compose_pdf(A4, [Flow(body({}), css, flow_rect)], m, decorate))
    pages: dict[str, int] = {}
    for page in draft:
        for text, _ in text_lines(page):
            for n, s in numbered:
                if norm(text) == heads(n, s) and n not in pages:
                    pages[n] = page.number + 1
    if len(pages) != len(numbered):
        raise RuntimeError(f"{m['output']}: section headings not found: {len(pages)} of {len(numbered)}")
    doc = pymupdf.open("pdf", compose_pdf(A4, [Flow(body(pages), css, flow_rect)], m, decorate))
    toc = []
    first = doc[0]
    where: dict[str, tuple[int, float]] = {}
    for page in doc:
        for text, box in text_lines(page):
            for n, s in numbered:
                if norm(text) == heads(n, s) and n not in where:
                    where[n] = (page.number, box.y0)
    for n, s in numbered:
        toc.append([1, plain(s.title), where[n][0] + 1, where[n][1]])
        rows = [b for t, b in text_lines(first) if t == plain(s.title) and b.y1 < 400]
        if rows:
            r = rows[0]
            first.insert_link({"kind": pymupdf.LINK_GOTO, "from": pymupdf.Rect(64, r.y0 - 1, 531, r.y1 + 1),
                               "page": where[n][0], "to": pymupdf.Point(64, where[n][1] - 4)})
    doc.set_toc([[lvl, title, pg] for lvl, title, pg, _ in toc])
    return set_pdf_meta(doc, m)


# ---- PDF: a personal portfolio website printed from the browser -------------------------------------------


def tpl_portfolio_site(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#0f766e")
    dark = (0.07, 0.1, 0.16)
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #1f2937; }}
    p.hi {{ font-size: 9pt; color: {ink}; margin: 0; font-weight: bold; letter-spacing: 1px; }}
    p.nm {{ font-size: 25pt; font-weight: bold; margin: 2pt 0 0 0; color: #111827; }}
    p.tag {{ font-size: 12pt; margin: 2pt 0 6pt 0; color: #374151; }}
    p.ct {{ font-size: 8.5pt; margin: 0 0 1pt 0; color: #4b5563; }}
    p.btn {{ font-size: 9pt; margin: 10pt 0 6pt 10pt; color: #ffffff; font-weight: bold; }}
    p.h2 {{ font-size: 14pt; font-weight: bold; color: #111827; margin: 16pt 0 6pt 0; }}
    table.grid {{ width: 100%; border-collapse: separate; border-spacing: 8pt; margin: 0 -8pt; }}
    td.card {{ width: 50%; border: 0.7px solid #d1d5db; padding: 0 8pt 8pt 8pt; vertical-align: top; }}
    p.thumb {{ margin: 0 -8pt 6pt -8pt; font-size: 60pt; line-height: 1; }}
    p.ctitle {{ font-size: 10pt; font-weight: bold; margin: 0 0 3pt 0; color: #111827; }}
    p.tags {{ font-family: monospace; font-size: 7.4pt; color: {ink}; margin: 4pt 0 0 0; }}
    table.en {{ width: 100%; margin: 7pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #6b7280; font-size: 8.6pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: {ink}; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2.4pt 0; line-height: 1.3; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.36; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.3; }}
    """
    parts = [f"<p class='hi'>{hx(m.get('hello', ''))}</p>", f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    buttons = meta_list(m, "buttons")
    parts.append("<p class='btn'>" + "&#160;" * 12 + ("&#160;" * 16).join(hx(b) for b in buttons) + "</p>")
    cards_seen: list[str] = []
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        if s.title == m.get("cards_section"):
            cards: list[tuple[str, list[Any]]] = []
            lead: list[Any] = []
            for it in s.items:
                if it.kind == "sub":
                    cards.append((it.text, []))
                elif cards:
                    cards[-1][1].append(it)
                else:
                    lead.append(it)
            parts.append(block_html(lead))
            rows = []
            for k in range(0, len(cards), 2):
                cells = []
                for title, items in cards[k:k + 2]:
                    cards_seen.append(plain(title))
                    tags = [i for i in items if i.kind == "line"]
                    body = [i for i in items if i.kind != "line"]
                    cells.append("<td class='card'><p class='thumb'>&#160;</p>"
                                 f"<p class='ctitle'>{hx(title)}</p>{block_html(body)}"
                                 + "".join(f"<p class='tags'>{hx(t.text)}</p>" for t in tags) + "</td>")
                if len(cells) == 1:
                    cells.append("<td style='width:50%'>&#160;</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("<table class='grid'>" + "".join(rows) + "</table>")
            continue
        for fields, rest in split_entries(s.items):
            parts.append(block_html(rest) if fields is None else entry_block(fields, rest, " · "))

    def thumb(page: pymupdf.Page, box: pymupdf.Rect, seed: str) -> None:
        rng = random.Random(seed)
        page.draw_rect(box, color=None, fill=(0.93, 0.95, 0.92), width=0)
        for _ in range(7):  # blocks of buildings
            x, y = box.x0 + rng.uniform(4, box.width - 40), box.y0 + rng.uniform(4, box.height - 24)
            w, h = rng.uniform(16, 38), rng.uniform(10, 20)
            page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=(0.8, 0.8, 0.78), fill=(0.87, 0.86, 0.84), width=0.4)
        for _ in range(3):  # roads
            pts = [(box.x0, box.y0 + rng.uniform(0, box.height))]
            for k in range(1, 5):
                pts.append((box.x0 + box.width * k / 4, box.y0 + rng.uniform(0, box.height)))
            page.draw_polyline(pts, color=(1, 1, 1), width=3)
        trace = [(box.x0 + box.width * k / 11, box.y0 + box.height / 2 + rng.uniform(-14, 14)) for k in range(1, 11)]
        page.draw_polyline(trace, color=rgb(ink), width=1.4)
        for p in trace[::3]:
            page.draw_circle(p, 2.2, color=(1, 1, 1), fill=rgb(ink), width=0.6)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.3, 0.3, 0.3)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(28, 26, page.rect.width - 28, 58), color=None, fill=dark, width=0)
            put_text(page, (44, 47), m["site"], 12, (1, 1, 1), bold=True)
            nav = m.get("site_nav", "")
            put_text(page, (page.rect.width - 44 - text_width(nav, 8.5), 46), nav, 8.5, (0.8, 0.85, 0.9))
            for b in buttons:
                hits = page.search_for(b)
                if hits:
                    r = hits[0]
                    filled = b == buttons[0]
                    page.draw_rect(pymupdf.Rect(r.x0 - 10, r.y0 - 5, r.x1 + 10, r.y1 + 5), color=rgb(ink),
                                   fill=rgb(ink) if filled else None, width=0.9, radius=0.3, overlay=False)
                    if not filled:  # outlined button: draw the label again in the accent colour on top
                        put_text(page, (r.x0, r.y1 - 2.2), b, 9, rgb(ink), bold=True)
        for text, box in text_lines(page):
            if text in cards_seen:
                card = pymupdf.Rect(box.x0 - 0.3, box.y0 - 68, box.x0 + 234, box.y0 - 5)
                thumb(page, card, text)
        put_text(page, (20, 16), m["print_time"], 7.5, grey)
        put_text(page, (230, 16), m["print_title"], 7.5, grey)
        put_text(page, (20, 832), m["print_url"], 7.5, grey)
        label = f"{pno + 1}/{count}"
        put_text(page, (575 - text_width(label, 7.5), 832), label, 7.5, grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(44, 72 if p == 0 else 30, 551, 806))]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: a French CV returned by a careers coach, with highlights and sticky notes ------------------------


def tpl_coach_annotated(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#d9690f")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #202020; }}
    p.nm {{ font-size: 20pt; font-weight: bold; margin: 0; color: #1d1d1d; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 5pt 0; color: {ink}; font-weight: bold; }}
    p.ct {{ font-size: 8.6pt; margin: 0 0 1pt 0; color: #444; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 4pt 0; border-bottom: 1px solid {ink}; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #555; font-size: 8.6pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #333; font-weight: bold; }}
    p.sub {{ margin: 4pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.32; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    body = "".join(f"<p class='h2'>{hx(s.title.upper())}</p>" + "".join(
        block_html(rest) if f is None else entry_block(f, rest, " – ") for f, rest in split_entries(s.items))
        for s in res.sections)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:  # the photo: a passport picture in a thin frame
            box = pymupdf.Rect(470, 36, 548, 130)
            page.draw_rect(box, color=(0.6, 0.6, 0.6), fill=(0.86, 0.88, 0.9), width=0.6)
            page.draw_circle(pymupdf.Point(509, 72), 17, color=None, fill=(0.42, 0.33, 0.27))
            page.draw_oval(pymupdf.Rect(481, 92, 537, 140), color=None, fill=(0.2, 0.25, 0.38))
            page.draw_rect(pymupdf.Rect(470, 130, 548, 140), color=None, fill=(1, 1, 1), width=0)
            page.draw_rect(box, color=(0.6, 0.6, 0.6), width=0.6)
        page.draw_rect(pymupdf.Rect(0, 0, 8, page.rect.height), color=None, fill=rgb(ink), width=0)
        page_number(page, pno, count, 548, 822)

    flows = [Flow(head, css, lambda p: pymupdf.Rect(46, 36, 455, 140) if p == 0 else None),
             Flow(body, css, lambda p: pymupdf.Rect(46, 142 if p == 0 else 40, 548, 800))]
    doc = pymupdf.open("pdf", compose_pdf(A4, flows, m, decorate))
    who = m.get("annot_author", "")
    when = m.get("annot_date", "D:20261128101500+00'00'")
    for phrase, comment in meta_pairs(m, "annots"):
        for page in doc:
            hits = page.search_for(phrase)
            if not hits:
                continue
            a = page.add_highlight_annot(hits[0])
            a.set_info(title=who, content="", creationDate=when, modDate=when)
            a.update()
            t = page.add_text_annot(pymupdf.Point(562, hits[0].y0 - 2), comment, icon="Comment")
            t.set_info(title=who, creationDate=when, modDate=when)
            t.update()
            break
        else:
            raise RuntimeError(f"{m['output']}: annotation anchor not found: {phrase!r}")
    return set_pdf_meta(doc, m)


# ---- PDF: three narrow columns under a full-width header -----------------------------------------------------


def tpl_three_column(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#0e6e8c")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9pt; color: #242424; }}
    p.h2 {{ font-size: 10pt; font-weight: bold; color: {ink}; margin: 11pt 0 4pt 0; letter-spacing: 1.5px; }}
    p.t {{ font-weight: bold; margin: 7pt 0 0 0; font-size: 9.4pt; }}
    p.dt {{ margin: 0; color: {ink}; font-size: 8.2pt; }}
    p.org {{ margin: 0 0 2pt 0; color: #555; font-style: italic; }}
    p.sub {{ margin: 4pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 9pt; }} li {{ margin: 0 0 3pt 0; line-height: 1.32; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.38; }} p.line {{ margin: 0 0 3pt 0; line-height: 1.3; }}
    """
    head_css = f"""
    body {{ font-family: sans-serif; color: #1a1a1a; }}
    p.nm {{ font-size: 26pt; margin: 0; font-weight: bold; }}
    p.tag {{ font-size: 11.5pt; margin: 1pt 0 4pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.4pt; margin: 0; color: #444; }}
    """

    def entry(fields: list[str], rest: list[Any]) -> str:
        f0, f1, f2, f3 = fields
        org = ", ".join(x for x in (f1, f2) if x)
        return (f"<p class='t'>{hx(f0)}</p>" + (f"<p class='dt'>{hx(f3)}</p>" if f3 else "")
                + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest))

    body = "".join(f"<p class='h2'>{hx(s.title.upper())}</p>" + "".join(
        block_html(rest) if f is None else entry(f, rest) for f, rest in split_entries(s.items))
        for s in res.sections)
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('   |   '.join(res.contacts))}</p>")
    cols = [(36.0, 199.0), (215.0, 378.0), (394.0, 559.0)]
    top0 = 128.0

    def layout(bottom: float) -> pymupdf.Document:
        def rects(pno: int) -> list[pymupdf.Rect]:
            top = top0 if pno == 0 else 40
            return [pymupdf.Rect(a, top, b, bottom if pno == 0 else 800) for a, b in cols]
        return pymupdf.open("pdf", flow_columns(A4, body, css, rects, m))

    raw = layout(800)
    used = 800.0
    if raw.page_count == 1:  # balance the three columns, as the design tool does for a one-page CV
        for bottom in range(420, 800, 6):
            trial = layout(bottom)
            if trial.page_count == 1:
                raw, used = trial, float(bottom)
                break
    hs = pymupdf.Story(head, user_css=head_css)
    for page in raw:
        n = page.number
        if n == 0:
            page.draw_rect(pymupdf.Rect(0, 0, page.rect.width, 6), color=None, fill=rgb(ink), width=0)
            page.draw_line((36, top0 - 10), (559, top0 - 10), color=rgb(ink), width=1.6)
        top = top0 if n == 0 else 40
        for x in (207, 386):
            page.draw_line((x, top), (x, used if n == 0 else 800), color=(0.82, 0.82, 0.82), width=0.4)
        label = f"{m.get('footer', plain(res.name))}  ·  {n + 1}/{raw.page_count}"
        put_text(page, (36, 822), label, 7.2, (0.5, 0.5, 0.5))
    # the header is drawn into page one afterwards, through a one-page story of its own
    out = pymupdf.open()
    hbuf = io.BytesIO()
    w = pymupdf.DocumentWriter(hbuf)
    dev = w.begin_page(A4)
    more, _ = hs.place(pymupdf.Rect(36, 28, 559, top0 - 14))
    hs.draw(dev)
    w.end_page()
    w.close()
    if more:
        raise RuntimeError("header does not fit")
    out.insert_pdf(raw)
    out[0].show_pdf_page(out[0].rect, pymupdf.open("pdf", hbuf.getvalue()), 0, overlay=True)
    return set_pdf_meta(out, m)


# ---- DOCX: Word 97-2003 compatibility mode, entries held together by manual line breaks ----------------------


def compat_mode(d: Any, version: str = "11") -> None:
    for cs in d.settings.element.iter(qn("w:compatSetting")):
        if cs.get(qn("w:name")) == "compatibilityMode":
            cs.set(qn("w:val"), version)


def add_break(p: Any) -> None:
    p.add_run().add_break(WD_BREAK.LINE)


def dx_compat_breaks(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Times New Roman", 11.5, 0.9, a4=True)
    compat_mode(d)
    indent = 1.6
    top = para(d, res.name.upper(), bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    top.paragraph_format.space_before = Pt(0)
    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    for k, c in enumerate(([res.tagline] if res.tagline else []) + res.contacts):
        if k:
            add_break(p)
        add_runs(p, c, size=10.5)

    def hanging(pp: Any) -> None:
        pp.paragraph_format.left_indent = Inches(indent)
        pp.paragraph_format.first_line_indent = Inches(-indent)
        pp.paragraph_format.tab_stops.add_tab_stop(Inches(indent))

    for s in res.sections:
        h = para(d, before=10, after=4)
        add_runs(h, s.title.upper(), bold=True, size=11.5)
        h.runs[0].underline = True
        h.paragraph_format.keep_with_next = True
        cur = None
        for it in s.items:
            if it.kind == "blank":
                cur = None
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                cur = para(d, after=6)
                hanging(cur)
                add_runs(cur, f3 + "\t")
                add_runs(cur, f0, bold=True)
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    add_break(cur)
                    add_runs(cur, org, italic=True)
                continue
            if it.kind == "row":
                cur = para(d, after=2)
                hanging(cur)
                add_runs(cur, it.fields[0] + "\t" + ", ".join(it.fields[1:]))
                cur = None
                continue
            if cur is None:
                cur = para(d, after=6)
                cur.paragraph_format.left_indent = Inches(indent)
                first = True
            else:
                first = False
            if not first:
                add_break(cur)
            if it.kind in ("bullet", "note"):
                add_runs(cur, "- " + it.text)
            elif it.kind == "sub":
                add_runs(cur, it.text, bold=True)
            else:
                add_runs(cur, it.text)
    return docx_bytes(d, m)


# ---- DOCX: an application dossier: cover page, cover letter, CV ---------------------------------------------


def cover_page_sdt(paragraph_xml: str) -> Any:
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="-1493476523"/><w:docPartObj>'
        '<w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        f"<w:sdtContent>{paragraph_xml}</w:sdtContent></w:sdt>")


def w_par(text: str, size: float = 11, bold: bool = False, color: str = "000000", align: str = "center",
          before: int = 0, after: int = 120, caps: bool = False) -> str:
    rpr = (f"<w:rPr>{'<w:b/>' if bold else ''}{'<w:caps/>' if caps else ''}<w:color w:val=\"{color}\"/>"
           f"<w:sz w:val=\"{int(size * 2)}\"/></w:rPr>")
    return (f'<w:p><w:pPr><w:jc w:val="{align}"/><w:spacing w:before="{before}" w:after="{after}"/></w:pPr>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>')


def dx_dossier(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1E5631")
    d = new_docx(m, "Century Gothic", 10, 0.85, a4=True)
    width = 8.27 - 1.7
    cover = [w_par("", after=1800)]
    cover.append(w_par(m["cover_title"], 24, True, ink, after=240))
    for line in meta_list(m, "cover_lines"):
        cover.append(w_par(line, 12, False, "262626", after=80))
    cover.append(w_par("", after=1200))
    for line in meta_list(m, "cover_by"):
        cover.append(w_par(line, 11, True, "262626", after=60))
    cover.append(w_par("", after=600))
    for line in meta_list(m, "cover_items"):
        cover.append(w_par(line, 10, False, "404040", align="left", after=40))
    cover.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    d.element.body.insert(0, cover_page_sdt("".join(cover)))
    letter = [s for s in res.sections if s.where == "side"]
    for s in letter:
        para(d, s.title.upper(), bold=True, size=12, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
        for it in s.items:
            if it.kind == "blank":
                para(d, "", after=0)
            elif it.kind == "line":
                p = para(d, it.text, after=0)
                if it.text.startswith(">>"):
                    p.runs[0].text = it.text[2:].strip()
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p = para(d, it.text, after=8)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para(d).add_run().add_break(WD_BREAK.PAGE)
    para(d, m.get("doc_word", "CURRICULUM VITAE"), bold=True, size=16, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER,
         after=2)
    para(d, res.name, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=10.5, color="404040", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    for c in res.contacts:
        para(d, c, size=9, color="595959", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    for s in res.main():
        h = para(d, before=12, after=4)
        add_runs(h, s.title.upper(), bold=True, size=11, color=ink)
        bottom_border(h, ink, 8)
        h.paragraph_format.keep_with_next = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                right_tab(p, width)
                add_runs(p, f0, bold=True)
                if f3:
                    add_runs(p, "\t" + f3, color="404040", italic=True)
                p.paragraph_format.keep_with_next = True
                if f1 or f2:
                    para(d, " – ".join(x for x in (f1, f2) if x), italic=True, after=2, color="595959")
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "row":
                p = para(d, after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.0))
                add_runs(p, it.fields[0] + " :", bold=True)
                add_runs(p, "\t" + " ".join(it.fields[1:]))
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=4, after=1)
            else:
                para(d, it.text, after=3)
    fp = d.sections[0].footer.paragraphs[0]
    add_runs(fp, m.get("footer", ""), size=7.5, color="7F7F7F")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return docx_bytes(d, m)


# ---- DOCX: a CV on a former employer's template, header values as Word fields -----------------------------------


def field_runs(instr: str, result: str, bold: bool = False, size: float = 10, color: str = "000000") -> list[Any]:
    rpr = f"<w:rPr>{'<w:b/>' if bold else ''}<w:color w:val=\"{color}\"/><w:sz w:val=\"{int(size * 2)}\"/></w:rPr>"
    w = nsdecls("w")
    return [parse_xml(f'<w:r {w}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'),
            parse_xml(f'<w:r {w}>{rpr}<w:instrText xml:space="preserve"> {xml_escape(instr)} </w:instrText></w:r>'),
            parse_xml(f'<w:r {w}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'),
            parse_xml(f'<w:r {w}>{rpr}<w:t xml:space="preserve">{xml_escape(result)}</w:t></w:r>'),
            parse_xml(f'<w:r {w}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')]


def add_field(p: Any, instr: str, result: str, **kw: Any) -> None:
    for r in field_runs(instr, result, **kw):
        p._p.append(r)


def cell_borders_all(table: Any, color: str = "A6A6A6") -> None:
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="4" w:color="{color}"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def dx_fields(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "C0392B")
    d = new_docx(m, "Calibri", 10, 0.8, a4=True)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    right_tab(hp, 8.27 - 1.6)
    add_runs(hp, m["company"], bold=True, size=13, color=ink)
    add_runs(hp, "\t" + m.get("header_right", ""), size=8, color="7F7F7F")
    bottom_border(hp, ink, 8)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("footer", "") + "   ·   Page ", size=7.5, color="7F7F7F")
    add_field(fp, "PAGE", "1", size=7.5, color="7F7F7F")
    add_runs(fp, " of ", size=7.5, color="7F7F7F")
    add_field(fp, "NUMPAGES", m.get("numpages", "2"), size=7.5, color="7F7F7F")
    para(d, m.get("doc_word", "CURRICULUM VITAE"), bold=True, size=9, color="7F7F7F", after=0)
    p = para(d, after=0)
    add_field(p, "MERGEFIELD  Employee_FullName  \\* MERGEFORMAT", plain(res.name), bold=True, size=20)
    p = para(d, after=4)
    add_field(p, "MERGEFIELD  Employee_Position  \\* MERGEFORMAT", plain(res.tagline), size=12, color=ink)
    fields = meta_pairs(m, "fields")
    t = d.add_table(rows=0, cols=2)
    cell_borders_all(t)
    for label, val in fields:
        key, _, value = val.partition("::")
        kc, vc = t.add_row().cells
        add_runs(first_cell_paragraph(kc), label, bold=True, size=9)
        shade_cell(kc, "F2F2F2")
        vp = first_cell_paragraph(vc)
        if value:
            add_field(vp, f"MERGEFIELD  {key.strip()}  \\* MERGEFORMAT", value.strip(), size=9)
        else:
            add_runs(vp, key.strip(), size=9)
    set_col_widths(t, (Inches(1.7), Inches(4.97)))

    def head(title: str) -> None:
        h = para(d, before=12, after=4)
        add_runs(h, title.upper(), bold=True, size=10.5, color=ink)
        bottom_border(h, "BFBFBF", 6)
        h.paragraph_format.keep_with_next = True

    for s in res.sections:
        head(s.title)
        entries = split_entries(s.items)
        for fields_, rest in entries:
            if fields_ is None:
                rows = [i for i in rest if i.kind == "row"]
                if rows:
                    tb = d.add_table(rows=0, cols=2)
                    cell_borders_all(tb)
                    for r in rows:
                        kc, vc = tb.add_row().cells
                        add_runs(first_cell_paragraph(kc), r.fields[0], bold=True, size=9)
                        shade_cell(kc, "F2F2F2")
                        add_runs(first_cell_paragraph(vc), ", ".join(r.fields[1:]), size=9)
                    set_col_widths(tb, (Inches(1.7), Inches(4.97)))
                for it in rest:
                    if it.kind in ("bullet", "note"):
                        para(d, it.text, style="List Bullet", after=1)
                    elif it.kind in ("para", "para_nc", "line"):
                        para(d, it.text, after=3)
                continue
            f0, f1, f2, f3 = fields_
            tb = d.add_table(rows=0, cols=2)
            cell_borders_all(tb)
            pairs = [(m.get("l_period", "Period"), f3), (m.get("l_company", "Company"), ", ".join(x for x in (f1, f2) if x)),
                     (m.get("l_role", "Role"), f0)]
            pairs += [(r.fields[0], ", ".join(r.fields[1:])) for r in rest if r.kind == "row"]
            for k, v in pairs:
                kc, vc = tb.add_row().cells
                add_runs(first_cell_paragraph(kc), k, bold=True, size=9)
                shade_cell(kc, "F2F2F2")
                add_runs(first_cell_paragraph(vc), v, size=9, bold=(k == m.get("l_role", "Role")))
            bullets = [i for i in rest if i.kind in ("bullet", "note", "para", "para_nc", "sub")]
            if bullets:
                kc, vc = tb.add_row().cells
                add_runs(first_cell_paragraph(kc), m.get("l_resp", "Responsibilities"), bold=True, size=9)
                shade_cell(kc, "F2F2F2")
                first = True
                for b in bullets:
                    bp = first_cell_paragraph(vc) if first else vc.add_paragraph()
                    first = False
                    if b.kind in ("bullet", "note"):
                        bp.style = d.styles["List Bullet"]
                    add_runs(bp, b.text, size=9, bold=(b.kind == "sub"))
            set_col_widths(tb, (Inches(1.7), Inches(4.97)))
            para(d, "", after=2)
    return docx_bytes(d, m)


# ---- TXT: an Emacs Org-mode file ------------------------------------------------------------------------------

FI_DAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")


def org_stamp(value: str) -> str:
    """'2024-09-02' as an inactive Org timestamp with the Finnish weekday; other words as they are."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value.strip())
    if not m:
        return value.strip()
    day = dt.date(*(int(x) for x in m.groups()))
    return f"[{day.isoformat()} {FI_DAYS[day.weekday()]}]"


def txt_org(res: Any) -> bytes:
    m = res.meta
    lines = [f"#+TITLE: {plain(res.name)}" + (f" – {plain(res.tagline)}" if res.tagline else "")]
    lines += [f"#+{k.upper()}: {v}" for k, v in meta_pairs(m, "org_keywords")]
    lines.append("")
    for c in res.contacts:
        lines.append(plain(c))
    for s in res.sections:
        tags = dict(meta_pairs(m, "org_tags")).get(s.title, "")
        title = f"* {s.title}"
        lines += ["", title + (" " * max(1, 60 - len(title)) + tags if tags else "")]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                lines.append(f"** {f0}" + (f" :: {', '.join(x for x in (f1, f2) if x)}" if (f1 or f2) else ""))
                if f3:
                    a, _, b = f3.partition(" – ")
                    lines += ["   :PROPERTIES:", f"   :FROM:     {org_stamp(a)}"]
                    if b:
                        lines.append(f"   :TO:       {org_stamp(b)}")
                    lines.append("   :END:")
            elif it.kind == "sub":
                lines.append(f"*** {plain(it.text)}")
            elif it.kind == "bullet":
                lines.append(f"   - {plain(it.text)}")
            elif it.kind == "note":
                lines.append(f"   + {plain(it.text)}")
            elif it.kind == "row":
                lines.append(f"   - {it.fields[0]} :: {', '.join(it.fields[1:])}")
            else:
                lines.append(f"   {plain(it.text)}" if it.text else "")
    text = "\n".join(lines).rstrip() + "\n"
    return text.encode("utf-8")


# ---- TXT: a bilingual ficha in ISO-8859-1 with dotted leaders ----------------------------------------------------


def txt_ficha(res: Any) -> bytes:
    w = 76
    lines = ["=" * w, plain(res.name).upper().center(w).rstrip()]
    if res.tagline:
        lines.append(plain(res.tagline).center(w).rstrip())
    lines.append("=" * w)
    for c in res.contacts:
        lines.append(plain(c))
    for n, s in enumerate(res.sections, start=1):
        lines += ["", f"{n}. {s.title.upper()}", "-" * (len(s.title) + len(str(n)) + 2)]
        for it in s.items:
            if it.kind == "blank":
                lines.append("")
            elif it.kind == "row":
                label = it.fields[0]
                lines.append(f"   {label} " + "." * max(2, 38 - len(label)) + ": " + ", ".join(it.fields[1:]))
            elif it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                lines.append(f"   {f3}" if f3 else "")
                lines.append(f"   {f0}")
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    lines.append(f"   {org}")
            elif it.kind == "bullet":
                lines.append(f"     * {plain(it.text)}")
            elif it.kind == "note":
                lines.append(f"     - {plain(it.text)}")
            elif it.kind == "sub":
                lines.append(f"   > {plain(it.text)}")
            else:
                lines.append(f"   {plain(it.text)}" if it.text else "")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip() + "\n"
    return text.encode("latin-1")


# ---- posting: a Finnish job site's ad, printed ------------------------------------------------------------------


def fi_jobsite_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#1d5b3a"
    css = """
    body { font-family: sans-serif; font-size: 9.8pt; color: #1e1e1e; }
    h1 { font-size: 19pt; margin: 0 0 2pt 0; color: #111; }
    p.co { font-size: 10.5pt; color: #1d5b3a; margin: 0 0 8pt 0; font-weight: bold; }
    table.chips { margin: 0 0 10pt 0; border-collapse: separate; border-spacing: 4pt; margin-left: -4pt; }
    td.chip { background-color: #e7f1ea; border: 0.6px solid #b9d5c2; padding: 2pt 7pt; font-size: 8.4pt; color: #1d5b3a; white-space: nowrap; }
    p.h { font-size: 12pt; font-weight: bold; margin: 12pt 0 4pt 0; color: #111; }
    p { margin: 0 0 6pt 0; line-height: 1.38; }
    ul { margin: 0 0 6pt 0; padding-left: 15pt; } li { margin: 0 0 2.5pt 0; line-height: 1.32; }
    table.facts { width: 100%; margin: 10pt 0 6pt 0; border-collapse: collapse; }
    td.k { color: #5f6b63; width: 150pt; padding: 2pt 0; border-bottom: 0.5px solid #dde5df; font-size: 9pt; }
    td.v { padding: 2pt 0; border-bottom: 0.5px solid #dde5df; font-size: 9pt; }
    p.foot { color: #888; font-size: 8pt; margin-top: 14pt; }
    """
    chips = "".join(f"<td class='chip'>{hx(c)}</td>" for c in meta_list(m, "chips"))
    parts = ["<p style='font-size:70pt; margin:0; line-height:1'>&#160;</p>",
             f"<h1>{hx(m['title'])}</h1>", f"<p class='co'>{hx(m['company'])}</p>",
             f"<table class='chips'><tr>{chips}</tr></table>"]
    in_list = False
    for kind, text in job.blocks:
        if kind in ("li", "li2"):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{hx(text)}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        parts.append(f"<p class='h'>{hx(text)}</p>" if kind == "h" else f"<p>{hx(text)}</p>")
    if in_list:
        parts.append("</ul>")
    facts = meta_pairs(m, "facts")
    if facts:
        parts.append(f"<p class='h'>{hx(m.get('facts_title', 'Perustiedot'))}</p><table class='facts'>" + "".join(
            f"<tr><td class='k'>{hx(k)}</td><td class='v'>{hx(v)}</td></tr>" for k, v in facts) + "</table>")
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.3, 0.3, 0.3)
        page.draw_rect(pymupdf.Rect(0, 24, page.rect.width, 56), color=None, fill=band, width=0)
        put_text(page, (40, 45), m["site"], 15, (1, 1, 1), bold=True)
        nav = m.get("site_nav", "")
        put_text(page, (555 - text_width(nav, 8.4), 44), nav, 8.4, (0.85, 0.93, 0.88))
        if pno == 0:  # the employer's banner: a drawn forest on a hillside, and the logo box
            banner = pymupdf.Rect(40, 66, 555, 150)
            page.draw_rect(banner, color=None, fill=(0.84, 0.91, 0.95), width=0)
            rng = random.Random(m["title"])
            page.draw_polyline([(40, 150), (40, 122), (150, 104), (290, 118), (420, 98), (555, 114), (555, 150)],
                               color=None, fill=(0.55, 0.7, 0.5), closePath=True)
            for _ in range(46):
                x, y, h = rng.uniform(48, 548), rng.uniform(112, 146), rng.uniform(14, 28)
                g = rng.uniform(0.25, 0.42)
                page.draw_polyline([(x - h * 0.28, y), (x, y - h), (x + h * 0.28, y)], color=None,
                                   fill=(0.1, g, 0.2), closePath=True)
            logo = pymupdf.Rect(52, 126, 128, 164)
            page.draw_rect(logo, color=(0.75, 0.8, 0.77), fill=(1, 1, 1), width=0.8, radius=0.1)
            mark = m.get("logo_text", "")
            put_text(page, (logo.x0 + (logo.width - text_width(mark, 9.5, True)) / 2, logo.y0 + 23), mark, 9.5, band,
                     bold=True)
        bar = pymupdf.Rect(0, 776, page.rect.width, 808)
        page.draw_rect(bar, color=None, fill=(0.97, 0.97, 0.97), width=0)
        page.draw_line((0, 776), (page.rect.width, 776), color=(0.85, 0.85, 0.85), width=0.6)
        put_text(page, (40, 795), m.get("sticky", ""), 8.6, (0.2, 0.2, 0.2), bold=True)
        label = m.get("button", "Hae paikkaa")
        bw = text_width(label, 9.5, True)
        page.draw_rect(pymupdf.Rect(555 - bw - 28, 782, 555, 802), color=None, fill=band, width=0, radius=0.25)
        put_text(page, (555 - bw - 14, 795.5), label, 9.5, (1, 1, 1), bold=True)
        put_text(page, (22, 15), m["print_time"], 7.5, grey)
        put_text(page, (200, 15), m["print_title"], 7.5, grey)
        put_text(page, (22, 830), m["print_url"], 7.5, grey)
        put_text(page, (556, 830), f"{pno + 1}/{count}", 7.5, grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 80 if p == 0 else 68, 555, 764))]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


# ---- posting: a numbered recruitment notice in Word --------------------------------------------------------------


def cm_avis_docx(job: Any) -> bytes:
    m = job.meta
    ink = "0B3D91"
    d = new_docx(m, "Times New Roman", 11, 0.85, a4=True)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, m["company"], bold=True, size=14, color=ink)
    hp2 = sec.header.add_paragraph()
    add_runs(hp2, m.get("company_line", ""), size=7.5, color="595959")
    bottom_border(hp2, ink, 8)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("footer", ""), size=7.5, color="595959")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0]
    t._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{e} w:val="double" w:sz="6" w:color="{ink}"/>'
                                                  for e in ("top", "left", "bottom", "right")) + "</w:tblBorders>"))
    shade_cell(cell, "EEF2FA")
    p = first_cell_paragraph(cell)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, m["notice_no"], bold=True, size=13, color=ink)
    for line in meta_list(m, "title_lines"):
        q = cell.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(q, line, bold=True, size=11.5)
    para(d, "", after=4)
    for kind, text in job.blocks:
        if kind == "h":
            h = para(d, before=8, after=3)
            add_runs(h, text, bold=True, size=11.5)
            h.runs[0].underline = True
            h.paragraph_format.keep_with_next = True
        elif kind == "li":
            para(d, text, style="List Bullet", after=1)
        elif kind == "li2":
            para(d, text, style="List Bullet 2", after=1)
        else:
            q = para(d, text, after=5)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(d, "", after=6)
    for line in meta_list(m, "signoff"):
        para(d, line, bold=line.isupper() or line.startswith("Le "), align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    return docx_bytes(d, m)


PDF_TEMPLATES["car_table"] = tpl_car_table
PDF_TEMPLATES["toc_academic"] = tpl_toc_academic
PDF_TEMPLATES["portfolio_site"] = tpl_portfolio_site
PDF_TEMPLATES["coach_annotated"] = tpl_coach_annotated
PDF_TEMPLATES["three_column"] = tpl_three_column
DOCX_TEMPLATES["docx_compat_breaks"] = dx_compat_breaks
DOCX_TEMPLATES["docx_dossier"] = dx_dossier
DOCX_TEMPLATES["docx_fields"] = dx_fields
_base_build_resume = _ns["build_resume"]
_base_build_posting = _ns["build_posting"]

TEXT_TEMPLATES = {"txt_org": txt_org, "txt_ficha": txt_ficha}


def build_resume(res: Any) -> bytes:
    t = res.meta["template"]
    if t in TEXT_TEMPLATES:
        return TEXT_TEMPLATES[t](res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        if "subset" in res.meta:
            data = subset_fonts(data)
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "fi_jobsite_pdf":
        return fi_jobsite_pdf(job)
    if job.meta["template"] == "cm_avis_docx":
        return cm_avis_docx(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
