"""The two cuts of the bundled fonts: the core cut draws what the full cut draws on its
ranges, and a document with a character outside them is drawn with the full cut."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pymupdf
import pytest
from export_helpers import KNOWLEDGE, all_text, flat, open_pdf
from report_factory import make_report

from app.export import fonts, render_cheatsheet_pdf

FULL = Path(__file__).resolve().parents[2] / "app" / "resources" / "fonts"


@pytest.mark.parametrize("face", fonts.FACES)
def test_core_cut_has_the_full_cuts_glyphs_on_its_ranges(face: str) -> None:
    full = pymupdf.Font(fontfile=str(FULL / face))
    core = pymupdf.Font(fontfile=str(FULL / "core" / face))
    wanted = [c for c in full.valid_codepoints() if fonts.in_core(chr(c))]
    assert sorted(core.valid_codepoints()) == sorted(wanted)
    assert len(wanted) > 1000  # Latin and its diacritics at least
    for code in wanted:  # the same advance: lines break at the same places
        assert core.glyph_advance(code) == full.glyph_advance(code), hex(code)


def test_the_core_cut_is_chosen_only_when_it_covers_every_character() -> None:
    latin = {"who": {"name": "Zoë Ñúñez-Łukasiewicz"},
             "lines": ["“Cut p99 ≤ 200 ms” – 40 % → 5 €", 3, 2.5, None, True, ("Nguyễn",)]}
    assert fonts.core_covers(latin)
    assert not fonts.core_covers(latin | {"who": {"name": "Дарья Ковальчук"}})
    assert not fonts.core_covers({"x": [["deep", ("王芳",)]]})
    assert fonts.core_covers({"x": [object()], "y": "ok"})  # an object counts by its str()

    class Named:
        def __str__(self) -> str:
            return "שרה"

    assert not fonts.core_covers({"x": [Named()]})


def _font_names(doc: pymupdf.Document) -> set[str]:
    return {basefont.split("+", 1)[-1] for pno in range(doc.page_count)
            for _x, _ext, _t, basefont, *_ in doc[pno].get_fonts(full=True)}


def test_a_name_outside_the_core_ranges_is_drawn_in_dejavu_not_a_fallback() -> None:
    base = make_report()
    report = dataclasses.replace(base, resume=dataclasses.replace(base.resume,
                                                                  name="Дарья Ковальчук"))
    doc = open_pdf(render_cheatsheet_pdf(report, KNOWLEDGE, "letter"))
    assert "Дарья Ковальчук" in flat(all_text(doc))
    names = _font_names(doc)
    assert names and all(name.startswith("DejaVu") for name in names), names


def test_a_latin_sheet_embeds_the_same_faces() -> None:
    doc = open_pdf(render_cheatsheet_pdf(make_report(), KNOWLEDGE, "letter"))
    names = _font_names(doc)
    assert names and all(name.startswith("DejaVu") for name in names), names


@pytest.mark.parametrize("core", [True, False])
def test_text_length_is_what_pymupdf_measures(core: bool) -> None:
    """fonts.text_length (each character's advance asked once per font) gives the float
    Font.text_length gives, for invented texts and sizes, characters outside the font too."""
    import random

    rng = random.Random(11)
    for bold in (False, True):
        face = fonts._font(bold, core)
        for _ in range(200):
            text = "".join(rng.choice("Page 0123456789 of · AbcXyz fit é漢ЖΩ★✓\u00ad")
                           for _ in range(rng.randint(0, 30)))
            size = rng.choice([7.5, 8.0, 7, 33.7, 1e-3])
            assert fonts.text_length(face, text, size) == face.text_length(text, fontsize=size)
