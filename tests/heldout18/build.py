"""Rebuild the eighteenth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout18/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout18/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder. Layouts added here, for this set only, with the same machinery:
a German tabular Lebenslauf on A4 with dates in a left column, a photo box and a place-and-date
signature line ("lebenslauf"), a LinkedIn "Save to PDF" profile export with a page-one sidebar and
"Page N of M" footers ("linkedin_export"), a LaTeX article-class CV with numbered sections and
centred page numbers ("latex_article"), a bilingual Chinese/English A4 resume with an info grid and
CJK fonts subset ("bilingual_cn"), a Naukri-style Word file with shaded section bars, typed arrow
bullets, a bordered personal-details table and a declaration ("docx_naukri"), a French Word CV
whose header is a two-cell table and whose entries put the dates in a left cell ("docx_cv_fr"), and
a plain-text resume copied out of a two-column PDF viewer, sidebar first, hard-wrapped, with the
page footer and a form feed left in ("txt_pdfcopy").
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261207, "heldout18_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, no_table_borders, para,
 plain, right_tab, two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "no_table_borders", "para", "plain", "right_tab", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def block_html(items: list[Any], lig: bool = False) -> str:
    """Bullets, sub-headings, paragraphs and lines of one entry (no entry line)."""
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


# ---- PDF: German tabular Lebenslauf, dates in a left column, photo box, signature line -------


def tpl_lebenslauf(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.7pt; color: #1a1a1a; }
    p.doc { font-size: 9pt; color: #666; margin: 0; letter-spacing: 2px; }
    h1 { font-size: 21pt; margin: 2pt 0 2pt 0; font-weight: bold; color: #1c2f4a; }
    p.tag { font-size: 10.5pt; margin: 0 0 4pt 0; color: #1c2f4a; }
    p.contact { font-size: 9pt; margin: 0 0 1pt 0; }
    h2 { font-size: 11pt; margin: 12pt 0 3pt 0; color: #1c2f4a; border-bottom: 0.8px solid #1c2f4a; }
    table.row { width: 100%; margin: 4pt 0 0 0; }
    td { padding: 0; vertical-align: top; }
    td.d { width: 112pt; color: #333; font-size: 9.2pt; }
    ul { margin: 1pt 0 0 0; padding-left: 11pt; } li { margin: 0 0 1.6pt 0; }
    p.t { margin: 0; } p.o { margin: 0 0 1pt 0; font-style: italic; }
    p.line { margin: 0 0 1.4pt 0; } p.para { margin: 1pt 0 3pt 0; } p.sub { margin: 3pt 0 1pt 0; }
    p.sig { margin: 22pt 0 0 0; }
    """
    m = res.meta
    head = (f"<p class='doc'>{hx(m.get('doc_title', 'LEBENSLAUF'))}</p><h1>{hx(res.name)}</h1>"
            + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))
    parts: list[str] = []
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title)}</h2>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                if any(it.kind == "row" for it in rest):
                    for it in rest:
                        if it.kind == "row":
                            a, *b = it.fields
                            parts.append(f"<table class='row'><tr><td class='d' style='width:112pt'>{hx(a)}</td>"
                                         f"<td>{hx(' '.join(b))}</td></tr></table>")
                        else:
                            parts.append(f"<table class='row'><tr><td class='d' style='width:112pt'>&#160;</td>"
                                         f"<td>{block_html([it])}</td></tr></table>")
                else:
                    parts.append(f"<table class='row'><tr><td class='d' style='width:112pt'>&#160;</td>"
                                 f"<td>{block_html(rest)}</td></tr></table>")
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            cell = (f"<p class='t'><b>{hx(f0)}</b></p>" + (f"<p class='o'>{hx(org)}</p>" if org else "")
                    + block_html(rest))
            parts.append(f"<table class='row'><tr><td class='d' style='width:112pt'>{hx(f3)}</td><td>{cell}</td></tr></table>")
    if m.get("signature"):
        parts.append(f"<p class='sig'>{hx(m['signature'])}</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            box = pymupdf.Rect(462, 40, 546, 148)
            page.draw_rect(box, color=(0.55, 0.58, 0.62), fill=(0.86, 0.88, 0.91), width=0.6)
            page.draw_oval(pymupdf.Rect(484, 56, 524, 100), color=None, fill=(0.72, 0.75, 0.79))
            page.draw_oval(pymupdf.Rect(472, 104, 536, 160), color=None, fill=(0.72, 0.75, 0.79))
            page.draw_rect(pymupdf.Rect(462, 148, 546, 162), color=None, fill=(1, 1, 1))
        grey = (0.4, 0.4, 0.4)
        page.insert_text((52, 815), m.get("footer", ""), fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((510, 815), f"Seite {pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [Flow(head, css, lambda p: pymupdf.Rect(52, 40, 450, 166) if p == 0 else None),
             Flow("".join(parts), css, lambda p: pymupdf.Rect(52, 160 if p == 0 else 40, 545, 800))]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: LinkedIn "Save to PDF" export ------------------------------------------------------


def tpl_linkedin(res: Any) -> bytes:
    css_side = """
    body { font-family: sans-serif; font-size: 8.8pt; color: #222; }
    h2 { font-size: 11pt; margin: 12pt 0 4pt 0; color: #000; }
    p.line { margin: 0 0 3pt 0; } p.contact { margin: 0 0 3pt 0; }
    """
    css_main = """
    body { font-family: sans-serif; font-size: 9.6pt; color: #222; }
    h1 { font-size: 22pt; margin: 0; color: #000; font-weight: normal; }
    p.tag { font-size: 10.8pt; margin: 3pt 0 2pt 0; }
    p.loc { font-size: 9.5pt; color: #777; margin: 0 0 8pt 0; }
    h2 { font-size: 14pt; margin: 12pt 0 4pt 0; color: #000; font-weight: normal; }
    p.co { font-size: 11pt; margin: 9pt 0 0 0; color: #000; }
    p.ti { font-size: 10pt; margin: 1pt 0 0 0; color: #000; }
    p.dt { font-size: 9pt; margin: 0; color: #777; }
    p.para { margin: 3pt 0 3pt 0; } p.line { margin: 0 0 2pt 0; }
    p.sub { margin: 6pt 0 0 0; font-size: 10pt; }
    ul { margin: 2pt 0 0 0; padding-left: 10pt; } li { margin: 0 0 2pt 0; }
    """
    m = res.meta

    def entry(f: list[str]) -> str:
        f0, f1, f2, f3 = f
        out = f"<p class='co'>{hx(f0)}</p>" if f0 else ""
        if f1:
            out += f"<p class='ti'>{hx(f1)}</p>"
        if f3:
            out += f"<p class='dt'>{hx(f3)}</p>"
        if f2:
            out += f"<p class='dt'>{hx(f2)}</p>"
        return out

    def sub(text: str) -> str:
        return f"<p class='sub'>{hx(text)}</p>"

    side = ("<h2>Contact</h2>" + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)
            + "".join(f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry) for s in res.side()))
    main_html = (f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>"
                 f"<p class='loc'>{hx(m.get('location_line', ''))}</p>"
                 + "".join(f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry, sub=sub) for s in res.main()))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            fill_rect(page, pymupdf.Rect(0, 0, 190, page.rect.height), (0.95, 0.95, 0.95))
        page.insert_text((278, 772), f"Page {pno + 1} of {count}", fontsize=8, fontname="helv",
                         color=(0.5, 0.5, 0.5))

    flows = [
        Flow(side, css_side, lambda p: pymupdf.Rect(24, 36, 172, 760) if p == 0 else None),
        Flow(main_html, css_main, lambda p: pymupdf.Rect(214, 36, 580, 756)),
    ]
    return compose_pdf(LETTER, flows, m, decorate)


