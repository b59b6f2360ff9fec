"""Rebuild the twenty-sixth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout26/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout26/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, Word page fields, the check that a PDF
holds all of its source text); this set has its own sources and its own shuffle seed for the
line list. Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF printed from a Taiwanese job bank's English resume with a blue site band, the name with
the Chinese name in brackets (a CJK fallback font, subset), grey section bars with a dark tab,
"Desired Job" and "Personal Information" blocks as bordered label-value grids, each job as a shaded
header row with the period at the right over label-value rows and duties, and the site's print
footer ("tw_jobbank_form"); a Letter Word resume in the Philippine style with a two-cell header
table holding an empty bordered 2x2 photo box, underlined capital section names, label-tab-colon
personal lines, the work history as a borderless two-column table with the dates at the left, a
bordered three-column "Character References" table and a certification line over the name and
"Applicant" ("docx_ph_references"); an A4 PDF whose section names are Spanish and English
("Experiencia laboral / Work experience"), the Spanish in accent capitals and the English in grey
italics with a short accent bar drawn under each, the name in spaced capitals at the centre over a
double rule, and Spanish month abbreviations in the dates ("cl_bilingual_heads"); a Notion page
exported as Markdown and saved as text, with an "<aside>" callout, "---" dividers, "##" sections,
"###" roles, a bold dates line, a pipe table and the page's property lines ("txt_notion_export");
a Letter Word resume from a template whose sections each sit in a titled block content control
(w:sdt), with the Title and Subtitle styles for the name and headline and Heading 1 section names
("docx_content_controls"); a Letter PDF in the style of a federal resume-builder export with the
employer and place on one line, the dates on the next, labelled salary, hours and grade lines,
"Duties, Accomplishments and Related Skills:", supervisor lines and a "Page n of N" footer
("usajobs_builder"); a two-column Letter PDF in a serif face that keeps its typographic ligatures
(fi, fl, ffi) in the text layer, with a narrow left column of skills drawn as tinted chips and a
hairline between the columns ("two_col_chips_ligatures"); a Letter Word resume whose top part uses
Word section columns (a continuous two-column section, not a table) before a one-column body
("docx_top_columns"); a one-page A4 campus-placement PDF with a drawn college emblem in a header
table, a bordered education table with CGPA and percentages, and full-width grey section bars in
small capitals ("campus_placement"); a plain-text resume saved by Windows Notepad as UTF-16
little-endian with a byte-order mark and CRLF line ends ("txt_utf16_notepad"); and a job posting
printed from a Chilean job portal as two columns, the posting at the left and a tinted details box
at the right ("cl_portal_pdf").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261215, "heldout26_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, group_bullets, hx, main, new_docx, no_table_borders, para, plain, right_tab,
 segments) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "group_bullets", "hx", "main",
    "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments"))
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


def page_count_check(res: Any, data: bytes) -> None:
    want = int(res.meta.get("pages", "0"))
    got = pymupdf.open("pdf", data).page_count
    if want and got != want:
        raise RuntimeError(f"{res.meta['output']}: {got} pages, the layout promises {want}")


def text_lines(page: pymupdf.Page) -> list[tuple[str, pymupdf.Rect]]:
    """Every text line of a page with its box."""
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            out.append(("".join(s["text"] for s in line["spans"]).strip(), pymupdf.Rect(line["bbox"])))
    return out


# ---- PDF: a Taiwanese job bank's English resume, printed ---------------------------------------


def tpl_tw_jobbank_form(res: Any) -> bytes:
    m = res.meta
    blue = "#1d4f91"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #222; }}
    p.nm {{ font-size: 19pt; font-weight: bold; margin: 0; color: #1a1a1a; }}
    p.tag {{ font-size: 10.5pt; color: {blue}; margin: 2pt 0 4pt 0; }}
    p.ct {{ font-size: 8.6pt; color: #444; margin: 0 0 1.5pt 0; }}
    table.h2 {{ width: 100%; margin: 11pt 0 4pt 0; }}
    td.tab {{ background-color: {blue}; width: 5pt; }}
    td.bar {{ background-color: #e4e8ee; font-weight: bold; font-size: 10pt; padding: 2.5pt 6pt; color: #1a1a1a; }}
    table.grid {{ width: 100%; margin: 0 0 3pt 0; }}
    td {{ vertical-align: top; }}
    td.k {{ width: 128pt; background-color: #f3f5f8; border: 0.5px solid #c9ced6; padding: 2pt 5pt; color: #444; }}
    td.v {{ border: 0.5px solid #c9ced6; padding: 2pt 5pt; }}
    table.eh {{ width: 100%; margin: 7pt 0 0 0; }}
    td.co {{ background-color: #f3f5f8; border-top: 1px solid {blue}; padding: 3pt 5pt; font-weight: bold;
             font-size: 9.8pt; }}
    td.pe {{ background-color: #f3f5f8; border-top: 1px solid {blue}; padding: 3pt 5pt; text-align: right;
             width: 170pt; color: #333; }}
    p.ti {{ margin: 3pt 0 3pt 0; font-weight: bold; color: {blue}; }}
    ul {{ margin: 2pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.35; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    """

    def grid(rows: list[Any]) -> str:
        return "<table class='grid'>" + "".join(
            f"<tr><td class='k'>{hx(r.fields[0])}</td><td class='v'>{hx(' '.join(r.fields[1:]))}</td></tr>"
            for r in rows) + "</table>"

    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append("<table class='h2'><tr><td class='tab' style='width:5pt'>&#160;</td>"
                     f"<td class='bar' style='width:518pt'>{hx(s.title)}</td></tr></table>")
        for fields, rest in split_entries(s.items):
            rows = [it for it in rest if it.kind == "row"]
            others = [it for it in rest if it.kind != "row"]
            if fields is None:
                parts.append((grid(rows) if rows else "") + block_html(others))
                continue
            f0, f1, f2, f3 = fields
            parts.append(f"<table class='eh'><tr><td class='co'>{hx(f0)}</td><td class='pe'>{hx(f3)}</td>"
                         "</tr></table>")
            ti = " · ".join(x for x in (f1, f2) if x)
            if ti:
                parts.append(f"<p class='ti'>{hx(ti)}</p>")
            parts.append((grid(rows) if rows else "") + block_html(others))
    band = rgb(blue)
    site, site_line, footer = m.get("site", ""), m.get("site_line", ""), m.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(0, 0, 595, 28), color=None, fill=band, width=0)
        page.insert_text((36, 18.5), site, fontsize=11, fontname="hebo", color=(1, 1, 1))
        page.insert_text((559 - pymupdf.get_text_length(site_line, "helv", 8), 18), site_line, fontsize=8,
                         fontname="helv", color=(0.88, 0.92, 0.98))
        label = f"{footer}  ·  page {pno + 1} / {count}"
        page.draw_line(pymupdf.Point(36, 812), pymupdf.Point(559, 812), color=(0.75, 0.75, 0.75), width=0.5)
        page.insert_text((36, 823), label, fontsize=7, fontname="helv", color=(0.45, 0.45, 0.45))

    data = compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(36, 40, 559, 800))], m, decorate)
    return subset_fonts(data)


