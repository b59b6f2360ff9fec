"""Light/dark theme: one stylesheet template plus named colours from app/resources/style/.

The scheme follows the OS (QStyleHints.colorScheme) and switches live when the user
changes it. Widgets never call setStyleSheet themselves; they set object names.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import resource


@cache
def _colour_table() -> dict[str, dict[str, str]]:
    data = json.loads(resource("style", "colors.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k in ("light", "dark")}


@cache
def _template() -> string.Template:
    return string.Template(resource("style", "app.qss").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Colours:
    """The named colours of one scheme (light or dark)."""

    scheme: str
    named: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.named[name]

    def qcolor(self, name: str, alpha: int = 255) -> QColor:
        c = QColor(self.named[name])
        c.setAlpha(alpha)
        return c


def colours(scheme: str) -> Colours:
    table = _colour_table()
    return Colours(scheme, dict(table.get(scheme, table["light"])))


def stylesheet(scheme: str) -> str:
    """The stylesheet template filled with the scheme's named colours."""
    return _template().substitute(colours(scheme).named)


def system_scheme() -> str:
    """'dark' when the OS asks for dark, else 'light' (LOOPREADY_THEME overrides for screenshots)."""
    import os

    forced = os.environ.get("LOOPREADY_THEME", "").lower()
    if forced in ("light", "dark"):
        return forced
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def _palette(c: Colours) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: "window", role.WindowText: "text", role.Base: "surface",
        role.AlternateBase: "surface_alt", role.Text: "text", role.Button: "surface",
        role.ButtonText: "text", role.Highlight: "accent", role.HighlightedText: "accent_text",
        role.ToolTipBase: "surface", role.ToolTipText: "text", role.PlaceholderText: "text_muted",
        role.Link: "accent", role.Mid: "border", role.Midlight: "surface_alt",
    }
    for r, name in pairs.items():
        pal.setColor(r, c.qcolor(name))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, c.qcolor("text_muted"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, c.qcolor("text_muted"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, c.qcolor("text_muted"))
    return pal


class Theme(QObject):
    """Applies the scheme to the application and re-applies it when the OS setting changes."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.scheme = ""
        app.setStyle("Fusion")
        font = QFont(app.font())
        if font.pointSizeF() < 10:
            font.setPointSizeF(10)
        app.setFont(font)
        self.apply(system_scheme())
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, *_: object) -> None:
        self.apply(system_scheme())

    @property
    def colours(self) -> Colours:
        return colours(self.scheme)

    def apply(self, scheme: str) -> None:
        if scheme == self.scheme:
            return
        self.scheme = scheme
        c = colours(scheme)
        self._app.setPalette(_palette(c))
        self._app.setStyleSheet(stylesheet(scheme))
        self.changed.emit(scheme)


def blend(fg: str | QColor, bg: str | QColor, alpha: float) -> QColor:
    """`fg` laid over `bg` at opacity `alpha` as an opaque colour (for rich text, print)."""
    a, b = QColor(fg), QColor(bg)
    return QColor(
        round(a.red() * alpha + b.red() * (1 - alpha)),
        round(a.green() * alpha + b.green() * (1 - alpha)),
        round(a.blue() * alpha + b.blue() * (1 - alpha)),
    )
