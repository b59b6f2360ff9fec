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


@pytest.mark.parametrize("core", [True, False])
def test_a_story_face_is_a_new_font_with_its_files_digest(core: bool) -> None:
    import ctypes
    import hashlib

    folder = FULL / "core" if core else FULL
    for name in fonts.FACES:
        made = [fonts.story_face(name, core) for _ in range(3)]
        assert len({font.m_internal_value() for font in made}) == 3  # each Story its own object
        for font in made:
            assert font.m_internal.has_digest == 1
            digest = ctypes.string_at(int(font.m_internal.digest), 16)
            assert digest == hashlib.md5((folder / name).read_bytes()).digest()


def test_mupdf_asks_us_for_our_families_only_inside_using() -> None:
    from pymupdf import mupdf

    assert mupdf.fz_load_system_font("LR", 0, 0, 0).m_internal is None
    with fonts.using(True):
        assert fonts.faces_loaded()
        regular = mupdf.fz_load_system_font("LR", 0, 0, 0)
        bold = mupdf.fz_load_system_font("LRC", 1, 0, 0)
        assert regular.m_internal is not None and bold.m_internal is not None
        assert "Bold" in mupdf.fz_font_name(bold) and "Condensed" in mupdf.fz_font_name(bold)
        for family, b, i in (("LR", 0, 1), ("Helvetica", 0, 0), ("Times-Roman", 1, 0)):
            assert mupdf.fz_load_system_font(family, b, i, 0).m_internal is None
    assert not fonts.faces_loaded()
    assert mupdf.fz_load_system_font("LR", 0, 0, 0).m_internal is None


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_same_pdfs_as_with_font_face_rules(monkeypatch: pytest.MonkeyPatch,
                                               paper: str) -> None:
    """Stories given our faces by the loader draw the same bytes as with @font-face rules."""
    from app.export import render_report_pdf

    report = make_report(long=paper == "a4")
    loaded = (render_report_pdf(report, KNOWLEDGE, paper),
              render_cheatsheet_pdf(report, KNOWLEDGE, paper))
    monkeypatch.setattr(fonts, "_install", lambda on: False)
    rules = (render_report_pdf(report, KNOWLEDGE, paper),
             render_cheatsheet_pdf(report, KNOWLEDGE, paper))
    assert loaded == rules