# ---- PDF: LaTeX article-class CV, numbered sections, centred page numbers -------------------


def tpl_latex_article(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.5pt; color: #000; }
    h1 { font-size: 17pt; text-align: center; margin: 0 0 3pt 0; font-weight: normal; }
    p.contact { text-align: center; font-size: 10pt; margin: 0; }
    h2 { font-size: 13pt; margin: 14pt 0 4pt 0; font-weight: bold; }
    table.entry { width: 100%; margin-top: 5pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ul { margin: 2pt 0 0 0; padding-left: 20pt; } li { margin: 0 0 2pt 0; }
    p.line { margin: 0 0 3pt 22pt; text-indent: -22pt; } p.para { margin: 2pt 0 4pt 0; text-align: justify; }
    p.sub { margin: 5pt 0 1pt 0; }
    """
    head = f"<h1>{hx(res.name, True)}</h1>" + "".join(f"<p class='contact'>{hx(c, True)}</p>"
                                                       for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, True)

    body = head + "".join(f"<h2>{n}&#160;&#160;&#160;{hx(s.title, True)}</h2>" + items_html(s.items, entry, lig=True)
                          for n, s in enumerate(res.sections, 1))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.insert_text((302, 750), str(pno + 1), fontsize=10, fontname="tiro", color=(0, 0, 0))

    flows = [Flow(body, css, lambda p: pymupdf.Rect(90, 72, 522, 720))]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- PDF: bilingual Chinese/English resume, info grid, three-cell entry rows ----------------


def tpl_bilingual_cn(res: Any) -> bytes:
    blue = "#1f4e8c"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #222; }}
    h1 {{ font-size: 20pt; margin: 0 0 4pt 0; color: {blue}; }}
    p.tag {{ font-size: 10.5pt; margin: 0 0 4pt 0; }}
    table.info {{ width: 100%; margin: 0 0 4pt 0; }}
    table.info td {{ padding: 1pt 2pt; font-size: 8.9pt; border-bottom: 0.4px solid #ccc; }}
    h2 {{ font-size: 11pt; margin: 11pt 0 4pt 0; color: #fff; background-color: {blue}; padding: 2pt 5pt; }}
    table.ent {{ width: 100%; margin: 5pt 0 1pt 0; }}
    table.ent td {{ padding: 0; font-weight: bold; }}
    td.a {{ width: 120pt; color: {blue}; }} td.c {{ text-align: right; }}
    p.o {{ margin: 0 0 1pt 0; color: #555; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.line {{ margin: 0 0 1.6pt 0; }} p.para {{ margin: 2pt 0 3pt 0; }} p.sub {{ margin: 4pt 0 1pt 0; }}
    """
    cells = [hx(c) for c in res.contacts]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells[i:i + 2]) + "</tr>"
                   for i in range(0, len(cells), 2))
    parts = [f"<h1>{hx(res.name)}</h1>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + f"<table class='info'>{rows}</table>"]
    for s in res.sections:
        parts.append(f"<h2>{hx(s.title)}</h2>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                parts.append(f"<table class='ent'><tr><td class='a'>{hx(f3)}</td><td>{hx(f1)}</td>"
                             f"<td class='c'>{hx(f0)}</td></tr></table>")
                if f2:
                    parts.append(f"<p class='o'>{hx(f2)}</p>")
            parts.append(block_html(rest))
    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 40, 549, 802))]
    return subset_fonts(compose_pdf(A4, flows, res.meta))


