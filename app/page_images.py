"""A PDF's pages as RGB images, scaled to a pixel budget (Qt-free: runs in the reading worker).

A resume page is about 612 x 792 points; at 2 pixels per point that is ~2 million pixels, sharp
up to ~200% zoom. A PDF may declare pages of 14,400 x 14,400 points: at the same scale one page
would be 2.5 GB of pixels. So the scale is chosen per page from a budget: at most `RENDER_SCALE`
pixels per point, at most `PAGE_PIXELS` per page and `TOTAL_PIXELS` for the whole document (the
budget left is shared by the pages still to render). A giant page is shown, just less sharp.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

RENDER_SCALE = 2.0  # pixels per PDF point for a normal page (sharp up to ~200% zoom)
SHARP_ZOOM = 1.5  # pages drawn for a screen stay sharp up to this zoom (fit width is ~1-1.4)
PAGE_PIXELS = 4_000_000  # per page: a tabloid page at 2x still fits
TOTAL_PIXELS = 24_000_000  # per document: 12 letter pages at 2x (~72 MB of RGB)
MAX_PAGES = 12


@dataclass(frozen=True)
class PageImage:
    """One rendered page: RGB pixels plus the page size in PDF points."""

    width_pt: float
    height_pt: float
    width: int
    height: int
    stride: int
    samples: bytes


def page_scale(width_pt: float, height_pt: float, scale: float, pixels: float) -> float:
    """The largest scale <= `scale` at which a `width_pt` x `height_pt` page has at most
    `pixels` pixels."""
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    return max(min(scale, math.sqrt(max(pixels, 1.0) / area)), 1e-3)


def screen_scale(device_pixel_ratio: float) -> float:
    """Pixels per point to draw pages for a screen of this device pixel ratio: sharp up to
    `SHARP_ZOOM` there, never more than `RENDER_SCALE` (a standard screen: 1.5, about half
    the pixels of 2.0; a high-DPI one: 2.0 as before)."""
    return min(RENDER_SCALE, max(1.0, SHARP_ZOOM * device_pixel_ratio))


def render_pdf_pages(path: str, scale: float = RENDER_SCALE, max_pages: int = MAX_PAGES,
                     page_pixels: int = PAGE_PIXELS,
                     total_pixels: int = TOTAL_PIXELS) -> list[PageImage]:
    """Render the first `max_pages` pages of a PDF to RGB images within the pixel budget."""
    import pymupdf

    pages: list[PageImage] = []
    left = float(total_pixels)
    with pymupdf.open(path) as doc:
        count = min(doc.page_count, max_pages)
        for index in range(count):
            page = doc[index]
            rect = page.rect
            share = min(page_pixels, left / (count - index))
            s = page_scale(rect.width, rect.height, scale, share)
            pix = page.get_pixmap(matrix=pymupdf.Matrix(s, s), alpha=False)
            left -= pix.width * pix.height
            pages.append(PageImage(rect.width, rect.height, pix.width, pix.height, pix.stride,
                                   bytes(pix.samples)))
    return pages
