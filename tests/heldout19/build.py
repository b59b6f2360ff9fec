"""Rebuild the nineteenth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout19/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout19/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder. Layouts added here, for this set only, with the same machinery:
a PDF whose body runs down two equal newspaper columns, one column after the other, page after
page ("newspaper2col"), a LaTeX Awesome-CV look on one page with icon glyphs in the contact line
and accent-coloured heading letters, fonts subset ("awesome_onepage"), a PDF with a drawn timeline
rule and dots between the dates and the entries ("timeline"), the classic Europass CV with
right-aligned labels in a left column, a vertical rule and a language self-assessment grid
("europass_classic"), a PDF with a tinted right-hand sidebar whose skill levels are drawn as
segmented bars ("skillbars_right"), a PDF whose section headings sit in the left margin beside
their entries ("margin_heads"), a Word file whose work history is a bordered table with the dates
in their own right-hand column and the name and page number in the page header and footer
("docx_worktable"), a long federal-style Word resume with labelled lines under every job (hours
per week, salary, supervisor) and "Page N of M" fields ("docx_federal"), a Word file laid out as
one page-wide table with a shaded sidebar cell ("docx_sidebar_table"), a plain-text resume written
in Markdown with "#" headings and its inline markup left in ("txt_markdown"), and a LinkedIn job
page printed from the browser ("linkedin_job_pdf").
"""

from __future__ import annotations

import io
import re
import sys
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

