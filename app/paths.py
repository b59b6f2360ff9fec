"""One resolver for bundled files, from source and from a frozen (PyInstaller) build.

Never depends on the current working directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder that holds `app/`, `knowledge/` and friends (source checkout or bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def knowledge_dir() -> Path:
    """Where the versioned knowledge files live; `LOOPREADY_KNOWLEDGE` overrides (tests)."""
    override = os.environ.get("LOOPREADY_KNOWLEDGE")
    if override:
        return Path(override)
    return bundle_root() / "knowledge"


def resources_dir() -> Path:
    """`app/resources/`: templates, stylesheet, icons, the bundled sample."""
    return bundle_root() / "app" / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user folder for sessions, autosave and settings; `LOOPREADY_HOME` overrides (tests)."""
    override = os.environ.get("LOOPREADY_HOME")
    if override:
        return Path(override)
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "LoopReady"
