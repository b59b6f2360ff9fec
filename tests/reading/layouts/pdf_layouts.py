"""PDF resumes in layouts real people use, rendered with PyMuPDF Story (HTML+CSS) or placed
line by line like a word processor's export; each builder returns the ground truth."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from .candidates import DEV, ELENA, MAYA, PRIYA, SAM, Candidate, Job
from .truth import Truth

LETTER = (612, 792)
A4 = (595, 842)


def _e(text: str) -> str:
    return escape(text, quote=False)


# ----------------------------------------------------------------- rendering
def render_story(
    path: Path,
    main_html: str,
    css: str,
    size: tuple[int, int] = LETTER,
    margins: tuple[int, int, int, int] = (50, 45, 50, 45),
    sidebar_html: str | None = None,
    sidebar_side: str = "left",
    sidebar_width: int = 170,
    header_html: str | None = None,
) -> int:
    """Render HTML into a PDF; with a sidebar, page 1 gets two columns (the main column
    continues on later pages at the same width). Returns the page count."""
    import pymupdf

    width, height = size
    ml, mt, mr, mb = margins
    mediabox = pymupdf.Rect(0, 0, width, height)
    writer = pymupdf.DocumentWriter(str(path))
    main = pymupdf.Story(html=main_html, user_css=css)
    side = pymupdf.Story(html=sidebar_html, user_css=css) if sidebar_html else None
    head = pymupdf.Story(html=header_html, user_css=css) if header_html else None
    more, page = True, 0
    while more:
        device = writer.begin_page(mediabox)
        top = mt
        if head is not None and page == 0:
            _more, filled = head.place(pymupdf.Rect(ml, mt, width - mr, height - mb))
            head.draw(device)
            top = pymupdf.Rect(filled).y1 + 10
        if side is not None:
            gap = 18
            if sidebar_side == "left":
                srect = pymupdf.Rect(ml, top, ml + sidebar_width, height - mb)
                mrect = pymupdf.Rect(ml + sidebar_width + gap, top, width - mr, height - mb)
            else:
                srect = pymupdf.Rect(width - mr - sidebar_width, top, width - mr, height - mb)
                mrect = pymupdf.Rect(ml, top, width - mr - sidebar_width - gap, height - mb)
            if page == 0:
                side.place(srect)
                side.draw(device)
            else:
                mrect = pymupdf.Rect(mrect.x0, mt, mrect.x1, height - mb)
        else:
            mrect = pymupdf.Rect(ml, top, width - mr, height - mb)
        more, _ = main.place(mrect)
        main.draw(device)
        writer.end_page()
        page += 1
    writer.close()
    return page


# ----------------------------------------------------------------- HTML pieces
def heading(title: str, kind: str) -> str:
    if kind == "rule":
        return f'<h2 class="rule">{_e(title)}</h2>'
    if kind == "smallcaps":
        words = []
        for w in title.split():
            words.append(f'{_e(w[0].upper())}<span class="sc">{_e(w[1:].upper())}</span>')
        return f'<p class="smallcaps">{" ".join(words)}</p>'
    if kind == "caps":
        return f'<h2 class="caps">{_e(title.upper())}</h2>'
    if kind == "colour":
        return f'<h3 class="colour">{_e(title)}</h3>'
    return f"<h2>{_e(title)}</h2>"


def heading_text(title: str, kind: str) -> str:
    """The heading as printed (what the truth records)."""
    return title.upper() if kind in ("caps", "smallcaps") else title


def bullets_html(items: tuple[str, ...] | list[str], style: str) -> str:
    if not items:
        return ""
    if style == "ol":
        return "<ol>" + "".join(f"<li>{_e(b)}</li>" for b in items) + "</ol>"
    if style == "para":
        return "".join(f'<p class="para">{_e(b)}</p>' for b in items)
    if style in ("•", "ul"):
        return "<ul>" + "".join(f"<li>{_e(b)}</li>" for b in items) + "</ul>"
    # a glyph typed in the text with a hanging indent
    return "".join(f'<p class="glyph">{style}&nbsp;&nbsp;{_e(b)}</p>' for b in items)


def role_header(job: Job, style: str, project: bool = False) -> str:
    t, o, d, loc = _e(job.title), _e(job.org), _e(job.dates), _e(job.location)
    if style == "table":
        return (
            f'<table class="hdr"><tr><td><b>{t}</b>, {o}</td>'
            f'<td class="right">{d}</td></tr></table>'
        )
    if style == "table2":  # org + location on row 1, title + dates on row 2
        return (
            f'<table class="hdr"><tr><td><b>{o}</b></td><td class="right">{loc}</td></tr>'
            f'<tr><td><i>{t}</i></td><td class="right"><i>{d}</i></td></tr></table>'
        )
    if style == "pipe":
        return f"<p class='hdr'><b>{t}</b> | {o} | {d}</p>"
    if style == "orgloc_title_dates":  # 'Company, Location' then 'Title' then dates
        return f"<p class='hdr'><b>{o}, {loc}</b></p><p class='sub'><i>{t}</i></p><p class='sub'>{d}</p>"
    if style == "title_at_org":
        return f"<p class='hdr'><b>{t}</b> at {o}</p><p class='sub'>{d} · {loc}</p>"
    if style == "org_dash_title":
        return (
            f'<table class="hdr"><tr><td><b>{o}</b> — {t}</td>'
            f'<td class="right">{d}</td></tr></table>'
        )
    raise ValueError(style)


def project_header(p, style: str) -> str:
    n, tech, d = _e(p.name), _e(p.tech), _e(p.dates)
    if style == "table":
        return f'<table class="hdr"><tr><td><b>{n}</b> | <i>{tech}</i></td><td class="right">{d}</td></tr></table>'
    if style == "techline":
        return f"<p class='hdr'><b>{n}</b> ({d})</p><p class='sub'><i>Tech stack: {tech}</i></p>"
    return f"<p class='hdr'><b>{n}</b> — {tech}</p>"


BASE_CSS = """
body { font-family: %(font)s; font-size: %(size)spt; line-height: 1.2; color: #222; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; }
p.contact { font-size: 9pt; color: #444; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
h2.rule { color: %(accent)s; border-bottom: 1px solid %(accent)s; }
h2.caps { letter-spacing: 1pt; }
h3.colour { font-size: 12.5pt; color: %(accent)s; margin: 10pt 0 3pt 0; }
p.smallcaps { font-size: 12.5pt; margin: 10pt 0 3pt 0; color: %(accent)s; }
span.sc { font-size: 9.5pt; }
table.hdr { width: 100%%; margin: 5pt 0 1pt 0; }
table.hdr td { padding: 0; }
td.right { text-align: right; }
p.hdr { margin: 6pt 0 0 0; }
p.sub { margin: 0; }
ul, ol { margin: 1pt 0 2pt 14pt; }
li { margin: 0 0 1.5pt 0; }
p.glyph { margin: 0 0 1.5pt 14pt; text-indent: -10pt; }
p.para { margin: 0 0 3pt 0; }
p { margin: 0 0 2pt 0; }
table.lay { width: 100%%; }
td.date { width: 22%%; vertical-align: top; color: #555; padding: 5pt 10pt 0 0; }
td.body { vertical-align: top; padding-top: 5pt; }
"""


def css(font: str = "sans-serif", size: float = 10, accent: str = "#1f4e79") -> str:
    return BASE_CSS % {"font": font, "size": size, "accent": accent}


def contact_html(c: Candidate, sep: str = " | ") -> str:
    return (
        f"<h1>{_e(c.name)}</h1><p class='contact'>"
        + _e(sep.join([c.email, c.phone, c.city, c.link]))
        + "</p>"
    )


def skills_html(c: Candidate, inline: bool = True) -> str:
    if inline:
        return "".join(f"<p><b>{_e(k)}:</b> {_e(', '.join(v))}</p>" for k, v in c.skills.items())
    out = ""
    for k, v in c.skills.items():
        out += f"<p><b>{_e(k)}</b></p>" + "".join(f"<p>{_e(s)}</p>" for s in v)
    return out


def education_html(c: Candidate, style: str = "table") -> str:
    out = ""
    for s in c.schools:
        if style == "table":
            out += (
                f'<table class="hdr"><tr><td><b>{_e(s.school)}</b></td><td class="right">{_e(s.dates)}</td></tr>'
                f"<tr><td><i>{_e(s.degree)}</i></td><td></td></tr></table><p>{_e(s.detail)}</p>"
            )
        else:  # stacked, for narrow sidebars
            out += f"<p><b>{_e(s.degree)}</b></p><p>{_e(s.school)}</p><p>{_e(s.dates)}</p><p>{_e(s.detail)}</p>"
    return out


def list_html(items: tuple[str, ...], style: str = "ul") -> str:
    if style == "ul":
        return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>"
    return "".join(f"<p>{_e(x)}</p>" for x in items)


# ----------------------------------------------------------------- generic single/2-column builder
def build_story_resume(
    path: Path,
    c: Candidate,
    *,
    head: str,
    role_style: str,
    bullet_style: str,
    titles: dict[str, str],
    order: list[str],
    sidebar: list[str] | None = None,
    sidebar_side: str = "left",
    font: str = "sans-serif",
    size: float = 10,
    accent: str = "#1f4e79",
    project_style: str = "table",
    page: tuple[int, int] = LETTER,
    para_jobs: tuple[int, ...] = (),
    repeat_jobs: int = 1,
    extra_css: str = "",
) -> Truth:
    """A resume from sections in `order` (and `sidebar` sections in a side column)."""
    truth = Truth()

    def section(key: str, narrow: bool = False) -> str:
        title = titles[key]
        printed = heading_text(title, head)
        truth.section(printed)
        out = heading(title, head)
        if key == "summary":
            out += f"<p>{_e(c.summary)}</p>"
        elif key in ("experience", "volunteer"):
            jobs = c.jobs * repeat_jobs if key == "experience" else c.volunteer
            for k, job in enumerate(jobs):
                out += role_header(job, role_style)
                style = "para" if k in para_jobs else bullet_style
                items = list(job.bullets)
                out += bullets_html(items, style)
                truth.role(job.title, job.org, job.dates, items)
        elif key == "projects":
            for p in c.projects:
                out += project_header(p, project_style)
                out += bullets_html(p.bullets, bullet_style)
                truth.role(p.name, "", p.dates, p.bullets)
        elif key == "education":
            out += education_html(c, "stacked" if narrow else "table")
        elif key == "skills":
            out += skills_html(c, inline=not narrow)
        elif key == "certifications":
            out += list_html(c.certifications, "p" if narrow else "ul")
        elif key == "publications":
            out += list_html(c.publications, "p")
        elif key == "achievements":
            out += list_html(c.achievements, "p" if narrow else "ul")
        elif key == "contact":
            out += "".join(f"<p>{_e(x)}</p>" for x in (c.email, c.phone, c.city, c.link))
        return out

    sheet = css(font, size, accent) + extra_css
    if sidebar:
        side_html = "".join(section(k, narrow=True) for k in sidebar)
        header = f"<h1>{_e(c.name)}</h1>"
        if "contact" not in sidebar:
            header = contact_html(c)
        main_html = "".join(section(k) for k in order)
        render_story(
            path,
            main_html,
            sheet,
            size=page,
            sidebar_html=side_html,
            sidebar_side=sidebar_side,
            header_html=header,
        )
    else:
        main_html = contact_html(c) + "".join(section(k) for k in order)
        render_story(path, main_html, sheet, size=page)
    return truth


# ----------------------------------------------------------------- word-processor style export
def build_placed(
    path: Path, c: Candidate, dates_left: bool = False, serif: bool = False, glyph: str = "–"
) -> Truth:
    """Lines placed one by one (like a Word export): right-aligned dates on the title line
    or a left date column, bold caps headings with a drawn rule, '–' bullets."""
    import pymupdf

    truth = Truth()
    doc = pymupdf.open()
    width, height = LETTER
    ml, mr = 54, 54
    if serif:
        font, bold, ital = pymupdf.Font("tiro"), pymupdf.Font("tibo"), pymupdf.Font("tiit")
    else:
        font, bold, ital = pymupdf.Font("helv"), pymupdf.Font("hebo"), pymupdf.Font("heit")
    state = {"page": None, "y": 0.0}

    def new_page() -> None:
        state["page"] = doc.new_page(width=width, height=height)
        state["y"] = 60.0

    def need(h: float) -> None:
        if state["page"] is None or state["y"] + h > height - 54:
            new_page()

    def put(x: float, text: str, f, size: float, color=(0, 0, 0)) -> None:
        tw = pymupdf.TextWriter(state["page"].rect)
        tw.append((x, state["y"]), text, font=f, fontsize=size)
        tw.write_text(state["page"], color=color)

    def wrap(text: str, f, size: float, w: float) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            cand = (cur + " " + word).strip()
            if f.text_length(cand, fontsize=size) > w and cur:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        return lines + [cur] if cur else lines

    new_page()
    put(ml, c.name, bold, 18)
    state["y"] += 16
    put(ml, "  ·  ".join([c.city, c.phone, c.email, c.link]), font, 9)
    state["y"] += 10
    left = ml + (92 if dates_left else 0)

    def head(title: str) -> None:
        need(40)
        state["y"] += 16
        put(ml, title.upper(), bold, 11, (0.1, 0.25, 0.45))
        state["page"].draw_line(
            (ml, state["y"] + 3), (width - mr, state["y"] + 3), color=(0.1, 0.25, 0.45), width=0.8
        )
        state["y"] += 16
        truth.section(title.upper())

    def entry(title_left: str, bold_part: str, dates: str, sub: str) -> None:
        need(40)
        if dates_left:
            put(ml, dates, font, 9.5)
        else:
            put(width - mr - font.text_length(dates, fontsize=9.5), dates, font, 9.5)
        put(left, bold_part, bold, 10)
        put(left + bold.text_length(bold_part, fontsize=10), title_left, font, 10)
        state["y"] += 12.5
        if sub:
            put(left, sub, ital, 9.5)
            state["y"] += 12.5

    def bullet_list(items) -> None:
        for b in items:
            lines = wrap(b, font, 10, width - mr - left - 14)
            need(12.5 * len(lines))
            put(left + 2, glyph, font, 10)
            for ln in lines:
                need(12.5)
                put(left + 14, ln, font, 10)
                state["y"] += 12.5
        state["y"] += 4

    head("Summary")
    for ln in wrap(c.summary, font, 10, width - mr - ml):
        put(ml, ln, font, 10)
        state["y"] += 12.5
    head("Experience")
    for j in c.jobs:
        entry(f", {j.org}", j.title, j.dates, j.location)
        bullet_list(j.bullets)
        truth.role(j.title, j.org, j.dates, j.bullets)
    head("Projects")
    for p in c.projects:
        entry(f" | {p.tech}", p.name, p.dates, "")
        bullet_list(p.bullets)
        truth.role(p.name, "", p.dates, p.bullets)
    head("Education")
    for s in c.schools:
        entry(f", {s.school}", s.degree, s.dates, s.detail)
    head("Skills")
    for k, v in c.skills.items():
        need(14)
        put(ml, f"{k}: ", bold, 10)
        put(ml + bold.text_length(f"{k}: ", fontsize=10), ", ".join(v), font, 10)
        state["y"] += 12.5
    if c.certifications:
        head("Certifications")
        for x in c.certifications:
            need(14)
            put(ml, x, font, 10)
            state["y"] += 12.5
    doc.set_metadata(
        {"producer": "Microsoft® Word for Microsoft 365", "creator": "Microsoft® Word"}
    )
    doc.save(str(path))
    return truth


# ----------------------------------------------------------------- the PDF layouts
T_STD = {
    "summary": "Summary",
    "experience": "Experience",
    "projects": "Projects",
    "education": "Education",
    "skills": "Skills",
    "certifications": "Certifications",
    "publications": "Publications",
    "achievements": "Achievements",
    "volunteer": "Volunteer Experience",
    "contact": "Contact",
}


def _t(**over: str) -> dict[str, str]:
    return {**T_STD, **over}


PDF_LAYOUTS: dict[str, Callable[[Path], Truth]] = {
    "pdf_table_dates_rule": lambda p: build_story_resume(
        p,
        MAYA,
        head="rule",
        role_style="table",
        bullet_style="ul",
        titles=_t(experience="Professional Experience"),
        order=["summary", "experience", "projects", "education", "skills", "certifications"],
    ),
    "pdf_caps_pipe_square": lambda p: build_story_resume(
        p,
        DEV,
        head="caps",
        role_style="pipe",
        bullet_style="▪",
        titles=_t(experience="Work History", skills="Technical Skills"),
        order=["summary", "skills", "experience", "projects", "education", "achievements"],
    ),
    "pdf_smallcaps_orgloc": lambda p: build_story_resume(
        p,
        ELENA,
        head="smallcaps",
        role_style="orgloc_title_dates",
        bullet_style="–",
        titles=_t(experience="Relevant Experience", skills="Core Competencies"),
        order=["summary", "experience", "education", "publications", "skills", "volunteer"],
        font="serif",
        accent="#222222",
        page=A4,
    ),
    "pdf_colour_table2_arrow": lambda p: build_story_resume(
        p,
        SAM,
        head="colour",
        role_style="table2",
        bullet_style="➢",
        titles=_t(experience="Work Experience", projects="Academic Projects"),
        order=["education", "experience", "projects", "skills", "achievements"],
        accent="#0b6e4f",
    ),
    "pdf_numbered_title_at": lambda p: build_story_resume(
        p,
        MAYA,
        head="caps",
        role_style="title_at_org",
        bullet_style="ol",
        titles=_t(experience="Employment History", projects="Side Projects"),
        order=["summary", "experience", "projects", "education", "skills"],
        project_style="techline",
    ),
    "pdf_check_orgdash": lambda p: build_story_resume(
        p,
        DEV,
        head="rule",
        role_style="org_dash_title",
        bullet_style="✓",
        titles=_t(experience="Professional Experience"),
        order=["summary", "experience", "volunteer", "education", "skills", "certifications"],
        accent="#5b2a86",
        font="serif",
    ),
    "pdf_paragraph_roles": lambda p: build_story_resume(
        p,
        ELENA,
        head="rule",
        role_style="table",
        bullet_style="ul",
        titles=_t(experience="Career History"),
        order=["summary", "experience", "projects", "education", "skills"],
        para_jobs=(0, 1, 2),
    ),
    "pdf_sidebar_left": lambda p: build_story_resume(
        p,
        MAYA,
        head="caps",
        role_style="table2",
        bullet_style="ul",
        titles=_t(),
        order=["summary", "experience", "projects", "volunteer"],
        sidebar=["contact", "skills", "education", "certifications"],
        sidebar_side="left",
    ),
    "pdf_sidebar_right": lambda p: build_story_resume(
        p,
        DEV,
        head="rule",
        role_style="pipe",
        bullet_style="•",
        titles=_t(skills="Technical Skills"),
        order=["summary", "experience", "projects"],
        sidebar=["skills", "education", "achievements"],
        sidebar_side="right",
        accent="#8a3b12",
    ),
    "pdf_sidebar_left_smallcaps": lambda p: build_story_resume(
        p,
        ELENA,
        head="smallcaps",
        role_style="orgloc_title_dates",
        bullet_style="▪",
        titles=_t(experience="Work Experience", skills="Core Competencies"),
        order=["summary", "experience", "projects", "publications"],
        sidebar=["contact", "education", "skills", "certifications"],
        sidebar_side="left",
        accent="#2b5d8a",
    ),
    "pdf_two_pages_break_in_entry": lambda p: build_story_resume(
        p,
        MAYA,
        head="rule",
        role_style="table",
        bullet_style="ul",
        titles=_t(experience="Professional Experience"),
        order=[
            "summary",
            "experience",
            "projects",
            "education",
            "skills",
            "publications",
            "certifications",
            "achievements",
            "volunteer",
        ],
        size=12,
        extra_css="body { line-height: 1.55; } li { margin-bottom: 5pt; }",
    ),
    "pdf_three_pages_long_career": lambda p: build_story_resume(
        p,
        PRIYA,
        head="caps",
        role_style="table2",
        bullet_style="ul",
        titles=_t(experience="Professional Experience", achievements="Awards and Patents"),
        order=[
            "summary",
            "experience",
            "projects",
            "education",
            "skills",
            "publications",
            "certifications",
            "achievements",
            "volunteer",
        ],
        size=12.5,
        extra_css="body { line-height: 1.5; } li { margin-bottom: 4pt; }",
        page=A4,
        font="serif",
    ),
    "pdf_left_dates_column": lambda p: build_placed(p, SAM, dates_left=True, serif=True, glyph="•"),
    "pdf_word_export_right_dates": lambda p: build_placed(p, DEV),
    "pdf_word_export_left_dates": lambda p: build_placed(p, ELENA, dates_left=True),
}


# ----------------------------------------------------------------- more layouts seen in the wild
def build_promotions(path: Path, c: Candidate) -> Truth:
    """One employer, several titles (a promotion ladder): the company line once, then each
    title with its own dates and bullets; colon headings; bold lead-ins in bullets."""
    truth = Truth()
    first = c.jobs[0]
    half = max(1, len(first.bullets) // 2)
    ladder = [
        (
            f"Senior {first.title}" if not first.title.startswith("Senior") else first.title,
            first.dates,
            first.bullets[:half],
        ),
        (first.title.replace("Senior ", ""), "Jan 2019 – Feb 2022", first.bullets[half:]),
    ]
    html = f"<h1 style='text-align:center'>{_e(c.name)}</h1><p class='contact' style='text-align:center'>{_e(c.email)} · {_e(c.phone)}</p>"
    html += f"<h2 class='rule'>{_e(truth.section('Experience:'))}</h2>"
    html += f"<p class='hdr'><b>{_e(first.org)}</b> — {_e(first.location)}</p>"
    for title, dates, items in ladder:
        html += f'<table class="hdr"><tr><td><i>{_e(title)}</i></td><td class="right">{_e(dates)}</td></tr></table>'
        html += bullets_html(items, "ul")
        truth.role(title, first.org, dates, items)
    for j in c.jobs[1:]:
        html += f"<p class='hdr'><b>{_e(j.org)}</b> — {_e(j.location)}</p>"
        html += f'<table class="hdr"><tr><td><i>{_e(j.title)}</i></td><td class="right">{_e(j.dates)}</td></tr></table>'
        html += bullets_html(j.bullets, "ul")
        truth.role(j.title, j.org, j.dates, j.bullets)
    html += f"<h2 class='rule'>{_e(truth.section('Education:'))}</h2>" + education_html(c)
    html += f"<h2 class='rule'>{_e(truth.section('Skills:'))}</h2>" + skills_html(c)
    render_story(path, html, css("sans-serif", 10, "#333333"))
    return truth


def build_paren_dates_leadins(path: Path, c: Candidate) -> Truth:
    """'Title, Company (dates)' on one bold line, location on the right; bullets that start
    with a bold lead-in ('Scale: ...'); centred section titles between rules."""
    truth = Truth()
    html = contact_html(c, sep="  •  ")
    sheet = (
        css("serif", 10.5, "#000000")
        + "h2 { text-align: center; border-top: 1px solid #000; border-bottom: 1px solid #000; }"
    )
    html += f"<h2>{_e(truth.section('PROFESSIONAL EXPERIENCE'))}</h2>"
    for j in c.jobs:
        html += (
            f'<table class="hdr"><tr><td><b>{_e(j.title)}, {_e(j.org)}</b> ({_e(j.dates)})</td>'
            f'<td class="right">{_e(j.location)}</td></tr></table><ul>'
        )
        for b in j.bullets:
            word = b.split()[0]
            html += f"<li><b>{_e(word)}</b> {_e(b[len(word) + 1 :])}</li>"
        html += "</ul>"
        truth.role(j.title, j.org, j.dates, j.bullets)
    html += f"<h2>{_e(truth.section('PROJECTS'))}</h2>"
    for p in c.projects:
        html += f"<p class='hdr'><b>{_e(p.name)}</b> ({_e(p.dates)}) – <i>{_e(p.tech)}</i></p>"
        html += bullets_html(p.bullets, "ul")
        truth.role(p.name, "", p.dates, p.bullets)
    html += f"<h2>{_e(truth.section('EDUCATION'))}</h2>" + education_html(c)
    html += f"<h2>{_e(truth.section('SKILLS'))}</h2>" + skills_html(c)
    render_story(path, html, sheet, size=A4)
    return truth


def build_dated_sidebar(path: Path, c: Candidate) -> Truth:
    """Right sidebar full of short dated lines (education years, certifications with years,
    languages): it must stay a column, not be mistaken for a margin of dates."""
    truth = Truth()
    side = ""
    side += heading(truth.section("Education"), "colour")
    for s in c.schools:
        side += f"<p><b>{_e(s.degree)}</b></p><p>{_e(s.school)}</p><p>{_e(s.dates)}</p>"
    side += heading(truth.section("Certifications"), "colour")
    for x in c.certifications:
        side += f"<p>{_e(x)}</p>"
    side += heading(truth.section("Languages"), "colour")
    side += "<p>English (native)</p><p>Spanish (fluent)</p><p>German (B2)</p>"
    main = heading(truth.section("Profile"), "colour") + f"<p>{_e(c.summary)}</p>"
    main += heading(truth.section("Experience"), "colour")
    for j in c.jobs:
        main += (
            f"<p class='hdr'><b>{_e(j.title)}</b></p><p class='sub'>{_e(j.org)} | {_e(j.dates)}</p>"
        )
        main += bullets_html(j.bullets, "▸")
        truth.role(j.title, j.org, j.dates, j.bullets)
    main += heading(truth.section("Skills"), "colour") + skills_html(c)
    render_story(
        path,
        main,
        css("sans-serif", 9.5, "#a0522d"),
        sidebar_html=side,
        sidebar_side="right",
        sidebar_width=150,
        header_html=contact_html(c),
    )
    return truth


PDF_LAYOUTS.update(
    {
        "pdf_promotion_ladder_colons": lambda p: build_promotions(p, MAYA),
        "pdf_paren_dates_leadins": lambda p: build_paren_dates_leadins(p, DEV),
        "pdf_dated_right_sidebar": lambda p: build_dated_sidebar(p, ELENA),
    }
)
