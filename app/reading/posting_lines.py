"""The logical lines of a job posting: one line per heading, listed item or paragraph, with
the layout evidence the section walk needs (a bullet, nesting, a heading the layout marks, a
blank line before).

Postings arrive wrapped in three ways, each undone from its own evidence:
- pasted text hard-wrapped at a fixed width (an e-mail, a terminal, a copy from a PDF
  viewer): a line ends early when the next word would have fitted, so the break is the
  writer's; a line that ends at the width was wrapped, unless the next line starts the way an
  item starts (a bullet, the list's own indentation and a capitalised common word);
- a PDF: the same test with the page's geometry (the line's right edge, the column's right
  edge, the width of the next word), plus bold or larger type for headings;
- a DOCX: every paragraph is already whole; bold-only paragraphs and heading styles mark
  headings, and a table row whose first cell is a heading gives the heading and its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.reading.lines import Line, body_size
from app.reading.posting_headings import OTHER, ends_with_section_word, heading_kind, keyword_kind

BULLET_CHARS = "•◦▪▫■□●○◆◇♦►▶▸▹‣⁃∙·➢➤➔→✓✔❖❑⚫⦁»›"
# pictographs used as bullets or heading decorations ('✅', '👉', '🔹', '🚀')
EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF\u2190-\u21FF]\ufe0f?\u200d?"
BULLET_RE = re.compile(
    r"^\s*(?:[" + BULLET_CHARS + r"]|" + EMOJI + r"|[-–—*+o](?=\s)|\(?\d{1,2}[.)](?=\s|[A-Z][a-z])"
    r"|\(?[a-h]\)(?=\s))\s*")
_EMOJI_START = re.compile(r"^\s*(?:" + EMOJI + r")+\s*")
_RULE = re.compile(r"^\s*[-=_*~#]{3,}\s*$")
_MD_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(.+?)\s*#*\s*|\*\*([^*]{2,80})\*\*:?|__([^_]{2,80})__:?)\s*$")
_TERMINAL = (".", "!", "?", ":", ";")
_CONTINUE_WORDS = {"and", "or", "of", "the", "a", "an", "to", "in", "with", "for", "on", "as",
                   "such", "including", "using", "via", "from", "by", "at", "into", "that", "&",
                   "und", "oder", "et", "ou", "en", "y", "e"}
# capitalised words that begin items and sentences (a line starting with one after a full
# line is a new item, not the wrapped end of the last one); the document's own lowercase
# words are added per posting
COMMON_STARTS = frozenset("""
a an the you your we our this these they it in on at as for with to of from by if when while
must should will can may ability able strong excellent good solid deep proven demonstrated
experience experienced knowledge understanding familiarity proficiency proficient expertise
hands-on working bachelor's bachelors bachelor master's masters master phd degree minimum at
least previous prior background track fluency fluent comfortable passion passionate desire
self-motivated team effective exceptional outstanding great advanced basic currently ideally
preferably also plus bonus nice additional other some any all each every more most both either
analyze analyse architect assist automate build collaborate communicate conduct contribute
coordinate create debug define deliver deploy design develop document drive enable engage
establish evaluate execute implement improve innovate integrate investigate lead leverage
maintain manage measure mentor monitor operate optimize optimise own participate partner perform
plan present prototype provide research review run scale serve ship support test train
troubleshoot work write help identify influence ensure translate keep shape harden reduce coach
prepare estimate set contribute drive partner one two three four five six seven eight nine ten
certified certification certifications publications prior previous exposure portfolio practical
relevant professional technical expert native written verbal eligible authorized willingness
willing capable curiosity curious ownership attention creative analytical organized independent
motivated extensive significant substantial sound thorough clear broad thoughtful startup
start-up contributions understanding excellent outstanding familiar
""".split())


@dataclass
class PostLine:
    """One logical line of a posting."""

    text: str
    bullet: bool = False
    depth: int = 0  # 0: a top-level line; 1: deeper than the list around it (a sub-item)
    head: bool = False  # the layout marks it as a heading (bold alone, larger, '#', own cell)
    blank_before: bool = False


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _first_word(text: str) -> str:
    m = re.match(r"\s*(\S+)", text)
    return m.group(1) if m else ""


def document_words(text: str) -> set[str]:
    """The words a posting writes in lower case (so 'Contribute' is a common word there, and
    'Kafka' is a name)."""
    return {w for w in re.findall(r"\b[a-z][a-z'’-]+\b", text)}


def starts_item(text: str, vocab: set[str], prev: str = "") -> bool:
    """A line that begins the way an item or a sentence begins: a capitalised common word
    ('Experience', 'Build', 'You') or a number of years ('3+ years'); not the rest of a name
    the line above began ('Microsoft Cloud' / 'Background Check ...')."""
    word = _first_word(text).strip("\"'“(")
    if not word:
        return False
    if re.match(r"\d{1,2}\s*\+|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+(?:years|yrs)", text.strip()):
        return True
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return False  # lower case, or an acronym ('AWS')
    low = word.lower().rstrip(",.:;")
    if low not in COMMON_STARTS and low not in vocab:
        return False
    words = text.split()
    second = words[1] if len(words) > 1 else ""
    last = prev.rsplit(" ", 1)[-1] if prev else ""
    name_runs_on = last[:1].isupper() and last[-1:].isalpha() and second[:1].isupper() \
        and not second.isupper() and second.lower() not in COMMON_STARTS
    return not name_runs_on


def _wrap_width(lines: list[str]) -> int | None:
    """The width of hard-wrapped text, or None when the lines are not wrapped at a width."""
    lengths = [len(ln.rstrip()) for ln in lines if len(ln.strip()) > 20]
    if len(lengths) < 4:
        return None
    width = max(lengths)
    if width > 130:
        return None
    near = sum(1 for n in lengths if n >= 0.85 * width)
    if near < max(3, 0.2 * len(lengths)):
        return None
    # a wrapped text carries on a sentence on the next line somewhere
    for a, b in zip(lines, lines[1:], strict=False):
        if len(a.rstrip()) >= 0.8 * width and b.strip()[:1].islower() and not BULLET_RE.match(b):
            return width
    return None


def _md_heading(line: str) -> str | None:
    m = _MD_HEADING.match(line)
    if not m:
        return None
    return next(g for g in m.groups() if g is not None).strip()


def text_post_lines(text: str) -> list[PostLine]:
    """Logical lines of pasted text."""
    raw = text.split("\n")
    width = _wrap_width(raw)
    nonblank = [ln for ln in raw if ln.strip()]
    # bullets whose glyph was lost in a paste keep their indentation (when not every line is
    # indented)
    indent_bullets = bool(nonblank) and not all(ln[:1].isspace() for ln in nonblank)
    vocab = document_words(text)
    out: list[PostLine] = []
    blank = True
    last_len = 0  # length of the last physical line joined into out[-1]
    start_indent = 0  # indentation of the physical line that began out[-1]
    for line in raw:
        if not line.strip():
            blank = True
            continue
        stripped = line.strip()
        if _RULE.match(line):  # a rule: underlines the short line above it (a heading), or separates
            if out and not blank and len(out[-1].text.split()) <= 8 and not out[-1].bullet:
                out[-1].head = True
            blank = True
            continue
        md = _md_heading(line)
        if md is not None:
            out.append(PostLine(md, head=True, blank_before=blank))
            blank, last_len = False, 0
            continue
        deco = _EMOJI_START.match(line)
        rest = line[deco.end():].strip() if deco else ""
        if deco and (heading_kind(rest) is not None or ends_with_section_word(rest)
                     and rest[:1].isupper()):  # '🚀 What you'll do'
            out.append(PostLine(line[deco.end():].strip(), head=True, blank_before=blank))
            blank, last_len = False, 0
            continue
        bullet = BULLET_RE.match(line)
        prev = out[-1] if out else None
        if prev is not None and not blank and not prev.head and not bullet \
                and _joins(prev.text, stripped, last_len, start_indent, _indent(line), width, vocab):
            prev.text = joined(prev.text, stripped)
            last_len = len(line.rstrip())
            blank = False
            continue
        indent = _indent(line)
        if bullet:
            out.append(PostLine(line[bullet.end():].strip(), bullet=True, blank_before=blank,
                                depth=1 if indent >= 3 else 0))
        else:
            out.append(PostLine(stripped, bullet=indent_bullets and line[:1].isspace(),
                                blank_before=blank))
        start_indent = indent
        last_len = len(line.rstrip())
        blank = False
    return out


def joined(prev: str, line: str) -> str:
    """A wrapped line joined to the one it continues: with a space, or none after a compound
    word's hyphen ("e-" + "commerce": "e-commerce", "retrieval-" + "augmented")."""
    head, tail = prev.rstrip(), line.strip()
    if re.search(r"[A-Za-z]-$", head) and tail[:1].islower():
        return head + tail
    return head + " " + tail


