"""Rebuild the twenty-eighth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout28/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout28/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF with a drawn QR code at the top right and the section names in white on dark rounded
pills drawn behind them ("qr_pill_heads"); an A4 PDF on a light grey page whose sections each sit
on a white rounded card drawn behind the text ("grey_page_cards"); a Letter PDF of a GitHub
profile README printed from the browser, with ruled headings, skills as inline-code spans and the
browser's print header and footer ("github_readme_print"); an A4 PDF whose coloured header is cut
on a drawn diagonal, the name in white on it and a short thick bar under every section name
("diagonal_header"); an A4 PDF with three tinted key-figure tiles under the header and a small
square before every section name ("stat_tiles"); an A4 Word CV whose section and job headings are
numbered by a Word multilevel list (1., 2.1.), so that the numbers are not in the text
("docx_outline_numbered"); an A4 Word CV whose dates sit in framed paragraphs floated into a wide
left margin ("docx_margin_frames"); an A4 Word CV with small-capital section names over a top
rule, a labelled personal-details block, a Speaking / Reading / Writing language table with
Excellent / Good / Fair and referees with phone numbers ("docx_lang_grid"); a plain-text file
saved by Notepad on a Bulgarian Windows in Windows-1251 with CRLF line ends, with Cyrillic in
the address and the school names only ("txt_cp1251"); and a UTF-8 text file in the style of a
LinkedIn post, its name and section names in Unicode mathematical sans-serif bold letters,
emoji contact lines and "▸" bullets ("txt_unicode_bold"). Two posting layouts are added: a
posting printed from an Austrian job site in German with a facts box and the collective-agreement
pay line ("at_jobsite_pdf"), and a Flemish employer's own vacancy in Dutch as a Word file with
a facts table ("be_vacancy_docx").
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261217, "heldout28_base")
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


def entry_block(fields: list[str], rest: list[Any], date_cls: str = "d", org_sep: str = ", ") -> str:
    f0, f1, f2, f3 = fields
    org = org_sep.join(x for x in (f1, f2) if x)
    return (f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='{date_cls}'>{hx(f3)}</td></tr></table>"
            + (f"<p class='org'>{hx(org)}</p>" if org else "") + block_html(rest))


def sections_html(res: Any, head: Any) -> str:
    parts = []
    for s in res.sections:
        parts.append(head(s.title))
        for fields, rest in split_entries(s.items):
            parts.append(block_html(rest) if fields is None else entry_block(fields, rest))
    return "".join(parts)


# ---- PDF: a drawn QR code, section names on dark rounded pills ---------------------------------


def qr_modules(seed: str, n: int = 25) -> list[tuple[int, int]]:
    """A QR-like module pattern: three finder squares and deterministic data modules."""
    bits = "".join(f"{b:08b}" for i in range(8) for b in hashlib.sha256(f"{seed}{i}".encode()).digest())
    cells = []

    def finder(x0: int, y0: int) -> set[tuple[int, int]]:
        out = set()
        for x in range(7):
            for y in range(7):
                ring = max(abs(x - 3), abs(y - 3))
                if ring != 2:
                    out.add((x0 + x, y0 + y))
        return out

    fixed = finder(0, 0) | finder(n - 7, 0) | finder(0, n - 7)
    reserved = {(x, y) for x in range(n) for y in range(n)
                if (x < 8 and y < 8) or (x >= n - 8 and y < 8) or (x < 8 and y >= n - 8)}
    k = 0
    for y in range(n):
        for x in range(n):
            if (x, y) in reserved:
                if (x, y) in fixed:
                    cells.append((x, y))
                continue
            if x == 6 or y == 6:
                if (x + y) % 2 == 0:
                    cells.append((x, y))
                continue
            if bits[k % len(bits)] == "1":
                cells.append((x, y))
            k += 1
    return cells


def tpl_qr_pill_heads(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#263c5a")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.1pt; color: #242424; }}
    p.nm {{ font-size: 23pt; font-weight: bold; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 6pt 0; color: #4a4a4a; }}
    p.ct {{ font-size: 8.7pt; margin: 0 0 1.5pt 0; color: #444; }}
    p.h2 {{ font-size: 9.6pt; font-weight: bold; color: #ffffff; margin: 15pt 0 6pt 8pt; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 140pt; color: #707070; font-size: 8.7pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: {ink}; font-weight: bold; font-size: 8.9pt; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.25; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    titles = [s.title.upper() for s in res.sections]
    body = sections_html(res, lambda t: f"<p class='h2'>{hx(t.upper())}</p>")
    dark = rgb(ink)
    seen = [0]
    cells = qr_modules(m.get("qr_seed", res.name))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for box in find_titles(page, titles, seen):
            page.draw_rect(pymupdf.Rect(box.x0 - 8, box.y0 - 3, box.x1 + 10, box.y1 + 3), color=None, fill=dark,
                           width=0, radius=0.5, overlay=False)
        if pno == 0:
            size, x0, y0 = 2.6, 486, 34
            page.draw_rect(pymupdf.Rect(x0 - 4, y0 - 4, x0 + 25 * size + 4, y0 + 25 * size + 4), color=(0.8, 0.8, 0.8),
                           width=0.4)
            for x, y in cells:
                page.draw_rect(pymupdf.Rect(x0 + x * size, y0 + y * size, x0 + (x + 1) * size, y0 + (y + 1) * size),
                               color=None, fill=(0.1, 0.1, 0.1), width=0)
            label = m.get("qr_label", "")
            page.insert_text((x0 + 32.5 - pymupdf.get_text_length(label, "helv", 6.5) / 2, y0 + 25 * size + 13), label,
                             fontsize=6.5, fontname="helv", color=(0.45, 0.45, 0.45))
        if count > 1:
            label = f"{pno + 1} / {count}"
            page.insert_text((551 - pymupdf.get_text_length(label, "helv", 7.5), 822), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    flows = [Flow(head, css, lambda p: pymupdf.Rect(48, 36, 470, 130) if p == 0 else None),
             Flow(body, css, lambda p: pymupdf.Rect(48, 132 if p == 0 else 40, 551, 806))]
    data = compose_pdf(A4, flows, m, decorate)
    if seen[0] != len(titles):
        raise RuntimeError(f"{m['output']}: {len(titles) - seen[0]} section names not found for their pills")
    return data


# ---- PDF: a grey page with every section on a white card ---------------------------------------


def tpl_grey_page_cards(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#1d5b63")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #262626; }}
    p.nm {{ font-size: 22pt; margin: 0; color: #1b1b1b; }}
    p.tag {{ font-size: 10.5pt; color: {ink}; margin: 2pt 0 4pt 0; font-weight: bold; }}
    p.ct {{ font-size: 8.6pt; color: #4d4d4d; margin: 0; }}
    p.h2 {{ font-size: 10.2pt; font-weight: bold; color: {ink}; margin: 22pt 0 4pt 0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 140pt; color: #6b6b6b; font-size: 8.6pt; }}
    p.org {{ margin: 1pt 0 2pt 0; font-style: italic; color: #454545; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.25; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('  ·  '.join(res.contacts))}</p>")
    titles = [s.title for s in res.sections]
    body = head + sections_html(res, lambda t: f"<p class='h2'>{hx(t)}</p>")
    seen = [0]
    col = pymupdf.Rect(58, 40, 537, 800)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        lines = sorted((b for _, b in text_lines(page) if col.contains(b)), key=lambda b: b.y0)
        marks = [b.y0 for b in find_titles(page, titles, seen, col)]
        bounds = []
        start = lines[0].y0 if lines else 40
        first_card = pno > 0  # a section running on from the previous page
        for y in marks:
            if first_card:
                bounds.append((start, y))
            start, first_card = y, True
        if first_card:
            bounds.append((start, None))
        for y0, y_next in bounds:
            inside = [b for b in lines if b.y0 >= y0 - 0.5 and (y_next is None or b.y0 < y_next - 0.5)]
            if not inside:
                continue
            bottom = max(b.y1 for b in inside)
            page.draw_rect(pymupdf.Rect(44, y0 - 9, 551, bottom + 8), color=(0.86, 0.86, 0.86), fill=(1, 1, 1),
                           width=0.5, radius=0.03, overlay=False)
        page.draw_rect(page.rect, color=None, fill=(0.93, 0.935, 0.94), width=0, overlay=False)
        if count > 1:
            label = f"{pno + 1}/{count}"
            page.insert_text((551 - pymupdf.get_text_length(label, "helv", 7.5), 826), label, fontsize=7.5,
                             fontname="helv", color=(0.45, 0.45, 0.45))

    data = compose_pdf(A4, [Flow(body, css, lambda p: col)], m, decorate)
    if seen[0] != len(titles):
        raise RuntimeError(f"{m['output']}: {len(titles) - seen[0]} section names not found for their cards")
    return data


# ---- PDF: a GitHub profile README printed from the browser -------------------------------------


def tpl_github_readme_print(res: Any) -> bytes:
    m = res.meta
    css = """
    body { font-family: sans-serif; font-size: 9.8pt; color: #1f2328; }
    p.nm { font-size: 21pt; font-weight: bold; margin: 0 0 4pt 0; padding-bottom: 4pt; border-bottom: 0.6px solid #d0d7de; }
    p.tag { font-size: 10.5pt; margin: 4pt 0 3pt 0; }
    p.ct { font-size: 9pt; margin: 0 0 1.5pt 0; color: #0969da; }
    p.h2 { font-size: 14pt; font-weight: bold; margin: 16pt 0 6pt 0; padding-bottom: 3pt; border-bottom: 0.6px solid #d0d7de; }
    table.en { width: 100%; margin: 7pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 150pt; color: #59636e; font-size: 9pt; }
    p.org { margin: 1pt 0 2pt 0; color: #59636e; }
    p.sub { margin: 6pt 0 1pt 0; font-size: 10.5pt; }
    ul { margin: 2pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 2.5pt 0; line-height: 1.32; }
    p.para { margin: 0 0 5pt 0; line-height: 1.4; } p.line { margin: 0 0 3pt 0; line-height: 1.45; }
    span.code { font-family: monospace; font-size: 8.6pt; background-color: #eff1f3; }
    """

    terms = sorted((t.strip() for t in m.get("code_terms", "").split(";;") if t.strip()), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w+])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w+])") if terms else None

    def codify(text: str) -> str:
        """The tool names of the metadata as grey inline-code spans; everything else as usual."""
        if pattern is None:
            return hx(text)
        out = []
        for n, piece in enumerate(pattern.split(text)):
            out.append(f"<span class='code'>{hx(piece)}</span>" if n % 2 else hx(piece))
        return "".join(out)

    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = " · ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='org'>{hx(org)}</p>" if org else ""))
            for g in group_bullets(rest):
                if isinstance(g, list):
                    parts.append("<ul>" + "".join(f"<li>{codify(b.text)}</li>" for b in g) + "</ul>")
                elif g.kind == "sub":
                    parts.append(f"<p class='sub'><b>{hx(g.text)}</b></p>")
                elif g.kind in ("para", "para_nc"):
                    parts.append(f"<p class='para'>{codify(g.text)}</p>")
                elif g.kind == "line":
                    parts.append(f"<p class='line'>{codify(g.text)}</p>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.2, 0.2, 0.2)
        page.insert_text((22, 20), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((306 - pymupdf.get_text_length(m["print_title"], "helv", 7.5) / 2, 20), m["print_title"],
                         fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 780), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        label = f"{pno + 1}/{count}"
        page.insert_text((590 - pymupdf.get_text_length(label, "helv", 7.5), 780), label, fontsize=7.5,
                         fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(60, 42, 552, 756))]
    return compose_pdf(LETTER, flows, m, decorate)


# ---- PDF: a coloured header cut on a diagonal ---------------------------------------------------


def tpl_diagonal_header(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#0f6e6e")
    css_head = """
    body { font-family: sans-serif; color: #ffffff; }
    p.nm { font-size: 25pt; font-weight: bold; margin: 0; }
    p.tag { font-size: 11.5pt; margin: 3pt 0 6pt 0; }
    p.ct { font-size: 8.8pt; margin: 0 0 1.5pt 0; }
    """
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.4pt; color: #232323; }}
    p.h2 {{ font-size: 11.5pt; font-weight: bold; color: #1c1c1c; margin: 13pt 0 0 0; }}
    table.bar {{ margin: 2pt 0 5pt 0; }} td.bar {{ width: 34pt; border-bottom: 3px solid {ink}; font-size: 2pt; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 130pt; color: {ink}; font-size: 8.8pt; font-weight: bold; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #4a4a4a; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.28; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.34; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.27; }}
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('   |   '.join(res.contacts[:3]))}</p>"
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts[3:]))
    body = sections_html(res, lambda t: f"<p class='h2'>{hx(t)}</p><table class='bar'><tr><td class='bar' "
                                         "style='width:34pt'>&#160;</td></tr></table>")
    fill = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            pts = [pymupdf.Point(0, 0), pymupdf.Point(595, 0), pymupdf.Point(595, 112), pymupdf.Point(0, 152)]
            page.draw_polyline(pts, color=None, fill=fill, width=0, closePath=True, overlay=False)
            page.draw_polyline([pymupdf.Point(0, 158), pymupdf.Point(595, 118)], color=fill, width=1.2)
        if count > 1:
            label = f"{pno + 1}/{count}"
            page.insert_text((551 - pymupdf.get_text_length(label, "helv", 7.5), 824), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    flows = [Flow(head, css_head, lambda p: pymupdf.Rect(44, 24, 551, 112) if p == 0 else None),
             Flow(body, css, lambda p: pymupdf.Rect(44, 160 if p == 0 else 40, 551, 806))]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: key-figure tiles under the header -----------------------------------------------------


def tpl_stat_tiles(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#7a3b0c")
    tint = m.get("tint", "#fbefe3")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #252525; }}
    p.nm {{ font-size: 22pt; font-weight: bold; margin: 0; color: #202020; }}
    p.tag {{ font-size: 11pt; margin: 2pt 0 4pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.7pt; margin: 0; color: #4a4a4a; }}
    table.tiles {{ width: 100%; margin: 10pt 0 2pt 0; }}
    td.tile {{ background-color: {tint}; padding: 6pt 8pt; vertical-align: top; border-left: 3px solid {ink}; }}
    td.gap {{ width: 8pt; }}
    p.big {{ font-size: 17pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.cap {{ font-size: 8.3pt; color: #444; margin: 1pt 0 0 0; line-height: 1.2; }}
    table.h2 {{ margin: 14pt 0 4pt 0; }}
    td.sq {{ width: 7pt; background-color: {ink}; font-size: 5pt; }}
    td.ti {{ font-size: 10.8pt; font-weight: bold; color: #1f1f1f; padding-left: 6pt; letter-spacing: 0.8px; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 135pt; color: #616161; font-size: 8.7pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: {ink}; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2.5pt 0; line-height: 1.25; }}
    """
    tiles = meta_pairs(m, "tiles")
    cells = []
    for n, (big, cap) in enumerate(tiles):
        if n:
            cells.append("<td class='gap' style='width:8pt'>&#160;</td>")
        cells.append(f"<td class='tile'><p class='big'>{hx(big)}</p><p class='cap'>{hx(cap)}</p></td>")
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('  •  '.join(res.contacts))}</p>"
            + (f"<table class='tiles'><tr>{''.join(cells)}</tr></table>" if cells else ""))
    body = head + sections_html(res, lambda t: "<table class='h2'><tr><td class='sq' style='width:7pt'>&#160;</td>"
                                                 f"<td class='ti'>{hx(t.upper())}</td></tr></table>")

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if count > 1:
            label = f"Page {pno + 1} of {count}"
            page.insert_text((297 - pymupdf.get_text_length(label, "helv", 7.5) / 2, 824), label, fontsize=7.5,
                             fontname="helv", color=(0.5, 0.5, 0.5))

    return compose_pdf(A4, [Flow(body, css, lambda p: pymupdf.Rect(46, 38, 549, 806))], m, decorate)


# ---- DOCX: section and job headings numbered by a Word multilevel list --------------------------

NUM_ID = 47


def add_outline_numbering(d: Any) -> None:
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>")
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def number(p: Any, level: int) -> None:
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = NUM_ID


def dx_outline_numbered(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "2F4B6E")
    d = new_docx(m, "Segoe UI", 10, 0.85, a4=True)
    add_outline_numbering(d)
    width = 8.27 - 1.7
    para(d, res.name, bold=True, size=19, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="595959", after=3)
    c = para(d, " | ".join(res.contacts), size=9, after=4)
    bottom_border(c, ink, 8)
    for s in res.sections:
        h = para(d, s.title, bold=True, size=12, color=ink, before=12, after=3)
        number(h, 0)
        h.paragraph_format.keep_with_next = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                number(p, 1)
                right_tab(p, width)
                add_runs(p, f0, bold=True, size=10.5)
                if f3:
                    add_runs(p, "\t" + f3, size=9.5, color="595959")
                p.paragraph_format.keep_with_next = True
                if f1 or f2:
                    q = para(d, ", ".join(x for x in (f1, f2) if x), italic=True, color="404040", after=2)
                    q.paragraph_format.left_indent = Inches(0.39)
            elif it.kind in ("bullet", "note"):
                p = para(d, it.text, style="List Bullet", after=1)
                p.paragraph_format.left_indent = Inches(0.64)
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=3, after=1).paragraph_format.left_indent = Inches(0.39)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3).paragraph_format.left_indent = Inches(0.3)
            elif it.kind == "line":
                para(d, it.text, after=1).paragraph_format.left_indent = Inches(0.3)
            elif it.kind == "row":
                p = para(d, after=1)
                p.paragraph_format.left_indent = Inches(0.3)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.1))
                add_runs(p, it.fields[0], bold=True)
                add_runs(p, "\t" + " ".join(it.fields[1:]))
    return docx_bytes(d, m)


# ---- DOCX: dates in framed paragraphs floated into a wide left margin ---------------------------


def frame(p: Any, x_twips: int, width_twips: int) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:framePr {nsdecls("w")} w:w="{width_twips}" w:hSpace="180" w:wrap="around" '
                            f'w:vAnchor="text" w:hAnchor="page" w:x="{x_twips}" w:y="1"/>'))


