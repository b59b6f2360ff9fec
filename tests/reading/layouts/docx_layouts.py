"""DOCX resumes as people build them in Word (python-docx): heading styles or bold
paragraphs, List Bullet / List Number, manual '•<tab>' bullets, right tab stops for dates,
layout tables and text boxes. Each builder returns the ground truth."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .candidates import DEV, ELENA, MAYA, SAM, Candidate
from .truth import Truth


def _doc():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _right_tab(par, inches: float = 6.5) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches

    par.paragraph_format.tab_stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.RIGHT)


def _bold_heading(d, title: str, truth: Truth, caps: bool = True):
    from docx.shared import Pt, RGBColor

    text = title.upper() if caps else title
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    truth.section(text)
    return p


def _manual_bullet(container, text: str, glyph: str = "•"):
    from docx.shared import Inches

    p = container.add_paragraph(f"{glyph}\t{text}")
    p.paragraph_format.left_indent = Inches(0.25)
    p.paragraph_format.first_line_indent = Inches(-0.2)
    return p


def build_word_styles(path: Path, c: Candidate) -> Truth:
    """Heading 1 sections, bold title + right tab dates, italic organization, List Bullet."""
    truth = Truth()
    d = _doc()
    d.add_paragraph(c.name, style="Title")
    d.add_paragraph(f"{c.email} | {c.phone} | {c.city} | {c.link}")
    d.add_heading(truth.section("Summary"), level=1)
    d.add_paragraph(c.summary)
    d.add_heading(truth.section("Professional Experience"), level=1)
    for j in c.jobs:
        p = d.add_paragraph()
        _right_tab(p)
        p.add_run(j.title).bold = True
        p.add_run(f"\t{j.dates}")
        p2 = d.add_paragraph()
        _right_tab(p2)
        p2.add_run(j.org).italic = True
        p2.add_run(f"\t{j.location}").italic = True
        for b in j.bullets:
            d.add_paragraph(b, style="List Bullet")
        truth.role(j.title, j.org, j.dates, j.bullets)
    d.add_heading(truth.section("Projects"), level=1)
    for pr in c.projects:
        p = d.add_paragraph()
        _right_tab(p)
        p.add_run(pr.name).bold = True
        p.add_run(f" | {pr.tech}\t{pr.dates}")
        for b in pr.bullets:
            d.add_paragraph(b, style="List Bullet")
        truth.role(pr.name, "", pr.dates, pr.bullets)
    d.add_heading(truth.section("Education"), level=1)
    for s in c.schools:
        p = d.add_paragraph()
        _right_tab(p)
        p.add_run(s.degree).bold = True
        p.add_run(f", {s.school}\t{s.dates}")
        d.add_paragraph(s.detail)
    d.add_heading(truth.section("Technical Skills"), level=1)
    for k, v in c.skills.items():
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(", ".join(v))
    if c.certifications:
        d.add_heading(truth.section("Certifications"), level=1)
        for x in c.certifications:
            d.add_paragraph(x, style="List Bullet")
    d.save(str(path))
    return truth


def build_manual_bullets(path: Path, c: Candidate) -> Truth:
    """No styles at all: bold caps paragraphs as headings, 'Title | Company | Dates' lines,
    bullets typed as '•<tab>text' with a hanging indent."""
    truth = Truth()
    d = _doc()
    p = d.add_paragraph()
    r = p.add_run(c.name)
    r.bold = True
    from docx.shared import Pt

    r.font.size = Pt(18)
    d.add_paragraph(f"{c.city} • {c.phone} • {c.email}")
    _bold_heading(d, "Profile", truth)
    d.add_paragraph(c.summary)
    _bold_heading(d, "Work History", truth)
    for j in c.jobs:
        p = d.add_paragraph()
        p.add_run(j.title).bold = True
        p.add_run(f" | {j.org} | {j.dates}")
        for b in j.bullets:
            _manual_bullet(d, b)
        truth.role(j.title, j.org, j.dates, j.bullets)
    if c.volunteer:
        _bold_heading(d, "Volunteer Experience", truth)
        for j in c.volunteer:
            p = d.add_paragraph()
            p.add_run(j.title).bold = True
            p.add_run(f" | {j.org} | {j.dates}")
            for b in j.bullets:
                _manual_bullet(d, b)
            truth.role(j.title, j.org, j.dates, j.bullets)
    _bold_heading(d, "Education", truth)
    for s in c.schools:
        p = d.add_paragraph()
        p.add_run(s.school).bold = True
        p.add_run(f" | {s.degree} | {s.dates}")
        d.add_paragraph(s.detail)
    _bold_heading(d, "Core Competencies", truth)
    d.add_paragraph(" • ".join(x for v in c.skills.values() for x in v))
    if c.achievements:
        _bold_heading(d, "Achievements", truth)
        for x in c.achievements:
            _manual_bullet(d, x)
    d.save(str(path))
    return truth


def _no_borders(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tbl_pr = table._tbl.tblPr
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(
            f'<w:{e} w:val="nil"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    tbl_pr.append(borders)


def build_table_sidebar(path: Path, c: Candidate) -> Truth:
    """A two-column layout table: sidebar cell (contact, skills, education) + main cell."""
    from docx.shared import Inches, Pt

    truth = Truth()
    d = _doc()
    p = d.add_paragraph()
    r = p.add_run(c.name)
    r.bold = True
    r.font.size = Pt(20)
    table = d.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.width, right.width = Inches(2.2), Inches(4.8)

    def cell_heading(cell, title: str) -> None:
        hp = cell.add_paragraph()
        hr = hp.add_run(title.upper())
        hr.bold = True
        hr.font.size = Pt(12)
        truth.section(title.upper())

    left.paragraphs[0].text = c.email
    for x in (c.phone, c.city, c.link):
        left.add_paragraph(x)
    cell_heading(left, "Skills")
    for v in c.skills.values():
        for s in v:
            left.add_paragraph(s)
    cell_heading(left, "Education")
    for s in c.schools:
        left.add_paragraph().add_run(s.degree).bold = True
        left.add_paragraph(s.school)
        left.add_paragraph(s.dates)
    right.paragraphs[0].text = c.summary
    cell_heading(right, "Experience")
    for j in c.jobs:
        hp = right.add_paragraph()
        hp.add_run(j.title).bold = True
        hp.add_run(f", {j.org}")
        right.add_paragraph(f"{j.dates} | {j.location}").runs[0].italic = True
        for b in j.bullets:
            right.add_paragraph(b, style="List Bullet")
        truth.role(j.title, j.org, j.dates, j.bullets)
    cell_heading(right, "Projects")
    for pr in c.projects:
        hp = right.add_paragraph()
        hp.add_run(pr.name).bold = True
        hp.add_run(f" ({pr.dates})")
        for b in pr.bullets:
            right.add_paragraph(b, style="List Bullet")
        truth.role(pr.name, "", pr.dates, pr.bullets)
    d.save(str(path))
    return truth


def build_numbered_orgline(path: Path, c: Candidate) -> Truth:
    """Heading 2 sections, 'Company, City' line then 'Title<tab>dates', List Number items."""
    truth = Truth()
    d = _doc()
    d.add_paragraph(c.name, style="Title")
    d.add_paragraph(f"{c.email}  ·  {c.phone}")
    d.add_heading(truth.section("Relevant Experience"), level=2)
    for j in c.jobs:
        p = d.add_paragraph()
        p.add_run(f"{j.org}, {j.location}").bold = True
        p2 = d.add_paragraph()
        _right_tab(p2)
        p2.add_run(j.title).italic = True
        p2.add_run(f"\t{j.dates}")
        for b in j.bullets:
            d.add_paragraph(b, style="List Number")
        truth.role(j.title, j.org, j.dates, j.bullets)
    d.add_heading(truth.section("Education"), level=2)
    for s in c.schools:
        p = d.add_paragraph()
        _right_tab(p)
        p.add_run(s.school).bold = True
        p.add_run(f"\t{s.dates}")
        d.add_paragraph(f"{s.degree}; {s.detail}")
    d.add_heading(truth.section("Skills"), level=2)
    for k, v in c.skills.items():
        d.add_paragraph(f"{k}: {', '.join(v)}")
    if c.publications:
        d.add_heading(truth.section("Publications"), level=2)
        for x in c.publications:
            d.add_paragraph(x)
    d.save(str(path))
    return truth


def build_table_dates(path: Path, c: Candidate) -> Truth:
    """Each entry header is a borderless two-cell table (title/company left, dates right)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    truth = Truth()
    d = _doc()
    d.add_paragraph(c.name, style="Title")
    d.add_paragraph(f"{c.city} | {c.email}")
    _bold_heading(d, "Experience", truth)
    for j in c.jobs:
        t = d.add_table(rows=2, cols=2)
        _no_borders(t)
        t.cell(0, 0).paragraphs[0].add_run(j.org).bold = True
        t.cell(0, 1).paragraphs[0].add_run(j.location)
        t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        t.cell(1, 0).paragraphs[0].add_run(j.title).italic = True
        t.cell(1, 1).paragraphs[0].add_run(j.dates)
        t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for b in j.bullets:
            _manual_bullet(d, b, "▪")
        truth.role(j.title, j.org, j.dates, j.bullets)
    _bold_heading(d, "Projects", truth)
    for pr in c.projects:
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        t.cell(0, 0).paragraphs[0].add_run(pr.name).bold = True
        t.cell(0, 1).paragraphs[0].add_run(pr.dates)
        d.add_paragraph(f"Technologies: {pr.tech}").runs[0].italic = True
        for b in pr.bullets:
            _manual_bullet(d, b, "▪")
        truth.role(pr.name, "", pr.dates, pr.bullets)
    _bold_heading(d, "Education", truth)
    for s in c.schools:
        d.add_paragraph(f"{s.degree}, {s.school}, {s.dates}")
    _bold_heading(d, "Technical Skills", truth)
    for k, v in c.skills.items():
        d.add_paragraph(f"{k}: {', '.join(v)}")
    d.save(str(path))
    return truth


