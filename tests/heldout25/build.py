"""Rebuild the twenty-fifth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout25/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout25/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fourth set's helpers
(font subsetting, entry splitting, shaded Word cells, Word page fields, the check that a PDF
holds all of its source text); this set has its own sources and its own shuffle
seed for the line list. Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF from an Indonesian job site's CV builder with an orange top band, a drawn photo frame at
the top right, contact items behind icon glyphs, a "Personal Data" block of label-colon-value rows,
section names as white text on an orange tab with a rule running on to the margin, and the site's
footer with "Halaman n dari N" ("id_jobsite_tab_heads"); a Word CV whose section names are shaded
paragraphs with a thick coloured left border in small capitals, the contacts on one line, each entry
as a bold line over an italic line with the dates at a right tab, and a borderless skills table
("docx_left_bar_heads"); a Word CV whose name and contact details sit in a two-cell table in the
page header, with "Page n of N" fields in the footer above a rule ("docx_header_contact_table"); an
A4 PDF with a thin timeline rule at the left edge of the entries, a small square marker at each
entry and the dates written "2019/06 – 2019/11" in a grey monospaced line above each title
("thin_rule_slash_dates"); a Word career history in the Japanese shokumu-keirekisho style whose
employment is told as periods, each a short narrative above a four-column bordered table (Period |
Project / role | Team size | Environment) with the achievements inside the project cell, square
section marks and the closing mark ("docx_shokumu_columns"); a two-page Letter PDF in a serif face
that opens with a tinted "Selected Impact" box of numbered lines ("01", "02" ...), each role's
dates at the right of its title line, team-scope lines in italics and a running header from page
two ("impact_numbered_2page"); a UTF-8 plain-text resume with section names underlined by box-drawing
rules, "•" bullets under the first role and typed hyphens elsewhere, and one role line whose dates
are set off by tabs ("txt_box_rules_tab"); a one-column Letter PDF exported from a Word template in
a serif face, section names in small capitals with a coloured rule under each, the school or
employer with its place on one line and the degree or title with its dates in italics on the next
("word_serif_rules"); an A4 PDF with a coloured bar beside the name, the first name light and the
surname bold, section names in letter-spaced small capitals without rules, dates flush right in grey
on the title line, a "Tech stack" line under each role and a data-processing consent clause at the
foot of the last page ("smallcaps_techstack"); a two-column Letter PDF whose tinted left column holds
the skills, patents and awards under a full-width name header ("left_rail_patents"); and a job posting
printed from a Kenyan job board with a job-summary box of labelled fields, a gross monthly salary
range and an "Apply by" date ("ke_jobboard_pdf").
"""

from __future__ import annotations

import re
import sys
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

