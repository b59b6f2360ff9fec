"""Rebuild the twenty-seventh held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout27/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout27/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF whose section names stand beside large light two-digit numbers ("01", "02") in the
accent colour, with the first name light and the surnames bold ("numbered_heads"); an A4 PDF
printed from a Central Asian job site's resume page, the surname first, the computed total
experience in the section name, each job as a two-column row with the period and its length at the
left, key skills as bordered tags and the site's print footer ("jobsite_kz_print"); an A4 PDF whose
jobs each sit in a bordered box with a tinted title row and one row per bullet, under a tinted
"Key qualifications" box ("boxed_entries"); a Letter PDF with a drawn monogram disc holding the
initials, small-capital section names followed by a drawn rule running to the margin, and numbered
publications ("monogram_rule_heads"); an A4 PDF with a dark band down the left edge of every page
holding the section names rotated to read upwards, with only a hairline at each section's start in
the text column ("rotated_band_heads"); a UTF-8 text file written on a Mac in decomposed Unicode
(NFD: every accent a combining mark) with the dates in a fixed left column and the text wrapped
with a hanging indent ("txt_nfd_datecol"); a Word document saved as "Plain Text" (UTF-8 with a
byte-order mark, CRLF), whose bullets come out as "•" and tab, second-level bullets as "o" and tab,
square bullets as "§" and tab, and table cells as tab-separated lines ("txt_word_saveas"); an A4 Word
CV whose section names sit in boxed, shaded paragraphs and whose entry lines run to the dates on a
dot-leader tab ("docx_dot_leaders"); an A4 Word CV with a double page border on every page, a
centred underlined "CURRICULUM VITAE" title, school results as tab-aligned subject and grade lines,
non-related referees side by side and a declaration with date and signature lines
("docx_page_border"); and an A4 Word CV saved with tracked changes still in it (a reviewer's
insertions and deletions, change tracking left on), so that the text a reader sees depends on
whether it accepts them ("docx_tracked_changes"). Two posting layouts are added: a posting printed
from a Tunisian job site in French with a details grid and an apply box ("tn_jobsite_pdf"), and an
NHS job description and person specification in Word with a bordered job-details table and an
Essential / Desirable / Assessed-by table ("nhs_jd_docx").
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261216, "heldout27_base")
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


def cell_borders(cell: Any, size: int = 4, color: str = "000000", edges: tuple[str, ...] = (
        "top", "left", "bottom", "right")) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>' + "".join(f'<w:{e} w:val="single" w:sz="{size}" w:color="{color}"/>'
                                                  for e in edges) + "</w:tcBorders>"))


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


def text_lines(page: pymupdf.Page) -> list[tuple[str, pymupdf.Rect]]:
    """Every text line of a page with its box."""
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            out.append(("".join(s["text"] for s in line["spans"]).strip(), pymupdf.Rect(line["bbox"])))
    return out


def dates_and_length(f3: str) -> tuple[str, str]:
    """'March 2021 — currently ## 5 years 9 months' as its two lines."""
    left, _, right = f3.partition("##")
    return left.strip(), right.strip()


# ---- PDF: section names beside large light numbers ---------------------------------------------


def tpl_numbered_heads(res: Any) -> bytes:
    ink = res.meta.get("accent", "#c2410c")
    light = res.meta.get("accent_light", "#f5c6ad")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #262626; }}
    p.nm {{ font-size: 24pt; margin: 0; color: #1c1c1c; }}
    p.tag {{ font-size: 11pt; color: {ink}; margin: 3pt 0 5pt 0; }}
    p.ct {{ font-size: 8.6pt; color: #555; margin: 0; }}
    table.h2 {{ width: 100%; margin: 14pt 0 5pt 0; }}
    td.num {{ font-size: 21pt; font-weight: bold; color: {light}; width: 36pt; vertical-align: bottom; }}
    td.ti {{ text-align: left; font-size: 10.8pt; font-weight: bold; letter-spacing: 1.5px; color: #1c1c1c; vertical-align: bottom;
             border-bottom: 0.7px solid #bdbdbd; padding: 0 0 2pt 0; }}
    table.en {{ width: 100%; margin: 7pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #6b6b6b; font-size: 8.8pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: {ink}; font-size: 9pt; }}
    p.sub {{ margin: 5pt 0 1pt 0; color: #333; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2.2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.34; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    first, _, rest = res.name.partition(" ")
    parts = [f"<p class='nm'>{hx(first)} <b>{hx(rest)}</b></p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts.append(f"<p class='ct'>{hx('   ·   '.join(res.contacts))}</p>")
    for n, s in enumerate(res.sections, 1):
        parts.append(f"<table class='h2'><tr><td class='num' style='width:36pt'>{n:02d}</td>"
                     f"<td class='ti'>{hx(s.title.upper())}</td></tr></table>")
        for fields, rest_items in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest_items))
                continue
            f0, f1, f2, f3 = fields
            org = "  ·  ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest_items))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(0, 0, 595, 6), color=None, fill=rgb(ink), width=0)
        if count > 1:
            label = f"{plain(res.name)}  ·  {pno + 1}/{count}"
            page.insert_text((549 - pymupdf.get_text_length(label, "helv", 7.5), 822), label, fontsize=7.5,
                             fontname="helv", color=(0.55, 0.55, 0.55))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(46, 34, 549, 806))], res.meta,
                       decorate)


# ---- PDF: a Central Asian job site's resume page, printed --------------------------------------


def tpl_jobsite_kz_print(res: Any) -> bytes:
    m = res.meta
    css = """
    body { font-family: sans-serif; font-size: 9.4pt; color: #1f1f1f; }
    p.upd { font-size: 8pt; color: #8a8a8a; margin: 0 0 8pt 0; }
    p.nm { font-size: 21pt; font-weight: bold; margin: 0 0 5pt 0; }
    p.ct { margin: 0 0 2pt 0; font-size: 9pt; }
    p.h2 { font-size: 13pt; color: #8a8a8a; margin: 16pt 0 6pt 0; border-bottom: 0.6px solid #d6d6d6;
           padding-bottom: 2pt; }
    table.job { width: 100%; margin: 6pt 0 4pt 0; } td { vertical-align: top; padding: 0; }
    td.per { width: 118pt; color: #333; font-size: 8.8pt; padding-right: 8pt; }
    span.len { color: #8a8a8a; }
    p.co { font-weight: bold; margin: 0; } p.site { color: #8a8a8a; margin: 0 0 3pt 0; font-size: 8.6pt; }
    p.ro { font-weight: bold; margin: 0 0 3pt 0; }
    ul { margin: 0; padding-left: 11pt; } li { margin: 0 0 2pt 0; line-height: 1.25; }
    p.para { margin: 0 0 3pt 0; line-height: 1.3; } p.line { margin: 0 0 2pt 0; } p.sub { margin: 3pt 0 1pt 0; }
    p.tags { line-height: 2.1; margin: 0; }
    span.tag { background-color: #eef1f4; border: 0.5px solid #cfd5dc; font-size: 8.8pt; }
    """
    parts = [f"<p class='upd'>{hx(m.get('updated', ''))}</p>", f"<p class='nm'>{hx(res.name)}</p>"]
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        notes = [it for it in s.items if it.kind == "note"]
        if notes and all(it.kind in ("note", "blank") for it in s.items):
            parts.append("<p class='tags'>" + " ".join(
                f"<span class='tag'>&#160;{hx(it.text).replace(' ', '&#160;')}&#160;</span>&#160;" for it in notes)
                + "</p>")
            continue
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            period, length = dates_and_length(f3)
            left = hx(period) + (f"<br/><span class='len'>{hx(length)}</span>" if length else "")
            right = (f"<p class='co'>{hx(f0)}</p>" + (f"<p class='site'>{hx(f2)}</p>" if f2 else "")
                     + (f"<p class='ro'>{hx(f1)}</p>" if f1 else "") + block_html(rest))
            parts.append(f"<table class='job'><tr><td class='per' style='width:118pt'>{left}</td>"
                         f"<td>{right}</td></tr></table>")
    foot = m.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.insert_text((40, 820), foot, fontsize=7.5, fontname="helv", color=(0.5, 0.5, 0.5))
        label = f"{pno + 1}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 7.5), 820), label, fontsize=7.5,
                         fontname="helv", color=(0.5, 0.5, 0.5))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 36, 555, 800))], m, decorate)


# ---- PDF: every job in a bordered box ----------------------------------------------------------


def tpl_boxed_entries(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#2c5d7c")
    tint = m.get("tint", "#e8f0f5")
    intro = m.get("intro_box", "")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #222; }}
    td {{ vertical-align: top; padding: 0; }}
    p.nm {{ font-size: 22pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 0 0; color: #444; }}
    td.ct {{ text-align: right; font-size: 8.6pt; color: #444; width: 190pt; line-height: 1.35; }}
    table.intro {{ width: 100%; margin: 10pt 0 2pt 0; }}
    td.ib {{ background-color: {tint}; padding: 6pt 8pt; }}
    p.it {{ font-weight: bold; color: {ink}; margin: 0 0 3pt 0; font-size: 10pt; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 13pt 0 2pt 0; }}
    table.box {{ width: 100%; margin: 6pt 0 0 0; border: 0.7px solid #9db2c2; }}
    td.bh {{ background-color: {tint}; padding: 3pt 6pt; font-weight: bold; border-bottom: 0.5px solid #9db2c2; }}
    td.bd {{ background-color: {tint}; padding: 3pt 6pt; text-align: right; color: #40566a; width: 150pt;
             border-bottom: 0.5px solid #9db2c2; }}
    td.bo {{ padding: 3pt 6pt 1pt 6pt; font-style: italic; color: #444; }}
    td.bt {{ padding: 0 6pt 0 6pt; line-height: 1.25; }}
    td.bt ul {{ margin: 1pt 0 1pt 0; padding-left: 11pt; }} td.bt li {{ margin: 0; }}
    td.bp {{ padding: 2pt 6pt 3pt 6pt; line-height: 1.3; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; }}
    """
    contacts = "<br/>".join(hx(c) for c in res.contacts)
    parts = ["<table style='width:100%'><tr><td>"
             f"<p class='nm'>{hx(res.name)}</p><p class='tag'>{hx(res.tagline)}</p></td>"
             f"<td class='ct' style='width:190pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        if s.title == intro:
            parts.append(f"<table class='intro'><tr><td class='ib'><p class='it'>{hx(s.title)}</p>"
                         + block_html(s.items) + "</td></tr></table>")
            continue
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            rows = [f"<tr><td class='bh'>{hx(f0)}</td><td class='bd' style='width:150pt'>{hx(f3)}</td></tr>"]
            org = ", ".join(x for x in (f1, f2) if x)
            if org:
                rows.append(f"<tr><td class='bo' colspan='2'>{hx(org)}</td></tr>")
            for it in rest:
                if it.kind in ("bullet", "note"):
                    rows.append(f"<tr><td class='bt' colspan='2'><ul><li>{hx(it.text)}</li></ul></td></tr>")
                elif it.kind in ("para", "para_nc", "line", "sub"):
                    rows.append(f"<tr><td class='bp' colspan='2'>{hx(it.text)}</td></tr>")
            parts.append("<table class='box'>" + "".join(rows) + "</table>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if count > 1:
            label = f"{pno + 1} / {count}"
            page.insert_text((297 - pymupdf.get_text_length(label, "helv", 7.5) / 2, 822), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(44, 38, 551, 806))], m, decorate)


# ---- PDF: monogram disc, small-capital section names with a rule to the margin -----------------


def tpl_monogram_rule_heads(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#5b3a7a")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.1pt; color: #232323; }}
    p.nm {{ font-size: 22pt; margin: 0; color: #1d1d1d; }}
    p.tag {{ font-size: 10.5pt; color: {ink}; margin: 2pt 0 3pt 0; }}
    p.ct {{ font-size: 8.7pt; color: #555; margin: 0; }}
    p.h2 {{ font-size: 11.5pt; color: {ink}; margin: 12pt 0 3pt 0; font-weight: bold; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #5f5f5f; font-size: 8.9pt; }}
    td.o {{ font-style: italic; color: #444; }}
    ul {{ margin: 2pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 2.2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 3pt 0; line-height: 1.27; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('   |   '.join(res.contacts))}</p>")
    parts: list[str] = []
    heads: list[str] = []
    for s in res.sections:
        heads.append(s.title.upper())
        parts.append(f"<p class='h2'>{fake_small_caps(s.title, 0.8, lig=False)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            rows = f"<tr><td><b>{hx(f0)}</b></td><td class='d' style='width:150pt'>{hx(f3)}</td></tr>"
            if f1 or f2:
                rows += (f"<tr><td class='o'>{hx(f1)}</td><td class='d' style='width:150pt'><i>{hx(f2)}</i></td>"
                         "</tr>")
            parts.append(f"<table class='en'>{rows}</table>" + block_html(rest))
    accent = rgb(ink)
    initials = m.get("initials", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            c = pymupdf.Point(76, 66)
            page.draw_circle(c, 27, color=None, fill=accent, width=0)
            page.draw_circle(c, 23.5, color=(1, 1, 1), width=0.7)
            w = pymupdf.get_text_length(initials, "tiro", 19)
            page.insert_text((c.x - w / 2, c.y + 6.5), initials, fontsize=19, fontname="tiro", color=(1, 1, 1))
        for text, box in text_lines(page):
            if text in heads and box.x0 < 80:
                y = (box.y0 + box.y1) / 2 + 0.5
                page.draw_line(pymupdf.Point(box.x1 + 8, y), pymupdf.Point(558, y), color=accent, width=0.6)
        if count > 1:
            label = f"{pno + 1} of {count}"
            page.insert_text((558 - pymupdf.get_text_length(label, "helv", 7.5), 770), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    flows = [
        Flow(head, css, lambda p: pymupdf.Rect(118, 38, 558, 112) if p == 0 else None),
        Flow("".join(parts), css, lambda p: pymupdf.Rect(54, 104 if p == 0 else 44, 558, 752)),
    ]
    return compose_pdf(LETTER, flows, m, decorate)


# ---- PDF: section names rotated in a dark band down the left edge ------------------------------


def compose_pdf_marks(page_rect: pymupdf.Rect, html: str, css: str, rect: Any, meta: dict[str, str],
                      decorate: Any) -> bytes:
    """compose_pdf for one flow, recording where every <h2> landed: decorate(page, pno, count, marks)
    gets that page's h2 boxes in document order."""
    import io

    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html, user_css=css)
    marks: dict[int, list[pymupdf.Rect]] = {}

    def record(pos: Any) -> None:
        if pos.heading == 2 and pos.open_close & 1:
            marks.setdefault(pos.pno, []).append(pymupdf.Rect(pos.rect))

    more, pno = True, 0
    while more:
        if pno > 12:
            raise RuntimeError("layout does not converge")
        dev = writer.begin_page(page_rect)
        more, _ = story.place(rect(pno))
        story.element_positions(record, {"pno": pno})
        story.draw(dev)
        writer.end_page()
        pno += 1
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    for p in doc:
        decorate(p, p.number, doc.page_count, marks.get(p.number, []))
    when = meta.get("date", "D:20261201120000Z")
    doc.set_metadata({"title": meta.get("title", ""), "author": meta.get("author", ""),
                      "subject": meta.get("subject", ""), "keywords": "", "creator": meta.get("creator", ""),
                      "producer": meta.get("producer", ""), "creationDate": when,
                      "modDate": meta.get("moddate", when), "trapped": ""})
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def tpl_rotated_band_heads(res: Any) -> bytes:
    m = res.meta
    band = rgb(m.get("band", "#23394a"))
    css = """
    body { font-family: serif; font-size: 9.8pt; color: #202020; }
    p.nm { font-size: 21pt; margin: 0; font-weight: bold; }
    p.tag { font-size: 11pt; margin: 2pt 0 3pt 0; font-style: italic; color: #333; }
    p.ct { font-size: 8.8pt; margin: 0; color: #444; }
    h2 { font-size: 3pt; margin: 15pt 0 5pt 0; border-top: 0.6px solid #8c9aa5; font-weight: normal; }
    table.en { width: 100%; margin: 5pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 140pt; color: #555; }
    p.o { margin: 0 0 2pt 0; font-style: italic; color: #444; }
    ul { margin: 1pt 0 0 0; padding-left: 13pt; } li { margin: 0 0 2pt 0; line-height: 1.27; }
    p.para { margin: 0 0 3pt 0; line-height: 1.33; text-align: justify; }
    p.line { margin: 0 0 3pt 0; line-height: 1.27; } p.sub { margin: 4pt 0 1pt 0; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)]
    titles = []
    for s in res.sections:
        titles.append(s.title.upper())
        parts.append("<h2>&#160;</h2>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d' style='width:140pt'>"
                         f"{hx(f3)}</td></tr></table>" + (f"<p class='o'>{hx(org)}</p>" if org else "")
                         + block_html(rest))
    seen = [0]

    def decorate(page: pymupdf.Page, pno: int, count: int, marks: list[pymupdf.Rect]) -> None:
        page.draw_rect(pymupdf.Rect(0, 0, 74, 842), color=None, fill=band, width=0, overlay=False)
        low = 0.0  # where the previous rotated title on this page ends
        for n, r in enumerate(marks):
            title = titles[seen[0]]
            seen[0] += 1
            size = 9.5
            top = max(r.y0, low + 12)
            room = (marks[n + 1].y0 - 10 if n + 1 < len(marks) else 826) - top
            label = " ".join(title)
            length = pymupdf.get_text_length(label, "tibo", size)
            if length > room:
                label = title
                length = pymupdf.get_text_length(label, "tibo", size)
            if length > room:
                size = max(6.5, size * room / length)
                length = pymupdf.get_text_length(label, "tibo", size)
            page.insert_text((44, top + length), label, fontsize=size, fontname="tibo",
                             color=(1, 1, 1), rotate=90)
            page.draw_line(pymupdf.Point(52, r.y0 + 1), pymupdf.Point(70, r.y0 + 1), color=(1, 1, 1), width=0.6)
            low = top + length
        if count > 1:
            label = f"{pno + 1}/{count}"
            page.insert_text((551 - pymupdf.get_text_length(label, "tiro", 8), 822), label, fontsize=8,
                             fontname="tiro", color=(0.45, 0.45, 0.45))

    return compose_pdf_marks(A4, "".join(parts), css, lambda p: pymupdf.Rect(96, 40, 551, 804), m, decorate)


# ---- TXT: written on a Mac, decomposed accents, dates in a fixed left column -------------------


def txt_nfd_datecol(res: Any) -> bytes:
    col, width = 20, 80
    wrap = textwrap.TextWrapper(width=width - col, break_long_words=False, break_on_hyphens=False)
    lines = [plain(res.name)]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines += [plain(c) for c in res.contacts]

    def put(left: str, text: str, bullet: str = "") -> None:
        chunks = wrap.wrap(text) or [""]
        lead = bullet
        for n, chunk in enumerate(chunks):
            pad = (left if n == 0 else "").ljust(col)
            lines.append((pad + (lead if n == 0 else " " * len(lead)) + chunk).rstrip())

    for s in res.sections:
        lines += ["", "", s.title.upper(), ""]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                put(f3, f0)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    put("", rest)
            elif it.kind in ("bullet", "note"):
                put("", plain(it.text), "- ")
            else:
                put("", plain(it.text))
    text = "\n".join(lines).rstrip() + "\n"
    return unicodedata.normalize("NFD", text).encode("utf-8")


# ---- TXT: a Word document saved as Plain Text ---------------------------------------------------


def txt_word_saveas(res: Any) -> bytes:
    m = res.meta
    square = {x.strip() for x in m.get("square_bullets", "").split(";;") if x.strip()}
    lines = [plain(res.name).upper()]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines += [plain(c) for c in res.contacts]
    for s in res.sections:
        lines += ["", s.title.upper()]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                lines.append("")
                lines.append(f"{f0}\t{f3}" if f3 else f0)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    lines.append(rest)
            elif it.kind == "bullet":
                lines.append("•\t" + plain(it.text))
            elif it.kind == "note":
                lines.append(("§\t" if s.title in square else "o\t") + plain(it.text))
            elif it.kind == "row":
                lines.append("\t".join(it.fields))
            elif it.kind == "sub":
                lines.append(plain(it.text))
            else:
                lines.append(plain(it.text))
    text = "\r\n".join(lines).rstrip() + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


# ---- DOCX: boxed section names, dot leaders to the dates ----------------------------------------


def boxed_heading(d: Any, title: str, fill: str, color: str) -> Any:
    p = para(d, before=10, after=5, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_runs(p, title.upper(), bold=True, size=11, color=color)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>' + "".join(f'<w:{e} w:val="single" w:sz="6" w:space="2" w:color="{color}"/>'
                                             for e in ("top", "left", "bottom", "right")) + "</w:pBdr>"))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return p


def dx_dot_leaders(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1F4E79")
    d = new_docx(m, "Calibri", 10.5, 0.7, a4=True)
    width = 8.27 - 1.4
    para(d, res.name.upper(), bold=True, size=18, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(d, "  |  ".join(res.contacts), size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    for s in res.sections:
        boxed_heading(d, s.title, "DEEAF6", ink)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                add_runs(p, f0, bold=True)
                rest = " – ".join(x for x in (f1, f2) if x)
                if rest:
                    add_runs(p, " — " + rest)
                if f3:
                    add_runs(p, "\t" + f3, italic=True)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, before=3, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                para(d, it.text, after=1)
            elif it.kind == "row":
                p = para(d, after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.0))
                add_runs(p, it.fields[0], bold=True)
                add_runs(p, "\t" + " ".join(it.fields[1:]))
    return docx_bytes(d, m)


# ---- DOCX: a double page border, school results, referees side by side --------------------------


def dx_page_border(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Cambria", 11, 0.9, a4=True)
    sect = d.sections[0]._sectPr
    sect.append(parse_xml(
        f'<w:pgBorders {nsdecls("w")} w:offsetFrom="page">' + "".join(
            f'<w:{e} w:val="double" w:sz="4" w:space="24" w:color="auto"/>'
            for e in ("top", "left", "bottom", "right")) + "</w:pgBorders>"))
    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    r = p.add_run("CURRICULUM VITAE")
    r.bold = True
    r.underline = True
    r.font.size = Pt(14)
    para(d, res.name, bold=True, size=13, after=0)
    for c in res.contacts:
        para(d, c, size=10.5, after=0)
    for s in res.sections:
        h = para(d, before=12, after=4)
        hr = h.add_run(s.title.upper())
        hr.bold = True
        hr.underline = True
        hr.font.size = Pt(11.5)
        if "referee" in s.title.lower():
            blocks: list[list[str]] = []
            for it in s.items:
                if it.kind == "sub":
                    blocks.append([it.text])
                elif it.kind == "line" and blocks:
                    blocks[-1].append(it.text)
            t = d.add_table(rows=1, cols=len(blocks))
            no_table_borders(t)
            for cell, block in zip(t.rows[0].cells, blocks, strict=True):
                add_runs(first_cell_paragraph(cell), block[0], bold=True)
                for line in block[1:]:
                    para(cell, line, after=0, size=10.5)
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                right_tab(p, 8.27 - 1.8)
                add_runs(p, f0, bold=True)
                if f3:
                    add_runs(p, "\t" + f3)
                if f1 or f2:
                    para(d, ", ".join(x for x in (f1, f2) if x), italic=True, after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "row":  # subject <TAB> - <TAB> grade, or label <TAB> : <TAB> value
                p = para(d, after=0)
                p.paragraph_format.left_indent = Inches(0.3)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.6))
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.85))
                sep = ":" if s.title.lower().startswith("personal") else "-"
                add_runs(p, f"{it.fields[0]}\t{sep}\t{' '.join(it.fields[1:])}")
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=4, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                para(d, it.text, after=1)
    for line in [x.strip() for x in m.get("closing", "").split(";;") if x.strip()]:
        para(d, line, before=10, after=0)
    return docx_bytes(d, m)


# ---- DOCX: saved with a reviewer's tracked changes still in it ---------------------------------


def track(par: Any, meta: dict[str, str], counter: list[int]) -> None:
    """Wrap the runs the metadata names as insertions, and add deleted text after an anchor."""
    author = meta.get("reviewer", "")
    when = meta.get("review_date", "2026-11-29T20:00:00Z")
    text = "".join(r.text for r in par.runs)
    for chunk in meta.get("track_ins", "").split(";;"):
        ins = chunk.strip()
        if not ins or ins not in text:
            continue
        for r in list(par.runs):
            if r.text == ins:
                counter[0] += 1
                wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{counter[0]}" w:author="{author}" '
                                    f'w:date="{when}"/>')
                r._r.addprevious(wrapper)
                wrapper.append(r._r)
    for left, deleted in meta_pairs(meta, "track_del"):
        for r in list(par.runs):
            if r.text.endswith(left):
                counter[0] += 1
                dele = parse_xml(
                    f'<w:del {nsdecls("w")} w:id="{counter[0]}" w:author="{author}" w:date="{when}">'
                    f'<w:r><w:delText xml:space="preserve"> {deleted}</w:delText></w:r></w:del>')
                r._r.addnext(dele)


def runs_split(par: Any, text: str, meta: dict[str, str], **kw: Any) -> None:
    """Add the text as runs, cut so that every tracked insertion and deletion anchor is a run of its own."""
    cuts = [x.strip() for x in meta.get("track_ins", "").split(";;") if x.strip()]
    cuts += [left for left, _ in meta_pairs(meta, "track_del")]
    pieces = [text]
    for c in cuts:
        out = []
        for piece in pieces:
            if c in piece and piece != c:
                a, _, b = piece.partition(c)
                out += [x for x in (a, c, b) if x]
            else:
                out.append(piece)
        pieces = out
    for piece in pieces:
        add_runs(par, piece, **kw)


def dx_tracked_changes(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Arial", 10.5, 0.8, a4=True)
    counter = [100]
    settings = d.settings.element
    settings.append(parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))
    width = 8.27 - 1.6

    def p_(text: str, **kw: Any) -> Any:
        style = kw.pop("style", None)
        before, after, align = kw.pop("before", None), kw.pop("after", None), kw.pop("align", None)
        p = para(d, style=style, before=before, after=after, align=align)
        runs_split(p, text, m, **kw)
        track(p, m, counter)
        return p

    p_(res.name, bold=True, size=20, after=0)
    if res.tagline:
        p_(res.tagline, size=11.5, color="404040", after=2)
    c = p_("  •  ".join(res.contacts), size=9.5, after=6)
    bottom_border(c, "7F7F7F", 6)
    for s in res.sections:
        h = p_(s.title, bold=True, size=12, color="1F3864", before=10, after=3)
        bottom_border(h, "1F3864", 4)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=7, after=0)
                right_tab(p, width)
                runs_split(p, f0, m, bold=True)
                if f3:
                    runs_split(p, "\t" + f3, m)
                track(p, m, counter)
                if f1 or f2:
                    p_(", ".join(x for x in (f1, f2) if x), italic=True, after=2)
            elif it.kind in ("bullet", "note"):
                p_(it.text, style="List Bullet", after=1)
            elif it.kind == "sub":
                p_(it.text, bold=True, before=3, after=1)
            elif it.kind in ("para", "para_nc"):
                p_(it.text, after=4)
            elif it.kind == "line":
                p_(it.text, after=1)
    return docx_bytes(d, m)


# ---- posting: a Tunisian job site's offer page, printed ----------------------------------------


def tn_jobsite_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#a4161a"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.8pt; color: #262626; }}
    p.crumb {{ font-size: 8pt; color: #888; margin: 0 0 8pt 0; }}
    h1 {{ font-size: 17pt; margin: 0 0 2pt 0; color: #161616; }}
    p.co {{ font-size: 11pt; color: {ink}; font-weight: bold; margin: 0 0 9pt 0; }}
    table.fiche {{ width: 100%; margin: 0 0 10pt 0; }}
    td {{ vertical-align: top; }}
    td.k {{ width: 120pt; background-color: #f6f1f1; border: 0.5px solid #dfd2d2; padding: 2.5pt 5pt; color: #555;
            font-size: 9pt; }}
    td.v {{ border: 0.5px solid #dfd2d2; padding: 2.5pt 5pt; font-size: 9pt; }}
    p.h {{ font-size: 11.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 4pt 0;
           border-bottom: 1px solid #e7caca; padding-bottom: 1pt; }}
    p {{ margin: 0 0 6pt 0; line-height: 1.36; }}
    ul {{ margin: 0 0 6pt 0; padding-left: 15pt; }} li {{ margin: 0 0 3pt 0; line-height: 1.3; }}
    p.btn {{ background-color: {ink}; color: #ffffff; font-weight: bold; text-align: center; margin: 14pt 0 0 0;
             padding: 5pt; font-size: 10.5pt; }}
    p.foot {{ color: #888; font-size: 8pt; margin-top: 14pt; }}
    """
    parts = [f"<p class='crumb'>{hx(m.get('crumbs', ''))}</p>", f"<h1>{hx(m['title'])}</h1>",
             f"<p class='co'>{hx(m['company'])}</p>",
             "<table class='fiche'>" + "".join(
                 f"<tr><td class='k' style='width:120pt'>{hx(k)}</td><td class='v'>{hx(v)}</td></tr>"
                 for k, v in meta_pairs(m, "details")) + "</table>"]
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
    parts.append(f"<p class='btn'>{hx(m.get('button', 'Postuler'))}</p>")
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(36, 30, 559, 58), color=None, fill=band, width=0)
            page.insert_text((46, 49), m["site"], fontsize=14, fontname="hebo", color=(1, 1, 1))
            tag = m.get("site_tag", "")
            page.insert_text((549 - pymupdf.get_text_length(tag, "helv", 8), 48), tag, fontsize=8, fontname="helv",
                             color=(1, 0.9, 0.9))
        page.insert_text((22, 18), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((230, 18), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 828), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((556, 828), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 68 if p == 0 else 34, 555, 810))]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


# ---- posting: an NHS job description and person specification in Word ---------------------------


def nhs_jd_docx(job: Any) -> bytes:
    m = job.meta
    d = new_docx(m, "Arial", 10.5, 0.9, a4=True)
    trust = para(d, m["trust"], bold=True, size=12, color="005EB8", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    trust.paragraph_format.keep_with_next = True
    para(d, m.get("trust_line", ""), size=9, color="425563", align=WD_ALIGN_PARAGRAPH.RIGHT, after=10)
    para(d, "JOB DESCRIPTION AND PERSON SPECIFICATION", bold=True, size=14, after=8)
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for k, v in meta_pairs(m, "details"):
        kc, vc = t.add_row().cells
        add_runs(first_cell_paragraph(kc), k, bold=True, size=10)
        shade_cell(kc, "E8EDEE")
        add_runs(first_cell_paragraph(vc), v, size=10)
    for col, w in zip(t.columns, (Inches(1.9), Inches(4.6)), strict=True):
        col.width = w
    set_col_widths(t, (Inches(1.9), Inches(4.6)))
    para(d, "", after=2)
    spec_rows: list[list[str]] = []
    for kind, text in job.blocks:
        if kind == "h":
            if text.lower().startswith("person specification"):
                spec_rows = [[]]
            para(d, text.upper(), bold=True, size=11, color="005EB8", before=10, after=4)
        elif kind in ("li", "li2") and spec_rows:
            spec_rows.append([c.strip() for c in text.split("||")])
        elif kind == "li":
            para(d, text, style="List Bullet", after=1)
        elif kind == "li2":
            para(d, text, style="List Bullet 2", after=1)
        elif spec_rows and len(spec_rows) > 1:
            spec_rows.append([text])
        else:
            para(d, text, after=6)
    if spec_rows:
        head = ["Criteria", "Essential", "Desirable", "Assessed by"]
        st = d.add_table(rows=1, cols=4)
        st.style = d.styles["Table Grid"]
        for cell, h in zip(st.rows[0].cells, head, strict=True):
            add_runs(first_cell_paragraph(cell), h, bold=True, size=10, color="FFFFFF")
            shade_cell(cell, "005EB8")
        for row in spec_rows[1:]:
            cells = st.add_row().cells
            if len(row) == 1:
                merged = cells[0].merge(cells[3])
                add_runs(first_cell_paragraph(merged), row[0], italic=True, size=9)
                continue
            add_runs(first_cell_paragraph(cells[0]), row[0], bold=True, size=9.5)
            for cell, value in zip(cells[1:], row[1:], strict=False):
                for n, line in enumerate(x.strip() for x in value.split(";;")):
                    if not line:
                        continue
                    p = first_cell_paragraph(cell) if n == 0 else cell.add_paragraph()
                    add_runs(p, ("• " + line) if cell is not cells[3] else line, size=9.5)
        widths = (Inches(1.15), Inches(2.55), Inches(1.95), Inches(0.95))
        st.autofit = False
        for col, w in zip(st.columns, widths, strict=True):
            col.width = w
        set_col_widths(st, widths)
        st.alignment = WD_TABLE_ALIGNMENT.CENTER
    for line in [x.strip() for x in m.get("closing", "").split(";;") if x.strip()]:
        para(d, line, size=9, color="425563", before=6, after=0)
    return docx_bytes(d, m)


PDF_TEMPLATES["numbered_heads"] = tpl_numbered_heads
PDF_TEMPLATES["jobsite_kz_print"] = tpl_jobsite_kz_print
PDF_TEMPLATES["boxed_entries"] = tpl_boxed_entries
PDF_TEMPLATES["monogram_rule_heads"] = tpl_monogram_rule_heads
PDF_TEMPLATES["rotated_band_heads"] = tpl_rotated_band_heads
DOCX_TEMPLATES["docx_dot_leaders"] = dx_dot_leaders
DOCX_TEMPLATES["docx_page_border"] = dx_page_border
DOCX_TEMPLATES["docx_tracked_changes"] = dx_tracked_changes
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
    pieces = [p for w in wanted for p in re.split(r" \| | / |: | · | — | ## ", plain(w))]
    missing = []
    for w in pieces:
        probe = _squash(w)[:30]
        if probe and probe not in text and re.sub(r"\s+", "", probe) not in bare:
            missing.append(w)
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    t = res.meta["template"]
    if t == "txt_nfd_datecol":
        return txt_nfd_datecol(res)
    if t == "txt_word_saveas":
        return txt_word_saveas(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        if "subset" in res.meta:
            data = subset_fonts(data)
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "tn_jobsite_pdf":
        return tn_jobsite_pdf(job)
    if job.meta["template"] == "nhs_jd_docx":
        return nhs_jd_docx(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
