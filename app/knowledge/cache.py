"""The validated knowledge kept between runs, as Python keeps bytecode.

Loading and checking `knowledge/` (~20 files: JSON parsing, every field and cross-reference
checked, ~300 patterns compiled) cost ~0.12 CPU s in every process, for the same result each
time. After a load, the result is pickled to `knowledge/__pycache__/` (ignored by git), keyed
by what it was built from; the next process whose key matches unpickles it (~0.02 s) instead.

The key: every file in the knowledge folder, by content (name, size and CRC-32: a changed
file is a new key, whatever its date), and every source file of the app by path, size and
modification time (what Python's own bytecode checks: the loader, its checks and the classes
it builds are code), with the Python build and the folder's own path. A file that does not
match its key, is not exactly what was written (a CRC over the pickle), or fails to unpickle
is never used: the knowledge is loaded and checked as usual and the file rewritten (atomically,
`app.atomic`; not at all when the folder cannot be written). Only the bundled folder is
cached (a folder given with LOOPREADY_KNOWLEDGE is always loaded from its files, and nothing
is written there), and only when running from source files (a frozen build has none to key
on). `LOOPREADY_KNOWLEDGE_CACHE=0` turns it off.
"""

from __future__ import annotations

import io
import marshal
import os
import pickle
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from zlib import crc32

from app.models.knowledge import Knowledge, ModelArtifact

__all__ = ["cache_path", "cached_knowledge", "knowledge_key", "through_cache"]

_FORMAT = "loopready-knowledge 1"
_CACHE_DIR = "__pycache__"


def cache_path(root: Path) -> Path:
    return root / _CACHE_DIR / f"knowledge.{sys.implementation.cache_tag}.pickle"


def _app_dir() -> Path:
    return Path(__file__).resolve().parent.parent


def knowledge_key(root: Path) -> str | None:
    """What the knowledge in `root` is built from, as one string; None when a file cannot be
    read (then nothing is cached)."""
    parts = [_FORMAT, sys.version, str(pickle.HIGHEST_PROTOCOL), str(root)]
    try:
        for rel, path in _files(str(root), lambda name: True):
            size, crc = _crc(path)
            parts.append(f"{rel} {size} {crc}")
        for rel, path in _files(str(_app_dir()), lambda name: name.endswith(".py")):
            st = os.stat(path)
            parts.append(f"{rel} {st.st_size} {st.st_mtime_ns}")
    except OSError:
        return None
    return "\n".join(parts)


def _files(top: str, wanted: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(path relative to `top` with '/', full path) of each file below `top` whose name is
    `wanted`, outside any `__pycache__`, sorted by their folders and names (os.walk: listing
    through pathlib's objects cost ~2 ms of every start)."""
    found: list[tuple[str, ...]] = []
    for folder, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if d != _CACHE_DIR]
        rel = os.path.relpath(folder, top)
        base = () if rel == os.curdir else tuple(rel.split(os.sep))
        found.extend((*base, name) for name in names
                     if wanted(name) and os.path.isfile(os.path.join(folder, name)))
    found.sort()
    return [("/".join(p), os.path.join(top, *p)) for p in found]


def _crc(path: str) -> tuple[int, int]:
    """A file's size and CRC-32, read in pieces that stay in the processor's cache (reading
    the 4.8 MB model whole and then checking it cost twice as long)."""
    size = crc = 0
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(1 << 18):
            size += len(chunk)
            crc = crc32(chunk, crc)
    return size, crc


def _read(path: Path, key: str) -> Knowledge | None:
    try:
        stored_key, digest, payload = marshal.loads(path.read_bytes())
        if stored_key != key or digest != crc32(payload):
            return None
        knowledge = pickle.loads(payload)
    except Exception:  # missing, truncated, corrupt, or classes that moved: load as usual
        return None
    return knowledge if isinstance(knowledge, Knowledge) else None


class _Pickler(pickle.Pickler):
    """Pickles a classifier artifact read from a file as that file's path and CRC: its 4.8 MB
    document (base64 text) was half the cache, checked and unpickled at every start, though
    the classifier uses the model the loader decoded from it (`Knowledge.prepared_model`).
    Asked for, the document is read again from the file, if the file is still those bytes."""

    def reducer_override(self, obj: object) -> Any:
        if (type(obj) is ModelArtifact and obj.path and obj.crc >= 0
                and obj.__dict__.get("document") is not None):
            return _artifact_later, (obj.name, obj.path, obj.crc)
        return NotImplemented


def _artifact_later(name: str, path: str, crc: int) -> ModelArtifact:
    from app.knowledge.base import reread_model_document

    artifact = object.__new__(ModelArtifact)
    for attr, value in (("name", name), ("problem", ""), ("path", path), ("crc", crc),
                        ("_later", partial(reread_model_document, path, crc))):
        object.__setattr__(artifact, attr, value)
    return artifact


def _write(path: Path, key: str, knowledge: Knowledge) -> None:
    from app.atomic import write_bytes

    try:
        out = io.BytesIO()
        _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(knowledge)
        payload = out.getvalue()
        path.parent.mkdir(exist_ok=True)
        write_bytes(path, marshal.dumps((key, crc32(payload), payload)))
    except Exception:  # a read-only install, a full disk: the next run loads as usual
        pass


def _cacheable(root: Path) -> bool:
    if os.environ.get("LOOPREADY_KNOWLEDGE_CACHE") == "0" or getattr(sys, "frozen", False):
        return False
    return root == (_app_dir().parent / "knowledge").resolve()


def cached_knowledge(root: Path, load: Callable[[], Knowledge]) -> Knowledge:
    """The knowledge of `root`: unpickled when the cache matches its key, else `load()`
    (which raises KnowledgeError for a broken folder: nothing is cached then)."""
    if not _cacheable(root):
        return load()
    return through_cache(root, load)


def through_cache(root: Path, load: Callable[[], Knowledge]) -> Knowledge:
    """`cached_knowledge` for any folder (the bundled one only, in the app; tests)."""
    key = knowledge_key(root)
    if key is None:
        return load()
    path = cache_path(root)
    knowledge = _read(path, key)
    if knowledge is None:
        knowledge = load()
        _write(path, key, knowledge)
    return knowledge
