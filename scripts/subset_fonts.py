"""Make the core cut of the bundled fonts (app/resources/fonts/core/) from the full one.

    pip install fonttools   # a tool for this script only; the app never imports it
    python scripts/subset_fonts.py

Each face keeps the characters of `app.export.fonts.CORE_RANGES` with everything that draws
them: outlines, metrics, kerning (the legacy table too), every OpenType layout feature and the
hinting instructions; the glyph and font names stay. Run it again after changing the ranges or
the fonts; `tests/export/test_fonts.py` checks the result against the full cut.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.export.fonts import CORE_RANGES, FACES  # noqa: E402


def main() -> None:
    from fontTools import subset

    full = ROOT / "app" / "resources" / "fonts"
    core = full / "core"
    core.mkdir(exist_ok=True)
    unicodes = [code for first, last in CORE_RANGES for code in range(first, last + 1)]
    for name in FACES:
        options = subset.Options()
        options.layout_features = ["*"]
        options.glyph_names = True
        options.legacy_kern = True
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.recommended_glyphs = True
        options.hinting = True
        font = subset.load_font(str(full / name), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        subset.save_font(font, str(core / name), options)
        print(f"{name}: {(full / name).stat().st_size:,} -> {(core / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
