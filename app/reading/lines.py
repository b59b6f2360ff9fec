"""The visual line every reader produces (a PDF row, a DOCX paragraph, a text line) with
the typographic hints the structure pass reads, and small helpers over lists of lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

HEADER_FONT = "page-header"  # the font name a DOCX page header's lines carry (they rank below
# the body's own lines as the candidate's name)


@dataclass
class Line:
    """One visual line (PDF row) or paragraph (DOCX/TXT) with its typographic hints."""

    text: str
    parts: list[str] = field(default_factory=list)  # pieces split by font change / big gaps / tabs
    bullet: bool = False  # started with a bullet glyph or list numbering
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    font: str = ""
    x0: float = 0.0  # left edge of the text (after the glyph)
    glyph_x: float | None = None  # left edge of the bullet glyph
    gap: float = 0.0  # vertical gap before the line, in multiples of its size (PDF); 0 otherwise
    heading: bool = False  # the source marks it as a heading (DOCX style, Markdown '#')
    margin: list[str] = field(default_factory=list)  # margin text attached (dates, places)
    paragraph: bool = False  # a complete paragraph (DOCX/TXT): never joined with the next line
    caps: bool = False  # typeset in capitals (small caps counts)
    peak: float = 0.0  # largest font size in the line's first piece (PDF; finds the name)
    side_by_side: bool = False  # PDF: two long texts on one row (columns not separated?)
    leader: bool = False  # fields joined by dot leaders ('Acme Co..........2021'): a header
    hyphen: str = ""  # how a line-end hyphen is to be read: 'soft', 'keep' or '' (see join_lines)
    glyph: str = ""  # PDF: the typed character read as its bullet ('+', '-', '*'), when one was


def document_vocab(lines: list[Line]) -> set[str]:
    """Lowercase words the document uses, without the fragments of line-end hyphenation
    ('experi-' / 'ence'), so join_lines can tell 'data-driven' from 'experi-ence'."""
    vocab: set[str] = set()
    broken = False
    for ln in lines:
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*-?", ln.text)
        if broken and words:
            words = words[1:]
        broken = ln.text.endswith("-")
        if broken and words:
            words = words[:-1]
        for w in words:
            w = w.rstrip("-").lower()
            vocab.add(w)
            if "-" in w:
                vocab.update(w.split("-"))
    return vocab


def display_line(ln: Line, heading: bool = False) -> str:
    """A line as shown to the user: bullet glyph back, margin text (dates) at the end."""
    text = ("• " if ln.bullet else "") + ln.text
    if ln.margin:
        text += "  " + "  ".join(ln.margin)
    return ("\n" + text) if heading else text


def body_size(lines: list[Line]) -> float:
    c: Counter[float] = Counter()
    for ln in lines:
        if ln.size:
            c[round(ln.size, 1)] += len(ln.text)
    return c.most_common(1)[0][0] if c else 0.0


def style_of(ln: Line) -> tuple:
    return (ln.font, round(ln.size), ln.bold, ln.caps or ln.text.isupper())


LIGHT = 0.94  # every channel at least this (of 1.0): a colour a reader takes for white


def near_white(rgb: Sequence[float]) -> bool:
    """A colour (red, green, blue from 0 to 1) close to white: text in it, on no dark fill,
    is hidden from a reader; a fill in it is no dark background."""
    return all(c >= LIGHT for c in rgb[:3])


HIDDEN_NOTE_WORDS = 3  # fewer hidden words than this are a stray space or a template's leftover


def hidden_note(words: int) -> str | None:
    """The reading's note for text a reader never sees (white, tiny or marked hidden), left out
    of the reading; None for a few stray words."""
    if words < HIDDEN_NOTE_WORDS:
        return None
    return (f"About {words} words in this file are hidden from a reader (white, tiny or marked "
            "hidden text); they were left out. Recruiters who find them may read them as "
            "keyword stuffing: remove them.")
