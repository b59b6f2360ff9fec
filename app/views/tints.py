"""Principle tints that keep text readable: WCAG contrast arithmetic on plain hex colours.

A bullet is tinted with its principle's colour mixed into the paper (or the window's surface
for a text resume) only as far as the text over it keeps a contrast of at least 4.5:1
(WCAG AA for body text), in light and dark. A tag's ink (black or white) is the one with the
higher contrast on the tag's colour, which is always above 4.5:1.
"""

from __future__ import annotations

from functools import lru_cache

MIN_CONTRAST = 4.5
PAPER = "#ffffff"  # a rendered PDF page
PAGE_INK = "#333333"  # the lightest body text a resume is printed in that we guarantee


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    return int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in rgb)


def luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(fg: str, bg: str, alpha: float) -> str:
    """`fg` laid over `bg` at opacity `alpha` (what painting a translucent colour gives)."""
    f, b = _rgb(fg), _rgb(bg)
    return _hex(tuple(alpha * x + (1 - alpha) * y for x, y in zip(f, b, strict=True)))  # type: ignore[arg-type]


def multiply(a: str, b: str) -> str:
    """The colour a `multiply` composition gives: ink under a tint stays at least as dark."""
    return _hex(tuple(x * y for x, y in zip(_rgb(a), _rgb(b), strict=True)))  # type: ignore[arg-type]


@lru_cache(maxsize=256)
def readable_tint(colour: str, base: str, ink: str, strength: float,
                  multiply_ink: bool = False, minimum: float = MIN_CONTRAST) -> str:
    """`colour` mixed into `base` at up to `strength` (0..1), less when `ink` over the result
    would fall below `minimum` contrast. With `multiply_ink` the ink is darkened by the tint
    as a multiply composition paints it (PDF pages); else the ink is drawn on top (text)."""
    def ok(alpha: float) -> bool:
        tint = blend(colour, base, alpha)
        shown = multiply(ink, tint) if multiply_ink else ink
        return contrast(shown, tint) >= minimum

    if ok(strength):
        return blend(colour, base, strength)
    lo, hi = 0.0, strength
    for _ in range(18):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if ok(mid) else (lo, mid)
    return blend(colour, base, lo)


def tag_ink(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (at least 4.58:1 for any colour)."""
    return "#000000" if contrast("#000000", fill) >= contrast("#ffffff", fill) else "#ffffff"


@lru_cache(maxsize=256)
def readable_on(colour: str, background: str, minimum: float = MIN_CONTRAST) -> str:
    """`colour` darkened (on a light background) or lightened (on a dark one) just enough to
    read on `background`: a tag written in its principle's colour."""
    toward = "#000000" if luminance(background) > 0.18 else "#ffffff"
    for step in range(0, 101, 4):
        candidate = blend(toward, colour, step / 100)
        if contrast(candidate, background) >= minimum:
            return candidate
    return toward