def _joins(prev: str, line: str, prev_len: int, start_indent: int, indent: int,
           width: int | None, vocab: set[str]) -> bool:
    """Whether the physical `line` continues the logical line `prev` (it was wrapped)."""
    first = line[:1]
    if prev.count("(") > prev.count(")"):
        return True  # an open parenthesis: '(M.S.' / 'preferred)'
    if first.islower() and (not prev.endswith((".", "!", "?", ":")) or _abbreviation_end(prev)):
        return True
    if heading_kind(line) not in (None, OTHER) or prev.endswith(":"):
        return False
    if _continued(prev) and not (_list_end(prev) and starts_item(line, vocab)):
        return True
    if width is None:
        return first in "([{&" and not prev.endswith(_TERMINAL)
    fits = prev_len + 1 + len(_first_word(line)) <= width - 3  # hand wraps fall short of the width
    if fits or prev.endswith((".", "!", "?", ";")):
        return False
    if indent != start_indent:
        return True  # a hanging (or flush) continuation under an indented first line
    return not starts_item(line, vocab, prev)


def _abbreviation_end(prev: str) -> bool:
    """A line ending in an abbreviation ('e.g.', 'M.S.', 'etc.'), not a sentence."""
    last = prev.rsplit(" ", 1)[-1].lower().strip("(")
    return bool(re.fullmatch(r"(?:[a-z]\.){2,}|e\.g\.|i\.e\.|etc\.|incl\.|approx\.|vs\.|z\.b\.", last))


