"""Fonts for scripts the system may lack: a resume in Japanese, Chinese or Korean on a desktop
with no font for them (a Linux desktop without CJK fonts) would show its names, titles and
labels as empty boxes. The CJK font PyMuPDF ships (Droid Sans Fallback, the one the PDF report
embeds) is registered with Qt once, only when such text is shown and no system font covers it.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontDatabase

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
_WRITING = ("Japanese", "SimplifiedChinese", "TraditionalChinese", "Korean")
_done: list[bool] = []


def has_cjk_font() -> bool:
    """A font Qt can draw Japanese, Chinese or Korean with (the system's or ours)."""
    systems = QFontDatabase.WritingSystem
    return all(QFontDatabase.families(getattr(systems, name)) for name in _WRITING)


def ensure_fonts_for(text: str) -> None:
    """Register the CJK fallback font when `text` needs it and no font covers it (once)."""
    if _done or not _CJK.search(text or ""):
        return
    _done.append(True)
    if has_cjk_font():
        return
    try:
        import pymupdf

        QFontDatabase.addApplicationFontFromData(pymupdf.Font("cjk").buffer)
    except (ImportError, RuntimeError, ValueError):
        return  # boxes for those characters, as before: nothing else depends on it
