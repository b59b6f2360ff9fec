"""Generated resumes in layouts unlike the corpus, each with its ground truth, to measure how
the reader generalises. `build_all(folder)` writes them; `run.py` prints the score table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .truth import Truth

SUFFIX = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md"}


def layouts() -> dict[str, Callable[[Path], Truth]]:
    """Every layout builder by name (the name's prefix is the file type)."""
    from .docx_layouts import DOCX_LAYOUTS
    from .pdf_layouts import PDF_LAYOUTS
    from .text_layouts import TEXT_LAYOUTS

    return {**PDF_LAYOUTS, **DOCX_LAYOUTS, **TEXT_LAYOUTS}


def all_layouts() -> dict[str, Callable[[Path], Truth]]:
    """The hand-made layouts plus the seeded PDF variants."""
    from .variants import variant_layouts

    return {**layouts(), **variant_layouts()}


def build(name: str, folder: Path) -> tuple[Path, Truth]:
    """Write one layout into `folder`; returns the file and its ground truth."""
    path = folder / (name + SUFFIX[name.split("_", 1)[0]])
    truth = all_layouts()[name](path)
    if path.suffix == ".pdf":
        _check_rendered(path, truth)
    return path, truth


def _check_rendered(path: Path, truth: Truth) -> None:
    """The renderer really printed every bullet (Story can drop content at a page end):
    a generator fault must not be blamed on the reader."""
    import pymupdf

    from app.evaluation.reading import norm

    with pymupdf.open(path) as doc:
        text = norm(" ".join(page.get_text() for page in doc))
    lost = [b for b in truth.bullets + truth.sections if norm(b) not in text]
    if lost:
        raise AssertionError(f"{path.name}: the renderer dropped {lost[:2]}")
