"""Rebuild the twentieth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout20/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout20/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the nineteenth set's helpers
(font subsetting, fixed metadata after decoration, Word page fields, entry splitting, the check
that a PDF holds all of its source text); this set has its own sources and its own shuffle seed
for the line list. Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
a LaTeX moderncv look on A4 with the dates in a left margin column and the section names in small
capitals beside a short rule ("moderncv_sc"), a Google Docs Word export whose entries carry the
dates right-aligned on the same line by a tab stop and no author in the file ("docx_gdocs_tabs"),
a PDF whose section headings are an icon in a tinted disc plus text and whose contact line is
icon glyphs (fonts subset, "icon_heads"), a dense one-page PDF in two columns at a tiny font size
("dense_onepage"), a Word resume laid out as one two-column table (left: skills and education,
right: experience) with a vertical rule and the name row repeated on every page ("docx_split_table"),
a three-page academic CV with numbered publications and a running header from page two
("academic_cv"), a two-page PDF with a right-hand sidebar of tinted "Key achievements" boxes
("achievement_boxes"), a plain-ASCII resume exported from a job portal ("txt_portal"), a Word
resume whose entries sit in borderless two-column tables with the dates in the right-hand column,
the name in the page header and "Page N of M" in the footer ("docx_datecol"), and a PDF with a
vertical year rail left of each role, the years printed on the rail ("year_rail").
"""

from __future__ import annotations

import re
import sys
import textwrap
import unicodedata
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

_base = set_build(__file__, 20261209, "heldout20_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, no_table_borders, para,
 plain, right_tab, segments, two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the nineteenth set's) ------------------------------------------------------


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
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


def docx_block(container: Any, items: list[Any], size: float | None = None) -> None:
    """Bullets, sub-headings, paragraphs and lines of one entry into a Word container."""
    for it in items:
        if it.kind in ("bullet", "note"):
            para(container, it.text, style="List Bullet", size=size, after=1)
        elif it.kind == "sub":
            para(container, it.text, bold=True, italic=True, size=size, before=3, after=1)
        elif it.kind in ("para", "para_nc"):
            para(container, it.text, size=size, after=3)
        elif it.kind == "line":
            para(container, it.text, size=size, after=1)
        elif it.kind == "row":
            para(container, "   ".join(it.fields), size=size, after=1)


def first_cell_paragraph(cell: Any) -> Any:
    p = cell.paragraphs[0]
    p.text = ""
    return p


# ---- PDF: LaTeX moderncv look, dates in the left margin, small-caps section names -------------


def tpl_moderncv_sc(res: Any) -> bytes:
    ink = res.meta.get("accent", "#a0522d")
    css = f"""
    body {{ font-family: serif; font-size: 10pt; color: #1a1a1a; }}
    td {{ padding: 0; vertical-align: top; }}
    td.dc {{ text-align: right; color: #444; font-size: 8.9pt; font-style: italic; }}
    p.bar {{ border-bottom: 4px solid {ink}; margin: 5pt 0 0 0; font-size: 3pt; }}
    p.h2 {{ color: {ink}; font-size: 13.5pt; margin: 0; }}
    table.sec {{ margin: 11pt 0 3pt 0; }} table.ent {{ margin: 3.5pt 0 0 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.line {{ margin: 0 0 1.6pt 0; }} p.para {{ margin: 1pt 0 2pt 0; text-align: justify; }}
    p.sub {{ margin: 3pt 0 0 0; }} p.e {{ margin: 0 0 1pt 0; }}
    p.nm {{ font-size: 28pt; margin: 0; color: #111; }} p.nm2 {{ font-size: 28pt; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 12pt; color: #666; margin: 3pt 0 0 0; font-style: italic; }}
    p.ct {{ text-align: right; font-size: 8.8pt; margin: 0 0 1pt 0; color: #333; font-style: italic; }}
    """
    dw, cw = 78, 394  # the date column and the content column (each cell adds about 12pt)
    first, _, last = plain(res.name).partition(" ")
    contacts = "".join(f"<p class='ct'>{hx(c, True)}</p>" for c in res.contacts)
    head = (f"<table style='width:100%'><tr><td style='width:290pt'><p class='nm'>{hx(first, True)}</p>"
            f"<p class='nm2'>{hx(last, True)}</p>"
            + (f"<p class='tag'>{hx(res.tagline, True)}</p>" if res.tagline else "")
            + f"</td><td style='width:200pt'>{contacts}</td></tr></table>")
    parts = [head]

    def row(left: str, right: str, cls: str = "ent") -> str:
        return (f"<table class='{cls}'><tr><td class='dc' style='width:{dw}pt'>{left}</td>"
                f"<td style='width:{cw}pt'>{right}</td></tr></table>")

    for s in res.sections:
        parts.append(row("<p class='bar'>&#160;</p>",
                         f"<p class='h2'>{fake_small_caps(s.title, 0.8)}</p>", "sec"))
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(row("", block_html(rest, True)))
                continue
            f0, f1, f2, f3 = fields
            bits = [f"<b>{hx(f0, True)}</b>"] if f0 else []
            if f1:
                bits.append(f"<i>{hx(f1, True)}</i>")
            if f2:
                bits.append(hx(f2, True))
            parts.append(row(hx(f3, True), f"<p class='e'>{', '.join(bits)}.</p>" + block_html(rest, True)))
    footer = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if footer:
            w = pymupdf.get_text_length(footer, "tiro", 7.5)
            page.insert_text((297.6 - w / 2, 815), footer, fontsize=7.5, fontname="tiro", color=(0.45, 0.45, 0.45))

    bottom = float(res.meta.get("bottom", "796"))
    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 42, 552, bottom))],
                       res.meta, decorate)


