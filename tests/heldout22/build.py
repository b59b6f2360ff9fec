"""Rebuild the twenty-second held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout22/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout22/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-first set's helpers
(font subsetting, fixed metadata after decoration, Word page fields, entry splitting, the check
that a PDF holds all of its source text); this set has its own sources and its own shuffle seed
for the line list. Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF in two columns whose section names are bilingual ("Turkish / English"), the Turkish half
bold and the English half light, with icon glyphs in a tinted left sidebar and fonts subset
("bilingual_2col"), a Word file whose whole body is one layout table with a shaded heading cell
beside each section and the name and contact in the page header ("docx_body_table"), a Letter PDF
whose entries put the title and the employer on one line with the dates right-aligned on that line
("title_line_dates"), a two-page Word resume that opens with a shaded "Selected Impact" box and a
three-column competencies grid, breaks the page in the middle of a role and repeats the name in the
header from page two only ("docx_impact_first"), a LaTeX Awesome-CV look on Letter with accent
section names followed by a drawn rule, italic dates at the right and a skills table, icon glyphs,
fonts subset ("awesome_skills_table"), an A4 PDF with a coloured name band, a contact strip and
each role's dates written small above its title ("date_above"), a plain-text file downloaded from
Google Docs with a byte-order mark, CRLF line ends, a blank line after every line, asterisk
markup and "|" separators ("txt_gdoc"), an A4 academic CV whose entries and publications sit in
a left label column (years, [J1]/[C1] labels) with a running header on every page
("cv_label_column"), and an A4 PDF whose name and contact sit in a bordered two-row table at the
top with grey heading bars below ("head_table").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261211, "heldout22_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, no_table_borders, para,
 plain, right_tab, segments, two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the twenty-first set's) ----------------------------------------------------


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


def meta_list(meta: dict[str, str], key: str) -> list[str]:
    return [x.strip() for x in meta.get(key, "").split(";;") if x.strip()]


# ---- PDF: two columns, bilingual section names, icon glyphs in a tinted sidebar ----------------


def bilingual_heading(title: str, ink: str) -> str:
    """'İş Deneyimi / Work Experience': the first language bold, the second light."""
    first, sep, second = title.partition(" / ")
    if not sep:
        return f"<h2>{hx(title)}</h2>"
    return (f"<h2>{hx(first)}<span style='font-weight:normal;color:#7d8790'> / {hx(second)}</span></h2>")


def tpl_bilingual_2col(res: Any) -> bytes:
    ink = res.meta.get("accent", "#b3261e")
    side_fill = (0.95, 0.94, 0.93)
    css_head = f"""
    body {{ font-family: sans-serif; color: #1d1d1d; }}
    p.nm {{ font-size: 24pt; margin: 0; font-weight: bold; color: #1d1d1d; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 0 0; color: {ink}; letter-spacing: 0.5px; }}
    """
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.4pt; color: #2a2a2a; }}
    h2 {{ font-size: 9.4pt; color: {ink}; margin: 11pt 0 3pt 0; font-weight: bold; }}
    p.ct {{ margin: 0 0 3.5pt 0; }} p.line {{ margin: 0 0 2.6pt 0; }}
    ul {{ margin: 0; padding-left: 9pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 0 0 3pt 0; }} p.sub {{ margin: 3pt 0 1pt 0; }}
    table.entry {{ width: 100%; margin-top: 3pt; }} td.el, td.er {{ padding: 0; font-size: 8.2pt; }}
    """
    css_main = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #1d1d1d; }}
    h2 {{ font-size: 11pt; color: {ink}; margin: 10pt 0 3pt 0; border-bottom: 0.7px solid #c9c9c9; }}
    table.entry {{ width: 100%; margin-top: 6pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.7pt; }}
    ul {{ margin: 1.5pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; text-align: justify; }} p.line {{ margin: 0 0 1.8pt 0; }}
    p.sub {{ margin: 3pt 0 0 0; }}
    """
    head = f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
    contact_title = res.meta.get("contact_title", "İletişim / Contact")
    side = bilingual_heading(contact_title, ink) + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    side += "".join(bilingual_heading(s.title, ink) + items_html(s.items, entry) for s in res.side())
    body = "".join(bilingual_heading(s.title, ink) + items_html(s.items, entry) for s in res.main())
    owner = plain(res.name)
    label = res.meta.get("footer", "Özgeçmiş / CV")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 108 if pno == 0 else 0, 186, page.rect.height), side_fill)
        if pno == 0:
            page.draw_line(pymupdf.Point(30, 100), pymupdf.Point(565, 100), color=rgb(ink), width=1.6)
        text = hx(f"{owner} — {label} — {pno + 1}/{count}")
        page.insert_htmlbox(pymupdf.Rect(300, 814, 565, 830), f"<p>{text}</p>",
                            css="p { font-family: sans-serif; font-size: 7pt; color: #737373; text-align: right; }")

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(30, 34, 565, 98) if p == 0 else None),
        Flow(side, css_side, lambda p: pymupdf.Rect(24, 116, 176, 810) if p == 0 else None),
        Flow(body, css_main, lambda p: pymupdf.Rect(200, 112 if p == 0 else 36, 565, 808)),
    ]
    return subset_fonts(compose_pdf(A4, flows, res.meta, decorate))


# ---- DOCX: the whole body is one layout table, name and contact in the page header -------------


def set_cell_margins(table: Any, left: int = 100, right: int = 100, top: int = 60, bottom: int = 60) -> None:
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def row_rule(table: Any, color: str) -> None:
    """Only a thin line between the rows of a layout table."""
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="4" w:color="{color}"/>'
        '<w:left w:val="nil"/><w:right w:val="nil"/>'
        f'<w:bottom w:val="single" w:sz="4" w:color="{color}"/>'
        f'<w:insideH w:val="single" w:sz="4" w:color="{color}"/><w:insideV w:val="nil"/></w:tblBorders>'))


def dx_body_table(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "0E6E5C")
    d = new_docx(m, m.get("font", "Segoe UI"), 9.5, 0.6, a4=True)
    sec = d.sections[0]
    sec.header_distance = Inches(0.3)
    hp = sec.header.paragraphs[0]
    add_runs(hp, res.name, bold=True, size=18, color=ink)
    if res.tagline:
        tp = sec.header.add_paragraph()
        add_runs(tp, res.tagline, size=10, color="404040")
    for c in res.contacts:
        cp = sec.header.add_paragraph()
        add_runs(cp, c, size=8.5, color="404040")
    bottom_border(sec.header.paragraphs[-1], ink, 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, m.get("footer", "") + "  ", size=7.5, color="7F7F7F")
    add_field(fp, "PAGE", "1", size=7.5)
    width = 7.07
    left_w = 1.45
    table = d.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row_rule(table, "BFBFBF")
    set_cell_margins(table)
    widths = (Inches(left_w), Inches(width - left_w))
    for s in res.sections:
        left, right = table.add_row().cells
        set_col_widths(table, widths)
        shade_cell(left, "E6F2EF")
        lp = first_cell_paragraph(left)
        add_runs(lp, s.title, bold=True, size=10, color=ink)
        first = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = first_cell_paragraph(right) if first else para(right, before=7, after=0)
                right_tab(p, width - left_w - 0.15)
                add_runs(p, f0, bold=True, size=10)
                if f3:
                    add_runs(p, "\t" + f3, size=9, color="595959")
                org = " – ".join(x for x in (f1, f2) if x)
                if org:
                    para(right, org, italic=True, size=9.5, color=ink, after=1)
            elif it.kind in ("bullet", "note"):
                if first:
                    p = first_cell_paragraph(right)
                    p.style = d.styles["List Bullet"]
                    add_runs(p, it.text, size=9.5)
                else:
                    para(right, it.text, style="List Bullet", size=9.5, after=1)
            elif it.kind == "sub":
                p = first_cell_paragraph(right) if first else para(right, before=3, after=1)
                add_runs(p, it.text, bold=True, italic=True, size=9.5)
            elif it.kind in ("para", "para_nc", "line"):
                p = first_cell_paragraph(right) if first else para(right, after=2)
                add_runs(p, it.text, size=9.5)
            elif it.kind == "row":
                p = first_cell_paragraph(right) if first else para(right, after=1)
                add_runs(p, it.fields[0] + ": ", bold=True, size=9.5)
                add_runs(p, ", ".join(it.fields[1:]), size=9.5)
            first = False
    para(d, "", size=2, after=0)  # Word keeps a paragraph after a table at the end of the body
    return docx_bytes(d, m)


# ---- PDF: title and employer on one line, the dates right-aligned on it ------------------------


def tpl_title_line_dates(res: Any) -> bytes:
    ink = res.meta.get("accent", "#27496d")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.7pt; color: #1f1f1f; }}
    table.hd {{ width: 100%; }} td {{ padding: 0; vertical-align: top; }}
    p.nm {{ font-size: 22pt; margin: 0; color: {ink}; font-weight: bold; }}
    p.tag {{ font-size: 10.4pt; margin: 2pt 0 0 0; color: #444; }}
    p.ct {{ font-size: 8.6pt; margin: 0 0 1pt 0; text-align: right; color: #333; }}
    p.h2 {{ font-size: 10.4pt; font-weight: bold; color: {ink}; margin: 12pt 0 3pt 0; letter-spacing: 1.5px;
            border-bottom: 0.5px solid #b8c4d0; }}
    table.ln {{ width: 100%; margin: 6pt 0 0 0; }}
    td.t {{ font-size: 10pt; }} td.d {{ text-align: right; width: 120pt; color: #3b3b3b; font-size: 9pt; }}
    ul {{ margin: 1.5pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 1.8pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    contacts = "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)
    parts = [f"<table class='hd'><tr><td><p class='nm'>{hx(res.name)}</p>"
             + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"</td><td style='width:230pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            line = f"<b>{hx(f0)}</b>" + (f" <span style='color:#555'>| {hx(org)}</span>" if org else "")
            parts.append(f"<table class='ln'><tr><td class='t'>{line}</td><td class='d'>{hx(f3)}</td></tr></table>"
                         + block_html(rest))
    owner = plain(res.name)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            page.draw_rect(pymupdf.Rect(0, 0, page.rect.width, 10), color=None, fill=rgb(ink), width=0)
        grey = (0.5, 0.5, 0.5)
        page.insert_text((50, 772), owner, fontsize=7, fontname="helv", color=grey)
        label = f"Page {pno + 1} of {count}"
        page.insert_text((562 - pymupdf.get_text_length(label, "helv", 7), 772), label, fontsize=7,
                         fontname="helv", color=grey)

    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(50, 34, 562, 756))],
                       res.meta, decorate)


# ---- DOCX: a shaded "Selected Impact" box first, a page break inside a role --------------------


def dx_impact_first(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "17365D")
    d = new_docx(m, "Calibri", 10.5, 0.7)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    right_tab(hp, 7.1)
    add_runs(hp, plain(res.name), bold=True, size=9, color=ink)
    add_runs(hp, "\tPage ", size=8.5, color="7F7F7F")
    add_field(hp, "PAGE", "2", size=8.5)
    bottom_border(hp, "A6A6A6", 4)
    width = 7.1
    para(d, res.name, bold=True, size=22, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=11.5, color="404040", align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    bottom_border(d.paragraphs[-1], ink, 12)
    breaks = {x.strip() for x in m.get("page_break_before", "").split(";;") if x.strip()}
    for s in res.sections:
        title = s.title
        h = para(d, title.upper(), bold=True, size=11, color=ink, before=10, after=3)
        if title.lower().startswith("selected impact"):
            box = d.add_table(rows=1, cols=1)
            box.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell = box.rows[0].cells[0]
            cell.width = Inches(width)
            shade_cell(cell, "EAF0F7")
            first = True
            for it in s.items:
                if it.kind not in ("bullet", "note", "para", "para_nc", "line"):
                    continue
                q = first_cell_paragraph(cell) if first else para(cell, after=2)
                q.paragraph_format.left_indent = Inches(0.22)
                q.paragraph_format.first_line_indent = Inches(-0.18)
                q.paragraph_format.space_after = Pt(2.5)
                add_runs(q, "■  ", size=7, color=ink)
                add_runs(q, it.text, size=10)
                first = False
            continue
        bottom_border(h, ink, 6)
        lines = [i for i in s.items if i.kind == "line"]
        if title.lower().startswith("core competencies") and lines:
            cols = 3
            grid = d.add_table(rows=0, cols=cols)
            no_table_borders(grid)
            for i in range(0, len(lines), cols):
                cells = grid.add_row().cells
                for c, it in zip(cells, lines[i:i + cols], strict=False):
                    add_runs(first_cell_paragraph(c), "▪ " + it.text, size=9.5)
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind in ("bullet", "note") and any(plain(it.text).startswith(b) for b in breaks):
                q = para(d, after=0)
                q.add_run().add_break(WD_BREAK.PAGE)
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                q = para(d, before=8, after=0)
                right_tab(q, width)
                add_runs(q, f1.upper() if f1 else "", bold=True, size=10.5)
                if f2:
                    add_runs(q, " · " + f2, size=10, color="595959")
                if f3:
                    add_runs(q, "\t" + f3, size=10, color="404040")
                if f0:
                    para(d, f0, bold=True, italic=True, size=10.5, color=ink, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, before=4, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, after=1)
    return docx_bytes(d, m)


# ---- PDF: Awesome-CV look, accent section names with a drawn rule, a skills table --------------


def tpl_awesome_skills_table(res: Any) -> bytes:
    accent = res.meta.get("accent", "#0395de")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #333; }}
    p.nm {{ font-size: 27pt; margin: 0; color: #333; }}
    p.pos {{ font-size: 8.8pt; color: {accent}; margin: 2pt 0 3pt 0; letter-spacing: 1px; }}
    p.contact {{ font-size: 8.2pt; margin: 0 0 1pt 0; color: #555; }}
    p.sec {{ font-size: 13pt; font-weight: bold; color: {accent}; margin: 9pt 0 2pt 0; }}
    table.aw {{ width: 100%; margin-top: 4pt; }}
    td {{ padding: 0; vertical-align: top; }} td.r {{ text-align: right; }}
    td.t {{ font-weight: bold; color: #333; font-size: 9.6pt; }}
    td.loc {{ font-style: italic; color: {accent}; font-size: 8.7pt; }}
    td.org {{ color: #666; font-size: 8.5pt; }} td.dt {{ font-style: italic; color: #777; font-size: 8.5pt; }}
    table.sk {{ width: 100%; margin-top: 3pt; }}
    td.k {{ text-align: right; font-weight: bold; color: #333; width: 96pt; padding: 0 8pt 2pt 0; }}
    td.v {{ color: #555; padding: 0 0 2pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.2pt 0; color: #444; }}
    p.line {{ margin: 0 0 1.5pt 0; }} p.para {{ margin: 1pt 0 2pt 0; text-align: justify; color: #555; }}
    p.sub {{ margin: 2pt 0 0 0; }}
    """
    first, _, last = plain(res.name).rpartition(" ")
    parts = [f"<p class='nm'>{hx(first)} <b>{hx(last)}</b></p>"
             + (f"<p class='pos'>{hx(res.tagline.upper(), True)}</p>" if res.tagline else "")
             + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts)]
    titles = []
    for s in res.sections:
        titles.append(s.title)
        parts.append(f"<p class='sec'>{hx(s.title, True)}</p>")
        rows = [i for i in s.items if i.kind == "row"]
        if rows:
            parts.append("<table class='sk'>" + "".join(
                f"<tr><td class='k'>{hx(r.fields[0], True)}</td><td class='v'>{hx(', '.join(r.fields[1:]), True)}"
                "</td></tr>" for r in rows) + "</table>")
            rest = [i for i in s.items if i.kind != "row"]
            if rest:
                parts.append(block_html(rest, True))
            continue
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest, True))
                continue
            f0, f1, f2, f3 = fields
            parts.append(f"<table class='aw'><tr><td class='t'>{hx(f0, True)}</td><td class='r loc'>{hx(f2, True)}"
                         f"</td></tr><tr><td class='org'>{fake_small_caps(f1, 0.82)}</td>"
                         f"<td class='r dt'>{hx(f3, True)}</td></tr></table>" + block_html(rest, True))
    owner = plain(res.name)
    stamp = res.meta.get("footer_date", "")
    line_rgb = rgb(accent)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for t in titles:
            for r in page.search_for(t):
                if r.x0 < 60 and r.height > 11:
                    y = (r.y0 + r.y1) / 2 + 1
                    page.draw_line(pymupdf.Point(r.x1 + 6, y), pymupdf.Point(568, y), color=(0.6, 0.6, 0.6),
                                   width=0.6)
                    page.draw_line(pymupdf.Point(r.x1 + 6, y), pymupdf.Point(r.x1 + 40, y), color=line_rgb,
                                   width=1.2)
                    break
        grey = (0.55, 0.55, 0.55)
        page.insert_text((44, 772), stamp, fontsize=7, fontname="helv", color=grey)
        label = f"{owner} · Résumé"
        page.insert_text((306 - pymupdf.get_text_length(label, "helv", 7) / 2, 772), label, fontsize=7,
                         fontname="helv", color=grey)
        page.insert_text((562, 772), str(pno + 1), fontsize=7, fontname="helv", color=grey)

    data = compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(44, 34, 568, 758))],
                       res.meta, decorate)
    return subset_fonts(data)


