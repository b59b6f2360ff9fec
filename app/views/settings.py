"""Window layout remembered between runs: a small JSON file in the user data folder.

Written atomically through app.atomic (not QSettings' own writer) so a crash never leaves a
torn file; a damaged file just means default layout.
"""

from __future__ import annotations

import base64
import contextlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray

from app.atomic import write_text
from app.paths import user_data_dir


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


class Settings:
    """Key/value settings; `save()` writes them all atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._data: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._data = loaded

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._data.get(key)
        if not isinstance(value, str):
            return None
        try:
            return QByteArray(base64.b64decode(value.encode("ascii"), validate=True))
        except (ValueError, UnicodeEncodeError):
            return None

    def set_bytes(self, key: str, value: QByteArray | bytes) -> None:
        raw = bytes(value.data()) if isinstance(value, QByteArray) else bytes(value)
        self._data[key] = base64.b64encode(raw).decode("ascii")

    def save(self) -> None:
        with contextlib.suppress(OSError):
            write_text(self.path, json.dumps(self._data, indent=1, sort_keys=True))