def dx_margin_frames(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "8B1E2D")
    d = new_docx(m, "Georgia", 10, 0.7, a4=True)
    sec = d.sections[0]
    sec.left_margin = Inches(2.0)
    sec.right_margin = Inches(0.75)
    p = para(d, res.name, size=22, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, italic=True, size=11, after=4)
    for c in res.contacts:
        para(d, c, size=9, after=0)
    para(d, "", after=2)
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=10.5, color=ink, before=12, after=4)
        bottom_border(h, ink, 4)
        h.paragraph_format.keep_with_next = True
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                if f3:
                    dp = para(d, f3, size=8.5, color="595959", before=6, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
                    frame(dp, 340, 1780)
                p = para(d, f0, bold=True, before=6, after=0)
                p.paragraph_format.keep_with_next = True
                if f1 or f2:
                    para(d, " · ".join(x for x in (f1, f2) if x), italic=True, color="404040", after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "sub":
                para(d, it.text, bold=True, italic=True, before=3, after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind == "line":
                para(d, it.text, after=1)
            elif it.kind == "row":
                p = para(d, after=1)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(1.6))
                add_runs(p, it.fields[0], bold=True)
                add_runs(p, "\t" + " ".join(it.fields[1:]))
    return docx_bytes(d, m)


# ---- DOCX: small-capital section names, a language table, referees with phone numbers -----------


def top_border(p: Any, color: str, size: int = 8) -> None:
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{size}" w:space="2" w:color="{color}"/></w:pBdr>'))


def dx_lang_grid(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1E5631")
    d = new_docx(m, "Calibri", 10.5, 0.8, a4=True)
    width = 8.27 - 1.6
    para(d, res.name.upper(), bold=True, size=17, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(d, "  ·  ".join(res.contacts), size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for s in res.sections:
        h = para(d, before=12, after=4)
        r = h.add_run(s.title)
        r.bold = True
        r.font.size = Pt(12)
        r.font.small_caps = True
        r.font.color.rgb = RGBColor.from_string(ink)
        top_border(h, ink)
        h.paragraph_format.keep_with_next = True
        rows = [it.fields for it in s.items if it.kind == "row"]
        if rows:
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for n, row in enumerate(rows):
                cells = t.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    add_runs(first_cell_paragraph(cell), value, bold=n == 0, size=10)
                    if n == 0:
                        shade_cell(cell, "E2EFDA")
            para(d, "", after=0)
        for it in s.items:
            if it.kind in ("blank", "row"):
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                p = para(d, before=6, after=0)
                right_tab(p, width)
                add_runs(p, f0, bold=True)
                if f3:
                    add_runs(p, "\t" + f3, bold=True)
                if f1 or f2:
                    para(d, ", ".join(x for x in (f1, f2) if x), italic=True, after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind == "sub":
                para(d, it.text, bold=True, before=5, after=0)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif it.kind == "line":
                p = para(d, after=0)
                label, sep, value = it.text.partition(":")
                if sep and len(label) < 24:
                    p.paragraph_format.tab_stops.add_tab_stop(Inches(1.8))
                    add_runs(p, label + ":", bold=True)
                    add_runs(p, "\t" + value.strip())
                else:
                    add_runs(p, it.text)
    return docx_bytes(d, m)


# ---- TXT: Notepad on a Bulgarian Windows (Windows-1251, CRLF) ------------------------------------


def txt_cp1251(res: Any) -> bytes:
    lines = [plain(res.name)]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines += [plain(c) for c in res.contacts]
    for s in res.sections:
        lines += ["", "", s.title.upper(), "-" * len(s.title)]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                lines.append("")
                lines.append(f"{f3}   {f0}" if f3 else f0)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    lines.append((" " * (len(f3) + 3) if f3 else "") + rest)
            elif it.kind == "bullet":
                lines.append("  • " + plain(it.text))
            elif it.kind == "note":
                lines.append("  - " + plain(it.text))
            elif it.kind == "row":
                lines.append("  " + ": ".join(it.fields[:1]) + " " + ", ".join(it.fields[1:]))
            else:
                lines.append(plain(it.text))
    text = "\r\n".join(lines).rstrip() + "\r\n"
    return text.encode("cp1251")


# ---- TXT: LinkedIn-post style, mathematical bold letters for the headings ----------------------


def math_bold(text: str) -> str:
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def txt_unicode_bold(res: Any) -> bytes:
    m = res.meta
    icons = [x.strip() for x in m.get("contact_icons", "").split(";;")]
    lines = [math_bold(plain(res.name))]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines.append("")
    for n, c in enumerate(res.contacts):
        icon = icons[n] if n < len(icons) and icons[n] else ""
        lines.append((icon + " " if icon else "") + plain(c))
    for s in res.sections:
        lines += ["", math_bold(s.title.upper()), ""]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                lines.append(math_bold(f0))
                rest = " · ".join(x for x in (f1, f2, f3) if x)
                if rest:
                    lines.append(rest)
            elif it.kind == "bullet":
                lines.append("▸ " + plain(it.text))
            elif it.kind == "note":
                lines.append("• " + plain(it.text))
            elif it.kind == "sub":
                lines.append(math_bold(plain(it.text)))
            else:
                lines.append(plain(it.text))
    text = "\n".join(lines).rstrip() + "\n"
    return text.encode("utf-8")


# ---- posting: an Austrian job site's offer page, printed ----------------------------------------


def at_jobsite_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#00607a"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.8pt; color: #232323; }}
    p.co {{ font-size: 10.5pt; color: #555; margin: 0 0 2pt 0; }}
    h1 {{ font-size: 17.5pt; margin: 0 0 7pt 0; color: #141414; }}
    table.facts {{ width: 100%; margin: 0 0 12pt 0; background-color: #eef5f7; }}
    td {{ vertical-align: top; }}
    td.k {{ width: 110pt; padding: 3pt 8pt; color: #4a5a60; font-size: 9pt; }}
    td.v {{ padding: 3pt 8pt; font-size: 9pt; font-weight: bold; }}
    p.h {{ font-size: 12pt; font-weight: bold; color: {ink}; margin: 13pt 0 4pt 0; }}
    p {{ margin: 0 0 6pt 0; line-height: 1.38; }}
    ul {{ margin: 0 0 6pt 0; padding-left: 15pt; }} li {{ margin: 0 0 3pt 0; line-height: 1.32; }}
    p.pay {{ background-color: #fff6db; padding: 5pt 7pt; margin: 10pt 0 6pt 0; line-height: 1.35; }}
    p.btn {{ background-color: {ink}; color: #ffffff; font-weight: bold; text-align: center; margin: 14pt 0 0 0;
             padding: 5pt; font-size: 10.5pt; }}
    p.foot {{ color: #888; font-size: 8pt; margin-top: 14pt; }}
    """
    parts = [f"<p class='co'>{hx(m['company'])}</p>", f"<h1>{hx(m['title'])}</h1>",
             "<table class='facts'>" + "".join(
                 f"<tr><td class='k' style='width:110pt'>{hx(k)}</td><td class='v'>{hx(v)}</td></tr>"
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
        if kind == "h":
            parts.append(f"<p class='h'>{hx(text)}</p>")
        elif text.startswith("€ "):
            parts.append(f"<p class='pay'>{hx(text[2:])}</p>")
        else:
            parts.append(f"<p>{hx(text)}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append(f"<p class='btn'>{hx(m.get('button', 'Jetzt bewerben'))}</p>")
    parts.append(f"<p class='foot'>{hx(m.get('footer_line', ''))}</p>")
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(36, 30, 559, 60), color=None, fill=band, width=0)
            page.insert_text((48, 51), m["site"], fontsize=15, fontname="hebo", color=(1, 1, 1))
            tag = m.get("site_tag", "")
            page.insert_text((547 - pymupdf.get_text_length(tag, "helv", 8), 49), tag, fontsize=8, fontname="helv",
                             color=(0.85, 0.95, 1))
        page.insert_text((22, 18), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((200, 18), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 828), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((556, 828), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(44, 72 if p == 0 else 34, 551, 808))]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


# ---- posting: a Flemish employer's own vacancy in Word ------------------------------------------


def be_vacancy_docx(job: Any) -> bytes:
    m = job.meta
    ink = "E4572E"
    d = new_docx(m, "Verdana", 9.5, 0.9, a4=True)
    para(d, m["company"], bold=True, size=14, color=ink, after=0)
    para(d, m.get("company_line", ""), size=8.5, color="666666", after=10)
    para(d, m["title"], bold=True, size=15, after=6)
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for k, v in meta_pairs(m, "details"):
        kc, vc = t.add_row().cells
        add_runs(first_cell_paragraph(kc), k, bold=True, size=9)
        shade_cell(kc, "FBE3DA")
        add_runs(first_cell_paragraph(vc), v, size=9)
    t.autofit = False
    for col, w in zip(t.columns, (Inches(1.6), Inches(4.85)), strict=True):
        col.width = w
    set_col_widths(t, (Inches(1.6), Inches(4.85)))
    para(d, "", after=2)
    for kind, text in job.blocks:
        if kind == "h":
            para(d, text, bold=True, size=11, color=ink, before=9, after=3).paragraph_format.keep_with_next = True
        elif kind == "li":
            para(d, text, style="List Bullet", after=1)
        elif kind == "li2":
            para(d, text, style="List Bullet 2", after=1)
        else:
            para(d, text, after=5)
    for line in [x.strip() for x in m.get("closing", "").split(";;") if x.strip()]:
        para(d, line, size=8, color="666666", before=6, after=0)
    return docx_bytes(d, m)


PDF_TEMPLATES["qr_pill_heads"] = tpl_qr_pill_heads
PDF_TEMPLATES["grey_page_cards"] = tpl_grey_page_cards
PDF_TEMPLATES["github_readme_print"] = tpl_github_readme_print
PDF_TEMPLATES["diagonal_header"] = tpl_diagonal_header
PDF_TEMPLATES["stat_tiles"] = tpl_stat_tiles
DOCX_TEMPLATES["docx_outline_numbered"] = dx_outline_numbered
DOCX_TEMPLATES["docx_margin_frames"] = dx_margin_frames
DOCX_TEMPLATES["docx_lang_grid"] = dx_lang_grid
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
    if t == "txt_cp1251":
        return txt_cp1251(res)
    if t == "txt_unicode_bold":
        return txt_unicode_bold(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        if "subset" in res.meta:
            data = subset_fonts(data)
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "at_jobsite_pdf":
        return at_jobsite_pdf(job)
    if job.meta["template"] == "be_vacancy_docx":
        return be_vacancy_docx(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