# ---- PDF: a coloured name band, a contact strip, dates written small above each title ----------


def tpl_date_above(res: Any) -> bytes:
    ink = res.meta.get("accent", "#2f5d50")
    band = rgb(ink)
    css_head = """
    body { font-family: sans-serif; color: #ffffff; }
    p.nm { font-size: 25pt; margin: 0; color: #ffffff; letter-spacing: 0.5px; }
    p.tag { font-size: 10.5pt; margin: 3pt 0 0 0; color: #e4efe9; }
    """
    css_strip = """
    body { font-family: sans-serif; font-size: 8.4pt; color: #2b2b2b; }
    table { width: 100%; } td { padding: 0 6pt 0 0; vertical-align: top; }
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #222; }}
    p.h2 {{ font-size: 10pt; color: {ink}; margin: 12pt 0 4pt 0; letter-spacing: 2px; font-weight: bold;
            border-bottom: 1.2px solid {ink}; }}
    p.dt {{ font-size: 8pt; color: #7a7a7a; margin: 7pt 0 0 0; letter-spacing: 0.6px; }}
    p.t {{ margin: 0; font-weight: bold; font-size: 10pt; }}
    p.o {{ margin: 0 0 1pt 0; color: {ink}; font-size: 9pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }} p.sub {{ margin: 3pt 0 0 0; }}
    """
    head = f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
    cells = "".join(f"<td>{hx(c)}</td>" for c in res.contacts)
    strip = f"<table><tr>{cells}</tr></table>"
    parts: list[str] = []
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = " · ".join(x for x in (f1, f2) if x)
            parts.append((f"<p class='dt'>{hx(f3)}</p>" if f3 else "") + f"<p class='t'>{hx(f0)}</p>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest))
    owner = plain(res.name)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            fill_rect(page, pymupdf.Rect(0, 0, page.rect.width, 96), band)
            fill_rect(page, pymupdf.Rect(0, 96, page.rect.width, 124), (0.93, 0.95, 0.94))
        grey = (0.5, 0.5, 0.5)
        label = f"{owner} · {pno + 1}/{count}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 7), 822), label, fontsize=7,
                         fontname="helv", color=grey)

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(42, 26, 555, 94) if p == 0 else None),
        Flow(strip, css_strip, lambda p: pymupdf.Rect(42, 103, 555, 124) if p == 0 else None),
        Flow("".join(parts), css, lambda p: pymupdf.Rect(42, 128 if p == 0 else 40, 555, 806)),
    ]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- TXT: a Google Docs "Plain text" download --------------------------------------------------


