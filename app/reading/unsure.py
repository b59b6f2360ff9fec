"""What the reader is unsure about, said in plain words that tell the user what to check.

A silent empty kit is the worst outcome of a misread resume: the analysis then reports gaps
the candidate does not have. Each check here looks at the result of reading (and at notes the
PDF reader left about its pages) and, when something looks off, returns one sentence for
the `warnings` list of the parse JSON and the quiet notice in the window."""

from __future__ import annotations

from app.models.resume import Bullet, Role, Section

BULLET_KINDS = ("experience", "projects")


def resume_warnings(
    sections: list[Section],
    roles: list[Role],
    bullets: list[Bullet],
    *,
    pages: int | None,
    text_chars: int,
    headings_found: bool,
    unread: list[tuple[str, int]],
    notes: list[str],
) -> tuple[str, ...]:
    """Warnings for one parsed resume, most important first (at most five)."""
    out: list[str] = []
    if not headings_found:
        out.append(
            "We could not find section headings such as Experience or Education, so we "
            "could not tell where your experience starts. Check the highlighted bullets, or "
            "give each part of your resume a heading."
        )
    elif not any(s.kind in BULLET_KINDS for s in sections):
        out.append(
            "We could not tell where your Experience section starts. Check the highlighted "
            "bullets, or give your work history a heading such as 'Experience'."
        )
    out.extend(notes)
    for title, n in unread[:2]:
        out.append(
            f"The section '{title}' holds {n} points that read like achievements, which we did "
            "not count as your experience. If they describe your work, rename that heading "
            "(for example 'Projects' or 'Experience')."
        )
    expected = 3 * pages if pages else (4 if text_chars > 2500 else 0)
    if headings_found and any(s.kind in BULLET_KINDS for s in sections) and len(bullets) < expected:
        span = f"{pages}-page resume" if pages else "resume"
        out.append(
            f"We found only {len(bullets)} bullet{'s' if len(bullets) != 1 else ''} in this "
            f"{span}. Achievements in an unusual layout may be missing: check the Resume page "
            "and the stories built from it."
        )
    work = [r for r in roles if any(s.title == r.section and s.kind == "experience" for s in sections)]
    if work and not any(r.dates for r in work):
        out.append(
            "We found no dates on your roles, so your years of experience may count as zero. "
            "Check that each job title has its dates on the same or the next line."
        )
    return tuple(out[:5])
