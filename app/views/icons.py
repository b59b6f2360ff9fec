"""Font Awesome icons drawn from the font files qtawesome ships, without importing qtawesome.

`import qtawesome` goes through qtpy, whose star imports materialise every class of QtCore,
QtGui and QtWidgets: about 0.14 CPU s, a third of the time to the first window, for the seven
icons the first screen shows. `icon("fa5s.name")` draws the same glyph the way qtawesome does
by default (its `text` drawing: the glyph at 7/8 of the icon's height, centred, in the palette's
text colour, the disabled text colour when disabled, colours taken when the icon is first
asked for) from the same font file, so the icons look exactly as before. Any other prefix, or a
qtawesome whose files cannot be found (a build that left them out), goes to qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

SOLID = "fa5s"
_FONT_GLOB = "fontawesome5-solid-webfont-*.ttf"
_CHARMAP_GLOB = "fontawesome5-solid-webfont-charmap-*.json"

_cache: dict[str, QIcon] = {}
_font: dict[str, object] = {}  # "family" -> str, "chars" -> dict[str, str]; empty until loaded


def _fonts_dir() -> Path | None:
    """qtawesome's `fonts` folder, found without importing qtawesome (in a frozen build: the
    data files PyInstaller collected beside the app)."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        folder = Path(meipass) / "qtawesome" / "fonts"
        return folder if folder.is_dir() else None
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return folder if folder.is_dir() else None


def _load() -> bool:
    """Register the solid font once; False when its files are missing or unusable."""
    if _font:
        return bool(_font.get("family"))
    _font["family"] = ""
    folder = _fonts_dir()
    ttf = sorted(folder.glob(_FONT_GLOB)) if folder else []
    charmap = sorted(folder.glob(_CHARMAP_GLOB)) if folder else []
    if not ttf or not charmap:
        return False
    try:
        # Every font qtawesome ships is registered, as qtawesome does: text elsewhere in the
        # window falls back on them for symbols the system fonts lack (the privacy line's
        # padlock comes from Font Awesome 6 on a Linux desktop without an emoji font).
        for other in sorted(folder.glob("*.ttf")) if folder else []:
            if other != ttf[-1]:
                QFontDatabase.addApplicationFontFromData(other.read_bytes())
        font_id = QFontDatabase.addApplicationFontFromData(ttf[-1].read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id)
        codes = json.loads(charmap[-1].read_text(encoding="utf-8"))
        chars = {name: chr(int(code, 16)) for name, code in codes.items()}
    except (OSError, ValueError):
        return False
    if not families:
        return False
    _font.update(family=families[0], chars=chars)
    return True


class _GlyphEngine(QIconEngine):
    """Paints one glyph as qtawesome's CharIconPainter does with its default options."""

    def __init__(self, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self.char = char
        self.color = color
        self.disabled = disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(str(_font["family"]))
        font.setPixelSize(round(0.875 * rect.height()))
        font.setStyleName("Solid")
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter),
                         self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        try:
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        finally:
            painter.end()
        return pix

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.char, QColor(self.color), QColor(self.disabled))


def icon(name: str) -> QIcon:
    """The icon `name` ("fa5s.folder-open"), made once and cached like qtawesome's."""
    cached = _cache.get(name)
    if cached is not None:
        return cached
    prefix, _, glyph = name.partition(".")
    app = QApplication.instance()
    made: QIcon | None = None
    if prefix == SOLID and app is not None and _load():
        char = _font["chars"].get(glyph)  # type: ignore[attr-defined]
        if char:
            palette = app.palette()  # type: ignore[attr-defined]
            made = QIcon(_GlyphEngine(
                char, palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)))
    if made is None:
        import qtawesome as qta  # another font, or ours could not be loaded

        made = qta.icon(name)
    _cache[name] = made
    return made
