"""Read an invented resume written here as a real TXT file with the real reader."""

from __future__ import annotations

import tempfile
import textwrap
from pathlib import Path

from app.models.resume import Resume
from app.reading.resume import read_resume


def read_text_resume(text: str) -> Resume:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "resume.txt"
        path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
        return read_resume(path)
