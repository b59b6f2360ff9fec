"""The installed Qt binding survives a long session: no reference-count leak on None.

PySide6-Essentials 6.12.0 on Python 3.11 released one reference to None on every call of a Qt
method returning nothing; a few thousand calls aborted the interpreter (none_dealloc). The
pyproject pins that release out; this test catches it or a regression like it.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("x")
before = sys.getrefcount(None)
for _ in range(200_000):
    label.update()
    label.setText("y")
print(before, sys.getrefcount(None))
"""


def test_void_qt_calls_do_not_leak_none_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = map(int, result.stdout.split())
    assert abs(after - before) < 1000
