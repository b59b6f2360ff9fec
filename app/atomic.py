"""Atomic file writes: temp file in the same folder, fsync, then replace.

A crash at any point leaves either the old file or the new one, never a torn file. Only regular
files are written: a folder, a device (/dev/full), a FIFO or a socket at the path (or behind a
symlink there) is refused with an OSError, never replaced. A symlink to a regular file is
followed, so the file it points to is updated and the link stays.

The temp file is named `.NAME.PID-XXXXXXXX.tmp`; one left behind by a killed process (kill -9,
power loss) is removed by the next write into that folder once its process is gone. The new
file gets the permissions the old one had, or else those the user's umask gives any new file
(0644 with the usual umask), like every other application's files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

_TEMP = re.compile(r"^\..+\.(\d+)-[a-z0-9_]{8}\.tmp$")
_OLD_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # written before the pid was in the name
OLD_TEMP_AGE = 3600.0  # seconds: an unnamed leftover older than this is nobody's
_ACTIVE: set[str] = set()  # temp files this process is writing right now
_LOCK = threading.Lock()
_UMASK: int | None = None


def pid_alive(pid: int) -> bool:
    """Is process `pid` running? (Never signals it: on Windows os.kill(pid, 0) would kill it.)"""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        kernel32.OpenProcess.restype = ctypes.c_void_p
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            ok = kernel32.GetExitCodeProcess(ctypes.c_void_p(handle), ctypes.byref(code))
            return bool(ok) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(ctypes.c_void_p(handle))
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, it is someone else's
        return True
    return True


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    global _UMASK
    if _UMASK is None:
        with contextlib.suppress(OSError, ValueError):
            with open("/proc/self/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("Umask:"):
                        _UMASK = int(line.split()[1], 8)
        if _UMASK is None:
            with _LOCK:
                _UMASK = os.umask(0o022)
                os.umask(_UMASK)
    return _UMASK


def clean_leftovers(folder: str | os.PathLike[str]) -> int:
    """Remove temp files that killed writers left in `folder`; returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not name.endswith(".tmp") or not name.startswith("."):
            continue
        m = _TEMP.match(name)
        try:
            if m:
                with _LOCK:
                    mine = entry.path in _ACTIVE
                pid = int(m.group(1))
                if mine or (pid != os.getpid() and pid_alive(pid)):
                    continue
            elif not (_OLD_TEMP.match(name)
                      and now - entry.stat(follow_symlinks=False).st_mtime > OLD_TEMP_AGE):
                continue
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed += 1
        except OSError:  # gone already, or still open elsewhere (Windows)
            continue
    return removed


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """Where a write to `path` lands: the file a symlink points to, else `path`. Raises OSError
    if something other than a regular file is there (a folder, device, FIFO or socket)."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(target))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "it is a device, a pipe or a socket, not a file", str(target))
    return target


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file beside `path`; on success it replaces `path`, on error it is removed."""
    target = resolve_target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target.parent)
    try:
        keep = os.stat(target).st_mode & 0o7777
    except OSError:
        keep = 0o666 & ~_umask()
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp",
                               dir=target.parent)
    with _LOCK:
        _ACTIVE.add(tmp)
    try:
        with contextlib.suppress(OSError, AttributeError, NotImplementedError):
            os.fchmod(fd, keep)  # mkstemp made it 0600; Windows has no fchmod (and no need)
        with os.fdopen(fd, mode, encoding=None if binary else encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        with _LOCK:
            _ACTIVE.discard(tmp)
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)
