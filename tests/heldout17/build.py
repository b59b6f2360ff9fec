"""Rebuild the seventeenth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout17/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout17/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder. Layouts added here, for this set only, with the same machinery:
a one-column PDF whose bullets are typed en dashes ("dash_pdf"), a two-column A4 PDF whose tinted
sidebar holds contact, skills and languages ("sidebar_langs"), a two-page PDF with a running header
and footer repeated on every page after the first ("running_header"), a PDF with small-caps
headings and dates in their own right-hand column ("smallcaps_right"), a Word file built as one
big table like a Japanese rirekisho ("docx_grid"), a Word file with typed "»" bullets and tab-set
dates ("docx_marks"), a plain-text resume pasted from a web application form with field labels
("txt_form"), the third set's Canva page with its fonts subset for a Hangul name ("canva_cjk"),
and a careers-page PDF posting whose CJK fonts are subset ("careers_pdf_cjk").
"""

from __future__ import annotations

import re
import sys
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

_base = set_build(__file__, 20261206, "heldout17_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, fill_rect, group_bullets, hx, items_html, main, new_docx, para, plain, right_tab,
 two_cell_rows) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "fill_rect", "group_bullets", "hx", "items_html",
    "main", "new_docx", "para", "plain", "right_tab", "two_cell_rows"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font (CJK fallback fonts are whole otherwise);
    the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def marked_items(items: list[Any], entry: Any, mark: str, lig: bool = False) -> str:
    """Like items_html, but bullets are typed paragraphs led by `mark` (no list markup)."""
    parts: list[str] = []
    for g in group_bullets(items):
        if isinstance(g, list):
            parts.extend(f"<p class='mk'>{mark}&#160;{hx(b.text, lig)}</p>" for b in g)
        elif g.kind == "entry":
            parts.append(entry(g.fields))
        elif g.kind == "sub":
            parts.append(f"<p class='sub'><b>{hx(g.text, lig)}</b></p>")
        elif g.kind in ("para", "para_nc"):
            parts.append(f"<p class='para'>{hx(g.text, lig)}</p>")
        elif g.kind == "line":
            parts.append(f"<p class='line'>{hx(g.text, lig) or '&#160;'}</p>")
        elif g.kind == "row":
            parts.append(f"<p class='line'>{hx(' | '.join(g.fields), lig)}</p>")
    return "".join(parts)


# ---- PDF: one column, typed en-dash bullets (a Word file saved as PDF) --------------------------


