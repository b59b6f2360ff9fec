"""Rebuild the sixteenth held-back set (resumes/, jobs/, lp_lines.jsonl) from tests/heldout16/src/.

Run from the repository root:  /work/main/.venv/bin/python tests/heldout16/build.py [--check]

The layouts, the source markup and the byte-reproducible writers are the third set's
(tests/heldout3/build.py, whose docstring describes them); this set has its own sources and its
own shuffle seed for the line list. Every function of that module is re-exported here, working
on this folder. Four layouts are added here, for this set only, with the same machinery:
a LaTeX AltaCV page (PDF, "altacv"), a Europass CV (PDF, A4, "europass"), the Canva sidebar page
with icon glyphs and subset fonts ("canva_icons") and a Word file that opens with a
table-of-contents-like block with dotted leaders ("docx_toc").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pymupdf
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_sets_build import set_build  # noqa: E402

_base = set_build(__file__, 20261217, "heldout16_base")
globals().update(_base)
(A4, DOCX_TEMPLATES, Flow, LETTER, PDF_TEMPLATES, add_runs, bottom_border, compose_pdf, docx_bytes,
 docx_items, fake_small_caps, hx, items_html, main, new_docx, para) = (_base[k] for k in (
    "A4", "DOCX_TEMPLATES", "Flow", "LETTER", "PDF_TEMPLATES", "add_runs", "bottom_border",
    "compose_pdf", "docx_bytes", "docx_items", "fake_small_caps", "hx", "items_html", "main",
    "new_docx", "para"))

# ---- template: LaTeX AltaCV, two columns, icons before contacts and dates ----------------------


def tpl_altacv(res: Any) -> bytes:
    accent = "#8f1d3a"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.3pt; color: #2a2a2a; }}
    h1 {{ font-size: 24pt; margin: 0; font-weight: bold; color: #111; }}
    p.tag {{ font-size: 11pt; color: {accent}; margin: 2pt 0 4pt 0; }}
    p.contact {{ font-size: 8.4pt; margin: 0 0 1pt 0; color: #444; }}
    h2 {{ font-size: 12.5pt; color: {accent}; margin: 9pt 0 3pt 0; font-weight: normal;
          border-bottom: 0.8px solid #888; }}
    p.et {{ font-size: 10.6pt; margin: 6pt 0 0 0; }}
    p.eo {{ color: {accent}; margin: 0; font-weight: bold; }}
    p.ed {{ color: #666; font-size: 8.2pt; margin: 0 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 11pt; }} li {{ margin: 0 0 1.4pt 0; }}
    p.para {{ margin: 2pt 0; }} p.line {{ margin: 0 0 2pt 0; }}
    p.sub {{ margin: 4pt 0 1pt 0; }}
    """
    head = f"<h1>{hx(res.name, True)}</h1><p class='tag'>{hx(res.tagline, True)}</p>" + "".join(
        f"<p class='contact'>{hx(c, True)}</p>" for c in res.contacts)

    def entry(f: list[str]) -> str:
        f0, f1, f2, f3 = f
        out = f"<p class='et'>{hx(f0, True)}</p>"
        if f1:
            out += f"<p class='eo'>{hx(f1, True)}</p>"
        bits = [b for b in (f"\U0001F4C5 {f3}" if f3 else "", f"\u2316 {f2}" if f2 else "") if b]
        if bits:
            out += f"<p class='ed'>{hx('    '.join(bits), True)}</p>"
        return out

    def body(sections: list[Any]) -> str:
        return "".join(f"<h2>{fake_small_caps(s.title, 0.8)}</h2>" + items_html(s.items, entry, lig=True)
                       for s in sections)

    flows = [
        Flow(head, css, lambda p: pymupdf.Rect(40, 34, 572, 124) if p == 0 else None),
        Flow(body(res.main()), css, lambda p: pymupdf.Rect(40, 126 if p == 0 else 40, 368, 760)),
        Flow(body(res.side()), css, lambda p: pymupdf.Rect(388, 126 if p == 0 else 40, 572, 760)),
    ]
    return compose_pdf(LETTER, flows, res.meta)


# ---- template: Europass CV (A4): bracketed dates, blue rules, page footer -----------------------


