"""The report's placeholder highlights skip a page only when MuPDF's search could not find
the placeholder there (app.export.pdf._absent): checked against MuPDF itself."""

from __future__ import annotations

import pymupdf

from app.export.pdf import _absent, _squeezed


def _page_text_and_hits(text: str, needle: str) -> tuple[str, int]:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(50, 50, 130, 400), text, fontsize=11)
    flags = (pymupdf.TEXT_DEHYPHENATE | pymupdf.TEXT_PRESERVE_WHITESPACE
             | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP)
    textpage = page.get_textpage(flags=flags)
    return textpage.extractText(), len(page.search_for(needle, textpage=textpage))


def test_a_needle_search_finds_is_never_ruled_out() -> None:
    # Wrapped over lines in a narrow box, other case, extra spaces, a hyphen at a line end.
    for text, needle in (
        ("Led the [ADD: the   RESULT you measured] at launch", "[add: the result you measured]"),
        ("A placeholder [add what the team-\nwide change was]", "[add what the team- wide change was]"),
        ("Before [add the number of users] after", "[add the number of users]"),
    ):
        page_text, hits = _page_text_and_hits(text, needle)
        assert hits, (text, needle)
        assert not _absent(needle, _squeezed(page_text))


def test_a_needle_missing_from_the_page_is_ruled_out() -> None:
    page_text, hits = _page_text_and_hits("Shipped the ranking model to every region", "[add x]")
    assert hits == 0
    assert _absent("[add x]", _squeezed(page_text))
    assert not _absent("[add é]", _squeezed(page_text))  # non-ASCII: always searched
    assert _squeezed("Of\ufb01ce  Ex-\nample\u00ad") == "officeexample"


def test_pages_searched_are_those_a_bracketed_block_reaches() -> None:
    """Front pages always; a body page when a block with a "[" opens on it or may run on
    from an earlier page (the last block opened before it); every page when unknown."""
    from app.export.pdf import _pages_to_search

    rect = (0.0, 0.0, 1.0, 1.0)
    positions = [(2, "blk-0", 0, "", rect), (2, "sub-q-1", 0, "", rect), (3, "blk-1", 0, "", rect),
                 (3, "blk-2", 0, "", rect), (6, "blk-3", 0, "", rect), (7, "blk-4", 0, "", rect)]
    # blk-2 opens on page 3 and may run over pages 4 and 5 (nothing opens there) to page 6
    assert _pages_to_search(positions, {"blk-2"}, 2, 8) == [0, 1, 3, 4, 5, 6]
    assert _pages_to_search(positions, {"blk-0", "blk-4"}, 2, 8) == [0, 1, 2, 3, 7]
    assert _pages_to_search(positions, set(), 2, 8) == [0, 1]
    assert _pages_to_search(positions, None, 2, 8) == list(range(8))