# ---- DOCX: a Google Docs export, dates right-aligned by a tab stop on the entry line ----------


def dx_gdocs_tabs(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Arial", 10, 0.6)
    width = 8.5 - 1.2
    normal = d.styles["Normal"].paragraph_format
    normal.line_spacing = 1.15
    para(d, res.name, bold=True, size=17, after=0)
    if res.tagline:
        para(d, res.tagline, size=10.5, color="666666", after=2)
    for c in res.contacts:
        para(d, c, size=9, after=0)
    for s in res.sections:
        h = d.add_paragraph(style="Heading 1")
        add_runs(h, s.title.upper(), bold=True, size=11, color="1155CC")
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.space_after = Pt(3)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=7, after=0)
                right_tab(p, width)
                add_runs(p, f1 or f0, bold=True)
                if f2:
                    add_runs(p, ", " + f2)
                if f3:
                    p.add_run("\t" + f3)
                if f1 and f0:
                    para(d, f0, italic=True, after=1)
            elif it.kind == "sub":
                p = para(d, before=3, after=1)
                right_tab(p, width)
                text, _, when = it.text.partition(" @@ ")
                add_runs(p, text, italic=True)
                if when:
                    p.add_run("\t" + when)
            else:
                docx_block(d, [it])
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    return docx_bytes(d, m)


# ---- PDF: icon + text section headings, icon glyphs in the contact line -----------------------


