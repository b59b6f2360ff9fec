"""LoopReady: a private, local interview-prep kit built from a resume and a job description."""

import time as _time

STARTED = _time.perf_counter()  # process start, for the launch-to-window benchmark
__version__ = "0.1.0"
APP_NAME = "LoopReady"

from app.compile_cache import install as _install_compile_cache  # noqa: E402 - after STARTED

_install_compile_cache()  # before any module compiles its patterns (app/compile_cache.py)
