"""A resume in Japanese, Chinese or Korean draws its characters in the window, not empty boxes:
on a system with no CJK font (this Linux VM, a Linux desktop without them) the font PyMuPDF
ships is registered once, when such text is shown (set 21's Japanese career history showed its
name and headings as boxes before)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from app.views import script_fonts


def test_cjk_text_gets_a_font_and_latin_text_registers_nothing(qtbot) -> None:  # noqa: ANN001, ARG001
    script_fonts.ensure_fonts_for("Machine Learning Engineer, Tokyo")
    assert not script_fonts._done  # nothing to draw: nothing loaded
    script_fonts.ensure_fonts_for("氏名 辻本 陽樹 (Haruki Tsujimoto)\n경력기술서")
    assert script_fonts.has_cjk_font()
    family = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)[0]
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "辻本陽樹경력")