def tpl_dash(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.9pt; color: #111; }
    h1 { font-size: 20pt; margin: 0; color: #0b3d2e; }
    p.tag { font-size: 10.5pt; margin: 1pt 0 3pt 0; color: #333; }
    p.contact { font-size: 8.9pt; margin: 0 0 1pt 0; }
    h2 { font-size: 10.6pt; margin: 10pt 0 3pt 0; color: #0b3d2e; border-bottom: 1.4px solid #0b3d2e; }
    table.entry { width: 100%; margin-top: 5pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    p.mk { margin: 0 0 1.8pt 12pt; text-indent: -9pt; }
    p.sub { margin: 4pt 0 1pt 0; } p.para { margin: 2pt 0 3pt 0; } p.line { margin: 0 0 2pt 0; }
    """
    head = (f"<h1>{hx(res.name)}</h1>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    body = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + marked_items(s.items, entry, "–")
                          for s in res.sections)
    return compose_pdf(A4, [Flow(body, css, lambda p: pymupdf.Rect(52, 44, 543, 800))], res.meta)


# ---- PDF: A4, tinted left sidebar with contact, skills and languages ---------------------------


def tpl_sidebar_langs(res: Any) -> bytes:
    tint = (0.93, 0.96, 0.94)
    green = "#1d6b4f"
    css_side = f"""
    body {{ font-family: sans-serif; font-size: 8.6pt; color: #1b1b1b; }}
    h2 {{ font-size: 9.6pt; color: {green}; margin: 12pt 0 3pt 0; letter-spacing: 1px; }}
    p.line {{ margin: 0 0 2.6pt 0; }} p.contact {{ margin: 0 0 3pt 0; }}
    ul {{ margin: 0; padding-left: 10pt; }} li {{ margin: 0 0 2pt 0; }}
    """
    css_main = f"""
    body {{ font-family: sans-serif; font-size: 9.5pt; color: #1b1b1b; }}
    h1 {{ font-size: 23pt; margin: 0; color: #143d2f; }}
    p.tag {{ font-size: 11pt; color: {green}; margin: 2pt 0 8pt 0; }}
    h2 {{ font-size: 11pt; color: #143d2f; margin: 11pt 0 3pt 0; border-left: 4px solid {green};
          padding-left: 5pt; }}
    table.entry {{ width: 100%; margin-top: 5pt; }}
    td.el {{ padding: 0; }} td.er {{ padding: 0; text-align: right; color: #555; font-size: 8.7pt; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; }}
    p.para {{ margin: 2pt 0 4pt 0; }} p.line {{ margin: 0 0 2pt 0; }} p.sub {{ margin: 4pt 0 1pt 0; }}
    """

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    side = ("<h2>CONTATO / CONTACT</h2>" + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)
            + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.side()))
    main_html = f"<h1>{hx(res.name)}</h1><p class='tag'>{hx(res.tagline)}</p>" + "".join(
        f"<h2>{hx(s.title)}</h2>" + items_html(s.items, entry) for s in res.main())

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        fill_rect(page, pymupdf.Rect(0, 0, 180, page.rect.height), tint)

    flows = [
        Flow(side, css_side, lambda p: pymupdf.Rect(18, 36, 166, 810) if p == 0 else None),
        Flow(main_html, css_main, lambda p: pymupdf.Rect(196, 36, 560, 808)),
    ]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- PDF: two pages, header repeated from page 2, footer on every page ------------------------


def tpl_running_header(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.6pt; color: #000; }
    h1 { font-size: 18pt; margin: 0; text-align: center; letter-spacing: 2px; }
    p.contact { text-align: center; font-size: 9.6pt; margin: 1pt 0 0 0; }
    h2 { font-size: 11pt; margin: 12pt 0 3pt 0; background-color: #e4e4e4; padding: 1pt 3pt; }
    table.entry { width: 100%; margin-top: 6pt; }
    td.el { padding: 0; } td.er { padding: 0; text-align: right; }
    ul { margin: 2pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 2.6pt 0; }
    p.para { margin: 3pt 0 4pt 0; } p.line { margin: 0 0 2pt 0; } p.sub { margin: 5pt 0 1pt 0; }
    """
    head = f"<h1>{hx(res.name.upper())}</h1>" + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        return two_cell_rows(f, False)

    body = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry) for s in res.sections)
    header_name = res.meta.get("running_name", plain(res.name))
    footer = res.meta.get("running_footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.3, 0.3, 0.3)
        if pno > 0:
            page.insert_text((60, 38), f"{header_name} – Page {pno + 1} of {count}", fontsize=9,
                             fontname="tiro", color=grey)
            page.draw_line(pymupdf.Point(60, 43), pymupdf.Point(552, 43), color=grey, width=0.5)
        if footer:
            page.insert_text((60, 770), footer, fontsize=8, fontname="tiro", color=grey)

    flows = [Flow(body, css, lambda p: pymupdf.Rect(60, 44 if p == 0 else 56, 552, 752))]
    return compose_pdf(LETTER, flows, res.meta, decorate)


# ---- PDF: small-caps headings, dates in their own right-hand column ---------------------------


def tpl_smallcaps_right(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 10pt; color: #111; }
    h1 { font-size: 22pt; margin: 0; font-weight: normal; }
    p.tag { font-size: 10.5pt; margin: 1pt 0 2pt 0; color: #333; }
    p.contact { font-size: 9pt; margin: 0; color: #333; }
    h2 { font-size: 12pt; margin: 11pt 0 2pt 0; font-weight: normal; border-bottom: 0.5px solid #666; }
    table.ent { width: 100%; margin: 4pt 0 0 0; }
    td { padding: 0; vertical-align: top; }
    td.dr { text-align: right; color: #444; font-size: 9pt; }
    ul { margin: 1pt 0 0 0; padding-left: 12pt; } li { margin: 0 0 1.6pt 0; }
    p.line { margin: 0 0 1.5pt 0; } p.para { margin: 2pt 0; } p.sub { margin: 3pt 0 1pt 0; }
    """
    head = (f"<h1>{fake_small_caps(res.name, 0.8)}</h1><p class='tag'>{hx(res.tagline, True)}</p>"
            + "".join(f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts))
    parts = [head]
    for s in res.sections:
        parts.append(f"<h2>{fake_small_caps(s.title, 0.78)}</h2>")
        block: list[str] = []
        date = ""

        def flush() -> None:
            nonlocal block, date
            if block:
                parts.append(f"<table class='ent'><tr><td style='width:410pt'>{''.join(block)}</td>"
                             f"<td class='dr' style='width:86pt'>{hx(date, True)}</td></tr></table>")
            block, date = [], ""

        for g in group_bullets(s.items):
            if isinstance(g, list):
                block.append("<ul>" + "".join(f"<li>{hx(b.text, True)}</li>" for b in g) + "</ul>")
            elif g.kind == "entry":
                flush()
                f0, f1, f2, f3 = g.fields
                date = f3
                bits = [f"<b>{hx(f0, True)}</b>"] + [f"<i>{hx(x, True)}</i>" for x in (f1, f2) if x]
                block.append(f"<p class='line'>{' · '.join(bits)}</p>")
            elif g.kind == "sub":
                block.append(f"<p class='sub'><i>{hx(g.text, True)}</i></p>")
            elif g.kind in ("para", "para_nc"):
                block.append(f"<p class='para'>{hx(g.text, True)}</p>")
            elif g.kind == "line":
                block.append(f"<p class='line'>{hx(g.text, True)}</p>")
        flush()
    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(50, 42, 562, 756))]
    return compose_pdf(LETTER, flows, res.meta)


# ---- DOCX: the whole resume as one big table, like a Japanese rirekisho ----------------------


def shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def dx_grid(res: Any) -> bytes:
    """One table of three columns (年 | 月 | text): a title row per section, `| a | b | c` rows in the
    three cells, and entries, bullets and paragraphs in one merged cell; bullets typed as "・"."""
    m = res.meta
    d = new_docx(m, "MS Mincho", 10, 0.6, a4=True)
    para(d, m.get("grid_title", "履歴書"), bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(d, m.get("grid_date", ""), size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    t = d.add_table(rows=0, cols=3)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Inches(0.7), Inches(0.45), Inches(5.9))

    def merged(fill: str | None = None) -> Any:
        cells = t.add_row().cells
        for c, w in zip(cells, widths, strict=True):
            c.width = w
        cell = cells[0].merge(cells[2])
        if fill:
            shade(cell, fill)
        return cell

    name_cell = merged()
    name_cell.paragraphs[0].text = ""
    add_runs(name_cell.paragraphs[0], res.name, bold=True, size=15)
    if res.tagline:
        para(name_cell, res.tagline, size=9.5, after=0)
    for c in res.contacts:
        para(name_cell, c, size=9, after=0)
    for s in res.sections:
        head = merged("D9D9D9")
        head.paragraphs[0].text = ""
        add_runs(head.paragraphs[0], s.title, bold=True, size=10)
        cell = None
        for it in s.items:
            if it.kind == "row":
                cells = t.add_row().cells
                vals = it.fields + [""] * (3 - len(it.fields))
                for c, w, v in zip(cells, widths, vals[:3], strict=True):
                    c.width = w
                    c.paragraphs[0].text = ""
                    add_runs(c.paragraphs[0], v, size=9.5)
                cell = None
                continue
            if it.kind == "blank":
                continue
            if cell is None:
                cell = merged()
                first = cell.paragraphs[0]
            else:
                first = cell.add_paragraph()
            first.paragraph_format.space_after = Pt(1)
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                add_runs(first, f0, bold=True, size=10)
                rest = "  /  ".join(x for x in (f1, f2, f3) if x)
                if rest:
                    add_runs(first, "  /  " + rest, size=9.5)
            elif it.kind in ("bullet", "note"):
                first.paragraph_format.left_indent = Inches(0.18)
                first.paragraph_format.first_line_indent = Inches(-0.18)
                add_runs(first, "・" + it.text, size=9.5)
            elif it.kind == "sub":
                add_runs(first, it.text, bold=True, size=9.5)
            else:
                add_runs(first, it.text, size=9.5)
    if m.get("grid_footer"):
        para(d, m["grid_footer"], size=8.5, before=4, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return docx_bytes(d, m)


# ---- DOCX: typed "»" bullets, dates on a right tab, a bordered name block ----------------------


def dx_marks(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Garamond", 11, 0.8)
    para(d, res.name, bold=True, size=19, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=1)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=1)
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, before=10, after=3)
        bottom_border(h, "000000", 8)
        for it in s.items:
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=5, after=0)
                right_tab(p, 6.9)
                add_runs(p, f0, bold=True)
                if f3:
                    p.add_run("\t" + f3)
                if f1 or f2:
                    q = para(d, after=1)
                    right_tab(q, 6.9)
                    add_runs(q, f1, italic=True)
                    if f2:
                        q.add_run("\t" + f2).italic = True
            elif it.kind in ("bullet", "note"):
                p = para(d, "»\t" + it.text, after=1)
                p.paragraph_format.left_indent = Inches(0.3)
                p.paragraph_format.first_line_indent = Inches(-0.3)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(0.3))
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, before=3, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, after=1)
    return docx_bytes(d, m)


# ---- TXT: pasted from a web application form, field labels kept -------------------------------


def txt_form(res: Any) -> bytes:
    """Entries become labelled fields (the labels come from @form_labels: four names for f0..f3),
    bullets stay under a "Description:" label, typed with @txt_bullet."""
    m = res.meta
    labels = [x.strip() for x in m.get("form_labels", "Job title,Company,Location,Dates").split(",")]
    bullet = m.get("txt_bullet", "- ").strip('"')
    lines = [res.name]
    if res.tagline:
        lines.append(res.tagline)
    lines.extend(res.contacts)
    for s in res.sections:
        lines += ["", s.title]
        described = False
        for it in s.items:
            if it.kind == "blank":
                lines.append("")
            elif it.kind == "entry":
                if described or lines[-1] != s.title:
                    lines.append("")
                lines += [f"{lab}: {val}" for lab, val in zip(labels, it.fields, strict=True) if val]
                described = False
            elif it.kind in ("bullet", "note"):
                if not described and any(x.kind == "entry" for x in s.items):
                    lines.append(m.get("form_description", "Description:"))
                    described = True
                lines.append(bullet + plain(it.text))
            else:
                lines.append(plain(it.text))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip("\n") + "\n"
    if m.get("txt_newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


PDF_TEMPLATES["dash_pdf"] = tpl_dash
PDF_TEMPLATES["canva_cjk"] = lambda res: subset_fonts(_base["tpl_canva"](res))
PDF_TEMPLATES["sidebar_langs"] = tpl_sidebar_langs
PDF_TEMPLATES["running_header"] = tpl_running_header
PDF_TEMPLATES["smallcaps_right"] = tpl_smallcaps_right
DOCX_TEMPLATES["docx_grid"] = dx_grid
DOCX_TEMPLATES["docx_marks"] = dx_marks
_base_build_resume = _ns["build_resume"]
_base_build_posting = _ns["build_posting"]


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_form":
        return txt_form(res)
    return _base_build_resume(res)


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "careers_pdf_cjk":
        return subset_fonts(_ns["greenhouse_pdf"](job))
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