def tpl_europass(res: Any) -> bytes:
    blue = "#0e4194"
    css = f"""
    body {{ font-family: sans-serif; font-size: 9.6pt; color: #222; }}
    p.logo {{ font-size: 13pt; color: {blue}; font-weight: bold; margin: 0 0 8pt 0; }}
    h1 {{ font-size: 19pt; margin: 0 0 4pt 0; color: #111; }}
    p.contact {{ font-size: 8.8pt; margin: 0 0 1.5pt 0; color: #333; }}
    h2 {{ font-size: 10.5pt; color: {blue}; margin: 12pt 0 4pt 0; border-bottom: 1px solid {blue}; }}
    p.ed {{ font-size: 8.6pt; color: #555; margin: 7pt 0 0 0; }}
    p.et {{ font-size: 10.4pt; font-weight: bold; margin: 0; }}
    p.eo {{ margin: 0 0 1pt 0; }}
    ul {{ margin: 1pt 0 0 0; padding-left: 13pt; }} li {{ margin: 0 0 1.6pt 0; }}
    p.para {{ margin: 2pt 0 3pt 0; }} p.line {{ margin: 0 0 2pt 0; }}
    p.sub {{ margin: 5pt 0 1pt 0; }}
    """
    head = (f"<p class='logo'>europass</p><h1>{hx(res.name)}</h1>"
            + "".join(f"<p class='contact'>{hx(c)}</p>" for c in res.contacts))

    def entry(f: list[str]) -> str:
        f0, f1, f2, f3 = f
        where = " – ".join(x for x in (f1, f2) if x)
        out = f"<p class='ed'>[ {hx(f3)} ]</p>" if f3 else ""
        out += f"<p class='et'>{hx(f0.upper())}</p>"
        if where:
            out += f"<p class='eo'>{hx(where)}</p>"
        return out

    body = head + "".join(f"<h2>{hx(s.title.upper())}</h2>" + items_html(s.items, entry)
                          for s in res.sections)

    def decorate(page: pymupdf.Page, pno: int, count: int) -> None:
        grey = (0.4, 0.4, 0.4)
        page.insert_text((56, 818), "© European Union, 2002-2025 | europa.eu/europass", fontsize=7,
                         fontname="helv", color=grey)
        page.insert_text((500, 818), f"Page {pno + 1} / {count}", fontsize=7, fontname="helv", color=grey)

    flows = [Flow(body, css, lambda p: pymupdf.Rect(56, 40, 540, 796))]
    return compose_pdf(A4, flows, res.meta, decorate)


# ---- DOCX resume: a contents block with dotted leaders under the name ---------------------------


def dx_toc(res: Any) -> bytes:
    m = res.meta
    d = new_docx(m, "Segoe UI", 10, 0.8, a4=True)
    para(d, res.name, bold=True, size=20, color="203864", after=0)
    if res.tagline:
        para(d, res.tagline, size=11, color="595959", after=2)
    for c in res.contacts:
        para(d, c, size=9, after=2)
    para(d, "Contents", bold=True, size=10.5, color="203864", before=8, after=2)
    pages = m.get("toc_pages", "").split(",")
    for n, s in enumerate(res.sections):
        p = para(d, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        add_runs(p, f"{n + 1}.  {s.title}", size=9.5)
        p.add_run("\t" + (pages[n].strip() if n < len(pages) else "1"))
    for n, s in enumerate(res.sections):
        h = para(d, f"{n + 1}. {s.title}", style="Heading 1", before=12, after=3)
        bottom_border(h, "8EAADB")
        docx_items(d, s.items, 6.6, sep=" · ")
    return docx_bytes(d, m)


def subset_fonts(data: bytes) -> bytes:
    """Keep only the glyphs used of every embedded font (the icon glyphs fall back to whole symbol
    and emoji fonts otherwise), as LaTeX and Canva exports do; the subset tags are deterministic."""
    doc = pymupdf.open("pdf", data)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def tpl_canva_icons(res: Any) -> bytes:
    """The Canva sidebar page of the third set, its contact lines led by icon glyphs."""
    return subset_fonts(_base["tpl_canva"](res))


PDF_TEMPLATES["altacv"] = lambda res: subset_fonts(tpl_altacv(res))
PDF_TEMPLATES["canva_icons"] = tpl_canva_icons
PDF_TEMPLATES["europass"] = tpl_europass
DOCX_TEMPLATES["docx_toc"] = dx_toc

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