def tpl_icon_heads(res: Any) -> bytes:
    ink = res.meta.get("accent", "#2a6f97")
    icons = dict(x.split("=", 1) for x in res.meta.get("icons", "").split(";;") if "=" in x)
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #222; }}
    p.nm {{ font-size: 24pt; margin: 0; color: #16324f; font-weight: bold; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 4pt 0; color: {ink}; }}
    p.contact {{ font-size: 8.6pt; margin: 0 0 1pt 0; color: #333; }}
    table.h {{ margin: 11pt 0 3pt 0; }} td {{ padding: 0; vertical-align: middle; }}
    td.ic {{ color: #fff; font-size: 10pt; text-align: center; }}
    td.ht {{ color: #16324f; font-size: 11pt; font-weight: bold; letter-spacing: 1px; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.6pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    parts = [f"<p class='nm'>{hx(res.name, True)}</p>"
             + (f"<p class='tag'>{hx(res.tagline, True)}</p>" if res.tagline else "")
             + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts)]

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True, right_style="color:#555")

    for s in res.sections:
        icon = icons.get(s.title, "■")
        parts.append(f"<table class='h'><tr><td class='ic' style='width:14pt'>{html_text(icon)}</td>"
                     f"<td style='width:6pt'>&#160;</td>"
                     f"<td class='ht' style='width:470pt'>{hx(s.title.upper(), True)}</td></tr></table>")
        parts.append(items_html(s.items, entry, lig=True))
    ink_rgb = tuple(int(ink[i:i + 2], 16) / 255 for i in (1, 3, 5))
    glyphs = set(icons.values())

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for blk in page.get_text("rawdict")["blocks"]:
            for line in blk.get("lines", []):
                for span in line["spans"]:
                    chars = span["chars"]
                    if len(chars) == 1 and chars[0]["c"] in glyphs and span["size"] > 9.5:
                        b = pymupdf.Rect(chars[0]["bbox"])
                        c = pymupdf.Point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)
                        page.draw_circle(c, 9, color=None, fill=ink_rgb, overlay=False)
                        page.draw_line(pymupdf.Point(c.x + 14, b.y1 + 3), pymupdf.Point(560, b.y1 + 3),
                                       color=(0.75, 0.8, 0.85), width=0.6)
        label = res.meta.get("footer", "")
        grey = (0.5, 0.5, 0.5)
        if label:
            page.insert_text((48, 772), label, fontsize=7, fontname="helv", color=grey)
        page.insert_text((548, 772), f"{pno + 1}", fontsize=7, fontname="helv", color=grey)

    data = compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(48, 40, 564, 756))],
                       res.meta, decorate)
    return subset_fonts(data)


def html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- PDF: dense one page, two columns, tiny font ----------------------------------------------


def tpl_dense_onepage(res: Any) -> bytes:
    ink = "#5b2a86"
    size = res.meta.get("font_size", "7.4")
    common = f"""
    body {{ font-family: sans-serif; font-size: {size}pt; color: #111; }}
    h2 {{ font-size: 8.6pt; color: {ink}; margin: 5pt 0 1.5pt 0; border-bottom: 0.5px solid {ink}; }}
    table.entry {{ width: 100%; margin-top: 2.5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #444; }}
    ul {{ margin: 0.5pt 0 0 0; padding-left: 8pt; }} li {{ margin: 0 0 0.7pt 0; }}
    p.para {{ margin: 0.5pt 0 1pt 0; text-align: justify; }} p.line {{ margin: 0 0 0.8pt 0; }}
    p.sub {{ margin: 1.5pt 0 0 0; }}
    """
    head_css = """
    body { font-family: sans-serif; color: #111; }
    p.nm { font-size: 17pt; margin: 0; font-weight: bold; }
    p.tag { font-size: 8.5pt; margin: 0 0 1pt 0; color: #5b2a86; }
    p.contact { font-size: 7.3pt; margin: 0; color: #333; }
    """
    head = (f"<p class='nm'>{hx(res.name, True)}</p>" + (f"<p class='tag'>{hx(res.tagline, True)}</p>"
            if res.tagline else "") + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    def html_of(sections: list[Any]) -> str:
        return "".join(f"<h2>{hx(s.title.upper(), True)}</h2>" + items_html(s.items, entry, lig=True)
                       for s in sections)

    top = float(res.meta.get("columns_top", "70"))
    split = 372.0

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_line(pymupdf.Point(30, top - 5), pymupdf.Point(582, top - 5), color=(0.36, 0.16, 0.53), width=1.2)
        page.draw_line(pymupdf.Point(split + 6, top + 2), pymupdf.Point(split + 6, 770), color=(0.8, 0.8, 0.8),
                       width=0.4)

    flows = [Flow(head, head_css, lambda p: pymupdf.Rect(30, 22, 582, top - 7) if p == 0 else None),
             Flow(html_of(res.main()), common, lambda p: pymupdf.Rect(30, top, split, 774) if p == 0 else None),
             Flow(html_of(res.side()), common, lambda p: pymupdf.Rect(split + 12, top, 582, 774) if p == 0 else None)]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- DOCX: the whole resume as one two-column table, a vertical rule, a repeated name row ------


def dx_split_table(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10, 0.55)
    ink = m.get("ink", "1F4E79")
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="single" w:sz="6" w:color="{ink}"/>'
        f'<w:insideV w:val="single" w:sz="4" w:color="A6A6A6"/></w:tblBorders>'))
    widths = (Inches(2.25), Inches(5.15))
    for r in t.rows:
        for c, w in zip(r.cells, widths, strict=True):
            c.width = w
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))  # Word repeats the name row on every page
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    p = first_cell_paragraph(top)
    add_runs(p, res.name, bold=True, size=20, color=ink)
    if res.tagline:
        add_runs(p, "   " + res.tagline, size=11, color="595959")
    para(top, "   |   ".join(plain(c) for c in res.contacts), size=8.5, after=4)
    side, body = t.rows[1].cells
    first_cell_paragraph(side)
    for s in res.side():
        para(side, s.title.upper(), bold=True, size=9.5, color=ink, before=8, after=2)
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                para(side, f0, bold=True, size=9, before=3, after=0)
                for x in (f1, f2, f3):
                    if x:
                        para(side, x, size=8.5, after=0)
            for it in rest:
                para(side, it.text if it.kind != "row" else " ".join(it.fields), size=8.8, after=1)
    first_cell_paragraph(body)
    for s in res.main():
        h = para(body, s.title, bold=True, size=12, color=ink, before=6, after=3)
        bottom_border(h, "A6A6A6", 4)
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                p = para(body, before=6, after=0)
                right_tab(p, 5.0)
                add_runs(p, f0, bold=True, size=10.5)
                if f3:
                    add_runs(p, "\t" + f3, size=9, color="595959")
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    para(body, org, italic=True, size=9.5, color=ink, after=1)
            docx_block(body, rest, size=9.8)
    return docx_bytes(d, m)


