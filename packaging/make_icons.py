"""Produce the app icon in every format from the one SVG source.

Run from the repository root: python packaging/make_icons.py
Writes packaging/icons/loopready.png (1024), loopready.ico (Windows, PNG-compressed entries),
loopready.icns (macOS, PNG entries) and app/resources/icons/loopready-256.png (window icon).
ICO and ICNS are written by hand (both formats accept PNG payloads), so no extra dependency.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "loopready.svg"
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def build_icns(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for size, kind in ICNS_TYPES.items():
        blob = pngs[size]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for QImage/QPainter)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {s: render_png(renderer, s) for s in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (HERE / "icons" / "loopready.png").write_bytes(pngs[1024])
    (HERE / "icons" / "loopready.ico").write_bytes(build_ico(pngs))
    (HERE / "icons" / "loopready.icns").write_bytes(build_icns(pngs))
    res = HERE.parent / "app" / "resources" / "icons"
    res.mkdir(parents=True, exist_ok=True)
    (res / "loopready-256.png").write_bytes(pngs[256])
    print("icons written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
