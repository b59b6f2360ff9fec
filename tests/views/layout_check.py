"""What a user would call clipped text, found on real widgets.

A visible label, button or text field is clipped when it is smaller than its text needs, or
when it sticks out of an ancestor (a card, a pane, the window) that has no scroll bar in that
direction to reach the hidden part. Used at 1024x640 to 4K, at device pixel ratio 1 and 2.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit)


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({w.objectName() or ''}) {str(text)[:40]!r}"


def _needs(w: QWidget) -> str:
    """Why `w` is smaller than its own text needs ('' when it is not)."""
    if isinstance(w, QLabel) and w.text():
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                return f"{w.height()}px tall, needs {need}px"
        elif w.minimumSizeHint().width() > w.width() + 1 and not w.pixmap():
            return f"{w.width()}px wide, needs {w.minimumSizeHint().width()}px"
    elif isinstance(w, QAbstractButton) and w.text():
        if w.sizeHint().width() > w.width() + 1:
            return f"{w.width()}px wide, needs {w.sizeHint().width()}px"
        if w.sizeHint().height() > w.height() + 4:
            return f"{w.height()}px tall, needs {w.sizeHint().height()}px"
    return ""


def _scrolls(area: QAbstractScrollArea, orientation: Qt.Orientation) -> bool:
    bar: QScrollBar = (area.horizontalScrollBar() if orientation == Qt.Orientation.Horizontal
                       else area.verticalScrollBar())
    return bar.isVisible() and bar.maximum() > 0


def _outside(w: QWidget, top: QWidget) -> str:
    """The first ancestor (up to `top`, or up to the scroll area `w` sits in) that cuts `w`
    off with no scroll bar to reach the hidden part."""
    parent = w.parentWidget()
    while parent is not None:
        r = QRect(w.mapTo(parent, QPoint(0, 0)), w.size())
        inner = parent.rect()
        area = parent.parentWidget()
        is_viewport = isinstance(area, QAbstractScrollArea) and area.viewport() is parent
        sideways = r.left() < inner.left() - 1 or r.right() > inner.right() + 1
        upright = r.top() < inner.top() - 1 or r.bottom() > inner.bottom() + 1
        if sideways and not (is_viewport and _scrolls(area, Qt.Orientation.Horizontal)):
            return (f"sticks out of {_name(parent)} sideways ({r.left()}..{r.right()} of "
                    f"{inner.width()})")
        if upright and not (is_viewport and _scrolls(area, Qt.Orientation.Vertical)):
            return (f"sticks out of {_name(parent)} vertically ({r.top()}..{r.bottom()} of "
                    f"{inner.height()})")
        if is_viewport or parent is top:
            break
        parent = parent.parentWidget()
    return ""


def clipped_text(top: QWidget) -> list[str]:
    """Every visible text widget under `top` that is clipped, with why (after pending layouts
    have run: a label whose text just changed is laid out in the next event-loop pass)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    bad = []
    for w in top.findChildren(QWidget):
        framed = w.property("role") in ("card", "row", "risk", "gap")
        if not (isinstance(w, TEXT_WIDGETS) or framed) or not w.isVisibleTo(top) \
                or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton) and not w.text():
            continue
        why = _needs(w) or _outside(w, top)
        if why:
            bad.append(f"{_name(w)}: {why}")
    return bad