def txt_gdoc(res: Any) -> bytes:
    """Google Docs writes a byte-order mark and CRLF line ends; this author's document has an empty
    paragraph after every line, bold kept as asterisks and entries joined with " | "."""
    lines = [f"**{plain(res.name)}**"]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines.extend(plain(c) for c in res.contacts)
    for s in res.sections:
        lines.append(f"**{s.title.upper()}**")
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, *rest = it.fields
                lines.append(" | ".join([f"**{f0}**"] + [x for x in rest if x]))
            elif it.kind in ("bullet", "note"):
                lines.append("* " + plain(it.text))
            elif it.kind == "row":
                lines.append(" | ".join(it.fields))
            elif it.kind == "sub":
                lines.append(f"*{plain(it.text)}*")
            else:
                lines.append(plain(it.text))
    text = "\r\n\r\n".join(lines) + "\r\n"
    return ("\ufeff" + text).encode("utf-8")


# ---- PDF: an academic CV with a left label column (years, publication labels) -----------------


def tpl_cv_label_column(res: Any) -> bytes:
    ink = res.meta.get("accent", "#5b2a86")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.5pt; color: #1c1c1c; }}
    table.hd {{ width: 100%; }} td {{ padding: 0; vertical-align: top; }}
    p.nm {{ font-size: 20pt; margin: 0; font-weight: bold; color: #1c1c1c; }}
    p.tag {{ font-size: 10pt; margin: 2pt 0 0 0; color: {ink}; }}
    p.ct {{ font-size: 8.5pt; margin: 0 0 1pt 0; text-align: right; }}
    p.h2 {{ font-size: 10.8pt; color: {ink}; margin: 12pt 0 3pt 0; font-weight: bold;
            border-bottom: 0.5px solid {ink}; }}
    table.row {{ width: 100%; margin: 3.5pt 0 0 0; }}
    td.lab {{ width: 78pt; color: #555; font-size: 8.8pt; padding-right: 6pt; }}
    p.t {{ margin: 0; font-weight: bold; }} p.o {{ margin: 0; font-style: italic; color: #444; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; text-align: justify; }} p.line {{ margin: 0 0 1.6pt 0; }}
    p.sub {{ margin: 4pt 0 1pt 0; }} p.pub {{ margin: 0; text-align: left; }}
    """
    contacts = "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)
    parts = [f"<table class='hd'><tr><td><p class='nm'>{hx(res.name)}</p>"
             + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"</td><td style='width:220pt'>{contacts}</td></tr></table>"]
    label_re = re.compile(r"^\[([A-Z]{1,2}\d{1,2})\]\s+(.*)$")
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                chunk: list[Any] = []
                for it in rest:
                    mm = label_re.match(it.text) if it.kind == "line" else None
                    if mm:
                        if chunk:
                            parts.append(block_html(chunk))
                            chunk = []
                        parts.append(f"<table class='row'><tr><td class='lab'>[{hx(mm.group(1))}]</td>"
                                     f"<td><p class='pub'>{hx(mm.group(2))}</p></td></tr></table>")
                    else:
                        chunk.append(it)
                if chunk:
                    parts.append(block_html(chunk))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='row'><tr><td class='lab'>{hx(f3)}</td><td><p class='t'>{hx(f0)}</p>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest)
                         + "</td></tr></table>")
    running = res.meta.get("running_head", plain(res.name))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.4, 0.4, 0.4)
        if pno > 0:
            page.insert_text((46, 30), running, fontsize=7.5, fontname="helv", color=grey)
            page.draw_line(pymupdf.Point(46, 34), pymupdf.Point(549, 34), color=(0.7, 0.7, 0.7), width=0.4)
        label = f"– {pno + 1} –"
        page.insert_text((297.5 - pymupdf.get_text_length(label, "helv", 8) / 2, 820), label, fontsize=8,
                         fontname="helv", color=grey)

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 40 if p == 0 else 44, 549, 804))],
                       res.meta, decorate)


# ---- PDF: name and contact in a bordered two-row table at the top, grey heading bars -----------


def tpl_head_table(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.5pt; color: #1a1a1a; }
    table.top { width: 100%; border: 0.8px solid #7f7f7f; }
    table.top td { border: 0.5px solid #a6a6a6; padding: 3pt 5pt; font-size: 8.8pt; vertical-align: middle; }
    table.top td.nm { font-size: 14pt; font-weight: bold; }
    table.top td.tt { font-size: 10pt; font-weight: bold; color: #404040; }
    p.h2 { font-size: 10pt; font-weight: bold; background-color: #d9d9d9; padding: 1.5pt 4pt; margin: 11pt 0 3pt 0; }
    table.en { width: 100%; margin: 5pt 0 0 0; }
    td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 130pt; font-weight: bold; }
    p.o { margin: 0 0 1pt 0; font-style: italic; color: #333; }
    ul { margin: 1pt 0 0 0; padding-left: 13pt; } li { margin: 0 0 1.7pt 0; }
    p.para { margin: 2pt 0 3pt 0; text-align: justify; } p.line { margin: 0 0 1.8pt 0; } p.sub { margin: 3pt 0 0 0; }
    """
    c = list(res.contacts) + [""] * 4
    top = (f"<table class='top'><tr><td class='nm' style='width:210pt'>{hx(res.name)}</td><td>{hx(c[0])}</td>"
           f"<td>{hx(c[1])}</td></tr><tr><td class='tt'>{hx(res.tagline)}</td><td>{hx(c[2])}</td>"
           f"<td>{hx(c[3])}</td></tr></table>")
    parts = [top]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest))
    stamp = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.45, 0.45, 0.45)
        page.insert_text((42, 820), stamp, fontsize=7, fontname="helv", color=grey)
        label = f"{pno + 1} | {count}"
        page.insert_text((553 - pymupdf.get_text_length(label, "helv", 7), 820), label, fontsize=7,
                         fontname="helv", color=grey)

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(42, 36, 553, 806))],
                       res.meta, decorate)


PDF_TEMPLATES["bilingual_2col"] = tpl_bilingual_2col
PDF_TEMPLATES["title_line_dates"] = tpl_title_line_dates
PDF_TEMPLATES["awesome_skills_table"] = tpl_awesome_skills_table
PDF_TEMPLATES["date_above"] = tpl_date_above
PDF_TEMPLATES["cv_label_column"] = tpl_cv_label_column
PDF_TEMPLATES["head_table"] = tpl_head_table
DOCX_TEMPLATES["docx_body_table"] = dx_body_table
DOCX_TEMPLATES["docx_impact_first"] = dx_impact_first
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
            elif it.kind == "line" and (m := re.match(r"^\[([A-Z]{1,2}\d{1,2})\]\s+(.*)$", it.text)):
                wanted.extend(m.groups())
            else:
                wanted.append(it.text)
    missing = [w for w in wanted if _squash(plain(w)) and _squash(plain(w))[:30] not in text]
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_gdoc":
        return txt_gdoc(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


_ns["build_resume"] = build_resume

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
