"""Rebuild the twenty-third held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout23/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout23/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them), with the twenty-second set's helpers
(font subsetting, fixed metadata after decoration, Word page fields, entry splitting, the check
that a PDF holds all of its source text); this set has its own sources and its own shuffle seed
for the line list. Every function of that module is re-exported here, working on this folder.
Layouts added here, for this set only, with the same machinery:
an A4 PDF from Word in a serif font with the name in capitals centred beside a drawn photo box,
section names between a thick and a thin rule, client projects as sub-headings with their own
dates and a label-colon-value personal-information table ("cv_double_rule"); a Word file whose
name and job title sit in a floating text box (a drawing shape, not a body paragraph) above the
contact lines, with a skills table of levels and years and a consent clause in the page footer
("docx_name_shape"); a design-tool PDF with
a dark sidebar, icon glyphs before the contact items, letter-spaced section names and every line
of text written as its own text block, fonts subset ("canva_line_blocks"); a Europass CV whose
left label column carries Italian section names with the English name below, the dates and the
personal-information labels, beside a vertical rule, with the Europass footer ("europass_bilingual");
a plain-text file pasted from a LinkedIn profile page, with logo lines, doubled title, company,
date and location lines, durations and "Skills:" lines ("txt_linkedin_paste"); a Word file built
with Word's own Title, Subtitle and Heading styles whose achievements are Word numbered lists
restarting under each role ("docx_word_styles"); a Letter PDF printed from Google Docs whose
project names and contact items are blue underlined hyperlinks with link annotations
("gdocs_hyperlinks"); a two-page A4 PDF with an accent bar beside the name, skills drawn as rounded
tags, the page break placed in the middle of a role and a running footer "Page n of N – Name"
("footer_name_pages"); a dense one-page Letter PDF with each section name in small capitals under
a rule drawn above it ("rule_above_onepage"); and a Word file with a skills matrix table whose
levels are dot ratings, section names in small capitals and a certifications list
("docx_dot_matrix").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261212, "heldout23_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 fake_small_caps, group_bullets, hx, main, new_docx, no_table_borders, para, plain,
 right_tab) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "fake_small_caps", "group_bullets", "hx", "main",
    "new_docx", "no_table_borders", "para", "plain", "right_tab"))
_ns = _base["build_all"].__globals__  # the base module's namespace, where build_all looks names up


# ---- shared helpers (the twenty-second set's) ---------------------------------------------------


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


DATEISH = re.compile(r"(\b(19|20)\d\d\b|Till date|Present|attuale|now)")


# ---- PDF: serif Word CV, photo box, section names between a thick and a thin rule --------------


def tpl_cv_double_rule(res: Any) -> bytes:
    css_head = """
    body { font-family: serif; color: #000; }
    p.nm { font-size: 17pt; font-weight: bold; text-align: center; margin: 0; letter-spacing: 1px; }
    p.tag { font-size: 11pt; font-style: italic; text-align: center; margin: 2pt 0 4pt 0; }
    p.ct { font-size: 9pt; text-align: center; margin: 0 0 1.5pt 0; }
    """
    css = """
    body { font-family: serif; font-size: 10.2pt; color: #000; }
    p.h2 { font-size: 10.5pt; font-weight: bold; margin: 11pt 0 4pt 0; padding: 1.5pt 0 1.5pt 0;
           border-top: 2px solid #000; border-bottom: 0.6px solid #000; letter-spacing: 0.6px; }
    table.en { width: 100%; margin: 5pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 150pt; font-weight: bold; }
    p.o { margin: 0 0 2pt 0; font-style: italic; }
    table.sub { width: 100%; margin: 6pt 0 1pt 0; } td.sd { text-align: right; width: 130pt; font-style: italic; }
    ul { margin: 1pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 2pt 0; text-align: justify; }
    p.para { margin: 2pt 0 3pt 0; text-align: justify; } p.line { margin: 0 0 2pt 0; }
    table.pi { margin: 2pt 0 0 0; } td.k { width: 120pt; font-weight: bold; padding: 0 0 2pt 0; }
    td.c { width: 14pt; padding: 0 0 2pt 0; } td.v { padding: 0 0 2pt 0; }
    """
    head = (f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
            + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts))
    parts: list[str] = []
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        rows = [i for i in s.items if i.kind == "row"]
        if rows:
            parts.append("<table class='pi'>" + "".join(
                f"<tr><td class='k'>{hx(r.fields[0])}</td><td class='c'>:</td><td class='v'>{hx(r.fields[1])}</td></tr>"
                for r in rows) + "</table>")
            continue
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = ", ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='o'>{hx(org)}</p>" if org else ""))
            chunk: list[Any] = []
            for it in rest:
                if it.kind == "sub":
                    if chunk:
                        parts.append(block_html(chunk))
                        chunk = []
                    left, sep, right = it.text.rpartition(" | ")
                    if sep and DATEISH.search(right):
                        parts.append(f"<table class='sub'><tr><td><b><i>{hx(left)}</i></b></td>"
                                     f"<td class='sd'><b>{hx(right)}</b></td></tr></table>")
                    else:
                        parts.append(f"<table class='sub'><tr><td><b><i>{hx(it.text)}</i></b></td></tr></table>")
                else:
                    chunk.append(it)
            if chunk:
                parts.append(block_html(chunk))

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:  # a passport-size photo in a thin frame
            frame = pymupdf.Rect(476, 34, 552, 126)
            page.draw_rect(frame, color=(0.3, 0.3, 0.3), fill=(0.86, 0.87, 0.89), width=0.8, overlay=False)
            page.draw_circle(pymupdf.Point(514, 68), 17, color=None, fill=(0.58, 0.6, 0.64), overlay=False)
            page.draw_oval(pymupdf.Rect(488, 88, 540, 126), color=None, fill=(0.58, 0.6, 0.64), overlay=False)

    flows = [
        Flow(head, css_head, lambda p: pymupdf.Rect(100, 40, 470, 134) if p == 0 else None),
        Flow("".join(parts), css, lambda p: pymupdf.Rect(48, 138 if p == 0 else 48, 552, 800)),
    ]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- DOCX: the name and title in a floating text box, a skills table with levels ---------------

SHAPE_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}.items())


def name_box_xml(name: str, title: str, ink: str, width_in: float, height_in: float) -> str:
    """A run holding a text box anchored at the top of the page margin, text wrapped above and below."""
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    content = (
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/>'
        f'<w:color w:val="{ink}"/><w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">{xml_escape(name)}</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:color w:val="404040"/><w:sz w:val="24"/></w:rPr>'
        f'<w:t xml:space="preserve">{xml_escape(title)}</w:t></w:r></w:p>')
    return (
        f"<w:r {SHAPE_NS}>"
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="91440" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="2" name="Text Box 2"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{ink}"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1027" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_in * 72:.1f}pt;height:{height_in * 72:.1f}pt;'
        'z-index:251660288;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
        f'filled="f" strokecolor="#{ink}" strokeweight="1.5pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def dx_name_shape(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "1F5F8B")
    d = new_docx(m, "Calibri", 10.5, 0.75, a4=True)
    if m.get("footer"):  # a consent clause in the page footer, as Polish CVs carry it
        fp = d.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_runs(fp, m["footer"], size=7, color="7F7F7F")
    width = 6.77
    first = True
    for c in res.contacts:
        p = para(d, after=1)
        if first:
            p._p.append(parse_xml(name_box_xml(plain(res.name), plain(res.tagline), ink, 4.6, 0.85)))
            first = False
        add_runs(p, c, size=9, color="404040")
    bottom_border(d.paragraphs[-1], ink, 6)
    for s in res.sections:
        h = para(d, s.title.upper(), bold=True, size=11, color=ink, before=10, after=3)
        bottom_border(h, "A6A6A6", 4)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            table = d.add_table(rows=0, cols=max(len(r) for r in rows))
            table.style = d.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for n, r in enumerate(rows):
                cells = table.add_row().cells
                for c, value in zip(cells, r, strict=False):
                    add_runs(first_cell_paragraph(c), value, bold=n == 0, size=9.5,
                             color="FFFFFF" if n == 0 else None)
                    if n == 0:
                        shade_cell(c, ink)
            set_col_widths(table, (Inches(3.4), Inches(1.6), Inches(1.0)))
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                q = para(d, before=7, after=0)
                right_tab(q, width)
                add_runs(q, f0, bold=True, size=10.5)
                if f3:
                    add_runs(q, "\t" + f3, size=10, color="404040")
                org = " · ".join(x for x in (f1, f2) if x)
                if org:
                    para(d, org, italic=True, size=10, color=ink, after=1)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind in ("line", "sub"):
                para(d, it.text, italic=it.kind == "sub", size=10, after=1)
    return docx_bytes(d, m)


# ---- PDF: design-tool export, dark sidebar, letter-spaced headings, one text block per line ----


def spaced(title: str) -> str:
    """'About Me' as a design tool's letter-spaced capitals: 'A B O U T   M E'."""
    return " \u00a0 ".join(" ".join(word) for word in title.upper().split())


class LineWriter:
    """Writes text line by line, each line its own text block, wrapping by Helvetica widths."""

    def __init__(self, doc: pymupdf.Document, x0: float, x1: float, y: float, bottom: float,
                 new_page: Any) -> None:
        self.doc, self.x0, self.x1, self.y, self.bottom, self.new_page = doc, x0, x1, y, bottom, new_page
        self.page = doc[-1]

    def wrap(self, text: str, size: float, bold: bool, width: float) -> list[str]:
        font = "hebo" if bold else "helv"
        lines: list[str] = []
        cur = ""
        for word in text.split(" "):
            trial = f"{cur} {word}" if cur else word
            if pymupdf.get_text_length(trial, font, size) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.page = self.new_page()
            self.y = 46

    def write(self, text: str, size: float = 9, bold: bool = False, color: str = "#222222",
              indent: float = 0, hang: str = "", lead: float = 1.38, gap: float = 0, italic: bool = False) -> None:
        self.y += gap
        width = self.x1 - self.x0 - indent
        hang_w = pymupdf.get_text_length(hang, "helv", size) if hang else 0
        weight = "bold" if bold else "normal"
        style = "italic" if italic else "normal"
        css = (f"p {{ font-family: sans-serif; font-size: {size}pt; color: {color}; margin: 0; "
               f"font-weight: {weight}; font-style: {style}; }}")
        for n, line in enumerate(self.wrap(text, size, bold, width - hang_w)):
            self.ensure(size * lead)
            x = self.x0 + indent + (hang_w if n else 0)
            shown = (hang + line) if (n == 0 and hang) else line
            rect = pymupdf.Rect(x, self.y, self.x1 + 60, self.y + size * lead + 4)
            self.page.insert_htmlbox(rect, f"<p>{hx(shown)}</p>", css=css, scale_low=1)
            self.y += size * lead

    def icon(self, glyph: str, x: float, size: float, color: str) -> None:
        css = f"p {{ font-family: sans-serif; font-size: {size}pt; color: {color}; margin: 0; }}"
        self.page.insert_htmlbox(pymupdf.Rect(x, self.y, x + 24, self.y + size * 1.6), f"<p>{html_escape(glyph)}</p>",
                                 css=css, scale_low=1)

    def spaced_heading(self, title: str, size: float, color: str, gap: float = 12) -> None:
        self.y += gap
        self.ensure(size * 2)
        css = (f"p {{ font-family: sans-serif; font-size: {size}pt; color: {color}; margin: 0; "
               "font-weight: bold; }")
        self.page.insert_htmlbox(pymupdf.Rect(self.x0, self.y, self.x1 + 60, self.y + size * 1.6),
                                 f"<p>{hx(spaced(title))}</p>", css=css, scale_low=1)
        self.y += size * 1.9


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tpl_canva_line_blocks(res: Any) -> bytes:
    accent = res.meta.get("accent", "#0f4c5c")
    doc = pymupdf.open()
    page_rect = A4

    def new_page() -> pymupdf.Page:
        return doc.new_page(width=page_rect.width, height=page_rect.height)

    first = new_page()
    first.draw_rect(pymupdf.Rect(0, 0, 196, page_rect.height), color=None, fill=rgb(accent), width=0)
    first.draw_rect(pymupdf.Rect(196, 0, page_rect.width, 6), color=None, fill=(0.85, 0.65, 0.3), width=0)
    def no_second_sidebar() -> pymupdf.Page:
        raise RuntimeError(f"{res.meta['output']}: the sidebar does not fit on the first page")

    side = LineWriter(doc, 22, 178, 40, 810, no_second_sidebar)
    side.page = first
    white, pale = "#ffffff", "#cfe3e8"
    side.spaced_heading("Contact", 9.5, "#f2c36b", gap=0)
    for c in res.contacts:
        glyph, _, rest = c.partition(" ")
        side.icon(glyph, side.x0, 9, "#f2c36b")
        keep = side.x0
        side.x0 = keep + 16
        side.write(rest, size=8.3, color=white)
        side.x0 = keep
        side.y += 3
    for s in res.side():
        side.spaced_heading(s.title, 9.5, "#f2c36b", gap=14)
        for it in s.items:
            if it.kind == "blank":
                continue
            side.write(plain(it.text), size=8.3, color=pale, gap=1)
    body = LineWriter(doc, 216, 565, 34, 812, new_page)
    body.page = first
    body.write(res.name, size=22, bold=True, color=accent, lead=1.15)
    if res.tagline:
        body.write(res.tagline, size=11, color="#8a6420", gap=3)
    for s in res.main():
        body.spaced_heading(s.title, 10, accent, gap=13)
        body.page.draw_line(pymupdf.Point(body.x0, body.y - 5), pymupdf.Point(body.x1, body.y - 5),
                            color=rgb(accent), width=0.6)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                body.write(f0, size=9.8, bold=True, color="#1a1a1a", gap=6)
                if f1:
                    body.write(f1, size=9, color=accent)
                meta = " | ".join(x for x in (f3, f2) if x)
                if meta:
                    body.write(meta, size=8.2, color="#6b6b6b", italic=True)
            elif it.kind in ("bullet", "note"):
                body.write(plain(it.text), size=8.8, hang="•  ", gap=1.5)
            elif it.kind in ("para", "para_nc"):
                body.write(plain(it.text), size=8.8, gap=1)
            else:
                body.write(plain(it.text), size=8.5, color="#444444", gap=1)
    count = doc.page_count
    owner = plain(res.name).title()
    for p in doc:
        if count > 1:
            label = f"{owner} · {p.number + 1}/{count}"
            p.insert_text((565 - pymupdf.get_text_length(label, "helv", 6.5), 830), label, fontsize=6.5,
                          fontname="helv", color=(0.55, 0.55, 0.55))
    when = res.meta.get("date", "D:20260901120000Z")
    doc.set_metadata({"title": res.meta.get("title", ""), "author": res.meta.get("author", ""), "subject": "",
                      "keywords": "", "creator": res.meta.get("creator", ""), "producer": res.meta.get("producer", ""),
                      "creationDate": when, "modDate": res.meta.get("moddate", when), "trapped": ""})
    return subset_fonts(doc.tobytes(garbage=3, deflate=True, no_new_id=True))


# ---- PDF: Europass CV, Italian section names with the English below, labels at the left -------


def tpl_europass_bilingual(res: Any) -> bytes:
    blue = "#0e4194"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9pt; color: #3f3a38; }}
    table.r {{ width: 100%; margin: 0; }} td {{ padding: 0; vertical-align: top; }}
    td.l {{ width: 138pt; text-align: right; padding-right: 14pt; color: {blue}; font-size: 7.8pt; }}
    p.sec {{ margin: 0; font-size: 8.2pt; letter-spacing: 0.4px; }}
    p.en {{ margin: 1pt 0 0 0; font-size: 7.8pt; font-style: italic; color: #7f7f7f; letter-spacing: 0; }}
    p.rule {{ margin: 4pt 0 0 0; border-bottom: 0.8px solid {blue}; font-size: 2pt; }}
    p.nm {{ font-size: 15pt; color: #3f3a38; margin: 0 0 4pt 0; }}
    p.pi {{ margin: 0 0 2.5pt 0; }}
    p.t {{ margin: 0; font-size: 10.5pt; color: {blue}; }}
    p.o {{ margin: 1pt 0 2pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 10pt; }} li {{ margin: 0 0 1.8pt 0; }}
    p.line {{ margin: 0 0 2pt 0; }} p.para {{ margin: 2pt 0 3pt 0; }}
    """

    def row(left: str, right: str, top: float = 0) -> str:
        return (f"<table class='r' style='margin-top:{top}pt'><tr><td class='l' style='width:138pt'>{left}</td>"
                f"<td style='width:345pt'>{right}</td></tr></table>")

    def label_line(text: str) -> tuple[str, str]:
        label, sep, value = text.partition(":")
        if sep and len(label) <= 26 and not re.search(r"\d", label):
            return label.strip(), value.strip()
        return "", text

    parts = [row("<p class='sec'>INFORMAZIONI PERSONALI</p>", f"<p class='nm'>{hx(res.name)}</p>", 6)]
    for c in res.contacts:
        label, _, value = c.partition(" | ")
        parts.append(row(f"<p class='pi'>{hx(label)}</p>", f"<p class='pi'>{hx(value)}</p>"))
    if res.tagline:
        parts.append(row("<p class='sec'>POSIZIONE RICOPERTA</p>", f"<p class='t'>{hx(res.tagline)}</p>", 8))
    for s in res.sections:
        it_name, sep, en_name = s.title.partition(" / ")
        left = f"<p class='sec'>{hx(it_name)}</p>" + (f"<p class='en'>{hx(en_name)}</p>" if sep else "")
        parts.append(row(left, "<p class='rule'>&#160;</p>", 12))
        for fields, rest in split_entries(s.items):
            if fields is None:
                for it in rest:
                    if it.kind == "line":
                        label, value = label_line(plain(it.text))
                        parts.append(row(f"<p class='pi'>{hx(label)}</p>", f"<p class='line'>{hx(value)}</p>", 2))
                    else:
                        parts.append(row("", block_html([it]), 2))
                continue
            f0, f1, f2, f3 = fields
            org = ", ".join(x for x in (f1, f2) if x)
            parts.append(row(f"<p class='pi'>{hx(f3)}</p>", f"<p class='t'>{hx(f0)}</p>"
                             + (f"<p class='o'>{hx(org)}</p>" if org else "") + block_html(rest), 7))
    line_blue = rgb(blue)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        hits = page.parent[0].search_for(plain(res.name))
        x = hits[0].x0 - 7 if hits else 186
        page.draw_line(pymupdf.Point(x, 40 if pno else 78), pymupdf.Point(x, 790), color=line_blue, width=0.5)
        if pno == 0:
            page.insert_text((40, 46), "europass", fontsize=17, fontname="hebo", color=line_blue)
            page.draw_rect(pymupdf.Rect(40, 52, 113, 54), color=None, fill=(0.95, 0.76, 0.05), width=0)
            page.insert_text((120, 46), "Curriculum Vitae", fontsize=9, fontname="helv", color=(0.45, 0.45, 0.45))
        grey = (0.5, 0.5, 0.5)
        page.insert_text((40, 818), "© Unione europea, 2002-2026 | europass.europa.eu", fontsize=6.5,
                         fontname="helv", color=grey)
        label = f"Pagina {pno + 1} / {count}"
        page.insert_text((555 - pymupdf.get_text_length(label, "helv", 6.5), 818), label, fontsize=6.5,
                         fontname="helv", color=grey)

    flows = [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 62 if p == 0 else 42, 555, 800))]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- TXT: a LinkedIn profile page copied from the browser --------------------------------------


def txt_linkedin_paste(res: Any) -> bytes:
    """The page's visible text with the hidden accessibility copies doubled, logo alt texts and
    the "Show all" links left in."""
    lines = [plain(res.name)]
    lines.extend(plain(c) for c in res.contacts)
    for s in res.sections:
        lines.append("")
        lines.append(s.title)
        lines.append(s.title)
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                org = (f1 if s.title == "Experience" else f0).split(" · ")[0]
                lines.append("")
                if s.title in ("Experience", "Education"):
                    lines.append(f"{org} logo")
                for value in (f0, f1, f3, f2):
                    if value:
                        lines.extend([plain(value), plain(value)])
            elif it.kind in ("bullet", "note"):
                lines.append("• " + plain(it.text))
            else:
                lines.append(plain(it.text))
    lines.append("")
    text = "\n".join(lines).rstrip("\n") + "\n"
    return text.encode("utf-8")


# ---- DOCX: Word's own styles, numbered lists restarting under each role ------------------------


class Numbering:
    """New numbering instances of the List Number style's list, each restarting at 1."""

    def __init__(self, d: Any) -> None:
        self.root = d.part.numbering_part.element
        style_num = d.styles["List Number"].element.pPr.numPr.numId.val
        num = next(n for n in self.root.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num))
        self.abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        self.next_id = max(int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))) + 1

    def restart(self) -> int:
        num_id = self.next_id
        self.next_id += 1
        self.root.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return num_id


def numbered(par: Any, num_id: int) -> None:
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def dx_word_styles(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Calibri", 11, 1.0)
    numbering = Numbering(d)
    width = 6.5
    para(d, res.name, style="Title", after=0)
    if res.tagline:
        para(d, res.tagline, style="Subtitle", after=2)
    for c in res.contacts:
        para(d, c, size=10, after=6)
    for s in res.sections:
        para(d, s.title, style="Heading 1", before=12, after=3)
        current: int | None = None
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                h = para(d, style="Heading 2", before=8, after=2)
                right_tab(h, width)
                add_runs(h, ", ".join(x for x in (f0, f1) if x))
                if f2:
                    add_runs(h, " — " + f2)
                if f3:
                    add_runs(h, "\t" + f3)
                current = None
            elif it.kind == "bullet":
                if current is None:
                    current = numbering.restart()
                p = para(d, it.text, style="List Number", after=1)
                numbered(p, current)
            elif it.kind == "note":
                para(d, it.text, style="List Bullet", after=1)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=4)
            elif it.kind in ("line", "sub"):
                para(d, it.text, after=3)
    return docx_bytes(d, m)


# ---- PDF: printed from Google Docs, blue underlined hyperlinks with link annotations -----------


def tpl_gdocs_hyperlinks(res: Any) -> bytes:
    links = meta_pairs(res.meta, "links")
    css = """
    body { font-family: sans-serif; font-size: 10pt; color: #000; }
    p.nm { font-size: 24pt; margin: 0 0 3pt 0; }
    p.ct { font-size: 9.5pt; margin: 0 0 2pt 0; color: #434343; }
    p.h2 { font-size: 12.5pt; margin: 13pt 0 3pt 0; color: #000; font-weight: bold; }
    table.en { width: 100%; margin: 6pt 0 0 0; } td { padding: 0; vertical-align: top; }
    td.d { text-align: right; width: 120pt; color: #434343; }
    p.o { margin: 0 0 1pt 0; font-style: italic; color: #434343; }
    ul { margin: 1pt 0 0 0; padding-left: 16pt; } li { margin: 0 0 2.5pt 0; line-height: 1.2; }
    p.para { margin: 2pt 0 3pt 0; line-height: 1.2; } p.line { margin: 0 0 2.5pt 0; }
    """
    parts = [f"<p class='nm'>{hx(res.name)}</p>"] + [f"<p class='ct'>{hx(c)}</p>" for c in res.contacts]
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                left = f"<b>{hx(f0)}</b>" + "".join(f" | {hx(x)}" for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td>{left}</td><td class='d'>{hx(f3)}</td></tr></table>")
            parts.append(block_html(rest))
    body = "".join(parts)
    for text, _ in links:  # Google Docs shows a link in blue and underlined, once
        shown = hx(text)
        styled = f"<span style='color:#1155cc;text-decoration:underline'>{shown}</span>"
        body = body.replace(f"<b>{shown}</b>", f"<b>{styled}</b>", 1) if f"<b>{shown}</b>" in body \
            else body.replace(shown, styled, 1)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        for text, uri in links:
            for r in page.search_for(text)[:1]:
                page.insert_link({"kind": pymupdf.LINK_URI, "from": r, "uri": uri})

    return compose_pdf(LETTER, [Flow(body, css, lambda p: pymupdf.Rect(54, 48, 558, 750))], res.meta, decorate)


# ---- PDF: two pages, accent bar, rounded skill tags, page break inside a role, running footer --


def tpl_footer_name_pages(res: Any) -> bytes:
    ink = res.meta.get("accent", "#1d4e89")
    size = float(res.meta.get("font_size", "10"))
    css = f"""
    body {{ font-family: sans-serif; font-size: {size}pt; color: #1e1e1e; }}
    p.nm {{ font-size: 25pt; font-weight: bold; margin: 0; color: #111; }}
    p.tag {{ font-size: 11.5pt; color: {ink}; margin: 2pt 0 5pt 0; }}
    p.ct {{ font-size: 9pt; margin: 0 0 1.5pt 0; color: #3a3a3a; }}
    p.h2 {{ font-size: 11pt; font-weight: bold; color: {ink}; margin: 15pt 0 4pt 0; letter-spacing: 1.2px; }}
    table.en {{ width: 100%; margin: 8pt 0 0 0; }} td {{ padding: 0; vertical-align: top; }}
    td.d {{ text-align: right; width: 120pt; color: #555; font-size: 9.4pt; }}
    p.o {{ margin: 0 0 2pt 0; color: #555; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 12pt; }} li {{ margin: 0 0 3.2pt 0; line-height: 1.3; }}
    p.para {{ margin: 2pt 0 3pt 0; line-height: 1.35; }} p.line {{ margin: 0 0 2.5pt 0; }}
    p.tags {{ margin: 3pt 0 0 0; line-height: 2.1; word-spacing: 4pt; }}
    """
    parts: list[str] = [f"<p class='nm'>{hx(res.name)}</p>" + (f"<p class='tag'>{hx(res.tagline)}</p>" if res.tagline else "")
                        + "".join(f"<p class='ct'>{hx(c)}</p>" for c in res.contacts)]
    tags: list[str] = []
    for s in res.sections:
        parts.append(f"<p class='h2'>{hx(s.title.upper())}</p>")
        if s.title.lower() == "skills":
            words = [w.strip() for it in s.items if it.kind == "line" for w in plain(it.text).split("·")]
            tags = [w for w in words if w]
            parts.append("<p class='tags'>" + "&#160; &#160; ".join(hx(w) for w in tags) + "</p>")
            continue
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                org = " · ".join(x for x in (f1, f2) if x)
                parts.append(f"<table class='en'><tr><td><b>{hx(f0)}</b></td><td class='d'>{hx(f3)}</td></tr></table>"
                             + (f"<p class='o'>{hx(org)}</p>" if org else ""))
            parts.append(block_html(rest))
    owner = plain(res.name)
    accent = rgb(ink)
    foot_css = "p { font-family: sans-serif; font-size: 7.5pt; color: #737373; text-align: center; margin: 0; }"

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        if pno == 0:
            page.draw_rect(pymupdf.Rect(34, 40, 39, 104), color=None, fill=accent, width=0)
        heads = [r for r in page.search_for("SKILLS") if r.x0 < 60]
        if heads:
            top = heads[0].y1
            for t in tags:
                for r in page.search_for(t):
                    if top < r.y0 < top + 90:
                        page.draw_rect(pymupdf.Rect(r.x0 - 4, r.y0 - 1.5, r.x1 + 4, r.y1 + 1.5),
                                       color=accent, fill=(0.91, 0.94, 0.98), width=0.5, radius=0.45, overlay=False)
                        break
        page.insert_htmlbox(pymupdf.Rect(150, 814, 445, 830), f"<p>{hx(f'Page {pno + 1} of {count} – {owner}')}</p>",
                            css=foot_css)

    data = compose_pdf(A4, [Flow("".join(parts), css, lambda p: pymupdf.Rect(48, 40, 547, 802))], res.meta, decorate)
    doc = pymupdf.open("pdf", data)
    top_of_two = doc[1].get_text().lstrip() if doc.page_count > 1 else ""
    if not top_of_two.startswith("•"):  # the layout promises a page break in the middle of a role's bullets
        raise RuntimeError(f"{res.meta['output']}: page two starts with {top_of_two[:40]!r}, not inside a role")
    return data


# ---- PDF: dense one page, small-caps section names under a rule drawn above them --------------


def tpl_rule_above_onepage(res: Any) -> bytes:
    css = """
    body { font-family: serif; font-size: 9.8pt; color: #000; }
    table.hd { width: 100%; } td { padding: 0; vertical-align: top; }
    p.nm { font-size: 21pt; font-weight: bold; margin: 6pt 0 0 0; }
    p.ct { font-size: 8.8pt; margin: 0; text-align: right; }
    p.h2 { font-size: 11pt; margin: 7pt 0 1.5pt 0; padding-top: 1.5pt; border-top: 0.8px solid #000; }
    table.en { width: 100%; margin: 2.5pt 0 0 0; }
    td.r { text-align: right; } td.i { font-style: italic; }
    ul { margin: 0.5pt 0 0 0; padding-left: 14pt; } li { margin: 0 0 0.6pt 0; font-size: 9.4pt; }
    p.line { margin: 1pt 0 0 0; font-size: 9.4pt; } p.para { margin: 1pt 0; }
    """
    contacts = "".join(f"<p class='ct'>{hx(c, True)}</p>" for c in res.contacts)
    parts = [f"<table class='hd'><tr><td><p class='nm'>{fake_small_caps(res.name, 0.8)}</p></td>"
             f"<td style='width:200pt'>{contacts}</td></tr></table>"]
    for s in res.sections:
        parts.append(f"<p class='h2'>{fake_small_caps(s.title, 0.8)}</p>")
        for fields, rest in split_entries(s.items):
            if fields is not None:
                f0, f1, f2, f3 = fields
                parts.append(f"<table class='en'><tr><td><b>{hx(f0, True)}</b></td><td class='r'>{hx(f2, True)}</td></tr>"
                             f"<tr><td class='i'>{hx(f1, True)}</td><td class='r i'>{hx(f3, True)}</td></tr></table>")
            parts.append(block_html(rest, True))
    return compose_pdf(LETTER, [Flow("".join(parts), css, lambda p: pymupdf.Rect(40, 34, 572, 766) if p == 0 else None)],
                       res.meta)


# ---- DOCX: small-caps section names, a skills matrix with dot ratings, certifications ---------


def dx_dot_matrix(res: Any) -> bytes:
    m = res.meta
    ink = m.get("ink", "2E5E4E")
    d = new_docx(m, "Calibri", 10.5, 0.7, a4=True)
    width = 6.87
    para(d, res.name, bold=True, size=24, color=ink, after=0)
    if res.tagline:
        para(d, res.tagline, size=12, color="404040", after=3)
    for c in res.contacts:
        para(d, c, size=9, color="404040", after=2)
    bottom_border(d.paragraphs[-1], ink, 10)

    def heading(title: str) -> None:
        h = para(d, before=11, after=3)
        add_runs(h, title, bold=True, size=12.5, color=ink)
        for r in h.runs:
            r.font.small_caps = True
        bottom_border(h, ink, 4)

    for s in res.sections:
        heading(s.title)
        rows = [i.fields for i in s.items if i.kind == "row"]
        if rows:
            table = d.add_table(rows=1, cols=6)
            no_table_borders(table)
            for c, label in zip(table.rows[0].cells, ("Skill", "Level", "Years") * 2, strict=True):
                add_runs(first_cell_paragraph(c), label, bold=True, size=9, color="7F7F7F")
            for i in range(0, len(rows), 2):
                cells = table.add_row().cells
                for k, r in enumerate(rows[i:i + 2]):
                    name, dots, years = (r + ["", "", ""])[:3]
                    add_runs(first_cell_paragraph(cells[3 * k]), name, size=9.5)
                    p = first_cell_paragraph(cells[3 * k + 1])
                    p.add_run(dots).font.color.rgb = RGBColor.from_string(ink)
                    add_runs(first_cell_paragraph(cells[3 * k + 2]), years, size=9, color="595959")
            set_col_widths(table, tuple(Inches(w) for w in (1.75, 0.85, 0.6, 1.75, 0.85, 0.6)))
            continue
        for it in s.items:
            if it.kind == "blank":
                continue
            if it.kind == "entry":
                f0, f1, f2, f3 = it.fields
                q = para(d, before=7, after=0)
                right_tab(q, width)
                add_runs(q, f0, bold=True, size=11)
                if f3:
                    add_runs(q, "\t" + f3, size=10, color="404040")
                org = ", ".join(x for x in (f1, f2) if x)
                if org:
                    para(d, org, italic=True, size=10, color=ink, after=2)
            elif it.kind in ("bullet", "note"):
                para(d, it.text, style="List Bullet", after=1.5)
            elif it.kind in ("para", "para_nc"):
                para(d, it.text, after=3)
            elif it.kind in ("line", "sub"):
                para(d, it.text, size=9.5, italic=True, color="404040", after=2)
    return docx_bytes(d, m)


PDF_TEMPLATES["cv_double_rule"] = tpl_cv_double_rule
PDF_TEMPLATES["canva_line_blocks"] = tpl_canva_line_blocks
PDF_TEMPLATES["europass_bilingual"] = tpl_europass_bilingual
PDF_TEMPLATES["gdocs_hyperlinks"] = tpl_gdocs_hyperlinks
PDF_TEMPLATES["footer_name_pages"] = tpl_footer_name_pages
PDF_TEMPLATES["rule_above_onepage"] = tpl_rule_above_onepage
DOCX_TEMPLATES["docx_name_shape"] = dx_name_shape
DOCX_TEMPLATES["docx_word_styles"] = dx_word_styles
DOCX_TEMPLATES["docx_dot_matrix"] = dx_dot_matrix
_base_build_resume = _ns["build_resume"]


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
    pieces = [p for w in wanted for p in re.split(r" \| | / |: | · ", plain(w))]
    missing = []
    for w in pieces:
        probe = _squash(w)[:30]
        if probe and probe not in text and re.sub(r"\s+", "", probe) not in bare:
            missing.append(w)
    if missing:
        raise RuntimeError(f"{res.meta['output']}: text lost in the layout: {missing[:3]}")


def build_resume(res: Any) -> bytes:
    if res.meta["template"] == "txt_linkedin_paste":
        return txt_linkedin_paste(res)
    data = _base_build_resume(res)
    if res.meta["output"].endswith(".pdf"):
        check_complete(res, data)
    return data


_ns["build_resume"] = build_resume

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
