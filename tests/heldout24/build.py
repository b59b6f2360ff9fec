"""Rebuild the twenty-fourth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout24/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout24/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-third set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF from a Vietnamese job site's CV builder with a drawn photo placeholder beside the name,
contact items with icon glyphs in two columns, section names on a tinted bar with a coloured left
edge, every entry a two-cell row with the numeric dates ("12/2023 - Now") in a narrow left cell and
the site's footer line, fonts subset ("vn_jobsite_photo"); a South African Word CV with a label-tab-colon personal-details block,
"Company:", "Position:" and "Period:" lines, "Key achievements" and "Reason for leaving:" under each
role and Word soft line breaks (Shift+Enter) inside long bullet paragraphs ("docx_za_softbreaks");
a LaTeX moderncv page in its casual style with the roman font, the dates in a narrow left column,
a coloured rule beside each section name, the address, phone and e-mail in the page footer, a
numbered publication list with its labels in the date column and the fi/fl/ffi ligature glyphs left
in the text ("moderncv_casual"); a Letter PDF exported from a Word resume built as one bordered
table with a merged name row, grey section rows and the dates in the left cell of every entry row
("word_grid_pdf"); a dark-theme Letter PDF from a design tool in two columns, light text on a
near-black page with a darker sidebar, a "Shipped Titles" list and the page break checked to fall
inside a role ("dark_game_2col"); a four-page
Letter academic CV with the publications grouped by year, the year in a left margin column, the
author's name in bold and her students starred, and "Name — CV — page n of N" at the foot of every
page ("academic_year_groups"); an A4 Word CV with a white-on-navy band for every section name (a
one-cell shaded table), designations with their own dates under one employer heading, a bordered
two-column personal-details table, two referees side by side in a two-column table and a
declaration ("docx_lk_referees"); a plain-text resume saved by Notepad in Windows-1252 with curly
quotes, en dashes and bullets as single cp1252 bytes, CRLF line ends and tab-separated dates
("txt_cp1252"); a dense one-page Letter PDF with centred section names between two drawn rules,
each role's title and employer in bold with the dates right-aligned on the same line, "➢" bullets
and "▪" sub-bullets with hanging indents, fonts subset ("arrow_bullets_onepage"); an A4 Word CV with the name on a
shaded banner paragraph, a three-column "Core Competencies" table with check marks and a
"Professional Development" list ("docx_competency_grid"); and a job posting printed from a
Workday career site, with the job details as labelled items under a drawn Apply button
("workday_site_pdf").
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
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261213, "heldout24_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, group_bullets, hx, main, new_docx, no_table_borders, para, plain, right_tab,
 segments) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "group_bullets", "hx", "main",
    "new_docx", "no_table_borders", "para", "plain", "right_tab", "segments"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the twenty-third set's) ----------------------------------------------------


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


def label_value(text: str) -> tuple[str, str]:
    """'Reason for leaving: ...' as ('Reason for leaving', '...'); ('', text) when there is no short label."""
    label, sep, value = text.partition(":")
    if sep and 0 < len(label) <= 26 and not re.search(r"\d", label) and value.strip():
        return label.strip(), value.strip()
    return "", text


def compose_chunks(page: pymupdf.Rect, chunks: list[str], css: str, area: Any, meta: dict[str, str],
                   decorate: Any = None) -> bytes:
    """Like the third set's compose_pdf, but the text is a list of chunks, each laid out whole: a
    chunk that does not fit in what is left of a page starts the next page. A long document in one
    story can drop text at an unlucky page break; chunks of an entry or a publication each cannot."""
    import io

    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    pno = 0
    dev = writer.begin_page(page)
    top = area(0).y0
    for html in chunks:
        while True:
            box = area(pno)
            story = pymupdf.Story(html, user_css=css + " body { margin: 0; }")
            more, filled = story.place(pymupdf.Rect(box.x0, top, box.x1, box.y1))
            if not more:
                story.draw(dev)
                top = pymupdf.Rect(filled).y1
                break
            if top <= box.y0:
                raise RuntimeError(f"a chunk taller than a page ({meta.get('output')})")
            writer.end_page()
            pno += 1
            dev = writer.begin_page(page)
            top = area(pno).y0
    writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if decorate:
        for p in doc:
            decorate(p, p.number, doc.page_count)
    set_pdf_meta(doc, meta)
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


# ---- PDF: a Vietnamese job site's CV builder, photo placeholder, dates in a left cell -----------


def tpl_vn_jobsite_photo(res: Any) -> bytes:
    ink = res.meta.get("accent", "#0f7b5f")
    css_head = f"""
    body {{ font-family: sans-serif; color: #222; }}
    p.nm {{ font-size: 21pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.tag {{ font-size: 11.5pt; color: #444; margin: 3pt 0 8pt 0; }}
    table.ct {{ width: 100%; }} td {{ padding: 0 6pt 3pt 0; vertical-align: top; font-size: 8.8pt; color: #333; }}
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #222; }}
    table.h2 {{ width: 100%; margin: 11pt 0 5pt 0; }} td.bar {{ width: 4pt; background-color: {ink}; }}
    td.ht {{ font-size: 10.5pt; font-weight: bold; color: {ink}; padding: 3pt 7pt; background-color: #e7f3ee;
             letter-spacing: 0.5px; }}
    table.en {{ width: 100%; margin: 4pt 0 4pt 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ width: 92pt; color: #555; font-size: 8.8pt; padding-top: 1pt; }}
    p.co {{ margin: 0; font-weight: bold; font-size: 10pt; color: #1c1c1c; }}
    p.po {{ margin: 1pt 0 2pt 0; color: {ink}; font-style: italic; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.28; }}
    p.para {{ margin: 1pt 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; }}
    td.k {{ width: 92pt; font-weight: bold; padding: 0 0 3pt 0; }} td.v {{ padding: 0 0 3pt 0; }}
    """
    cts = res.contacts
    half = (len(cts) + 1) // 2
    rows = "".join(f"<tr><td>{hx(a)}</td><td>{hx(b)}</td></tr>"
                   for a, b in zip(cts[:half], cts[half:] + [""] * (2 * half - len(cts)), strict=True))
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<table class='ct'>{rows}</table>")
    parts: list[str] = []
    for s in res.sections:
        parts.append(f"<table class='h2'><tr><td class='bar' style='width:4pt'>&#160;</td><td class='ht' style='width:507pt'>{hx(s.title.upper())}</td>"
                     "</tr></table>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    if it.kind == "row":
                        parts.append(f"<table class='en'><tr><td class='k'>{hx(it.fields[0])}</td>"
                                     f"<td class='v'>{hx(' '.join(it.fields[1:]))}</td></tr></table>")
                    else:
                        parts.append(block_html([it]))
                continue
            f0, f1, f2, f3 = fields
            right = (f"<p class='co'>{hx(f0.upper())}</p>"
                     + (f"<p class='po'>{hx(f1)}{' – ' + hx(f2) if f2 else ''}</p>" if f1 or f2 else "")
                     + block_html(rest))
            parts.append(f"<table class='en'><tr><td class='d'>{hx(f3)}</td><td>{right}</td></tr></table>")
    grey = (0.45, 0.45, 0.45)
    footer = res.meta.get("footer", "")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:  # the CV builder's empty photo frame: a grey avatar in a rounded box
            frame = pymupdf.Rect(40, 36, 132, 150)
            page.draw_rect(frame, color=(0.78, 0.8, 0.82), fill=(0.93, 0.94, 0.95), width=1, radius=0.06)
            page.draw_circle(pymupdf.Point(86, 80), 20, color=None, fill=(0.7, 0.72, 0.75))
            page.draw_oval(pymupdf.Rect(58, 108, 114, 149), color=None, fill=(0.7, 0.72, 0.75))
        page.draw_line(pymupdf.Point(40, 806), pymupdf.Point(555, 806), color=(0.85, 0.85, 0.85), width=0.5)
        page.insert_htmlbox(pymupdf.Rect(40, 809, 450, 826),
                            f"<p style='font-family:sans-serif;font-size:7pt;color:#777;margin:0'>{hx(footer)}</p>")
        label = f"{pno + 1}/{count}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 7), 818), label, fontsize=7,
                         fontname="helv", color=grey)

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(148, 38, 555, 178) if p == 0 else None),
        Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 176 if p == 0 else 40, 555, 798)),
    ]
    return subset_fonts(compose_pdf(A4, flows, res.meta, decorate))


# ---- DOCX: a South African CV, label-tab-colon details, soft line breaks in bullets -------------


def hand_wrapped(text: str, width: int) -> list[str]:
    """The pieces of a bullet its author broke with Shift+Enter, about every `width` characters
    (the space before each break stays at the end of the piece, as Word keeps it)."""
    words = plain(text).split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if len(trial) > width and cur:
            lines.append(cur + " ")
            cur = w
        else:
            cur = trial
    lines.append(cur)
    return lines


def dx_za_softbreaks(res: Any) -> bytes:
    m = res.meta
    width = int(m.get("wrap", "92"))
    d = new_docx(m, "Arial", 10, 0.8, a4=True)
    tab_label, tab_value = 1.9, 2.1
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, f"Curriculum Vitae – {plain(res.name)}", size=8, color="7F7F7F")
    t = para(d, "CURRICULUM VITAE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    bottom_border(t, "000000", 8)
    para(d, res.name, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)

    def labelled(label: str, value: str, bold_value: bool = False) -> None:
        p = para(d, after=1)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(tab_label))
        p.paragraph_format.tab_stops.add_tab_stop(Inches(tab_value))
        add_runs(p, label, bold=True)
        add_runs(p, "\t:\t")
        add_runs(p, value, bold=bold_value or None)

    career = False
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, before=14, after=4)
        h.runs[0].font.underline = True
        career = "career" in s.title.lower()
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "row":
                labelled(it.fields[0], " ".join(it.fields[1:]))
            elif it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                para(d, after=0, before=8)
                if career:
                    labelled("Company", f"{f0} ({f2})" if f2 else f0, bold_value=True)
                    labelled("Position", f1)
                    labelled("Period", f3)
                else:
                    labelled("Qualification", f0, bold_value=True)
                    labelled("Institution", f"{f1}, {f2}" if f2 else f1)
                    labelled("Year", f3)
            elif it.kind == "sub":
                p = para(d, before=4, after=1)
                add_runs(p, it.text, bold=True)
                if "achievement" in it.text.lower():
                    p.runs[0].font.underline = True
            elif it.kind in ("bullet", "note"):
                p = para(d, style="List Bullet", after=1)
                pieces = hand_wrapped(it.text, width) if it.kind == "bullet" else [plain(it.text)]
                for n, piece in enumerate(pieces):
                    r = p.add_run(piece)
                    if n < len(pieces) - 1:
                        r.add_break()
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                label, value = label_value(plain(it.text))
                p = para(d, after=1, before=2 if label else None)
                if label:
                    add_runs(p, label + ": ", bold=True, italic=True)
                    add_runs(p, value, italic=True)
                else:
                    add_runs(p, it.text)
    return docx_bytes(d, m)


# ---- PDF: LaTeX moderncv, casual style, roman font, contact in the footer, ligatures kept -------


def tpl_moderncv_casual(res: Any) -> bytes:
    ink = res.meta.get("accent", "#3873b3")
    hint = 86
    css = f"""
    body {{ font-family: serif; font-size: 10.3pt; color: #1a1a1a; }}
    p.nm {{ font-size: 32pt; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 15pt; margin: 1pt 0 0 0; color: #5c5c5c; font-style: italic; }}
    p.quote {{ font-size: 10pt; font-style: italic; color: #5c5c5c; text-align: center; margin: 14pt 60pt 6pt 60pt; }}
    table.r {{ width: 100%; margin: 0; }} td {{ padding: 0; vertical-align: top; }}
    td.h {{ width: {hint}pt; text-align: right; padding-right: 10pt; color: #3d3d3d; font-size: 9.2pt; }}
    p.sec {{ font-size: 14.5pt; color: {ink}; margin: 0; text-align: left; }}
    p.e {{ margin: 0 0 1.5pt 0; }}
    ul {{ margin: 0.5pt 0 2pt 0; padding-left: 11pt; }} li {{ margin: 0 0 1.6pt 0; text-align: justify; }}
    p.para {{ margin: 0.5pt 0 2pt 0; text-align: justify; }} p.line {{ margin: 0 0 1.5pt 0; }}
    """
    first, _, last = plain(res.name).rpartition(" ")

    def row(left: str, right: str, top: float = 0) -> str:
        return (f"<table class='r' style='margin-top:{top}pt'><tr><td class='h' style='width:{hint}pt'>{left}</td>"
                f"<td>{right}</td></tr></table>")

    parts = [f"<p class='nm'>{hx(first, True)} <span style='color:#3d3d3d'>{hx(last, True)}</span></p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline, True)}</p>")
    if res.meta.get("quote"):
        parts.append(f"<p class='quote'>{hx(res.meta['quote'], True)}</p>")
    titles: list[str] = []
    for s in res.sections:
        titles.append(plain(s.title))
        parts.append(f"<p class='sec' style='margin:11pt 0 0 {hint + 12}pt'>{hx(s.title, True)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    label, sep, text = plain(it.text).partition("] ") if it.kind == "line" else ("", "", "")
                    if sep and label.startswith("["):  # a bibliography item: its label in the date column
                        parts.append(row(hx(label + "]", True), f"<p class='line'>{hx(text, True)}</p>", 2))
                    else:
                        parts.append(row("", block_html([it], True), 2))
                continue
            f0, f1, f2, f3 = fields
            head = f"<b>{hx(f0, True)}</b>" + "".join(f", {'<i>' + hx(x, True) + '</i>' if n == 0 else hx(x, True)}"
                                                       for n, x in enumerate(x for x in (f1, f2) if x)) + "."
            parts.append(row(hx(f3, True), f"<p class='e'>{head}</p>" + block_html(rest, True), 5))
    accent = rgb(ink)
    contact = " \u2022 ".join(plain(c) for c in res.contacts)
    foot_css = "p { font-family: serif; font-size: 8pt; color: #5c5c5c; text-align: center; margin: 0; }"

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for span_box, text in title_spans(page, 14):
            if text in titles:
                y = (span_box.y0 + span_box.y1) / 2 + 1
                page.draw_rect(pymupdf.Rect(52, y - 2.2, 52 + hint - 10, y + 2.2), color=None, fill=accent,
                               width=0, overlay=False)
        page.draw_line(pymupdf.Point(52, 800), pymupdf.Point(543, 800), color=accent, width=0.6)
        page.insert_htmlbox(pymupdf.Rect(52, 804, 543, 830), f"<p>{hx(contact, True)}</p>", css=foot_css)
        label = f"{pno + 1}/{count}"
        page.insert_text((543 - pymupdf.get_text_length(label, "tiro", 8), 790), label, fontsize=8,
                         fontname="tiro", color=(0.36, 0.36, 0.36))

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(52, 40, 543, 780))], res.meta,
                       decorate)


def title_spans(page: pymupdf.Page, min_size: float) -> list[tuple[pymupdf.Rect, str]]:
    """The text lines of a page set at `min_size` points or more, with their boxes."""
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            text = "".join(s["text"] for s in line["spans"]).strip()
            if line["spans"] and min(s["size"] for s in line["spans"]) >= min_size and text:
                out.append((pymupdf.Rect(line["bbox"]), unicodedata.normalize("NFKC", text)))
    return out


# ---- PDF: a Word resume built as one bordered table, exported to PDF ---------------------------


def tpl_word_grid_pdf(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 10pt; color: #000; }
    table.g { width: 100%; border-top: 0.75px solid #000; }
    td.top, td.s, td.d { border-left: 0.75px solid #000; }
    td { border-right: 0.75px solid #000; border-bottom: 0.75px solid #000; padding: 4pt 5pt 4pt 5pt;
         vertical-align: top; }
    td.top { text-align: center; padding: 8pt 5pt 8pt 5pt; }
    td.s { background-color: #d9d9d9; font-weight: bold; font-size: 10.5pt; padding: 2.5pt 5pt; letter-spacing: 0.5px; }
    td.d { width: 96pt; font-size: 9.5pt; }
    p.nm { font-size: 19pt; font-weight: bold; margin: 0; } p.tag { font-size: 11pt; margin: 1pt 0 3pt 0; }
    p.ct { font-size: 9pt; margin: 0; }
    p.t { margin: 0; } p.o { margin: 0 0 2pt 0; font-style: italic; }
    ul { margin: 1pt 0 0 0; padding-left: 13pt; } li { margin: 0 0 1.8pt 0; }
    p.para { margin: 0; text-align: justify; } p.line { margin: 0 0 1.5pt 0; }
    """
    rows = ["<tr><td class='top' colspan='2'>" + f"<p class='nm'>{hx(res.name)}</p>"
            + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts) + "</td></tr>"]
    for s in res.sections:
        rows.append(f"<tr><td class='s' colspan='2'>{hx(s.title.upper())}</td></tr>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                table_rows = [it for it in rest if it.kind == "row"]
                others = [it for it in rest if it.kind != "row"]
                for r in table_rows:
                    rows.append(f"<tr><td class='d'>{hx(r.fields[0])}</td><td>{hx(' '.join(r.fields[1:]))}</td></tr>")
                if others:
                    rows.append(f"<tr><td class='d'>&#160;</td><td>{block_html(others)}</td></tr>")
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            right = f"<p class='t'><b>{hx(f0)}</b></p>" + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest)
            rows.append(f"<tr><td class='d'>{hx(f3)}</td><td>{right}</td></tr>")
    body = "<table class='g'>" + "".join(rows) + "</table>"
    return compose_pdf(LETTER, [Flow(body, css, lambda p: pymupdf.Rect(54, 50, 558, 746))], res.meta)


# ---- PDF: dark theme from a design tool, two columns, shipped titles -----------------------------


def tpl_dark_game_2col(res: Any) -> bytes:
    ink = res.meta.get("accent", "#3fd0c9")
    base = """
    body { font-family: sans-serif; color: #e4e6eb; }
    ul { margin: 1pt 0 0 0; padding-left: 11pt; } li { margin: 0 0 2.6pt 0; line-height: 1.3; }
    p.para { margin: 1pt 0 3pt 0; line-height: 1.35; } p.line { margin: 0 0 2.5pt 0; }
    """
    css_head = base + f"""
    p.nm {{ font-size: 26pt; font-weight: bold; margin: 0; color: #ffffff; letter-spacing: 0.5px; }}
    p.tag {{ font-size: 11.5pt; margin: 3pt 0 0 0; color: {ink}; }}
    """
    css_side = base + f"""
    body {{ font-size: 8.8pt; color: #c9ccd3; }}
    p.h2 {{ font-size: 9pt; font-weight: bold; color: {ink}; margin: 14pt 0 5pt 0; letter-spacing: 1.5px; }}
    p.ct {{ margin: 0 0 4pt 0; color: #e4e6eb; }}
    """
    css_main = base + f"""
    body {{ font-size: 9.3pt; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 13pt 0 4pt 0; letter-spacing: 1.5px;
            border-bottom: 0.6px solid #3a3e48; padding-bottom: 2pt; }}
    table.en {{ width: 100%; margin: 7pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 110pt; color: #9aa0ab; font-size: 8.6pt; }}
    p.o {{ margin: 0 0 2pt 0; color: {ink}; font-size: 9pt; }}
    table.t {{ width: 100%; margin: 0 0 4pt 0; }} td.tt {{ font-weight: bold; color: #ffffff; width: 170pt; }}
    td.tm {{ color: #9aa0ab; font-size: 8.6pt; }}
    """
    head = f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
    side = ["<p class='h2'>CONTACT</p>"] + [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.side():
        side.append(f"<p class='h2'>{hx(s.title.upper())}</p>" + block_html(s.items))
    parts: list[str] = []
    for s in res.main():
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    title, sep, more = plain(it.text).partition(" — ")
                    if it.kind == "line" and sep:
                        parts.append(f"<table class='t'><tr><td class='tt'>{hx(title)}</td>"
                                     f"<td class='tm'>{hx(more)}</td></tr></table>")
                    else:
                        parts.append(block_html([it]))
                continue
            f0, f1, f2, f3 = fields
            org = " · ".join(x for x in (f1, f2) if x)
            parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                         + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest))
    page_bg, side_bg = rgb("#1b1d23"), rgb("#13151a")
    accent = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        # drawn first in the content stream, so every later text and rule stays on top
        page.draw_rect(pymupdf.Rect(184, 0, 612, 792), color=None, fill=page_bg, width=0, overlay=False)
        page.draw_rect(pymupdf.Rect(0, 0, 184, 792), color=None, fill=side_bg, width=0, overlay=False)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(204, 104, 264, 106.5), color=None, fill=accent, width=0)
        label = f"{pno + 1} / {count}"
        page.insert_text((582 - pymupdf.get_text_length(label, "helv", 7), 778), label, fontsize=7,
                         fontname="helv", color=(0.55, 0.57, 0.62))

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(204, 38, 582, 104) if p == 0 else None),
        Flow("".join(side), css_side, lambda p: pymupdf.Rect(22, 30, 168, 770) if p == 0 else None),
        Flow("".join(parts), css_main, lambda p: pymupdf.Rect(204, 112 if p == 0 else 36, 582, 762)),
    ]
    data = compose_pdf(LETTER, flows, res.meta, decorate)
    if res.meta.get("break_inside_role") == "yes":  # the page break is promised inside a role's bullets
        doc = pymupdf.open("pdf", data)
        top_of_two = doc[1].get_text().lstrip() if doc.page_count > 1 else ""
        if not top_of_two.startswith("•"):
            raise RuntimeError(f"{res.meta['output']}: page two starts with {top_of_two[:40]!r}, not inside a role")
    return data


# ---- PDF: a four-page academic CV, publications grouped by year in a left margin column ---------


def tpl_academic_year_groups(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 10.2pt; color: #000; }
    p.nm { font-size: 20pt; text-align: center; margin: 0; letter-spacing: 0.5px; }
    p.cv { font-size: 11pt; text-align: center; margin: 2pt 0 4pt 0; font-style: italic; }
    p.ct { font-size: 9.2pt; text-align: center; margin: 0 0 1pt 0; }
    p.h2 { font-size: 11.5pt; font-weight: bold; margin: 13pt 0 4pt 0; padding-bottom: 1.5pt;
           border-bottom: 0.7px solid #000; }
    table.en { width: 100%; margin: 4pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 132pt; }
    p.o { margin: 0 0 1pt 0; font-style: italic; }
    table.pub { width: 100%; margin: 0 0 3pt 0; } td.y { width: 38pt; font-weight: bold; }
    ul { margin: 1pt 0 0 0; padding-left: 14pt; } li { margin: 0 0 1.8pt 0; }
    p.para { margin: 1pt 0 2pt 0; text-align: justify; } p.line { margin: 0 0 2.5pt 0; }
    """
    chunks = ["".join([f"<p class='nm'>{fake_small_caps(res.name, 0.8)}</p>", "<p class='cv'>Curriculum Vitae</p>"]
                      + [f"<p class='ct'>{hx(c, True)}</p>" for c in res.contacts])]
    for s in res.sections:
        blocks: list[str] = []
        year = ""
        first_of_year = False
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    if it.kind == "sub" and re.fullmatch(r"(19|20)\d\d", plain(it.text)):
                        year, first_of_year = plain(it.text), True
                    elif it.kind == "line" and year:
                        label = year if first_of_year else "&#160;"
                        first_of_year = False
                        blocks.append(f"<table class='pub'><tr><td class='y'>{label}</td>"
                                      f"<td>{hx(it.text, True)}</td></tr></table>")
                    else:
                        blocks.append(block_html([it], True))
                continue
            f0, f1, f2, f3 = fields
            sub = " · ".join(x for x in (f1, f2) if x)
            blocks.append(f"<table class='en'><tr><td><b>{hx(f0, True)}</b></td><td class='d'>{hx(f3, True)}</td></tr>"
                          "</table>" + (f"<p class='o'>{hx(sub, True)}</p>" if sub else "") + block_html(rest, True))
        head = f"<p class='h2'>{fake_small_caps(s.title, 0.8)}</p>"
        chunks.append(head + (blocks[0] if blocks else ""))  # a section name never ends a page
        chunks.extend(blocks[1:])
    surname = plain(res.name).split()[-1]
    updated = res.meta.get("updated", "")
    want_pages = int(res.meta.get("pages", "0"))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0 and updated:
            page.insert_text((558 - pymupdf.get_text_length(f"Updated {updated}", "tiit", 8.5), 40),
                             f"Updated {updated}", fontsize=8.5, fontname="tiit", color=(0.3, 0.3, 0.3))
        label = f"{surname} — CV — page {pno + 1} of {count}"
        page.insert_htmlbox(pymupdf.Rect(300, 752, 558, 768),
                            f"<p style='font-family:serif;font-size:8.5pt;text-align:right;margin:0;color:#333'>"
                            f"{hx(label)}</p>")

    data = compose_chunks(LETTER, chunks, css, lambda p: pymupdf.Rect(72, 52, 548, 734), res.meta, decorate)
    pages = pymupdf.open("pdf", data).page_count
    if want_pages and pages != want_pages:
        raise RuntimeError(f"{res.meta['output']}: {pages} pages, the layout promises {want_pages}")
    return data


# ---- DOCX: a Sri Lankan CV, navy heading bands, designations under one employer, referees -------


def dx_lk_referees(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1F3864")
    d = new_docx(m, "Calibri", 10.5, 0.75, a4=True)
    width = 6.77
    para(d, res.name, bold=True, size=17, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="404040", align=WD_ALIGN_PARAGRAPH.CENTER, after=3)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)

    def band(title: str) -> None:
        para(d, after=0, before=4)
        t = d.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = t.rows[0].cells[0]
        shade_cell(cell, ink)
        p = first_cell_paragraph(cell)
        add_runs(p, title.upper(), bold=True, size=11, color="FFFFFF")
        p.paragraph_format.space_before = Pt(2)
        p.paragraph_format.space_after = Pt(2)
        set_col_widths(t, (Inches(width),))

    for s in res.sections:
        band(s.title)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            referees = "referee" in s.title.lower()
            table = d.add_table(rows=0, cols=2)
            if referees:
                no_table_borders(table)
            else:
                table.style = d.styles["Table Grid"]
            for n, r in enumerate(rows):
                cells = table.add_row().cells
                for k, (c, value) in enumerate(zip(cells, r, strict=False)):
                    bold = (n == 0) if referees else (k == 0)
                    add_runs(first_cell_paragraph(c), value, bold=bold or None, size=10)
            set_col_widths(table, (Inches(3.38), Inches(3.38)) if referees else (Inches(2.0), Inches(4.76)))
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                q = para(d, before=7, after=0)
                right_tab(q, width)
                add_runs(q, f0, bold=True, size=11.5)
                if f3:
                    add_runs(q, "\t" + f3, bold=True, size=10)
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    para(d, org, italic=True, size=10, color="404040", after=2)
            elif it.kind == "sub":
                left, sep, right = it.text.rpartition(" | ")
                q = para(d, before=5, after=1)
                right_tab(q, width)
                add_runs(q, left if sep else it.text, bold=True, italic=True, color=ink)
                if sep:
                    add_runs(q, "\t" + right, italic=True, size=10)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                para(d, it.text, after=2)
    return docx_bytes(d, m)


# ---- TXT: saved by Notepad in Windows-1252, CRLF, tabs before the dates -------------------------


def txt_cp1252(res: Any) -> bytes:
    lines = [plain(res.name)] + [plain(c) for c in res.contacts]
    for s in res.sections:
        lines += ["", s.title, "-" * len(s.title)]
        first = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                if not first:
                    lines.append("")
                lines.append(f"{plain(f0)}\t\t{plain(f3)}" if f3 else plain(f0))
                org = ", ".join(plain(x) for x in (f1, f2) if x)
                if org:
                    lines.append(org)
            elif it.kind in ("bullet", "note"):
                lines.append("\u2022 " + plain(it.text))
            else:
                lines.append(plain(it.text))
            first = False
    text = "\r\n".join(lines) + "\r\n"
    return text.encode("cp1252")  # strict: a character Notepad could not save fails the build


# ---- PDF: one dense page, centred section names between rules, arrow and square bullets ---------


def tpl_arrow_bullets_onepage(res: Any) -> bytes:
    css = """
    body { font-family: sans-serif; font-size: 9.1pt; color: #000; }
    p.nm { font-size: 19pt; font-weight: bold; text-align: center; margin: 0; }
    p.ct { font-size: 8.6pt; text-align: center; margin: 2pt 0 0 0; }
    p.h2 { font-size: 10.5pt; font-weight: bold; text-align: center; margin: 8pt 0 3pt 0; letter-spacing: 0.8px; }
    table.en { width: 100%; margin: 3.5pt 0 0.5pt 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 110pt; font-weight: bold; }
    p.a { margin: 0 0 1.1pt 0; padding-left: 13pt; text-indent: -13pt; line-height: 1.2; }
    p.s { margin: 0 0 1.1pt 0; padding-left: 25pt; text-indent: -10pt; font-size: 8.6pt; color: #222; }
    p.para { margin: 0 0 1pt 0; text-align: justify; } p.line { margin: 0 0 1.2pt 0; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"] + [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    titles = []
    for s in res.sections:
        titles.append(s.title.upper())
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                left = f"<b>{hx(f0)}</b>" + (f" | <b>{hx(f1)}</b>" if f1 else "") + (f", {hx(f2)}" if f2 else "")
                parts.append(f"<table class='en'><tr><td>{left}</td><td class='d'>{hx(f3)}</td></tr></table>")
            for it in rest:
                if it.kind == "bullet":
                    parts.append(f"<p class='a'>\u27a2&#160;&#160;{hx(it.text)}</p>")
                elif it.kind == "note":
                    parts.append(f"<p class='s'>\u25aa&#160;&#160;{hx(it.text)}</p>")
                else:
                    parts.append(block_html([it]))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for box, text in title_spans(page, 10.4):
            if text in titles:
                y = (box.y0 + box.y1) / 2
                for x0, x1 in ((40, box.x0 - 8), (box.x1 + 8, 572)):
                    page.draw_line(pymupdf.Point(x0, y), pymupdf.Point(x1, y), color=(0, 0, 0), width=0.6)

    data = compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 30, 572, 770) if p == 0 else None)],
                       res.meta, decorate)
    return subset_fonts(data)


# ---- DOCX: a shaded name banner, a three-column competencies table, professional development ----


def shade_paragraph(p: Any, fill: str) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def dx_competency_grid(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "17365D")
    d = new_docx(m, "Calibri", 10.5, 0.7, a4=True)
    width = 6.87
    banner = para(d, res.name, bold=True, size=22, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    shade_paragraph(banner, ink)
    if res.tagline:
        tag = para(d, res.tagline, size=11.5, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        shade_paragraph(tag, "DCE6F1")
    for c in res.contacts:
        para(d, c, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=2)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, f"{plain(res.name).title()} – Curriculum Vitae", size=8, color="808080")
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=12, color=ink, before=12, after=4)
        bottom_border(h, ink, 8)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            table = d.add_table(rows=0, cols=3)
            table.style = d.styles["Table Grid"]
            for r in rows:
                cells = table.add_row().cells
                for c, value in zip(cells, r, strict=False):
                    p = first_cell_paragraph(c)
                    run = p.add_run("\u2713 ")
                    run.font.color.rgb = RGBColor.from_string(ink)
                    run.bold = True
                    add_runs(p, value, size=9.5)
            set_col_widths(table, (Inches(2.29),) * 3)
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                q = para(d, before=8, after=0)
                right_tab(q, width)
                add_runs(q, f1 or f0, bold=True, size=11)
                if f2:
                    add_runs(q, f" | {f2}", size=10, color="404040")
                if f3:
                    add_runs(q, "\t" + f3, bold=True, size=10, color=ink)
                if f1 and f0:
                    para(d, f0, italic=True, bold=True, size=10.5, color=ink, after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind in ("line", "sub"):
                p = para(d, style="List Bullet 2" if s.title.lower().startswith("professional") else None, after=1.5)
                add_runs(p, it.text)
    return docx_bytes(d, m)


# ---- posting: a Workday career-site page printed from the browser -------------------------------


def workday_site_pdf(job: Any) -> bytes:
    m = job.meta
    css = """
    body { font-family: sans-serif; font-size: 10pt; color: #333; }
    p.co { font-size: 13pt; font-weight: bold; color: #0b3d6e; margin: 0; }
    p.nav { font-size: 8.5pt; color: #666; margin: 2pt 0 14pt 0; }
    h1 { font-size: 19pt; color: #1e1e1e; margin: 0 0 10pt 0; font-weight: bold; }
    p.btn { color: #fff; font-weight: bold; margin: 0 0 12pt 6pt; font-size: 10pt; }
    p.dl { margin: 0; font-size: 8.5pt; color: #666; } p.dv { margin: 0 0 5pt 0; font-size: 10pt; color: #1e1e1e; }
    p.h { font-size: 11pt; font-weight: bold; margin: 12pt 0 4pt 0; color: #1e1e1e; }
    p { margin: 0 0 7pt 0; line-height: 1.35; }
    ul { margin: 0 0 6pt 0; padding-left: 18pt; } li { margin: 0 0 3pt 0; line-height: 1.3; }
    p.foot { color: #888; font-size: 8pt; margin-top: 16pt; }
    """
    parts = [f"<p class='co'>{hx(m['company'])}</p>", "<p class='nav'>Careers &#160;·&#160; Search for Jobs &#160;·&#160; Sign In</p>",
             f"<h1>{hx(m['title'])}</h1>", "<p class='btn'>&#160;Apply&#160;</p>"]
    for label, value in meta_pairs(m, "details"):
        parts.append(f"<p class='dl'>{hx(label)}</p><p class='dv'>{hx(value)}</p>")
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
    parts.append(f"<p class='foot'>© 2026 Workday, Inc. All rights reserved. &#160; Follow Us &#160; "
                 f"Privacy &#160; {hx(m['company'])} Careers</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((250, 20), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 779), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((570, 779), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)
        if pno == 0:
            hits = page.search_for("Apply")
            if hits:
                r = hits[0]
                page.draw_rect(pymupdf.Rect(r.x0 - 16, r.y0 - 5, r.x1 + 16, r.y1 + 5), color=None,
                               fill=(0.0, 0.4, 0.8), overlay=False, radius=0.3)

    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(72, 40, 540, 752))], pdf_meta,
                       decorate)


PDF_TEMPLATES["vn_jobsite_photo"] = tpl_vn_jobsite_photo
PDF_TEMPLATES["moderncv_casual"] = tpl_moderncv_casual
PDF_TEMPLATES["word_grid_pdf"] = tpl_word_grid_pdf
PDF_TEMPLATES["dark_game_2col"] = tpl_dark_game_2col
PDF_TEMPLATES["academic_year_groups"] = tpl_academic_year_groups
PDF_TEMPLATES["arrow_bullets_onepage"] = tpl_arrow_bullets_onepage
DOCX_TEMPLATES["docx_za_softbreaks"] = dx_za_softbreaks
DOCX_TEMPLATES["docx_lk_referees"] = dx_lk_referees
DOCX_TEMPLATES["docx_competency_grid"] = dx_competency_grid
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
    if res.meta["template"] == "txt_cp1252":
        return txt_cp1252(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "workday_site_pdf":
        return workday_site_pdf(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
