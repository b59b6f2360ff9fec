"""Packaging files agree with the package: the spec reads the version from app, lists the data
folders explicitly, and the icons exist in every format."""

from __future__ import annotations

import struct
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]


def test_spec_reads_version_and_lists_data() -> None:
    spec = (ROOT / "packaging" / "loopready.spec").read_text(encoding="utf-8")
    assert "__version__" in spec and "app\" / \"__init__.py" in spec
    assert '"knowledge"' in spec and '"app/resources"' in spec


def test_icons_are_real_files() -> None:
    icons = ROOT / "packaging" / "icons"
    ico = (icons / "loopready.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (icons / "loopready.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    png = (icons / "loopready.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert app.__version__.count(".") == 2


def test_frozen_resolver_uses_meipass(monkeypatch, tmp_path) -> None:
    import sys

    from app import paths

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("LOOPREADY_KNOWLEDGE", raising=False)
    assert paths.knowledge_dir() == tmp_path / "knowledge"
    assert paths.resources_dir() == tmp_path / "app" / "resources"
