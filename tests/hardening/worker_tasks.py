"""Functions the sandbox tests run inside a reading worker ("tests.hardening.worker_tasks:NAME"):
each misbehaves the way a hostile file makes a C library misbehave, in plain Python."""

from __future__ import annotations

import os
import time


def echo(value: object) -> tuple[object, int]:
    return value, os.getpid()


def spin(seconds: float) -> str:
    """Busy for `seconds` (a PDF that never finishes)."""
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
    return "done"


def allocate(megabytes: int, step: int = 32, pause: float = 0.0) -> int:
    """Touch `megabytes` of memory in `step` MB pieces (a glyph bomb's dictionaries)."""
    held = []
    for _ in range(megabytes // step):
        held.append(bytearray(step * 1024 * 1024))  # zero-filled: every page touched
        if pause:
            time.sleep(pause)
    return len(held) * step


def crash() -> None:
    """Die inside 'C code' without a Python exception (a segfault in a parser)."""
    os.abort()


def fail(message: str) -> None:
    from app.errors import InputError

    raise InputError(message)


class _Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickling calls cls(*args) with one arg
        super().__init__(f"{a}/{b}")


def fail_oddly() -> None:
    raise _Unpicklable(1, 2)