def _continued(prev: str) -> bool:
    """A line that cannot end there: it stops on 'and', 'of', 'with', a comma or a hyphen."""
    last_word = prev.rsplit(" ", 1)[-1].lower()
    return not prev.endswith(_TERMINAL) and (last_word in _CONTINUE_WORDS or prev.endswith((",", "-")))


def _list_end(prev: str) -> bool:
    """The end of a listed item written as part of one sentence ('...,' or '...; and')."""
    return prev.endswith(",") or bool(re.search(r"[;,]\s*(?:and|or)$", prev))


# --------------------------------------------------------------------------- PDF and DOCX

def _is_heading_line(ln: Line, body: float) -> bool:
    words = ln.text.split()
    if ln.bullet or not words or len(words) > 10 or ln.text.rstrip().endswith((".", ";", ",")):
        return False
    if ln.heading:
        return True
    larger = body and ln.size >= body + 1.0
    return bool(ln.bold or larger) and ln.text[:1].isupper() or bool(
        ln.text.isupper() and len(ln.text) > 3 and keyword_kind(ln.text))


def document_post_lines(lines: list[Line], kind: str) -> list[PostLine]:
    """Logical lines of a PDF's visual lines or a DOCX's paragraphs."""
    if kind == "pdf":
        lines = _side_column_last(lines)
    body = body_size(lines)
    vocab = document_words(" ".join(ln.text for ln in lines))
    rights = _column_rights(lines) if kind == "pdf" else []
    glyph_xs = sorted({round(ln.glyph_x if ln.glyph_x is not None else ln.x0)
                       for ln in lines if ln.bullet})
    out: list[PostLine] = []
    prev_ln: Line | None = None
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not text:
            continue
        head = _is_heading_line(ln, body)
        blank = prev_ln is None or (kind == "pdf" and ln.gap >= 0.45)
        if kind == "docx" and len(ln.parts) >= 2 and not ln.bullet:
            first = ln.parts[0].strip()
            if keyword_kind(first) is not None and len(first.split()) <= 6:
                out.append(PostLine(first, head=True, blank_before=True))
                out.append(PostLine(" ".join(p.strip() for p in ln.parts[1:]), blank_before=False))
                prev_ln = ln
                continue
        prev = out[-1] if out else None
        if kind == "pdf" and prev is not None and prev_ln is not None and not ln.bullet \
                and not re.match(r"\(?\d{1,2}[.)]\s*(?=[A-Z])", text) \
                and not head and not prev.head \
                and (not blank or prev_ln.page != ln.page) \
                and _pdf_joins(prev_ln, ln, rights[i - 1] if i else 0, prev.text, vocab):
            prev.text = joined(prev.text, text)
            prev_ln = ln
            continue
        numbered = not ln.bullet and re.match(r"\(?\d{1,2}[.)]\s*(?=[A-Z])", text)
        if numbered:  # '1.Automate ...': the number and the text are spans of their own
            text = text[numbered.end():]
        depth = 0
        if ln.bullet and glyph_xs:
            gx = ln.glyph_x if ln.glyph_x is not None else ln.x0
            depth = 1 if gx > glyph_xs[0] + 8 else 0
        out.append(PostLine(text, bullet=ln.bullet or bool(numbered), depth=depth, head=head,
                            blank_before=blank))
        prev_ln = ln
    return out