# ---- PDF: a three-page academic CV, numbered publications, running header from page two -------


def tpl_academic_cv(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.6pt; color: #000; }
    p.cv { text-align: center; font-size: 9.5pt; letter-spacing: 3px; margin: 0 0 2pt 0; color: #333; }
    p.nm { text-align: center; font-size: 21pt; margin: 0 0 4pt 0; }
    p.tag { text-align: center; font-size: 11pt; margin: 0 0 4pt 0; font-style: italic; }
    p.contact { text-align: center; font-size: 9.6pt; margin: 0 0 1pt 0; }
    h2 { font-size: 12pt; margin: 14pt 0 4pt 0; border-bottom: 0.6px solid #000; font-weight: normal; }
    table.entry { width: 100%; margin-top: 5pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ul { margin: 1pt 0 0 0; padding-left: 14pt; } li { margin: 0 0 2.5pt 0; }
    p.para { margin: 2pt 0 4pt 0; text-align: justify; line-height: 1.25; }
    p.line { margin: 0 0 4pt 0; padding-left: 22pt; text-indent: -22pt; line-height: 1.2; }
    p.sub { margin: 6pt 0 2pt 0; }
    """
    parts = ["<p class='cv'>CURRICULUM VITAE</p>", f"<p class='nm'>{hx(res.name, True)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline, True)}</p>")
    parts += [f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts]

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    for s in res.sections:
        parts.append(f"<h2>{fake_small_caps(s.title, 0.8)}</h2>" + items_html(s.items, entry, lig=True))
    owner = plain(res.name)
    updated = res.meta.get("updated", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno > 0:
            page.insert_text((72, 40), f"{owner} — Curriculum Vitae", fontsize=8.5, fontname="tiro",
                             color=(0.3, 0.3, 0.3))
            label = f"{pno + 1} of {count}"
            page.insert_text((540 - pymupdf.get_text_length(label, "tiro", 8.5), 40), label, fontsize=8.5,
                             fontname="tiro", color=(0.3, 0.3, 0.3))
            page.draw_line(pymupdf.Point(72, 45), pymupdf.Point(540, 45), color=(0.5, 0.5, 0.5), width=0.4)
        elif updated:
            page.insert_text((72, 760), updated, fontsize=8, fontname="tiro", color=(0.4, 0.4, 0.4))

    return compose_pdf(LETTER, [Flow("".join(parts), css,
                                     lambda p: pymupdf.Rect(72, 54 if p == 0 else 60, 540, 740))],
                       res.meta, decorate)


# ---- PDF: a right-hand sidebar of "Key achievements" boxes, two pages --------------------------


def tpl_achievement_boxes(res: Any) -> bytes:
    ink = "#234e52"
    css_main = f"""
    body {{ font-family: sans-serif; font-size: 9.9pt; color: #222; }}
    p.nm {{ font-size: 25pt; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 3pt 0; color: #555; }}
    p.contact {{ font-size: 8.6pt; margin: 0 0 1pt 0; color: #333; }}
    h2 {{ font-size: 11pt; color: {ink}; margin: 12pt 0 3pt 0; border-bottom: 1.2px solid {ink}; }}
    table.entry {{ width: 100%; margin-top: 6pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.6pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }} p.sub {{ margin: 4pt 0 1pt 0; }}
    """
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.6pt; color: #1d1d1d; }}
    h3 {{ font-size: 9.8pt; color: {ink}; margin: 10pt 0 4pt 0; letter-spacing: 1px; }}
    div.box {{ background-color: #e6f0ef; border: 0.8px solid #7aa6a3; padding: 5pt; margin: 0 0 6pt 0; }}
    p.big {{ font-size: 15pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.cap {{ margin: 1pt 0 0 0; }} p.line {{ margin: 0 0 2pt 0; }}
    ul {{ margin: 0; padding-left: 9pt; }} li {{ margin: 0 0 1.5pt 0; }}
    table.entry {{ width: 100%; margin-top: 3pt; }} td.el {{ padding: 0; }} td.er {{ padding: 0; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    main_html = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry)
                               for s in res.main())
    side_parts = []
    for s in res.side():
        side_parts.append(f"<h3>{hx(s.title.upper())}</h3>")
        for it in s.items:
            if it.kind in ("bullet", "note") and " :: " in it.text:
                big, _, cap = it.text.partition(" :: ")
                side_parts.append(f"<div class='box'><p class='big'>{hx(big)}</p><p class='cap'>{hx(cap)}</p></div>")
            elif it.kind == "bullet":
                side_parts.append(f"<div class='box'><p class='cap'>{hx(it.text)}</p></div>")
            elif it.kind != "blank":
                side_parts.append(one_item(it))
    grey = (0.45, 0.45, 0.45)
    footer = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_line(pymupdf.Point(404, 40), pymupdf.Point(404, 800), color=(0.48, 0.65, 0.64), width=0.5)
        page.insert_text((40, 820), footer, fontsize=7, fontname="helv", color=grey)
        page.insert_text((530, 820), f"Page {pno + 1} of {count}", fontsize=7, fontname="helv", color=grey)

    flows = [Flow(main_html, css_main, lambda p: pymupdf.Rect(40, 38, 392, 790)),
             Flow("".join(side_parts), css_side, lambda p: pymupdf.Rect(416, 44, 558, 804) if p == 0 else None)]
    return compose_pdf(A4, flows, res.meta, decorate)


def one_item(it: Any) -> str:
    if it.kind in ("bullet", "note"):
        return f"<ul><li>{hx(it.text)}</li></ul>"
    if it.kind == "sub":
        return f"<p class='line'><b>{hx(it.text)}</b></p>"
    if it.kind == "row":
        return f"<p class='line'>{hx(' | '.join(it.fields))}</p>"
    return f"<p class='line'>{hx(it.text)}</p>"


# ---- TXT: a plain-ASCII resume exported from a job portal -------------------------------------


def txt_portal(res: Any) -> bytes:
    """A portal's "download as text": labelled profile lines, section names over a row of dashes,
    roles as one "Title | Company | City | dates" line, "*" bullets hard-wrapped at 80 columns."""
    m = res.meta
    lines = [x for x in m.get("portal_head", "").split(" ;; ") if x]
    lines.append(f"Name: {plain(res.name)}")
    if res.tagline:
        lines.append(f"Headline: {plain(res.tagline)}")
    lines.extend(plain(c) for c in res.contacts)
    wrap = textwrap.TextWrapper(width=80, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    for s in res.sections:
        lines += ["", s.title, "-" * len(s.title)]
        for it in s.items:
            if it.kind == "blank":
                if lines[-1] != "":
                    lines.append("")
            elif it.kind == "entry":
                if lines[-1] not in ("", "-" * len(s.title)):
                    lines.append("")
                lines.append(" | ".join(x for x in it.fields if x))
            elif it.kind in ("bullet", "note"):
                lines.extend(wrap.wrap("* " + plain(it.text)))
            elif it.kind in ("para", "para_nc"):
                lines.extend(textwrap.wrap(plain(it.text), width=80, break_on_hyphens=False))
            elif it.kind == "row":
                lines.append(" | ".join(it.fields))
            else:
                lines.append(plain(it.text))
    lines += ["", *(x for x in m.get("portal_foot", "").split(" ;; ") if x)]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    bad = sorted({ch for ch in text if ord(ch) > 126 or (ord(ch) < 32 and ch not in "\r\n")})
    if bad:
        raise ValueError(f"{m['output']}: not plain ASCII: {bad}")
    return text.encode("ascii")


# ---- DOCX: entries in borderless two-column tables, dates in the right-hand column ------------


def dx_datecol(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Cambria", 10.5, 0.8)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    right_tab(hp, 6.9)
    add_runs(hp, plain(res.name), bold=True, size=9, color="404040")
    add_runs(hp, "\t" + m.get("header_right", "Curriculum Vitae"), size=9, color="404040")
    bottom_border(hp, "BFBFBF", 4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, "Page ", size=8.5, color="7F7F7F")
    add_field(fp, "PAGE", "1", size=8.5)
    add_runs(fp, " of ", size=8.5, color="7F7F7F")
    add_field(fp, "NUMPAGES", m.get("pages", "3"), size=8.5)
    para(d, res.name.upper(), bold=True, size=16, color="0B3D2E", after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="0B3D2E", after=2)
    for c in res.contacts:
        para(d, c, size=9.5, after=0)
    widths = (Inches(5.45), Inches(1.45))
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, color="0B3D2E", before=12, after=3)
        bottom_border(h, "0B3D2E", 6)
        for fields, rest in split_entries(s.items):
            if fields is None:
                docx_block(d, rest)
                continue
            f0, f1, f2, f3 = fields
            t = d.add_table(rows=1, cols=2)
            no_table_borders(t)
            left, right = t.rows[0].cells
            for c, w in zip((left, right), widths, strict=True):
                c.width = w
            p = first_cell_paragraph(left)
            add_runs(p, f0, bold=True, size=10.5)
            org = ", ".join(x for x in (f1, f2) if x)
            if org:
                para(left, org, italic=True, size=10, after=1)
            docx_block(left, rest, size=10)
            rp = first_cell_paragraph(right)
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_runs(rp, f3, bold=True, size=9.5, color="595959")
            para(d, "", after=0).paragraph_format.space_after = Pt(2)
    return docx_bytes(d, m)


# ---- PDF: a vertical year rail left of each role, the years printed on the rail ---------------


YEAR = re.compile(r"(19|20)\d\d")


def tpl_year_rail(res: Any) -> bytes:
    ink = "#8a3b12"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.5pt; color: #222; }}
    p.nm {{ font-size: 24pt; margin: 0; color: #1e1e1e; }}
    p.tag {{ font-size: 11pt; color: {ink}; margin: 2pt 0 3pt 0; }}
    p.contact {{ font-size: 8.6pt; color: #444; margin: 0 0 0.5pt 0; }}
    h2 {{ font-size: 10.8pt; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1.2px; }}
    table.tl {{ margin: 0; }} td {{ padding: 0; vertical-align: top; }}
    td.y {{ text-align: center; color: {ink}; font-size: 8.4pt; font-weight: bold; }}
    p.yy {{ margin: 6pt 0 0 0; }} p.yz {{ margin: 1pt 0 0 0; }}
    p.t {{ margin: 6pt 0 0 0; font-weight: bold; font-size: 10pt; }}
    p.o {{ margin: 0 0 1pt 0; color: #555; font-size: 9pt; }}
    ul {{ margin: 0.5pt 0 0 0; padding-left: 10pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 2pt 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 4pt 0 0 0; }}
    """
    yw, cw = 34, 440
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def row(years: str, content: str) -> str:
        return (f"<table class='tl'><tr><td class='y' style='width:{yw}pt'>{years}</td>"
                f"<td style='width:{cw}pt'>{content}</td></tr></table>")

    parts = [head]
    labels: list[str] = []
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title.upper())}</h2>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                ys = [m.group(0) for m in YEAR.finditer(f3)]
                rail = ""
                if ys:
                    start = ys[0]
                    end = ys[-1] if len(ys) > 1 else ("now" if re.search(r"present|now|current", f3, re.I) else "")
                    rail = f"<p class='yy'>{end or start}</p>" + (f"<p class='yz'>{start}</p>" if end and end != start
                                                                  else "")
                    labels.extend(x for x in (end, start) if x)
                org = " · ".join(x for x in (f1, f2, f3) if x)
                parts.append(row(rail, f"<p class='t'>{hx(f0)}</p>" + (f"<p class='o'>{hx(org)}</p>" if org else "")))
            for it in rest:
                parts.append(row("", block_html([it])))
    x_rail = 46 + (yw + 12) / 2
    wanted = set(labels)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        boxes = []
        for w in page.get_text("words"):
            r = pymupdf.Rect(w[:4])
            if w[4] in wanted and r.x1 < 46 + yw + 14:
                boxes.append(r)
        for r in boxes:
            page.draw_rect(pymupdf.Rect(r.x0 - 2, r.y0 - 1, r.x1 + 2, r.y1 + 1), color=(0.54, 0.23, 0.07),
                           fill=(1, 1, 1), width=0.6, overlay=False, radius=0.3)
        if boxes:
            page.draw_line(pymupdf.Point(x_rail, 44 if pno else min(r.y0 for r in boxes) - 6),
                           pymupdf.Point(x_rail, 790), color=(0.75, 0.55, 0.45), width=1.4, overlay=False)
        grey = (0.45, 0.45, 0.45)
        page.insert_text((46, 815), res.meta.get("footer", ""), fontsize=7, fontname="helv", color=grey)
        page.insert_text((530, 815), f"{pno + 1}/{count}", fontsize=7, fontname="helv", color=grey)

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 40, 552, 796))],
                       res.meta, decorate)


PDF_TEMPLATES["moderncv_sc"] = tpl_moderncv_sc
PDF_TEMPLATES["icon_heads"] = tpl_icon_heads
PDF_TEMPLATES["dense_onepage"] = tpl_dense_onepage
PDF_TEMPLATES["academic_cv"] = tpl_academic_cv
PDF_TEMPLATES["achievement_boxes"] = tpl_achievement_boxes
PDF_TEMPLATES["year_rail"] = tpl_year_rail
DOCX_TEMPLATES["docx_gdocs_tabs"] = dx_gdocs_tabs
DOCX_TEMPLATES["docx_split_table"] = dx_split_table
DOCX_TEMPLATES["docx_datecol"] = dx_datecol
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
    for sec in res.sections:
        wanted.append(sec.title)
        for it in sec.items:
            if it.kind == "row":
                wanted.extend(w for f in it.fields for w in f.split())
            elif it.kind == "entry":
                wanted.extend(it.fields)
            elif it.kind in ("bullet", "note") and " :: " in it.text:
                wanted.extend(it.text.split(" :: "))
            else:
                wanted.append(it.text)
    missing = [w for w in wanted if _squash(plain(w)) and _squash(plain(w))[:30] not in text]
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_portal":
        return txt_portal(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


_ns["build_resume"] = build_resume

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