# ---- DOCX: Naukri-style, shaded section bars, typed arrow bullets, details table, declaration --


def shade_par(p: Any, fill: str) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                           f'w:fill="{fill}"/>'))


def dx_naukri(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Times New Roman", 11, 0.7, a4=True)
    para(d, res.name, bold=True, size=16, after=0)
    if res.tagline:
        para(d, res.tagline, bold=True, size=11, after=0)
    for c in res.contacts:
        para(d, c, size=10.5, after=0)
    mark = m.get("arrow", "➢")
    for s in res.sections:
        h = para(d, s.title, bold=True, size=11.5, before=10, after=4)
        shade_par(h, "BFBFBF")
        table = None
        for it in s.items:
            if it.kind == "row":
                if table is None:
                    table = d.add_table(rows=0, cols=len(it.fields))
                    table.style = d.styles["Table Grid"]
                cells = table.add_row().cells
                for c, v in zip(cells, it.fields, strict=False):
                    c.paragraphs[0].text = ""
                    add_runs(c.paragraphs[0], v, size=10.5)
                continue
            table = None
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=1)
                add_runs(p, f1 or f0, bold=True)
                rest = " | ".join(x for x in ((f0 if f1 else ""), f2, f3) if x)
                if rest:
                    add_runs(p, " | " + rest, bold=False)
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=4, after=1)
            elif it.kind in ("bullet", "note"):
                p = para(d, f"{mark}\t{it.text}", after=1)
                p.paragraph_format.left_indent = Inches(0.35)
                p.paragraph_format.first_line_indent = Inches(-0.25)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(0.35))
            elif it.kind in ("para", "para_nc"):
                p = para(d, it.text, after=3)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif it.kind == "line":
                para(d, it.text, after=1)
    if m.get("declaration"):
        h = para(d, "Declaration", bold=True, size=11.5, before=10, after=4)
        shade_par(h, "BFBFBF")
        para(d, m["declaration"], after=8)
        p = para(d, after=0)
        right_tab(p, 6.8)
        add_runs(p, m.get("place_line", "Place:"))
        p.add_run("\t" + f"({plain(res.name)})")
        para(d, m.get("date_line", "Date:"), after=0)
    return docx_bytes(d, m)


# ---- DOCX: French CV, header table, dates in a left cell ------------------------------------


