"""The validated knowledge kept between runs, as Python keeps bytecode.

Loading and checking `knowledge/` (~20 files: JSON parsing, every field and cross-reference
checked, ~300 patterns compiled) cost ~0.12 CPU s in every process, for the same result each
time. After a load, the result is pickled to `knowledge/__pycache__/` (ignored by git), keyed
by what it was built from; the next process whose key matches unpickles it (~0.02 s) instead.

The key: every file in the knowledge folder, by content (name, size and CRC-32: a changed
file is a new key, whatever its date), and every source file of the app by path, size and
modification time (what Python's own bytecode checks: the loader, its checks and the classes
it builds are code), with the Python build and the folder's own path. Reading 6 MB of
knowledge for its CRCs cost ~4 ms of every start, so each file's size and CRC are recorded
beside the cache with the file's status (size, modification and change times, inode) and the
time of the recording, and taken from there while the file's status is exactly the recorded
one and was already older than the recording by `_SETTLED_NS` (as git trusts its index: a
file changed within the same clock tick as its recorded status could keep that status, so
only a status from well before the recording is trusted; any change after it moves the
change time, which no tool sets back). Any other file is read and its CRC taken again. A file that does not
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
import mmap
import os
import pickle
import sys
import time
from array import array
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from zlib import crc32

from app.models.knowledge import Knowledge, ModelArtifact

__all__ = ["cache_path", "cached_knowledge", "knowledge_key", "through_cache"]

_FORMAT = "loopready-knowledge 3"  # 3: the pickle and its buffers after the header (_read)
_STATUS_FORMAT = "loopready-knowledge-status 1"
_CACHE_DIR = "__pycache__"
_SETTLED_NS = 2_000_000_000  # a recorded status this much older than its recording is trusted
_now_ns = time.time_ns  # the recording's clock (file times are wall-clock times too)

_Status = tuple[int, int, int, int]  # size, modification and change times (ns), inode
_Recorded = dict[str, tuple[_Status, int, int]]  # relative path -> (status, size, CRC-32)


def cache_path(root: Path) -> Path:
    return root / _CACHE_DIR / f"knowledge.{sys.implementation.cache_tag}.pickle"


def status_path(root: Path) -> Path:
    """Where each knowledge file's size and CRC are recorded with its status."""
    return root / _CACHE_DIR / f"knowledge.{sys.implementation.cache_tag}.status"


def _app_dir() -> Path:
    return Path(__file__).resolve().parent.parent


def knowledge_key(root: Path) -> str | None:
    """What the knowledge in `root` is built from, as one string; None when a file cannot be
    read (then nothing is cached). Each knowledge file's size and CRC come from the status
    record when its status says it is the file recorded (see the module's text), else from
    reading it; the record is written again when a file was read or one is gone."""
    parts = [_FORMAT, sys.version, sys.byteorder, str(pickle.HIGHEST_PROTOCOL), str(root)]
    now = _now_ns()  # before any file's status is taken
    recorded, when = _recorded(root)
    fresh: _Recorded = {}
    read = False  # a file read: recorded again, with this start's time
    try:
        for rel, path, st in _files(str(root), lambda name: True):
            status = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            known = recorded.get(rel)
            if (known is not None and known[0] == status
                    and max(status[1], status[2]) < when - _SETTLED_NS):
                size, crc = known[1], known[2]
            else:
                size, crc = _crc(path)
                read = True
            fresh[rel] = (status, size, crc)
            parts.append(f"{rel} {size} {crc}")
        for rel, _path, st in _files(str(_app_dir()), lambda name: name.endswith(".py")):
            parts.append(f"{rel} {st.st_size} {st.st_mtime_ns}")
    except OSError:
        return None
    if read or fresh != recorded:
        _record(root, fresh, now)
    return "\n".join(parts)


