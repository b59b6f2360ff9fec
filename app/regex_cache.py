"""Compiled regular expressions carried across processes, as Python carries bytecode.

Every start compiled the same ~1,100 regular expressions (module-level patterns, the
knowledge's ~300), about 0.3 CPU s of a command-line run. Python's `re` caches them only
within a process, and a pickled pattern is compiled again when it is loaded. What `re`
compiles a pattern into, though, is plain data: a list of integers and the group names,
which `_sre.compile` turns into a pattern object without parsing anything. This module keeps
that data in `app/__pycache__/` (beside the app's bytecode, ignored by git) and hands it back
to `re` for a pattern it has seen before, so the pattern objects are the same ones `re`
builds, only built faster.

Only patterns whose text cannot come from a user's file are kept: those compiled while a
module is being imported (module-level code sees no resume or posting) and by the knowledge
loader (`app/knowledge/`, the shipped data). A pattern built from a resume or a posting (a
phrase found in the text) is compiled as usual and never written anywhere.

Safe by construction: the file is keyed by the exact Python build, the regular-expression
engine's version and the Unicode database (another Python ignores it); each entry by the
pattern's exact text and flags (an edited pattern is a new entry, so the file is never
stale, only incomplete); the file carries a digest of its contents and is ignored when it
does not match (a corrupt or truncated file costs one normal start, and the next exit writes
a good one); it is written atomically, only by the process that loaded it, only when it
learnt something, and never when its folder cannot be written (a read-only install). The
engine checks the code it is given. `LOOPREADY_REGEX_CACHE=0` turns all of this off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any
from zlib import crc32

__all__ = ["CACHE_PATH", "PatternCache", "install", "installed", "read_cache", "settle",
           "write_cache"]

#: The Python builds whose `re._compiler.compile` this module reproduces step by step.
_VERSIONS = ((3, 11), (3, 12))
_FORMAT = 2
_CODE = "I"  # the engine's code words (_sre.CODESIZE 4), stored as bytes
_MAX_ENTRIES = 20000  # a bound on the file whatever happens (the app has ~1,500 static patterns)
_APP = str(Path(__file__).resolve().parent)
_KNOWLEDGE_CODE = os.path.join(_APP, "knowledge") + os.sep
CACHE_PATH = Path(_APP) / "__pycache__" / f"regex.{sys.implementation.cache_tag}.bin"

_lock = threading.Lock()
_state: dict[str, Any] = {"installed": False}


def _compiler() -> Any:
    """`re._compiler`, the module whose `compile` this one stands in for."""
    return getattr(re, "_compiler", None)


def _header() -> str:
    import unicodedata

    _sre: Any = _compiler()._sre
    return (f"loopready-regex {_FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} "
            f"{unicodedata.unidata_version}")


def read_cache(path: Path) -> dict[tuple[str, int], tuple] | None:
    """The entries of a cache file, or None when it is missing, from another Python or not
    exactly what was written (never trusted then)."""
    try:
        data = path.read_bytes()
        header, digest, payload = marshal.loads(data)
        if header != _header() or digest != crc32(payload):
            return None
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return entries if isinstance(entries, dict) else None


def write_cache(path: Path, entries: dict[tuple[str, int], tuple]) -> bool:
    """Write `entries` atomically (`app.atomic`); False when it cannot be written."""
    from app.atomic import write_bytes

    payload = marshal.dumps(entries)
    try:
        path.parent.mkdir(exist_ok=True)
        write_bytes(path, marshal.dumps((_header(), crc32(payload), payload)))
    except OSError:
        return False
    return True


def _static() -> bool:
    """True when the pattern being compiled cannot hold a user's text: it is compiled while a
    module (not the program's __main__) is imported, or by the knowledge loader."""
    frame: Any = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "<module>" and frame.f_globals.get("__name__") != "__main__":
            return True
        if code.co_filename.startswith(_KNOWLEDGE_CODE):
            return True
        frame = frame.f_back
    return False


class PatternCache:
    """The compiled code of patterns, read from `path` and learnt in this process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known = read_cache(path) or {}
        self.learnt: dict[tuple[str, int], tuple] = {}
        self.owner = os.getpid()
        self.closed = False
        self._compiler = _compiler()
        self._original = self._compiler.compile
        self._parser: Any = re._parser  # type: ignore[attr-defined]
        self._sre = self._compiler._sre

    def compile(self, p: Any, flags: int = 0) -> Any:
        """What `re._compiler.compile(p, flags)` returns, from the cached code when known."""
        if not isinstance(p, str) or flags & self._compiler.SRE_FLAG_DEBUG:
            return self._original(p, flags)
        c = self._compiler
        # A text pattern is Unicode unless ASCII is asked (re adds the flag itself): one key
        # for both spellings, so a pattern compiled again from its own .flags (as unpickling
        # does) is found too
        key = (p, int(flags) if flags & c.SRE_FLAG_ASCII else int(flags) | c.SRE_FLAG_UNICODE)
        hit = self.known.get(key)
        if hit is not None:
            final, code, groups, groupindex, indexgroup = hit
            try:
                return self._sre.compile(p, final, array(_CODE, code).tolist(), groups,
                                         groupindex, indexgroup)
            except (TypeError, ValueError, RuntimeError):
                pass  # not what this engine accepts: compile it as usual below
        # re._compiler.compile, step by step, keeping what it hands to the engine
        parsed = self._parser.parse(p, flags)
        code = self._compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        final = flags | parsed.state.flags
        groups = parsed.state.groups - 1
        compiled = self._sre.compile(p, final, code, groups, groupindex, tuple(indexgroup))
        if not self.closed and len(self.known) + len(self.learnt) < _MAX_ENTRIES and _static():
            with _lock:  # opcodes are an int subclass: stored as plain code words
                self.learnt[key] = (int(final), array(_CODE, code).tobytes(), groups,
                                    groupindex, tuple(indexgroup))
        return compiled

    def save(self) -> bool:
        """Write what was learnt (merged with the file as it is now); only in the process
        that read the file, only when something was learnt. Never raises."""
        if not self.learnt or self.closed or os.getpid() != self.owner:
            return False
        with _lock:
            merged = {**(read_cache(self.path) or {}), **self.known, **self.learnt}
            self.learnt.clear()
        try:
            return write_cache(self.path, dict(sorted(merged.items())[:_MAX_ENTRIES]))
        except Exception:  # never in the way of the exit: the next run compiles as before
            return False


def install(path: Path | None = None) -> bool:
    """Hand `re` the cached code of the patterns seen in earlier runs, and remember new static
    ones (written at exit). Once per process; False where it does not apply (another Python,
    `LOOPREADY_REGEX_CACHE=0`)."""
    if _state["installed"]:
        return True
    if sys.version_info[:2] not in _VERSIONS or os.environ.get("LOOPREADY_REGEX_CACHE") == "0":
        return False
    if not hasattr(re, "_compiler") or array(_CODE).itemsize != _compiler()._sre.CODESIZE:
        return False
    cache = PatternCache(path or CACHE_PATH)
    _compiler().compile = cache.compile
    atexit.register(cache.save)
    _state.update(installed=True, cache=cache)
    return True


def settle() -> None:
    """Write what this process has learnt now, and learn and write nothing more: the reading
    worker calls it after its imports, before it reads any file."""
    cache = _state.get("cache")
    if cache is not None:
        cache.save()
        cache.closed = True


def installed() -> bool:
    return bool(_state["installed"])