def dx_cv_fr(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 10, 0.6, a4=True)
    accent = m.get("accent", "7A1F3D")
    top = d.add_table(rows=1, cols=2)
    no_table_borders(top)
    left, right = top.rows[0].cells
    left.width, right.width = Inches(3.9), Inches(3.1)
    left.paragraphs[0].text = ""
    add_runs(left.paragraphs[0], res.name, bold=True, size=20, color=accent)
    if res.tagline:
        para(left, res.tagline, size=11, after=0)
    right.paragraphs[0].text = ""
    for i, c in enumerate(res.contacts):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        add_runs(p, c, size=9)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, color=accent, before=10, after=3)
        bottom_border(h, accent, 6)
        table = None
        grid = None
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    if it.kind == "row":
                        if grid is None:
                            grid = d.add_table(rows=0, cols=len(it.fields))
                            no_table_borders(grid)
                        cells = grid.add_row().cells
                        for c, v in zip(cells, it.fields, strict=False):
                            c.paragraphs[0].text = ""
                            add_runs(c.paragraphs[0], v, size=9.5)
                    elif it.kind in ("bullet", "note"):
                        para(d, it.text, style="List Bullet", after=1)
                    else:
                        para(d, it.text, after=2)
                continue
            if table is None:
                table = d.add_table(rows=0, cols=2)
                no_table_borders(table)
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Inches(1.35), Inches(5.65)
            f0, f1, f2, f3 = fields
            cells[0].paragraphs[0].text = ""
            add_runs(cells[0].paragraphs[0], f3, italic=True, size=9.5, color="555555")
            c = cells[1]
            c.paragraphs[0].text = ""
            add_runs(c.paragraphs[0], f0, bold=True, size=10.5)
            org = " – ".join(x for x in (f1, f2) if x)
            if org:
                add_runs(c.paragraphs[0], "  —  " + org, size=10)
            for it in rest:
                if it.kind in ("bullet", "note"):
                    p = c.add_paragraph()
                    p.paragraph_format.left_indent = Inches(0.18)
                    p.paragraph_format.first_line_indent = Inches(-0.18)
                    add_runs(p, "•  " + it.text, size=9.8)
                elif it.kind == "sub":
                    add_runs(c.add_paragraph(), it.text, bold=True, italic=True, size=9.8)
                else:
                    add_runs(c.add_paragraph(), it.text, size=9.8)
                c.paragraphs[-1].paragraph_format.space_after = Pt(1)
    return docx_bytes(d, m)


# ---- TXT: copied out of a two-column PDF viewer ---------------------------------------------


def txt_pdfcopy(res: Any) -> bytes:
    """The side sections come first (a viewer copies the left column first), every line is
    hard-wrapped at @wrap characters, bullets are typed with @txt_bullet, and after @page_lines lines
    the page footer and a form feed are left in."""
    m = res.meta
    width = int(m.get("wrap", "78"))
    bullet = m.get("txt_bullet", "• ").strip('"')
    out: list[str] = [res.name.upper()]
    if res.tagline:
        out.append(res.tagline)
    out.extend(res.contacts)

    def wrap(text: str, first: str = "") -> list[str]:
        return textwrap.wrap(first + plain(text), width) or [""]

    for s in res.side() + res.main():
        out += ["", s.title.upper()]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                out.append("")
                out += wrap(" – ".join(x for x in (f0, f1) if x))
                tail = "  ".join(x for x in (f2, f3) if x)
                if tail:
                    out.append(tail)
            elif it.kind in ("bullet", "note"):
                out += wrap(it.text, bullet)
            elif it.kind == "row":
                out += wrap("  ".join(it.fields))
            else:
                out += wrap(it.text)
    page_lines = int(m.get("page_lines", "58"))
    footer = m.get("page_footer", "Page {n} of {count}")
    pages = [out[i:i + page_lines] for i in range(0, len(out), page_lines)]
    text = ""
    for n, lines in enumerate(pages, 1):
        text += "\n".join(lines) + "\n" + footer.format(n=n, count=len(pages)) + "\n"
        if n < len(pages):
            text += "\f"
    text = re.sub(r"\n{3,}", "\n\n", text)
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


PDF_TEMPLATES["lebenslauf"] = tpl_lebenslauf
PDF_TEMPLATES["linkedin_export"] = tpl_linkedin
PDF_TEMPLATES["latex_article"] = tpl_latex_article
PDF_TEMPLATES["bilingual_cn"] = tpl_bilingual_cn
DOCX_TEMPLATES["docx_naukri"] = dx_naukri
DOCX_TEMPLATES["docx_cv_fr"] = dx_cv_fr
_base_build_resume = _ns["build_resume"]
_base_build_posting = _ns["build_posting"]


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_pdfcopy":
        return txt_pdfcopy(res)
    return _base_build_resume(res)


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "board_pdf_subset":  # a printed job-board page with symbol glyphs
        return subset_fonts(_ns["greenhouse_pdf"](job))
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