# ---- DOCX: a Philippine resume with a photo box, references table and certification ------------


def dx_ph_references(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Arial", 10.5, 0.8)
    width = 6.9
    head = d.add_table(rows=1, cols=2)
    no_table_borders(head)
    left, right = head.rows[0].cells
    add_runs(first_cell_paragraph(left), res.name, bold=True, size=16)
    for c in res.contacts:
        para(left, c, size=10, after=0)
    box = first_cell_paragraph(right)
    box.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>' + "".join(f'<w:{e} w:val="single" w:sz="6" w:color="000000"/>'
                                                  for e in ("top", "left", "bottom", "right")) + "</w:tcBorders>"))
    head.rows[0].height = Inches(1.45)
    set_col_widths(head, (Inches(5.45), Inches(1.45)))
    para(d, "", after=2)

    def heading(title: str) -> None:
        p = para(d, before=10, after=4)
        r = p.add_run(title.upper())
        r.bold = True
        r.font.size = Pt(11.5)
        r.underline = True

    for s in res.sections:
        heading(s.title)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows and "reference" in s.title.lower():
            t = d.add_table(rows=0, cols=3)
            t.style = d.styles["Table Grid"]
            for n, r in enumerate(rows):
                cells = t.add_row().cells
                for cell, value in zip(cells, r, strict=False):
                    add_runs(first_cell_paragraph(cell), value, bold=(n == 0), size=10)
                    if n == 0:
                        shade_cell(cell, "E7E6E6")
            set_col_widths(t, (Inches(2.0), Inches(3.4), Inches(1.5)))
            continue
        for r in rows:  # label <TAB> : <TAB> value
            p = para(d, after=0)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(1.7))
            p.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
            p.paragraph_format.left_indent = Inches(0.3)
            add_runs(p, f"{r[0]}\t:\t{' '.join(r[1:])}")
        entries = split_entries([i for i in s.items if i.kind != "row"])
        if any(f is not None for f, _ in entries):
            t = d.add_table(rows=0, cols=2)
            no_table_borders(t)
            for fields, rest in entries:
                if fields is None:
                    for it in rest:
                        para(d, it.text, after=2)
                    continue
                f0, f1, f2, f3 = fields
                lc, rc = t.add_row().cells
                add_runs(first_cell_paragraph(lc), f3, size=10)
                p = first_cell_paragraph(rc)
                add_runs(p, f0.upper() if s.title.lower().startswith("work") else f0, bold=True)
                if f1:
                    para(rc, f1, after=0)
                if f2:
                    para(rc, f2, italic=True, size=9.5, after=2)
                for it in rest:
                    if it.kind in ("bullet", "note"):
                        para(rc, it.text, style="List Bullet", after=1)
                    else:
                        para(rc, it.text, size=10, after=1)
            set_col_widths(t, (Inches(1.75), Inches(5.15)))
            continue
        for it in s.items:
            if it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                p = para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                p.paragraph_format.first_line_indent = Inches(0.4)
            elif it.kind == "line":
                para(d, it.text, after=1)
    para(d, m.get("certify", ""), before=16, after=28)
    sig = para(d, plain(res.name), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    right_tab(sig, width)
    para(d, "Applicant", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    return docx_bytes(d, m)


# ---- PDF: Spanish / English section names, Spanish month abbreviations -------------------------


def tpl_cl_bilingual_heads(res: Any) -> bytes:
    ink = res.meta.get("accent", "#b5482a")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #222; }}
    p.nm {{ font-size: 18pt; text-align: center; margin: 0; letter-spacing: 3px; font-weight: bold; }}
    p.tag {{ font-size: 10.5pt; text-align: center; margin: 3pt 0 2pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.6pt; text-align: center; margin: 0; color: #444; }}
    p.r1 {{ border-bottom: 1.4px solid #333; margin: 5pt 0 0 0; font-size: 2pt; }}
    p.r2 {{ border-bottom: 0.6px solid #333; margin: 1.2pt 0 4pt 0; font-size: 2pt; }}
    p.h2 {{ font-size: 10.5pt; margin: 13pt 0 7pt 0; }}
    span.es {{ color: {ink}; font-weight: bold; letter-spacing: 1px; }}
    span.en {{ color: #8a8a8a; font-style: italic; font-size: 9.5pt; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 140pt; color: #707070; font-size: 8.8pt; }}
    p.co {{ margin: 0 0 2pt 0; color: {ink}; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.32; text-align: justify; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    parts = [f"<p class='nm'>{hx(res.name.upper())}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts.append(f"<p class='ct'>{hx('  ·  '.join(res.contacts))}</p><p class='r1'>&#160;</p><p class='r2'>&#160;</p>")
    heads = []
    for s in res.sections:
        es, sep, en = s.title.partition(" / ")
        heads.append(es.upper())
        parts.append(f"<p class='h2'><span class='es'>{hx(es.upper())}</span>"
                     + (f" <span class='en'>/ {hx(en)}</span>" if sep else "") + "</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            co = " · ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='co'>{hx(co)}</p>" if co else "") + block_html(rest))
    accent = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for text, box in text_lines(page):
            if any(text.startswith(h) for h in heads) and box.x0 < 60:
                page.draw_rect(pymupdf.Rect(box.x0, box.y1 + 2, box.x0 + 34, box.y1 + 4.2), color=None,
                               fill=accent, width=0)
        if count > 1:
            label = f"{pno + 1}/{count}"
            page.insert_text((297 - pymupdf.get_text_length(label, "helv", 7.5) / 2, 820), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(48, 40, 547, 800))], res.meta,
                       decorate)


# ---- TXT: a Notion page exported as Markdown and saved as text ---------------------------------


def txt_notion_export(res: Any) -> bytes:
    m = res.meta
    callout = m.get("callout", "")
    out = [f"# {plain(res.name)}", ""]
    for prop in [x.strip() for x in m.get("properties", "").split(";;") if x.strip()]:
        out.append(prop)
    out.append("")
    if res.tagline:
        out += [res.tagline, ""]
    for c in res.contacts:
        out += [c, ""]
    for s in res.sections:
        if s.title == callout:
            text = " ".join(plain(i.text) for i in s.items if i.kind in ("para", "para_nc", "line"))
            out += ["<aside>", text, "", "</aside>", "", "---", ""]
            continue
        out += [f"## {s.title}", ""]
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("| " + " | ".join("---" for _ in rows[0]) + " |")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        in_list = False
        for it in s.items:
            if it.kind in ("row", "blank"):
                continue
            if it.kind in ("bullet", "note"):
                out.append(f"- {it.text}")
                in_list = True
                continue
            if in_list:
                out.append("")
                in_list = False
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                out += [f"### {f0}", ""]
                out += [" · ".join(x for x in (f"**{f3}**" if f3 else "", f1, f2) if x), ""]
            else:
                out += [it.text, ""]
        if in_list:
            out.append("")
        out += ["---", ""]
    while out and out[-1] in ("", "---"):
        out.pop()
    return ("\n".join(out) + "\n").encode("utf-8")


# ---- DOCX: a Word template whose sections sit in block content controls -------------------------

def wrap_in_sdt(paragraphs: list[Any], alias: str, ident: int) -> None:
    """Move the paragraphs (and tables) into one block-level content control titled `alias`."""
    first = paragraphs[0]
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
                    f'<w:id w:val="{ident}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    first.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for el in paragraphs:
        content.append(el)


def dx_content_controls(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10.5, 0.85)
    styles = d.styles
    for name, size, color in (("Title", 24, "1F3864"), ("Subtitle", 11.5, "44546A"), ("Heading 1", 13, "2E74B5")):
        st = styles[name]
        st.font.size = Pt(size)
        st.font.name = "Calibri Light" if name != "Subtitle" else "Calibri"
        st.font.color.rgb = RGBColor.from_string(color)
    body = d.element.body
    marks: list[tuple[str, int]] = []

    def mark() -> int:
        return len(body) - 1  # the sectPr stays last

    start = mark()
    para(d, res.name, style="Title", after=0)
    if res.tagline:
        para(d, res.tagline, style="Subtitle", after=2)
    for c in res.contacts:
        para(d, c, size=9.5, color="595959", after=6)
    marks.append(("Contact Info", start))
    for s in res.sections:
        start = mark()
        h = para(d, s.title, style="Heading 1", before=12, after=3)
        h.paragraph_format.keep_with_next = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                add_runs(p, f0, bold=True, size=11)
                if f1:
                    add_runs(p, " — " + f1, size=11)
                q = para(d, after=2)
                add_runs(q, " | ".join(x for x in (f2, f3) if x), size=9.5, color="7F7F7F")
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=4)
            elif it.kind == "line":
                para(d, it.text, after=1.5)
        marks.append((s.title, start))
    end = mark()
    children = list(body)
    bounds = [start for _, start in marks] + [end]
    for n, (alias, start) in enumerate(marks):
        wrap_in_sdt(children[start:bounds[n + 1]], alias, 480113 + 17 * n)
    return docx_bytes(d, m)


# ---- PDF: a federal resume-builder export -------------------------------------------------------


def tpl_usajobs_builder(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.6pt; color: #000; }
    p.nm { font-size: 15pt; font-weight: bold; margin: 0 0 3pt 0; }
    p.ct { margin: 0 0 1pt 0; font-size: 9.4pt; }
    p.h2 { font-size: 12pt; font-weight: bold; margin: 14pt 0 5pt 0; }
    p.emp { margin: 9pt 0 0 0; font-weight: bold; }
    p.dt { margin: 0 0 1pt 0; }
    p.ti { margin: 3pt 0 2pt 0; font-weight: bold; }
    p.sub { margin: 3pt 0 1pt 0; }
    ul { margin: 1pt 0 2pt 0; padding-left: 14pt; } li { margin: 0 0 2pt 0; line-height: 1.25; }
    p.para { margin: 1pt 0 3pt 0; line-height: 1.3; } p.line { margin: 0 0 1pt 0; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"] + [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            parts.append(f"<p class='emp'>{hx(f0)}&#160;&#160;&#160;{hx(f2)}</p>")
            if f3:
                parts.append(f"<p class='dt'>{hx(f3)}</p>")
            labelled = [it for it in rest if it.kind == "line" and not it.text.startswith(("Supervisor", "Okay"))]
            tail = [it for it in rest if it.kind == "line" and it.text.startswith(("Supervisor", "Okay"))]
            body = [it for it in rest if it.kind != "line"]
            parts.append(block_html(labelled))
            if f1:
                parts.append(f"<p class='ti'>{hx(f1)}</p>")
            parts.append(block_html(body))
            parts.append(block_html(tail))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        label = f"Page {pno + 1} of {count}"
        page.insert_text((306 - pymupdf.get_text_length(label, "helv", 8) / 2, 768), label, fontsize=8,
                         fontname="helv", color=(0, 0, 0))

    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(54, 50, 558, 748))], res.meta,
                       decorate)


# ---- PDF: two columns in a serif face with ligatures, skills as tinted chips --------------------


def tpl_two_col_chips_ligatures(res: Any) -> bytes:
    ink = res.meta.get("accent", "#35606b")
    base = """
    ul { margin: 1pt 0 0 0; padding-left: 11pt; } li { margin: 0 0 2.2pt 0; line-height: 1.27; }
    p.para { margin: 1pt 0 3pt 0; line-height: 1.32; text-align: justify; } p.line { margin: 0 0 3pt 0; }
    td { padding: 0; vertical-align: top; }
    """
    css_head = f"""
    body {{ font-family: serif; color: #1b1b1b; }}
    p.nm {{ font-size: 22pt; margin: 0; color: #1b1b1b; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 3pt 0; color: {ink}; font-style: italic; }}
    p.ct {{ font-size: 8.8pt; margin: 0; color: #444; }}
    """
    css_side = base + f"""
    body {{ font-family: serif; font-size: 8.6pt; color: #262626; }}
    p.h2 {{ font-size: 9.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 4pt 0; letter-spacing: 1px; }}
    p.chips {{ line-height: 1.9; margin: 0; }}
    span.chip {{ background-color: #e3ecee; color: #1f3c43; }}
    p.line {{ margin: 0 0 3pt 0; line-height: 1.27; }}
    """
    css_main = base + f"""
    body {{ font-family: serif; font-size: 9.6pt; color: #1b1b1b; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td.d {{ text-align: right; width: 112pt; color: #555;
                                                             font-size: 9pt; }}
    p.o {{ margin: 0 0 2pt 0; font-style: italic; color: #3b3b3b; }}
    """
    head = (f"<p class='nm'>{hx(res.name, True)}</p>"
            + (f"<p class='tag'>{hx(res.tagline, True)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('  ·  '.join(res.contacts), True)}</p>")
    side_parts = []
    for s in res.side():
        side_parts.append(f"<p class='h2'>{hx(s.title.upper(), True)}</p>")
        chips = [it for it in s.items if it.kind == "note"]
        if chips:
            side_parts.append("<p class='chips'>" + " ".join(
                f"<span class='chip'>&#160;{hx(c.text, True).replace(' ', '&#160;')}&#160;</span>" for c in chips) + "</p>")
        side_parts.append(block_html([it for it in s.items if it.kind != "note"], lig=True))
    parts: list[str] = []
    for s in res.main():
        parts.append(f"<p class='h2'>{hx(s.title.upper(), True)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest, lig=True))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0, True)}</b></td><td class='d'>{hx(f3, True)}</td>"
                         "</tr></table>" + (f"<p class='o'>{hx(org, True)}</p>" if org else "")
                         + block_html(rest, lig=True))
    accent = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        top = 110 if pno == 0 else 40
        if pno == 0:
            page.draw_line(pymupdf.Point(36, 102), pymupdf.Point(576, 102), color=accent, width=0.8)
        page.draw_line(pymupdf.Point(199, top), pymupdf.Point(199, 752), color=(0.7, 0.7, 0.7), width=0.4)
        if count > 1:
            label = f"{pno + 1} / {count}"
            page.insert_text((576 - pymupdf.get_text_length(label, "tiro", 8), 772), label, fontsize=8,
                             fontname="tiro", color=(0.45, 0.45, 0.45))

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(36, 28, 576, 100) if p == 0 else None),
        Flow("".join(side_parts), css_side, lambda p: pymupdf.Rect(36, 108, 188, 756) if p == 0 else None),
        Flow("".join(parts), css_main, lambda p: pymupdf.Rect(210, 108 if p == 0 else 40, 576, 756)),
    ]
    return subset_fonts(compose_pdf(LETTER, flows, res.meta, decorate))


# ---- DOCX: Word section columns for the top part, one column below -----------------------------


def set_columns(section: Any, widths: tuple[int, ...] | None) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        section._sectPr.append(cols)
    for child in list(cols):
        cols.remove(child)
    if not widths:
        cols.set(qn("w:num"), "1")
        cols.set(qn("w:space"), "720")
        cols.attrib.pop(qn("w:equalWidth"), None)
        return
    cols.set(qn("w:num"), str(len(widths)))
    cols.set(qn("w:space"), "432")
    cols.set(qn("w:equalWidth"), "0")
    for w in widths:
        cols.append(parse_xml(f'<w:col {nsdecls("w")} w:w="{w}" w:space="432"/>'))


def dx_top_columns(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "2F5496")
    d = new_docx(m, "Calibri", 10.5, 0.75)
    para(d, res.name, bold=True, size=22, color=ink, after=0)
    t = para(d, res.tagline, size=12, color="595959", after=6)
    bottom_border(t, ink, 8)
    top = d.add_section(WD_SECTION.CONTINUOUS)
    set_columns(top, (4680, 2520))
    main_sections = res.main()
    first = main_sections[0]
    para(d, first.title.upper(), bold=True, size=11, color=ink, before=6, after=3)
    for it in first.items:
        if it.kind in ("para", "para_nc", "line"):
            para(d, it.text, after=4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    brk = para(d, after=0)
    brk.add_run().add_break(WD_BREAK.COLUMN)
    for s in res.side():
        para(d, s.title.upper(), bold=True, size=11, color=ink, before=6, after=3)
        for it in s.items:
            if it.kind == "line":
                para(d, it.text, size=9.5, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", size=9.5, after=1)
    body = d.add_section(WD_SECTION.CONTINUOUS)
    set_columns(body, None)
    width = 7.0
    for s in main_sections[1:]:
        h = para(d, s.title.upper(), bold=True, size=11, color=ink, before=10, after=3)
        bottom_border(h, "BFBFBF", 4)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=7, after=0)
                right_tab(p, width)
                add_runs(p, f0, bold=True, size=11)
                if f3:
                    add_runs(p, "\t" + f3, size=10, color="595959")
                if f1 or f2:
                    para(d, ", ".join(x for x in (f1, f2) if x), italic=True, color="404040", after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, after=1.5)
    return docx_bytes(d, m)


# ---- PDF: a one-page campus-placement resume ----------------------------------------------------


def tpl_campus_placement(res: Any) -> bytes:
    m = res.meta
    css = """
    body { font-family: serif; font-size: 9.2pt; color: #000; }
    td { vertical-align: top; padding: 0; }
    p.nm { font-size: 15pt; font-weight: bold; margin: 0; }
    p.tg { margin: 1pt 0 0 0; font-size: 9.6pt; } p.in { margin: 1pt 0 0 0; font-size: 9.6pt; font-style: italic; }
    td.ct { text-align: right; font-size: 8.8pt; width: 170pt; }
    table.ed { width: 100%; margin: 3pt 0 0 0; }
    td.eh { background-color: #d9dee6; border: 0.5px solid #777; padding: 1.5pt 4pt; font-weight: bold; }
    td.ec { border: 0.5px solid #777; padding: 1.5pt 4pt; }
    p.bar { background-color: #dcdcdc; margin: 7pt 0 2pt 0; padding: 1pt 4pt; font-size: 10pt; font-weight: bold; }
    table.en { width: 100%; margin: 3pt 0 0 0; }
    td.d { text-align: right; width: 110pt; font-style: italic; }
    ul { margin: 0.5pt 0 0 0; padding-left: 12pt; } li { margin: 0 0 0.8pt 0; line-height: 1.18; }
    p.line { margin: 0 0 1pt 0; } p.para { margin: 0 0 1pt 0; }
    """
    contacts = "<br/>".join(hx(c) for c in res.contacts)
    parts = ["<table style='width:100%'><tr><td style='width:62pt'>&#160;</td><td>"
             f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tg'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"<p class='in'>{hx(m.get('institute', ''))}</p></td>"
             f"<td class='ct' style='width:170pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        parts.append(f"<p class='bar'>{fake_small_caps(s.title, 0.8, lig=False)}</p>")
        rows = [it.fields for it in s.items if it.kind == "row"]
        if rows:
            parts.append("<table class='ed'>" + "".join(
                "<tr>" + "".join(f"<td class='{'eh' if n == 0 else 'ec'}'>{hx(c)}</td>" for c in r) + "</tr>"
                for n, r in enumerate(rows)) + "</table>")
        for fields, rest in split_entries([it for it in s.items if it.kind != "row"]):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b>" + (f" | <i>{hx(org)}</i>" if org else "")
                         + f"</td><td class='d'>{hx(f3)}</td></tr></table>" + block_html(rest))
    emblem = m.get("emblem", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            c = pymupdf.Point(62, 62)
            page.draw_circle(c, 25, color=(0.45, 0.12, 0.12), fill=(0.98, 0.95, 0.9), width=1.6)
            page.draw_circle(c, 20.5, color=(0.45, 0.12, 0.12), width=0.6)
            page.insert_text((c.x - pymupdf.get_text_length(emblem, "tibo", 9) / 2, c.y + 3.2), emblem, fontsize=9,
                             fontname="tibo", color=(0.45, 0.12, 0.12))

    data = compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(36, 34, 559, 812))], m, decorate)
    page_count_check(res, data)
    return data


# ---- TXT: saved by Windows Notepad as UTF-16 LE with a byte-order mark -------------------------


def txt_utf16_notepad(res: Any) -> bytes:
    lines = [plain(res.name)]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines += [plain(c) for c in res.contacts]
    for s in res.sections:
        lines += ["", s.title.upper(), "=" * len(s.title), ""]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                left = ", ".join(x for x in (f0, f1) if x)
                lines.append(left + " " * max(3, 78 - len(left) - len(f3)) + f3 if f3 else left)
                if f2:
                    lines.append(f2)
            elif it.kind in ("bullet", "note"):
                lines.append("  \u2022 " + plain(it.text))
            else:
                lines.append(plain(it.text))
    text = "\r\n".join(lines).rstrip() + "\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le")


# ---- posting: a Chilean job portal's page printed in two columns ------------------------------


def cl_portal_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#0f6e63"
    css_head = f"""
    body {{ font-family: sans-serif; color: #222; }}
    p.site {{ font-size: 16pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.tagl {{ font-size: 8.5pt; color: #777; margin: 1pt 0 12pt 0; }}
    h1 {{ font-size: 18pt; margin: 0 0 2pt 0; color: #111; }}
    p.co {{ font-size: 11pt; color: {ink}; margin: 0; font-weight: bold; }}
    """
    css_main = """
    body { font-family: sans-serif; font-size: 9.8pt; color: #2a2a2a; }
    p.h { font-size: 11.5pt; font-weight: bold; margin: 12pt 0 4pt 0; color: #111; }
    p { margin: 0 0 7pt 0; line-height: 1.35; }
    ul { margin: 0 0 6pt 0; padding-left: 16pt; } li { margin: 0 0 3pt 0; line-height: 1.3; }
    p.foot { color: #888; font-size: 8pt; margin-top: 16pt; }
    """
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.8pt; color: #333; }}
    p.bt {{ font-size: 10pt; font-weight: bold; color: {ink}; margin: 0 0 6pt 0; }}
    p.k {{ margin: 0; color: #777; font-size: 8pt; }} p.v {{ margin: 0 0 6pt 0; }}
    p.btn {{ background-color: {ink}; color: #ffffff; font-weight: bold; text-align: center; margin: 10pt 0 0 0;
             padding: 4pt; }}
    """
    head = (f"<p class='site'>{hx(m['site'])}</p><p class='tagl'>{hx(m.get('site_tag', ''))}</p>"
            f"<h1>{hx(m['title'])}</h1><p class='co'>{hx(m['company'])}</p>")
    parts: list[str] = []
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
    side = ("<p class='bt'>Detalles del empleo</p>"
            + "".join(f"<p class='k'>{hx(k)}</p><p class='v'>{hx(v)}</p>" for k, v in meta_pairs(m, "details"))
            + "<p class='btn'>Postular</p>")
    tint = (0.93, 0.96, 0.95)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(398, 144, 560, 484), color=None, fill=tint, width=0, overlay=False)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((220, 20), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 826), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((560, 826), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(40, 32, 560, 140) if p == 0 else None),
        Flow("".join(parts), css_main, lambda p: pymupdf.Rect(40, 144 if p == 0 else 36, 384, 806)),
        Flow(side, css_side, lambda p: pymupdf.Rect(408, 154, 552, 480) if p == 0 else None),
    ]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


PDF_TEMPLATES["tw_jobbank_form"] = tpl_tw_jobbank_form
PDF_TEMPLATES["cl_bilingual_heads"] = tpl_cl_bilingual_heads
PDF_TEMPLATES["usajobs_builder"] = tpl_usajobs_builder
PDF_TEMPLATES["two_col_chips_ligatures"] = tpl_two_col_chips_ligatures
PDF_TEMPLATES["campus_placement"] = tpl_campus_placement
DOCX_TEMPLATES["docx_ph_references"] = dx_ph_references
DOCX_TEMPLATES["docx_content_controls"] = dx_content_controls
DOCX_TEMPLATES["docx_top_columns"] = dx_top_columns
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
    t = res.meta["template"]
    if t == "txt_notion_export":
        return txt_notion_export(res)
    if t == "txt_utf16_notepad":
        return txt_utf16_notepad(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "cl_portal_pdf":
        return cl_portal_pdf(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
