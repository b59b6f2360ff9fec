"""The bundled fonts, in two cuts, and the choice between them for one document.

The full cut is DejaVu Sans as released (~0.7 MB a face, 6,000 glyphs: Latin, Greek,
Cyrillic, Armenian, Georgian, Hebrew, Arabic...). MuPDF digests and parses each face again for
every Story it lays out and draws (about 70 per export), so the size of the file is paid on
every one. The core cut (`fonts/core/`, ~0.2 MB a face) is the same fonts reduced to the
characters of `CORE_RANGES` with every glyph, outline, metric, kerning pair, layout feature and
hinting instruction of those characters kept (`scripts/subset_fonts.py` makes it with
fontTools). For a character inside the ranges the two cuts draw the same glyph at the same
place, or both lack it; so a document whose every character is inside the ranges is drawn
with the core cut (the same pages, about 0.1 CPU s sooner), and any other document (a name in
Cyrillic, Greek, Hebrew or CJK, a rare symbol) with the full cut, exactly as before.

A render picks its cut with `using(...)` while it holds the export lock; `story_archive()` and
`font()` then hand out that cut's objects, and MuPDF asks `_load_system_font` for the faces of
our families (a Story's @font-face rules then left out: `story_face`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from app.errors import ExportError
from app.paths import resource

FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf",
         "DejaVuSansCondensed-Bold.ttf")
# (first, last) code points, inclusive: Latin with its diacritics (Vietnamese included),
# punctuation, super- and subscripts, currency, letter-like symbols, arrows, the few
# mathematical signs resumes use, geometric shapes (the app's markers), ballot boxes, stars,
# check marks and the Latin ligatures. scripts/subset_fonts.py builds the core cut from this.
CORE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x036F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF),
    (0x2100, 0x214F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x221E, 0x221E), (0x2248, 0x2248),
    (0x2260, 0x2260), (0x2264, 0x2265), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x2610, 0x2612),
    (0x2713, 0x2718), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
)
_CURRENT = {"core": False}  # the cut of the render holding the export lock


def in_core(char: str) -> bool:
    """Whether the core cut draws `char` as the full cut does."""
    code = ord(char)
    return any(first <= code <= last for first, last in CORE_RANGES)


def core_covers(value: Any) -> bool:
    """Whether every character of a template context (dicts, lists and tuples of strings and
    numbers) is inside the core cut. Anything else counts by its str(), as a template would
    print it."""
    chars: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                chars.update(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif item is not None and not isinstance(item, (bool, int, float)):
            stack.append(str(item))
    return all(in_core(c) for c in chars)


def _folder(core: bool) -> Any:
    folder = resource("fonts", "core") if core else resource("fonts")
    if not all((folder / name).is_file() for name in FACES):
        raise ExportError(f"The bundled fonts are missing from {folder}; reinstall LoopReady.")
    return folder


@lru_cache(maxsize=2)
def _archive(core: bool) -> Any:
    import pymupdf

    folder = _folder(core)
    archive = pymupdf.Archive()
    for name in FACES:
        archive.add(((folder / name).read_bytes(), name))
    return archive


@lru_cache(maxsize=4)
def _font(bold: bool, core: bool) -> Any:
    import pymupdf

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return pymupdf.Font(fontfile=str(_folder(core) / name))


#: the families our style sheets name (templates/fonts.css): (regular face, bold face)
FAMILIES = {"LR": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
            "LRC": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")}
_LOADER = {"on": False}


@lru_cache(maxsize=8)
def _face(name: str, core: bool) -> tuple[Any, Any]:
    """One face's file in MuPDF's memory, and a font made from it to hold its digest."""
    from pymupdf import mupdf

    data = mupdf.FzBuffer.fz_new_buffer_from_copied_data((_folder(core) / name).read_bytes())
    return data, mupdf.fz_new_font_from_buffer(None, data, 0, 0)


def story_face(name: str, core: bool) -> Any:
    """A new font of one face, as MuPDF's HTML layout makes one for an @font-face rule
    (`fz_new_font_from_buffer`: no name, index 0, no glyph boxes), its digest given.

    MuPDF digests (MD5) each font object's whole file the first time a page uses it, to find
    the document's resource for it: a Story's fonts are its own objects, so every Story paid
    ~1.6 M instructions a face (~125 M a report). Each Story still gets its own objects (the
    pages name a font resource per object, as before), with the digest MuPDF worked out for
    the face once per process."""
    from pymupdf import mupdf

    data, first = _face(name, core)
    font = mupdf.fz_new_font_from_buffer(None, data, 0, 0)
    if first.m_internal.has_digest:
        font.m_internal.digest = first.m_internal.digest  # the 16 bytes, copied
    else:  # MuPDF's MD5 of the file, kept by `first` and written into `font`
        mupdf.ll_fz_font_digest(first.m_internal, font.m_internal.digest)
    font.m_internal.has_digest = 1
    return font


def _load_system_font(family: str, bold: int, italic: int, _exact: int) -> Any:
    """MuPDF's question for a font it has no face for: ours, for our families. Italics
    (never asked: see `shared_faces_for`) and any other family get None, as without a loader."""
    faces = FAMILIES.get(family)
    if faces is None or italic:
        return None
    return story_face(faces[1 if bold else 0], _CURRENT["core"])


def faces_loaded() -> bool:
    """Whether MuPDF asks us for our families' faces (inside `using`): a Story's style sheet
    may then leave out its @font-face rules (see `story_css.for_story`)."""
    return _LOADER["on"]


def _install(on: bool) -> bool:
    """Our font loader (or none, MuPDF's default) for MuPDF's system fonts; False when this
    PyMuPDF cannot take one (the @font-face rules are then kept)."""
    try:
        from pymupdf import mupdf

        mupdf.fz_install_load_system_font_funcs(_load_system_font if on else None, None, None)
    except (AttributeError, TypeError):
        return False
    return on


@contextmanager
def using(core: bool) -> Iterator[None]:
    """Draw with the core cut (or the full one) until the block ends. Call it holding the
    export lock: MuPDF objects are shared and one render runs at a time. Until then MuPDF
    asks us for our families' faces (`_load_system_font`)."""
    before = _CURRENT["core"]
    _CURRENT["core"] = core
    _LOADER["on"] = _install(True)
    try:
        yield
    finally:
        if _LOADER["on"]:
            _LOADER["on"] = _install(False)
        _CURRENT["core"] = before


def story_archive() -> Any:
    """The fonts every Story loads (read once into memory per cut: a folder archive read each
    file again for every Story)."""
    return _archive(_CURRENT["core"])


_ADVANCES: Any = None  # weakref.WeakKeyDictionary: font -> {character: advance}, made on first use


def text_length(fnt: Any, text: str, size: float) -> float:
    """`fnt.text_length(text, fontsize=size)`, the same float: PyMuPDF's method asks MuPDF
    for each character's glyph and advance and adds them up in Python (~0.1 ms for a page
    number: ~90 on a report); here each character's advance is asked once per font and the
    same sum is made in the same order."""
    global _ADVANCES
    import weakref

    from pymupdf import mupdf

    if _ADVANCES is None:
        _ADVANCES = weakref.WeakKeyDictionary()
    try:
        known = _ADVANCES.setdefault(fnt, {})
    except TypeError:  # a font that cannot be weakly referenced: as PyMuPDF does it
        return float(fnt.text_length(text, fontsize=size))
    total = 0
    for ch in text:
        advance = known.get(ch)
        if advance is None:
            gid, face = mupdf.fz_encode_character_with_fallback(
                fnt.this, ord(ch), 0, mupdf.fz_text_language_from_string(None))
            advance = known[ch] = mupdf.fz_advance_glyph(face, gid, 0)
        total += advance
    return total * size


def font(bold: bool = False) -> Any:
    """DejaVu Sans in the current cut, for text drawn on finished pages (embedded once: the
    same face as the Stories')."""
    return _font(bold, _CURRENT["core"])
