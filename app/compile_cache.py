"""What Python compiles at every start, kept between runs as Python keeps bytecode.

Every start compiled the same ~1,100 regular expressions (module-level patterns, the
knowledge's ~300: ~0.3 CPU s of a command-line run) and the same ~580 dataclass methods
(`dataclasses` writes each `__init__`, `__repr__`, `__eq__`... as source text and compiles it:
~0.12 s). Neither survives the process: `re` caches patterns only in memory (a pickled pattern
is compiled again when loaded) and `dataclasses` compiles its text every time. What they
compile to is plain data, though: a pattern is a list of integers and its group names, which
`_sre.compile` turns into a pattern object without parsing anything; a method is a code object,
which `marshal` stores. This module keeps both in `app/__pycache__/` (beside the app's
bytecode, ignored by git) and hands them back for a text seen before, so the patterns and
methods are the ones Python builds, only built faster.

Only what cannot hold a user's text is kept: what is compiled while a module is being imported
(module-level code and class definitions see no resume or posting), by the knowledge loader
(`app/knowledge/`, the shipped data), or a pattern that is a literal of the app function
compiling it (`re.search(r"[,;] ", text)`). A pattern built from a resume or a posting is
compiled as usual and never written anywhere.

Safe by construction: the file is keyed by the exact Python build, its bytecode, the
regular-expression engine's version and the Unicode database (another Python ignores it); each
entry by its exact source text (and flags: an edited pattern or class is a new entry, so the
file is never stale, only incomplete); the file carries a CRC of its contents and is ignored
when it does not match (a corrupt or truncated file costs one normal start, and the next exit
writes a good one); it is written atomically, only by the process that read it, only when it
learnt something, and never when its folder cannot be written (a read-only install). The
engine checks the code it is given. A reading worker learns and writes nothing once it reads
files; it tells the process that started it which literal patterns it compiled, and that process
keeps only those whose text is a string constant of the app's own code (`learn_from_worker`).
Not in a frozen build (its modules have no source paths to
tell import-time code by); `LOOPREADY_COMPILE_CACHE=0` turns all of this off.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any
from zlib import crc32

__all__ = ["CACHE_PATH", "CompileCache", "install", "installed", "learn_from_worker",
           "read_cache", "seen_since_settled", "settle", "write_cache"]

#: The Python builds whose `re._compiler.compile` this module reproduces step by step.
_VERSIONS = ((3, 11), (3, 12))
_FORMAT = 5  # 5: the code words after the entries (read_cache)
_CODE = "I"  # the engine's code words (_sre.CODESIZE 4), stored as bytes
_MAX_ENTRIES = 20000  # a bound on the file whatever happens (the app has ~2,000 static texts)
_APP = str(Path(__file__).resolve().parent)
_KNOWLEDGE_CODE = os.path.join(_APP, "knowledge") + os.sep
CACHE_PATH = Path(_APP) / "__pycache__" / f"compiled.{sys.implementation.cache_tag}.bin"

_lock = threading.Lock()
_state: dict[str, Any] = {"installed": False}

Entries = dict[str, dict[Any, Any]]  # "re": {(text, flags): code...}, "dc": {text: code object}


def _compiler() -> Any:
    """`re._compiler`, the module whose `compile` this one stands in for."""
    return getattr(re, "_compiler", None)


def _header() -> str:
    import importlib.util
    import unicodedata

    _sre: Any = _compiler()._sre
    return (f"loopready-compiled {_FORMAT} {sys.version} {importlib.util.MAGIC_NUMBER.hex()} "
            f"{_sre.MAGIC} {_sre.CODESIZE} {unicodedata.unidata_version}")


def read_cache(path: Path) -> Entries | None:
    """The entries of a cache file, or None when it is missing, from another Python or not
    exactly what was written (never trusted then).

    The file: a marshalled (header, CRC, size of the entries, size of the code), then the
    marshalled entries, then every pattern's code words one after another; each pattern's
    entry names where its code lies. The code (~1.8 MB) stays in the bytes read, each
    pattern's a view of its part, read by the engine only when the pattern is compiled: as
    bytes inside the marshalled entries, it was copied twice more into fresh memory at every
    start (~1,800 pages: ~5 ms of page faults and copying)."""
    try:
        data = path.read_bytes()
        header, digest, size, code_size = marshal.loads(data)  # (what follows it is not read)
        if (header != _header() or type(digest) is not int or type(size) is not int
                or type(code_size) is not int or size <= 0 or code_size < 0
                or size + code_size >= len(data)):
            return None
        body = memoryview(data)[len(data) - size - code_size:]
        if digest != crc32(body):
            return None
        entries = marshal.loads(body[:size])
        if not isinstance(entries, dict) or not all(isinstance(entries.get(k), dict)
                                                    for k in ("re", "dc")):
            return None
        code = body[size:]
        entries["re"] = {key: (final, code[start:start + length], *rest)
                         for key, (final, start, length, *rest) in entries["re"].items()}
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return entries


def write_cache(path: Path, entries: Entries) -> bool:
    """Write `entries` atomically (`app.atomic`), in `read_cache`'s layout; False when it
    cannot be written."""
    from app.atomic import write_bytes

    code = bytearray()
    patterns = {}
    for key, (final, words, *rest) in entries["re"].items():
        patterns[key] = (final, len(code), len(words), *rest)
        code += words
    payload = marshal.dumps({"re": patterns, "dc": entries["dc"]})
    body = payload + code
    try:
        path.parent.mkdir(exist_ok=True)
        write_bytes(path, marshal.dumps((_header(), crc32(body), len(payload), len(code)))
                    + body)
    except OSError:
        return False
    return True


# Python's standard library and the installed packages (not a test's or a script's folder)
_LIBRARIES = tuple(dict.fromkeys(
    [os.path.join(os.path.dirname(os.__file__), "")]
    + [os.path.join(p, "") for p in sys.path if os.path.basename(p) in ("site-packages",
                                                                       "dist-packages")]))
_HERE = os.path.abspath(__file__)


def _static(text: str | None = None) -> bool:
    """True when what is being compiled cannot hold a user's text: it is compiled by the
    knowledge loader (`app/knowledge/` compiles it itself), or while a module of the app or of
    Python and its libraries is being imported (module-level code and class definitions see
    no resume or posting; a test's or a script's module-level code may, and is not counted),
    or it is a pattern written as a literal in the app function that compiles it
    (`re.search(r"\\s+", line)`: the text is the app's source, whatever the line)."""
    frame = _caller()
    if frame is not None and frame.f_code.co_filename.startswith(_KNOWLEDGE_CODE):
        return True
    if text is not None and _literal_of(frame, text):
        return True
    while frame is not None:
        code = frame.f_code
        # a module's body run by an import (importlib marks its spec while it runs); not a
        # script's __main__, nor code a host runs with exec() (a test runner's worker)
        if (code.co_name == "<module>"
                and getattr(frame.f_globals.get("__spec__"), "_initializing", False)):
            return code.co_filename.startswith((_APP + os.sep, *_LIBRARIES))
        frame = frame.f_back
    return False


def _caller() -> Any:
    """The frame that asked for the compile (past this module's and `re`'s own)."""
    frame: Any = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename in (_HERE, re.__file__,
                                                             re._compiler.__file__):  # type: ignore[attr-defined]
        frame = frame.f_back
    return frame


def _literal_of(frame: Any, text: str) -> bool:
    """Whether `text` is a string constant of the app function running in `frame`."""
    return (frame is not None and frame.f_code.co_filename.startswith(_APP + os.sep)
            and any(c is text or (type(c) is str and c == text) for c in frame.f_code.co_consts))


class CompileCache:
    """The compiled patterns and dataclass methods read from `path` and learnt here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        known = read_cache(path) or {"re": {}, "dc": {}}
        self.patterns: dict[tuple[str, int], tuple] = known["re"]
        self.methods: dict[str, Any] = known["dc"]
        self.learnt: Entries = {"re": {}, "dc": {}}
        # settled (a reading worker): the keys of static patterns compiled since, for the
        # process that started it to learn (`seen_since_settled`, `learn_from_worker`)
        self.seen: list[tuple[str, int]] = []
        self.owner = os.getpid()
        self.closed = False
        self._compiler = _compiler()
        self._original = self._compiler.compile
        self._parser: Any = re._parser  # type: ignore[attr-defined]
        self._sre = self._compiler._sre

    def _room(self) -> bool:
        size = len(self.patterns) + len(self.methods) + sum(map(len, self.learnt.values()))
        return not self.closed and size < _MAX_ENTRIES

    def _may_learn(self, text: str | None = None) -> bool:
        return self._room() and _static(text)

    def compile(self, p: Any, flags: int = 0) -> Any:
        """What `re._compiler.compile(p, flags)` returns, from the cached code when known."""
        c = self._compiler
        if not isinstance(p, str) or flags & c.SRE_FLAG_DEBUG:
            return self._original(p, flags)
        # A text pattern is Unicode unless ASCII is asked (re adds the flag itself): one key
        # for both spellings, so a pattern compiled again from its own .flags (as unpickling
        # does) is found too
        key = (p, int(flags) if flags & c.SRE_FLAG_ASCII else int(flags) | c.SRE_FLAG_UNICODE)
        hit = self.patterns.get(key)
        if hit is not None:
            final, code, groups, groupindex, indexgroup = hit
            try:
                words = array(_CODE)
                words.frombytes(code)  # bytes, or a view of the file's (read_cache)
                return self._sre.compile(p, final, words.tolist(), groups, groupindex,
                                         indexgroup)
            except (TypeError, ValueError, RuntimeError):
                pass  # not what this engine accepts: compile it as usual below
        compiled, entry = self._build(p, flags)
        if self._may_learn(p):
            with _lock:
                self.learnt["re"][key] = entry
        elif (self.closed and len(self.seen) < _MAX_SEEN and len(p) <= _MAX_SEEN_TEXT
              and _literal_of(_caller(), p)):
            self.seen.append(key)
        return compiled

    def _build(self, p: str, flags: int) -> tuple[Any, tuple]:
        """`re._compiler.compile`, step by step, keeping what it hands to the engine (the
        cache's entry: opcodes are an int subclass, stored as plain code words)."""
        c = self._compiler
        parsed = self._parser.parse(p, flags)
        code = c._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        final = flags | parsed.state.flags
        groups = parsed.state.groups - 1
        compiled = self._sre.compile(p, final, code, groups, groupindex, tuple(indexgroup))
        return compiled, (int(final), array(_CODE, code).tobytes(), groups, groupindex,
                          tuple(indexgroup))

    def learn_from_worker(self, keys: object) -> int:
        """Learn the patterns a reading worker compiled after it settled (`seen`): a worker
        learns nothing itself, so the patterns written as literals in the reading functions
        (~100 for a PDF resume and a posting, ~40 M instructions) were compiled in every
        worker of every run. Only a pattern whose text is a string constant of the app's own
        code, as loaded here, is compiled and kept: what a worker says is never taken as
        compiled code, nor as a text to keep. Returns how many were learnt."""
        if self.closed or not isinstance(keys, (list, tuple)):
            return 0
        wanted = [key for key in keys[:_MAX_SEEN]
                  if type(key) is tuple and len(key) == 2 and type(key[0]) is str
                  and type(key[1]) is int and len(key[0]) <= _MAX_SEEN_TEXT
                  and key not in self.patterns and key not in self.learnt["re"]]
        if not wanted:
            return 0
        try:
            constants = _app_constants()
        except Exception:  # a module changing while it is read (another thread importing)
            return 0
        learnt = 0
        for text, flags in wanted:
            if text not in constants or not self._room():
                continue
            try:
                _compiled, entry = self._build(text, flags)
            except Exception:  # noqa: S112 - not a pattern after all: nothing to keep
                continue
            with _lock:
                self.learnt["re"][(text, flags)] = entry
            learnt += 1
        return learnt

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:  # noqa: A002
        """`exec` as `dataclasses` calls it (the text of a class's methods), with the text
        compiled once for all runs."""
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)
            return
        code = self.methods.get(source)
        if code is None:
            # what exec(text) compiles in dataclasses (no __future__ flags of this module)
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if self._may_learn():
                with _lock:
                    self.learnt["dc"][source] = code
        builtins.exec(code, globals, locals)

    def save(self) -> bool:
        """Write what was learnt (merged with the file as it is now); only in the process
        that read the file, only when something was learnt. Never raises."""
        if not any(self.learnt.values()) or self.closed or os.getpid() != self.owner:
            return False
        with _lock:
            now = read_cache(self.path) or {"re": {}, "dc": {}}
            merged = {kind: {**now[kind], **known, **self.learnt[kind]}
                      for kind, known in (("re", self.patterns), ("dc", self.methods))}
            self.learnt = {"re": {}, "dc": {}}
        try:
            if sum(map(len, merged.values())) > _MAX_ENTRIES:
                return False
            return write_cache(self.path, merged)
        except Exception:  # never in the way of the exit: the next run compiles as before
            return False


_MAX_SEEN = 2000  # patterns a worker reports at most (the reading code has a few hundred)
_MAX_SEEN_TEXT = 4000


def _app_constants() -> set[str]:
    """Every string constant of the app's modules loaded in this process (their code objects
    and the code objects nested in them)."""
    out: set[str] = set()
    stack: list[Any] = []
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None) or ""
        if not os.path.abspath(path).startswith(_APP + os.sep):
            continue
        values = list(vars(module).values())
        values += [f for cls in values if isinstance(cls, type) for f in vars(cls).values()]
        for value in values:
            for _ in range(8):  # a cached, static or class method, a property: its function
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                elif isinstance(value, property):
                    value = value.fget
                elif hasattr(value, "__wrapped__") and not hasattr(value, "__code__"):
                    value = value.__wrapped__
                else:
                    break
            code = getattr(value, "__code__", None)
            if code is not None and getattr(code, "co_filename", "").startswith(_APP + os.sep):
                stack.append(code)
    seen: set[int] = set()
    while stack:
        code = stack.pop()
        if id(code) in seen or not hasattr(code, "co_consts"):
            continue
        seen.add(id(code))
        for const in code.co_consts:
            if type(const) is str:
                out.add(const)
            elif hasattr(const, "co_consts"):
                stack.append(const)
    return out


