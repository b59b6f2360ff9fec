"""Helpers for the export tests: read PDFs back with PyMuPDF."""

from __future__ import annotations

from typing import Any

import pymupdf

from app.knowledge import load_knowledge

PAPERS = ("letter", "a4")
KNOWLEDGE = load_knowledge()  # the bundled knowledge the exports name principles with


def open_pdf(data: bytes) -> Any:
    return pymupdf.open("pdf", data)


def page_text(page: Any) -> str:
    """The page's text with ligatures ("ﬁ") expanded, as a reader or search would want."""
    return page.get_text(flags=pymupdf.TEXT_MEDIABOX_CLIP)


def all_text(doc: Any) -> str:
    return "\n".join(page_text(page) for page in doc)


def flat(text: str) -> str:
    """Whitespace-normalised text (line breaks in the PDF become spaces)."""
    return " ".join(text.split())


def unembedded_fonts(doc: Any) -> list[str]:
    """Names of fonts used without an embedded font program (ext 'n/a')."""
    bad = []
    for page in doc:
        for _xref, ext, _type, basefont, *_rest in page.get_fonts(full=True):
            if ext == "n/a":
                bad.append(basefont)
    return bad


def assert_page_size(doc: Any, paper: str) -> None:
    want = pymupdf.paper_rect(paper)
    for page in doc:
        assert abs(page.rect.width - want.width) < 0.5, (paper, page.rect)
        assert abs(page.rect.height - want.height) < 0.5, (paper, page.rect)


def assert_text_inside(page: Any, margin: float = 0.0) -> None:
    """No text block runs off the page (overflow or clipping)."""
    box = page.rect + (margin, margin, -margin, -margin)
    for x0, y0, x1, y1, text, *_ in page.get_text("blocks"):
        assert box.x0 - 0.5 <= x0 and x1 <= box.x1 + 0.5, (text[:40], (x0, x1))
        assert box.y0 - 0.5 <= y0 and y1 <= box.y1 + 0.5, (text[:40], (y0, y1))