def _recorded(root: Path) -> tuple[_Recorded, int]:
    """The status record of `root` and when it was made; ({}, 0) when there is none or it is
    not exactly what this version writes (then every file is read)."""
    try:
        form, folder, when, files = marshal.loads(status_path(root).read_bytes())
        if form != _STATUS_FORMAT or folder != str(root) or type(when) is not int:
            return {}, 0
        if not isinstance(files, dict) or not all(
                type(rel) is str and type(v) is tuple and len(v) == 3 and type(v[0]) is tuple
                and len(v[0]) == 4 and all(type(n) is int for n in (*v[0], v[1], v[2]))
                for rel, v in files.items()):
            return {}, 0
    except Exception:  # missing, truncated, another format: read every file
        return {}, 0
    return files, when


def _record(root: Path, files: _Recorded, when: int) -> None:
    from app.atomic import write_bytes

    try:
        path = status_path(root)
        path.parent.mkdir(exist_ok=True)
        write_bytes(path, marshal.dumps((_STATUS_FORMAT, str(root), when, files)))
    except Exception:  # a read-only install: every start reads the files, as before
        pass


def _files(top: str, wanted: Callable[[str], bool]) -> list[tuple[str, str, os.stat_result]]:
    """(path relative to `top` with '/', full path, status) of each file below `top` whose
    name is `wanted`, outside any `__pycache__`, sorted by their folders and names (what
    os.walk lists, without following a linked folder; one status call a file: os.walk with
    isfile and stat took two)."""
    found: list[tuple[tuple[str, ...], str, os.stat_result]] = []
    folders: list[tuple[tuple[str, ...], str]] = [((), top)]
    while folders:
        base, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    if entry.name != _CACHE_DIR and not entry.is_symlink():
                        folders.append(((*base, entry.name), entry.path))
                elif wanted(entry.name) and entry.is_file():
                    found.append(((*base, entry.name), entry.path, entry.stat()))
    found.sort(key=lambda item: item[0])
    return [("/".join(parts), path, st) for parts, path, st in found]


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
    """The cached knowledge, or None. The file is a marshalled (key, CRC, size of the pickle,
    sizes of its buffers) followed by the pickle and then each buffer (the contents of the
    arrays in it, `_Pickler`), mapped and unpickled where they lie: read whole into memory and
    then copied out of a marshalled tuple, the 5 MB pickle cost ~2,600 fresh pages (~7 ms of
    page faults and copying) before a byte of it was unpickled, and each array's 3.5 MB of
    numbers were copied twice more (into a bytes object, then into the array)."""
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            stored_key, digest, size, sizes = marshal.loads(mapped)
            if (stored_key != key or type(digest) is not int or type(size) is not int
                    or type(sizes) is not tuple or not all(type(n) is int and n >= 0
                                                           for n in sizes)
                    or not 0 < size + sum(sizes) < len(mapped)):
                return None
            with memoryview(mapped) as whole, whole[len(mapped) - size - sum(sizes):] as body:
                if digest != crc32(body):
                    return None
                buffers = []
                at = size
                for n in sizes:
                    buffers.append(body[at:at + n])
                    at += n
                try:
                    knowledge = pickle.loads(body[:size], buffers=buffers)
                finally:
                    for view in buffers:
                        view.release()
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
        if type(obj) is array:  # its numbers out of band: after the pickle, in machine order
            return _array_of, (obj.typecode, pickle.PickleBuffer(obj))
        return NotImplemented


def _array_of(typecode: str, numbers: Any) -> array:
    """An array of the numbers in a buffer `_read` hands over (a view of the file)."""
    out = array(typecode)
    out.frombytes(numbers)
    return out


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
        buffers: list[pickle.PickleBuffer] = []
        _Pickler(out, protocol=5, buffer_callback=buffers.append).dump(knowledge)
        body = b"".join([out.getvalue(), *(b.raw() for b in buffers)])
        sizes = tuple(b.raw().nbytes for b in buffers)
        path.parent.mkdir(exist_ok=True)
        write_bytes(path, marshal.dumps((key, crc32(body), len(body) - sum(sizes), sizes))
                    + body)
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