_TEXTBOX = """<w:r {ns}><w:pict><v:shape style="position:absolute;width:170pt;height:260pt;
mso-position-horizontal:right" stroked="f"><v:textbox><w:txbxContent>{paras}</w:txbxContent>
</v:textbox></v:shape></w:pict></w:r>"""


def build_textbox(path: Path, c: Candidate) -> Truth:
    """Contact and skills in a floating text box (VML), experience in the body."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    truth = Truth()
    d = _doc()
    d.add_paragraph(c.name, style="Title")
    anchor = d.add_paragraph()
    truth.section("SKILLS")
    paras = "".join(
        f"<w:p><w:r><w:t>{escape(x)}</w:t></w:r></w:p>" for x in [c.email, c.phone, c.link]
    )
    paras += "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>SKILLS</w:t></w:r></w:p>"
    paras += "".join(
        f"<w:p><w:r><w:t>{escape(', '.join(v))}</w:t></w:r></w:p>" for v in c.skills.values()
    )
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    anchor._p.append(parse_xml(_TEXTBOX.format(ns=ns, paras=paras)))
    d.add_heading(truth.section("Experience"), level=1)
    for j in c.jobs:
        p = d.add_paragraph()
        _right_tab(p)
        p.add_run(f"{j.title} – {j.org}").bold = True
        p.add_run(f"\t{j.dates}")
        for b in j.bullets:
            d.add_paragraph(b, style="List Bullet")
        truth.role(j.title, j.org, j.dates, j.bullets)
    d.add_heading(truth.section("Education"), level=1)
    for s in c.schools:
        d.add_paragraph(f"{s.degree} – {s.school} ({s.dates})")
    d.save(str(path))
    return truth


DOCX_LAYOUTS: dict[str, Callable[[Path], Truth]] = {
    "docx_heading_styles_tabs": lambda p: build_word_styles(p, MAYA),
    "docx_manual_bullets_pipe": lambda p: build_manual_bullets(p, DEV),
    "docx_table_sidebar": lambda p: build_table_sidebar(p, ELENA),
    "docx_list_number_orgline": lambda p: build_numbered_orgline(p, ELENA),
    "docx_table_dates": lambda p: build_table_dates(p, SAM),
    "docx_textbox": lambda p: build_textbox(p, DEV),
}


def build_wrapped_in_table(path: Path, c: Candidate) -> Truth:
    """Template style: the whole resume sits in a one-cell table; Title-case bold headings
    with a colon, 'Company — Title' bold/italic runs and dates on the next line, Word's
    automatic '-' bullets typed as text ('- ' at the start of a paragraph)."""
    from docx.shared import Pt

    truth = Truth()
    d = _doc()
    table = d.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    head = cell.paragraphs[0].add_run(c.name)
    head.bold = True
    head.font.size = Pt(16)
    cell.add_paragraph(f"{c.phone} · {c.email} · {c.link}")

    def heading(title: str) -> None:
        p = cell.add_paragraph()
        r = p.add_run(f"{title}:")
        r.bold = True
        r.font.size = Pt(12)
        truth.section(f"{title}:")

    heading("Summary")
    cell.add_paragraph(c.summary)
    heading("Work Experience")
    for j in c.jobs:
        p = cell.add_paragraph()
        p.add_run(j.org).bold = True
        p.add_run(" — ")
        p.add_run(j.title).italic = True
        cell.add_paragraph(f"{j.dates}, {j.location}")
        for b in j.bullets:
            cell.add_paragraph(f"- {b}")
        truth.role(j.title, j.org, j.dates, j.bullets)
    heading("Projects")
    for pr in c.projects:
        p = cell.add_paragraph()
        p.add_run(pr.name).bold = True
        p.add_run(f" ({pr.dates})")
        for b in pr.bullets:
            cell.add_paragraph(f"- {b}")
        truth.role(pr.name, "", pr.dates, pr.bullets)
    heading("Education")
    for s in c.schools:
        cell.add_paragraph(f"{s.degree}, {s.school}, {s.dates}. {s.detail}")
    heading("Skills")
    cell.add_paragraph("; ".join(x for v in c.skills.values() for x in v))
    d.save(str(path))
    return truth


DOCX_LAYOUTS["docx_one_cell_template"] = lambda p: build_wrapped_in_table(p, SAM)