def _side_column_last(lines: list[Line]) -> list[Line]:
    """A sidebar beside the posting (job details, contact, a company box) read in the middle
    of a list would cut the list in two: runs of lines that sit wholly beside the main text
    column are moved after it. Headings in a left column (one or two lines level with their
    section) stay where they are."""
    boxed = [ln for ln in lines if ln.bbox]
    if len(boxed) < 8:
        return lines
    weights = sorted((ln.bbox[0], len(ln.text)) for ln in boxed)  # type: ignore[index]
    half, acc, main_x0 = sum(w for _x, w in weights) / 2, 0, weights[0][0]
    for x, w in weights:
        acc += w
        if acc >= half:
            main_x0 = x
            break
    near = [ln for ln in boxed if abs(ln.bbox[0] - main_x0) <= 25]  # type: ignore[index]
    lo = min(ln.bbox[0] for ln in near)  # type: ignore[index]
    hi = max(ln.bbox[2] for ln in near)  # type: ignore[index]

    def beside(ln: Line) -> bool:
        return ln.bbox is not None and (ln.bbox[2] <= lo or ln.bbox[0] >= hi)

    side_lines = [ln for ln in lines if beside(ln)]
    heads = [ln for ln in side_lines if _margin_heading(ln)]
    if len(heads) >= 2 and len(heads) >= 0.6 * len(side_lines):
        return _interleave([ln for ln in lines if not beside(ln)], side_lines)
    main: list[Line] = []
    side: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and beside(lines[j]):
            j += 1
        if j - i >= 3:
            side.extend(lines[i:j])
            i = j
        else:
            main.append(lines[i])
            i += 1
    return main + side if side else lines


