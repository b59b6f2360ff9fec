"""Plain-text and Markdown resumes as people paste them. Each builder returns the truth."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from .candidates import DEV, ELENA, MAYA, SAM, Candidate
from .truth import Truth


def build_allcaps(path: Path, c: Candidate) -> Truth:
    """ALL CAPS headings, 'Title, Company (dates)' lines, '-' bullets."""
    t = Truth()
    out = [c.name, f"{c.email} | {c.phone} | {c.city}", ""]
    out += [t.section("SUMMARY"), c.summary, ""]
    out.append(t.section("EXPERIENCE"))
    for j in c.jobs:
        out.append(f"{j.title}, {j.org} ({j.dates})")
        out += [f"- {b}" for b in j.bullets]
        out.append("")
        t.role(j.title, j.org, j.dates, j.bullets)
    out.append(t.section("PROJECTS"))
    for p in c.projects:
        out.append(f"{p.name} ({p.dates})")
        out += [f"- {b}" for b in p.bullets]
        out.append("")
        t.role(p.name, "", p.dates, p.bullets)
    out.append(t.section("EDUCATION"))
    for s in c.schools:
        out += [f"{s.degree}, {s.school} ({s.dates})", s.detail]
    out += ["", t.section("SKILLS")]
    out += [f"{k}: {', '.join(v)}" for k, v in c.skills.items()]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


def build_underlined(path: Path, c: Candidate) -> Truth:
    """Setext-style underlined headings, 'Company | Title | dates', '*' bullets hard-wrapped."""
    t = Truth()
    out = [c.name, c.email, ""]
    for key, title in (
        ("summary", "Professional Summary"),
        ("experience", "Work Experience"),
        ("volunteer", "Volunteer Experience"),
        ("education", "Education"),
        ("skills", "Technical Skills"),
        ("achievements", "Achievements"),
    ):
        if key == "volunteer" and not c.volunteer:
            continue
        out += [t.section(title), "=" * len(title)]
        if key == "summary":
            out += textwrap.wrap(c.summary, 76)
        elif key in ("experience", "volunteer"):
            for j in c.jobs if key == "experience" else c.volunteer:
                out.append(f"{j.org} | {j.title} | {j.dates}")
                for b in j.bullets:
                    lines = textwrap.wrap(b, 72)
                    out.append("* " + lines[0])
                    out += ["  " + ln for ln in lines[1:]]
                out.append("")
                t.role(j.title, j.org, j.dates, j.bullets)
        elif key == "education":
            for s in c.schools:
                out.append(f"{s.school} | {s.degree} | {s.dates}")
        elif key == "skills":
            out.append(", ".join(x for v in c.skills.values() for x in v))
        else:
            out += [f"* {x}" for x in c.achievements]
        out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


def build_wrapped_bullets(path: Path, c: Candidate) -> Truth:
    """Pasted from a PDF viewer: '•' bullets wrapped at 80 columns without indentation,
    Title line then 'Company, City    dates'."""
    t = Truth()
    out = [c.name.upper(), f"{c.city} · {c.phone} · {c.email}", ""]
    out += [t.section("PROFESSIONAL EXPERIENCE")]
    for j in c.jobs:
        out += [j.title, f"{j.org}, {j.location}    {j.dates}"]
        for b in j.bullets:
            lines = textwrap.wrap("• " + b, 80)
            out += lines
        t.role(j.title, j.org, j.dates, j.bullets)
        out.append("")
    out += [t.section("EDUCATION")]
    for s in c.schools:
        out += [f"{s.degree}    {s.dates}", s.school, s.detail]
    out += ["", t.section("SKILLS"), ", ".join(x for v in c.skills.values() for x in v)]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


def build_md_hash(path: Path, c: Candidate) -> Truth:
    """Markdown: '# Name', '## Section', '### Title — Company', '*dates*' line, '-' bullets."""
    t = Truth()
    out = [f"# {c.name}", "", f"{c.email} · {c.phone} · [{c.link}](https://{c.link})", ""]
    out += [f"## {t.section('Summary')}", "", c.summary, ""]
    out += [f"## {t.section('Experience')}", ""]
    for j in c.jobs:
        out += [f"### {j.title} — {j.org}", f"*{j.dates} · {j.location}*", ""]
        out += [f"- {b}" for b in j.bullets] + [""]
        t.role(j.title, j.org, j.dates, j.bullets)
    out += [f"## {t.section('Projects')}", ""]
    for p in c.projects:
        out += [f"### {p.name}", f"*{p.tech} · {p.dates}*", ""]
        out += [f"- {b}" for b in p.bullets] + [""]
        t.role(p.name, "", p.dates, p.bullets)
    out += [f"## {t.section('Education')}", ""]
    for s in c.schools:
        out += [f"**{s.degree}**, {s.school}, {s.dates}  ", s.detail, ""]
    out += [f"## {t.section('Skills')}", ""]
    out += [f"- **{k}:** {', '.join(v)}" for k, v in c.skills.items()]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


def build_md_bold(path: Path, c: Candidate) -> Truth:
    """Markdown with '**Title**, Company — dates' lines and '*' bullets, numbered projects."""
    t = Truth()
    out = [f"**{c.name}**", "", f"{c.city} | {c.email}", ""]
    out += [f"## {t.section('Work Experience')}", ""]
    for j in c.jobs:
        out += [f"**{j.title}**, {j.org} — {j.dates}", ""]
        out += [f"* {b}" for b in j.bullets] + [""]
        t.role(j.title, j.org, j.dates, j.bullets)
    out += [f"## {t.section('Projects')}", ""]
    for p in c.projects:
        out += [f"**{p.name}** ({p.dates})", ""]
        out += [f"{k + 1}. {b}" for k, b in enumerate(p.bullets)] + [""]
        t.role(p.name, "", p.dates, p.bullets)
    out += [f"## {t.section('Education')}", ""]
    for s in c.schools:
        out += [f"**{s.school}** — {s.degree} ({s.dates})", ""]
    out += [f"## {t.section('Certifications')}", ""]
    out += [f"* {x}" for x in c.certifications] or ["* none"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


TEXT_LAYOUTS: dict[str, Callable[[Path], Truth]] = {
    "txt_allcaps_paren_dates": lambda p: build_allcaps(p.with_suffix(".txt"), SAM),
    "txt_underlined_pipe": lambda p: build_underlined(p.with_suffix(".txt"), DEV),
    "txt_pdf_paste_wrapped": lambda p: build_wrapped_bullets(p.with_suffix(".txt"), MAYA),
    "md_hash_headings": lambda p: build_md_hash(p.with_suffix(".md"), ELENA),
    "md_bold_roles": lambda p: build_md_bold(p.with_suffix(".md"), MAYA),
}


def build_tabs(path: Path, c: Candidate) -> Truth:
    """Copied from a word processor: tabs between title, company and dates, 'Heading:' lines
    in mixed case, '•' bullets, projects with a 'Technologies:' line."""
    t = Truth()
    out = [c.name, f"{c.email}\t{c.phone}\t{c.city}", ""]
    out += [t.section("Experience:")]
    for j in c.jobs:
        out.append(f"{j.title}\t{j.org}\t{j.dates}")
        out += [f"• {b}" for b in j.bullets]
        t.role(j.title, j.org, j.dates, j.bullets)
    out += ["", t.section("Projects:")]
    for p in c.projects:
        out += [f"{p.name}\t{p.dates}", f"Technologies: {p.tech}"]
        out += [f"• {b}" for b in p.bullets]
        t.role(p.name, "", p.dates, p.bullets)
    out += ["", t.section("Education:")]
    out += [f"{s.degree}\t{s.school}\t{s.dates}" for s in c.schools]
    out += ["", t.section("Skills:"), ", ".join(x for v in c.skills.values() for x in v)]
    path.write_text("\r\n".join(out) + "\r\n", encoding="utf-8")
    return t


def build_md_company_first(path: Path, c: Candidate) -> Truth:
    """Markdown with '### Company, City' then '**Title** · dates' and '+' bullets."""
    t = Truth()
    out = [f"# {c.name}", "", f"{c.city} · {c.email}", ""]
    out += [f"## {t.section('Professional Experience')}", ""]
    for j in c.jobs:
        out += [f"### {j.org}, {j.location}", f"**{j.title}** · {j.dates}", ""]
        out += [f"+ {b}" for b in j.bullets] + [""]
        t.role(j.title, j.org, j.dates, j.bullets)
    if c.volunteer:
        out += [f"## {t.section('Volunteer Experience')}", ""]
        for j in c.volunteer:
            out += [f"### {j.org}, {j.location}", f"**{j.title}** · {j.dates}", ""]
            out += [f"+ {b}" for b in j.bullets] + [""]
            t.role(j.title, j.org, j.dates, j.bullets)
    out += [f"## {t.section('Education')}", ""]
    out += [f"- {s.degree}, {s.school} ({s.dates})" for s in c.schools] + [""]
    out += [f"## {t.section('Core Competencies')}", ""]
    out += [", ".join(x for v in c.skills.values() for x in v)]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return t


TEXT_LAYOUTS.update(
    {
        "txt_tabs_colon_headings": lambda p: build_tabs(p.with_suffix(".txt"), ELENA),
        "md_company_first": lambda p: build_md_company_first(p.with_suffix(".md"), DEV),
    }
)
