"""DOCX layout families the reader used to fail on: the whole body in one table (Google Docs
and Europass templates, headings in the left cell), nested tables, text boxes inside
mc:AlternateContent (with the VML fallback copy Word writes), content controls (w:sdt) at
block, row and run level, tracked insertions and hyperlinks inside paragraphs, section breaks
and two-column sections, tab-aligned dates, academic CVs and Problem / Solution / Impact
write-ups. Built with python-docx plus raw WordprocessingML where python-docx has no API."""

from __future__ import annotations

import copy
import random
from pathlib import Path

from .bank import CV, Entry, make_cv
from .truth import Truth

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _doc(rng: random.Random):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Garamond", "Georgia", "Cambria"])
    st.font.size = Pt(rng.choice([9.5, 10, 10.5, 11]))
    return d


def _right_tab(par, inches: float = 6.5, leader: bool = False) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Inches

    par.paragraph_format.tab_stops.add_tab_stop(
        Inches(inches), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES
    )


def _no_borders(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    table._tbl.tblPr.append(borders)


def _heading(container, title: str, truth: Truth, rng_style: str, size: float = 12):
    from docx.shared import Pt, RGBColor

    printed = title.upper() if rng_style in ("caps", "spaced") else title
    p = container.add_paragraph()
    r = p.add_run(printed)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    truth.section(printed)
    return p


def _bullet(container, text: str, mode: str):
    """A bullet paragraph: 'style' (List Bullet), 'manual' ('•<tab>text'), 'dash'."""
    from docx.shared import Inches

    if mode == "style":
        try:
            return container.add_paragraph(text, style="List Bullet")
        except KeyError:  # a table cell in a document without the style
            pass
    glyph = "–" if mode == "dash" else "•"
    p = container.add_paragraph(f"{glyph}\t{text}")
    p.paragraph_format.left_indent = Inches(0.25)
    p.paragraph_format.first_line_indent = Inches(-0.2)
    return p


def _entry(container, e: Entry, rng: random.Random, mode: str, tab_in: float = 6.5,
           header: str | None = None) -> None:
    """Title / organization / dates lines and bullets of one entry."""
    header = header or rng.choice(["title_tab_dates", "org_tab_dates", "one_line"])
    if header == "title_tab_dates":
        p = container.add_paragraph()
        _right_tab(p, tab_in)
        p.add_run(e.title).bold = True
        p.add_run("\t" + e.dates)
        if e.org:
            p2 = container.add_paragraph()
            _right_tab(p2, tab_in)
            p2.add_run(e.org).italic = True
            if e.location:
                p2.add_run("\t" + e.location).italic = True
    elif header == "org_tab_dates" and e.org:
        p = container.add_paragraph()
        _right_tab(p, tab_in)
        p.add_run(e.org).bold = True
        p.add_run("\t" + e.dates)
        container.add_paragraph().add_run(e.title).italic = True
    else:
        p = container.add_paragraph()
        p.add_run(e.title).bold = True
        rest = ([e.org] if e.org else []) + [e.dates]
        p.add_run(" | " + " | ".join(rest))
    if e.desc:
        container.add_paragraph().add_run(e.desc).italic = True
    for b in e.bullets:
        label = b.split(":", 1)[0]
        if label in ("Problem", "Solution", "Impact", "Challenge", "Approach", "Result"):
            p = container.add_paragraph()
            p.add_run(label + ":").bold = True
            p.add_run(" " + b.split(":", 1)[1].strip())
            continue
        _bullet(container, b, mode)
    if e.tech:
        container.add_paragraph(e.tech)


def _section_content(container, key: str, cv: CV, truth: Truth, rng: random.Random, mode: str,
                     tab_in: float = 6.5) -> None:
    if key == "summary":
        container.add_paragraph(cv.summary)
    elif key in ("experience", "volunteer"):
        header = rng.choice(["title_tab_dates", "org_tab_dates", "one_line"])
        for e in cv.jobs if key == "experience" else cv.volunteer:
            _entry(container, e, rng, mode, tab_in, header)
            truth.role(e.title, e.org, e.dates, e.bullets)
    elif key == "projects":
        for e in cv.projects:
            _entry(container, Entry(e.title, "", e.dates, bullets=e.bullets, tech=e.tech), rng, mode,
                   tab_in, "title_tab_dates")
            truth.role(e.title, "", e.dates, e.bullets)
    elif key == "education":
        for s in cv.schools:
            p = container.add_paragraph()
            _right_tab(p, tab_in)
            p.add_run(s.degree).bold = True
            p.add_run(f", {s.school}\t{s.dates}")
            if s.detail:
                container.add_paragraph(s.detail)
    elif key == "skills":
        as_bullets = rng.random() < 0.4
        for k, v in cv.skills.items():
            if as_bullets:
                _bullet(container, f"{k}: {', '.join(v)}", mode)
            else:
                p = container.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(", ".join(v))
    elif key in ("certifications", "awards", "talks", "service"):
        items = {"certifications": cv.certifications, "awards": cv.awards, "talks": cv.talks,
                 "service": cv.service}[key]
        for x in items:
            _bullet(container, x, mode)
    elif key == "languages":
        container.add_paragraph(", ".join(cv.languages))
    elif key == "publications":
        for x in cv.publications:
            try:
                container.add_paragraph(x, style="List Number")
            except KeyError:
                container.add_paragraph(x)
    elif key == "teaching":
        for e in cv.teaching:
            _entry(container, e, rng, mode, tab_in, "title_tab_dates")
            truth.role(e.title, e.org, e.dates, e.bullets)


def _order(cv: CV, rng: random.Random, academic: bool = False) -> list[str]:
    if academic:
        return ["education", "experience", "teaching", "publications", "talks", "service", "skills"]
    order = ["summary", "experience", "projects", "education", "skills"]
    if not cv.projects:
        order.remove("projects")
    if rng.random() < 0.5:
        order.append(rng.choice(["certifications", "awards", "languages"]))
    return order


def _name_block(container, cv: CV) -> None:
    from docx.shared import Pt

    p = container.add_paragraph()
    r = p.add_run(cv.name)
    r.bold = True
    r.font.size = Pt(20)
    container.add_paragraph(f"{cv.city} | {cv.phone} | {cv.email} | {cv.link}")


def _clear_first(cell) -> None:
    """A new cell starts with one empty paragraph: remove it once content is added."""
    first = cell.paragraphs[0]
    if not first.text and len(cell.paragraphs) > 1:
        first._p.getparent().remove(first._p)


# ----------------------------------------------------------------------------- families
def build_body_table(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """The whole body is one borderless table (Google Docs table templates): row 1 the name,
    then one row per section with the heading in the left cell and the content in the right
    one; or the heading in a row of its own above a content row."""
    from docx.shared import Inches

    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "psi", "student"]) if lang == "en" else "industry", lang)
    d = _doc(rng)
    order = _order(cv, rng)
    stacked = rng.random() < 0.3  # heading row above content row
    table = d.add_table(rows=1 + len(order) * (2 if stacked else 1), cols=2)
    if rng.random() < 0.7:
        _no_borders(table)
    head = table.cell(0, 0).merge(table.cell(0, 1))
    _name_block(head, cv)
    _clear_first(head)
    mode = rng.choice(["style", "manual", "dash"])
    hstyle = rng.choice(["caps", "title"])
    for i, key in enumerate(order):
        if stacked:
            hcell = table.cell(1 + 2 * i, 0).merge(table.cell(1 + 2 * i, 1))
            ccell = table.cell(2 + 2 * i, 0).merge(table.cell(2 + 2 * i, 1))
        else:
            hcell, ccell = table.cell(1 + i, 0), table.cell(1 + i, 1)
            hcell.width, ccell.width = Inches(1.5), Inches(5.5)
        _heading(hcell, cv.titles[key], truth, hstyle)
        _clear_first(hcell)
        _section_content(ccell, key, cv, truth, rng, mode, tab_in=5.3)
        _clear_first(ccell)
    d.save(str(path))
    return truth