_base = set_build(__file__, 20261208, "heldout19_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, no_table_borders, para,
 plain, right_tab, segments, two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers --------------------------------------------------------------------------


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font (symbol fallback fonts are whole
    otherwise); the subset tags are deterministic."""
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


def compose_slots(page: pymupdf.Rect, flows: list[tuple[str, str, Callable[[int], list[pymupdf.Rect]]]],
                  meta: dict[str, str],
                  decorate: Callable[[pymupdf.Page, int, int], None] | None = None) -> bytes:
    """Like compose_pdf, but a flow may fill several areas of one page, one after the other
    (newspaper columns): each flow is (html, css, page number -> the areas it fills there)."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    stories = [pymupdf.Story(h, user_css=c) for h, c, _ in flows]
    active = [True] * len(flows)
    started = [False] * len(flows)
    pno = 0
    while any(active):
        if pno > 12:
            raise RuntimeError("layout does not converge")
        dev = writer.begin_page(page)
        for i, (_, _, areas) in enumerate(flows):
            if not active[i]:
                continue
            slots = areas(pno)
            if not slots and started[i]:
                raise RuntimeError(f"flow {i} does not fit in its area ({meta.get('output')})")
            for rect in slots:
                started[i] = True
                more, _ = stories[i].place(rect)
                stories[i].draw(dev)
                if not more:
                    active[i] = False
                    break
        writer.end_page()
        pno += 1
    writer.close()
    return finish_pdf(buf.getvalue(), meta, decorate)


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


def one_item_html(it: Any, lig: bool = False, mark: str = "") -> str:
    """One bullet, sub-heading, paragraph, line or row as HTML (a bullet as a typed mark when
    `mark` is given, as a one-item list otherwise)."""
    if it.kind in ("bullet", "note"):
        if mark:
            return f"<p class='mk'>{mark}&#160;{hx(it.text, lig)}</p>"
        return f"<ul><li>{hx(it.text, lig)}</li></ul>"
    if it.kind == "sub":
        return f"<p class='sub'><b>{hx(it.text, lig)}</b></p>"
    if it.kind in ("para", "para_nc"):
        return f"<p class='para'>{hx(it.text, lig)}</p>"
    if it.kind == "line":
        return f"<p class='line'>{hx(it.text, lig) or '&#160;'}</p>"
    if it.kind == "row":
        return f"<p class='line'>{hx(' | '.join(it.fields), lig)}</p>"
    return ""


# ---- PDF: two equal newspaper columns, the body running down one and then the other ---------


def tpl_newspaper2col(res: Any) -> bytes:
    ink = "#1f3b57"
    css_head = f"""
    body {{ font-family: sans-serif; color: #1b1b1b; }}
    h1 {{ font-size: 24pt; margin: 0; color: {ink}; letter-spacing: 1px; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 5pt 0; color: #4a6378; }}
    p.contact {{ font-size: 8.8pt; margin: 0 0 1pt 0; color: #333; }}
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.8pt; color: #1b1b1b; }}
    h2 {{ font-size: 10.8pt; color: {ink}; margin: 10pt 0 3pt 0; border-bottom: 0.8px solid {ink};
          letter-spacing: 1px; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.3pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 10pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; text-align: justify; }} p.line {{ margin: 0 0 1.8pt 0; }}
    p.sub {{ margin: 4pt 0 1pt 0; }}
    p.et {{ margin: 6pt 0 0 0; font-weight: bold; }} p.eo {{ margin: 0; font-style: italic; color: #333; }}
    p.ed {{ margin: 0 0 1pt 0; color: #4a6378; font-size: 8.3pt; }}
    """
    head = (f"<h1>{hx(res.name)}</h1>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        f0, f1, f2, f3 = f
        org = ", ".join(x for x in (f1, f2) if x)
        return (f"<p class='et'>{hx(f0)}</p>" + (f"<p class='eo'>{hx(org)}</p>" if org else "")
                + (f"<p class='ed'>{hx(f3)}</p>" if f3 else ""))

    body = "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.sections)
    top = float(res.meta.get("columns_top", "150"))
    gap_x = 297.6

    def areas(pno: int) -> list[pymupdf.Rect]:
        y0 = top if pno == 0 else 44
        return [pymupdf.Rect(40, y0, gap_x - 12, 800), pymupdf.Rect(gap_x + 12, y0, 555, 800)]

    footer = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        y0 = top if pno == 0 else 44
        page.draw_line(pymupdf.Point(gap_x, y0 + 4), pymupdf.Point(gap_x, 796), color=(0.72, 0.77, 0.82),
                       width=0.6)
        if pno == 0:
            page.draw_line(pymupdf.Point(40, top - 8), pymupdf.Point(555, top - 8), color=(0.12, 0.23, 0.34),
                           width=1.6)
        grey = (0.45, 0.45, 0.45)
        if footer:
            page.insert_text((40, 822), footer, fontsize=7, fontname="helv", color=grey)
        page.insert_text((530, 822), f"{pno + 1}/{count}", fontsize=7, fontname="helv", color=grey)

    return compose_slots(A4, [(head, css_head, lambda p: [pymupdf.Rect(40, 34, 555, top - 10)] if p == 0 else []),
                              (body, css, areas)], res.meta, decorate)


# ---- PDF: LaTeX Awesome-CV look on one page, icon glyphs, accent letters, fonts subset -------


def tpl_awesome_onepage(res: Any) -> bytes:
    accent = res.meta.get("accent", "#dc3522")
    css = f"""
    body {{ font-family: sans-serif; font-size: 8.9pt; color: #333; }}
    p.nm {{ text-align: center; font-size: 26pt; margin: 0; color: #333; }}
    p.pos {{ text-align: center; font-size: 8.6pt; color: {accent}; margin: 1pt 0 2pt 0; letter-spacing: 1px; }}
    p.contact {{ text-align: center; font-size: 8pt; margin: 0 0 0.5pt 0; color: #555; }}
    h2 {{ font-size: 12.5pt; margin: 7pt 0 1pt 0; color: #333; border-bottom: 0.4px solid #999; }}
    table.aw {{ width: 100%; margin-top: 3pt; }}
    td {{ padding: 0; }} td.r {{ text-align: right; }}
    td.org {{ font-weight: bold; color: #333; font-size: 9.4pt; }}
    td.loc {{ font-style: italic; color: {accent}; font-size: 8.6pt; }}
    td.pos2 {{ color: #666; font-size: 8.3pt; }} td.dt {{ font-style: italic; color: #777; font-size: 8.3pt; }}
    ul {{ margin: 0.5pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 0.6pt 0; color: #444; }}
    p.line {{ margin: 0 0 1pt 0; }} p.para {{ margin: 1pt 0 2pt 0; text-align: justify; color: #555; }}
    p.sub {{ margin: 2pt 0 0 0; }}
    """
    first, _, last = plain(res.name).rpartition(" ")
    head = (f"<p class='nm'><span style='color:#999'>{hx(first)}</span> <b>{hx(last)}</b></p>"
            + (f"<p class='pos'>{fake_small_caps(res.tagline, 0.82)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        f0, f1, f2, f3 = f
        rows = ""
        if f1 or f2:
            rows += f"<tr><td class='org'>{hx(f1, True)}</td><td class='r loc'>{hx(f2, True)}</td></tr>"
        if f0 or f3:
            rows += (f"<tr><td class='pos2'>{fake_small_caps(f0, 0.82)}</td>"
                     f"<td class='r dt'>{hx(f3, True)}</td></tr>")
        return f"<table class='aw'>{rows}</table>"

    def heading(title: str) -> str:
        t = html_escape(title)
        return f"<h2><span style='color:{accent}'>{t[:3]}</span>{t[3:]}</h2>"

    body = head + "".join(heading(s.title) + items_html(s.items, entry, lig=True) for s in res.sections)
    stamp = res.meta.get("footer_date", "")
    owner = plain(res.name)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.55, 0.55, 0.55)
        page.insert_text((40, 770), stamp, fontsize=7, fontname="helv", color=grey)
        label = f"{owner} · Résumé"
        page.insert_text((306 - pymupdf.get_text_length(label, "helv", 7) / 2, 770), label, fontsize=7,
                         fontname="helv", color=grey)
        page.insert_text((566, 770), str(pno + 1), fontsize=7, fontname="helv", color=grey)

    data = compose_pdf(LETTER, [Flow(body, css, lambda p: pymupdf.Rect(40, 30, 572, 758))], res.meta, decorate)
    return subset_fonts(data)


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- PDF: a drawn timeline between the dates and the entries ---------------------------------


def tpl_timeline(res: Any) -> bytes:
    teal = "#0f5e66"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #222; }}
    h1 {{ font-size: 23pt; margin: 0; color: #111; font-weight: normal; }}
    p.tag {{ font-size: 10.8pt; color: {teal}; margin: 2pt 0 3pt 0; }}
    p.contact {{ font-size: 8.6pt; color: #444; margin: 0 0 0.5pt 0; }}
    h2 {{ font-size: 10.6pt; color: {teal}; margin: 11pt 0 2pt 0; letter-spacing: 1.5px; }}
    table.tl {{ margin: 0; }}
    td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; color: #555; font-size: 8.4pt; }}
    p.t {{ margin: 5pt 0 0 0; font-weight: bold; font-size: 9.9pt; }}
    p.o {{ margin: 0 0 1pt 0; color: {teal}; font-size: 9pt; }}
    p.dd {{ margin: 6pt 0 0 0; }}
    ul {{ margin: 0.5pt 0 0 0; padding-left: 10pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.para {{ margin: 2pt 0 2pt 0; }} p.line {{ margin: 0 0 1.6pt 0; }} p.sub {{ margin: 4pt 0 0 0; }}
    """
    dw, gw, cw = 66, 26, 384  # date column, timeline gutter, entries (each cell adds about 12pt)
    head = (f"<h1>{hx(res.name)}</h1>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def row(date: str, content: str) -> str:
        return (f"<table class='tl'><tr><td class='d' style='width:{dw}pt'>{date}</td>"
                f"<td style='width:{gw}pt'>&#160;</td><td style='width:{cw}pt'>{content}</td></tr></table>")

    parts = [head]
    titles: list[str] = []
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title.upper())}</h2>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = " · ".join(x for x in (f1, f2) if x)
                titles.append(plain(f0))
                parts.append(row(f"<p class='dd'>{hx(f3)}</p>",
                                 f"<p class='t'>{hx(f0)}</p>" + (f"<p class='o'>{hx(org)}</p>" if org else "")))
            for it in rest:
                parts.append(row("", one_item_html(it)))

    x_line = 50 + dw + gw / 2

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        dots = []
        for t in titles:
            for r in page.search_for(t[:40]):
                if x_line < r.x0 < x_line + 60:
                    dots.append(r)
        if dots:
            x = min(r.x0 for r in dots) - 10
            ys = sorted({round((r.y0 + r.y1) / 2, 2) for r in dots})
            page.draw_line(pymupdf.Point(x, ys[0]), pymupdf.Point(x, ys[-1]), color=(0.62, 0.75, 0.77), width=1.2)
            for y in ys:
                page.draw_circle(pymupdf.Point(x, y), 3.2, color=(0.06, 0.37, 0.40), fill=(1, 1, 1), width=1.4)
        grey = (0.45, 0.45, 0.45)
        page.insert_text((50, 770), res.meta.get("footer", ""), fontsize=7.2, fontname="helv", color=grey)
        page.insert_text((540, 770), f"{pno + 1} / {count}", fontsize=7.2, fontname="helv", color=grey)

    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(50, 40, 562, 752))],
                       res.meta, decorate)


# ---- PDF: the classic Europass CV, labels in a left column, a vertical rule, a CEFR grid ------


def tpl_europass_classic(res: Any) -> bytes:
    blue = "#1593cb"
    css = f"""
    body {{ font-family: sans-serif; font-size: 8.9pt; color: #3f3a38; }}
    table.r {{ margin: 0; }}
    td {{ padding: 0; vertical-align: top; }}
    td.lab {{ text-align: right; color: {blue}; font-size: 8.4pt; }}
    td.sec {{ text-align: right; color: {blue}; font-size: 9.6pt; font-weight: bold; }}
    p.sec2 {{ margin: 12pt 0 3pt 0; font-size: 1pt; }}
    p.nm {{ font-size: 15pt; margin: 0; color: #3f3a38; }}
    p.t {{ margin: 5pt 0 0 0; color: {blue}; font-size: 10pt; }}
    p.o {{ margin: 0 0 1pt 0; }} p.lab2 {{ margin: 5pt 0 0 0; }}
    ul {{ margin: 0; padding-left: 9pt; }} li {{ margin: 0 0 1pt 0; }}
    p.para {{ margin: 1pt 0 2pt 0; }} p.line {{ margin: 0 0 1.4pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    table.grid {{ margin: 2pt 0 2pt 0; }}
    td.gh {{ text-align: center; color: {blue}; font-size: 7.6pt; border-bottom: 0.5px solid {blue}; }}
    td.gl {{ font-size: 8.4pt; color: {blue}; padding: 2pt 0 0 0; }}
    td.gs {{ text-align: center; font-size: 7.4pt; color: {blue}; }}
    td.gc {{ text-align: center; font-size: 8.6pt; border-bottom: 0.3px solid #cfcfcf; }}
    """
    lw, gw, cw = 136, 8, 318  # the cells' widths (each cell adds about 12pt of spacing)

    def row(label: str, content: str, cls: str = "lab") -> str:
        return (f"<table class='r'><tr><td class='{cls}' style='width:{lw}pt'>{label}</td>"
                f"<td style='width:{gw}pt'>&#160;</td><td style='width:{cw}pt'>{content}</td></tr></table>")

    parts = [row("<p class='lab2'><b>europass</b></p><p style='margin:0'>Curriculum Vitae</p>",
                 f"<p class='nm'>{hx(res.name)}</p>")]
    for c in res.contacts:
        label, _, value = c.partition("::")
        parts.append(row(f"<p class='lab2'>{hx(label.strip())}</p>" if value else "",
                         f"<p class='lab2'>{hx(value.strip() if value else c)}</p>"))
    def flush_grid(grid: list[list[str]]) -> None:
        """The language grid: the first row's first cell is the label, its other cells
        "GROUP sub-label" (consecutive cells of one group share a spanning heading)."""
        if not grid:
            return
        head, *body = grid
        groups: list[list[Any]] = []
        for cell in head[1:]:
            group = cell.partition(" ")[0]
            if groups and groups[-1][0] == group:
                groups[-1][1] += 1
            else:
                groups.append([group, 1])
        n = len(head) - 1
        first_w, w = 58, (cw - 58 - 12 * n) // max(n, 1)
        top = "".join(f"<td class='gh' colspan='{k}'>{hx(g)}</td>" for g, k in groups)
        subs = "".join(f"<td class='gs' style='width:{w}pt'>{hx(c.partition(' ')[2])}</td>" for c in head[1:])
        html_rows = [f"<tr><td style='width:{first_w}pt'>&#160;</td>{top}</tr>",
                     f"<tr><td style='width:{first_w}pt'>&#160;</td>{subs}</tr>"]
        for r in body:
            html_rows.append(f"<tr><td class='gl'>{hx(r[0])}</td>"
                             + "".join(f"<td class='gc'>{hx(x)}</td>" for x in r[1:]) + "</tr>")
        parts.append(row(f"<p class='lab2'>{hx(head[0])}</p>",
                         f"<table class='grid'>{''.join(html_rows)}</table>"))
        grid.clear()

    for s in res.sections:
        parts.append(row(f"<p class='sec2'>&#160;</p><p style='margin:0'>{hx(s.title.upper())}</p>",
                         "<p class='sec2'>&#160;</p>", cls="sec"))
        grid: list[list[str]] = []

        for fields, rest in split_entries(s.items):
            if fields is not None:
                flush_grid(grid)
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(row(f"<p class='lab2'>{hx(f3)}</p>",
                                 f"<p class='t'>{hx(f0)}</p>" + (f"<p class='o'>{hx(org)}</p>" if org else "")))
            for it in rest:
                if it.kind == "row" and len(it.fields) > 2:
                    grid.append(it.fields)
                    continue
                flush_grid(grid)
                if it.kind == "row":
                    parts.append(row(f"<p class='lab2'>{hx(it.fields[0])}</p>",
                                     f"<p class='lab2'>{hx(it.fields[1] if len(it.fields) > 1 else '')}</p>"))
                else:
                    parts.append(row("", one_item_html(it)))
            flush_grid(grid)

    owner = res.meta.get("owner", plain(res.name))
    x_rule: list[float] = []

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if not x_rule:  # halfway between the labels' right edge and the entries' left edge
            label = page.search_for("Curriculum Vitae")[0]
            name = page.search_for(plain(res.name))[0]
            x_rule.append(round((label.x1 + name.x0) / 2, 1))
        x = x_rule[0]
        page.draw_line(pymupdf.Point(x, 40), pymupdf.Point(x, 790), color=(0.08, 0.58, 0.80), width=0.5)
        grey = (0.35, 0.35, 0.35)
        page.insert_text((46, 806), f"Page {pno + 1} / {count} - Curriculum vitae of", fontsize=6.8,
                         fontname="helv", color=grey)
        page.insert_text((46, 815), owner, fontsize=6.8, fontname="helv", color=grey)
        page.insert_text((330, 806), "For more information on Europass go to http://europass.cedefop.europa.eu",
                         fontsize=6.3, fontname="helv", color=grey)
        page.insert_text((330, 815), "© European Union, 2002-2013   24082010", fontsize=6.3, fontname="helv",
                         color=grey)

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 40, 550, 792))],
                       res.meta, decorate)


# ---- PDF: a tinted right-hand sidebar with drawn segmented skill bars ------------------------


def tpl_skillbars_right(res: Any) -> bytes:
    tint = (0.92, 0.94, 0.97)
    ink = "#27415e"
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.5pt; color: #222; }}
    h2 {{ font-size: 9.4pt; color: {ink}; margin: 12pt 0 4pt 0; letter-spacing: 1px; }}
    p.line {{ margin: 0 0 2.6pt 0; }} p.contact {{ margin: 0 0 3pt 0; }}
    p.bar {{ margin: 0; }} p.barspace {{ margin: 0 0 2pt 0; font-size: 7pt; }}
    ul {{ margin: 0; padding-left: 9pt; }} li {{ margin: 0 0 2pt 0; }}
    table.entry {{ width: 100%; margin-top: 3pt; }} td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; }}
    """
    css_main = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #1d1d1d; }}
    h1 {{ font-size: 25pt; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 6pt 0; color: #5a6f86; }}
    h2 {{ font-size: 11pt; color: {ink}; margin: 10pt 0 3pt 0; border-bottom: 1.5px solid {ink}; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.6pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 4pt 0; }} p.line {{ margin: 0 0 2pt 0; }} p.sub {{ margin: 4pt 0 1pt 0; }}
    """

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    side = ("<h2>CONTACT</h2>" + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)
            + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.side()))
    main_html = (f"<h1>{hx(res.name)}</h1>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
                 + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.main()))
    bars = [(plain(i.text), float(i.fields[0])) for s in res.side() for i in s.items if i.kind == "bar"]
    x0 = 412

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno != 0:
            page.insert_text((36, 770), f"{plain(res.name)} – page {pno + 1}", fontsize=7, fontname="helv",
                             color=(0.5, 0.5, 0.5))
            return
        fill_rect(page, pymupdf.Rect(x0 - 14, 0, page.rect.width, page.rect.height), tint)
        for label, value in bars:
            hits = [r for r in page.search_for(label) if r.x0 >= x0 - 2]
            if not hits:
                continue
            r = hits[0]
            seg, gap, n = 26, 3, 6
            lit = round(value * n)
            for k in range(n):
                box = pymupdf.Rect(x0 + k * (seg + gap), r.y1 + 2, x0 + k * (seg + gap) + seg, r.y1 + 6.5)
                color = (0.15, 0.25, 0.37) if k < lit else (0.78, 0.82, 0.88)
                page.draw_rect(box, color=None, fill=color, width=0)

    flows = [
        Flow(side, css_side, lambda p: pymupdf.Rect(x0, 34, 590, 770) if p == 0 else None),
        Flow(main_html, css_main, lambda p: pymupdf.Rect(36, 34, 384, 756)),
    ]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- PDF: section headings in the left margin beside their entries ---------------------------


def tpl_margin_heads(res: Any) -> bytes:
    rust = "#9a3b16"
    css = f"""
    body {{ font-family: serif; font-size: 9.9pt; color: #1a1a1a; }}
    p.nm {{ font-size: 22pt; margin: 0; }}
    p.tag {{ font-size: 10.5pt; margin: 1pt 0 0 0; font-style: italic; color: #444; }}
    p.ct {{ text-align: right; font-size: 8.8pt; margin: 0; color: #333; }}
    table.m {{ margin: 0; }}
    td {{ padding: 0; vertical-align: top; }}
    td.h {{ color: {rust}; font-size: 10.2pt; font-weight: bold; }}
    p.h {{ margin: 9pt 0 0 0; }}
    table.entry {{ width: 100%; margin-top: 8pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; font-size: 9pt; color: #333; }}
    ul {{ margin: 0.5pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0; }} p.line {{ margin: 0 0 1.6pt 0; }} p.sub {{ margin: 4pt 0 0 0; }}
    p.rule {{ margin: 8pt 0 0 0; border-top: 0.6px solid #b9a79c; font-size: 2pt; }}
    """
    hw, cw = 92, 402  # heading column, entries (each cell adds about 12pt)
    contacts = "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)
    head = (f"<table class='m'><tr><td style='width:290pt'><p class='nm'>{hx(res.name)}</p>"
            + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"</td><td style='width:206pt'>{contacts}</td></tr></table>")
    parts = [head]

    def row(left: str, content: str) -> str:
        return (f"<table class='m'><tr><td class='h' style='width:{hw}pt'>{left}</td>"
                f"<td style='width:{cw}pt'>{content}</td></tr></table>")

    for s in res.sections:
        parts.append("<p class='rule'>&#160;</p>")
        first = True
        for fields, rest in split_entries(s.items):
            label = f"<p class='h'>{hx(s.title)}</p>" if first else ""
            first = False
            if fields is not None:
                parts.append(row(label, two_cell_rows(fields, False)))
                label = ""
            for it in rest:
                parts.append(row(label, one_item_html(it)))
                label = ""

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno > 0:
            page.insert_text((46, 30), f"{res.meta.get('running_name', plain(res.name))} – Resume, page {pno + 1}", fontsize=7.5,
                             fontname="tiro", color=(0.4, 0.4, 0.4))

    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 40, 566, 746))],
                       res.meta, decorate)


# ---- DOCX: work history as a bordered table, dates in their own right-hand column -----------


def dx_worktable(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10.5, 0.75, a4=True)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, m.get("header_text", "CURRICULUM VITAE"), size=8, color="7F7F7F")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("footer_text", plain(res.name)) + "  |  Page ", size=8, color="7F7F7F")
    add_field(fp, "PAGE", "1", size=8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, res.name.upper(), bold=True, size=18, color="1F3864", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="2F5496", align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    heads = [x.strip() for x in m.get("table_head", "Organisation / Role ;; Responsibilities ;; Period").split(";;")]
    widths = (Inches(1.75), Inches(3.95), Inches(1.05))
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, color="1F3864", before=12, after=4)
        bottom_border(h, "2F5496", 8)
        entries = split_entries(s.items)
        if any(f is not None for f, _ in entries):
            t = d.add_table(rows=1, cols=3)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for c, w, label in zip(t.rows[0].cells, widths, heads, strict=True):
                c.width = w
                c.paragraphs[0].text = ""
                add_runs(c.paragraphs[0], label, bold=True, size=9.5)
                shade_cell(c, "D9E2F3")
            for fields, rest in entries:
                if fields is None:
                    for it in rest:
                        para(d, it.text, after=2)
                    continue
                f0, f1, f2, f3 = fields
                cells = t.add_row().cells
                for c, w in zip(cells, widths, strict=True):
                    c.width = w
                who = cells[0].paragraphs[0]
                add_runs(who, f1, bold=True, size=10)
                if f0:
                    para(cells[0], f0, italic=True, size=9.5, after=0)
                if f2:
                    para(cells[0], f2, size=8.5, color="595959", after=0)
                body = cells[1]
                firstp = True
                for it in rest:
                    p = body.paragraphs[0] if firstp else body.add_paragraph()
                    firstp = False
                    p.paragraph_format.space_after = Pt(2)
                    if it.kind in ("bullet", "note"):
                        p.paragraph_format.left_indent = Inches(0.16)
                        p.paragraph_format.first_line_indent = Inches(-0.16)
                        add_runs(p, "•\u00a0" + it.text, size=9.8)
                    elif it.kind == "sub":
                        add_runs(p, it.text, bold=True, size=9.8)
                    else:
                        add_runs(p, it.text, size=9.8)
                add_runs(cells[2].paragraphs[0], f3, size=9.5)
            continue
        rows = [it for it in s.items if it.kind == "row"]
        if rows:
            t = d.add_table(rows=0, cols=max(len(r.fields) for r in rows))
            t.style = d.styles["Table Grid"]
            for r in rows:
                cells = t.add_row().cells
                for i, (c, v) in enumerate(zip(cells, r.fields, strict=False)):
                    c.paragraphs[0].text = ""
                    add_runs(c.paragraphs[0], v, bold=(i == 0), size=9.5)
                    if i == 0:
                        shade_cell(c, "F2F2F2")
        for it in s.items:
            if it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                p = para(d, it.text, after=3)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif it.kind in ("line", "sub"):
                para(d, it.text, bold=(it.kind == "sub"), after=1)
    return docx_bytes(d, m)


# ---- DOCX: a federal-style resume, labelled lines under every job, "Page N of M" --------------


def dx_federal(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Times New Roman", 11, 1.0)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    add_runs(fp, "Page ", size=9)
    add_field(fp, "PAGE", "1", size=9)
    add_runs(fp, " of ", size=9)
    add_field(fp, "NUMPAGES", m.get("pages", "4"), size=9)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, res.name, bold=True, size=14, after=0)
    for c in res.contacts:
        para(d, c, after=0)
    for s in res.sections:
        para(d, s.title.upper(), bold=True, size=12, before=14, after=4)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(d, f0, bold=True, before=10, after=0)
                if f1 or f2:
                    para(d, "   ".join(x for x in (f1, f2) if x), after=0)
                if f3:
                    para(d, f3, after=0)
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=4, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=6)
            elif it.kind == "line":
                para(d, it.text, after=0)
            elif it.kind == "row":
                para(d, "  ".join(it.fields), after=0)
    return docx_bytes(d, m)


# ---- DOCX: the page as one table, a shaded sidebar cell beside the main cell ------------------


def dx_sidebar_table(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Century Gothic", 9.5, 0.5)
    ink = m.get("ink", "3B4E5F")
    t = d.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Inches(2.35), Inches(5.15))
    for r in t.rows:
        for c, w in zip(r.cells, widths, strict=True):
            c.width = w
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    top.paragraphs[0].text = ""
    add_runs(top.paragraphs[0], res.name.upper(), bold=True, size=22, color=ink)
    if res.tagline:
        para(top, res.tagline, size=11, color="7F7F7F", after=6)
    side, body = t.rows[1].cells
    shade_cell(side, "E8ECEF")
    side.paragraphs[0].text = ""
    for c in res.contacts:
        para(side, c, size=8.5, after=2)
    for s in res.side():
        h = para(side, s.title.upper(), bold=True, size=10, color=ink, before=10, after=2)
        bottom_border(h, ink, 4)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(side, f0, bold=True, size=8.8, before=3, after=0)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    para(side, rest, size=8.5, after=0)
                if f3:
                    para(side, f3, italic=True, size=8.5, color="595959", after=1)
            elif it.kind in ("bullet", "note", "line"):
                para(side, it.text, size=8.5, after=1)
            elif it.kind in ("para", "para_nc", "sub"):
                para(side, it.text, size=8.5, after=2)
    body.paragraphs[0].text = ""
    for s in res.main():
        h = para(body, s.title.upper(), bold=True, size=11, color=ink, before=8, after=2)
        bottom_border(h, ink, 4)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(body, f0, bold=True, size=10.5, before=7, after=0)
                org = "  |  ".join(x for x in (f1, f2) if x)
                if org:
                    para(body, org, size=9.5, color=ink, after=0)
                if f3:
                    para(body, f3, italic=True, size=9, color="7F7F7F", after=1)
            elif it.kind in ("bullet", "note"):
                para(body, it.text, style="List Bullet", size=9.5, after=1)
            elif it.kind in ("para", "para_nc"):
                para(body, it.text, size=9.5, after=3)
            elif it.kind == "sub":
                para(body, it.text, bold=True, italic=True, size=9.5, before=3, after=1)
            elif it.kind == "line":
                para(body, it.text, size=9.5, after=1)
    return docx_bytes(d, m)


# ---- TXT: a resume written in Markdown, the markup left in -----------------------------------


def txt_markdown(res: Any) -> bytes:
    """# name, ## sections, ### entries with the dates in an italic line under them; bullets and
    notes as "- ", lines and paragraphs as they are; **bold** and ''italic'' left as Markdown."""
    m = res.meta

    def md(text: str) -> str:
        out = []
        for s, b, i in segments(text):
            out.append(f"**{s}**" if b else f"*{s}*" if i else s)
        return "".join(out)

    lines = [f"# {plain(res.name)}"]
    if res.tagline:
        lines.append(md(res.tagline))
    lines.extend(md(c) for c in res.contacts)
    for s in res.sections:
        lines += ["", f"## {s.title}", ""]
        for it in s.items:
            if it.kind == "blank":
                if lines[-1] != "":
                    lines.append("")
            elif it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                if lines[-1] != "":
                    lines.append("")
                lines.append("### " + " — ".join(x for x in (f0, f1) if x))
                tail = " · ".join(x for x in (f3, f2) if x)
                if tail:
                    lines.append(f"*{tail}*")
            elif it.kind in ("bullet", "note"):
                lines.append("- " + md(it.text))
            elif it.kind == "sub":
                lines.append(f"**{plain(it.text)}**")
            elif it.kind == "row":
                header = not lines[-1].startswith("|")
                lines.append("| " + " | ".join(it.fields) + " |")
                if header:
                    lines.append("|" + "|".join("---" for _ in it.fields) + "|")
            else:
                lines.append(md(it.text))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


# ---- PDF posting: a LinkedIn job page printed from the browser -------------------------------


def linkedin_job_pdf(job: Any) -> bytes:
    m = job.meta
    css = """
    body { font-family: sans-serif; font-size: 10pt; color: #1d1d1d; }
    p.li { font-size: 15pt; color: #0a66c2; font-weight: bold; margin: 0 0 10pt 0; }
    p.co { font-size: 10pt; margin: 0 0 2pt 0; }
    h1 { font-size: 18pt; margin: 0 0 3pt 0; color: #000; }
    p.meta { color: #666; font-size: 9.3pt; margin: 0 0 6pt 0; }
    p.chips { font-size: 9.3pt; margin: 0 0 3pt 0; color: #1d1d1d; }
    p.btn { color: #fff; font-weight: bold; margin: 8pt 0 12pt 0; font-size: 10pt; }
    h3 { font-size: 12.5pt; margin: 12pt 0 4pt 0; }
    p { margin: 0 0 6pt 0; line-height: 1.3; }
    ul { margin: 0 0 6pt 0; padding-left: 16pt; } li { margin: 0 0 2.5pt 0; }
    p.foot { color: #666; font-size: 8.5pt; margin-top: 14pt; }
    """
    parts = ["<p class='li'>in&#160;&#160;LinkedIn</p>", f"<p class='co'>{hx(m['company'])}</p>",
             f"<h1>{hx(m['title'])}</h1>", f"<p class='meta'>{hx(m['location'])}</p>"]
    parts += [f"<p class='chips'>{hx(x.strip())}</p>" for x in m.get("chips", "").split(";;") if x.strip()]
    parts.append("<p class='btn'>&#160;&#160;Apply&#160;&#160;</p>")
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
        parts.append(f"<h3>{hx(text)}</h3>" if kind == "h" else f"<p>{hx(text)}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((230, 20), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 779), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((570, 779), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)
        if pno == 0:
            hits = page.search_for("Apply")
            if hits:
                r = hits[0]
                page.draw_rect(pymupdf.Rect(r.x0 - 14, r.y0 - 5, r.x1 + 14, r.y1 + 5), color=None,
                               fill=(0.04, 0.40, 0.76), overlay=False, radius=0.5)

    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(64, 40, 548, 752))],
                       pdf_meta, decorate)


PDF_TEMPLATES["newspaper2col"] = tpl_newspaper2col
PDF_TEMPLATES["awesome_onepage"] = tpl_awesome_onepage
PDF_TEMPLATES["timeline"] = tpl_timeline
PDF_TEMPLATES["europass_classic"] = tpl_europass_classic
PDF_TEMPLATES["skillbars_right"] = tpl_skillbars_right
PDF_TEMPLATES["margin_heads"] = tpl_margin_heads
DOCX_TEMPLATES["docx_worktable"] = dx_worktable
DOCX_TEMPLATES["docx_federal"] = dx_federal
DOCX_TEMPLATES["docx_sidebar_table"] = dx_sidebar_table
_base_build_resume = _ns["build_resume"]
_base_build_posting = _ns["build_posting"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def check_complete(res: Any, data: bytes) -> None:
    """Every piece of the source shows up in the PDF's text: a story that overflows its area
    at an unlucky height can report itself finished and drop the rest, so a layout change that
    loses text fails the build instead of shipping a shorter resume."""
    doc = pymupdf.open("pdf", data)
    text = _squash(" ".join(p.get_text() for p in doc))
    wanted: list[str] = [res.name, *(x for c in res.contacts for x in c.split("::"))]
    for sec in res.sections:
        wanted.append(sec.title)
        for it in sec.items:
            if it.kind == "row":
                wanted.extend(w for f in it.fields for w in f.split())
            elif it.kind == "entry":
                wanted.extend(it.fields)
            else:
                wanted.append(it.text)
    missing = [w for w in wanted if _squash(plain(w)) and _squash(plain(w))[:30] not in text]
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_markdown":
        return txt_markdown(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "linkedin_job_pdf":
        return linkedin_job_pdf(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