def _margin_heading(ln: Line) -> bool:
    text = ln.text.strip()
    return 0 < len(text.split()) <= 6 and not text.endswith((".", ";", ",")) and (
        ln.bold or text.isupper())


def _interleave(main: list[Line], heads: list[Line]) -> list[Line]:
    """Headings printed in the margin beside their sections, put back where they stand: a
    heading goes before the first line of the text column level with it or below it; the
    lines of a heading that wrapped in the margin are one heading."""
    groups: list[Line] = []
    for ln in heads:
        prev = groups[-1] if groups else None
        if prev is not None and prev.page == ln.page and prev.bbox and ln.bbox \
                and -0.5 * ln.size <= ln.bbox[1] - prev.bbox[3] < 0.6 * max(ln.size, 1.0):
            box = (min(prev.bbox[0], ln.bbox[0]), prev.bbox[1], max(prev.bbox[2], ln.bbox[2]), ln.bbox[3])
            groups[-1] = replace(prev, text=joined(prev.text, ln.text), bbox=box,
                                 parts=[joined(prev.text, ln.text)])
        else:
            groups.append(ln)
    out = list(main)
    for head in groups:
        if head.bbox is None:
            continue
        at = len(out)
        for k, ln in enumerate(out):
            if ln.bbox and (ln.page or 0) == (head.page or 0) and ln.bbox[1] >= head.bbox[1] - 2 \
                    or (ln.page or 0) > (head.page or 0):
                at = k
                break
        out.insert(at, replace(head, gap=1.0, heading=True))
    return out


def _column_rights(lines: list[Line]) -> list[float]:
    """For each line, the right edge of the text column it sits in (the furthest right any
    line reaches among the lines of its page that overlap it horizontally)."""
    out = []
    by_page: dict[int | None, list[tuple[float, float]]] = {}
    for ln in lines:
        if ln.bbox:
            by_page.setdefault(ln.page, []).append((ln.bbox[0], ln.bbox[2]))
    for ln in lines:
        if not ln.bbox:
            out.append(0.0)
            continue
        x0, x1 = ln.bbox[0], ln.bbox[2]
        out.append(max((b for a, b in by_page.get(ln.page, []) if a < x1 and b > x0), default=x1))
    return out


def _pdf_joins(prev_ln: Line, ln: Line, right: float, prev_text: str, vocab: set[str]) -> bool:
    """Whether PDF line `ln` is the wrapped continuation of `prev_ln`."""
    if not prev_ln.bbox or not ln.bbox:
        return False
    text = ln.text.strip()
    if ln.page != prev_ln.page:  # an item cut by a page break ('... operations research or a'
        # on one page, 'related field' atop the next): only a line that plainly runs on
        return prev_text.count("(") > prev_text.count(")") or (
            text[:1].islower() and not prev_text.endswith((".", "!", "?", ":", ";")))
    if ln.bbox[1] < prev_ln.bbox[1]:
        return False
    if prev_text.count("(") > prev_text.count(")"):
        return True
    if text[:1].islower() and (not prev_text.endswith((".", "!", "?", ":")) or _abbreviation_end(prev_text)):
        return True
    if prev_text.endswith(":") or heading_kind(text) not in (None, OTHER):
        return False
    if _continued(prev_text) and not (_list_end(prev_text) and starts_item(text, vocab)):
        return True
    x0, x1 = prev_ln.bbox[0], prev_ln.bbox[2]
    per_char = (x1 - x0) / max(len(prev_ln.text), 1)
    fits = x1 + per_char * (1 + len(_first_word(text))) <= right - 0.5 * per_char
    if fits or prev_text.endswith((".", "!", "?", ";")):
        return False
    if ln.x0 > prev_ln.x0 + 2 * per_char and not prev_ln.bullet:
        return False  # indented deeper than the line above: a new (sub-)item
    return not starts_item(text, vocab, prev_text)
