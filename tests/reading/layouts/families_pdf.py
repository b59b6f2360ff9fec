"""PDF layout families the reader used to fail on, drawn position by position (like Word,
Canva, InDesign or a browser print): headings in a left column beside their content, designed
sidebars with skills and contact, timelines with dates in their own column, bullets drawn as
shapes, Word exports with tab-aligned dates, academic CVs, Problem / Solution / Impact
write-ups. Each builder takes a seeded random generator and the content split (tune / held)
and returns the ground truth as a careful reader writes it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from .bank import CV, Entry, make_cv
from .canvas import A4, LETTER, Canvas, Flow
from .truth import Truth

GREY = (0.42, 0.42, 0.45)
INK = (0.1, 0.1, 0.12)
ACCENTS = [(0.12, 0.3, 0.5), (0.55, 0.15, 0.2), (0.05, 0.45, 0.4), (0.2, 0.2, 0.2), (0.4, 0.25, 0.6)]
PRODUCERS = ["Microsoft® Word for Microsoft 365", "Canva", "Adobe InDesign 19.0 (Macintosh)",
             "Skia/PDF m120", "Google Docs Renderer", "LibreOffice 7.6", "macOS Version 14.2 Quartz PDFContext"]


@dataclass
class Style:
    family: str
    size: float
    page: tuple[int, int]
    accent: tuple[float, float, float]
    head: str  # caps | spaced | title | small
    bullet: str  # glyph or 'dot' / 'square' / 'none'
    header: str  # entry header layout
    producer: str

    @classmethod
    def draw(cls, rng: random.Random, bullets: list[str] | None = None) -> Style:
        return cls(
            family=rng.choice(["helvetica", "times", "dejavu", "condensed"]),
            size=rng.choice([9.0, 9.5, 10.0, 10.5, 11.0]),
            page=rng.choice([LETTER, A4]),
            accent=rng.choice(ACCENTS),
            head=rng.choice(["caps", "spaced", "title", "small"]),
            bullet=rng.choice(bullets or ["•", "–", "▪", "dot", "square", "➢", "●"]),
            header=rng.choice(["title_dates", "org_dates", "pipe", "at_below", "dates_above"]),
            producer=rng.choice(PRODUCERS),
        )


def head_text(title: str, style: Style) -> str:
    return title.upper() if style.head in ("caps", "spaced") else title


def draw_heading(flow: Flow, title: str, st: Style, truth: Truth, rule: bool = True,
                 x: float | None = None) -> None:
    printed = head_text(title, st)
    truth.section(printed)
    size = st.size + (1.5 if st.head != "small" else 0.5)
    spacing = 1.2 if st.head == "spaced" else 0.0
    flow.gap(st.size * 0.9)
    flow.need(size * 3.5)
    flow.line(printed, size, "b", x=x, color=st.accent, spacing=spacing)
    if rule:
        y = flow.y - size * 0.1
        flow.c.line((flow.x0, y), (flow.x1, y), color=st.accent, width=0.6, page=flow.page)
    flow.gap(st.size * 0.3)


def entry_header(flow: Flow, e: Entry, st: Style, x_dates: float | None = None) -> None:
    """The title / organization / dates lines of one entry in the chosen layout."""
    s = st.size
    x1 = flow.x1 if x_dates is None else x_dates
    flow.need(s * 5)
    c = flow.c
    org = e.org
    if st.header == "title_dates":
        c.right(x1, flow.y + s, e.dates, s, page=flow.page, color=GREY)
        flow.line(e.title, s + 0.5, "b")
        if org:
            line = f"{org}, {e.location}" if e.location else org
            flow.line(line, s, "i")
    elif st.header == "org_dates" and org:
        c.right(x1, flow.y + s, e.dates, s, page=flow.page, color=GREY)
        flow.line(org, s + 0.5, "b")
        if e.location:
            c.right(x1, flow.y + s, e.location, s, "i", page=flow.page, color=GREY)
        flow.line(e.title, s, "i")
    elif st.header == "pipe":
        parts = [e.title] + ([org] if org else []) + [e.dates]
        end = c.text(flow.x0, flow.y + s, parts[0], s + 0.5, "b", page=flow.page)
        c.text(end, flow.y + s, "  |  " + "  |  ".join(parts[1:]), s, page=flow.page)
        flow.gap(s * 1.35)
    elif st.header == "at_below":
        flow.line(f"{e.title} at {org}" if org else e.title, s + 0.5, "b")
        flow.line(e.dates + (f" · {e.location}" if e.location else ""), s - 0.5, color=GREY)
    else:  # dates_above (and org_dates without an organization)
        flow.line(e.dates + (f"  |  {e.location}" if e.location else ""), s - 0.5, color=GREY)
        flow.line(e.title, s + 0.5, "b")
        if org:
            flow.line(org, s, "i")
    if e.desc:
        flow.line(e.desc, s - 0.5, "i", color=GREY)


def entry_body(flow: Flow, e: Entry, st: Style, rng: random.Random) -> None:
    lead = rng.choice([1.22, 1.3, 1.4])
    for b in e.bullets:
        label = ""
        if b.split(":", 1)[0] in ("Problem", "Solution", "Impact", "Challenge", "Approach", "Result"):
            label, b = b.split(":", 1)[0] + ":", b.split(":", 1)[1].strip()
            flow.bullet(b, st.size, "none", indent=0 if st.bullet != "none" else 0, lead=lead,
                        label=label)
            flow.gap(2)
            continue
        flow.bullet(b, st.size, st.bullet, indent=14, lead=lead, color=st.accent if st.bullet in ("dot", "square") else INK)
    if e.tech:
        flow.para(e.tech, st.size - 0.5, "i", indent=0, color=GREY)
    flow.gap(st.size * 0.6)


def section_body(flow: Flow, key: str, cv: CV, st: Style, truth: Truth, rng: random.Random) -> None:
    """The content of one section in the main column."""
    s = st.size
    if key == "summary":
        flow.para(cv.summary, s)
    elif key in ("experience", "volunteer"):
        for e in cv.jobs if key == "experience" else cv.volunteer:
            entry_header(flow, e, st)
            entry_body(flow, e, st, rng)
            truth.role(e.title, e.org, e.dates, e.bullets)
    elif key == "projects":
        for e in cv.projects:
            head = e.title + (f" ({e.dates})" if rng.random() < 0.5 else "")
            if "(" in head:
                flow.line(head, s + 0.5, "b")
            else:
                flow.c.right(flow.x1, flow.y + s, e.dates, s, page=flow.page, color=GREY)
                flow.line(e.title, s + 0.5, "b")
            if e.tech and rng.random() < 0.5:
                flow.line(e.tech, s - 0.5, "i", color=GREY)
                e = Entry(e.title, e.org, e.dates, e.location, e.bullets)
            entry_body(flow, e, st, rng)
            truth.role(e.title, "", e.dates, e.bullets)
    elif key == "education":
        for sc in cv.schools:
            flow.c.right(flow.x1, flow.y + s, sc.dates, s, page=flow.page, color=GREY)
            flow.line(sc.degree, s, "b")
            flow.line(sc.school, s)
            if sc.detail:
                flow.line(sc.detail, s - 0.5, color=GREY)
    elif key == "skills":
        mode = rng.choice(["labelled", "bullets", "inline"])
        for k, v in cv.skills.items():
            fits = flow.c.width(f"{k}: {', '.join(v)}", s, "b") < flow.x1 - flow.x0
            if mode == "labelled" and not fits:
                flow.para(f"{k}: {', '.join(v)}", s)
            elif mode == "labelled":
                end = flow.c.text(flow.x0, flow.y + s, k + ": ", s, "b", page=flow.page)
                flow.c.text(end, flow.y + s, ", ".join(v), s, page=flow.page)
                flow.gap(s * 1.35)
            elif mode == "bullets":
                flow.bullet(f"{k}: {', '.join(v)}", s, st.bullet, indent=14)
            else:
                flow.para(", ".join(v), s)
    elif key == "certifications":
        for x in cv.certifications:
            flow.bullet(x, s, st.bullet, indent=14)
    elif key == "awards":
        for x in cv.awards:
            flow.bullet(x, s, st.bullet, indent=14)
    elif key == "languages":
        flow.para(" · ".join(cv.languages), s)
    elif key == "publications":
        for i, p in enumerate(cv.publications):
            flow.c.text(flow.x0, flow.y + s, f"[{i + 1}]", s, page=flow.page)
            flow.para(p, s, indent=20)
            flow.gap(2)
    elif key == "talks":
        for x in cv.talks:
            flow.bullet(x, s, st.bullet, indent=14)
    elif key == "service":
        for x in cv.service:
            flow.bullet(x, s, st.bullet, indent=14)
    elif key == "teaching":
        for e in cv.teaching:
            flow.c.right(flow.x1, flow.y + s, e.dates, s, page=flow.page, color=GREY)
            flow.line(e.title, s, "b")
            flow.line(e.org, s, "i")
            entry_body(flow, e, st, rng)
            truth.role(e.title, e.org, e.dates, e.bullets)


def contact_block(flow: Flow, cv: CV, st: Style, centred: bool = False) -> None:
    c = flow.c
    size = st.size + 10
    x = flow.x0
    if centred:
        x = (flow.x0 + flow.x1 - c.width(cv.name, size, "b")) / 2
    flow.line(cv.name, size, "b", x=x, color=st.accent)
    info = "  ·  ".join([cv.city, cv.phone, cv.email, cv.link])
    if centred:
        x = (flow.x0 + flow.x1 - c.width(info, st.size - 0.5)) / 2
    flow.line(info, st.size - 0.5, x=x, color=GREY)
    flow.gap(st.size * 0.5)


def _order(cv: CV, rng: random.Random, kind: str) -> list[str]:
    if kind == "academic":
        return ["education", "experience", "teaching", "publications", "talks", "service",
                "awards", "skills"]
    order = ["summary", "experience", "projects", "education", "skills", "certifications"]
    if rng.random() < 0.4:
        order.remove("summary")
    if rng.random() < 0.3:
        order.insert(1, order.pop(order.index("education")))
    if not cv.projects:
        order.remove("projects")
    if rng.random() < 0.3:
        order.append("languages")
    return order


# ----------------------------------------------------------------------------- families
def build_left_headings(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Section headings in a narrow left column, level with the first line of their content
    (Word and Google Docs templates); the content column to their right."""
    truth = Truth()
    kind = rng.choice(["industry", "industry", "student", "psi"]) if lang == "en" else "industry"
    cv = make_cv(rng, split, kind, lang)
    st = Style.draw(rng)
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    ml, mr = rng.choice([40, 50, 54]), rng.choice([40, 50])
    head_w = rng.choice([90, 105, 120, 135])
    main = Flow(c, ml, w - mr, 50, h - 50)
    contact_block(main, cv, st, centred=rng.random() < 0.4)
    main.x0 = ml + head_w + 12
    align_right = rng.random() < 0.4
    hsize = st.size + rng.choice([0, 0.5, 1.5])
    rules = rng.random() < 0.4
    for key in _order(cv, rng, kind):
        title = cv.titles[key]
        printed = head_text(title, st)
        truth.section(printed)
        main.gap(st.size * 1.1)
        main.need(st.size * 4)
        if rules:  # a rule across the page above each section
            c.line((ml, main.y - 3), (w - mr, main.y - 3), color=(0.75, 0.75, 0.75), page=main.page)
        spacing = 1.0 if st.head == "spaced" else 0.0
        words = printed.split()
        lines = [printed]
        if c.width(printed, hsize, "b", spacing) > head_w:  # long headings wrap in the column
            lines, cur = [], ""
            for wd in words:
                cand = (cur + " " + wd).strip()
                if c.width(cand, hsize, "b", spacing) > head_w and cur:
                    lines.append(cur)
                    cur = wd
                else:
                    cur = cand
            lines.append(cur)
        for i, hl in enumerate(lines):
            x = ml if not align_right else ml + head_w - c.width(hl, hsize, "b", spacing)
            c.text(x, main.y + st.size + i * hsize * 1.2, hl, hsize, "b", color=st.accent,
                   spacing=spacing, page=main.page)
        section_body(main, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


def build_sidebar(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A designed two-column resume (Canva, InDesign, HTML templates): a coloured sidebar with
    contact, skills as a list, languages with level bars, education; the main column with
    experience. Every line is placed on its own; bullets are glyphs or drawn shapes."""
    truth = Truth()
    kind = rng.choice(["industry", "industry", "student"]) if lang == "en" else "industry"
    cv = make_cv(rng, split, kind, lang)
    st = Style.draw(rng)
    c = Canvas(st.page, st.family)
    w, h = st.page
    side_w = rng.choice([150, 170, 190])
    left = rng.random() < 0.7
    panel = rng.choice([(0.93, 0.94, 0.96), (0.16, 0.22, 0.3), (0.95, 0.92, 0.88), None])
    dark = panel is not None and sum(panel) < 1.5
    side_ink = (0.95, 0.95, 0.95) if dark else INK
    sx0 = 0 if left else w - side_w
    pad = 18

    def paint(i: int) -> None:
        if panel is not None and (i == 0 or rng.random() < 0.5):
            c.rect((sx0, 0, sx0 + side_w, h), panel, page=i)

    c.on_page.append(paint)
    c.new_page()
    gap = 22
    mx0 = side_w + gap if left else 40
    mx1 = w - 40 if left else w - side_w - gap
    main = Flow(c, mx0, mx1, 46, h - 46, later=(mx0, mx1, 46))
    side = Flow(c, sx0 + pad, sx0 + side_w - pad, 46, h - 40)
    side_st = Style(**{**st.__dict__, "size": max(8.5, st.size - 1), "accent": side_ink if dark else st.accent})
    # name in the main column or the sidebar
    if rng.random() < 0.5:
        main.line(cv.name, st.size + 12, "b", color=st.accent)
        main.line(cv.jobs[0].title, st.size + 2, color=GREY)
        main.gap(8)
    else:
        for part in cv.name.split():
            side.line(part.upper(), st.size + 6, "b", color=side_ink)
        side.gap(6)
    side_keys = ["contact", "skills", "languages", "education"]
    if rng.random() < 0.5:
        side_keys.append("certifications")
    rng.shuffle(side_keys)
    side_keys.remove("contact")
    side_keys.insert(0, "contact")
    for key in side_keys:
        title = cv.titles[key]
        draw_heading(side, title, side_st, truth, rule=rng.random() < 0.5)
        s = side_st.size
        if key == "contact":
            for x in (cv.phone, cv.email, cv.city, cv.link):
                side.line(x, s, color=side_ink)
        elif key == "skills":
            items = [x for v in cv.skills.values() for x in v][: rng.randint(6, 12)]
            kind_b = rng.choice(["•", "dot", "none", "bars"])
            for x in items:
                if kind_b == "bars":
                    side.line(x, s, color=side_ink)
                    frac = rng.choice([0.5, 0.7, 0.9])
                    c.rect((side.x0, side.y - 2, side.x1, side.y), (0.8, 0.8, 0.8), page=side.page)
                    c.rect((side.x0, side.y - 2, side.x0 + frac * (side.x1 - side.x0), side.y),
                           st.accent, page=side.page)
                    side.gap(3)
                else:
                    side.bullet(x, s, kind_b, indent=10, color=side_ink)
        elif key == "languages":
            for x in cv.languages:
                side.line(x, s, color=side_ink)
        elif key == "education":
            for sc in cv.schools:
                side.para(sc.degree, s, "b", color=side_ink)
                side.para(sc.school, s, color=side_ink)
                side.line(sc.dates, s, color=side_ink)
                side.gap(4)
        elif key == "certifications":
            for x in cv.certifications:
                side.para(x, s, color=side_ink)
                side.gap(2)
    main_keys = ["summary", "experience"] + (["projects"] if cv.projects else [])
    if rng.random() < 0.5:
        main_keys.append("awards")
    for key in main_keys:
        draw_heading(main, cv.titles[key], st, truth, rule=rng.random() < 0.6)
        section_body(main, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


def build_timeline(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Dates in their own left column beside each entry, a vertical line with a dot per entry
    (Europass online editor, R pagedown, modern templates)."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "student"]) if lang == "en" else "industry", lang)
    st = Style.draw(rng)
    st.header = rng.choice(["title_only", "title_org"])
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    ml, mr = 45, 45
    date_w = rng.choice([80, 95, 110])
    stacked = rng.random() < 0.4  # '2021 –' over 'Present'
    flow = Flow(c, ml, w - mr, 48, h - 48)
    contact_block(flow, cv, st)
    body_x = ml + date_w + 16
    for key in ["summary", "experience", "education", "projects", "skills"]:
        if key == "projects" and not cv.projects:
            continue
        flow.x0 = ml
        draw_heading(flow, cv.titles[key], st, truth)
        flow.x0 = body_x
        s = st.size
        if key in ("experience", "projects", "education"):
            entries = cv.jobs if key == "experience" else cv.projects if key == "projects" else [
                Entry(sc.degree, sc.school, sc.dates, "", []) for sc in cv.schools]
            for e in entries:
                flow.need(s * 5)
                top = flow.y
                if stacked and " – " in e.dates:
                    a, b = e.dates.split(" – ", 1)
                    c.text(ml, top + s, a + " –", s - 0.5, color=GREY, page=flow.page)
                    c.text(ml, top + s * 2.2, b, s - 0.5, color=GREY, page=flow.page)
                else:
                    c.text(ml, top + s, e.dates, s - 0.5, color=GREY, page=flow.page)
                c.circle(body_x - 8, top + s * 0.65, 2.4, st.accent, page=flow.page)
                flow.line(e.title, s + 0.5, "b")
                if e.org:
                    flow.line(e.org + (f" — {e.location}" if e.location else ""), s, "i", color=GREY)
                entry_body(flow, e, st, rng)
                c.line((body_x - 8, top + s), (body_x - 8, flow.y - 2), color=(0.8, 0.8, 0.8),
                       page=flow.page)
                if key != "education":
                    truth.role(e.title, e.org, e.dates, e.bullets)
        else:
            section_body(flow, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


def build_word_tabs(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A Word CV exported to PDF: 'Title<tab>Dates' with the dates at a right or left tab stop,
    'Company, City' below, hanging-indent bullets, bold underlined headings."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "industry", "psi"]) if lang == "en" else "industry", lang)
    st = Style.draw(rng, bullets=["•", "–", "o", "▪", "➢"])
    st.family = rng.choice(["times", "helvetica", "dejavu"])
    st.producer = "Microsoft® Word for Microsoft 365"
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    m = rng.choice([54, 72])
    flow = Flow(c, m, w - m, 56, h - 56)
    contact_block(flow, cv, st, centred=True)
    tab = rng.choice(["right", "left"])
    tab_x = w - m - rng.choice([110, 130])
    for key in _order(cv, rng, "industry"):
        draw_heading(flow, cv.titles[key], st, truth, rule=rng.random() < 0.7)
        s = st.size
        if key == "experience":
            for e in cv.jobs:
                flow.need(s * 5)
                if tab == "right":
                    c.right(flow.x1, flow.y + s, e.dates, s, page=flow.page)
                else:
                    c.text(tab_x, flow.y + s, e.dates, s, page=flow.page)
                flow.line(e.title, s, "b")
                if tab == "right" and e.location:
                    c.right(flow.x1, flow.y + s, e.location, s, "i", page=flow.page)
                flow.line(e.org, s, "i")
                entry_body(flow, e, st, rng)
                truth.role(e.title, e.org, e.dates, e.bullets)
        else:
            section_body(flow, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


def build_academic(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """An academic CV: education first, research positions with bullets, teaching entries,
    numbered publications, presentations and service as bullet lists (not achievements)."""
    truth = Truth()
    cv = make_cv(rng, split, "academic")
    st = Style.draw(rng)
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    flow = Flow(c, 60, w - 60, 60, h - 60)
    contact_block(flow, cv, st, centred=rng.random() < 0.5)
    for key in _order(cv, rng, "academic"):
        draw_heading(flow, cv.titles[key], st, truth, rule=rng.random() < 0.5)
        section_body(flow, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


def build_dates_in_column(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Two columns where experience sits in the narrower right-hand column and every role's
    dates are right-aligned inside that column (not at the page margin), or on the line
    under the title; the left column holds profile, skills and education."""
    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    st = Style.draw(rng)
    st.header = rng.choice(["title_dates", "org_dates", "dates_above"])
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    flow_top = Flow(c, 40, w - 40, 40, h - 40)
    contact_block(flow_top, cv, st)
    split_x = w * rng.choice([0.36, 0.4, 0.45])
    left = Flow(c, 40, split_x - 12, flow_top.y + 6, h - 40)
    right = Flow(c, split_x + 12, w - 40, flow_top.y + 6, h - 40, later=(split_x + 12, w - 40, 40))
    c.line((split_x, flow_top.y), (split_x, h - 40), color=(0.85, 0.85, 0.85))
    for key in ["summary", "skills", "education", "languages"]:
        draw_heading(left, cv.titles[key], st, truth, rule=False)
        section_body(left, key, cv, st, truth, rng)
    for key in ["experience"] + (["projects"] if cv.projects else []):
        draw_heading(right, cv.titles[key], st, truth, rule=True)
        section_body(right, key, cv, st, truth, rng)
    c.save(path, st.producer)
    return truth


PDF_FAMILIES = {
    "pdf_left_headings": build_left_headings,
    "pdf_sidebar": build_sidebar,
    "pdf_timeline": build_timeline,
    "pdf_word_tabs": build_word_tabs,
    "pdf_academic": build_academic,
    "pdf_dates_in_column": build_dates_in_column,
}


def build_word_wild(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A home-made Word resume with the habits real ones have: numbered or icon-prefixed
    headings, numbered entry headers ('1. Acme Pvt. Ltd.' over title and dates), dot leaders to
    the dates, 'Roles and Responsibilities' labels, hanging-indent paragraphs without glyphs,
    'GitHub link' lines, and an employer list whose items are roles, not achievements."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "student", "psi"]))
    st = Style.draw(rng, bullets=["•", "▪", "none", "➢"])
    st.family = rng.choice(["times", "helvetica", "dejavu"])
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    flow = Flow(c, 60, w - 60, 56, h - 56)
    contact_block(flow, cv, st, centred=rng.random() < 0.5)
    numbered = rng.random() < 0.5
    icon = rng.choice(["", "■ ", "► "]) if not numbered else ""
    header = rng.choice(["numbered", "leaders", "plain"])
    label = rng.random() < 0.6
    s = st.size
    n = 0

    def heading(key: str) -> None:
        nonlocal n
        n += 1
        title = cv.titles[key].upper()
        truth.section(title)
        flow.gap(s)
        flow.need(s * 4)
        flow.line((f"{n}. " if numbered else icon) + title, s + 1, "b", color=st.accent)
        flow.gap(2)

    heading("summary")
    flow.para(cv.summary, s)
    heading("experience")
    for k, e in enumerate(cv.jobs):
        flow.need(s * 6)
        if header == "numbered":
            flow.line(f"{k + 1}. {e.org} Pvt. Ltd." if k % 2 == 0 else f"{k + 1}. {e.org}", s, "b", x=flow.x0 + 14)
            flow.line(e.title, s, x=flow.x0 + 28)
            flow.line(e.dates.replace("Present", "till date"), s, x=flow.x0 + 26)
            org = f"{e.org} Pvt. Ltd." if k % 2 == 0 else e.org
        elif header == "leaders":
            left = e.org
            right = e.dates
            dots = "." * int((flow.x1 - flow.x0 - c.width(left + right, s, "b") - 8) / c.width(".", s))
            flow.line(f"{left}{dots}{right}", s, "b")
            flow.line(e.title, s, "i")
            org = e.org
        else:
            flow.line(f"{e.title}, {e.org}", s, "b")
            flow.line(e.dates, s, "i")
            org = e.org
        if label:
            flow.line(rng.choice(["Roles and Responsibilities", "Key Contributions:", "Responsibilities:"]), s, "b")
        for b in e.bullets:
            if st.bullet == "none":  # hanging indent, no glyph
                lines = c.wrap(b, s, flow.x1 - flow.x0 - 18)
                for i, ln in enumerate(lines):
                    flow.need(s * 1.3)
                    c.text(flow.x0 + (0 if i == 0 else 18), flow.y + s, ln, s, page=flow.page)
                    flow.y += s * 1.3
            else:
                flow.bullet(b, s, st.bullet, indent=16)
        truth.role(e.title, org, e.dates.replace("Present", "till date") if header == "numbered" else e.dates, e.bullets)
        flow.gap(4)
    if cv.projects:
        heading("projects")
        for e in cv.projects:
            flow.line(e.title, s, "b")
            entry_body(flow, Entry(e.title, "", e.dates, bullets=e.bullets), st, rng)
            if rng.random() < 0.6:
                flow.line(rng.choice(["GitHub link", f"Live: {e.title.lower().replace(' ', '-')}.vercel.app"]), s, color=(0.1, 0.2, 0.8))
            truth.role(e.title, "", "", e.bullets)
    # an earlier-career list: each item a role with its dates, no achievements
    key = "volunteer"
    cv.titles[key] = rng.choice(["Previous Employment", "Earlier Roles", "Volunteer Experience"])
    n += 1
    title = cv.titles[key].upper()
    truth.section(title)
    flow.gap(s)
    flow.line((f"{n}. " if numbered else icon) + title, s + 1, "b", color=st.accent)
    for t_, o_ in [("Sales Associate", "Greenleaf Books"), ("Library Assistant", "Tamarack Public Library")]:
        dates = f"({rng.randint(2008, 2012)} – {rng.randint(2013, 2015)})"
        flow.bullet(f"{t_}, {o_}, {dates}.", s, "•" if st.bullet == "none" else st.bullet, indent=16)
        truth.role(t_, o_, dates.strip("()"), [])
    heading("education")
    section_body(flow, "education", cv, st, truth, rng)
    heading("skills")
    section_body(flow, "skills", cv, st, truth, rng)
    c.save(path, "Microsoft® Word 2016")
    return truth


PDF_FAMILIES["pdf_word_wild"] = build_word_wild


def build_banded(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Held-back only (never looked at while tuning): a coloured band across the top with the
    name and contact in white, section headings as white text on dark label boxes, a narrow
    right column for skills and languages, '◆' bullets and dates in small grey type above
    each title."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "student"]), lang)
    st = Style.draw(rng, bullets=["◆", "•", "dot"])
    st.header = "dates_above"
    c = Canvas(st.page, st.family)
    c.new_page()
    w, h = st.page
    c.rect((0, 0, w, 92), st.accent)
    c.text(40, 48, cv.name, st.size + 12, "b", color=(1, 1, 1))
    c.text(40, 72, "  |  ".join([cv.city, cv.email, cv.phone]), st.size - 0.5, color=(0.92, 0.92, 0.92))
    split_x = w - 170
    main = Flow(c, 40, split_x - 20, 110, h - 46, later=(40, split_x - 20, 46))
    side = Flow(c, split_x, w - 40, 110, h - 46)

    def label(flow: Flow, title: str) -> None:
        printed = title.upper()
        truth.section(printed)
        flow.gap(st.size)
        flow.need(st.size * 4)
        c.rect((flow.x0, flow.y, flow.x0 + c.width(printed, st.size, "b") + 12, flow.y + st.size * 1.6),
               (0.15, 0.15, 0.18), page=flow.page)
        c.text(flow.x0 + 6, flow.y + st.size * 1.15, printed, st.size, "b", color=(1, 1, 1), page=flow.page)
        flow.gap(st.size * 2.2)

    for key in ["skills", "languages", "education"]:
        label(side, cv.titles[key])
        if key == "skills":
            for x in [s for v in cv.skills.values() for s in v][:10]:
                side.line(x, st.size - 0.5)
        elif key == "languages":
            for x in cv.languages:
                side.line(x, st.size - 0.5)
        else:
            for sc in cv.schools:
                side.para(sc.degree, st.size - 0.5, "b")
                side.para(f"{sc.school}, {sc.dates}", st.size - 0.5)
    for key in ["summary", "experience"] + (["projects"] if cv.projects else []):
        label(main, cv.titles[key])
        section_body(main, key, cv, st, truth, rng)
    c.save(path, "Adobe InDesign 18.2 (Windows)")
    return truth


HELD_ONLY_PDF = {"pdf_banded": build_banded}
