"""Plain text and Markdown resumes: headings (#, ALL CAPS, known words), bullets, indentation."""

from __future__ import annotations

import re

from app.reading.cleanup import clean_chars, collapse_ws, strip_bullet
from app.reading.headings import numbered_heading
from app.reading.lines import Line

MAX_LINES = 20_000
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")


# a page number as a printed page shows it: 'Page 1 of 2', '- 2 -', 'Page 2'
_PAGE_MARK = re.compile(r"(?i)(?:^|\|\s*|\s{2,})(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-)\s*$")


def _wrap_long(raw_lines: list[str], width: int = 1500) -> list[str]:
    """Break absurdly long lines (pasted text without newlines) so no step works on megabytes."""
    out: list[str] = []
    for raw in raw_lines:
        while len(raw) > width:
            cut = raw.rfind(" ", 0, width)
            cut = cut if cut > width // 2 else width
            out.append(raw[:cut])
            raw = "  " + raw[cut:].lstrip()  # indented: reads as a continuation
        out.append(raw)
    return out


def _section_level(raw_lines: list[str]) -> int:
    """The Markdown heading level used for sections: the shallowest level that is not the
    document title (a lone '# Name' on top) ; deeper headings are entry titles."""
    levels = []
    first = True
    for raw in _wrap_long(raw_lines):
        m = re.match(r"^\s*(#{1,6})\s+\S", raw)
        if m:
            if not (
                first
                and len(m.group(1)) == 1
                and sum(1 for r in raw_lines if re.match(r"^\s*#\s", r)) == 1
            ):
                levels.append(len(m.group(1)))
        if raw.strip():
            first = False
    return min(levels) if levels else 2


def text_lines(text: str) -> list[Line]:
    """Lines of a text/Markdown resume with heading, bullet and indentation hints."""
    out: list[Line] = []
    blank = True
    raw_lines = clean_chars(text.replace("\r\n", "\n").replace("\r", "\n")).splitlines()[:MAX_LINES]
    level = _section_level(raw_lines)
    for raw in _wrap_long(raw_lines):
        if not raw.strip():
            blank = True
            continue
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip(" "))
        body = expanded.strip()
        heading = False
        bold = False
        m = re.match(r"^(#{1,6})\s+(.*)$", body)
        if m:
            heading = len(m.group(1)) == level
            bold = not heading  # the title line or an entry title
            body = m.group(2).strip()
        if _PAGE_MARK.search(body) and len(body) <= 80:
            rest = _PAGE_MARK.sub("", body).strip(" |–-")
            if "|" in body or len(rest.split()) <= 6:
                continue  # a page's running footer pasted with the text ('Jo Bloggs | Resume | Page 1 of 2')
            body = rest  # a line that ends in its page's number keeps its words
        if re.fullmatch(r"[=\-_*~]{3,}|[=\-_~]", body):  # rules and setext underlines (a
            # run of dashes may reach here as one: the cleanup shortens runs)
            if out and not out[-1].bullet and body[0] in "=-" and (
                    len(out[-1].text) < 50 or len(body) >= 0.8 * len(out[-1].text)):
                # a short line over a rule, or one the rule underlines to its own length
                # ('CLIENT ENGAGEMENTS (Acme LLC, 04/2019-present)' over as many '=')
                out[-1].heading = True
            continue
        bold = bold or bool(re.match(r"\*\*.+?\*\*|__.+?__", body))
        body = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda mm: mm.group(1) or mm.group(2), body)
        # Markdown italics ('*Jan 2020 – Present*', '_2019 – 2021_') and links ('[site](https://...)')
        italic = bool(re.fullmatch(r"[*_][^*_].*[*_]", body))
        body = _EMPHASIS.sub(lambda mm: mm.group(1) or mm.group(2), body)
        body = re.sub(r"\[([^\]\n]+)\]\((?:https?://|mailto:)?[^)\s]+\)", r"\1", body)
        stripped, bullet = strip_bullet(body)
        quoted = re.match(r">\s+(?=\S)", stripped) if not bullet else None
        if quoted:  # '> Built the ...': a quote marker used as the bullet of a plain-text list
            stripped, bullet = stripped[quoted.end():], True
        num = re.match(r"^\d{1,2}[.)]\s+", stripped) if not bullet else None
        if num and numbered_heading(stripped[num.end() :]):
            num = None  # '2. EXPERIENCE': a numbered heading
        if num:
            stripped, bullet = stripped[num.end() :], True
        glyph_x = float(indent) if bullet else None
        x0 = float(indent + (len(body) - len(stripped)))
        text = collapse_ws(stripped)
        if not text:
            continue
        parts = [collapse_ws(p) for p in re.split(r"\s{3,}|\t|\s\|\s", stripped) if p.strip()]
        out.append(
            Line(
                text=text,
                parts=parts,
                bullet=bullet,
                heading=heading,
                bold=bold,
                italic=italic,
                x0=x0,
                glyph_x=glyph_x,
                gap=1.5 if blank else 0.0,
                caps=text.isupper() and len(text) > 2,
            )
        )
        blank = False
    return out