_base = set_build(__file__, 20261214, "heldout25_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, group_bullets, hx, main, new_docx, no_table_borders, para, plain, right_tab,
 segments) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "group_bullets", "hx", "main",
    "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the twenty-fourth set's) ---------------------------------------------------


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def shade_cell(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def add_field(par: Any, instr: str, cached: str, size: float | None = None, color: str | None = None) -> None:
    """A simple Word field (PAGE, NUMPAGES) with the value Word last showed."""
    props = (f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + (f'<w:color w:val="{color}"/>' if color else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r>{rpr}'
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


def meta_pairs(meta: dict[str, str], key: str) -> list[tuple[str, str]]:
    """'a => b ;; c => d' as [(a, b), (c, d)]."""
    out = []
    for chunk in meta.get(key, "").split(";;"):
        left, sep, right = chunk.partition("=>")
        if sep:
            out.append((left.strip(), right.strip()))
    return out


def set_pdf_meta(doc: pymupdf.Document, meta: dict[str, str]) -> None:
    when = meta.get("date", "D:20261201120000Z")
    doc.set_metadata({"title": meta.get("title", ""), "author": meta.get("author", ""), "subject": "",
                      "keywords": "", "creator": meta.get("creator", ""), "producer": meta.get("producer", ""),
                      "creationDate": when, "modDate": meta.get("moddate", when), "trapped": ""})


def page_count_check(res: Any, data: bytes) -> None:
    want = int(res.meta.get("pages", "0"))
    got = pymupdf.open("pdf", data).page_count
    if want and got != want:
        raise RuntimeError(f"{res.meta['output']}: {got} pages, the layout promises {want}")


# ---- PDF: an Indonesian job site's CV builder, photo frame at the right, orange section tabs ----


def tpl_id_jobsite_tab_heads(res: Any) -> bytes:
    ink = res.meta.get("accent", "#e8741c")
    css_head = f"""
    body {{ font-family: sans-serif; color: #222; }}
    p.nm {{ font-size: 20pt; font-weight: bold; margin: 0; color: #1d1d1d; }}
    p.tag {{ font-size: 11pt; color: {ink}; margin: 2pt 0 7pt 0; font-weight: bold; }}
    p.ct {{ font-size: 8.8pt; margin: 0 0 2.5pt 0; color: #333; }}
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #222; }}
    table.h2 {{ width: 100%; margin: 12pt 0 5pt 0; }}
    td.t {{ background-color: {ink}; color: #ffffff; font-weight: bold; font-size: 9.8pt; padding: 2.5pt 8pt;
            letter-spacing: 0.6px; }}
    td.r {{ border-bottom: 1.2px solid {ink}; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 130pt; color: #666; font-size: 8.8pt; }}
    p.po {{ margin: 1pt 0 2pt 0; color: #444; font-style: italic; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.3; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    table.pd {{ width: 100%; }} td.k {{ width: 128pt; padding: 0 0 2.5pt 0; }} td.c {{ width: 10pt; }}
    td.v {{ padding: 0 0 2.5pt 0; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    parts: list[str] = []
    for s in res.sections:
        parts.append(f"<table class='h2'><tr><td class='t' style='width:150pt'>{hx(s.title.upper())}</td>"
                     "<td class='r'>&#160;</td></tr></table>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                rows = [it for it in rest if it.kind == "row"]
                if rows:
                    parts.append("<table class='pd'>" + "".join(
                        f"<tr><td class='k'>{hx(r.fields[0])}</td><td class='c'>:</td>"
                        f"<td class='v'>{hx(' '.join(r.fields[1:]))}</td></tr>" for r in rows) + "</table>")
                parts.append(block_html([it for it in rest if it.kind != "row"]))
                continue
            f0, f1, f2, f3 = fields
            po = " · ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='po'>{hx(po)}</p>" if po else "") + block_html(rest))
    band = rgb(ink)
    footer = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(0, 0, 595, 9), color=None, fill=band, width=0)
        if pno == 0:  # the builder's empty photo frame (3x4), top right
            frame = pymupdf.Rect(470, 34, 555, 147)
            page.draw_rect(frame, color=(0.75, 0.75, 0.75), fill=(0.95, 0.95, 0.95), width=0.8)
            page.draw_circle(pymupdf.Point(512.5, 76), 18, color=None, fill=(0.78, 0.78, 0.78))
            page.draw_oval(pymupdf.Rect(486, 102, 539, 146), color=None, fill=(0.78, 0.78, 0.78))
        page.draw_line(pymupdf.Point(40, 808), pymupdf.Point(555, 808), color=band, width=0.5)
        page.insert_text((40, 820), footer, fontsize=7, fontname="helv", color=(0.45, 0.45, 0.45))
        label = f"Halaman {pno + 1} dari {count}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 7), 820), label, fontsize=7,
                         fontname="helv", color=(0.45, 0.45, 0.45))

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(40, 34, 455, 160) if p == 0 else None),
        Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 158 if p == 0 else 34, 555, 798)),
    ]
    return subset_fonts(compose_pdf(A4, flows, res.meta, decorate))


# ---- DOCX: section names as shaded paragraphs with a thick coloured left border ----------------


def left_bar(p: Any, color: str, fill: str) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="36" w:space="6" '
                         f'w:color="{color}"/></w:pBdr>'))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def small_caps(p: Any) -> None:
    for r in p.runs:
        r._r.get_or_add_rPr().append(parse_xml(f'<w:smallCaps {nsdecls("w")}/>'))


def dx_left_bar_heads(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "0B5563")
    d = new_docx(m, "Calibri", 10.5, 0.75, a4=True)
    width = 6.77
    para(d, res.name, bold=True, size=21, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, size=12, color="595959", after=3)
    para(d, "  |  ".join(res.contacts), size=9.5, after=6)
    for s in res.sections:
        h = para(d, s.title, bold=True, size=12, color=ink, before=12, after=5)
        left_bar(h, ink, "EEF4F5")
        small_caps(h)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            table = d.add_table(rows=0, cols=2)
            no_table_borders(table)
            for r in rows:
                cells = table.add_row().cells
                add_runs(first_cell_paragraph(cells[0]), r[0], bold=True, size=10)
                add_runs(first_cell_paragraph(cells[1]), " ".join(r[1:]), size=10)
            set_col_widths(table, (Inches(1.8), Inches(4.97)))
        for it in s.items:
            if it.kind in ("blank", "row"):
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(d, f0, bold=True, size=11, before=7, after=0)
                q = para(d, after=2)
                right_tab(q, width)
                add_runs(q, " · ".join(x for x in (f1, f2) if x), italic=True, size=10, color="404040")
                if f3:
                    add_runs(q, "\t" + f3, size=10, color="404040")
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, size=10.5, color=ink, before=4, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                para(d, it.text, after=1.5)
    return docx_bytes(d, m)


# ---- DOCX: name and contact details in a two-cell table in the page header, page fields -------


def dx_header_contact_table(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "7A1F2B")
    d = new_docx(m, "Calibri", 10.5, 0.8, a4=True)
    width = 6.67
    sec = d.sections[0]
    sec.header_distance = Inches(0.35)
    header = sec.header
    table = header.add_table(rows=1, cols=2, width=Inches(width))
    no_table_borders(table)
    left, right = table.rows[0].cells
    add_runs(first_cell_paragraph(left), res.name, bold=True, size=17, color=ink)
    if res.tagline:
        para(left, res.tagline, size=10.5, color="404040", after=0)
    for n, c in enumerate(res.contacts):
        p = first_cell_paragraph(right) if n == 0 else right.add_paragraph()
        add_runs(p, c, size=9)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    set_col_widths(table, (Inches(3.6), Inches(3.07)))
    rule = header.paragraphs[0]
    bottom_border(rule, ink, 8)
    header._element.remove(rule._p)
    header._element.append(rule._p)  # the rule under the table
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" '
                                            'w:color="A6A6A6"/></w:pBdr>'))
    add_runs(fp, "Page ", size=8.5, color="7F7F7F")
    add_field(fp, "PAGE", "1", size=8.5, color="7F7F7F")
    add_runs(fp, " of ", size=8.5, color="7F7F7F")
    add_field(fp, "NUMPAGES", m.get("pages", "2"), size=8.5, color="7F7F7F")
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11.5, color=ink, before=11, after=4)
        bottom_border(h, "BFBFBF", 4)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(d, f0, bold=True, size=11, before=7, after=0)
                q = para(d, after=2)
                right_tab(q, width)
                add_runs(q, ", ".join(x for x in (f1, f2) if x), italic=True, color="404040")
                if f3:
                    add_runs(q, "\t" + f3, bold=True, size=10)
            elif it.kind == "sub":
                para(d, it.text, bold=True, size=10.5, before=4, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                label, sep, value = plain(it.text).partition(": ")
                p = para(d, after=1.5)
                if sep and len(label) <= 28:
                    add_runs(p, label + ": ", bold=True)
                    add_runs(p, value)
                else:
                    add_runs(p, it.text)
            elif it.kind == "row":
                p = para(d, after=1.5)
                add_runs(p, it.fields[0] + ": ", bold=True)
                add_runs(p, ", ".join(it.fields[1:]))
    return docx_bytes(d, m)


# ---- PDF: a thin timeline rule at the left edge of the entries, slash dates above titles -------

SLASH_DATES = re.compile(r"^(19|20)\d\d/\d\d\s+[–-]")


def tpl_thin_rule_slash_dates(res: Any) -> bytes:
    ink = res.meta.get("accent", "#1f3a5f")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #202020; }}
    p.nm {{ font-size: 22pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.tag {{ font-size: 11pt; color: #555; margin: 2pt 0 0 0; }}
    td {{ padding: 0; vertical-align: top; }} td.ct {{ width: 200pt; text-align: right; font-size: 8.6pt; color: #333; }}
    p.h2 {{ font-size: 10pt; font-weight: bold; color: {ink}; margin: 14pt 0 4pt 0; letter-spacing: 1.6px; }}
    div.en {{ margin: 6pt 0 0 22pt; }} div.tx {{ margin: 0 0 0 22pt; }}
    p.dt {{ font-family: monospace; font-size: 8.3pt; color: #6b6b6b; margin: 0 0 1pt 0; }}
    p.ti {{ font-size: 10.2pt; margin: 0; }} p.co {{ margin: 0 0 2pt 0; color: #444; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.8pt 0; line-height: 1.25; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.3; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    contacts = "".join(f"{hx(c)}<br/>" for c in res.contacts)
    parts = [f"<table style='width:100%'><tr><td><p class='nm'>{hx(res.name)}</p>"
             + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"</td><td class='ct' style='width:200pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(f"<div class='tx'>{block_html(rest)}</div>")
                continue
            f0, f1, f2, f3 = fields
            co = " · ".join(x for x in (f1, f2) if x)
            parts.append(f"<div class='en'><p class='dt'>{hx(f3)}</p><p class='ti'><b>{hx(f0)}</b></p>"
                         + (f"<p class='co'>{hx(co)}</p>" if co else "") + block_html(rest) + "</div>")
    accent = rgb(ink)
    grey = (0.62, 0.62, 0.62)
    titles = {s.title.upper() for s in res.sections}

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        marks, heads, bottom = [], [], 0.0
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                text = "".join(s["text"] for s in line["spans"]).strip()
                box = pymupdf.Rect(line["bbox"])
                bottom = max(bottom, box.y1)
                if SLASH_DATES.match(text):
                    marks.append(box)
                elif text in titles:
                    heads.append(box.y0)
        x = 48.5
        marks.sort(key=lambda r: r.y0)
        for n, r in enumerate(marks):  # the rule runs from each entry to the next, never across a section name
            y = (r.y0 + r.y1) / 2
            ends = [h - 5 for h in heads if h > y] + ([marks[n + 1].y0 + 2] if n + 1 < len(marks) else [])
            end = min(ends) if ends else (796 if pno < count - 1 else bottom + 2)
            page.draw_line(pymupdf.Point(x, y), pymupdf.Point(x, end), color=grey, width=0.6)
        for r in marks:
            y = (r.y0 + r.y1) / 2
            page.draw_rect(pymupdf.Rect(x - 2.6, y - 2.6, x + 2.6, y + 2.6), color=None, fill=accent, width=0)
        label = f"{pno + 1}/{count}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 7), 822), label, fontsize=7, fontname="helv",
                         color=(0.5, 0.5, 0.5))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 40, 555, 800))], res.meta, decorate)


# ---- DOCX: a Japanese career history, narrative above a four-column table per period -----------


def dx_shokumu_columns(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Yu Gothic", 10, 0.75, a4=True)
    para(d, m.get("doc_title", "Career History"), bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    for line in (m.get("as_of", ""), res.name):
        if line:
            para(d, line, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    for c in res.contacts:
        para(d, c, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    widths = (Inches(1.05), Inches(3.45), Inches(0.75), Inches(1.52))
    for s in res.sections:
        para(d, "\u25a0 " + s.title, bold=True, size=11.5, before=12, after=3)
        table = None
        project_cell = None
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            grid = d.add_table(rows=0, cols=2)
            grid.style = d.styles["Table Grid"]
            for r in rows:
                cells = grid.add_row().cells
                shade_cell(cells[0], "F2F2F2")
                add_runs(first_cell_paragraph(cells[0]), r[0], bold=True, size=9.5)
                add_runs(first_cell_paragraph(cells[1]), " ".join(r[1:]), size=9.5)
            set_col_widths(grid, (Inches(1.7), Inches(5.07)))
        for it in s.items:
            if it.kind in ("blank", "row"):
                continue
            if it.kind == "entry":
                if table is None:
                    table = d.add_table(rows=1, cols=4)
                    table.style = d.styles["Table Grid"]
                    table.alignment = WD_TABLE_ALIGNMENT.CENTER
                    for cell, label in zip(table.rows[0].cells, ("Period", "Project / role", "Team size",
                                                                  "Environment"), strict=True):
                        shade_cell(cell, "D9E2F3")
                        p = first_cell_paragraph(cell)
                        add_runs(p, label, bold=True, size=9)
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                f0, f1, f2, f3 = it.fields
                cells = table.add_row().cells
                add_runs(first_cell_paragraph(cells[0]), f3, size=9)
                add_runs(first_cell_paragraph(cells[1]), f0, bold=True, size=9.5)
                team = first_cell_paragraph(cells[2])
                add_runs(team, f1, size=9)
                team.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(first_cell_paragraph(cells[3]), f2, size=8.5)
                set_col_widths(table, widths)
                project_cell = cells[1]
                continue
            if it.kind in ("bullet", "note") and project_cell is not None:
                p = project_cell.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.14)
                p.paragraph_format.first_line_indent = Inches(-0.14)
                p.paragraph_format.space_after = Pt(1)
                add_runs(p, "\u30fb" + it.text, size=9)
                continue
            table = None
            project_cell = None
            if it.kind == "sub":
                para(d, "\u25c6 " + it.text, bold=True, size=10.5, before=8, after=2)
            elif it.kind in ("bullet", "note"):
                para(d, "\u30fb" + it.text, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                para(d, it.text, after=1)
    if m.get("end_mark"):
        para(d, m["end_mark"], align=WD_ALIGN_PARAGRAPH.RIGHT, before=10)
    return docx_bytes(d, m)


# ---- PDF: two pages in a serif face opening with a numbered "Selected Impact" box -------------


def tpl_impact_numbered_2page(res: Any) -> bytes:
    ink = res.meta.get("accent", "#8a2b0e")
    css = f"""
    body {{ font-family: serif; font-size: 10.2pt; color: #1a1a1a; }}
    td {{ padding: 0; vertical-align: top; }}
    p.nm {{ font-size: 25pt; font-weight: bold; margin: 0; letter-spacing: 0.4px; }}
    p.tag {{ font-size: 11pt; color: {ink}; margin: 2pt 0 0 0; }}
    td.ct {{ width: 190pt; text-align: right; font-size: 9pt; color: #333; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 13pt 0 4pt 0; letter-spacing: 1.2px;
            border-bottom: 0.8px solid #999; padding-bottom: 1.5pt; }}
    table.box {{ width: 100%; background-color: #f6efe9; margin: 3pt 0 0 0; }}
    td.n {{ width: 26pt; color: {ink}; font-weight: bold; font-size: 12pt; padding: 3pt 0 2pt 8pt; }}
    td.it {{ padding: 4pt 8pt 3pt 0; line-height: 1.28; }}
    table.en {{ width: 100%; margin: 7pt 0 0 0; }} td.d {{ text-align: right; width: 120pt; color: #444; }}
    p.o {{ margin: 0 0 1.5pt 0; font-style: italic; color: #444; }}
    p.sub {{ margin: 3pt 0 1pt 0; font-style: italic; color: #333; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.3; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    contacts = "".join(f"{hx(c)}<br/>" for c in res.contacts)
    parts = [f"<table style='width:100%'><tr><td><p class='nm'>{hx(res.name)}</p>"
             + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"</td><td class='ct' style='width:190pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        if "impact" in s.title.lower():
            rows = [it for it in s.items if it.kind == "bullet"]
            parts.append("<table class='box'>" + "".join(
                f"<tr><td class='n' style='width:26pt'>{n:02d}</td><td class='it'>{hx(it.text)}</td></tr>"
                for n, it in enumerate(rows, 1)) + "</table>")
            continue
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            subs = "".join(f"<p class='sub'>{hx(it.text)}</p>" for it in rest if it.kind == "sub")
            others = [it for it in rest if it.kind != "sub"]
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + subs + block_html(others))
    name = plain(res.name)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno > 0:
            label = f"{name} · page {pno + 1} of {count}"
            page.insert_text((558 - pymupdf.get_text_length(label, "tiro", 8.5), 30), label, fontsize=8.5,
                             fontname="tiro", color=(0.35, 0.35, 0.35))

    data = compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(54, 42 if p == 0 else 46, 558, 750))],
                       res.meta, decorate)
    page_count_check(res, data)
    return data


# ---- TXT: UTF-8, box-drawing rules under section names, one role line with tabs ---------------


def txt_box_rules_tab(res: Any) -> bytes:
    m = res.meta
    tab_entries = {int(x) for x in m.get("tab_entries", "").split(",") if x.strip()}
    dot_entries = {int(x) for x in m.get("dot_entries", "").split(",") if x.strip()}
    lines = [plain(res.name)]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines += [plain(c) for c in res.contacts]
    n_entry = 0
    for s in res.sections:
        lines += ["", s.title.upper(), "\u2500" * len(s.title)]
        bullet = "- "
        for it in s.items:
            if it.kind == "blank":
                lines.append("")
            elif it.kind == "entry":
                n_entry += 1
                if lines[-1] and not set(lines[-1]) <= {"\u2500"}:
                    lines.append("")
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                org = ", ".join(x for x in (f1, f2) if x)
                if n_entry in tab_entries:
                    lines.append(f"{f0}\t\t\t{f3}")
                    if org:
                        lines.append(org)
                else:
                    lines.append(" | ".join(x for x in (f0, org, f3) if x))
                bullet = "\u2022 " if n_entry in dot_entries else "- "
            elif it.kind in ("bullet", "note"):
                lines.append(bullet + plain(it.text))
            else:
                lines.append(plain(it.text))
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    return text.encode("utf-8")


# ---- PDF: a Word template exported to PDF, serif, small-caps section names over a coloured rule --


def tpl_word_serif_rules(res: Any) -> bytes:
    ink = res.meta.get("accent", "#1f3864")
    css = f"""
    body {{ font-family: serif; font-size: 10.4pt; color: #000; }}
    p.nm {{ font-size: 21pt; text-align: center; margin: 0; font-weight: bold; }}
    p.ct {{ font-size: 9.4pt; text-align: center; margin: 2pt 0 0 0; }}
    p.h2 {{ font-size: 12pt; font-weight: bold; color: {ink}; margin: 10pt 0 3pt 0; padding-bottom: 1pt;
            border-bottom: 1.3px solid {ink}; }}
    table.en {{ width: 100%; margin: 4pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.r {{ text-align: right; width: 150pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 16pt; }} li {{ margin: 0 0 1.4pt 0; }}
    p.para {{ margin: 1pt 0 2pt 0; text-align: justify; }} p.line {{ margin: 1pt 0 1.5pt 0; }}
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"] + [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{fake_small_caps(s.title, 0.8, lig=False)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            rows = f"<tr><td><b>{hx(f0)}</b></td><td class='r'>{hx(f2)}</td></tr>"
            if f1 or f3:
                rows += f"<tr><td><i>{hx(f1)}</i></td><td class='r'><i>{hx(f3)}</i></td></tr>"
            lines = []
            for it in rest:
                label, sep, value = plain(it.text).partition(": ") if it.kind == "line" else ("", "", "")
                if sep and label in ("Relevant Coursework", "Thesis", "Advisor", "Honors", "GPA"):
                    lines.append(f"<p class='line'><b>{hx(label)}:</b> {hx(value)}</p>")
                else:
                    lines.append(block_html([it]))
            parts.append(f"<table class='en'>{rows}</table>" + "".join(lines))
    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(54, 44, 558, 752))], res.meta)


# ---- PDF: letter-spaced small-caps section names, grey dates flush right, tech-stack lines ------


def tpl_smallcaps_techstack(res: Any) -> bytes:
    ink = res.meta.get("accent", "#2f5d50")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.5pt; color: #1e1e1e; }}
    p.nm {{ font-size: 25pt; margin: 0; color: #1e1e1e; }}
    p.tag {{ font-size: 11pt; color: {ink}; margin: 1pt 0 3pt 0; }}
    p.ct {{ font-size: 8.8pt; color: #444; margin: 0; }}
    p.h2 {{ font-size: 12pt; color: {ink}; margin: 14pt 0 3pt 0; letter-spacing: 1.8px; font-weight: bold; }}
    table.en {{ width: 100%; margin: 6pt 0 1pt 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 125pt; color: #8c8c8c; font-size: 9pt; }}
    p.ts {{ margin: 2pt 0 1pt 0; font-size: 8.5pt; color: #555; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.8pt 0; line-height: 1.25; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    first, _, last = plain(res.name).rpartition(" ")
    parts = [f"<p class='nm'><span style='color:#6d6d6d'>{hx(first)}</span> <b>{hx(last)}</b></p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts.append(f"<p class='ct'>{hx('  ·  '.join(res.contacts))}</p>")
    for s in res.sections:
        parts.append(f"<p class='h2'>{fake_small_caps(s.title, 0.78, lig=False)}</p>")
        for fields, rest in split_entries(s.items):
            out = []
            for it in rest:
                label, sep, value = plain(it.text).partition(": ") if it.kind == "line" else ("", "", "")
                if sep and label.lower() == "tech stack":
                    out.append(f"<p class='ts'><b>{hx(label)}:</b> <i>{hx(value)}</i></p>")
                else:
                    out.append(block_html([it]))
            if fields is None:
                parts.append("".join(out))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            left = f"<b>{hx(f0)}</b>" + (f" — {hx(org)}" if org else "")
            parts.append(f"<table class='en'><tr><td>{left}</td><td class='d'>{hx(f3)}</td></tr></table>"
                         + "".join(out))
    accent = rgb(ink)
    consent = res.meta.get("consent", "")
    consent_css = "p { font-family: sans-serif; font-size: 6.8pt; color: #7a7a7a; margin: 0; text-align: justify; }"

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            page.draw_rect(pymupdf.Rect(30, 38, 34, 96), color=None, fill=accent, width=0)
        if pno == count - 1 and consent:
            page.insert_htmlbox(pymupdf.Rect(42, 780, 553, 822), f"<p>{hx(consent)}</p>", css=consent_css)
        label = f"{pno + 1} / {count}"
        page.insert_text((553 - pymupdf.get_text_length(label, "helv", 7), 830), label, fontsize=7,
                         fontname="helv", color=(0.55, 0.55, 0.55))

    data = compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(42, 36, 553, 772))], res.meta,
                       decorate)
    return subset_fonts(data)


# ---- PDF: a two-column page whose tinted left column holds skills, patents and awards ----------


def tpl_left_rail_patents(res: Any) -> bytes:
    ink = res.meta.get("accent", "#2c5f7c")
    base = """
    ul { margin: 1pt 0 0 0; padding-left: 11pt; } li { margin: 0 0 2pt 0; line-height: 1.25; }
    p.para { margin: 1pt 0 3pt 0; line-height: 1.3; text-align: justify; } p.line { margin: 0 0 2.5pt 0; }
    td { padding: 0; vertical-align: top; }
    """
    css_head = f"""
    body {{ font-family: sans-serif; color: #1c1c1c; }}
    p.nm {{ font-size: 23pt; font-weight: bold; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 3pt 0; color: #444; }}
    p.ct {{ font-size: 8.8pt; margin: 0; color: #333; }}
    """
    css_side = base + f"""
    body {{ font-family: sans-serif; font-size: 8.5pt; color: #262626; }}
    p.h2 {{ font-size: 9pt; font-weight: bold; color: {ink}; margin: 12pt 0 4pt 0; letter-spacing: 1px; }}
    p.line {{ margin: 0 0 3.5pt 0; line-height: 1.25; }}
    """
    css_main = base + f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #1c1c1c; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td.d {{ text-align: right; width: 105pt; color: #555; font-size: 8.8pt; }}
    p.o {{ margin: 0 0 2pt 0; font-style: italic; color: #3a3a3a; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('   |   '.join(res.contacts))}</p>")
    side = "".join(f"<p class='h2'>{hx(s.title.upper())}</p>" + block_html(s.items) for s in res.side())
    parts: list[str] = []
    for s in res.main():
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest))
    tint, accent = rgb("#eef2f5"), rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        top = 112 if pno == 0 else 0
        page.draw_rect(pymupdf.Rect(0, top, 198, 792), color=None, fill=tint, width=0, overlay=False)
        if pno == 0:
            page.draw_line(pymupdf.Point(36, 104), pymupdf.Point(576, 104), color=accent, width=1.2)
        label = f"Page {pno + 1} of {count}"
        page.insert_text((576 - pymupdf.get_text_length(label, "helv", 7), 778), label, fontsize=7, fontname="helv",
                         color=(0.5, 0.5, 0.5))

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(36, 30, 576, 102) if p == 0 else None),
        Flow(side, css_side, lambda p: pymupdf.Rect(24, 116, 184, 766) if p == 0 else None),
        Flow("".join(parts), css_main, lambda p: pymupdf.Rect(214, 116 if p == 0 else 40, 576, 762)),
    ]
    return subset_fonts(compose_pdf(LETTER, flows, res.meta, decorate))


# ---- posting: a Kenyan job board's page printed from the browser --------------------------------


def ke_jobboard_pdf(job: Any) -> bytes:
    m = job.meta
    ink = m.get("accent", "#0a7c3e")
    css = f"""
    body {{ font-family: sans-serif; font-size: 10pt; color: #2b2b2b; }}
    p.site {{ font-size: 15pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.nav {{ font-size: 8.5pt; color: #666; margin: 2pt 0 4pt 0; }}
    p.crumb {{ font-size: 8pt; color: #888; margin: 0 0 10pt 0; }}
    h1 {{ font-size: 18pt; margin: 0 0 3pt 0; color: #111; }}
    p.co {{ font-size: 11pt; color: {ink}; margin: 0 0 10pt 0; font-weight: bold; }}
    table.box {{ width: 100%; background-color: #f3f7f4; margin: 0 0 10pt 0; }}
    td {{ padding: 3pt 8pt; vertical-align: top; font-size: 9.2pt; }} td.k {{ color: #666; width: 150pt; }}
    p.h {{ font-size: 11.5pt; font-weight: bold; margin: 12pt 0 4pt 0; color: #111; }}
    p {{ margin: 0 0 7pt 0; line-height: 1.35; }}
    ul {{ margin: 0 0 6pt 0; padding-left: 18pt; }} li {{ margin: 0 0 3pt 0; line-height: 1.3; }}
    p.foot {{ color: #888; font-size: 8pt; margin-top: 16pt; }}
    """
    parts = [f"<p class='site'>{hx(m['site'])}</p>", f"<p class='nav'>{hx(m.get('nav', ''))}</p>",
             f"<p class='crumb'>{hx(m.get('crumb', ''))}</p>", f"<h1>{hx(m['title'])}</h1>",
             f"<p class='co'>{hx(m['company'])}</p>"]
    parts.append("<table class='box'>" + "".join(f"<tr><td class='k'>{hx(k)}</td><td>{hx(v)}</td></tr>"
                                                 for k, v in meta_pairs(m, "summary")) + "</table>")
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
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((230, 20), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 826), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((560, 826), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(50, 36, 545, 806))], pdf_meta, decorate)


PDF_TEMPLATES["id_jobsite_tab_heads"] = tpl_id_jobsite_tab_heads
PDF_TEMPLATES["thin_rule_slash_dates"] = tpl_thin_rule_slash_dates
PDF_TEMPLATES["impact_numbered_2page"] = tpl_impact_numbered_2page
PDF_TEMPLATES["word_serif_rules"] = tpl_word_serif_rules
PDF_TEMPLATES["smallcaps_techstack"] = tpl_smallcaps_techstack
PDF_TEMPLATES["left_rail_patents"] = tpl_left_rail_patents
DOCX_TEMPLATES["docx_left_bar_heads"] = dx_left_bar_heads
DOCX_TEMPLATES["docx_header_contact_table"] = dx_header_contact_table
DOCX_TEMPLATES["docx_shokumu_columns"] = dx_shokumu_columns
_base_build_resume = _ns["build_resume"]
_base_build_posting = _ns["build_posting"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def check_complete(res: Any, data: bytes) -> None:
    """Every piece of the source shows up in the PDF's text: a story that overflows its area
    at an unlucky height can report itself finished and drop the rest, so a layout change that
    loses text fails the build instead of shipping a shorter resume. A piece is looked for as
    written and, for letter-spaced or label-and-value layouts, without its spaces and in parts."""
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
    pieces = [p for w in wanted for p in re.split(r" \| | / |: | · | — ", plain(w))]
    missing = []
    for w in pieces:
        probe = _squash(w)[:30]
        if probe and probe not in text and re.sub(r"\s+", "", probe) not in bare:
            missing.append(w)
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_box_rules_tab":
        return txt_box_rules_tab(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "ke_jobboard_pdf":
        return ke_jobboard_pdf(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