def build_europass(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Europass-like Word CV: each section a table whose left cell holds the dates (and the
    heading on the first row), the right cell the position, employer and duties."""
    from docx.shared import Inches, Pt

    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    d = _doc(rng)
    _name_block(d, cv)
    mode = rng.choice(["style", "manual"])
    for key in ["summary", "experience", "education", "skills", "languages"]:
        rows = cv.jobs if key == "experience" else [None]
        table = d.add_table(rows=1 + len(rows), cols=2)
        _no_borders(table)
        left, right = table.cell(0, 0), table.cell(0, 1)
        left.width, right.width = Inches(1.8), Inches(5.0)
        hp = left.paragraphs[0]
        printed = cv.titles[key].upper()
        run = hp.add_run(printed)
        run.bold, run.font.size = True, Pt(11)
        truth.section(printed)
        right.paragraphs[0].text = ""
        for k, e in enumerate(rows):
            lc, rc = table.cell(1 + k, 0), table.cell(1 + k, 1)
            lc.width, rc.width = Inches(1.8), Inches(5.0)
            if e is None:
                _section_content(rc, key, cv, truth, rng, mode, tab_in=4.8)
                _clear_first(rc)
                continue
            lc.paragraphs[0].text = e.dates
            if e.location:
                lc.add_paragraph(e.location)
            p = rc.paragraphs[0]
            p.add_run(e.title.upper() if rng.random() < 0.4 else e.title).bold = True
            rc.add_paragraph(e.org)
            for b in e.bullets:
                _bullet(rc, b, mode)
            printed_title = p.text
            truth.role(printed_title, e.org, e.dates, e.bullets)
        d.add_paragraph()
    d.save(str(path))
    return truth


def build_nested(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """An outer two-column layout table (sidebar | main); the sidebar holds a nested table of
    skills, each entry header in the main cell is a nested table (title, org | dates)."""
    from docx.shared import Inches

    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    d = _doc(rng)
    _name_block(d, cv)
    outer = d.add_table(rows=1, cols=2)
    _no_borders(outer)
    side, main = outer.cell(0, 0), outer.cell(0, 1)
    side.width, main.width = Inches(2.1), Inches(4.9)
    if rng.random() < 0.5:  # the sidebar on the right
        side, main = main, side
    hstyle = rng.choice(["caps", "title"])
    mode = rng.choice(["style", "manual", "dash"])
    _heading(side, cv.titles["skills"], truth, hstyle)
    items = [x for v in cv.skills.values() for x in v]
    half = (len(items) + 1) // 2
    inner = side.add_table(rows=half, cols=2)
    for i, x in enumerate(items):
        inner.cell(i % half, i // half).paragraphs[0].text = x
    _heading(side, cv.titles["education"], truth, hstyle)
    for s in cv.schools:
        side.add_paragraph().add_run(s.degree).bold = True
        side.add_paragraph(s.school)
        side.add_paragraph(s.dates)
    _heading(side, cv.titles["languages"], truth, hstyle)
    for x in cv.languages:
        side.add_paragraph(x)
    _clear_first(side)
    _heading(main, cv.titles["summary"], truth, hstyle)
    main.add_paragraph(cv.summary)
    _heading(main, cv.titles["experience"], truth, hstyle)
    for e in cv.jobs:
        hdr = main.add_table(rows=1, cols=2)
        a, b = hdr.cell(0, 0), hdr.cell(0, 1)
        a.paragraphs[0].add_run(e.title).bold = True
        a.add_paragraph(e.org).runs[0].italic = True
        b.paragraphs[0].text = e.dates
        if e.location:
            b.add_paragraph(e.location)
        for x in e.bullets:
            _bullet(main, x, mode)
        truth.role(e.title, e.org, e.dates, e.bullets)
    if cv.projects:
        _heading(main, cv.titles["projects"], truth, hstyle)
        for e in cv.projects:
            _entry(main, Entry(e.title, "", e.dates, bullets=e.bullets), rng, mode, 4.6, "title_tab_dates")
            truth.role(e.title, "", e.dates, e.bullets)
    _clear_first(main)
    d.save(str(path))
    return truth


def _txbx_run(paragraph_elements: list, width_emu: int = 1900000) -> object:
    """A run holding a DrawingML text box (mc:Choice) and Word's VML fallback copy."""
    from lxml import etree

    nsmap = {"w": W_NS, "mc": MC_NS, "wps": WPS_NS, "wp": WP_NS, "a": A_NS, "v": V_NS}
    r = etree.SubElement(etree.Element(_w("p"), nsmap=nsmap), _w("r"))
    alt = etree.SubElement(r, f"{{{MC_NS}}}AlternateContent")
    choice = etree.SubElement(alt, f"{{{MC_NS}}}Choice", Requires="wps")
    drawing = etree.SubElement(choice, _w("drawing"))
    anchor = etree.SubElement(drawing, f"{{{WP_NS}}}anchor", distT="0", distB="0", distL="114300",
                              distR="114300", simplePos="0", relativeHeight="2", behindDoc="0",
                              locked="0", layoutInCell="1", allowOverlap="1")
    etree.SubElement(anchor, f"{{{WP_NS}}}simplePos", x="0", y="0")
    ph = etree.SubElement(anchor, f"{{{WP_NS}}}positionH", relativeFrom="page")
    etree.SubElement(ph, f"{{{WP_NS}}}posOffset").text = "300000"
    pv = etree.SubElement(anchor, f"{{{WP_NS}}}positionV", relativeFrom="page")
    etree.SubElement(pv, f"{{{WP_NS}}}posOffset").text = "900000"
    etree.SubElement(anchor, f"{{{WP_NS}}}extent", cx=str(width_emu), cy="8000000")
    etree.SubElement(anchor, f"{{{WP_NS}}}wrapSquare", wrapText="bothSides")
    etree.SubElement(anchor, f"{{{WP_NS}}}docPr", id="10", name="Text Box 10")
    graphic = etree.SubElement(anchor, f"{{{A_NS}}}graphic")
    gdata = etree.SubElement(graphic, f"{{{A_NS}}}graphicData", uri=WPS_NS)
    wsp = etree.SubElement(gdata, f"{{{WPS_NS}}}wsp")
    txbx = etree.SubElement(wsp, f"{{{WPS_NS}}}txbx")
    content = etree.SubElement(txbx, _w("txbxContent"))
    for p in paragraph_elements:
        content.append(copy.deepcopy(p))
    etree.SubElement(wsp, f"{{{WPS_NS}}}bodyPr")
    fallback = etree.SubElement(alt, f"{{{MC_NS}}}Fallback")
    pict = etree.SubElement(fallback, _w("pict"))
    shape = etree.SubElement(pict, f"{{{V_NS}}}shape", style="position:absolute;width:150pt;height:630pt")
    vbox = etree.SubElement(shape, f"{{{V_NS}}}textbox")
    content2 = etree.SubElement(vbox, _w("txbxContent"))
    for p in paragraph_elements:
        content2.append(copy.deepcopy(p))
    return r


def build_textbox(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A sidebar (contact, skills, languages, education) in a floating text box written as
    mc:AlternateContent with its VML fallback; section headings of the main column sometimes
    in small text boxes of their own (decorative shapes with text)."""
    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    d = _doc(rng)
    hstyle = rng.choice(["caps", "title"])
    mode = rng.choice(["style", "manual"])
    # sidebar paragraphs drafted in the body, then moved into the text box
    scratch = d.add_paragraph()
    start = len(d.paragraphs)
    _heading(d, cv.titles["contact"], truth, hstyle)
    for x in (cv.email, cv.phone, cv.city):
        d.add_paragraph(x)
    _heading(d, cv.titles["skills"], truth, hstyle)
    for x in [s for v in cv.skills.values() for s in v][:10]:
        _bullet(d, x, mode)
    _heading(d, cv.titles["education"], truth, hstyle)
    for s in cv.schools:
        d.add_paragraph().add_run(s.degree).bold = True
        d.add_paragraph(f"{s.school}, {s.dates}")
    side = [p._p for p in d.paragraphs[start:]]
    for p in side:
        p.getparent().remove(p)
    scratch._p.append(_txbx_run(side))
    scratch.add_run(cv.name).bold = True
    d.add_paragraph(cv.jobs[0].title)
    heads_in_boxes = rng.random() < 0.5
    for key in ["summary", "experience"] + (["projects"] if cv.projects else []):
        if heads_in_boxes:
            holder = d.add_paragraph()
            tmp = _heading(d, cv.titles[key], truth, hstyle)
            el = tmp._p
            el.getparent().remove(el)
            holder._p.append(_txbx_run([el], 1500000))
        else:
            _heading(d, cv.titles[key], truth, hstyle)
        _section_content(d, key, cv, truth, rng, mode, tab_in=4.5)
    d.save(str(path))
    return truth


def _sdt(elements: list, tag: str = "section", run_level: bool = False):
    from lxml import etree

    sdt = etree.Element(_w("sdt"), nsmap={"w": W_NS})
    pr = etree.SubElement(sdt, _w("sdtPr"))
    etree.SubElement(pr, _w("tag"), {_w("val"): tag})
    etree.SubElement(pr, _w("id"), {_w("val"): str(abs(hash(tag)) % 100000)})
    content = etree.SubElement(sdt, _w("sdtContent"))
    for el in elements:
        content.append(el)
    return sdt


def build_content_controls(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Template CVs full of content controls: each section wrapped in a block-level w:sdt,
    titles and dates in run-level w:sdt inside their paragraphs, table rows inside w:sdt,
    a tracked insertion (w:ins) and a hyperlink inside paragraphs."""
    from lxml import etree

    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "student"]), lang)
    d = _doc(rng)
    hstyle = rng.choice(["caps", "title"])
    mode = rng.choice(["style", "manual"])
    _name_block(d, cv)
    body = d.element.body
    for key in _order(cv, rng):
        start = len(body)
        _heading(d, cv.titles[key], truth, hstyle)
        _section_content(d, key, cv, truth, rng, mode)
        new = list(body)[start:]
        new = [el for el in new if el.tag != _w("sectPr")]
        for el in new:
            body.remove(el)
        sect = body.find(_w("sectPr"))
        box = _sdt(new, key)
        if sect is not None:
            sect.addprevious(box)
        else:
            body.append(box)
    # run-level controls: wrap the runs of bold title paragraphs, and some bullet runs
    for p in body.iter(_w("p")):
        runs = p.findall(_w("r"))
        if not runs:
            continue
        bold = runs[0].find(f"{_w('rPr')}/{_w('b')}") is not None
        if bold and rng.random() < 0.7:
            first = runs[0]
            idx = list(p).index(first)
            p.remove(first)
            p.insert(idx, _sdt([first], "title", run_level=True))
        elif len(runs) == 1 and rng.random() < 0.2:
            r = runs[0]
            t = r.find(_w("t"))
            if t is not None and t.text and len(t.text) > 40:
                cut = t.text.index(" ", 20)
                head, tail = t.text[:cut], t.text[cut:]
                t.text = head
                ins = etree.SubElement(p, _w("ins"), {_w("id"): "1", _w("author"): "Reviewer",
                                                     _w("date"): "2024-01-01T00:00:00Z"})
                r2 = copy.deepcopy(r)
                r2.find(_w("t")).text = tail
                r2.find(_w("t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                ins.append(r2)
    d.save(str(path))
    return truth


def build_tabs_sections(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Tab-aligned Word CV: 'Company<tab>City' and 'Title<tab>Dates' with right tab stops
    (sometimes dot leaders), a continuous section break into two newspaper columns for the
    skills, a page break inside the experience, headers and footers with the name."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "psi"]) if lang == "en" else "industry", lang)
    d = _doc(rng)
    d.sections[0].header.paragraphs[0].text = f"{cv.name} – Curriculum Vitae"
    d.sections[0].footer.paragraphs[0].text = "Page 1"
    _name_block(d, cv)
    hstyle = rng.choice(["caps", "title"])
    mode = rng.choice(["style", "manual", "dash"])
    leader = rng.random() < 0.3
    for key in _order(cv, rng):
        if key == "skills":
            d.add_section(WD_SECTION.CONTINUOUS)
            d.sections[-1]._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="720"/>'))
        _heading(d, cv.titles[key], truth, hstyle)
        if key == "experience":
            for k, e in enumerate(cv.jobs):
                p = d.add_paragraph()
                _right_tab(p, 6.5, leader)
                p.add_run(e.org).bold = True
                p.add_run("\t" + e.location)
                p2 = d.add_paragraph()
                _right_tab(p2, 6.5, leader)
                p2.add_run(e.title).italic = True
                p2.add_run("\t" + e.dates)
                for b in e.bullets:
                    _bullet(d, b, mode)
                truth.role(e.title, e.org, e.dates, e.bullets)
                if k == 0 and rng.random() < 0.5:
                    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _section_content(d, key, cv, truth, rng, mode)
        if key == "skills":
            d.add_section(WD_SECTION.CONTINUOUS)
    d.save(str(path))
    return truth


def build_academic_docx(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """An academic Word CV: numbered publications, presentations and service as List Bullet
    paragraphs, teaching entries, research positions with duties."""
    truth = Truth()
    cv = make_cv(rng, split, "academic")
    d = _doc(rng)
    _name_block(d, cv)
    hstyle = rng.choice(["caps", "title"])
    use_styles = rng.random() < 0.5
    for key in _order(cv, rng, academic=True):
        if use_styles:
            printed = cv.titles[key]
            d.add_heading(printed, level=1)
            truth.section(printed)
        else:
            _heading(d, cv.titles[key], truth, hstyle)
        _section_content(d, key, cv, truth, rng, "style")
    d.save(str(path))
    return truth


DOCX_FAMILIES = {
    "docx_body_table": build_body_table,
    "docx_europass": build_europass,
    "docx_nested": build_nested,
    "docx_textbox": build_textbox,
    "docx_content_controls": build_content_controls,
    "docx_tabs": build_tabs_sections,
    "docx_academic": build_academic_docx,
}


def build_newspaper_columns(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Held-back only: the whole body in a two-column Word section (text flows from the left
    column into the right), Heading 2 sections, numbered achievements, 'Company — Title' lines
    with the dates in parentheses."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    d = _doc(rng)
    d.sections[0]._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="500"/>'))
    d.add_paragraph(cv.name, style="Title")
    d.add_paragraph(f"{cv.email} · {cv.phone}")
    for key in ["summary", "experience", "education", "skills"] + (["projects"] if cv.projects else []):
        printed = cv.titles[key]
        d.add_heading(printed, level=2)
        truth.section(printed)
        if key == "experience":
            for e in cv.jobs:
                p = d.add_paragraph()
                p.add_run(e.org).bold = True
                p.add_run(f" — {e.title} ({e.dates})")
                for b in e.bullets:
                    try:
                        d.add_paragraph(b, style="List Number")
                    except KeyError:
                        d.add_paragraph(b)
                truth.role(e.title, e.org, e.dates, e.bullets)
        else:
            _section_content(d, key, cv, truth, rng, "style", tab_in=3.0)
    d.save(str(path))
    return truth


HELD_ONLY_DOCX = {"docx_newspaper_columns": build_newspaper_columns}
