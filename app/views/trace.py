"""`trace(event)`: one line on stderr for the benchmarks when LOOPREADY_TRACE is set."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def trace(event: str) -> None:
    """`loopready-trace EVENT WALL CPU` on stderr (benchmarks): CPU is this process's user +
    system seconds plus its live child processes' (the reading worker), where /proc tells."""
    if os.environ.get("LOOPREADY_TRACE"):
        sys.stderr.write(f"loopready-trace {event} {time.time():.4f} {cpu_seconds():.4f}\n")
        sys.stderr.flush()


def cpu_seconds() -> float:
    """This process's CPU seconds and, on Linux, those of its live children."""
    cpu = time.process_time()
    try:
        tick = os.sysconf("SC_CLK_TCK")
        for task in Path("/proc/self/task").iterdir():
            for pid in (task / "children").read_text().split():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                cpu += (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return cpu
