"""The seeded layout families and their two splits.

Each family is drawn several times with different seeds: the seed picks the content (from
the bank half of its split), fonts, sizes, paper, colours, heading and bullet styles, entry
header layouts and, for some families, the language. The "tune" split (seeds 0-7, tune half
of the content bank) is what we look at while improving the reader; the "held" split (seeds
100-103, the other half of the bank, plus families only drawn there) is only scored."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from pathlib import Path

from .truth import Truth

TUNE_SEEDS = (0, 1, 2, 3, 4, 5, 6, 7)
HELD_SEEDS = (100, 101, 102, 103)
LANGS = ("de", "fr", "es")


def _families() -> dict[str, Callable[..., Truth]]:
    from .families_cv import CV_FAMILIES, HELD_ONLY_CV
    from .families_docx import DOCX_FAMILIES, HELD_ONLY_DOCX
    from .families_pdf import HELD_ONLY_PDF, PDF_FAMILIES

    return {**PDF_FAMILIES, **DOCX_FAMILIES, **CV_FAMILIES, **HELD_ONLY_PDF, **HELD_ONLY_DOCX, **HELD_ONLY_CV}


def _held_only() -> set[str]:
    from .families_cv import HELD_ONLY_CV
    from .families_docx import HELD_ONLY_DOCX
    from .families_pdf import HELD_ONLY_PDF

    return set(HELD_ONLY_PDF) | set(HELD_ONLY_DOCX) | set(HELD_ONLY_CV)


MULTILINGUAL = {"pdf_left_headings", "pdf_sidebar", "pdf_word_tabs", "pdf_timeline",
                "docx_body_table", "docx_tabs", "docx_textbox", "docx_dates_below", "pdf_europe_photo",
                "pdf_oneline_right", "docx_europe_table", "txt_plain_dates", "txt_markdown_cv"}


def _build(builder: Callable[..., Truth], seed_key: str, split: str, lang: str, path: Path) -> Truth:
    rng = random.Random(seed_key)
    return builder(path, rng, split, lang)


def family_layouts(split: str) -> dict[str, Callable[[Path], Truth]]:
    """Name -> builder(path) for every family drawn in `split` ('tune' or 'held')."""
    out: dict[str, Callable[[Path], Truth]] = {}
    held_only = _held_only()
    for family, builder in _families().items():
        if split == "tune" and family in held_only:
            continue
        seeds = TUNE_SEEDS if split == "tune" else HELD_SEEDS
        for seed in seeds:
            lang = "en"
            if family in MULTILINGUAL and seed % 4 == 3:
                lang = LANGS[(seed // 4 + len(family)) % len(LANGS)]
            name = f"{family}_{split[0]}{seed}" + (f"_{lang}" if lang != "en" else "")
            out[name] = partial(_build, builder, f"{family}/{seed}", split, lang)
    return out


def build_family(name: str, builder: Callable[[Path], Truth], folder: Path) -> tuple[Path, Truth]:
    suffix = {"pdf": ".pdf", "txt": ".txt"}.get(name.split("_", 1)[0], ".docx")
    path = folder / (name + suffix)
    truth = builder(path)
    if path.suffix == ".pdf":
        _check_rendered(path, truth)
    return path, truth


def _check_rendered(path: Path, truth: Truth) -> None:
    """Every bullet the truth lists is really on the page (a generator fault must not be
    blamed on the reader)."""
    import pymupdf

    from app.evaluation.reading import norm

    with pymupdf.open(path) as doc:
        text = norm(" ".join(page.get_text() for page in doc))
    lost = [b for b in truth.bullets if norm(b) not in text]
    if lost:
        raise AssertionError(f"{path.name}: the renderer dropped {lost[:2]}")
