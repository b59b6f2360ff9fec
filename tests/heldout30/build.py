"""Rebuild the thirtieth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout30/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout30/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-fifth set's helpers
(font subsetting, entry splitting, shaded Word cells, the check that a PDF holds all of its source
text); this set has its own sources and its own shuffle seed for the line list. Every function of
that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF printed from a Gulf job site's CV page, with the site's bar, a profile-strength meter,
tinted section bars and label/value tables ("gulf_site_profile"); an A4 PDF with a drawn career
chart (Gantt bars of every job and degree on a year axis, a dashed line at today) above the CV
("gantt_timeline"); an A4 PDF with a tinted right column holding a drawn radar chart of skills
("radar_skills"); a printed CV that was signed, scanned and put through OCR: each page a grey,
slightly skewed, speckled JPEG with the text as an invisible layer ("scanned_ocr"); a CV made as
16:9 slides and exported from PowerPoint, one section per slide and "(cont.)" slides
("slides_16x9"); a Word file converted from Markdown by pandoc (Title, Author, Heading, First
Paragraph, Body Text and Compact styles) ("docx_pandoc"); a CV reformatted by a recruitment agency
on its letterhead, with a candidate-summary table and a VML watermark in the header
("docx_agency"); a Word CV that ends in a block of white one-point keywords
("docx_hidden_keywords"); a Notepad "ANSI" text file from a Serbian (Latin) Windows in
Windows-1250 with CRLF line ends ("txt_cp1250"); and a text file saved on a Mac as "Western
(Mac OS Roman)" ("txt_mac_roman"). Two posting layouts are added: an ad printed from a Serbian
job site with a row of tinted fact boxes and an apply button ("rs_jobsite_pdf"), and a Gulf
employer's job description form in Word with an information grid, an accountabilities table with
the share of time and a sign-off table ("gulf_jd_docx").
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261219, "heldout30_base")
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
    """Cell widths and the table grid both, so that Word and LibreOffice lay the columns out alike."""
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        col.w = w


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



# ---- PDF: a CV page printed from a Gulf job site ----------------------------------------------------


def rows_table(items: list[Any], label_w: int = 150) -> str:
    """Consecutive `| label | value` rows as one two-column table."""
    cells = "".join(f"<tr><td class='lb' style='width:{label_w}pt'>{hx(r.fields[0])}</td>"
                    f"<td class='vl'>{hx(' · '.join(r.fields[1:]))}</td></tr>" for r in items)
    return f"<table class='kv'>{cells}</table>"


def body_with_rows(items: list[Any], label_w: int = 150) -> str:
    """block_html, with runs of rows drawn as a label/value table."""
    out: list[str] = []
    run: list[Any] = []
    rest: list[Any] = []
    for it in items:
        if it.kind == "row":
            if rest:
                out.append(block_html(rest))
                rest = []
            run.append(it)
        else:
            if run:
                out.append(rows_table(run, label_w))
                run = []
            rest.append(it)
    if run:
        out.append(rows_table(run, label_w))
    if rest:
        out.append(block_html(rest))
    return "".join(out)


def tpl_gulf_site_profile(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#0d5c63")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9pt; color: #262626; }}
    p.nm {{ font-size: 19pt; font-weight: bold; margin: 0; color: #111; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 2pt 0; color: #333; }}
    p.ct {{ font-size: 8.5pt; margin: 0 0 1pt 0; color: #555; }}
    p.upd {{ font-size: 7.8pt; margin: 5pt 0 4pt 0; color: #888; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; background-color: #e8f1f2; padding: 4pt 6pt;
            margin: 12pt 0 5pt 0; }}
    table.en {{ width: 100%; margin: 6pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 190pt; color: #666; font-size: 8.3pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: {ink}; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    table.kv {{ width: 100%; margin: 1pt 0 2pt 0; }}
    td.lb {{ color: #777; padding: 1.5pt 6pt 1.5pt 0; }} td.vl {{ padding: 1.5pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='tag'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    parts.append(f"<p class='upd'>{hx(m.get('updated', ''))}</p>")
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(body_with_rows(rest))
            else:
                f0, f1, f2, f3 = fields
                org = " · ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='org'>{hx(org)}</p>" if org else "") + body_with_rows(rest))
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(30, 30, 565, 70), color=None, fill=band, width=0)
            page.insert_text((42, 56), m["site"], fontsize=17, fontname="hebo", color=(1, 1, 1))
            nav = m.get("site_nav", "")
            page.insert_text((553 - pymupdf.get_text_length(nav, "helv", 8.2), 54), nav, fontsize=8.2,
                             fontname="helv", color=(0.9, 0.95, 0.95))
            crumbs = m.get("crumbs", "")
            page.insert_text((36, 86), crumbs, fontsize=7.6, fontname="helv", color=(0.45, 0.45, 0.45))
            bar = pymupdf.Rect(420, 100, 553, 106)
            done = int(m.get("completeness", "90")) / 100
            page.draw_rect(bar, color=None, fill=(0.88, 0.9, 0.9), width=0)
            page.draw_rect(pymupdf.Rect(bar.x0, bar.y0, bar.x0 + bar.width * done, bar.y1), color=None, fill=band,
                           width=0)
            label = f"Profile strength: {m.get('completeness', '90')}%"
            page.insert_text((553 - pymupdf.get_text_length(label, "helv", 7.5), 116), label, fontsize=7.5,
                             fontname="helv", color=(0.4, 0.4, 0.4))
        page.insert_text((22, 18), m["print_time"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((210, 18), m["print_title"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((22, 828), m["print_url"], fontsize=7.5, fontname="helv", color=grey)
        page.insert_text((556, 828), f"{pno + 1}/{count}", fontsize=7.5, fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(36, 96 if p == 0 else 36, 556, 806))]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: a career chart (Gantt bars on a year axis) over the CV ---------------------------------------


def gantt_rows(meta: dict[str, str]) -> list[tuple[str, float, float, str]]:
    """'label => 2020.10-2026.12 => work ;; ...' as (label, start, end, kind), years as decimals."""
    out = []
    for chunk in meta.get("gantt", "").split(";;"):
        bits = [b.strip() for b in chunk.split("=>")]
        if len(bits) != 3:
            continue
        a, b = bits[1].split("-")

        def year(x: str) -> float:
            y, mo = x.split(".")
            return int(y) + (int(mo) - 1) / 12

        out.append((bits[0], year(a), year(b) + 1 / 12, bits[2]))
    return out


def tpl_gantt_timeline(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#2f5d8a")
    rows = gantt_rows(m)
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.2pt; color: #222; }}
    p.nm {{ font-size: 22pt; margin: 0; color: #1c1c1c; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 3pt 0; color: {ink}; }}
    p.ct {{ font-size: 8.5pt; margin: 0; color: #555; }}
    p.h2 {{ font-size: 10pt; font-weight: bold; color: {ink}; margin: 11pt 0 4pt 0; padding-bottom: 2pt;
            border-bottom: 0.6px solid #b8c4d0; letter-spacing: 1px; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 150pt; color: #666; font-size: 8.5pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #444; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.27; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.33; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    title = m.get("gantt_title", "Timeline")
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + f"<p class='ct'>{hx('  ·  '.join(res.contacts))}</p>")
    space = f"<p style='margin:0; font-size:4pt; line-height:1'>{'&#160;<br/>' * ((len(rows) * 13 + 30) // 4)}</p>"
    body = (head + f"<p class='h2'>{hx(title.upper())}</p>" + space
            + sections_html(res, lambda t: f"<p class='h2'>{hx(t.upper())}</p>"))
    y0, y1 = int(m.get("gantt_from", "2012")), int(m.get("gantt_to", "2027"))
    colours = {"work": rgb(ink), "study": (0.62, 0.72, 0.55), "teach": (0.85, 0.6, 0.3), "other": (0.6, 0.6, 0.6)}

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            top = next(b.y1 for t, b in text_lines(page) if t == title.upper()) + 10
            x0, x1 = 200.0, 546.0
            def xs(v: float) -> float:
                return x0 + (v - y0) / (y1 - y0) * (x1 - x0)
            for y in range(y0, y1 + 1):
                x = xs(y)
                page.draw_line((x, top), (x, top + len(rows) * 13 + 4), color=(0.88, 0.88, 0.88), width=0.4)
                if y < y1 and (y - y0) % 2 == 0:
                    page.insert_text((x + 2, top + len(rows) * 13 + 13), str(y), fontsize=6.8, fontname="helv",
                                     color=(0.45, 0.45, 0.45))
            labels = pymupdf.TextWriter(page.rect, color=(0.2, 0.2, 0.2))
            for i, (label, a, b, kind) in enumerate(rows):
                yy = top + 3 + i * 13
                page.draw_rect(pymupdf.Rect(xs(a), yy, xs(min(b, y1)), yy + 8.5), color=None,
                               fill=colours.get(kind, colours["other"]), width=0)
                labels.append((49, yy + 7.2), label, font=pymupdf.Font("helv"), fontsize=7.2)
            labels.write_text(page)
            now = xs(float(m.get("gantt_now", "2026.95")))
            page.draw_line((now, top - 2), (now, top + len(rows) * 13 + 4), color=(0.8, 0.2, 0.2), width=0.7,
                           dashes="[2 1] 0")
        page_number(page, pno, count, 546, 822)

    return compose_pdf(A4, [Flow(body, css, lambda p: pymupdf.Rect(48, 42, 546, 806))], m, decorate)


# ---- PDF: a drawn radar (spider) chart of skills in a tinted right column -------------------------------


def tpl_radar_skills(res: Any) -> bytes:
    m = res.meta
    ink = m.get("accent", "#5b3b8c")
    css = f"""
    body {{ font-family: sans-serif; font-size: 9pt; color: #232323; }}
    p.nm {{ font-size: 21pt; font-weight: bold; margin: 0; color: {ink}; }}
    p.tag {{ font-size: 10.5pt; margin: 2pt 0 3pt 0; }}
    p.ct {{ font-size: 8.4pt; margin: 0 0 1pt 0; color: #444; }}
    p.h2 {{ font-size: 10.5pt; font-weight: bold; color: {ink}; margin: 12pt 0 4pt 0; }}
    table.en {{ width: 100%; margin: 5pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 128pt; color: #666; font-size: 8.3pt; }}
    p.org {{ margin: 1pt 0 2pt 0; color: #555; font-style: italic; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 2pt 0; line-height: 1.26; }}
    p.para {{ margin: 0 0 3pt 0; line-height: 1.3; }} p.line {{ margin: 0 0 2pt 0; line-height: 1.25; }}
    """
    side_css = css + " body { font-size: 8.3pt; } p.h2 { font-size: 9.5pt; margin-top: 10pt; }"
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    main_html = head + sections_html(res, lambda t: f"<p class='h2'>{hx(t)}</p>", which="main")
    title = m.get("radar_title", "Skill profile")
    axes = [(k, int(v)) for k, v in meta_pairs(m, "radar")]
    side = [f"<p class='h2'>{hx(title)}</p>", f"<p style='margin:0; font-size:4pt; line-height:1'>{'&#160;<br/>' * 36}</p>"]
    for s in res.side():
        side.append(f"<p class='h2'>{hx(s.title)}</p>")
        side.append(block_html(s.items))
    col = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        page.draw_rect(pymupdf.Rect(392, 0, page.rect.width, page.rect.height), color=None, fill=(0.96, 0.95, 0.98),
                       width=0, overlay=False)
        if pno == 0:
            top = next(b.y1 for t, b in text_lines(page) if t == title and b.x0 > 392)
            cx, cy, r = 474.0, top + 72, 46.0
            n = len(axes)

            def pt(i: int, frac: float) -> tuple[float, float]:
                a = 2 * math.pi * i / n
                return (cx + r * frac * math.sin(a), cy - r * frac * math.cos(a))

            for level in (0.25, 0.5, 0.75, 1.0):
                pts = [pt(i, level) for i in range(n)] + [pt(0, level)]
                page.draw_polyline(pts, color=(0.78, 0.76, 0.84), width=0.5)
            for i in range(n):
                page.draw_line((cx, cy), pt(i, 1.0), color=(0.78, 0.76, 0.84), width=0.5)
            data = [pt(i, v / 100) for i, (_, v) in enumerate(axes)]
            shape = page.new_shape()
            shape.draw_polyline(data + [data[0]])
            shape.finish(color=col, fill=col, fill_opacity=0.28, width=1.2, closePath=True)
            shape.commit()
            for i, (label, _) in enumerate(axes):
                x, y = pt(i, 1.22)
                w = pymupdf.get_text_length(label, "helv", 6.9)
                dx = -w / 2 if abs(x - cx) < 8 else (0 if x > cx else -w)
                page.insert_text((x + dx, y + 2.5), label, fontsize=6.9, fontname="helv", color=(0.25, 0.25, 0.3))
        page_number(page, pno, count, 380, 822)

    flows = [Flow(main_html, css, lambda p: pymupdf.Rect(40, 40, 378, 806)),
             Flow("".join(side), side_css, lambda p: pymupdf.Rect(404, 40, 560, 806) if p == 0 else None)]
    return compose_pdf(A4, flows, m, decorate)


# ---- PDF: a printed CV that was signed, scanned and run through OCR --------------------------------------


def tpl_scanned_ocr(res: Any) -> bytes:
    """The CV is laid out as a plain Word page, then every page is rendered to a grey, slightly
    skewed, speckled image (the scan) and the text is put back as an invisible layer at the
    places the skew moved it to (the scanner's OCR), as a searchable scanned PDF carries it."""
    import random

    m = res.meta
    css = """
    body { font-family: serif; font-size: 10.5pt; color: #000; }
    p.doc { font-size: 14pt; font-weight: bold; text-align: center; text-decoration: underline; margin: 0 0 8pt 0; }
    p.nm { font-size: 13pt; font-weight: bold; text-align: center; margin: 0; }
    p.ct { text-align: center; margin: 0; font-size: 10pt; }
    p.h2 { font-size: 11pt; font-weight: bold; text-decoration: underline; margin: 12pt 0 4pt 0; }
    table.en { width: 100%; margin: 5pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 170pt; }
    p.org { margin: 0 0 2pt 0; font-style: italic; }
    p.sub { margin: 4pt 0 1pt 0; }
    table.kv { width: 100%; margin: 0 0 2pt 0; }
    td.lb { padding: 1pt 6pt 1pt 0; font-weight: bold; } td.vl { padding: 1pt 0; }
    ul { margin: 1pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 2pt 0; line-height: 1.25; }
    p.para { margin: 0 0 3pt 0; line-height: 1.3; text-align: justify; } p.line { margin: 0 0 2pt 0; line-height: 1.25; }
    """
    parts = [f"<p class='doc'>{hx(m.get('doc_word', 'CURRICULUM VITAE'))}</p>", f"<p class='nm'>{hx(res.name)}</p>"]
    if res.tagline:
        parts.append(f"<p class='ct'>{hx(res.tagline)}</p>")
    parts += [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        for fields, rest in split_entries(s.items):
            if fields is None:
                parts.append(body_with_rows(rest, 140))
            else:
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='org'>{hx(org)}</p>" if org else "") + body_with_rows(rest, 140))
    def sign(page: pymupdf.Page, pno: int, count: int) -> None:
        """The hand signature on the declaration line, drawn in ink before the scan."""
        for text, box in text_lines(page):
            if text.startswith("Signature:"):
                x, y = box.x0 + 58, box.y1 - 3
                pts = [(x + k * 1.6, y - 8 * math.sin(k / 2.1) * (1 - k / 70) - (k % 7) * 0.5) for k in range(58)]
                page.draw_polyline(pts, color=(0.1, 0.15, 0.45), width=1.1)
                page.draw_bezier((x + 14, y - 2), (x + 44, y - 15), (x + 70, y + 6), (x + 96, y - 5),
                                 color=(0.1, 0.15, 0.45), width=0.9)

    clean = pymupdf.open("pdf", compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(72, 60, 523, 790))],
                                            m, sign))
    rng = random.Random(m.get("scan_seed", "scan"))
    dpi = int(m.get("scan_dpi", "100"))
    lut = bytes(min(255, int(34 + v * 0.83)) for v in range(256))
    out = pymupdf.open()
    fonts = {False: pymupdf.Font("tiro"), True: pymupdf.Font("tibo")}
    for page in clean:
        angle = float(m.get("scan_angle", "0.4")) * (1 if page.number % 2 == 0 else -0.6)
        mat = pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(angle)
        pix = page.get_pixmap(matrix=mat, colorspace=pymupdf.csGRAY, alpha=False)
        w, h = pix.width, pix.height
        buf = bytearray(bytes(pix.samples).translate(lut))
        for _ in range(w * h // 2600):  # toner specks
            x, y = rng.randrange(w), rng.randrange(h)
            buf[y * w + x] = rng.randrange(60, 170)
        for y in range(h):  # the shadow of the scanner lid along the left edge
            for x in range(min(7, w)):
                buf[y * w + x] = min(buf[y * w + x], 120 + x * 16)
        img = pymupdf.Pixmap(pymupdf.csGRAY, w, h, bytes(buf), False)
        target = out.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=img.tobytes("jpeg", jpg_quality=62), keep_proportion=False)
        ox, oy = pix.x, pix.y
        sx, sy = page.rect.width / w, page.rect.height / h
        ocr = pymupdf.TextWriter(target.rect)
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    if not span["text"].strip():
                        continue
                    q = pymupdf.Point(span["origin"]) * mat
                    ocr.append(((q.x - ox) * sx, (q.y - oy) * sy), span["text"], fontsize=span["size"],
                               font=fonts[bool(span["flags"] & 16)])
        ocr.write_text(target, render_mode=3)
    when = m.get("date", "D:20261201120000Z")
    out.set_metadata({"title": m.get("title", ""), "author": m.get("author", ""), "subject": "", "keywords": "",
                      "creator": m.get("creator", ""), "producer": m.get("producer", ""), "creationDate": when,
                      "modDate": when, "trapped": ""})
    return out.tobytes(garbage=3, deflate=True, no_new_id=True)


# ---- PDF: a CV made as a 16:9 slide deck (PowerPoint export) ----------------------------------------------


def tpl_slides_16x9(res: Any) -> bytes:
    import io

    m = res.meta
    ink = m.get("accent", "#1f4e79")
    slide = pymupdf.Rect(0, 0, 960, 540)
    css = f"""
    body {{ font-family: sans-serif; font-size: 15.5pt; color: #262626; }}
    p.st {{ font-size: 26pt; font-weight: bold; color: {ink}; margin: 0 0 14pt 0; }}
    p.nm {{ font-size: 40pt; font-weight: bold; color: {ink}; margin: 0; }}
    p.tag {{ font-size: 18pt; margin: 6pt 0 22pt 0; color: #444; }}
    p.ct {{ font-size: 15pt; margin: 0 0 4pt 0; color: #555; }}
    table.en {{ width: 100%; margin: 8pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 230pt; color: #777; font-size: 13pt; }}
    p.org {{ margin: 1pt 0 3pt 0; color: #555; }}
    p.sub {{ margin: 6pt 0 2pt 0; }}
    ul {{ margin: 2pt 0 0 0; padding-left: 18pt; }} li {{ margin: 0 0 4pt 0; line-height: 1.25; }}
    p.para {{ margin: 0 0 8pt 0; line-height: 1.4; font-size: 18pt; }} p.line {{ margin: 0 0 6pt 0; line-height: 1.3; }}
    """
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    titles: list[str] = []
    cover = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
             + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    story = pymupdf.Story(cover, user_css=css)
    dev = writer.begin_page(slide)
    more, _ = story.place(pymupdf.Rect(80, 150, 880, 470))
    story.draw(dev)
    writer.end_page()
    if more:
        raise RuntimeError("cover slide overflows")
    titles.append("")
    for s in res.sections:
        html = f"<p class='st'>{hx(s.title)}</p>" + sections_html(
            type("R", (), {"sections": [s]})(), lambda t: "")
        story = pymupdf.Story(html, user_css=css)
        first = True
        while True:
            dev = writer.begin_page(slide)
            more, _ = story.place(pymupdf.Rect(60, 36 if first else 92, 900, 488))
            story.draw(dev)
            writer.end_page()
            titles.append("" if first else s.title)
            first = False
            if not more:
                break
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    col = rgb(ink)
    footer = m.get("slide_footer", "")
    for page in doc:
        n = page.number
        if n == 0:
            page.draw_rect(pymupdf.Rect(0, 0, 26, 540), color=None, fill=col, width=0)
            page.draw_rect(pymupdf.Rect(80, 128, 200, 133), color=None, fill=col, width=0)
            continue
        page.draw_rect(pymupdf.Rect(0, 0, 960, 8), color=None, fill=col, width=0)
        if titles[n]:
            page.insert_text((60, 64), f"{titles[n]} (cont.)", fontsize=24, fontname="hebo", color=col)
        page.draw_line((60, 506), (900, 506), color=(0.8, 0.8, 0.8), width=0.6)
        page.insert_text((60, 522), footer, fontsize=9, fontname="helv", color=(0.5, 0.5, 0.5))
        label = str(n + 1)
        page.insert_text((900 - pymupdf.get_text_length(label, "helv", 10), 522), label, fontsize=10,
                         fontname="helv", color=(0.5, 0.5, 0.5))
    when = m.get("date", "D:20261201120000Z")
    doc.set_metadata({"title": m.get("title", ""), "author": m.get("author", ""), "subject": "", "keywords": "",
                      "creator": m.get("creator", ""), "producer": m.get("producer", ""), "creationDate": when,
                      "modDate": when, "trapped": ""})
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


# ---- DOCX: a Word file converted from Markdown by pandoc ---------------------------------------------------


def pandoc_table(d: Any, rows: list[list[str]]) -> None:
    """Pipe-table rows as pandoc writes them: a plain table whose first row is the header."""
    if not rows:
        return
    t = d.add_table(rows=0, cols=len(rows[0]))
    for n, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=False):
            add_runs(first_cell_paragraph(c), v, bold=(n == 0), size=10.5)
    rows.clear()


def dx_pandoc(res: Any) -> bytes:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    m = res.meta
    d = new_docx(m, "Cambria", 12, 1.0)
    st = d.styles
    blue = RGBColor.from_string("345A8A")
    body = st["Body Text"]
    body.paragraph_format.space_before = Pt(9)
    body.paragraph_format.space_after = Pt(9)
    first = st.add_style("First Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    first.base_style = body
    compact = st.add_style("Compact", WD_STYLE_TYPE.PARAGRAPH)
    compact.base_style = st["List Bullet"]
    compact.paragraph_format.space_before = Pt(0)
    compact.paragraph_format.space_after = Pt(0)
    author = st.add_style("Author", WD_STYLE_TYPE.PARAGRAPH)
    author.base_style = st["Normal"]
    author.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    author.paragraph_format.space_after = Pt(0)
    for name, size in (("Title", 24), ("Subtitle", 15), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 12)):
        s = st[name]
        s.font.name = "Calibri"
        s.font.size = Pt(size)
        s.font.color.rgb = blue
        s.font.bold = name.startswith("Heading")
        s.font.italic = False
        s.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 6 if name.startswith("Heading") else 0)
        s.paragraph_format.space_after = Pt(3)
        if name in ("Title", "Subtitle"):
            s.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pbdr = s.element.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
            if pbdr is not None:
                pbdr.getparent().remove(pbdr)
    d.add_paragraph(plain(res.name), style="Title")
    if res.tagline:
        d.add_paragraph(plain(res.tagline), style="Subtitle")
    for c in res.contacts:
        p = d.add_paragraph(style="Author")
        add_runs(p, c)
    for s in res.sections:
        d.add_paragraph(plain(s.title), style="Heading 1")
        fresh = True
        table_rows: list[list[str]] = []
        for it in s.items:
            if it.kind != "row":
                pandoc_table(d, table_rows)
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                org = ", ".join(x for x in (f1, f2) if x)
                d.add_paragraph(plain(f0 + (", " + org if org else "")), style="Heading 3")
                if f3:
                    p = d.add_paragraph(style="First Paragraph")
                    add_runs(p, f3, italic=True)
                    p.paragraph_format.space_before = Pt(0)
                    p.paragraph_format.space_after = Pt(3)
                fresh = False
            elif it.kind in ("bullet", "note"):
                add_runs(d.add_paragraph(style="Compact"), it.text)
            elif it.kind == "sub":
                add_runs(d.add_paragraph(style="Heading 3"), it.text)
            elif it.kind in ("para", "para_nc", "line"):
                add_runs(d.add_paragraph(style="First Paragraph" if fresh else "Body Text"), it.text)
                fresh = False
            elif it.kind == "row":
                table_rows.append(it.fields)
        pandoc_table(d, table_rows)
    return docx_bytes(d, m)


# ---- DOCX: a CV reformatted by a recruitment agency, on its letterhead, with a watermark ---------------------

VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')


def watermark_run(text: str) -> Any:
    from xml.sax.saxutils import quoteattr
    return parse_xml(
        f'<w:r {VML}><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:94pt;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string={quoteattr(text)}/>'
        '</v:shape></w:pict></w:r>')


def dx_agency(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1B2F4E")
    d = new_docx(m, "Arial", 9.5, 0.8, a4=True)
    width = 8.27 - 1.6
    sec = d.sections[0]
    sec.header_distance = Inches(0.3)
    hp = sec.header.paragraphs[0]
    add_runs(hp, m["agency"], bold=True, size=13, color=ink)
    hp1 = sec.header.add_paragraph()
    add_runs(hp1, m.get("agency_tag", ""), size=8, color="7F7F7F")
    hp2 = sec.header.add_paragraph()
    add_runs(hp2, m.get("agency_line", ""), size=7.5, color="7F7F7F")
    bottom_border(hp2, ink, 8)
    hp2._p.append(watermark_run(m.get("watermark", "CONFIDENTIAL")))
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("agency_footer", ""), size=7, color="7F7F7F")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, m.get("doc_word", "CANDIDATE PROFILE"), bold=True, size=15, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER,
         before=6, after=2)
    para(d, res.name, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if res.tagline:
        para(d, res.tagline, size=10, color="404040", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    for c in res.contacts:
        para(d, c, size=8.5, color="7F7F7F", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)

    def head(title: str) -> Any:
        para(d, "", size=4, after=0).paragraph_format.keep_with_next = True
        t = d.add_table(rows=1, cols=1)
        cell = t.rows[0].cells[0]
        p = first_cell_paragraph(cell)
        add_runs(p, title.upper(), bold=True, size=10, color="FFFFFF")
        p.paragraph_format.keep_with_next = True
        shade_cell(cell, ink)
        para(d, "", after=0).paragraph_format.keep_with_next = True
        return t

    for s in res.sections:
        head(s.title)
        rows = [it for it in s.items if it.kind == "row"]
        if rows:
            t = d.add_table(rows=0, cols=2)
            t.style = d.styles["Table Grid"]
            for r in rows:
                kc, vc = t.add_row().cells
                add_runs(first_cell_paragraph(kc), r.fields[0], bold=True, size=9)
                shade_cell(kc, "E7ECF3")
                add_runs(first_cell_paragraph(vc), " · ".join(r.fields[1:]), size=9)
            set_col_widths(t, (Inches(2.0), Inches(4.6)))
            para(d, "", after=0)
        rest = type("R", (), {"sections": [type("S", (), {"title": "", "items": [i for i in s.items if i.kind != "row"]})]})()
        docx_body(d, rest, lambda t: None, width)
    return docx_bytes(d, m)


# ---- DOCX: a CV with a block of white one-point keywords at the end ------------------------------------------


def dx_hidden_keywords(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "203864")
    d = new_docx(m, "Calibri", 10.5, 0.75, a4=True)
    width = 8.27 - 1.5
    para(d, m.get("doc_word", "CURRICULUM VITAE"), bold=True, size=9, color="7F7F7F", after=0)
    para(d, res.name.upper(), bold=True, size=18, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="404040", after=2)
    for c in res.contacts:
        para(d, c, size=9, after=0)

    def head(title: str) -> Any:
        p = para(d, before=11, after=3)
        add_runs(p, title.upper(), bold=True, size=10.5, color=ink)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="1" w:color="{ink}"/>'
            f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="{ink}"/></w:pBdr>'))
        p.paragraph_format.keep_with_next = True
        return p

    docx_body(d, res, head, width)
    p = para(d, after=0)
    add_runs(p, m["hidden_keywords"], size=1, color="FFFFFF")
    return docx_bytes(d, m)


# ---- TXT: Notepad "ANSI" on a Serbian (Latin) Windows: Windows-1250, CRLF -------------------------------------


def txt_cp1250(res: Any) -> bytes:
    lines = [plain(res.name).upper()]
    if res.tagline:
        lines.append(plain(res.tagline))
    lines.append(" | ".join(plain(c) for c in res.contacts))
    for s in res.sections:
        lines += ["", f"== {s.title.upper()} ==", ""]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                lines.append(f0 + (" -- " + ", ".join(x for x in (f1, f2) if x) if (f1 or f2) else ""))
                if f3:
                    lines.append("   " + f3)
            elif it.kind == "bullet":
                lines.append("   + " + plain(it.text))
            elif it.kind == "note":
                lines.append("   · " + plain(it.text))
            elif it.kind == "row":
                lines.append("   " + it.fields[0] + ": " + ", ".join(it.fields[1:]))
            else:
                lines.append(plain(it.text))
    text = "\r\n".join(lines).rstrip() + "\r\n"
    return text.encode("cp1250")


# ---- TXT: a Mac text file saved as "Western (Mac OS Roman)" --------------------------------------------------


def txt_mac_roman(res: Any) -> bytes:
    w = 64
    lines = [plain(res.name).upper().center(w).rstrip()]
    if res.tagline:
        lines.append(plain(res.tagline).center(w).rstrip())
    lines += [plain(c).center(w).rstrip() for c in res.contacts]
    for s in res.sections:
        lines += ["", s.title.upper(), "_" * w, ""]
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = (plain(x) for x in it.fields)
                if lines[-1]:
                    lines.append("")
                if f3:
                    lines.append(f3)
                lines.append(f0)
                rest = ", ".join(x for x in (f1, f2) if x)
                if rest:
                    lines.append(rest)
            elif it.kind == "bullet":
                lines.append("\u2022 " + plain(it.text))
            elif it.kind == "note":
                lines.append("  - " + plain(it.text))
            elif it.kind == "row":
                lines.append(it.fields[0] + ": " + ", ".join(it.fields[1:]))
            else:
                lines.append(plain(it.text))
    text = "\n".join(lines).rstrip() + "\n"
    data = text.encode("mac_roman")
    bad = {0x81, 0x8D, 0x8F, 0x90, 0x9D}  # letters a Windows-1252 reader cannot decode at all
    if any(b in bad for b in data):
        raise RuntimeError(f"{res.meta['output']}: a character the checks cannot read back")
    return data


# ---- posting: a Serbian job site's ad, printed -----------------------------------------------------------------


def put_text(page: pymupdf.Page, pos: tuple[float, float], text: str, size: float,
             color: tuple[float, float, float], bold: bool = False) -> None:
    """A line of text in Helvetica with every Latin letter the page needs (insert_text's
    built-in encoding drops letters such as ž and č)."""
    tw = pymupdf.TextWriter(page.rect, color=color)
    tw.append(pos, text, font=pymupdf.Font("hebo" if bold else "helv"), fontsize=size)
    tw.write_text(page)


def rs_jobsite_pdf(job: Any) -> bytes:
    m = job.meta
    ink = "#0b5cad"
    css = """
    body { font-family: sans-serif; font-size: 9.8pt; color: #222; }
    h1 { font-size: 18pt; margin: 0 0 2pt 64pt; color: #111; }
    p.co { font-size: 10.5pt; color: #0b5cad; margin: 0 0 12pt 64pt; font-weight: bold; }
    table.facts { width: 100%; margin: 0 0 8pt 0; }
    td.f { background-color: #eef4fb; padding: 5pt 6pt; vertical-align: top; width: 25%; }
    p.k { color: #6b7785; font-size: 7.8pt; margin: 0; } p.v { font-weight: bold; margin: 1pt 0 0 0; font-size: 9pt; }
    p.h { font-size: 11.5pt; font-weight: bold; margin: 11pt 0 4pt 0; color: #0b5cad; }
    p { margin: 0 0 6pt 0; line-height: 1.36; }
    ul { margin: 0 0 6pt 0; padding-left: 14pt; } li { margin: 0 0 2.5pt 0; line-height: 1.3; }
    p.apply { color: #ffffff; font-weight: bold; font-size: 10.5pt; margin: 16pt 0 0 22pt; }
    p.foot { color: #888; font-size: 8pt; margin-top: 16pt; }
    """
    facts = meta_pairs(m, "facts")
    cells = "".join(f"<td class='f'><p class='k'>{hx(k)}</p><p class='v'>{hx(v)}</p></td>" for k, v in facts)
    label = m.get("button", "Prijavi se")
    parts = [f"<h1>{hx(m['title'])}</h1>", f"<p class='co'>{hx(m['company'])}</p>",
             f"<table class='facts'><tr>{cells}</tr></table>"]
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
    parts.append(f"<p class='apply'>{hx(label)}</p><p class='foot'>{hx(m.get('footer_line', ''))}</p>")
    band = rgb(ink)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.25, 0.25, 0.25)
        if pno == 0:
            page.draw_rect(pymupdf.Rect(0, 26, page.rect.width, 62), color=None, fill=band, width=0)
            put_text(page, (40, 50), m["site"], 16, (1, 1, 1), bold=True)
            nav = m.get("site_nav", "")
            put_text(page, (555 - pymupdf.get_text_length(nav, "helv", 8.2), 48), nav, 8.2, (0.88, 0.93, 1))
            logo = pymupdf.Rect(40, 76, 96, 116)
            page.draw_rect(logo, color=(0.8, 0.85, 0.9), fill=(1, 1, 1), width=0.8, radius=0.12)
            mark = m.get("logo_text", "")
            size = 9.5
            put_text(page, (logo.x0 + (logo.width - pymupdf.get_text_length(mark, "hebo", size)) / 2, logo.y0 + 23),
                     mark, size, band, bold=True)
        for text, box in text_lines(page):
            if text == label:
                page.draw_rect(pymupdf.Rect(box.x0 - 22, box.y0 - 6, box.x1 + 22, box.y1 + 6), color=None, fill=band,
                               width=0, radius=0.2, overlay=False)
        put_text(page, (22, 16), m["print_time"], 7.5, grey)
        put_text(page, (200, 16), m["print_title"], 7.5, grey)
        put_text(page, (22, 830), m["print_url"], 7.5, grey)
        put_text(page, (556, 830), f"{pno + 1}/{count}", 7.5, grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 78 if p == 0 else 30, 555, 806))]
    pdf_meta = dict(m, title=m.get("title_meta", m["title"]))
    return compose_pdf(A4, flows, pdf_meta, decorate)


# ---- posting: a Gulf employer's job description form in Word --------------------------------------------------


def gulf_jd_docx(job: Any) -> bytes:
    m = job.meta
    ink = "5B2C1E"
    d = new_docx(m, "Arial", 9.5, 0.75, a4=True)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, m["company"], bold=True, size=11, color=ink)
    hp2 = sec.header.add_paragraph()
    add_runs(hp2, m.get("form_no", ""), size=7.5, color="7F7F7F")
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bottom_border(hp2, ink, 6)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, m.get("footer", ""), size=7, color="7F7F7F")
    para(d, m.get("doc_word", "JOB DESCRIPTION"), bold=True, size=15, color=ink, align=WD_ALIGN_PARAGRAPH.CENTER,
         before=4, after=6)
    info = meta_pairs(m, "info")
    t = d.add_table(rows=0, cols=4)
    t.style = d.styles["Table Grid"]
    for i in range(0, len(info), 2):
        cells = t.add_row().cells
        for j, (k, v) in enumerate(info[i:i + 2]):
            add_runs(first_cell_paragraph(cells[2 * j]), k, bold=True, size=8.5)
            shade_cell(cells[2 * j], "F2E8E4")
            add_runs(first_cell_paragraph(cells[2 * j + 1]), v, size=8.5)
    set_col_widths(t, (Inches(1.35), Inches(1.95), Inches(1.35), Inches(1.95)))
    acc: list[tuple[str, str]] = []

    def flush_acc() -> None:
        if not acc:
            return
        tb = d.add_table(rows=1, cols=3)
        tb.style = d.styles["Table Grid"]
        for c, h in zip(tb.rows[0].cells, ("No.", m.get("acc_head", "Key Accountabilities"), "% of time"), strict=True):
            add_runs(first_cell_paragraph(c), h, bold=True, size=8.5, color="FFFFFF")
            shade_cell(c, ink)
        for n, (text, pct) in enumerate(acc, start=1):
            cells = tb.add_row().cells
            add_runs(first_cell_paragraph(cells[0]), str(n), size=8.5)
            add_runs(first_cell_paragraph(cells[1]), text, size=8.5)
            add_runs(first_cell_paragraph(cells[2]), pct, size=8.5)
        set_col_widths(tb, (Inches(0.45), Inches(5.3), Inches(0.9)))
        acc.clear()

    for kind, text in job.blocks:
        if kind == "li2":
            body, _, pct = text.rpartition("=>")
            acc.append((body.strip(), pct.strip()))
            continue
        flush_acc()
        if kind == "h":
            p = para(d, text.upper(), bold=True, size=10, color=ink, before=10, after=3)
            bottom_border(p, "BFA89E", 4)
            p.paragraph_format.keep_with_next = True
        elif kind == "li":
            para(d, text, style="List Bullet", after=1)
        else:
            para(d, text, after=5)
    flush_acc()
    sign = meta_pairs(m, "signoff")
    if sign:
        para(d, "", after=4).paragraph_format.keep_with_next = True
        tb = d.add_table(rows=2, cols=len(sign))
        tb.style = d.styles["Table Grid"]
        for row in tb.rows:
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        for j, (k, v) in enumerate(sign):
            first_cell_paragraph(tb.rows[0].cells[j]).paragraph_format.keep_with_next = True
            add_runs(first_cell_paragraph(tb.rows[0].cells[j]), k, bold=True, size=8)
            shade_cell(tb.rows[0].cells[j], "F2E8E4")
            add_runs(first_cell_paragraph(tb.rows[1].cells[j]), v, size=8)
    return docx_bytes(d, m)


PDF_TEMPLATES["gulf_site_profile"] = tpl_gulf_site_profile
PDF_TEMPLATES["gantt_timeline"] = tpl_gantt_timeline
PDF_TEMPLATES["radar_skills"] = tpl_radar_skills
PDF_TEMPLATES["scanned_ocr"] = tpl_scanned_ocr
PDF_TEMPLATES["slides_16x9"] = tpl_slides_16x9
DOCX_TEMPLATES["docx_pandoc"] = dx_pandoc
DOCX_TEMPLATES["docx_agency"] = dx_agency
DOCX_TEMPLATES["docx_hidden_keywords"] = dx_hidden_keywords
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




TEXT_TEMPLATES = {"txt_cp1250": txt_cp1250, "txt_mac_roman": txt_mac_roman}


def build_resume(res: Any) -> bytes:
    t = res.meta["template"]
    if t in TEXT_TEMPLATES:
        return TEXT_TEMPLATES[t](res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        if "subset" in res.meta:
            data = subset_fonts(data)
        check_complete(res, data)
    return data


def build_posting(job: Any) -> bytes:
    if job.meta["template"] == "rs_jobsite_pdf":
        return rs_jobsite_pdf(job)
    if job.meta["template"] == "gulf_jd_docx":
        return gulf_jd_docx(job)
    return _base_build_posting(job)


_ns["build_resume"] = build_resume
_ns["build_posting"] = build_posting

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
