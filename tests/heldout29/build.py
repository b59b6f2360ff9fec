"""Rebuild the twenty-ninth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout29/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout29/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF whose section names sit in white on drawn swallow-tail ribbons running in from the left
page edge ("ribbon_heads"); an A4 serif PDF, justified, whose section names are run into the first
line of their section and whose entries are one-line "title, employer — dates" paragraphs
("runin_serif"); a Letter PDF set in a monospaced face like a code editor, with "//" comment
section names and line numbers drawn in a grey gutter ("code_editor_lines"); an A4 PDF with a right
column of drawn ring charts (percentage in the ring) over a personal-data block ("ring_charts");
an A4 PDF whose key figures are marked with drawn yellow highlighter strokes behind the text
("highlighter_marks"); an A4 Word CV carrying a careers adviser's review comments (comments part,
anchored ranges) ("docx_adviser_comments"); an A4 Word CV with footnotes in a footnotes part, their
reference marks after certificates and employers ("docx_footnotes"); an A4 Word CV with a page
background colour and dotted paragraph rules under the section names ("docx_page_colour"); a
UTF-8 text file that went through a Windows-1252 round trip, so every non-ASCII character is
mojibake ("txt_mojibake"); and a UTF-8 text file with the dates padded flush right to column 78
and centred headings ("txt_flush_right"). Two posting layouts are added: a posting printed from a
Czech job site with a tinted right-hand facts column ("cz_jobsite_pdf"), and a Thai employer's
job announcement in Word with a shaded position banner, numbered qualifications and a welfare
table ("th_announcement_docx").
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261218, "heldout29_base")
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




def find_titles(page: pymupdf.Page, titles: list[str], seen: list[int],
                area: pymupdf.Rect | None = None) -> list[pymupdf.Rect]:
    """The boxes of the section names on this page, in reading order, matched one after another."""
    out = []
    lines = sorted(text_lines(page), key=lambda t: (round(t[1].y0, 1), t[1].x0))
    for text, box in lines:
        if area is not None and not area.contains(box):
            continue
        if seen[0] < len(titles) and text == titles[seen[0]]:
            out.append(box)
            seen[0] += 1
    return out





def sections_html(res: Any, head: Any, entry: Any = None, which: str | None = None) -> str:
    parts = []
    for s in res.sections:
        if which and s.where != which:
            continue
        parts.append(head(s.title))
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(block_html(rest))
            else:
                parts.append((entry or entry_block)(fields, rest))
    return "".join(parts)


def entry_block(fields: list[str], rest: list[Any], date_cls: str = "d", org_sep: str = ", ") -> str:
    f0, f1, f2, f3 = fields
    org = org_sep.join(x for x in (f1, f2) if x)
    return (f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='{date_cls}'>{hx(f3)}</td></tr></table>"
            + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest))


def page_number(page: pymupdf.Page, pno: int, count: int, x: float, y: float, fmt: str = "{n} / {c}") -> None:
    if count > 1:
        label = fmt.format(n=pno + 1, c=count)
        page.insert_text((x - pymupdf.get_text_length(label, "helv", 7.5), y), label, fontsize=7.5,
                         fontname="helv", color=(0.5, 0.5, 0.5))


# ---- PDF: section names on swallow-tail ribbons from the page edge -------------------------------


def tpl_ribbon_heads(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#7a1f3d")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #222; }}
    p.nm {{ font-size: 24pt; font-weight: bold; margin: 0; color: #1a1a1a; }}
    p.tag {{ font-size: 11pt; margin: 1pt 0 4pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.6pt; margin: 0 0 10pt 0; color: #555; }}
    p.h2 {{ font-size: 10pt; font-weight: bold; color: #ffffff; margin: 16pt 0 7pt 0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #666; font-size: 8.7pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #444; font-style: italic; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.25; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('   |   '.join(res.contacts))}</p>")
    titles = [s.title.upper() for s in res.sections]
    body = head + sections_html(res, lambda t: f"<p class='h2'>{hx(t.upper())}</p>")
    dark = rgb(ink)
    seen = [0]

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for box in find_titles(page, titles, seen):
            y0, y1, x1 = box.y0 - 4, box.y1 + 4, box.x1 + 16
            mid = (y0 + y1) / 2
            shape = page.new_shape()
            shape.draw_polyline([(0, y0), (x1, y0), (x1 - 7, mid), (x1, y1), (0, y1), (0, y0)])
            shape.finish(color=None, fill=dark, width=0, closePath=True)
            shape.commit(overlay=False)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(0, 0, page.rect.width, 8), color=None, fill=dark, width=0)
        page_number(page, pno, count, 548, 822)

    return compose_pdf(A4, [Flow(body, css, lambda p: pymupdf.Rect(56, 34, 546, 806))], m, decorate)


# ---- PDF: a serif page with run-in section names ---------------------------------------------------


def tpl_runin_serif(res: Any) -> bytes:
    m = res.meta
    css = """
    body { font-family: serif; font-size: 10pt; color: #1e1e1e; }
    p.nm { font-size: 20pt; text-align: center; margin: 0; letter-spacing: 2px; }
    p.tag { font-size: 10.5pt; text-align: center; font-style: italic; margin: 2pt 0 2pt 0; }
    p.ct { font-size: 8.8pt; text-align: center; margin: 0 0 4pt 0; color: #333; }
    p { margin: 0 0 3pt 0; line-height: 1.32; text-align: justify; }
    p.en { margin: 6pt 0 1pt 0; text-align: left; }
    p.first { margin-top: 15pt; }
    span.ri { font-weight: bold; font-variant: small-caps; letter-spacing: 1px; color: #5a1e14; }
    span.dt { color: #555; }
    ul { margin: 1pt 0 2pt 0; padding-left: 14pt; } li { margin: 0 0 2pt 0; line-height: 1.3; text-align: justify; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts.append(f"<p class='ct'>{hx('  ·  '.join(res.contacts))}</p>")
    for s in res.sections:
        run_in = f"<span class='ri'>{hx(s.title)}.</span>&#160;&#160;"
        first = True

        def lead(cls: str = "", run_in: str = run_in) -> str:
            nonlocal first
            if first:
                first = False
                return f"<p class='{cls} first'>" + run_in
            return f"<p class='{cls}'>"

        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(lead("en") + f"<b>{hx(f0)}</b>" + (f", {hx(org)}" if org else "")
                             + (f" <span class='dt'>— {hx(f3)}</span>" if f3 else "") + "</p>")
            for g in group_bullets(rest):
                if isinstance(g, list):
                    if first:
                        parts.append(lead() + "</p>")
                    parts.append("<ul>" + "".join(f"<li>{hx(b.text)}</li>" for b in g) + "</ul>")
                elif g.kind == "sub":
                    parts.append(lead() + f"<i>{hx(g.text)}</i></p>")
                elif g.kind == "row":
                    parts.append(lead() + f"<i>{hx(g.fields[0])}:</i> {hx(', '.join(g.fields[1:]))}</p>")
                else:
                    parts.append(lead() + f"{hx(g.text)}</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page_number(page, pno, count, 530, 815, "{n}/{c}")

    return compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(66, 48, 530, 796))], m, decorate)


# ---- PDF: a code editor's page, monospaced, with line numbers in a grey gutter ----------------------


def tpl_code_editor_lines(res: Any) -> bytes:
    m = res.meta
    css = """
    body { font-family: monospace; font-size: 8.3pt; color: #24292e; }
    p { margin: 0; line-height: 1.3; }
    p.nm { font-size: 15pt; font-weight: bold; color: #0b4f8a; margin: 0 0 2pt 0; }
    p.cm { color: #6a737d; }
    p.h2 { color: #22863a; font-weight: bold; margin: 9pt 0 3pt 0; }
    p.en { margin: 5pt 0 0 0; }
    span.kw { color: #a0275a; font-weight: bold; }
    span.dt { color: #6a737d; }
    ul { margin: 0; padding-left: 14pt; } li { margin: 0 0 1.5pt 0; line-height: 1.3; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='cm'>/* {hx(res.tagline)} */</p>")
    parts += [f"<p>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>// {hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(f"<p class='en'><span class='kw'>{hx(f0)}</span>" + (f" @ {hx(org)}" if org else "")
                             + "</p>" + (f"<p class='cm'># {hx(f3)}</p>" if f3 else ""))
            for g in group_bullets(rest):
                if isinstance(g, list):
                    parts.append("<ul>" + "".join(f"<li>{hx(b.text)}</li>" for b in g) + "</ul>")
                elif g.kind == "sub":
                    parts.append(f"<p class='en'><b>{hx(g.text)}</b></p>")
                elif g.kind == "row":
                    parts.append(f"<p>{hx(g.fields[0])}: {hx(', '.join(g.fields[1:]))}</p>")
                else:
                    parts.append(f"<p>{hx(g.text)}</p>")
    area = pymupdf.Rect(62, 40, 560, 752)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        ys = []
        for _, box in sorted(text_lines(page), key=lambda t: t[1].y0):
            if area.contains(box) and (not ys or box.y0 > ys[-1][0] + 2):
                ys.append((box.y0, box.y1))
        page.draw_rect(pymupdf.Rect(0, 0, 48, page.rect.height), color=None, fill=(0.955, 0.955, 0.96), width=0,
                       overlay=False)
        start = int(m.get("_line_base", "0"))
        for n, (_y0, y1) in enumerate(ys, start=1 + start):
            label = str(n)
            page.insert_text((40 - pymupdf.get_text_length(label, "cour", 7), y1 - 2), label, fontsize=7,
                             fontname="cour", color=(0.6, 0.6, 0.62))
        m["_line_base"] = str(start + len(ys))
        tab = m.get("tab_name", "resume.md")
        page.insert_text((62, 772), f"{tab}  ·  UTF-8  ·  LF  ·  page {pno + 1} of {count}", fontsize=7,
                         fontname="cour", color=(0.55, 0.55, 0.55))

    meta = dict(m)
    meta["_line_base"] = "0"
    m = meta
    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: area)], meta, decorate)


# ---- PDF: a right column of drawn ring charts over a personal-data block -------------------------


def tpl_ring_charts(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#0a6b5c")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9pt; color: #232323; }}
    p.nm {{ font-size: 22pt; font-weight: bold; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 3pt 0; }}
    p.ct {{ font-size: 8.5pt; margin: 0 0 1pt 0; color: #444; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; margin: 13pt 0 4pt 0; padding-bottom: 2pt;
            border-bottom: 0.8px solid {ink}; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 105pt; color: #666; font-size: 8.4pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #444; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.26; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    side_css = css + " p.h2 { font-size: 9.5pt; } body { font-size: 8.4pt; }"
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    main_html = head + sections_html(res, lambda t: f"<p class='h2'>{hx(t)}</p>", which="main")
    side_parts = [f"<p class='h2'>{hx(m.get('ring_title', 'Skills'))}</p>"]
    rings = meta_pairs(m, "rings")
    rows = (len(rings) + 1) // 2
    side_parts.append(f"<p style='margin:0; font-size:4pt; line-height:1'>{'&#160;<br/>' * (rows * 15)}</p>")
    for s in res.side():
        side_parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        side_parts.append(block_html(s.items))
    col = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(404, 0, page.rect.width, page.rect.height), color=None, fill=(0.95, 0.97, 0.965),
                       width=0, overlay=False)
        if pno == 0:
            top = None
            for text, box in text_lines(page):
                if text == m.get("ring_title", "Skills") and box.x0 > 404:
                    top = box.y1 + 8
            if top is None:
                raise RuntimeError("ring title not found")
            for i, (label, value) in enumerate(rings):
                cx = 446 + (i % 2) * 74
                cy = top + 22 + (i // 2) * 62
                r = 17
                page.draw_circle((cx, cy), r, color=(0.85, 0.88, 0.87), width=4)
                frac = int(value) / 100
                pts = [(cx + r * math.sin(2 * math.pi * frac * k / 48), cy - r * math.cos(2 * math.pi * frac * k / 48))
                       for k in range(49)]
                page.draw_polyline(pts, color=col, width=4)
                pct = f"{value}%"
                page.insert_text((cx - pymupdf.get_text_length(pct, "hebo", 7.5) / 2, cy + 2.6), pct, fontsize=7.5,
                                 fontname="hebo", color=(0.2, 0.2, 0.2))
                page.insert_text((cx - pymupdf.get_text_length(label, "helv", 7.4) / 2, cy + r + 11), label,
                                 fontsize=7.4, fontname="helv", color=(0.25, 0.25, 0.25))
        page_number(page, pno, count, 390, 822)

    flows = [Flow(main_html, css, lambda p: pymupdf.Rect(40, 40, 390, 806)),
             Flow("".join(side_parts), side_css, lambda p: pymupdf.Rect(414, 40, 562, 806) if p == 0 else None)]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: key figures marked with a yellow highlighter ---------------------------------------------


def tpl_highlighter_marks(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#23507a")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #202020; }}
    p.doc {{ font-size: 8.5pt; color: #777; letter-spacing: 3px; margin: 0; }}
    p.nm {{ font-size: 21pt; font-weight: bold; margin: 2pt 0 0 0; color: {ink}; }}
    p.tag {{ font-size: 10.5pt; margin: 1pt 0 4pt 0; }}
    p.ct {{ font-size: 8.6pt; margin: 0 0 1pt 0; color: #444; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 11pt 0 3pt 0; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: left; width: 120pt; color: #555; font-size: 8.8pt; }}
    p.org {{ margin: 1pt 0 2pt 120pt; color: #444; font-style: italic; }}
    p.sub {{ margin: 5pt 0 1pt 120pt; }}
    ul {{ margin: 1pt 0 0 120pt; padding-left: 11pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.28; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2.5pt 120pt; line-height: 1.25; }}
    """

    def entry(fields: list[str], rest: list[Any]) -> str:
        f0, f1, f2, f3 = fields
        org = ", ".join(x for x in (f1, f2) if x)
        return (f"<table class='en'><tr><td class='d'>{hx(f3)}</td><td><b>{hx(f0)}</b></td></tr></table>"
                + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest))

    marks = sorted({plain(s) for s in re.findall(r"\*\*(.+?)\*\*", res.path.read_text(encoding="utf-8"))})

    def unbold(text: str) -> str:
        return text.replace("**", "")

    for s in res.sections:
        for it in s.items:
            it.text = unbold(it.text)
    head = (f"<p class='doc'>{hx(m.get('doc_word', 'CURRICULUM VITAE'))}</p><p class='nm'>{hx(res.name)}</p>"
            + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    body = head + sections_html(res, lambda t: f"<p class='h2'>{hx(t)}</p>", entry=entry)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for phrase in marks:
            for quad in page.search_for(phrase, quads=True):
                r = quad.rect
                page.draw_rect(pymupdf.Rect(r.x0 - 1, r.y0 + 1.5, r.x1 + 1, r.y1 - 0.5), color=None,
                               fill=(1, 0.93, 0.35), width=0, overlay=False)
        if pno == 0:
            last = plain(res.contacts[-1])[:20]
            y = max(b.y1 for t, b in text_lines(page) if t.startswith(last)) + 6
            page.draw_line((46, y), (549, y), color=rgb(ink), width=1.2)
        page_number(page, pno, count, 549, 822, "{n}/{c}")

    return compose_pdf(A4, [Flow(body, css, lambda p: pymupdf.Rect(46, 38, 549, 806))], m, decorate)


# ---- DOCX: shared body writer --------------------------------------------------------------------


def docx_body(d: Any, res: Any, head: Any, width: float, date_sep: str = "\t") -> list[Any]:
    """Sections under `head(title)`; every paragraph written is returned, for anchoring comments."""
    out = []
    for s in res.sections:
        out.append(head(s.title))
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=7, after=0)
                right_tab(p, width)
                add_runs(p, f0, bold=True)
                if f3:
                    add_runs(p, date_sep + f3, color="404040")
                p.paragraph_format.keep_with_next = True
                out.append(p)
                if f1 or f2:
                    out.append(para(d, ", ".join(x for x in (f1, f2) if x), italic=True, after=2))
            elif it.kind in ("bullet", "note"):
                out.append(para(d, it.text, style="List Bullet", after=1))
            elif it.kind == "sub":
                out.append(para(d, it.text, bold=True, before=4, after=1))
            elif it.kind in ("para", "para_nc"):
                out.append(para(d, it.text, after=3))
            elif it.kind == "line":
                out.append(para(d, it.text, after=1))
            elif it.kind == "row":
                p = para(d, after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(1.7))
                add_runs(p, it.fields[0], bold=True)
                add_runs(p, "\t" + " ".join(it.fields[1:]))
                out.append(p)
    return out


def find_run(paragraphs: list[Any], anchor: str) -> Any:
    """Split a paragraph's runs so that `anchor` is one run of its own, and return that run."""
    import copy

    from docx.text.run import Run
    for p in paragraphs:
        for r in p.runs:
            if anchor not in r.text:
                continue
            before, _, after = r.text.partition(anchor)
            template = copy.deepcopy(r._r)
            new = copy.deepcopy(template)
            Run(new, p).text = anchor
            r._r.addnext(new)
            if after:
                tail = copy.deepcopy(template)
                Run(tail, p).text = after
                new.addnext(tail)
            if before:
                r.text = before
            else:
                r._r.getparent().remove(r._r)
            return Run(new, p)
    raise RuntimeError(f"anchor not found: {anchor!r}")


# ---- DOCX: a careers adviser's review comments left in the file --------------------------------------


def dx_adviser_comments(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1F3864")
    d = new_docx(m, "Cambria", 10.5, 0.75, a4=True)
    width = 8.27 - 1.5
    para(d, res.name, bold=True, size=20, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=11.5, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    for c in res.contacts:
        para(d, c, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)

    def head(title: str) -> Any:
        p = para(d, title.upper(), bold=True, size=11, color=ink, before=12, after=3)
        bottom_border(p, ink, 8)
        p.paragraph_format.keep_with_next = True
        return p

    paragraphs = docx_body(d, res, head, width)
    when = dt.datetime(*_ns["parse_when"](m.get("comment_date", m["date"])), tzinfo=dt.UTC)
    for n, (anchor, text) in enumerate(meta_pairs(m, "comments")):
        run = find_run(paragraphs, anchor)
        c = d.add_comment(run, text=text, author=m.get("comment_author", ""), initials=m.get("comment_initials", ""))
        c._comment_elm.date = when + dt.timedelta(minutes=3 * n)
    return docx_bytes(d, m)


# ---- DOCX: footnotes --------------------------------------------------------------------------------

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def dx_footnotes(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "8B1E2D")
    d = new_docx(m, "Georgia", 10, 0.85, a4=True)
    width = 8.27 - 1.7
    para(d, res.name, bold=True, size=19, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="555555", after=3)
    for c in res.contacts:
        para(d, c, size=9, after=0)

    def head(title: str) -> Any:
        p = para(d, before=13, after=4)
        add_runs(p, title, bold=True, size=12, color=ink)
        p.paragraph_format.keep_with_next = True
        return p

    paragraphs = docx_body(d, res, head, width)
    notes = meta_pairs(m, "footnotes")
    w = nsdecls("w")
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    from xml.sax.saxutils import escape
    for n, (anchor, text) in enumerate(notes, start=1):
        run = find_run(paragraphs, anchor)
        ref = parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{n}"/></w:r>')
        run._r.addnext(ref)
        body.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                    f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>' + "".join(body)
           + "</w:footnotes>").encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    return docx_bytes(d, m)


# ---- DOCX: a page background colour and dotted rules under the section names ------------------------


def dx_page_colour(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "2E5E4E")
    d = new_docx(m, "Segoe UI", 10, 0.8, a4=True)
    width = 8.27 - 1.6
    bg = parse_xml(f'<w:background {nsdecls("w")} w:color="{m.get("page_colour", "F3F8EC")}"/>')
    d.element.insert(0, bg)
    d.settings.element.insert(0, parse_xml(f'<w:displayBackgroundShape {nsdecls("w")}/>'))
    para(d, res.name, bold=True, size=22, color=ink, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if res.tagline:
        para(d, res.tagline, size=11, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    for c in res.contacts:
        para(d, c, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)

    def head(title: str) -> Any:
        p = para(d, before=12, after=4)
        add_runs(p, title.upper(), bold=True, size=11, color=ink)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="dotted" w:sz="8" w:space="1" w:color="{ink}"/></w:pBdr>'))
        p.paragraph_format.keep_with_next = True
        return p

    docx_body(d, res, head, width)
    return docx_bytes(d, m)


# ---- TXT: a Windows-1252 round trip (mojibake) -------------------------------------------------------


def txt_mojibake(res: Any) -> bytes:
    lines = [plain(res.name).upper()]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines.append(" • ".join(plain(c) for c in res.contacts))
    for s in res.sections:
        lines += ["", s.title.upper()]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                lines.append("")
                lines.append(" – ".join(x for x in (f0, ", ".join(y for y in (f1, f2) if y), f3) if x))
            elif it.kind in ("bullet", "note"):
                lines.append("• " + plain(it.text))
            elif it.kind == "row":
                lines.append(it.fields[0] + ": " + ", ".join(it.fields[1:]))
            else:
                lines.append(plain(it.text))
    text = "\ufeff" + "\r\n".join(lines).rstrip() + "\r\n"
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


# ---- TXT: dates flush right at column 78 ------------------------------------------------------------


def txt_flush_right(res: Any) -> bytes:
    w = 78
    lines = [plain(res.name).upper().center(w).rstrip()]
    if res.tagline:
        lines.append(plain(res.tagline).center(w).rstrip())
    for c in res.contacts:
        lines.append(plain(c).center(w).rstrip())
    for s in res.sections:
        t = s.title.upper()
        lines += ["", "", t, "~" * len(t)]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                lines.append("")
                pad = max(2, w - len(f0) - len(f3))
                lines.append(f0 + " " * pad + f3)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    lines.append(rest)
            elif it.kind == "bullet":
                lines.append("  * " + plain(it.text))
            elif it.kind == "note":
                lines.append("  - " + plain(it.text))
            elif it.kind == "row":
                lines.append(f"  {it.fields[0]}: " + ", ".join(it.fields[1:]))
            else:
                lines.append(plain(it.text))
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


# ---- posting: a Czech job site's offer page, printed, with a facts column ---------------------------


def cz_jobsite_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#c8102e"
    css = """
    body { font-family: sans-serif; font-size: 9.6pt; color: #222; }
    h1 { font-size: 17pt; margin: 0 0 3pt 0; color: #111; }
    p.co { font-size: 10.5pt; color: #444; margin: 0 0 10pt 0; }
    p.h { font-size: 11.5pt; font-weight: bold; margin: 12pt 0 4pt 0; }
    p { margin: 0 0 6pt 0; line-height: 1.38; }
    ul { margin: 0 0 6pt 0; padding-left: 14pt; } li { margin: 0 0 3pt 0; line-height: 1.32; }
    p.foot { color: #888; font-size: 8pt; margin-top: 14pt; }
    """
    side_css = """
    body { font-family: sans-serif; font-size: 8.8pt; color: #222; }
    p.k { color: #666; margin: 8pt 0 1pt 0; font-size: 8pt; }
    p.v { font-weight: bold; margin: 0; line-height: 1.3; }
    p.btn { background-color: #c8102e; color: #fff; text-align: center; font-weight: bold; padding: 6pt;
            margin: 14pt 0 0 0; font-size: 10pt; }
    """
    parts = [f"<h1>{hx(m['title'])}</h1>", f"<p class='co'>{hx(m['company'])}</p>"]
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
    side = "".join(f"<p class='k'>{hx(k)}</p><p class='v'>{hx(v)}</p>" for k, v in meta_pairs(m, "details"))
    side += f"<p class='btn'>{hx(m.get('button', 'Odpovědět'))}</p>"
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(36, 28, 559, 56), color=None, fill=(1, 1, 1), width=0)
            page.insert_text((40, 48), m["site"], fontsize=16, fontname="hebo", color=band)
            tag = m.get("site_tag", "")
            page.insert_text((555 - pymupdf.get_text_length(tag, "helv", 8), 46), tag, fontsize=8, fontname="helv",
                             color=(0.4, 0.4, 0.4))
            page.draw_line((36, 58), (559, 58), color=(0.85, 0.85, 0.85), width=0.6)
            bottom = max((b.y1 for _, b in text_lines(page) if b.x0 > 400 and 60 < b.y0 < 800), default=300)
            page.draw_rect(pymupdf.Rect(398, 68, 559, bottom + 10), color=None, fill=(0.97, 0.94, 0.94), width=0,
                           overlay=False)
        page.insert_text((22, 18), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((200, 18), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 828), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((556, 828), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 72 if p == 0 else 34, 384, 808)),
             Flow(side, side_css, lambda p: pymupdf.Rect(408, 76, 550, 700) if p == 0 else None)]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


# ---- posting: a Thai employer's job announcement in Word -------------------------------------------


def th_announcement_docx(job: Any) -> bytes:
    m = job.meta
    ink = "1B3A6B"
    d = new_docx(m, "Tahoma", 10, 0.8, a4=True)
    para(d, m["company"], bold=True, size=15, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, m.get("company_line", ""), size=8.5, color="555555", align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    t = d.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0]
    add_runs(first_cell_paragraph(cell), m["banner"], bold=True, size=13, color="FFFFFF")
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade_cell(cell, ink)
    para(d, m.get("banner_sub", ""), bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=8)
    for kind, text in job.blocks:
        if kind == "h":
            para(d, text, bold=True, size=11, color=ink, before=10, after=3).paragraph_format.keep_with_next = True
        elif kind == "li":
            para(d, text, style="List Number", after=1)
        elif kind == "li2":
            para(d, text, style="List Bullet", after=1)
        elif "=>" in text and text.count(";;") >= 1:
            tb = d.add_table(rows=0, cols=2)
            tb.style = d.styles["Table Grid"]
            for k, v in meta_pairs({"x": text}, "x"):
                kc, vc = tb.add_row().cells
                add_runs(first_cell_paragraph(kc), k, bold=True, size=9.5)
                shade_cell(kc, "E8EEF7")
                add_runs(first_cell_paragraph(vc), v, size=9.5)
            set_col_widths(tb, (Inches(1.9), Inches(4.7)))
            para(d, "", after=2)
        else:
            para(d, text, after=5)
    return docx_bytes(d, m)


PDF_TEMPLATES["ribbon_heads"] = tpl_ribbon_heads
PDF_TEMPLATES["runin_serif"] = tpl_runin_serif
PDF_TEMPLATES["code_editor_lines"] = tpl_code_editor_lines
PDF_TEMPLATES["ring_charts"] = tpl_ring_charts
PDF_TEMPLATES["highlighter_marks"] = tpl_highlighter_marks
DOCX_TEMPLATES["docx_adviser_comments"] = dx_adviser_comments
DOCX_TEMPLATES["docx_footnotes"] = dx_footnotes
DOCX_TEMPLATES["docx_page_colour"] = dx_page_colour
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
    if t == "txt_mojibake":
        return txt_mojibake(res)
    if t == "txt_flush_right":
        return txt_flush_right(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        if "subset" in res.meta:
            data = subset_fonts(data)
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "cz_jobsite_pdf":
        return cz_jobsite_pdf(job)
    if job.meta["template"] == "th_announcement_docx":
        return th_announcement_docx(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
