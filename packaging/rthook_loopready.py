"""PyInstaller runtime hook: settings the frozen app needs before any import.

Qt finds its plugins inside the bundle; nothing is looked up from the working directory.
"""

import os
import sys

os.environ.setdefault("LOOPREADY_FROZEN", "1")
if sys.platform == "darwin":
    # Let macOS pick light/dark per the system setting.
    os.environ.setdefault("QT_MAC_WANTS_LAYER", "1")