def seen_since_settled() -> list[tuple[str, int]]:
    """The keys of the static patterns this (settled) process compiled since it last said;
    cleared."""
    cache = _state.get("cache")
    if cache is None or not cache.seen:
        return []
    seen, cache.seen = cache.seen, []
    return seen


def learn_from_worker(keys: object) -> int:
    """`CompileCache.learn_from_worker` for this process's cache (0 when none)."""
    cache = _state.get("cache")
    return cache.learn_from_worker(keys) if cache is not None else 0


def install(path: Path | None = None) -> bool:
    """Hand `re` and `dataclasses` what earlier runs compiled, and remember what is new and
    static (written at exit). Once per process; False where it does not apply (another
    Python, `LOOPREADY_COMPILE_CACHE=0`)."""
    if _state["installed"]:
        return True
    if sys.version_info[:2] not in _VERSIONS or os.environ.get("LOOPREADY_COMPILE_CACHE") == "0":
        return False
    if getattr(sys, "frozen", False):  # a bundle: no source paths to tell static code by
        return False
    if _compiler() is None or array(_CODE).itemsize != _compiler()._sre.CODESIZE:
        return False
    import dataclasses

    cache = CompileCache(path or CACHE_PATH)
    _compiler().compile = cache.compile
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]  # its module global, not builtins'
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
